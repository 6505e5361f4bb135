/**
 * AWS WAF for the CloudFront distribution. A web ACL for CloudFront must have CLOUDFRONT scope, which
 * exists only in us-east-1, so this small stack is pinned there; the web stack (in the stage's region)
 * reads the ACL's ARN through a cross-region reference (Fn::GetStackOutput with the stack's region).
 * Everything else about the stage, patient data included, stays in its own region: this stack holds
 * only the rules and the WAF's own request logs (cookies and authorization headers redacted).
 */
import { ArnFormat, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

/** CloudFront web ACLs live here, whatever the stage's region. */
export const WAF_REGION = 'us-east-1';

/** The path prefix whose requests are rate-limited per client IP (sign-up, sign-in, codes, resets). */
export const AUTH_PATH_PREFIX = '/api/auth/';

/** AWS managed rule groups, in evaluation order after the rate rule. */
export const managedRuleGroups = [
  // Addresses Amazon's threat intelligence lists as bots, scanners and attackers.
  'AWSManagedRulesAmazonIpReputationList',
  // Request patterns known to be malicious (Log4j, Java deserialization, localhost Host headers, …).
  'AWSManagedRulesKnownBadInputsRuleSet',
  // The OWASP-style baseline: XSS, LFI/RFI, bad user agents, size limits.
  'AWSManagedRulesCommonRuleSet',
] as const;

export interface WafStackProps extends StackProps {
  readonly config: StageConfig;
}

export class WafStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WafStackProps) {
    super(scope, id, props);
    const { config } = props;
    const metric = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `chikitsa360-${config.stage}-${name}`,
    });

    const rules: wafv2.CfnWebACL.RuleProperty[] = [
      {
        name: 'AuthRateLimit',
        priority: 0,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            limit: config.authRateLimit,
            evaluationWindowSec: 300,
            aggregateKeyType: 'IP',
            scopeDownStatement: {
              byteMatchStatement: {
                fieldToMatch: { uriPath: {} },
                positionalConstraint: 'STARTS_WITH',
                searchString: AUTH_PATH_PREFIX,
                textTransformations: [{ priority: 0, type: 'NONE' }],
              },
            },
          },
        },
        visibilityConfig: metric('auth-rate-limit'),
      },
      ...managedRuleGroups.map(
        (name, index): wafv2.CfnWebACL.RuleProperty => ({
          name,
          priority: index + 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name,
              // Admins write health tips of up to 10,000 characters: bodies over the rule's 8 KB are
              // counted, not blocked. API Gateway still caps payloads, and every body is validated (zod).
              ...(name === 'AWSManagedRulesCommonRuleSet'
                ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] }
                : {}),
            },
          },
          visibilityConfig: metric(name),
        }),
      ),
    ];

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `chikitsa360-${config.stage}`,
      description: 'Chikitsa360: managed rules and a per-IP rate limit on sign-in and sign-up',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: metric('web-acl'),
      rules,
    });

    // WAF logs to CloudWatch only into groups named aws-waf-logs-*; encrypted with a key in this region.
    const logsKey = new kms.Key(this, 'WafLogsKey', {
      description: `Chikitsa360 ${config.stage}: WAF request logs`,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });
    logsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${WAF_REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${WAF_REGION}:${this.account}:log-group:*`,
          },
        },
      }),
    );
    const logGroup = new logs.LogGroup(this, 'WafLogs', {
      logGroupName: `aws-waf-logs-chikitsa360-${config.stage}`,
      encryptionKey: logsKey,
      retention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });
    new wafv2.CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: this.webAcl.attrArn,
      // The group's ARN without CDK's trailing ':*', which WAF refuses.
      logDestinationConfigs: [
        this.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroup.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      // Session cookies and bearer tokens never reach the logs.
      redactedFields: [{ singleHeader: { Name: 'cookie' } }, { singleHeader: { Name: 'authorization' } }],
    });
  }
}
