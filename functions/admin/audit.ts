/**
 * The audit log for admins and auditors: the latest events, filtered by actor, subject, action and a
 * date range, cursor-paged; and the same selection as a CSV file. Every filter combination is one
 * Query: the most selective key that was given (subject, then actor, then action, else all events)
 * with the date range on its sort key, and the other filters on top.
 */
import type { AuditEvent, AuditFilters } from '../contract/api.ts';
import { entities } from '../core/db/index.ts';
import { badRequest } from '../core/errors.ts';
import { paged } from './lists.ts';

/** At most this many rows in one export; past it the file says so and the auditor narrows the dates. */
export const EXPORT_MAX_ROWS = 5000;
const EXPORT_PAGE = 1000;

type Events = ReturnType<typeof entities>['auditEvent'];
/** Every index of the entity sorts by [at, eventId], so their query branches behave alike. */
type Branch = ReturnType<Events['query']['latest']>;

function query(f: AuditFilters) {
  const events = entities().auditEvent;
  const by = f.subjectId ? 'subject' : f.actorId ? 'actor' : f.action ? 'action' : 'all';
  const index = (
    f.subjectId
      ? events.query.bySubject({ subjectId: f.subjectId })
      : f.actorId
        ? events.query.byActor({ actorId: f.actorId })
        : f.action
          ? events.query.byAction({ action: f.action })
          : events.query.latest({})
  ) as Branch;
  // The sort key is at#eventId: "at_<to>" sorts before every event AT `to`, so `to` is exclusive.
  const ranged =
    f.from && f.to
      ? index.between({ at: f.from }, { at: f.to })
      : f.from
        ? index.gte({ at: f.from })
        : f.to
          ? index.lt({ at: f.to })
          : index;
  return ranged.where(({ actorId, action }, { eq }) =>
    [
      by === 'subject' && f.actorId && eq(actorId, f.actorId),
      by !== 'action' && f.action && eq(action, f.action),
    ]
      .filter(Boolean)
      .join(' AND '),
  );
}

/** Normalises the range to the stored form (UTC, milliseconds) and checks its order. */
export function auditFilter(q: AuditFilters): AuditFilters {
  const iso = (value: string | undefined) => (value ? new Date(value).toISOString() : undefined);
  const filter = { ...q, from: iso(q.from), to: iso(q.to) };
  if (filter.from && filter.to && filter.from >= filter.to)
    throw badRequest('The start of the range must be before its end.', { to: ['Must be after "from".'] });
  return filter;
}

const page = (f: AuditFilters, cursor: string | null, limit: number) =>
  paged(() => query(f).go({ cursor, limit, order: 'desc' }));

type EventItem = Awaited<ReturnType<typeof page>>['data'][number];

async function actorNames(events: EventItem[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.map((e) => e.actorId))];
  if (!ids.length) return new Map();
  const { data } = await entities()
    .user.get(ids.map((userId) => ({ userId })))
    .go();
  return new Map(data.map((u) => [u.userId, `${u.firstName} ${u.lastName}`]));
}

function toView(e: EventItem, names: Map<string, string>): AuditEvent {
  return {
    id: e.eventId,
    at: e.at,
    action: e.action,
    actorId: e.actorId,
    actorRole: e.actorRole,
    actorName: names.get(e.actorId) ?? null,
    // Events from before subjects had types were all reads of an appointment's chat or transcript.
    subjectType: e.subjectType ?? 'appointment',
    subjectId: e.subjectId,
    sourceIp: e.sourceIp ?? null,
    userAgent: e.userAgent ?? null,
    requestId: e.requestId ?? null,
    detail: e.detail ?? null,
  };
}

export async function listAudit(f: AuditFilters & { cursor?: string; limit: number }) {
  const result = await page(auditFilter(f), f.cursor ?? null, f.limit);
  const names = await actorNames(result.data);
  return { events: result.data.map((e) => toView(e, names)), nextCursor: result.cursor ?? null };
}

/** How the export's audit event names what was exported. */
export function describeFilter(f: AuditFilters): string {
  const parts = (['actorId', 'subjectId', 'action', 'from', 'to'] as const)
    .filter((k) => f[k])
    .map((k) => `${k}=${f[k]}`);
  return parts.length ? parts.join(';') : 'all';
}

export async function exportAudit(q: AuditFilters, maxRows = EXPORT_MAX_ROWS) {
  const f = auditFilter(q);
  const events: EventItem[] = [];
  let cursor: string | null = null;
  do {
    const result = await page(f, cursor, Math.min(EXPORT_PAGE, maxRows + 1 - events.length));
    events.push(...result.data);
    cursor = result.cursor ?? null;
  } while (cursor && events.length <= maxRows);
  const truncated = events.length > maxRows;
  const rows = events.slice(0, maxRows);
  const names = await actorNames(rows);
  const columns = [
    'at',
    'action',
    'actorId',
    'actorRole',
    'actorName',
    'subjectType',
    'subjectId',
    'sourceIp',
    'userAgent',
    'requestId',
    'detail',
    'eventId',
  ] as const;
  const lines = rows.map((e) => {
    const v = toView(e, names);
    return columns.map((c) => (c === 'eventId' ? v.id : v[c]));
  });
  // A last row says so (in the first column, the others empty, so every row has the same fields).
  if (truncated)
    lines.push([
      `Only the newest ${maxRows} events are in this file: export a shorter date range for the rest.`,
      ...columns.slice(1).map(() => ''),
    ]);
  return { csv: toCsv([[...columns], ...lines]), rows: rows.length, truncated, filter: describeFilter(f) };
}

/**
 * RFC 4180 CSV: every cell quoted (quotes doubled), CRLF line ends, and a UTF-8 byte order mark so
 * spreadsheet programs read names in Indian scripts correctly. A cell that starts with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe: spreadsheets would otherwise run it as a formula
 * (CSV injection), and anything in these events can come from a user (a user agent, a reason, a name).
 */
export function toCsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  const cell = (value: string | null | undefined) => {
    const text = value ?? '';
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
