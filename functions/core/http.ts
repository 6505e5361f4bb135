/**
 * The HTTP stack every context shares. A context's handler is
 *
 *   export const handler = httpHandler('content', { home: operation({...}), ... })
 *
 * and the stack, driven by the route table, does the rest in this order: request id and logging →
 * error mapping → the edge's header (origin-verify.ts) → route lookup → same-origin check for writes → authentication and the route's auth
 * rule (including "party", which loads the appointment once and hands it to the operation) → JSON
 * body parsing → zod validation of path, query and body → the operation → its audit event, when the
 * route table says the route is audited (functions/core/audit.ts: no event, no answer).
 */
import middy, { type MiddlewareObj } from '@middy/core';
import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import type { Download, Operations, ResponseOf } from '../contract/api.ts';
import type { ErrorBody, FieldErrors, FieldIssues } from '../contract/errors.ts';
import {
  type AuthRule,
  type ContextName,
  type HttpRoute,
  httpRoutes,
  type Operation,
  type OperationsOf,
  type RouteOf,
  routeKey,
} from '../contract/routes.ts';
import { refuseDisabled } from './account-state.ts';
import { type AuditStore, AuditTrail, type RequestAudit } from './audit.ts';
import { type AuthContext, authenticate } from './auth.ts';
import { requestDeadline } from './clients.ts';
import { config } from './config.ts';
import { entities } from './db/index.ts';
import {
  AppError,
  badRequest,
  forbidden,
  isDependencyDown,
  notFound,
  unauthorized,
  unavailable,
  validationFailed,
} from './errors.ts';
import { fieldIssueOf } from './field-issues.ts';
import { logger } from './logger.ts';
import { cameThroughEdge, ORIGIN_VERIFY_HEADER } from './origin-verify.ts';
import { loadPartyAppointment, type PartyAppointment } from './party.ts';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResponse = APIGatewayProxyStructuredResultV2;

const MAX_BODY_BYTES = 64 * 1024;
/**
 * How long before the function's timeout a request still in progress is answered with a 503. A
 * timed-out Lambda becomes a bare 500 from API Gateway; this way the caller gets our error shape.
 */
const ANSWER_MARGIN_MS = 1000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type ReplyOptions = { cookies?: string[]; headers?: Record<string, string>; binary?: Uint8Array };

/** What an operation may return besides plain JSON data (which means 200). */
export class Reply<B = unknown> {
  constructor(
    readonly status: number,
    readonly body?: B,
    readonly options: ReplyOptions = {},
  ) {}
}
export const ok = <B>(body: B, options?: ReplyOptions) => new Reply(200, body, options);
export const created = <B>(body: B, options?: ReplyOptions) => new Reply(201, body, options);
export const accepted = <B>(body: B) => new Reply(202, body);
export const noContent = (options?: ReplyOptions) => new Reply<undefined>(204, undefined, options);

/**
 * The caller, as the route's auth rule guarantees it before the operation runs: anyone (maybe
 * signed in) on public and webhook routes, a signed-in user of the rule's role on the others.
 */
type Caller<A extends AuthRule> = A extends 'public' | 'webhook'
  ? AuthContext | null
  : A extends 'patient' | 'patientParty'
    ? AuthContext & { role: 'patient' }
    : A extends 'doctor' | 'doctorParty'
      ? AuthContext & { role: 'doctor' }
      : A extends 'admin'
        ? AuthContext & { role: 'admin' }
        : AuthContext;

/** On party routes, the appointment the caller is a party to (loaded once by the stack). */
type PartyOf<A extends AuthRule> = A extends 'party' | 'patientParty' | 'doctorParty'
  ? PartyAppointment
  : null;

export interface OperationRequest<O extends Operation, B, Q, P> {
  body: B;
  query: Q;
  params: P;
  auth: Caller<RouteOf<O>['auth']>;
  appointment: PartyOf<RouteOf<O>['auth']>;
  rawBody: string;
  headers: Record<string, string | undefined>;
  requestId: string;
  sourceIp: string;
  /** This request's audit event (functions/contract/routes.ts decides whether there is one). */
  audit: RequestAudit;
}

