/**
 * Errors that map to HTTP answers. Domain code throws these; the HTTP stack turns them into
 * `{ error: { code, message, details? } }` with the status. Anything else is a 500 (or a 503 when a
 * dependency is unreachable) and is logged with the request id. Codes are the contract's
 * (functions/contract/errors.ts), so the web can phrase every one of them.
 */
import type { ErrorCode, ErrorParams, FieldErrors, FieldIssues } from '../contract/errors.ts';
import { invalidFields } from './field-issues.ts';

export type { FieldErrors };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldErrors,
    /** What the client needs to phrase the code (the contract's ErrorParams), sent as `params`. */
    readonly params?: Record<string, string | number>,
    /** Each field of `details` as codes (the contract's FieldIssues); a domain refusal's fields are `invalid`. */
    readonly issues: FieldIssues | undefined = details && invalidFields(Object.keys(details)),
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An error whose code carries parameters, typed by the contract's ErrorParams. */
export const withParams = <C extends ParamCode>(
  status: number,
  code: C,
  message: string,
  params: ErrorParams[C],
) => new AppError(status, code, message, undefined, params as Record<string, string | number>);

/** The codes whose parameters are a plain record (not field errors). */
type ParamCode = Exclude<keyof ErrorParams, 'validation_failed' | 'bad_request'>;

export const badRequest = (message: string, details?: FieldErrors) =>
  new AppError(400, 'bad_request', message, details);
export const validationFailed = (details: FieldErrors, issues?: FieldIssues) =>
  new AppError(400, 'validation_failed', 'Some fields are not valid.', details, undefined, issues);
export const unauthorized = (message = 'Please sign in.') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', message);
export const notFound = (message = 'Not found.') => new AppError(404, 'not_found', message);
export const conflict = (message: string, code: ErrorCode = 'conflict') => new AppError(409, code, message);
export const tooMany = (
  message = 'Too many requests. Please wait a moment.',
  code: ErrorCode = 'too_many_requests',
) => new AppError(429, code, message);
/** A signed-in account that an admin has disabled: refused everywhere but the public routes. */
export const accountDisabled = () =>
  new AppError(403, 'account_disabled', 'This account has been disabled. Contact support.');
export const unavailable = (message = 'A service we depend on is unavailable. Please try again shortly.') =>
  new AppError(503, 'service_unavailable', message);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** True when the error (or its cause chain) says a dependency could not be reached or timed out. */
export function isDependencyDown(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    const err = e as {
      code?: string;
      name?: string;
      $metadata?: { httpStatusCode?: number };
      cause?: unknown;
    };
    if (err.code && NETWORK_CODES.has(err.code)) return true;
    if (err.name === 'TimeoutError' || err.name === 'RequestTimeout' || err.name === 'AbortError')
      return true;
    if (err.name === 'ServiceUnavailable' || err.name === 'ThrottlingException') return true;
    if (err.name === 'ProvisionedThroughputExceededException' || err.name === 'RequestLimitExceeded')
      return true;
    if ((err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.some((x) => isDependencyDown(x))) return true;
    e = err.cause;
  }
  return false;
}

/** True when a DynamoDB condition failed (ElectroDB wraps the SDK error in `cause`). */
export function isConditionalCheckFailed(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++, e = (e as { cause?: unknown }).cause) {
    if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return true;
  }
  return false;
}

/**
 * True when a client's pagination cursor was refused: ElectroDB could not decode it, or DynamoDB
 * rejected what it decoded to as the query's ExclusiveStartKey. Cursors are opaque to clients but
 * not tamper-proof, so a crafted one is the client's error (400), not ours.
 */
export function isInvalidCursor(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++, e = (e as { cause?: unknown }).cause) {
    const { code, name, message = '' } = e as { code?: unknown; name?: string; message?: string };
    if (code === 5003 || /cursor/i.test(message)) return true;
    if (name === 'ValidationException' && /start(ing)? key/i.test(message)) return true;
  }
  return false;
}
