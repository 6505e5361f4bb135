/**
 * The one way this app builds a Lambda function, so every function gets the same runtime, bundling,
 * logging, tracing and minimal role. Stacks add only what is specific to a function: its entry, its
 * environment and its grants.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';
import { PDF_ENGINE, PDF_FONT_DIR, pdfFontFiles } from '../../functions/core/pdf-assets.ts';
import { trimSourceMap } from '../bundling/trim-source-map.mjs';
import { wildcardPolicy } from './grants.ts';

/** Entry paths in lib/functions.ts are relative to the repository root. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Log settings shared by every log group of a stage. */
export interface LogSettings {
  readonly encryptionKey: IKey;
  readonly retention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

export interface NodeFunctionProps {
  /** Repository-relative entry file exporting `handler` (from `contextEntry` or `workerEntries`). */
  readonly entry: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly logs: LogSettings;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /**
   * Where an event goes when the function fails on it for good: a dead-letter queue for asynchronous
   * invocations, or the reason none is needed (a synchronous caller already receives the error).
   */
  readonly failedEvents: { readonly deadLetterQueue: IQueue } | { readonly noDeadLetterQueue: string };
  /** Lambda's own retries of a failed asynchronous invocation (0–2; Lambda's default is 2). */
  readonly asyncRetries?: number;
  /** Puts the PDF engine and the fonts beside the bundle (functions/core/pdf-assets.ts). */
  readonly rendersPdf?: boolean;
  /** Repository-relative files copied beside the bundle under their own name, read there on first use. */
  readonly dataFiles?: readonly string[];
}

/** The reason for every function whose caller waits for the answer. */
export const INVOKED_SYNCHRONOUSLY =
  'Invoked synchronously (API Gateway, Cognito or Step Functions): the caller receives the error and retries or reports it; there is no event to park.';

/**
 * ESM bundles need a real `require` for the CommonJS dependencies esbuild inlines (the AWS SDK asks for
 * `node:https` at runtime); without it the function crashes at import (DESIGN §7).
 */
const esmRequireBanner =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * Imports replaced at bundle time, resolved from the project root: the one list of the bundles' shims,
 * with the reason for each and the test that proves it (tests/unit/bundling.test.ts). Every other suite
 * runs the functions unbundled, with the real modules, so that test compares each shim with the real one.
 * - `node:http` (lib/bundling/node-http.cjs): an ESM `import … from 'node:http'` makes Node build the
 *   module's ESM facade, which reads every export, including the lazy getters that load undici: ~70 ms
 *   of every cold start, for a module only the SDK's instance-metadata credential provider uses, which
 *   Lambda never reaches. The shim `require`s the same module object, without the facade.
 * - `@aws-sdk/credential-provider-node` (lib/bundling/credential-provider-node.mjs): the SDK's default
 *   chain tries environment variables, SSO, a shared ini profile, a credential process, a web-identity
 *   token, then container or instance metadata. Lambda hands the role's credentials in AWS_ACCESS_KEY_ID,
 *   AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, so the first link always answers; the others cost
 *   ~110 KB and, loaded with `import()`, ~20 ms of every cold start. The shim keeps the environment link
 *   and the container link, with the SDK's memoisation (refreshed 5 minutes before expiry). The test: it
 *   resolves exactly what the SDK's own chain resolves from Lambda's variables, and names the variables
 *   when there are none. Tests and the twin run the SDK's chain (the twin sets the same variables).
 * - `@aws-sdk/lib-dynamodb` (lib/bundling/electrodb-lib-dynamodb.cjs): ElectroDB's src/client.js
 *   `require`s it when it loads; a `require` of an ES module makes esbuild wrap the whole DynamoDB client,
 *   @smithy/core and @aws-sdk/core lazily, which defeats tree shaking: ~60 KB and ~25 ms of every cold
 *   start. We hand ElectroDB its wrapper ready-made (`electroClient`, functions/core/clients.ts, which
 *   imports the package as #aws-sdk/lib-dynamodb, a name not aliased); the stub throws if a raw client
 *   ever reaches ElectroDB. The test: ElectroDB identifies our wrapper as its own, around our client.
 * - `jsonschema` (lib/bundling/jsonschema.cjs): ElectroDB validates our static models with it when the
 *   Service is built (28 KB of every bundle). The shim checks only that what a schema requires is
 *   present, which is how ElectroDB tells a model from an Entity instance. The test records every call
 *   ElectroDB makes while building our Service (every entity) through the real jsonschema, requires
 *   each model to be valid there and the shim's verdict to equal the real one on each call, and builds
 *   the Service from a bundle. A model the real schemas would refuse fails that test.
 */
const bundleAliases: Readonly<Record<string, string>> = {
  'node:http': './lib/bundling/node-http.cjs',
  '@aws-sdk/credential-provider-node': './lib/bundling/credential-provider-node.mjs',
  '@aws-sdk/lib-dynamodb': './lib/bundling/electrodb-lib-dynamodb.cjs',
  jsonschema: './lib/bundling/jsonschema.cjs',
};

/**
 * How every function is bundled. `bundlingOptions` is what NodejsFunction gets; `esbuildOptions` is the
 * same build for esbuild's JS API (the cold-start bench, tests), derived from the same values, so what is
 * measured is what deploys.
 */
export const bundlingOptions: BundlingOptions &
  Required<
    Pick<
      BundlingOptions,
      'format' | 'target' | 'minify' | 'sourceMap' | 'sourcesContent' | 'mainFields' | 'banner'
    >
  > = {
  format: OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: true,
  // The map keeps every mapping (stack traces still name our .ts files and lines) but not a copy of every
  // source file: Node parses the whole map at import with --enable-source-maps, and the copies made it
  // ~2.7× larger (3.5 MB → 1.3 MB for a context), ~50 ms of every cold start.
  sourcesContent: false,
  // ESM builds of dependencies tree-shake far better (DESIGN §7: 513 KB → 323 KB for a bare handler).
  mainFields: ['module', 'main'],
  banner: esmRequireBanner,
  // Bundle the AWS SDK too: a pinned, tree-shaken SDK behaves exactly like the one the tests ran against.
  externalModules: [],
  esbuildArgs: Object.fromEntries(Object.entries(bundleAliases).map(([from, to]) => [`--alias:${from}`, to])),
};

/**
 * Beside the bundle of a function that renders PDFs: pdf-lib and fontkit built into their own file,
 * imported on the first PDF rather than parsed at every cold start (functions/core/pdf-engine.ts),
 * and the font files, read on first use. Built with the same esbuild, target and banner as the bundle.
 */
const pdfFiles = (inputDir: string, outputDir: string): string[] => [
  [
    `"${path.join(inputDir, 'node_modules/.bin/esbuild')}"`,
    `"${path.join(inputDir, PDF_ENGINE.entry)}"`,
    '--bundle --platform=node --format=esm --minify --log-level=warning',
    `--target=${bundlingOptions.target}`,
    `--main-fields=${bundlingOptions.mainFields.join(',')}`,
    `"--banner:js=${bundlingOptions.banner}"`,
    `"--outfile=${path.join(outputDir, PDF_ENGINE.file)}"`,
  ].join(' '),
  `mkdir -p "${path.join(outputDir, PDF_FONT_DIR)}"`,
  ...pdfFontFiles.map((f) => `cp "${path.join(inputDir, f.from)}" "${path.join(outputDir, f.to)}"`),
];

/** The script that keeps only our own code's mappings in a bundle's source map (see the script for why). */
export const TRIM_SOURCE_MAP = 'lib/bundling/trim-source-map.mjs';

/**
 * After esbuild, for every function: the source map trimmed to our own code (TRIM_SOURCE_MAP), and beside
 * a function that renders PDFs, the PDF engine and the fonts. `finishBundle` is the same step for the
 * builds made with `esbuildOptions` (the bench), so they too measure what deploys.
 */
export const afterBundling = (
  rendersPdf: boolean,
  dataFiles: readonly string[] = [],
): NonNullable<BundlingOptions['commandHooks']> => ({
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir, outputDir) => [
    `node "${path.join(inputDir, TRIM_SOURCE_MAP)}" "${path.join(outputDir, `${BUNDLE_FILE}.map`)}"`,
    ...(rendersPdf ? pdfFiles(inputDir, outputDir) : []),
    ...dataFiles.map((f) => `cp "${path.join(inputDir, f)}" "${path.join(outputDir, path.basename(f))}"`),
  ],
});

/** What `afterBundling` does to the bundle itself, for a build made with `esbuildOptions` into `outdir`. */
export function finishBundle(outdir: string): void {
  const file = path.join(outdir, `${BUNDLE_FILE}.map`);
  if (!existsSync(file)) return;
  writeFileSync(file, JSON.stringify(trimSourceMap(JSON.parse(readFileSync(file, 'utf8')))));
}

/** NodejsFunction names the bundle index.mjs for ESM (and writes index.mjs.map beside it). */
export const BUNDLE_FILE = 'index.mjs';

/** `bundlingOptions` as esbuild's build options, for an entry (repository-relative) into `outdir`. */
export function esbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: [path.join(projectRoot, entry)],
    outfile: path.join(outdir, BUNDLE_FILE),
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: bundlingOptions.format === OutputFormat.ESM ? 'esm' : 'cjs',
    target: bundlingOptions.target,
    minify: bundlingOptions.minify,
    sourcemap: bundlingOptions.sourceMap,
    sourcesContent: bundlingOptions.sourcesContent,
    mainFields: bundlingOptions.mainFields,
    banner: { js: bundlingOptions.banner },
    external: bundlingOptions.externalModules,
    alias: { ...bundleAliases },
    logLevel: 'warning',
  };
}

