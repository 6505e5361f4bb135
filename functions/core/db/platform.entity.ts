import { Entity } from 'electrodb';
import { SERVICE, timestamps } from './common.ts';

/**
 * Admin statistics, kept with atomic ADD as things happen (never recounted by scanning), and the
 * per-patient booking limits (functions/core/booking-limits.ts).
 */
export const counterEntity = () =>
  new Entity({
    model: { entity: 'counter', version: '1', service: SERVICE },
    attributes: {
      name: { type: 'string', required: true, readOnly: true },
      /** 'total', or a day 'YYYY-MM-DD', or a month 'YYYY-MM'. */
      bucket: { type: 'string', required: true, readOnly: true },
      value: { type: 'number', required: true, default: 0 },
      /** TTL (epoch seconds) for counters that only matter for a while, like a booking rate window. */
      expiresAt: { type: 'number' },
    },
    indexes: {
      byName: { pk: { field: 'pk', composite: ['name'] }, sk: { field: 'sk', composite: ['bucket'] } },
    },
  });

/**
 * One audit event: who (actor id and role) did what (action) to which record (subject type and id),
 * when, and from where (source IP, user agent), written in the same request (functions/core/audit.ts).
 * Events are only ever created, never changed. Four ways in, each a Query newest first, and a date
 * range is a range on the sort key of any of them: by subject (table key), by actor (gsi1), all events
 * (gsi2) and by action (gsi3).
 *
 * "All events" is one partition of gsi2: every event of the moment goes to it whatever the key, since a
 * time bucket (day, month) would take all current writes just the same. One GSI partition takes about
 * 1,000 writes a second, far above this platform's audited request rate; past that, the key would get
 * a write shard and the latest-events read would merge the shards.
 */
export const auditEventEntity = () =>
  new Entity({
    model: { entity: 'auditEvent', version: '1', service: SERVICE },
    attributes: {
      subjectId: { type: 'string', required: true, readOnly: true },
      /** functions/contract/routes.ts AuditSubject; absent on events written before subjects had types. */
      subjectType: { type: 'string', readOnly: true },
      eventId: { type: 'string', required: true, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      action: { type: 'string', required: true, readOnly: true },
      actorId: { type: 'string', required: true, readOnly: true },
      actorRole: { type: 'string', required: true, readOnly: true },
      sourceIp: { type: 'string', readOnly: true },
      userAgent: { type: 'string', readOnly: true },
      requestId: { type: 'string', readOnly: true },
      detail: { type: 'string', readOnly: true },
    },
    indexes: {
      bySubject: {
        pk: { field: 'pk', composite: ['subjectId'] },
        sk: { field: 'sk', composite: ['at', 'eventId'] },
      },
      byActor: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['actorId'] },
        sk: { field: 'gsi1sk', composite: ['at', 'eventId'] },
      },
      latest: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: [] },
        sk: { field: 'gsi2sk', composite: ['at', 'eventId'] },
      },
      byAction: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['action'] },
        sk: { field: 'gsi3sk', composite: ['at', 'eventId'] },
      },
    },
  });

/**
 * A uniqueness or idempotency marker: put with "attribute_not_exists" inside a transaction to claim
 * a receipt number, a webhook event id or a client message id exactly once.
 */
export const markerEntity = () =>
  new Entity({
    model: { entity: 'marker', version: '1', service: SERVICE },
    attributes: {
      namespace: { type: 'string', required: true, readOnly: true },
      key: { type: 'string', required: true, readOnly: true },
      ref: { type: 'string' },
      expiresAt: { type: 'number' },
      ...timestamps,
    },
    indexes: {
      byKey: { pk: { field: 'pk', composite: ['namespace', 'key'] }, sk: { field: 'sk', composite: [] } },
    },
  });

/**
 * A confirmed appointment whose reminder schedules (functions/reminders) are not known to exist yet:
 * written in the confirming transaction, deleted once syncReminders has created them. The sweeper
 * repairs what is left (a Scheduler outage, a crash between the transaction and the schedules) with
 * one Query of this partition instead of scanning appointments. One partition: at any moment it holds
 * only the confirmations of the last few seconds, plus those an outage left behind.
 */
export const pendingReminderEntity = () =>
  new Entity({
    model: { entity: 'pendingReminder', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: [] },
        sk: { field: 'sk', composite: ['appointmentId'] },
      },
    },
  });
