/**
 * The typed client for our own HTTP API, derived from the contract (functions/contract): an operation's
 * name gives its method and path (the route table) and types what it takes and what it answers.
 *
 *   const { appointment } = await api.call('getAppointment', { params: { id } });
 *   const page = await api.call('searchDoctors', { query: { specialty, cursor } });
 *
 * Same origin, cookie session, JSON both ways. Every failure, including "the network is down", is an
 * ApiError with the contract's error code, so callers handle one kind of error and phrase it by code.
 * It imports the contract's route table (plain data) and only types from the rest: no server code.
 */
import type { Download, OperationName, RequestOf, ResponseOf } from '../../../functions/contract/api.ts';
import type { ErrorCode, FieldErrors, FieldIssues } from '../../../functions/contract/errors.ts';
import { type HttpRoute, httpRoutes } from '../../../functions/contract/routes.ts';
import { m } from '../paraglide/messages.js';
import { baseLocale, getLocale } from '../paraglide/runtime.js';

export type { FieldErrors };

/**
 * Codes the web makes up where there is no answer of our API to read: no connection, an unreadable
 * answer, and (until the pages are rewritten) the recording upload's own and one form check.
 */
export type ClientErrorCode =
  | 'network_error'
  | 'bad_response'
  | 'upload_failed'
  | 'no_slot'
  | `storage_${number}`;
/** The API's code (functions/contract/errors.ts), one the web made up, or `http_<status>` (an answer without one). */
export type ApiErrorCode = ErrorCode | ClientErrorCode | `http_${number}`;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: FieldErrors,
    /** What the code carries to be phrased (the contract's ErrorParams), e.g. the refused medicine. */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }

  /** The first message for a form field, if the API rejected it. */
  fieldError(field: string): string | undefined {
    return this.details?.[field]?.[0];
  }
}

/** What to tell a person about a failure: the API's own sentence, or what the caller says went wrong. */
export const errorText = (err: unknown, otherwise: string = m.problem_generic()) =>
  err instanceof ApiError ? err.message : otherwise;

/** The API's error body, read defensively: `details` as field → messages. */
function readError(v: unknown) {
  const error = (
    v as {
      error?: { code?: unknown; message?: unknown; details?: unknown; issues?: unknown; params?: unknown };
    } | null
  )?.error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, details, issues, params } = error;
  const fields: FieldErrors | undefined =
    typeof details === 'object' && details
      ? Object.fromEntries(
          Object.entries(details)
            .filter(([, text]) => Array.isArray(text) || typeof text === 'string')
            .map(([field, text]) => [field, [text].flat().map(String)]),
        )
      : undefined;
  // A refusal's parameters, for the client to phrase it (error_<code> in the catalog): strings and numbers only.
  const phrased =
    typeof params === 'object' && params
      ? Object.fromEntries(
          Object.entries(params).filter(
            ([, value]) => typeof value === 'string' || typeof value === 'number',
          ),
        )
      : undefined;
  // Each field's issues as codes, for the other languages to say (kept only in the contract's shape).
  const coded =
    typeof issues === 'object' && issues
      ? Object.fromEntries(
          Object.entries(issues)
            .filter(([, list]) => Array.isArray(list))
            .map(([field, list]) => [
              field,
              (list as unknown[]).filter(
                (issue): issue is FieldIssues[string][number] =>
                  typeof (issue as { code?: unknown } | null)?.code === 'string',
              ),
            ]),
        )
      : undefined;
  return {
    code,
    message,
    details: fields,
    issues: coded,
    params: phrased as Record<string, string | number> | undefined,
  };
}

/**
 * Asked once when a request answers 401 (lib/session.ts installs it): resolve true when the session
 * was renewed, and the request is sent again, once. The auth endpoints themselves are never retried.
 */
export type UnauthorizedHandler = () => Promise<boolean>;
let onUnauthorized: UnauthorizedHandler | null = null;

export function setUnauthorizedHandler(handler: UnauthorizedHandler | null) {
  onUnauthorized = handler;
}

const isAuthEndpoint = (path: string) => path.startsWith('/api/auth/');

/** The files the API answers with (the contract's Download); every other answer is JSON. */
const FILE_TYPES = [
  'application/pdf',
  'text/csv',
  'application/zip',
  'text/calendar',
] as const satisfies readonly Download['download'][];

/**
 * Sends one request to our API and reads its answer: the JSON body, or a file (FILE_TYPES) as a Blob.
 * On a 401 it renews the session once (setUnauthorizedHandler) and sends the request again.
 */
