/**
 * Builds the whole CDK app for one stage. bin/chikitsa360.ts synthesizes it for the CLI; the infra tests
 * build the very same app in-process, so what is tested is what deploys.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { loadStageConfig, type StageConfig } from '../stage-config.ts';
import { ApiStack } from './api-stack.ts';
import { AuthStack } from './auth-stack.ts';
import { DataStack, mediaBucketName } from './data-stack.ts';
import type { RuntimeEnvironment } from './environment.ts';
import { stageEnvironment } from './environment.ts';
import { MonitoringStack } from './monitoring-stack.ts';
import { projectRoot } from './node-function.ts';
import { PipelineStack } from './pipeline-stack.ts';
import { WAF_REGION, WafStack } from './waf-stack.ts';
import { WebStack } from './web-stack.ts';

export interface BuildAppOptions {
  /** Context as `-c key=value` gives it (stage, paymentProvider, domainName, …); wins over cdk.json. */
  readonly context?: Readonly<Record<string, unknown>>;
  /** The built site to deploy; default web/dist. */
  readonly siteDirectory?: string;
  readonly outdir?: string;
}

export interface ChikitsaApp {
  readonly app: App;
  readonly config: StageConfig;
  readonly stacks: {
    readonly data: DataStack;
    readonly auth: AuthStack;
    readonly pipeline: PipelineStack;
    readonly api: ApiStack;
    readonly waf: WafStack;
    readonly web: WebStack;
    readonly monitoring: MonitoringStack;
  };
}

export function buildApp(options: BuildAppOptions = {}): ChikitsaApp {
  const app = new App({
    // cdk.json's context (feature flags, default stage) also applies in-process, where no CLI reads it.
    context: cdkJsonContext(),
    postCliContext: options.context,
    outdir: options.outdir,
  });
  const config = loadStageConfig((key) => app.node.tryGetContext(key));
  const env = { account: config.account, region: config.region };
  const name = (concern: string) => `Chikitsa360-${config.stage}-${concern}`;

  const data = new DataStack(app, name('Data'), {
    env,
    config,
    description: 'Chikitsa360: table, buckets, keys',
  });
  const auth = new AuthStack(app, name('Auth'), {
    env,
    config,
    description: 'Chikitsa360: Cognito user pool, groups, client, triggers',
    table: data.table,
    recordingsBucketName: data.recordingsBucket.bucketName,
    documentsBucketName: data.documentsBucket.bucketName,
    mediaBucketName: mediaBucketName(config.stage),
    logSettings: data.logSettings,
  });
  const environment: RuntimeEnvironment = {
    ...stageEnvironment(config),
    TABLE_NAME: data.table.tableName,
    RECORDINGS_BUCKET: data.recordingsBucket.bucketName,
    DOCUMENTS_BUCKET: data.documentsBucket.bucketName,
    MEDIA_BUCKET: mediaBucketName(config.stage),
    USER_POOL_ID: auth.userPool.userPoolId,
    USER_POOL_CLIENT_ID: auth.userPoolClient.userPoolClientId,
  };
  const pipeline = new PipelineStack(app, name('Pipeline'), {
    env,
    config,
    description: 'Chikitsa360: recording starter, transcription state machine and document checker',
    environment,
    table: data.table,
    dataKey: data.dataKey,
    providerSecrets: data.providerSecrets,
    logSettings: data.logSettings,
  });
  const api = new ApiStack(app, name('Api'), {
    env,
    config,
    description: 'Chikitsa360: HTTP and WebSocket APIs, context functions, sweeper',
    environment,
    table: data.table,
    dataKey: data.dataKey,
    providerSecrets: data.providerSecrets,
    userPoolArn: auth.userPool.userPoolArn,
    transcription: {
      stateMachineArn: pipeline.stateMachine.stateMachineArn,
      encryptionKey: pipeline.stateMachineKey,
    },
    logSettings: data.logSettings,
  });
  const waf = new WafStack(app, name('Waf'), {
    env: { account: config.account, region: WAF_REGION },
    config,
    description: 'Chikitsa360: AWS WAF web ACL for CloudFront (CLOUDFRONT scope exists only in us-east-1)',
  });
  const web = new WebStack(app, name('Web'), {
    env,
    // The web ACL's ARN comes from us-east-1.
    crossRegionReferences: true,
    config,
    description: 'Chikitsa360: CloudFront distribution and static site',
    httpApi: api.httpApi,
    webSocketApi: api.webSocketApi,
    accessLogsBucket: data.accessLogsBucket,
    logSettings: data.logSettings,
    siteDirectory: options.siteDirectory ?? path.join(projectRoot, 'web/dist'),
    webAclArn: waf.webAcl.attrArn,
  });
  const monitoring = new MonitoringStack(app, name('Monitoring'), {
    env,
    config,
    description: 'Chikitsa360: alarms and their email topic',
    logsKey: data.logSettings.encryptionKey,
    functions: [
      ...api.contextFunctions.values(),
      api.sweeper,
      api.reminders,
      auth.triggers,
      pipeline.steps,
      pipeline.starter,
      pipeline.documentChecker,
    ],
    httpApi: api.httpApi,
    webSocket: { apiId: api.webSocketApi.apiId, stageName: api.webSocketStage.stageName },
    stateMachine: pipeline.stateMachine,
    starterDeadLetterQueue: pipeline.starterDeadLetterQueue,
    documentCheckerDeadLetterQueue: pipeline.documentCheckerDeadLetterQueue,
  });

  Validations.of(app).acknowledge({
    id: 'HIPAA.Security::HIPAA.Security-IAMNoInlinePolicy',
    reason:
      "Each role's policies are written for that one function or service and live and die with its role; standalone managed policies would add sharing we deliberately avoid. Every statement is still checked by AwsSolutions-IAM4/IAM5.",
  });
  Tags.of(app).add('project', 'chikitsa360');
  Tags.of(app).add('stage', config.stage);
  // cdk-nag 3 is a validation plugin (DESIGN §7); an unacknowledged finding fails synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));

  return { app, config, stacks: { data, auth, pipeline, api, waf, web, monitoring } };
}

