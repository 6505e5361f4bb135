import { Entity } from 'electrodb';
import { slotStates } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * A doctor's bookable time. Instants are UTC ISO strings; `timeZone` is the doctor's IANA zone and
 * `localDate` the slot's date there (what "free on a date" means).
 *
 * The freeByDate index is sparse: `freeOn` holds the local date while the slot is free and is
 * cleared ('' or removed) when it is held or booked. ElectroDB rebuilds that key only when `freeOn` is
 * in the write, so every status change writes `freeOn` too (see the booking domain).
 */
export const slotEntity = () =>
  new Entity({
    model: { entity: 'slot', version: '1', service: SERVICE },
    attributes: {
      doctorId: { type: 'string', required: true, readOnly: true },
      startAt: { type: 'string', required: true, readOnly: true },
      endAt: { type: 'string', required: true },
      timeZone: { type: 'string', required: true },
      localDate: { type: 'string', required: true },
      status: { type: slotStates, required: true },
      appointmentId: { type: 'string' },
      freeOn: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      byDoctor: { pk: { field: 'pk', composite: ['doctorId'] }, sk: { field: 'sk', composite: ['startAt'] } },
      freeByDate: {
        index: 'gsi1',
        condition: (a) => Boolean(a.freeOn),
        pk: { field: 'gsi1pk', composite: ['freeOn'] },
        sk: { field: 'gsi1sk', composite: ['startAt', 'doctorId'] },
      },
    },
  });
