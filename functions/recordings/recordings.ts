/**
 * Recording a consultation so that a crashed browser loses at most the last 30 seconds: the doctor's
 * browser uploads a chunk every 30 s straight to S3 through a presigned POST (content-type and size
 * conditions; the pipeline re-checks every object because not every S3 implementation enforces them),
 * and the recording is closed by ONE final marker object, written by whichever comes first: the
 * doctor ending the call, or the sweeper noticing the uploads stopped.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { monotonicFactory } from 'ulid';
import { canJoin } from '../appointments/index.ts';
import type { RecordingChunkPermit } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import { s3 } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { type AppointmentItem, entities } from '../core/db/index.ts';
import { badRequest, conflict, isConditionalCheckFailed, notFound } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { CHUNK_CONTENT_TYPE, chunkKey, MAX_CHUNK_BYTES, MAX_CHUNKS, markerKey } from './keys.ts';

// Pure: a context that imports recordings without starting one leaves the ULID factory out.
const nextRecordingId = /* @__PURE__ */ monotonicFactory();
const PRESIGN_SECONDS = 300;
/** Chunks come every 30 s; two minutes of silence means the browser is gone. */
export const STALE_AFTER_MS = 2 * 60_000;

/** A presigned POST for the next chunk; starts a recording when no recordingId is given. */
export async function presignChunk(
  a: AppointmentItem,
  input: { recordingId?: string; seq: number },
  now = new Date(),
): Promise<RecordingChunkPermit> {
  if (a.recordingEnabled === false)
    throw conflict('Recording is turned off for this consultation.', 'recording_disabled');
  if (!canJoin(a, now)) throw conflict('Recording is only possible during the consultation.', 'not_joinable');
  // The patient's consent, given in the room and withdrawable (functions/chat/consent.ts). After a
  // withdrawal only the tail of the open recording may still go up (checked below).
  const consented = a.recordingConsent === 'given';
  const refuseWithoutConsent = () =>
    conflict('The patient has not agreed to recording, or withdrew it.', 'recording_consent_required');
  if (!consented && !input.recordingId) throw refuseWithoutConsent();
  if (input.seq >= MAX_CHUNKS)
    throw badRequest(`A recording has at most ${MAX_CHUNKS} chunks.`, { seq: ['Too many chunks.'] });
  let recordingId = input.recordingId;
  if (!recordingId) {
    if (input.seq !== 0) throw badRequest('A new recording starts with chunk 0.', { seq: ['Start at 0.'] });
    recordingId = nextRecordingId();
    await entities()
      .recording.create({
        appointmentId: a.appointmentId,
        recordingId,
        status: 'OPEN',
        nextSeq: 1,
        lastChunkAt: now.toISOString(),
      })
      .go();
  } else {
    const { data: recording } = await entities()
      .recording.get({ appointmentId: a.appointmentId, recordingId })
      .go();
    if (!recording) throw notFound('Recording not found.');
    if (!consented && (recording.tailSeq === undefined || input.seq > recording.tailSeq))
      throw refuseWithoutConsent();
    if (recording.status !== 'OPEN') throw conflict('This recording is already closed.', 'recording_closed');
    // Chunks go up one at a time; asking again for one already granted (a retried upload) is fine.
    if (input.seq > recording.nextSeq)
      throw badRequest(`Upload chunk ${recording.nextSeq} next.`, {
        seq: [`Expected ${recording.nextSeq}.`],
      });
    try {
      await entities()
        .recording.patch({ appointmentId: a.appointmentId, recordingId })
        .set({ lastChunkAt: now.toISOString(), nextSeq: Math.max(recording.nextSeq, input.seq + 1) })
        .where(({ status, nextSeq }, { eq }) => `${eq(status, 'OPEN')} AND ${eq(nextSeq, recording.nextSeq)}`)
        .go();
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      throw conflict(
        'The recording changed meanwhile (closed, or another upload). Please retry.',
        'recording_changed',
      );
    }
  }
  const key = chunkKey(a.appointmentId, recordingId, input.seq);
  const post = await createPresignedPost(s3(), {
    Bucket: config().RECORDINGS_BUCKET,
    Key: key,
    Conditions: [
      ['content-length-range', 1, MAX_CHUNK_BYTES],
      ['eq', '$Content-Type', CHUNK_CONTENT_TYPE],
    ],
    Fields: { 'Content-Type': CHUNK_CONTENT_TYPE },
    Expires: PRESIGN_SECONDS,
  });
  return {
    recordingId,
    seq: input.seq,
    key,
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(now.getTime() + PRESIGN_SECONDS * 1000).toISOString(),
  };
}

/**
 * Closes the recording once (OPEN → CLOSED) and writes its final marker, which starts the pipeline.
 * A second close is a no-op, so the doctor's "end call" and the sweeper cannot start two runs.
 */
export async function closeRecording(
  appointmentId: string,
  recordingId: string,
  closedBy: 'doctor' | 'sweeper',
  durationMs: number | undefined,
  now = new Date(),
): Promise<{ closed: boolean }> {
  let chunks: number;
  try {
    const { data } = await entities()
      .recording.patch({ appointmentId, recordingId })
      .set({ status: 'CLOSED' })
      .where(({ status }, { eq }) => eq(status, 'OPEN'))
      .go({ response: 'all_new' });
    chunks = data.nextSeq ?? 0;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const { data } = await entities().recording.get({ appointmentId, recordingId }).go();
    if (!data) throw notFound('Recording not found.');
    return { closed: false };
  }
  try {
    await s3().send(
      new PutObjectCommand({
        Bucket: config().RECORDINGS_BUCKET,
        Key: markerKey(appointmentId, recordingId),
        ContentType: 'application/json',
        Body: JSON.stringify({
          appointmentId,
          recordingId,
          chunks,
          durationMs: durationMs ?? null,
          closedBy,
          closedAt: now.toISOString(),
        }),
      }),
    );
  } catch (error) {
    // No marker, no transcription: reopen, so that the doctor's retry (or else the sweeper) closes
    // it again and writes the marker then. A CLOSED recording without its marker would be lost.
    await entities()
      .recording.patch({ appointmentId, recordingId })
      .set({ status: 'OPEN' })
      .where(({ status }, { eq }) => eq(status, 'CLOSED'))
      .go()
      .catch((reopen) =>
        logger.error('recording closed without its marker', {
          appointmentId,
          recordingId,
          error: reopen as Error,
        }),
      );
    throw error;
  }
  return { closed: true };
}

export async function finishByDoctor(
  a: AppointmentItem,
  auth: AuthContext,
  recordingId: string,
  durationMs: number | undefined,
) {
  if (auth.userId !== a.doctorId) throw notFound();
  return closeRecording(a.appointmentId, recordingId, 'doctor', durationMs);
}

/** The sweeper's half: recordings whose uploads stopped more than two minutes ago. */
export async function closeStaleRecordings(now = new Date()) {
  const { data } = await entities()
    .recording.query.byStatus({ status: 'OPEN' })
    .lte({ lastChunkAt: new Date(now.getTime() - STALE_AFTER_MS).toISOString() })
    .go({ limit: 50 });
  let closed = 0;
  for (const r of data)
    if ((await closeRecording(r.appointmentId, r.recordingId, 'sweeper', undefined, now)).closed) closed++;
  return { examined: data.length, closed };
}
