/**
 * What it costs to run (issue 20): idle per month, and what one consultation adds.
 *
 * - Resources come from the synthesized prod templates (the same buildApp the infra tests and the CLI
 *   use, without bundling): KMS keys, alarms, secrets, WAF web ACLs and rules, log groups, and each
 *   function's memory.
 * - Usage per consultation comes from one consultation as the app runs it (`consultation` below: the
 *   API operations, checked against the route table; the room's frames; the recording's chunks; the
 *   transcription state machine's states, read from its ASL; the emails). The DynamoDB request units
 *   use the ceiling the `calls` benchmark measures per request (≤ 2 reads) plus the writes each step
 *   makes; Lambda durations are assumptions, stated beside them.
 * - Prices are tests/bench/prices-ap-south-1.json, dated.
 *
 * `npm run bench -- cost` prints it and writes tests/bench/report-cost.md (committed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { httpRoutes } from '../../functions/contract/routes.ts';
import { transcriptionDefinition } from '../../lib/functions.ts';
import { buildApp } from '../../lib/stacks/app.ts';
import { projectRoot } from '../../lib/stacks/node-function.ts';
import type { Section } from './stats.ts';
import { table } from './stats.ts';

const priceList = JSON.parse(
  readFileSync(path.join(projectRoot, 'tests/bench/prices-ap-south-1.json'), 'utf8'),
) as { region: string; asOf: string; basis: string; prices: Record<string, { usd: number; per: string }> };
const price = (name: string) => {
  const p = priceList.prices[name];
  if (!p) throw new Error(`no price ${name} in prices-ap-south-1.json`);
  return p.usd;
};

/** Resource counts of the prod stage, from its synthesized templates. */
export interface Resources {
  kmsKeys: number;
  alarms: number;
  /** Alarms with no action: they page no one. */
  silentAlarms: number;
  secrets: number;
  webAcls: number;
  wafRules: number;
  logGroups: number;
  /** Memory (MB) of the sweeper, the one function that runs with no patients (every minute). */
  sweeperMemoryMb: number;
  /** Memory (MB) of every function, by construct id prefix. */
  functionMemoryMb: Record<string, number>;
}

export function prodResources(): Resources {
  const prod = buildApp({
    context: {
      stage: 'prod',
      certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/cost-model',
      razorpayKeyId: 'rzp_live_cost_model',
      videoProvider: 'daily',
      // Structure only: the cold-start bench builds the bundles.
      'aws:cdk:bundling-stacks': [],
    },
    siteDirectory: path.join(os.tmpdir(), 'chikitsa360-cost-model-no-site'),
  });
  const resources = Object.values(prod.stacks).flatMap((stack) =>
    Object.entries(
      (
        Template.fromStack(stack).toJSON() as {
          Resources?: Record<string, { Type: string; Properties?: any }>;
        }
      ).Resources ?? {},
    ),
  );
  const of = (type: string) => resources.filter(([, r]) => r.Type === type);
  const alarms = of('AWS::CloudWatch::Alarm');
  const functionMemoryMb = Object.fromEntries(
    of('AWS::Lambda::Function').map(([id, r]) => [
      id.replace(/[0-9A-F]{8}$/, ''),
      r.Properties?.MemorySize ?? 128,
    ]),
  );
  return {
    kmsKeys: of('AWS::KMS::Key').length,
    alarms: alarms.length,
    silentAlarms: alarms.filter(([, r]) => !r.Properties?.AlarmActions?.length).length,
    secrets: of('AWS::SecretsManager::Secret').length,
    webAcls: of('AWS::WAFv2::WebACL').length,
    wafRules: of('AWS::WAFv2::WebACL').reduce((n, [, r]) => n + (r.Properties?.Rules?.length ?? 0), 0),
    logGroups: of('AWS::Logs::LogGroup').length,
    sweeperMemoryMb: functionMemoryMb.Sweeper ?? 512,
    functionMemoryMb,
  };
}

/**
 * One consultation: a patient searches, books, pays; both join a 15-minute room with chat while the
 * doctor's browser records (30-second chunks); the transcript is made and mailed to both.
 */
