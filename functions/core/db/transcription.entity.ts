import { Entity } from 'electrodb';
import { transcriptionStatuses } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/** The transcript of one appointment's recording; by status for the admin's failed list and retries. */
export const transcriptionEntity = () =>
  new Entity({
    model: { entity: 'transcription', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      recordingId: { type: 'string', required: true },
      status: { type: transcriptionStatuses, required: true },
      provider: { type: 'string' },
      text: { type: 'string' },
      utterances: {
        type: 'list',
        items: {
          type: 'map',
          properties: {
            speaker: { type: 'string', required: true },
            start: { type: 'number', required: true },
            end: { type: 'number', required: true },
            text: { type: 'string', required: true },
          },
        },
      },
      language: { type: 'string' },
      durationSec: { type: 'number' },
      /** The detail, for admins (it can hold a provider's or an SDK's own words). */
      error: { type: 'string' },
      /** What the parties are told (functions/transcription/errors.ts). */
      publicError: { type: 'string' },
      executionName: { type: 'string' },
      attempts: { type: 'number', default: 0 },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: [] },
      },
      byStatus: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['status'] },
        sk: { field: 'gsi1sk', composite: ['updatedAt', 'appointmentId'] },
      },
    },
  });

/** A recording in progress: its uploaded chunks, until closed by the marker or the sweeper. */
export const recordingEntity = () =>
  new Entity({
    model: { entity: 'recording', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      recordingId: { type: 'string', required: true, readOnly: true },
      status: { type: ['OPEN', 'CLOSED'] as const, required: true },
      nextSeq: { type: 'number', required: true, default: 0 },
      /**
       * Set when consent was withdrawn during this recording: the last chunk that may still go up, the
       * one being captured at that moment (recorded while consent stood); nothing after it.
       */
      tailSeq: { type: 'number' },
      lastChunkAt: { type: 'string', required: true },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: ['recordingId'] },
      },
      byStatus: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['status'] },
        sk: { field: 'gsi1sk', composite: ['lastChunkAt', 'recordingId'] },
      },
    },
  });
