/**
 * The audit trail of one request. The route table decides per route whether a successful call is
 * audited and with which action (functions/contract/routes.ts `audit`); the HTTP stack gives every operation a trail
 * and, once the operation has succeeded and BEFORE its answer leaves, makes sure exactly one event was
 * written. It fails closed: when the event cannot be written, the caller gets a 503 `audit_unavailable`
 * instead of the data.
 *
 * A write that is one DynamoDB transaction puts the event into that same transaction
 * (`trail.items(tx)`), so the change and its record commit together or not at all; the trail then
 * writes nothing more. Any other audited call gets its event written after the operation.
 */
import { monotonicFactory } from 'ulid';
import type { AuditDecision, AuditSubject } from '../../functions/contract/routes.ts';
import type { AuthContext } from './auth.ts';
import type { Db } from './db/index.ts';
import { AppError } from './errors.ts';
import { logger } from './logger.ts';

/** One event as stored (functions/core/db/platform.entity.ts). */
export interface AuditEventInput {
  subjectId: string;
  subjectType: AuditSubject;
  eventId: string;
  at: string;
  action: string;
  actorId: string;
  actorRole: string;
  sourceIp: string;
  userAgent: string;
  requestId: string;
  detail?: string;
}

type Tx = Parameters<Parameters<Db['transaction']['write']>[0]>[0];
export type AuditTxItem = ReturnType<ReturnType<Tx['auditEvent']['create']>['commit']>;

/**
 * Where events go. Only the contexts that have audited routes pass one to `httpHandler`
 * (functions/core/audit-store.ts), so the other functions' bundles hold no audit write and their roles
 * no PutItem for it.
 */
export interface AuditStore {
  put(event: AuditEventInput): Promise<void>;
  inTransaction(tx: Tx, event: AuditEventInput): AuditTxItem;
}

/** What domain code sees of the trail: the request's event as an item of its own transaction. */
export interface TransactionAudit {
  /** The event as a transaction item (none when the route is not audited). */
  items(tx: Tx): AuditTxItem[];
}

/** What an operation sees of the trail. */
export interface RequestAudit extends TransactionAudit {
  /** Names the record when the route does not take it from the path: a created id, a list's filter. */
  about(subjectId: string): RequestAudit;
  /** Adds what the event should say beyond its action: a decision, the changed fields, a list's ids. */
  note(detail: string): RequestAudit;
}

/** Events of the same millisecond still sort in the order they happened (ids are the sort key's tie-break). */
const nextEventId = monotonicFactory();

/** Long enough for a page of 100 ids; an event stays far below DynamoDB's item limit. */
const MAX_DETAIL = 8000;
const MAX_USER_AGENT = 512;

export const auditUnavailable = (write: boolean) =>
  new AppError(
    503,
    'audit_unavailable',
    write
      ? 'This change could not be recorded in the audit log. Reload to see whether it was saved, and try again shortly.'
      : 'This could not be recorded in the audit log, so it is not shown. Please try again shortly.',
  );

export interface TrailContext {
  actor: AuthContext | null;
  sourceIp: string;
  userAgent: string;
  requestId: string;
  /** The record's id from the request (the path parameter, or the party check's appointment). */
  subjectId?: string;
  /** True for POST/PUT/PATCH/DELETE: a failed write is reported differently from a withheld read. */
  write: boolean;
}

export class AuditTrail implements RequestAudit {
  private subjectId: string | undefined;
  private readonly details: string[] = [];
  private recorded = false;

  constructor(
    private readonly decision: AuditDecision,
    private readonly store: AuditStore | null,
    private readonly context: TrailContext,
  ) {
    this.subjectId = context.subjectId;
  }

  get audited(): boolean {
    return 'action' in this.decision;
  }

  about(subjectId: string) {
    this.subjectId = subjectId;
    return this;
  }

  note(detail: string) {
    if (detail) this.details.push(detail);
    return this;
  }

  items(tx: Tx): AuditTxItem[] {
    if (!this.audited) return [];
    const item = this.requireStore().inTransaction(tx, this.event());
    // The transaction either commits it or fails the operation, which then writes nothing more.
    this.recorded = true;
    return [item];
  }

  /** Called by the HTTP stack after the operation succeeded, before the answer is sent. */
  async settle(): Promise<void> {
    if (!this.audited || this.recorded) return;
    const event = this.event();
    try {
      await this.requireStore().put(event);
      this.recorded = true;
    } catch (error) {
      // The event itself goes to the logs, so the attempt is on record somewhere.
      logger.error('audit event not written', { event: { ...event }, error: error as Error });
      throw auditUnavailable(this.context.write);
    }
  }

  private requireStore(): AuditStore {
    if (!this.store) throw new Error('An audited route ran without an audit store');
    return this.store;
  }

  private event(): AuditEventInput {
    const decision = this.decision as Extract<AuditDecision, { action: string }>;
    const { actor } = this.context;
    if (!actor) throw new Error(`${decision.action}: an audited route needs a signed-in caller`);
    if (!this.subjectId) throw new Error(`${decision.action}: the operation did not name its record`);
    const detail = this.details.join('; ').slice(0, MAX_DETAIL);
    return {
      subjectId: this.subjectId,
      subjectType: decision.subject,
      eventId: nextEventId(),
      at: new Date().toISOString(),
      action: decision.action,
      actorId: actor.userId,
      actorRole: actor.role,
      sourceIp: this.context.sourceIp,
      userAgent: this.context.userAgent.slice(0, MAX_USER_AGENT),
      requestId: this.context.requestId,
      ...(detail ? { detail } : {}),
    };
  }
}
