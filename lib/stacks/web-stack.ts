/**
 * The one public origin: CloudFront serves the static site from a private bucket, `/api/*` from the HTTP
 * API and `/ws` from the WebSocket API, so cookies stay SameSite=Strict and no CORS is needed (DESIGN §1).
 */
import { existsSync } from 'node:fs';
import {
  BOOTSTRAP_QUALIFIER_CONTEXT,
  CfnOutput,
  DefaultStackSynthesizer,
  Duration,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { DEFAULT_LOCALE, locales } from '../../functions/contract/format.ts';
import { mediaPrefix, photoUploadsPrefix } from '../../functions/contract/routes.ts';
import { LOCALE_COOKIE, localeRedirect } from '../../functions/contract/site-locale.ts';
import { ORIGIN_VERIFY_HEADER } from '../../functions/core/origin-verify.ts';
import type { StageConfig } from '../stage-config.ts';
import { WEBSOCKET_STAGE_NAME } from './api-stack.ts';
import { assertNoForbiddenInlineContent, contentSecurityPolicy, scanSite } from './csp.ts';
import {
  documentsBucketName,
  mediaBucketName,
  originVerifyValue,
  recordingsBucketName,
} from './data-stack.ts';
import { nagAccount, nagRef } from './grants.ts';
import type { LogSettings } from './node-function.ts';

export interface WebStackProps extends StackProps {
  readonly config: StageConfig;
  readonly httpApi: apigwv2.IHttpApi;
  readonly webSocketApi: apigwv2.IWebSocketApi;
  readonly accessLogsBucket: s3.IBucket;
  /** The built site (web/dist). Deployed only if it exists, so a fresh clone still synthesizes. */
  readonly siteDirectory: string;
  readonly logSettings: LogSettings;
  /** The AWS WAF web ACL (CLOUDFRONT scope, from the us-east-1 stack). */
  readonly webAclArn: string;
}

/**
 * The browser connects to wss://<site>/ws?appointmentId=…, but a WebSocket API accepts the handshake only
 * on its stage path exactly (`/live/ws` would be refused with 403), so the path is rewritten to the stage;
 * the query string passes through untouched.
 */
const webSocketPathCode = `function handler(event) {
  event.request.uri = '/${WEBSOCKET_STAGE_NAME}';
  return event.request;
}`;

/** The languages with their own pages (/hi/…): every one but English. */
const LOCALIZED = locales.filter((locale) => locale !== DEFAULT_LOCALE);

/**
 * Every site request, before the cache. First the reader's language: an English page moves to
 * /<code>/… for a reader who chose that language (the switcher's cookie) or, with no choice yet, whose
 * Accept-Language ranks it first; the rule is `localeRedirect` (functions/contract/site-locale.ts), the
 * twin's gateway's too, inlined here from its source. Then the path: the bucket is a plain S3 origin,
 * not website hosting, so directory URLs must be mapped onto Astro's `<page>/index.html` files here.
 */
const sitePathCode = `var LOCALIZED = ${JSON.stringify(LOCALIZED)};
${localeRedirect.toString()}
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var choice = (request.cookies || {})['${LOCALE_COOKIE}'];
  var language = (request.headers || {})['accept-language'];
  var target = localeRedirect(uri, choice && choice.value, language && language.value, LOCALIZED);
  if (target) {
    var query = [];
    var params = request.querystring || {};
    for (var key in params) {
      var values = params[key].multiValue || [params[key]];
      for (var i = 0; i < values.length; i++) query.push(key + '=' + values[i].value);
    }
    return {
      statusCode: 302,
      statusDescription: 'Found',
      headers: {
        location: { value: target + (query.length ? '?' + query.join('&') : '') },
        'cache-control': { value: 'no-store' },
      },
    };
  }
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}`;

/**
 * Not-found pages for the site only. Distribution-wide custom error responses would also replace the
 * JSON 403/404 errors of /api/* with HTML, so the site behaviour does it itself: S3 answers 403 for a
 * missing key (the origin may not list the bucket), which becomes a redirect to /404.html, and that page
 * is served with status 404.
 */
const siteNotFoundCode = `var LOCALIZED = ${JSON.stringify(LOCALIZED)};
function handler(event) {
  var response = event.response;
  var uri = event.request.uri;
  // A language's pages have their own not-found page (/hi/404.html).
  var language = uri.split('/')[1];
  var notFound = (LOCALIZED.indexOf(language) === -1 ? '' : '/' + language) + '/404.html';
  if (uri === notFound) {
    if (response.statusCode === 200) {
      response.statusCode = 404;
      response.statusDescription = 'Not Found';
    }
    return response;
  }
  if (response.statusCode === 403 || response.statusCode === 404) {
    response.statusCode = 302;
    response.statusDescription = 'Found';
    response.headers['location'] = { value: notFound };
    response.headers['cache-control'] = { value: 'no-store' };
  }
  return response;
}`;

/** Camera and microphone for the consultation room, on this origin only; nothing else. */
export const PERMISSIONS_POLICY = 'camera=(self), microphone=(self), geolocation=()';

export class WebStack extends Stack {
  readonly distribution: cloudfront.Distribution;
  readonly siteBucket: s3.Bucket;
  /** Doctors' photos: uploads/ (never served) and media/ (served at /media/*). */
  readonly mediaBucket: s3.Bucket;
  /** As sent (tokens resolve at deploy: the recordings bucket's name carries the account id). */
  readonly contentSecurityPolicy: string;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.siteBucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: config.removalPolicy,
    });
    Validations.of(this.siteBucket).acknowledge(
      {
        id: 'HIPAA.Security::HIPAA.Security-S3DefaultEncryptionKMS',
        reason: 'The bucket holds only the public static site (no patient data); SSE-S3 is sufficient.',
      },
      {
        id: 'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled',
        reason: 'The site is a build artefact, redeployable from git at any time; a replica adds nothing.',
      },
    );

    this.mediaBucket = this.createMediaBucket(props);

    // The policy is computed from the built site (inline <style> hashes) and the stage's providers; inline
    // scripts in the site fail synth here (see csp.ts).
    const site = scanSite(props.siteDirectory);
    assertNoForbiddenInlineContent(props.siteDirectory, site);
    const siteHost = config.domain?.name ?? new URL(config.appOrigin).host;
    this.contentSecurityPolicy = contentSecurityPolicy(config, {
      webSocketOrigin: `wss://${siteHost}`,
      recordingsOrigin: `https://${recordingsBucketName(config.stage, this.account)}.s3.${this.region}.${this.urlSuffix}`,
      documentsOrigin: `https://${documentsBucketName(config.stage, this.account)}.s3.${this.region}.${this.urlSuffix}`,
      mediaOrigin: `https://${mediaBucketName(config.stage, this.account)}.s3.${this.region}.${this.urlSuffix}`,
      styleHashes: site.styleHashes,
    });
    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment:
        'HSTS, no framing, no sniffing, strict referrer, CSP, camera and microphone for the site itself',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        contentSecurityPolicy: { contentSecurityPolicy: this.contentSecurityPolicy, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true }],
      },
    });

    const apiBehaviour = (origin: cloudfront.IOrigin): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      // Cookies, query strings and headers (the WebSocket handshake's too) reach the API; Host must not,
      // or API Gateway could not tell which API is meant.
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: securityHeaders,
    });
    const certificate = config.domain
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', config.domain.certificateArn)
      : undefined;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Chikitsa360 ${config.stage}`,
      // AWS WAF: managed common, known-bad-inputs and IP-reputation rules, and a per-IP rate limit on
      // /api/auth/* (waf-stack.ts).
      webAclId: props.webAclArn,
      domainNames: config.domain ? [config.domain.name] : undefined,
      certificate,
      // Only meaningful with our own certificate; the default *.cloudfront.net one has a fixed policy.
      minimumProtocolVersion: certificate ? cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      // PriceClass 200 is the cheapest class with edge locations in India.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: props.accessLogsBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: this.edgeFunction(
              'SitePaths',
              sitePathCode,
              'Sends a reader to their language; maps directory URLs to index.html',
            ),
          },
          {
            eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE,
            function: this.edgeFunction('SiteNotFound', siteNotFoundCode, 'Sends missing pages to /404.html'),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': apiBehaviour(this.executeApiOrigin(props.httpApi, config.stage)),
        // Published photos: each has a new key, so the object's own immutable Cache-Control holds and
        // CloudFront caches it at the edge. The path is the key, and only media/ is reachable this way
        // (an upload waiting under uploads/ is not).
        [`/${mediaPrefix}*`]: {
          origin: origins.S3BucketOrigin.withOriginAccessControl(this.mediaBucket),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          compress: false,
          responseHeadersPolicy: securityHeaders,
        },
        '/ws': {
          ...apiBehaviour(this.executeApiOrigin(props.webSocketApi, config.stage)),
          functionAssociations: [
            {
              eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
              function: this.edgeFunction(
                'WebSocketPath',
                webSocketPathCode,
                'Maps /ws to the WebSocket stage',
              ),
            },
          ],
        },
      },
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR1',
      reason: 'Patients may consult from abroad; no law or contract limits where the site may be used.',
    });
    if (!config.domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions::AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves *.cloudfront.net with its default certificate, whose TLS policy cannot be chosen. Stages with a domain (prod always) use TLSv1.2_2021.',
      });
    }

    if (existsSync(props.siteDirectory)) {
      this.deploySite(props.siteDirectory, props.logSettings);
    } else {
      console.log(
        `Note: ${props.siteDirectory} does not exist, so the site is not deployed (run npm run build:web).`,
      );
    }

    new CfnOutput(this, 'SiteOrigin', {
      description: 'The public origin; without a domain, pass it back as -c appOrigin=… on the next deploy',
      value: `https://${this.distribution.distributionDomainName}`,
    });
  }

  /**
   * Doctors' photos. Public once published, so SSE-S3 like the site (CloudFront reads it through OAC);
   * private like every bucket. The browser POSTs a cropped photo under uploads/ (CORS from the site);
   * the documents function checks it and copies it under media/ (functions/documents/photos.ts).
   */
  private createMediaBucket(props: WebStackProps): s3.Bucket {
    const { config } = props;
    const bucket = new s3.Bucket(this, 'MediaBucket', {
      bucketName: mediaBucketName(config.stage, this.account),
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      cors: [
        {
          allowedMethods: [s3.HttpMethods.POST],
          allowedOrigins: [config.appOrigin],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        // An upload never published (the tab closed) goes after a day; a replaced photo's old version too.
        { prefix: photoUploadsPrefix, expiration: Duration.days(1) },
        {
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'media-bucket/',
      removalPolicy: config.removalPolicy,
    });
    Validations.of(bucket).acknowledge(
      {
        id: 'HIPAA.Security::HIPAA.Security-S3DefaultEncryptionKMS',
        reason:
          "It holds doctors' profile photos, public by purpose once published and served by CloudFront (OAC); SSE-S3 is sufficient.",
      },
      {
        id: 'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled',
        reason: 'A doctor can upload their photo again; a replica of public photos serves no recovery need.',
      },
    );
    return bucket;
  }

  /** Uploads the built site and invalidates the cache, through CDK's own deploy-time custom resource. */
  private deploySite(siteDirectory: string, logSettings: LogSettings): void {
    new s3deploy.BucketDeployment(this, 'SiteDeployment', {
      sources: [s3deploy.Source.asset(siteDirectory)],
      destinationBucket: this.siteBucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup: new logs.LogGroup(this, 'SiteDeploymentLogs', {
        encryptionKey: logSettings.encryptionKey,
        retention: logSettings.retention,
        removalPolicy: logSettings.removalPolicy,
      }),
    });
    // The handler is a singleton CDK creates next to the deployment; its code and role are CDK's.
    const handler = this.node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!handler) throw new Error('The BucketDeployment handler was not found; has aws-cdk-lib renamed it?');
    const assetsBucket = `cdk-${this.synthesizerQualifier()}-assets-${nagAccount(this)}-${this.region}`;
    const cdkManaged =
      'CDK-managed deploy-time custom resource (BucketDeployment): CDK owns its code, runtime and role';
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: `${cdkManaged}; it writes only to the log group given to it.`,
      },
      ...[
        'Action::s3:Abort*',
        'Action::s3:DeleteObject*',
        'Action::s3:GetBucket*',
        'Action::s3:GetObject*',
        'Action::s3:List*',
        `Resource::arn:aws:s3:::${assetsBucket}/*`,
        `Resource::${nagRef(this.siteBucket).replace(/>$/, '.Arn>')}/*`,
        'Resource::*',
      ].map((finding) => ({
        id: `AwsSolutions::AwsSolutions-IAM5[${finding}]`,
        reason: `${cdkManaged}; it syncs the site bucket from the CDK asset and invalidates the distribution.`,
      })),
      {
        id: 'AwsSolutions::AwsSolutions-L1',
        reason: `${cdkManaged}; the runtime moves with aws-cdk-lib upgrades.`,
      },
      {
        id: 'HIPAA.Security::HIPAA.Security-LambdaConcurrency',
        reason: `${cdkManaged}; it runs once per deploy.`,
      },
      {
        id: 'HIPAA.Security::HIPAA.Security-LambdaDLQ',
        reason: `${cdkManaged}; CloudFormation waits for its answer.`,
      },
      {
        id: 'HIPAA.Security::HIPAA.Security-LambdaInsideVPC',
        reason: `${cdkManaged}; it talks only to S3 and CloudFront.`,
      },
    );
  }

  private synthesizerQualifier(): string {
    return this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  }

  private edgeFunction(id: string, code: string, comment: string): cloudfront.Function {
    return new cloudfront.Function(this, id, {
      code: cloudfront.FunctionCode.fromInline(code),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment,
    });
  }

  /**
   * API Gateway's own endpoint, over TLS 1.2 only. That endpoint stays reachable (CloudFront needs a
   * domain to send to), so every request CloudFront forwards carries the secret header the API
   * requires (functions/core/origin-verify.ts): a request sent straight to execute-api, around the
   * WAF, is refused.
   */
  private executeApiOrigin(api: apigwv2.IApi, stage: string): cloudfront.IOrigin {
    return new origins.HttpOrigin(`${api.apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      customHeaders: { [ORIGIN_VERIFY_HEADER]: originVerifyValue(stage) },
    });
  }
}