export async function sendRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  init?: RequestInit,
): Promise<T> {
  try {
    return await send<T>(method, path, body, init);
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401 || !onUnauthorized || isAuthEndpoint(path))
      throw err;
    if (init?.signal?.aborted || !(await onUnauthorized())) throw err;
    return send<T>(method, path, body, init);
  }
}

async function send<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  headers.set('accept', 'application/json');
  if (body !== undefined) headers.set('content-type', 'application/json');

  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', m.problem_network());
  }
  const type = res.headers.get('content-type') ?? '';
  if (res.ok && FILE_TYPES.some((file) => type.startsWith(file))) return (await res.blob()) as T;

  const text = await res.text().catch(() => '');
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    if (res.ok) throw new ApiError(res.status, 'bad_response', m.problem_bad_response());
  }
  if (!res.ok) {
    const { code, message, details, issues, params } = readError(data) ?? {};
    // English pages keep the API's own sentences (for the generic codes, such as bad_request, they say
    // more than the catalog can); every other language says the code, and each field's issue codes,
    // from the catalog. An answer without a sentence of ours gets the catalog's words for its status.
    // Those sentences load only then (error-text.ts), so no page carries them until it needs one.
    const translated = getLocale() !== baseLocale ? await import('./error-text.ts') : undefined;
    const phrased = typeof code === 'string' ? translated?.phraseError(code, params) : undefined;
    const fieldText = translated && issues ? translated.phraseFieldIssues(issues) : details;
    throw new ApiError(
      res.status,
      // The API answers with the contract's codes only (tests/unit/error-codes.test.ts).
      typeof code === 'string' ? (code as ErrorCode) : `http_${res.status}`,
      phrased ??
        (typeof message === 'string' && message
          ? message
          : await import('./error-text.ts').then(
              (text) => text.statusText(res.status),
              () => m.problem_generic(),
            )),
      fieldText,
      params,
    );
  }
  return data as T;
}

// ---- Operations by name --------------------------------------------------------------------------

/** A part of the request whose every field is optional may be left out. */
type OptionalParts<R> = { [K in keyof R]-?: Partial<R[K]> extends R[K] ? K : never }[keyof R];
/** What `call` takes for an operation: its path parameters, query and body, as the contract types them. */
export type CallRequest<O extends OperationName> = Omit<RequestOf<O>, OptionalParts<RequestOf<O>>> &
  Partial<Pick<RequestOf<O>, OptionalParts<RequestOf<O>>>>;
/** What `call` answers for an operation: the contract's response; a file is a Blob. */
export type CallResponse<O extends OperationName> = [ResponseOf<O>] extends [Download] ? Blob : ResponseOf<O>;

type CallArgs<O extends OperationName> =
  Partial<CallRequest<O>> extends CallRequest<O>
    ? [request?: CallRequest<O>, init?: RequestInit]
    : [request: CallRequest<O>, init?: RequestInit];

/**
 * The operation's route. In the browser build the operation arrives as its route already (each call's
 * name is replaced by its method and path, web/astro.config.mjs: a page carries only the routes it
 * calls); elsewhere (tests, the prerender) it is looked up in the table.
 */
function routeOf(operation: OperationName | Pick<HttpRoute, 'method' | 'path' | 'operation'>) {
  if (typeof operation !== 'string') return operation;
  const route = (httpRoutes as readonly HttpRoute[]).find((r) => r.operation === operation);
  if (!route) throw new Error(`No route for the operation ${operation}`);
  return route;
}

interface RequestParts {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
}

/**
 * The path of an operation: its template with each `{name}` filled in (encoded), and its query. A
 * query value that is undefined, null or '' is left out: an empty filter is no filter.
 */
export function pathOf<O extends OperationName>(operation: O, request?: CallRequest<O>): string {
  const route = routeOf(operation);
  const { params = {}, query = {} } = (request ?? {}) as RequestParts;
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.operation}: the path parameter ${name} is missing`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  /** Calls an operation of the route table and returns its typed answer (or throws an ApiError). */
  call<O extends OperationName>(operation: O, ...[request, init]: CallArgs<O>): Promise<CallResponse<O>> {
    const route = routeOf(operation);
    const { body } = (request ?? {}) as RequestParts;
    // Writes always carry a JSON body (the API reads an empty object as "nothing to say").
    const json = route.method === 'GET' || route.method === 'DELETE' ? undefined : (body ?? {});
    return sendRequest<CallResponse<O>>(route.method, pathOf(operation, request), json, init);
  },
  /** The URL of a GET operation, for a link (a file the browser downloads with the session cookie). */
  url: pathOf,
};
