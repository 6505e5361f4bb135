/**
 * The transcription steps, one function per task state of lib/pipeline/transcription.asl.json:
 * MarkProcessing → Assemble → Transcribe → SaveTranscript → EmailBoth → MarkCompleted → DeleteAudio,
 * and MarkFailed when anything fails for good (it also emails the doctor). Each step is idempotent (Step Functions retries them)
 * and returns only small values; audio and transcript text travel through S3 and DynamoDB.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { s3 } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { COUNTERS, counterOps, dayBucket } from '../core/counters.ts';
import { entities, type TranscriptionItem } from '../core/db/index.ts';
import { logger } from '../core/logger.ts';
import { tryTransact } from '../core/transact.ts';
import {
  assembledKey,
  CHUNK_CONTENT_TYPE,
  chunkSeq,
  MAX_CHUNK_BYTES,
  markerKey,
  providerResultKey,
  recordingPrefix,
} from '../recordings/index.ts';
import { emailDoctorOfFailure, emailTranscript } from './emails.ts';
import { PipelineError, partyFailureMessage, RecordingError } from './errors.ts';
import { type TranscriptResult, transcribe } from './transcriber.ts';

export interface PipelineInput {
  appointmentId: string;
  recordingId: string;
  bucket?: string;
  Assemble?: { audioKey: string; chunks: number; expectedChunks: number; bytes: number; durationSec: number };
  Transcribe?: { resultKey: string };
  error?: { Error?: string; Cause?: string };
}

const bucket = () => config().RECORDINGS_BUCKET;
const MAX_RECORDING_BYTES = 300 * 1024 * 1024;
/** Opus in WebM as MediaRecorder writes it is about 8 KB a second; used only when the browser sent no duration. */
const BYTES_PER_SECOND_ESTIMATE = 8_000;

async function body(key: string): Promise<Buffer> {
  const out = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
  if (!out.Body) throw new Error(`${key}: the bucket answered without the object's body`);
  return Buffer.from(await out.Body.transformToByteArray());
}

async function loadTranscription(appointmentId: string): Promise<TranscriptionItem> {
  const { data } = await entities().transcription.get({ appointmentId }).go();
  if (!data) throw new PipelineError('The transcription record is missing.');
  return data;
}

export async function markProcessing(input: PipelineInput) {
  await entities()
    .transcription.upsert({
      appointmentId: input.appointmentId,
      recordingId: input.recordingId,
      status: 'PROCESSING',
    })
    .add({ attempts: 1 })
    .go();
  return { status: 'PROCESSING' };
}

/**
 * Joins the chunks in order into one file. Every object is checked again here (size and type),
 * because presigned-POST conditions are not enforced everywhere. A gap in the middle fails the run
 * with a clear reason rather than producing a silently partial transcript; chunks missing only at
 * the END (the browser died mid-upload) are accepted: that is the "lose at most 30 s" promise.
 */
export async function assemble(input: PipelineInput) {
  const prefix = recordingPrefix(input.appointmentId, input.recordingId);
  const listed = await s3().send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: prefix }));
  const chunks = (listed.Contents ?? [])
    .flatMap((o) => (o.Key ? [{ key: o.Key, seq: chunkSeq(o.Key) }] : []))
    .filter((c): c is { key: string; seq: number } => c.seq !== null)
    .sort((a, b) => a.seq - b.seq);
  const marker = JSON.parse(
    (await body(markerKey(input.appointmentId, input.recordingId))).toString('utf8'),
  ) as {
    chunks?: number;
    durationMs?: number | null;
  };
  const expected = marker.chunks ?? chunks.length;
  if (!chunks.length) throw new RecordingError('No audio was uploaded for this recording.');
  for (const [i, c] of chunks.entries()) {
    if (c.seq !== i)
      throw new RecordingError(
        `Audio chunk ${i + 1} of ${expected} is missing, so the recording cannot be transcribed in order.`,
      );
  }
  let bytes = 0;
  for (const c of chunks) {
    const head = await s3().send(new HeadObjectCommand({ Bucket: bucket(), Key: c.key }));
    if (head.ContentType !== CHUNK_CONTENT_TYPE)
      throw new RecordingError(
        `Audio chunk ${c.seq + 1} is not ${CHUNK_CONTENT_TYPE} (it is ${head.ContentType}).`,
      );
    if (!head.ContentLength || head.ContentLength > MAX_CHUNK_BYTES)
      throw new RecordingError(`Audio chunk ${c.seq + 1} has an invalid size (${head.ContentLength} bytes).`);
    bytes += head.ContentLength;
  }
  if (bytes > MAX_RECORDING_BYTES) throw new RecordingError('The recording is too large to transcribe.');
  // MediaRecorder's timeslice chunks are one WebM stream cut in pieces: in order, they concatenate into a valid file.
  const audio = Buffer.concat(await Promise.all(chunks.map((c) => body(c.key))));
  const audioKey = assembledKey(input.appointmentId, input.recordingId);
  await s3().send(
    new PutObjectCommand({ Bucket: bucket(), Key: audioKey, Body: audio, ContentType: CHUNK_CONTENT_TYPE }),
  );
  const durationSec = marker.durationMs ? marker.durationMs / 1000 : bytes / BYTES_PER_SECOND_ESTIMATE;
  return {
    audioKey,
    chunks: chunks.length,
    expectedChunks: expected,
    bytes,
    durationSec: Math.round(durationSec),
  };
}