export const consultation = {
  minutes: 15,
  /** API operations (names from the route table) and how often each is called, both parties together. */
  operations: {
    searchDoctors: 2,
    getDoctor: 1,
    book: 1,
    startPayment: 1,
    verifyPayment: 1,
    razorpayWebhook: 1,
    refresh: 2,
    getMe: 2,
    listAppointments: 2,
    getAppointment: 4,
    getReceipt: 1,
    getReceiptPdf: 1,
    joinRoom: 2,
    chatHistory: 2,
    presignRecordingChunk: 30,
    finishRecording: 1,
    getTranscription: 2,
  } as Record<string, number>,
  /** DynamoDB write units beyond one audit event per audited read: a transaction of n items costs 2n. */
  writeUnits: {
    book: 8,
    verifyPayment: 8,
    razorpayWebhook: 2,
    startPayment: 1,
    presignRecordingChunk: 1,
    finishRecording: 1,
  } as Record<string, number>,
  /** Read units per request: the `calls` benchmark's ceiling (≤ 2 reads a request, each ≤ 1 unit). */
  readUnitsPerRequest: 2,
  /**
   * Where a request reads more than that ceiling: a search page of 12 cards also reads each card's next
   * free slot (one bounded Query per card; `npm run bench -- calls`, "perCard").
   */
  readUnitsOf: { searchDoctors: 2 + 12 } as Record<string, number>,
  room: {
    /** Frames the browsers send (chat 20, WebRTC signalling 30, presence 6), each a Lambda invocation. */
    inboundFrames: 56,
    /** Frames the function posts back through the management API (each chat frame to both parties). */
    outboundFrames: 76,
    connectionMinutes: 30,
    /** Per inbound frame: the connection lookup and, for chat, the message written. */
    readUnits: 56,
    writeUnits: 24,
  },
  /** Booking (patient and doctor), the receipt, the transcript (both). */
  emails: 5,
  /** Pages the two parties load through CloudFront (HTML and assets), and their transfer. */
  pageRequests: 150,
  pageMegabytes: 3,
  /** S3: chunk uploads and the final marker; the Assemble step reads them and writes the file once. */
  s3Puts: 32,
  s3Gets: 31,
  /** Lambda duration assumptions, ms: an API request or room frame; a pipeline step (1024 MB). */
  requestMs: 150,
  pipelineStepMs: 2000,
  /** Deepgram is waited on by the Transcribe step: its wall time is billed at the step's memory. */
  transcribeWaitMs: 30_000,
  /** Cold starts (INIT is billed): one per function the consultation touches, at ~3 × the floor's 100 ms. */
  coldStarts: 8,
  coldStartMs: 300,
  /** KMS requests (data keys for the table, the buckets, the logs and the state machine). */
  kmsRequests: 80,
  /** Log lines, ~300 bytes each, one or two per invocation. */
  logKilobytesPerInvocation: 0.6,
};

interface Line {
  item: string;
  quantity: string;
  usd: number;
}

const transitionsOf = (): number => {
  const asl = JSON.parse(readFileSync(path.join(projectRoot, transcriptionDefinition), 'utf8')) as {
    States: Record<string, { Type: string }>;
  };
  // Every state on the success path is entered once (the Choice and Succeed states included): an upper bound.
  return Object.keys(asl.States).length;
};

export function idleCost(r: Resources): { lines: Line[]; monthly: number; steadyState: number } {
  // The sweeper runs every minute with no patients: an invocation, its reads and its log line.
  const runs = 60 * 24 * 30;
  const sweeper =
    runs *
    (price('lambdaRequest') +
      price('lambdaArmGbSecond') * (r.sweeperMemoryMb / 1024) * 0.1 +
      2 * price('dynamoReadRequestUnit') +
      (0.3 / 2 ** 20) * price('logsIngestGb'));
  const lines: Line[] = [
    { item: 'KMS customer-managed keys', quantity: `${r.kmsKeys}`, usd: r.kmsKeys * price('kmsKeyMonth') },
    {
      item: 'CloudWatch alarms',
      quantity: `${r.alarms} (${r.silentAlarms} without an action)`,
      usd: r.alarms * price('alarmMonth'),
    },
    { item: 'Secrets Manager secrets', quantity: `${r.secrets}`, usd: r.secrets * price('secretMonth') },
    {
      item: 'WAF web ACL and its rules',
      quantity: `${r.webAcls} ACL, ${r.wafRules} rules`,
      usd: r.webAcls * price('wafWebAclMonth') + r.wafRules * price('wafRuleMonth'),
    },
    {
      item: 'Sweeper, every minute (invocation, 100 ms, 2 reads, a log line)',
      quantity: `${runs} runs`,
      usd: sweeper,
    },
    {
      item: 'Log groups (pay per GB ingested and stored: nothing when idle)',
      quantity: `${r.logGroups}`,
      usd: 0,
    },
  ];
  const monthly = lines.reduce((n, l) => n + l.usd, 0);
  // Each yearly-rotated key adds a billed version at its first two rotations.
  return { lines, monthly, steadyState: monthly + r.kmsKeys * 2 * price('kmsRotationMonth') };
}