/** What an operation answers: the contract's response, as it is (200) or in a Reply; a file is a Reply. */
type Answer<R> = [R] extends [Download] ? Reply<undefined> : R | Reply<R>;

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * A schema, or a function that builds it on the operation's first request. zod builds every schema
 * object when its module loads, so a table of ready-made schemas costs every cold start the schemas of
 * every operation of the context, though a request uses one operation's (issue 20).
 */
type Lazy<S> = S | (() => S);

export interface OperationDef<
  O extends Operation,
  BS extends Schema | undefined,
  QS extends Schema | undefined,
  PS extends Schema | undefined,
> {
  body?: Lazy<BS>;
  query?: Lazy<QS>;
  params?: Lazy<PS>;
  // A method, so that operations with their own schemas fit the handler's table of AnyOperation.
  run(req: OperationRequest<O, Out<BS>, Out<QS>, Out<PS>>): Promise<Answer<ResponseOf<O>>>;
}

type AnyOperation<O extends Operation> = OperationDef<
  O,
  Schema | undefined,
  Schema | undefined,
  Schema | undefined
>;

/** A context's operations: one for each operation of its routes, named as the route table names it. */
type OperationTable<C extends ContextName> = { [O in OperationsOf<C>]: AnyOperation<O> };

/**
 * How the stack sees any operation of the table. Each one's request is typed by its own route; the
 * stack builds that request (runOperation) after enforcing the route's auth rule and the schemas.
 */
interface RunnableOperation {
  body?: Lazy<Schema | undefined>;
  query?: Lazy<Schema | undefined>;
  params?: Lazy<Schema | undefined>;
  run(req: never): Promise<unknown>;
}

/** The part of the contract's request an operation takes (undefined when it takes none). */
type ContractPart<O extends Operation, K extends 'params' | 'query' | 'body'> = K extends keyof Operations[O]
  ? Operations[O][K]
  : undefined;

/**
 * A schema takes the contract's part when everything the contract lets a client send is valid input
 * to it, and it reads no field the contract does not have (no schema: the contract has no such part).
 */
type Takes<S, T> = [S] extends [Schema]
  ? [T] extends [z.input<S>]
    ? [keyof z.input<S>] extends [keyof T]
      ? true
      : false
    : false
  : [T] extends [undefined]
    ? true
    : false;

type TakesContract<
  O extends Operation,
  BS extends Schema | undefined,
  QS extends Schema | undefined,
  PS extends Schema | undefined,
> = [
  Takes<PS, ContractPart<O, 'params'>>,
  Takes<QS, ContractPart<O, 'query'>>,
  Takes<BS, ContractPart<O, 'body'>>,
] extends [true, true, true]
  ? unknown
  : {
      'the schemas must take what functions/contract/api.ts says this operation takes': {
        params: Takes<PS, ContractPart<O, 'params'>>;
        query: Takes<QS, ContractPart<O, 'query'>>;
        body: Takes<BS, ContractPart<O, 'body'>>;
      };
    };

/**
 * Declares an operation. Its name (its key in `httpHandler`'s table) types the rest: the route's auth
 * rule types `auth` and `appointment`, the schemas type the request and must take the contract's
 * request, and the contract's response types the answer.
 */
export const operation = <
  O extends Operation,
  BS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  PS extends Schema | undefined = undefined,
>(
  def: OperationDef<O, BS, QS, PS> & TakesContract<O, BS, QS, PS>,
) => def;

interface StackContext extends Context {
  route?: HttpRoute;
  auth?: AuthContext | null;
  appointment?: PartyAppointment | null;
  parsedBody?: unknown;
}

const routesByKey = new Map((httpRoutes as readonly HttpRoute[]).map((r) => [routeKey(r), r]));

const header = (event: HttpEvent, name: string) =>
  event.headers?.[name] ?? event.headers?.[name.toLowerCase()];

