import { Entity } from 'electrodb';
import { SERVICE, timestamps } from './common.ts';

/**
 * A message sent through the contact form. All messages share one partition, sorted by their ULID
 * (time-ordered), so the admin console reads them newest first with one Query: the set stays small
 * (a per-address limit on sending, and every message expires). `expiresAt` (DynamoDB TTL) removes a
 * message a year after it was sent: long enough to answer it and to look back at a complaint, and no
 * longer, since a message is personal data kept only for as long as its purpose needs (DPDP Act 2023,
 * s. 8(7)). The sender's IP address is not stored with it.
 */
export const contactMessageEntity = () =>
  new Entity({
    model: { entity: 'contactMessage', version: '1', service: SERVICE },
    attributes: {
      messageId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true, readOnly: true },
      email: { type: 'string', required: true, readOnly: true },
      topic: { type: 'string', required: true, readOnly: true },
      message: { type: 'string', required: true, readOnly: true },
      locale: { type: 'string', required: true, readOnly: true },
      expiresAt: { type: 'number', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byTime: { pk: { field: 'pk', composite: [] }, sk: { field: 'sk', composite: ['messageId'] } },
    },
  });
