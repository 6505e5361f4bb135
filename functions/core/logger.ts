/**
 * One structured logger per process. Level from POWERTOOLS_LOG_LEVEL (the local twin's tests set
 * SILENT). Never log tokens, cookies, request bodies or secrets: log ids and outcomes.
 *
 * It writes exactly the JSON line @aws-lambda-powertools/logger's default formatter writes for the
 * calls this code makes (`logger.info|warn|error(message, attributes?)`; tests/unit/logger.test.ts
 * compares the two line by line), so log queries and metric filters keep working. Powertools itself
 * cost every function 16 KB of bundle and ~3 ms of every cold start (its Logger, commons and a Console
 * built at import) for features this code never uses: Lambda context injection, sampling, buffering,
 * persistent keys, child loggers, dev-mode pretty printing. Read this file before using any of those.
 */

// Powertools' thresholds; SILENT is above every level.
const levels = { TRACE: 6, DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 } as const;
type LevelName = keyof typeof levels;

const isLevel = (value: string | undefined): value is LevelName =>
  value !== undefined && Object.hasOwn(levels, value);

/** Powertools' order: Lambda's advanced logging control, then POWERTOOLS_LOG_LEVEL, LOG_LEVEL, INFO. */
function thresholdFromEnv(): number {
  const candidates = [
    process.env.AWS_LAMBDA_LOG_LEVEL,
    process.env.POWERTOOLS_LOG_LEVEL || process.env.LOG_LEVEL,
  ].map((v) => v?.trim());
  const name = candidates.find(isLevel) ?? 'INFO';
  return levels[name];
}

/** The trace id Lambda puts in _X_AMZN_TRACE_ID ("Root=1-…;Parent=…;Sampled=…"), as Powertools reads it. */
function xRayTraceId(): string | undefined {
  const header = process.env._X_AMZN_TRACE_ID;
  if (!header) return undefined;
  if (!header.includes('=')) return header;
  return header.split(';')[0]?.split('=')[1];
}

/** The first `(file:line:column)` of a stack, as `file:line` (Powertools' `location`). */
function codeLocation(stack: string | undefined): string {
  for (const line of stack?.split('\n') ?? []) {
    const match = /\(([^()]*?):(\d+?):(\d+?)\)\\?$/.exec(line);
    if (match) return `${match[1]}:${Number(match[2])}`;
  }
  return '';
}

interface FormattedError {
  [key: string]: unknown;
}

function formatError(error: Error): FormattedError {
  const { name, message, stack, cause } = error;
  const formatted: FormattedError = {
    name,
    location: codeLocation(stack),
    message,
    stack,
    cause: cause instanceof Error ? formatError(cause) : cause,
  };
  for (const key in error) {
    if (!['name', 'message', 'stack', 'cause'].includes(key)) formatted[key] = (error as never)[key];
  }
  return formatted;
}

/** Powertools' replacer: errors formatted, bigints as strings, a circular reference left out. */
function replacer() {
  const ancestors: unknown[] = [];
  return function (this: unknown, _key: string, value: unknown) {
    const replaced = value instanceof Error ? formatError(value) : value;
    if (typeof replaced === 'bigint') return replaced.toString();
    if (typeof replaced === 'object' && replaced !== null) {
      while (ancestors.length > 0 && ancestors.at(-1) !== this) ancestors.pop();
      if (ancestors.includes(replaced)) return undefined;
      ancestors.push(replaced);
    }
    return replaced;
  };
}

type Attributes = Readonly<Record<string, unknown>>;

function write(level: 'INFO' | 'WARN' | 'ERROR', message: string, attributes: Attributes | undefined): void {
  threshold ??= thresholdFromEnv();
  if (levels[level] < threshold) return;
  const item: Record<string, unknown> = {
    level,
    message,
    timestamp: new Date().toISOString(),
    service: SERVICE,
    sampling_rate: 0,
    xray_trace_id: xRayTraceId(),
  };
  for (const [key, value] of Object.entries(attributes ?? {})) {
    // Powertools drops an attribute named like one of its reserved keys (with a warning line; no call
    // here uses those names).
    if (!RESERVED.has(key)) item[key] = value;
  }
  // Top-level keys without a value are left out, as Powertools does.
  for (const key of Object.keys(item)) {
    if (item[key] === undefined || item[key] === '' || item[key] === null) delete item[key];
  }
  const line = JSON.stringify(item, replacer());
  // Lambda's console: INFO to stdout, WARN and ERROR to stderr (Powertools' Console does the same).
  if (level === 'INFO') process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

const SERVICE = 'chikitsa360';
const RESERVED = new Set(['level', 'message', 'sampling_rate', 'service', 'timestamp']);
let threshold: number | undefined;

export const logger = {
  info: (message: string, attributes?: Attributes) => write('INFO', message, attributes),
  warn: (message: string, attributes?: Attributes) => write('WARN', message, attributes),
  error: (message: string, attributes?: Attributes) => write('ERROR', message, attributes),
};

/** For tests that change the level between cases: the next line reads the environment again. */
export function resetLoggerForTests(): void {
  threshold = undefined;
}