/** Each refused field's English sentences (`details`) and the same as codes (`issues`), by field path. */
export function fieldErrorsOf(error: z.ZodError, prefix = ''): [FieldErrors, FieldIssues] {
  const details: FieldErrors = {};
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix;
    details[key] = [...(details[key] ?? []), issue.message];
    issues[key] = [...(issues[key] ?? []), fieldIssueOf(issue)];
  }
  return [details, issues];
}

export function toErrorResponse(error: unknown, requestId: string): HttpResponse {
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (isDependencyDown(error)) {
    logger.error('dependency unavailable', { requestId, error: error as Error });
    appError = unavailable();
  } else if ((error as { statusCode?: number }).statusCode === 404) {
    appError = notFound('No such route.');
  } else {
    logger.error('unhandled error', { requestId, error: error as Error });
    appError = new AppError(500, 'internal_error', 'Something went wrong on our side. Please try again.');
  }
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details !== undefined) body.error.details = appError.details;
  if (appError.issues !== undefined) body.error.issues = appError.issues;
  if (appError.params !== undefined) body.error.params = appError.params;
  return json(appError.status, body);
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): HttpResponse {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

function toResponse(result: unknown): HttpResponse {
  if (!(result instanceof Reply)) return json(200, result);
  const { status, body, options } = result;
  if (options.binary) {
    return {
      statusCode: status,
      headers: { 'cache-control': 'no-store', ...options.headers },
      body: Buffer.from(options.binary).toString('base64'),
      isBase64Encoded: true,
      cookies: options.cookies,
    };
  }
  const response =
    status === 204
      ? { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' }
      : json(status, body, options.headers);
  if (options.cookies?.length) response.cookies = options.cookies;
  return response;
}

/** Request id, timing and one log line per request; the id goes back to the client for support. */
const observe = (): MiddlewareObj<HttpEvent, HttpResponse, Error, StackContext> => {
  const started = new WeakMap<object, number>();
  const finish = (request: { event: HttpEvent; response: HttpResponse | null | undefined }) => {
    const requestId = request.event.requestContext?.requestId ?? 'unknown';
    const response = request.response;
    if (!response) return;
    response.headers = { ...response.headers, 'x-request-id': requestId };
    logger.info('request', {
      requestId,
      route: request.event.routeKey,
      status: response.statusCode,
      ms: Date.now() - (started.get(request.event) ?? Date.now()),
    });
  };
  return {
    before: (request) => {
      started.set(request.event, Date.now());
    },
    after: finish,
    onError: finish,
  };
};

const mapErrors = (): MiddlewareObj<HttpEvent, HttpResponse, Error, StackContext> => ({
  onError: (request) => {
    request.response = toErrorResponse(request.error, request.event.requestContext?.requestId ?? 'unknown');
  },
});

/** Writes must come from our own pages: the browser always sends Origin on a cross-origin write. */
function checkOrigin(event: HttpEvent, route: HttpRoute) {
  if (!WRITE_METHODS.has(route.method) || route.auth === 'webhook') return;
  const origin = header(event, 'origin');
  if (origin !== new URL(config().APP_ORIGIN).origin) {
    throw forbidden('This request did not come from the Chikitsa360 site.');
  }
}

/**
 * Admins act only with two-step sign-in on: a leaked admin password alone must not open the console.
 * Once it is on, Cognito asks every sign-in for the code; the session that turned it on proved the
 * code at that moment.
 */
async function requireTwoStepSignIn(auth: AuthContext) {
  const { data } = await entities().user.get({ userId: auth.userId }).go();
  if (!data?.mfaEnabled)
    throw new AppError(
      403,
      'mfa_required',
      'Turn on two-step sign-in in your account (an authenticator app) before using the admin console.',
    );
}

async function enforceRule(rule: AuthRule, auth: AuthContext | null, event: HttpEvent) {
  if (rule === 'public' || rule === 'webhook') return null;
  if (!auth) throw unauthorized();
  // The id token outlives a disabled account by up to 15 minutes; our own flag does not.
  await refuseDisabled(auth);
  if (rule === 'user') return null;
  if (rule === 'patient' || rule === 'doctor' || rule === 'admin') {
    if (auth.role !== rule) throw forbidden(`Only ${rule}s can do this.`);
    if (rule === 'admin') await requireTwoStepSignIn(auth);
    return null;
  }
  // party rules: everyone but the appointment's own patient and doctor gets 404, so ids do not leak.
  const appointment = await loadPartyAppointment(event.pathParameters?.id, auth);
  if (!appointment) throw notFound('Appointment not found.');
  if (rule === 'patientParty' && auth.role !== 'patient') throw forbidden('Only the patient can do this.');
  if (rule === 'doctorParty' && auth.role !== 'doctor') throw forbidden('Only the doctor can do this.');
  return appointment;
}

function parseBody(event: HttpEvent, wantJson: boolean): { raw: string; parsed: unknown } {
  if (!event.body) return { raw: '', parsed: undefined };
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES)
    throw new AppError(413, 'payload_too_large', 'The request is too large.');
  const type = header(event, 'content-type') ?? '';
  if (!wantJson || !type.startsWith('application/json')) return { raw, parsed: undefined };
  try {
    return { raw, parsed: JSON.parse(raw) };
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

const guard = (): MiddlewareObj<HttpEvent, HttpResponse, Error, StackContext> => ({
  before: async (request) => {
    // Before anything else: a request sent to API Gateway's own endpoint skipped the WAF.
    if (!cameThroughEdge(request.event.headers, config().ORIGIN_VERIFY))
      throw forbidden('Use the Chikitsa360 site.');
    const route = routesByKey.get(request.event.routeKey);
    if (!route) throw notFound('No such route.');
    checkOrigin(request.event, route);
    const auth = await authenticate(header(request.event, 'cookie') ?? request.event.cookies);
    request.context.route = route;
    request.context.auth = auth;
    request.context.appointment = await enforceRule(route.auth, auth, request.event);
  },
});

const builtSchemas = new WeakMap<() => Schema | undefined, Schema | undefined>();

/** The schema itself, or the one its function built (once per process). */
function built(schema: Lazy<Schema | undefined>): Schema | undefined {
  if (typeof schema !== 'function') return schema;
  if (!builtSchemas.has(schema)) builtSchemas.set(schema, schema());
  return builtSchemas.get(schema);
}

function validate(declared: Lazy<Schema | undefined>, value: unknown, label: string): unknown {
  const schema = built(declared);
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    if (label === 'params') throw notFound();
    throw validationFailed(...fieldErrorsOf(result.error, label === 'body' ? '' : label));
  }
  return result.data;
}

function runOperation(route: HttpRoute, op: RunnableOperation, auditStore: AuditStore | null) {
  return async (event: HttpEvent, context: StackContext): Promise<HttpResponse> => {
    // Only operations that declare a body get it parsed: a webhook must see the raw bytes first.
    const { raw, parsed } = parseBody(event, Boolean(op.body));
    if (op.body && parsed === undefined)
      throw badRequest('Send a JSON body with content-type application/json.');
    const params = validate(op.params, event.pathParameters ?? {}, 'params');
    const headers: Record<string, string | undefined> = {
      // The edge's secret stays here: operations have no use for it, and must not echo or log it.
      ...Object.fromEntries(
        Object.entries(event.headers ?? {})
          .map(([k, v]) => [k.toLowerCase(), v])
          .filter(([k]) => k !== ORIGIN_VERIFY_HEADER),
      ),
      // API Gateway v2 moves cookies out of the headers; put them back where operations look.
      ...(event.cookies?.length ? { cookie: event.cookies.join('; ') } : {}),
    };
    const requestId = event.requestContext?.requestId ?? 'unknown';
    const sourceIp = event.requestContext?.http?.sourceIp ?? '';
    const audit = new AuditTrail(route.audit, auditStore, {
      actor: context.auth ?? null,
      sourceIp,
      userAgent: event.requestContext?.http?.userAgent ?? headers['user-agent'] ?? '',
      requestId,
      subjectId: subjectOf(route, params, context.appointment ?? null),
      write: WRITE_METHODS.has(route.method),
    });
    const request: OperationRequest<Operation, unknown, unknown, unknown> = {
      params,
      query: validate(op.query, event.queryStringParameters ?? {}, 'query'),
      body: validate(op.body, parsed, 'body'),
      auth: context.auth ?? null,
      appointment: context.appointment ?? null,
      rawBody: raw,
      headers,
      requestId,
      sourceIp,
      audit,
    };
    // What the route's rule guarantees (guard) is what this operation's request type says.
    const result = await op.run(request as never);
    await audit.settle();
    return toResponse(result);
  };
}

/** The audited record's id from the request: the party check's appointment, or the named path parameter. */
function subjectOf(route: HttpRoute, params: unknown, appointment: PartyAppointment | null) {
  if (!('subjectParam' in route.audit) || !route.audit.subjectParam) return undefined;
  if (appointment && route.audit.subjectParam === 'id') return appointment.appointmentId;
  const value = (params as Record<string, unknown> | undefined)?.[route.audit.subjectParam];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Builds a context's Lambda handler from the route table and the context's operations. A context with
 * audited routes passes the audit store (functions/core/audit-store.ts) before its operations; without
 * one it refuses to load.
 */
export function httpHandler<C extends ContextName>(
  context: C,
  operations: OperationTable<C>,
): (event: HttpEvent, context: Context) => Promise<HttpResponse>;
export function httpHandler<C extends ContextName>(
  context: C,
  auditStore: AuditStore,
  operations: OperationTable<C>,
): (event: HttpEvent, context: Context) => Promise<HttpResponse>;
export function httpHandler<C extends ContextName>(
  context: C,
  ...args: [OperationTable<C>] | [AuditStore, OperationTable<C>]
) {
  const [store, operations] = args.length === 2 ? args : [null, args[0]];
  const routes = (httpRoutes as readonly HttpRoute[]).filter((r) => r.context === context);
  const ops: Record<string, RunnableOperation> = operations;
  for (const name of Object.keys(ops)) {
    if (!routes.some((r) => r.operation === name))
      throw new Error(`${context}: operation ${name} has no route`);
  }
  const router = httpRouterHandler<HttpEvent, HttpResponse>({
    routes: routes.map((r) => {
      const op = ops[r.operation];
      if (!op) throw new Error(`${context}: no operation for ${routeKey(r)}`);
      if ('action' in r.audit && !store)
        throw new Error(`${context}: ${routeKey(r)} is audited, but the handler has no audit store`);
      return { method: r.method, path: r.path, handler: runOperation(r, op, store) as never };
    }),
    notFoundResponse: () => {
      throw notFound('No such route.');
    },
  });
  const stack = middy<HttpEvent, HttpResponse, Error, StackContext>()
    .use(observe())
    .use(mapErrors())
    .use(guard())
    .handler(router as never);
  return (event: HttpEvent, context: Context) => withDeadline(stack, event, context);
}

/**
 * Runs the stack with a deadline ANSWER_MARGIN_MS before the function's timeout (middy's own early
 * timeout covers only the operation, not the auth and party checks before it). When the deadline
 * passes, the caller gets a 503 and the SDK clients refuse to start any further call for this request.
 */
async function withDeadline(
  stack: (event: HttpEvent, context: Context) => Promise<HttpResponse>,
  event: HttpEvent,
  context: Context,
): Promise<HttpResponse> {
  const remaining = context?.getRemainingTimeInMillis?.();
  if (!remaining) return stack(event, context);
  const budget = Math.max(0, remaining - ANSWER_MARGIN_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outOfTime = new Promise<HttpResponse>((resolve) => {
    timer = setTimeout(() => {
      const requestId = event.requestContext?.requestId ?? 'unknown';
      logger.error('request ran out of time', { requestId, route: event.routeKey, budgetMs: budget });
      const response = toErrorResponse(unavailable(), requestId);
      response.headers = { ...response.headers, 'x-request-id': requestId };
      resolve(response);
    }, budget);
  });
  try {
    return await requestDeadline.run(Date.now() + budget, () =>
      Promise.race([stack(event, context), outOfTime]),
    );
  } finally {
    clearTimeout(timer);
  }
}