export function nodeFunction(scope: Construct, id: string, props: NodeFunctionProps): NodejsFunction {
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    encryptionKey: props.logs.encryptionKey,
    retention: props.logs.retention,
    removalPolicy: props.logs.removalPolicy,
  });

  // An explicit role instead of the default one, which carries the AWSLambdaBasicExecutionRole managed
  // policy (log writes to every log group in the account): this role may write to its own log group only.
  const role = new iam.Role(scope, `${id}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: props.description,
  });
  logGroup.grantWrite(role);

  const fn = new NodejsFunction(scope, id, {
    entry: path.join(projectRoot, props.entry),
    handler: 'handler',
    description: props.description,
    runtime: lambda.Runtime.NODEJS_24_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize ?? 512,
    timeout: props.timeout ?? Duration.seconds(10),
    role,
    logGroup,
    deadLetterQueue: 'deadLetterQueue' in props.failedEvents ? props.failedEvents.deadLetterQueue : undefined,
    projectRoot,
    depsLockFilePath: path.join(projectRoot, 'package-lock.json'),
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    bundling: { ...bundlingOptions, commandHooks: afterBundling(Boolean(props.rendersPdf), props.dataFiles) },
  });
  if (props.asyncRetries !== undefined) fn.configureAsyncInvoke({ retryAttempts: props.asyncRetries });

  // Active tracing is switched on here rather than with `tracing: ACTIVE`, which would put the X-Ray
  // wildcard into the role's default policy, where an acknowledgement would also hide any future,
  // accidental wildcard. In its own policy the acknowledgement covers exactly the X-Ray actions.
  const tracing = wildcardPolicy(scope, `${id}TracingPolicy`, {
    role,
    statements: [
      new iam.PolicyStatement({
        actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
        resources: ['*'],
      }),
    ],
    reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
  });
  (fn.node.defaultChild as lambda.CfnFunction).tracingConfig = { mode: lambda.Tracing.ACTIVE };
  fn.node.addDependency(tracing);

  Validations.of(fn).acknowledge({
    id: 'HIPAA.Security::HIPAA.Security-LambdaInsideVPC',
    reason:
      'No VPC resources exist: DynamoDB, S3, SES, Cognito and Step Functions are reached over their public AWS endpoints with IAM and TLS. A VPC would add NAT or endpoint cost and cold-start latency and protect nothing.',
  });
  if ('noDeadLetterQueue' in props.failedEvents) {
    Validations.of(fn).acknowledge({
      id: 'HIPAA.Security::HIPAA.Security-LambdaDLQ',
      reason: props.failedEvents.noDeadLetterQueue,
    });
  }

  return fn;
}