export async function transcribeStep(input: PipelineInput) {
  const assembled = input.Assemble;
  if (!assembled) throw new PipelineError('Nothing was assembled to transcribe.');
  const result = await transcribe(await body(assembled.audioKey), {
    durationSec: assembled.durationSec,
    chunks: assembled.chunks,
  });
  if (assembled.chunks < assembled.expectedChunks) {
    const missing = assembled.expectedChunks - assembled.chunks;
    result.text = `${result.text}\n\n[Note: the last ${missing * 30} seconds of the consultation were not uploaded before the call ended; this transcript covers what was received.]`;
  }
  const resultKey = providerResultKey(input.appointmentId, input.recordingId);
  await s3().send(
    new PutObjectCommand({
      Bucket: bucket(),
      Key: resultKey,
      Body: JSON.stringify(result),
      ContentType: 'application/json',
    }),
  );
  return { resultKey, provider: result.provider };
}

/** DynamoDB items stop at 400 KB; a very long consultation keeps its text and drops the timings. */
const ITEM_BUDGET = 350_000;

export async function saveTranscript(input: PipelineInput) {
  if (!input.Transcribe) throw new PipelineError('There is no transcription result to save.');
  const result = JSON.parse((await body(input.Transcribe.resultKey)).toString('utf8')) as TranscriptResult;
  const fits = Buffer.byteLength(JSON.stringify(result)) < ITEM_BUDGET;
  await entities()
    .transcription.patch({ appointmentId: input.appointmentId })
    .set({
      provider: result.provider,
      text: fits ? result.text : result.text.slice(0, ITEM_BUDGET / 2),
      utterances: fits ? result.utterances : [],
      language: result.language ?? undefined,
      durationSec: result.durationSec,
    })
    .go();
  return { durationSec: result.durationSec, utterances: result.utterances.length };
}

export async function emailBoth(input: PipelineInput) {
  const [{ data: appointment }, transcription] = await Promise.all([
    entities().appointment.get({ appointmentId: input.appointmentId }).go(),
    loadTranscription(input.appointmentId),
  ]);
  if (!appointment) throw new PipelineError('The appointment no longer exists.');
  return emailTranscript(appointment, transcription);
}

export async function markCompleted(input: PipelineInput) {
  await entities()
    .transcription.patch({ appointmentId: input.appointmentId })
    .set({ status: 'COMPLETED' })
    .remove(['error', 'publicError'])
    .go();
  return { status: 'COMPLETED' };
}

/** The audio and the raw transcriber output go; the small marker stays as the record that it existed. */
export async function deleteAudio(input: PipelineInput) {
  if (config().KEEP_AUDIO === 'true') return { deleted: 0, kept: true };
  const prefix = recordingPrefix(input.appointmentId, input.recordingId);
  const listed = await s3().send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: prefix }));
  const keys = (listed.Contents ?? [])
    .flatMap((o) => (o.Key ? [o.Key] : []))
    .filter((k) => k !== markerKey(input.appointmentId, input.recordingId));
  await Promise.all(keys.map((Key) => s3().send(new DeleteObjectCommand({ Bucket: bucket(), Key }))));
  return { deleted: keys.length, kept: false };
}

/** A readable reason from Step Functions' {Error, Cause}; Lambda's Cause is JSON with errorMessage. */
export function readableError(error: PipelineInput['error']): string {
  const cause = error?.Cause ?? '';
  let message = cause;
  try {
    message = (JSON.parse(cause) as { errorMessage?: string }).errorMessage ?? cause;
  } catch {
    // not JSON: the cause is already a message
  }
  const kind =
    error?.Error && !['PipelineError', 'RecordingError'].includes(error.Error) ? `${error.Error}: ` : '';
  return `${kind}${message || 'The transcription failed.'}`.slice(0, 1000);
}

async function tellDoctor(input: PipelineInput) {
  const { data: appointment } = await entities().appointment.get({ appointmentId: input.appointmentId }).go();
  if (!appointment) return { sent: false };
  const kind = input.error?.Error === 'RecordingError' ? 'recording' : 'other';
  return emailDoctorOfFailure(appointment, input.recordingId, kind);
}

export async function markFailed(input: PipelineInput) {
  const now = new Date();
  const reason = readableError(input.error);
  // Counted once: the failed counter moves only with the first transition to FAILED.
  const result = await tryTransact((tx) => [
    tx.transcription
      .patch({ appointmentId: input.appointmentId })
      .set({ status: 'FAILED', error: reason, publicError: partyFailureMessage(input.error?.Error) })
      .where(({ status }, { ne }) => ne(status, 'FAILED'))
      .commit(),
    ...counterOps(tx, [
      [COUNTERS.transcriptionsFailed, 'total', 1],
      [COUNTERS.transcriptionsFailed, dayBucket(now), 1],
    ]),
  ]);
  // The doctor is told (once per recording), on a best-effort basis: the failure is recorded above and
  // listed in the admin console either way, and an email service that is down must not turn the
  // execution's end into a different error (MarkFailed has no Catch; its retries would run out).
  const told = await tellDoctor(input).catch((error) => {
    logger.error('doctor not told of the failed transcription', {
      appointmentId: input.appointmentId,
      error: error as Error,
    });
    return { sent: false };
  });
  return { status: 'FAILED', reason, counted: !result.canceled, doctorEmailed: told.sent };
}
