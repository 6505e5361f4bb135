/** Uploading recording chunks exactly as the doctor's browser does: presign, then a multipart POST to S3. */
import { expect, inject } from 'vitest';
import { confirmedAppointment } from './appointments.ts';
import type { TestUser } from './users.ts';
import { until } from './wait.ts';

/** A few bytes that start like a WebM file; the fake transcriber does not decode audio. */
export const fakeWebm = (seq: number, size = 2048) => {
  const bytes = new Uint8Array(size).fill(seq + 1);
  bytes.set([0x1a, 0x45, 0xdf, 0xa3], 0);
  return bytes;
};

/** The patient's yes to recording, as the room's consent card sends it (nothing is recorded without it). */
export async function agreeToRecording(patient: TestUser, appointmentId: string) {
  const res = await patient.client.post(`/api/appointments/${appointmentId}/recording-consent`, {
    consent: 'given',
  });
  expect(res.status, res.text).toBe(200);
}

/** A paid appointment in its join window whose patient has agreed to recording. */
export async function recordableAppointment(...args: Parameters<typeof confirmedAppointment>) {
  const booked = await confirmedAppointment(...args);
  await agreeToRecording(booked.patient, booked.appointmentId);
  return booked;
}

export async function uploadChunk(
  doctor: TestUser,
  appointmentId: string,
  seq: number,
  recordingId?: string,
  type = 'audio/webm',
) {
  const presigned = await doctor.client.post(`/api/appointments/${appointmentId}/recordings`, {
    seq,
    ...(recordingId ? { recordingId } : {}),
  });
  expect(presigned.status, presigned.text).toBe(200);
  const form = new FormData();
  for (const [k, v] of Object.entries(presigned.body.fields as Record<string, string>))
    form.append(k, k === 'Content-Type' ? type : v);
  form.append('file', new Blob([fakeWebm(seq)], { type }));
  const uploaded = await fetch(presigned.body.url, { method: 'POST', body: form });
  expect(uploaded.status, await uploaded.clone().text()).toBeLessThan(300);
  return presigned.body.recordingId as string;
}

export async function finish(
  doctor: TestUser,
  appointmentId: string,
  recordingId: string,
  durationMs = 65_000,
) {
  const res = await doctor.client.post(
    `/api/appointments/${appointmentId}/recordings/${recordingId}/finish`,
    { durationMs },
  );
  expect(res.status, res.text).toBe(200);
  return res.body as { closed: boolean };
}

/** Polls the transcript until the pipeline settles (COMPLETED or FAILED). */
export function settledTranscript(user: TestUser, appointmentId: string, timeoutMs = 30_000) {
  return until(
    async () => {
      const res = await user.client.get(`/api/appointments/${appointmentId}/transcription`);
      const settled = res.status === 200 && ['COMPLETED', 'FAILED'].includes(res.body.transcription.status);
      return settled && res.body.transcription;
    },
    { what: `the transcript of ${appointmentId} to be COMPLETED or FAILED`, timeoutMs, intervalMs: 200 },
  );
}

export async function programDeepgram(statuses: number[]) {
  const url = inject('twin').deepgramUrl;
  if (!url) throw new Error('No fake Deepgram in this suite');
  await fetch(`${url}/__program`, { method: 'POST', body: JSON.stringify({ statuses }) });
}
