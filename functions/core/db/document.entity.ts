import { Entity } from 'electrodb';
import {
  documentContentTypes,
  documentKinds,
  documentRejections,
  documentStatuses,
} from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * An uploaded file (issue 18): a patient's report on an appointment, or a doctor's verification
 * evidence. It lives in its scope's partition (the appointment, or the doctor applying), so one Query
 * lists an appointment's files and a get with another scope finds nothing. `ownerId` is the account the
 * file belongs to (the patient who booked, or the doctor), for listing everything one person holds
 * (gsi1). pending → ready once the worker has checked the bytes, or rejected (the object deleted).
 */
export const documentEntity = () =>
  new Entity({
    model: { entity: 'document', version: '1', service: SERVICE },
    attributes: {
      scopeId: { type: 'string', required: true, readOnly: true },
      documentId: { type: 'string', required: true, readOnly: true },
      scope: { type: ['appointment', 'owner'] as const, required: true, readOnly: true },
      ownerId: { type: 'string', required: true, readOnly: true },
      kind: { type: documentKinds, required: true, readOnly: true },
      fileName: { type: 'string', required: true, readOnly: true },
      contentType: { type: documentContentTypes, required: true, readOnly: true },
      /** Declared at upload; `measuredSize` is what the worker found. */
      size: { type: 'number', required: true, readOnly: true },
      measuredSize: { type: 'number' },
      key: { type: 'string', required: true, readOnly: true },
      status: { type: documentStatuses, required: true },
      rejection: { type: documentRejections },
      ...timestamps,
    },
    indexes: {
      byScope: {
        pk: { field: 'pk', composite: ['scopeId'] },
        sk: { field: 'sk', composite: ['documentId'] },
      },
      byOwner: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['ownerId'] },
        sk: { field: 'gsi1sk', composite: ['documentId'] },
      },
    },
  });
