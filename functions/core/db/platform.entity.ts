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

/** Who read which transcript or chat history, and when. */
export const auditEventEntity = () =>
  new Entity({
    model: { entity: 'auditEvent', version: '1', service: SERVICE },
    attributes: {
      subjectId: { type: 'string', required: true, readOnly: true },
      eventId: { type: 'string', required: true, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      action: { type: 'string', required: true },
      actorId: { type: 'string', required: true },
      actorRole: { type: 'string', required: true },
      detail: { type: 'string' },
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
