import { Entity } from 'electrodb';
import { SERVICE } from './common.ts';

/**
 * A record kept after its patient erased their account (functions/privacy/erasure.ts), and when it must
 * go: `consultation` (the appointment with its prescriptions, chat, consents and transcript; TPG 2020
 * keeps them 3 years) or `tax` (the payment and its GST receipt; CGST Act 2017 s.36). One partition,
 * ordered by purge time, so the sweeper reads what is due with one Query.
 */
export const retentionEntity = () =>
  new Entity({
    model: { entity: 'retention', version: '1', service: SERVICE },
    attributes: {
      purgeAt: { type: 'string', required: true, readOnly: true },
      appointmentId: { type: 'string', required: true, readOnly: true },
      kind: { type: ['consultation', 'tax'] as const, required: true, readOnly: true },
    },
    indexes: {
      due: {
        pk: { field: 'pk', composite: [] },
        sk: { field: 'sk', composite: ['purgeAt', 'appointmentId', 'kind'] },
      },
    },
  });
