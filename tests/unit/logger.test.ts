/**
 * functions/core/logger.ts replaces @aws-lambda-powertools/logger in the bundles (issue 20) and must write
 * the same line for every kind of call the functions make: the real Powertools Logger (a dev dependency
 * now, kept for this comparison) and ours log the same calls, and the lines must be equal apart from the
 * timestamp's instant.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logger, resetLoggerForTests } from '../../functions/core/logger.ts';

type Level = 'info' | 'warn' | 'error';

const cause = new Error('socket hang up');
const failure = Object.assign(new Error('Service unavailable', { cause }), {
  name: 'ServiceUnavailable',
  $fault: 'server',
});
const circular: Record<string, unknown> = { id: 'a1' };
circular.self = circular;

const calls: [Level, string, Record<string, unknown>?][] = [
  ['info', 'request'],
  ['info', 'request', { requestId: 'r1', route: 'GET /x', status: 200, durationMs: 12.5 }],
  ['warn', 'push failed', { connectionId: 'c1', error: 'GoneException' }],
  ['error', 'email failed', { email: 'contact', error: failure }],
  [
    'error',
    'audit event not written',
    { event: { action: 'x', detail: { nested: [1, 2n] } }, error: new TypeError('bad') },
  ],
  ['info', 'sweep', { holds: 0, recordings: undefined, empty: '', none: null, flag: false }],
  ['info', 'circular', { value: circular }],
  [
    'warn',
    'reserved keys dropped',
    { level: 'x', message: 'y', service: 'z', timestamp: 't', sampling_rate: 1, other: 1 },
  ],
];

/** Every line written to stdout and stderr while `run` runs, parsed, with the stream it went to. */
function captured(run: () => void): { stream: string; line: Record<string, unknown> }[] {
  const lines: { stream: string; line: Record<string, unknown> }[] = [];
  const spy = (stream: string) => (chunk: unknown) => {
    for (const text of String(chunk).split('\n').filter(Boolean))
      lines.push({ stream, line: JSON.parse(text) });
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(spy('stdout') as never);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(spy('stderr') as never);
  try {
    run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines.map(({ stream, line }) => ({ stream, line: { ...line, timestamp: typeof line.timestamp } }));
}

describe('the logger writes what Powertools wrote', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const key of [
      'POWERTOOLS_LOG_LEVEL',
      'LOG_LEVEL',
      'AWS_LAMBDA_LOG_LEVEL',
      '_X_AMZN_TRACE_ID',
      'POWERTOOLS_DEV',
    ])
      delete process.env[key];
    resetLoggerForTests();
  });
  afterEach(() => {
    process.env = { ...saved };
    resetLoggerForTests();
  });

  const both = () => {
    const theirs = new Logger({ serviceName: 'chikitsa360' });
    const expected = captured(() => {
      for (const [level, message, attributes] of calls)
        theirs[level](message, ...(attributes ? [attributes] : []));
    });
    const actual = captured(() => {
      for (const [level, message, attributes] of calls) logger[level](message, attributes);
    });
    return { expected, actual };
  };

  it('at the default level, every call, and on the same stream', () => {
    const { expected, actual } = both();
    // Powertools adds its own warning line for each reserved key; ours drops the keys silently.
    const withoutWarnings = expected.filter(
      ({ line }) => !String(line.message).includes('is a reserved key'),
    );
    expect(withoutWarnings.length).toBe(calls.length);
    expect(actual).toEqual(withoutWarnings);
  });

  it('with the trace id Lambda sets', () => {
    process.env._X_AMZN_TRACE_ID =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const { expected, actual } = both();
    expect(actual[0]?.line.xray_trace_id).toBe('1-5759e988-bd862e3fe1be46a994272793');
    expect(actual[0]).toEqual(expected[0]);
  });

  it.each([
    ['POWERTOOLS_LOG_LEVEL', 'WARN'],
    ['POWERTOOLS_LOG_LEVEL', 'error'],
    ['POWERTOOLS_LOG_LEVEL', 'SILENT'],
    ['LOG_LEVEL', 'ERROR'],
    ['AWS_LAMBDA_LOG_LEVEL', 'WARN'],
  ])('%s=%s lets through the same lines', (name, value) => {
    process.env[name] = value;
    const { expected, actual } = both();
    expect(actual.map(({ line }) => line.message)).toEqual(
      expected
        .filter(({ line }) => !String(line.message).includes('is a reserved key'))
        .map(({ line }) => line.message),
    );
  });
});
