import { Entity } from 'electrodb';
import { SERVICE } from './common.ts';

/**
 * One item per word of a verified doctor's name, so "shar" finds "Dr. Anita Sharma" with one Query
 * (begins_with on the token, inside the partition of its first letter). Written when a doctor is
 * verified or renamed, deleted when they are unlisted.
 */
export const doctorNameTokenEntity = () =>
  new Entity({
    model: { entity: 'doctorNameToken', version: '1', service: SERVICE },
    attributes: {
      doctorId: { type: 'string', required: true },
      token: { type: 'string', required: true },
      initial: { type: 'string', required: true },
      specialty: { type: 'string', required: true },
    },
    indexes: {
      byDoctor: { pk: { field: 'pk', composite: ['doctorId'] }, sk: { field: 'sk', composite: ['token'] } },
      byToken: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['initial'] },
        sk: { field: 'gsi1sk', composite: ['token', 'doctorId'] },
      },
    },
  });