function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(path.join(projectRoot, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    suppressedViolations?: {
      ruleName: string;
      violatingConstructs: unknown[];
      acknowledgedId: string;
      /** Absent for an acknowledgement on the app itself. */
      acknowledgedAt?: string;
    }[];
  }[];
}

/** The report CDK writes next to the templates: every finding, acknowledged ones with reason and place. */
function readValidationReport(outdir: string): ValidationReport {
  const reportFile = path.join(outdir, 'validation-report.json');
  return existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as ValidationReport)
    : { pluginReports: [] };
}

/** What the last synth's cdk-nag run acknowledged: per pack, how many findings of each rule. */
export function acknowledgedFindings(outdir: string): Map<string, Map<string, number>> {
  const byPack = new Map<string, Map<string, number>>();
  for (const plugin of readValidationReport(outdir).pluginReports) {
    for (const finding of plugin.suppressedViolations ?? []) {
      const rule = finding.ruleName.replace(/\[.*$/s, '').replace(`${plugin.pluginName}-`, '');
      const rules = byPack.get(plugin.pluginName) ?? new Map<string, number>();
      rules.set(rule, (rules.get(rule) ?? 0) + finding.violatingConstructs.length);
      byPack.set(plugin.pluginName, rules);
    }
  }
  return byPack;
}

/**
 * Acknowledgements that matched no finding in the last synth, as `rule @ construct path`. They are stale
 * (the construct was fixed or renamed) and would silently cover a future finding, so tests forbid them.
 */
export function unusedAcknowledgements(app: App): string[] {
  const used = new Set(
    readValidationReport(app.outdir).pluginReports.flatMap((plugin) =>
      (plugin.suppressedViolations ?? []).map((f) => `${f.acknowledgedId} @ ${f.acknowledgedAt ?? ''}`),
    ),
  );
  const declared = app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.keys(entry.data as Record<string, string>))
      .map((id) => `${id} @ ${construct.node.path}`),
  );
  return declared.filter((ack) => !used.has(ack));
}
