import * as z from 'zod';
import { auditStore } from '../core/audit-store.ts';
import { entities } from '../core/db/index.ts';
import { notFound } from '../core/errors.ts';
import { httpHandler, operation } from '../core/http.ts';
import { partyFailureMessages, transcriptText } from '../transcription/index.ts';
import { finishByDoctor, presignChunk } from './recordings.ts';

const ulidString = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Expected a recording id.');

export const handler = httpHandler('recordings', auditStore, {
  presignRecordingChunk: operation({
    params: z.object({ id: z.uuid() }),
    body: z
      .object({
        recordingId: ulidString.optional(),
        seq: z.number({ error: 'seq is the chunk number, from 0.' }).int().min(0),
      })
      .strict(),
    run: async ({ appointment, body }) => presignChunk(appointment, body),
  }),
  finishRecording: operation({
    params: z.object({ id: z.uuid(), recordingId: ulidString }),
    body: z
      .object({
        durationMs: z
          .number()
          .int()
          .min(0)
          .max(6 * 3600_000)
          .optional(),
      })
      .strict(),
    run: async ({ auth, appointment, params, body }) =>
      finishByDoctor(appointment, auth, params.recordingId, body.durationMs),
  }),
  getTranscription: operation({
    params: z.object({ id: z.uuid() }),
    // Audited (functions/contract/routes.ts): every answer, with or without the text yet, is recorded
    // before it leaves.
    run: async ({ appointment, audit }) => {
      const { data: t } = await entities()
        .transcription.get({ appointmentId: appointment.appointmentId })
        .go();
      if (!t) throw notFound('There is no transcript for this consultation yet.');
      audit.note(`status=${t.status}`);
      return {
        transcription: {
          status: t.status,
          provider: t.provider ?? null,
          language: t.language ?? null,
          durationSec: t.durationSec ?? null,
          text: t.status === 'COMPLETED' ? (t.text ?? '') : null,
          utterances: t.status === 'COMPLETED' ? (t.utterances ?? []) : [],
          plainText: t.status === 'COMPLETED' ? transcriptText(t) : null,
          // A plain sentence: the detail (t.error) is for admins.
          error: t.status === 'FAILED' ? (t.publicError ?? partyFailureMessages.other) : null,
          updatedAt: t.updatedAt,
        },
      };
    },
  }),
});
