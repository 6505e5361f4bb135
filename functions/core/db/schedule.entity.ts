import { Entity } from 'electrodb';
import { SERVICE, timestamps } from './common.ts';

/**
 * A doctor's weekly repeating schedule: one item per doctor. Slots are published from it on a rolling
 * window (functions/appointments/schedule.ts); `publishedThrough` is the last local date published, so
 * the daily extension only adds the days after it (a slot the doctor deleted is not brought back).
 *
 * The `all` index is one partition of gsi2 holding every schedule, for the daily extension (one
 * Query, never a Scan). One schedule per doctor keeps it small; past tens of thousands of doctors it
 * would get a shard suffix.
 */
export const scheduleEntity = () =>
  new Entity({
    model: { entity: 'schedule', version: '1', service: SERVICE },
    attributes: {
      doctorId: { type: 'string', required: true, readOnly: true },
      timeZone: { type: 'string', required: true },
      slotMinutes: { type: 'number', required: true },
      windows: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            weekday: { type: 'number', required: true },
            start: { type: 'string', required: true },
            end: { type: 'string', required: true },
          },
        },
      },
      breaks: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            start: { type: 'string', required: true },
            end: { type: 'string', required: true },
          },
        },
      },
      leaveDates: { type: 'list', required: true, items: { type: 'string' } },
      publishedThrough: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      byDoctor: { pk: { field: 'pk', composite: ['doctorId'] }, sk: { field: 'sk', composite: [] } },
      all: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: [] },
        sk: { field: 'gsi2sk', composite: ['doctorId'] },
      },
    },
  });