export function consultationCost(r: Resources): { lines: Line[]; total: number } {
  const c = consultation;
  const known = new Set<string>(httpRoutes.map((route) => route.operation));
  const unknown = Object.keys(c.operations).filter((op) => !known.has(op));
  if (unknown.length) throw new Error(`not in the route table: ${unknown.join(', ')}`);
  const audited = new Set<string>(
    httpRoutes.filter((route) => 'action' in route.audit).map((route) => route.operation),
  );

  const requests = Object.values(c.operations).reduce((n, k) => n + k, 0);
  const auditWrites = Object.entries(c.operations).reduce((n, [op, k]) => n + (audited.has(op) ? k : 0), 0);
  const writeUnits =
    Object.entries(c.operations).reduce((n, [op, k]) => n + (c.writeUnits[op] ?? 0) * k, 0) +
    auditWrites +
    c.room.writeUnits;
  const readUnits =
    Object.entries(c.operations).reduce(
      (n, [op, k]) => n + (c.readUnitsOf[op] ?? c.readUnitsPerRequest) * k,
      0,
    ) + c.room.readUnits;
  const transitions = transitionsOf();
  const pipelineSteps = transitions - 3; // the task states: every state but the Choice, Succeed and Fail
  const apiMemoryGb = 512 / 1024;
  const pipelineMemoryGb = (r.functionMemoryMb.TranscriptionSteps ?? 1024) / 1024;
  const invocations = requests + c.room.inboundFrames + pipelineSteps + 1; // + the recording starter
  const gbSeconds =
    (requests + c.room.inboundFrames + 1) * apiMemoryGb * (c.requestMs / 1000) +
    pipelineSteps * pipelineMemoryGb * (c.pipelineStepMs / 1000) +
    pipelineMemoryGb * (c.transcribeWaitMs / 1000) +
    c.coldStarts * apiMemoryGb * (c.coldStartMs / 1000);
  const viewerRequests = requests + c.pageRequests;

  const lines: Line[] = [
    { item: 'API Gateway HTTP requests', quantity: `${requests}`, usd: requests * price('httpApiRequest') },
    {
      item: 'API Gateway WebSocket (messages, connection minutes)',
      quantity: `${c.room.inboundFrames + c.room.outboundFrames} messages, ${c.room.connectionMinutes} min`,
      usd:
        (c.room.inboundFrames + c.room.outboundFrames) * price('webSocketMessage') +
        c.room.connectionMinutes * price('webSocketConnectionMinute'),
    },
    {
      item: 'Lambda (invocations, GB-seconds incl. billed INIT)',
      quantity: `${invocations} invocations, ${gbSeconds.toFixed(1)} GB-s`,
      usd: invocations * price('lambdaRequest') + gbSeconds * price('lambdaArmGbSecond'),
    },
    {
      item: 'DynamoDB on-demand (read, write units)',
      quantity: `${readUnits} RRU, ${writeUnits} WRU (${auditWrites} audit events)`,
      usd: readUnits * price('dynamoReadRequestUnit') + writeUnits * price('dynamoWriteRequestUnit'),
    },
    {
      item: 'Step Functions standard transitions',
      quantity: `${transitions}`,
      usd: transitions * price('stepFunctionsTransition'),
    },
    {
      item: 'S3 requests (recording chunks, assembly)',
      quantity: `${c.s3Puts} PUT, ${c.s3Gets} GET`,
      usd: c.s3Puts * price('s3Put') + c.s3Gets * price('s3Get'),
    },
    { item: 'SES emails', quantity: `${c.emails}`, usd: c.emails * price('sesEmail') },
    {
      item: 'CloudFront and WAF (every request passes both)',
      quantity: `${viewerRequests} requests, ${c.pageMegabytes} MB`,
      usd:
        viewerRequests * (price('cloudFrontRequest') + price('wafRequest')) +
        (c.pageMegabytes / 1024) * price('cloudFrontGbOut'),
    },
    { item: 'KMS requests', quantity: `${c.kmsRequests}`, usd: c.kmsRequests * price('kmsRequest') },
    {
      item: 'CloudWatch Logs ingestion',
      quantity: `${((invocations * c.logKilobytesPerInvocation) / 1024).toFixed(2)} MB`,
      usd: ((invocations * c.logKilobytesPerInvocation) / 2 ** 20) * price('logsIngestGb'),
    },
  ];
  return { lines, total: lines.reduce((n, l) => n + l.usd, 0) };
}

const priced = (title: string, lines: Line[]) => [
  `#### ${title}`,
  '',
  table(
    ['item', 'quantity', 'USD'],
    lines.map((l) => [l.item, l.quantity, usd(l.usd)]),
  ),
];

const usd = (n: number) => (n >= 1 ? `$${n.toFixed(2)}` : `$${n.toFixed(4)}`);

export function costSection(): Section {
  const resources = prodResources();
  const idle = idleCost(resources);
  const one = consultationCost(resources);
  const markdown = [
    `Prod templates synthesized in-process (tests/bench/cost.ts); prices: ${priceList.region}, tests/bench/prices-ap-south-1.json as of ${priceList.asOf} (${priceList.basis})`,
    '',
    `**Idle: ${usd(idle.monthly)} a month** with no patients (${usd(idle.steadyState)} once every key has had its first two yearly rotations). **One consultation adds ${usd(one.total)}** (search → book → pay → ${consultation.minutes}-minute room with chat → transcript → emails), before Razorpay's fee and Deepgram's per-minute price, which are the providers' and dwarf it.`,
    '',
    ...priced('Idle, per month', idle.lines),
    '',
    ...priced('One consultation', one.lines),
  ].join('\n');
  writeFileSync(
    path.join(projectRoot, 'tests/bench/report-cost.md'),
    `# What it costs to run\n\n${markdown}\n`,
  );
  return {
    title: 'What it costs to run',
    markdown,
    ok: true,
    figures: { resources, idle, consultation: one },
  };
}
