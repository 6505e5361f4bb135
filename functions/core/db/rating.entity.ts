import { Entity } from 'electrodb';
import { ratingModerations } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * A patient's rating of a completed visit (functions/appointments/ratings.ts): stars, and an optional
 * comment that anyone sees only once an admin approved it. The doctor's aggregate is not here but on
 * the doctor's user item (`ratingTotal`, `ratingCount`), moved in the same transaction as every put or
 * edit, so a listing never sums ratings.
 *
 * Access patterns, each one Query or GetItem on the table's existing indexes (no new GSI):
 * - by appointment (table key): at most one rating per appointment, enforced by create's
 *   attribute_not_exists on this key;
 * - by rating id (gsi1): the doctor's reply and the admin's decision name the rating, not the visit,
 *   so that a public comment never carries its appointment id;
 * - a doctor's comments in one moderation state, newest first (gsi2: doctor + state, by ratedAt): the
 *   public list reads the `approved` partition;
 * - all comments in one state, oldest first (gsi3: state, by commentedAt): the admin's `pending` queue.
 *
 * ElectroDB rebuilds a GSI key only when all of that index's composite attributes are in the write
 * (user.entity.ts found this by experiment), so every update sets `keyAttributes` of the rating again.
 * The composites other than the table key are therefore not readOnly.
 */
export const ratingEntity = () =>
  new Entity({
    model: { entity: 'rating', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      ratingId: { type: 'string', required: true },
      doctorId: { type: 'string', required: true },
      /** The account holder who booked (and so rates) the visit. */
      patientId: { type: 'string', required: true, readOnly: true },
      stars: { type: 'number', required: true },
      comment: { type: 'string' },
      moderation: { type: ratingModerations, required: true },
      /** When the visit was first rated: the public order, and the start of the edit window. */
      ratedAt: { type: 'string', required: true },
      /** When the current comment was written (ratedAt when there is none): the moderation queue's order. */
      commentedAt: { type: 'string', required: true },
      /** Grows with every change; edits and admin decisions are conditional on the one they read. */
      revision: { type: 'number', required: true },
      reply: { type: 'string' },
      repliedAt: { type: 'string' },
      moderatedAt: { type: 'string' },
      moderatedBy: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: [] },
      },
      byId: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['ratingId'] },
        sk: { field: 'gsi1sk', composite: [] },
      },
      byDoctor: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['doctorId', 'moderation'] },
        sk: { field: 'gsi2sk', composite: ['ratedAt', 'ratingId'] },
      },
      byModeration: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['moderation'] },
        sk: { field: 'gsi3sk', composite: ['commentedAt', 'ratingId'] },
      },
    },
  });
