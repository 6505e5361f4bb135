/**
 * From a real call to the transcript: the doctor's browser records both voices into one stereo WebM
 * (doctor left, patient right), uploads it in 2-second chunks (`?chunkMs=2000`) while they talk, and
 * on "End call" stores the last chunk and closes the recording; the pipeline (offline transcriber in
 * this suite) completes the transcript for both parties and emails each of them.
 */
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { s3 } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { OFFLINE_NOTICE } from '../../functions/transcription/transcriber.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { settledTranscript } from '../helpers/recording.ts';
import {
  allowRecording,
  endCall,
  joinCall,
  openRoomAs,
  type RoomTab,
  traceOnFailure,
  videoPlays,
} from '../helpers/room-browser.ts';

let browser: Browser;
const tabs: RoomTab[] = [];

beforeAll(async () => {
  browser = await launchBrowser({ media: true });
});
afterAll(async () => {
  await Promise.all(tabs.map((t) => t.context.close().catch(() => undefined)));
  await browser?.close();
});

const until = <T>(read: () => Promise<T> | T, timeout = 30_000) =>
  expect.poll(read, { timeout, interval: 200 });

/** The WebM header's track description: channel count (EBML id 0x9F) and codec. */
function webmAudioTrack(bytes: Uint8Array) {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  let channels: number | null = null;
  for (let i = 0; i + 2 < Math.min(bytes.length, 4096); i++) {
    // Channels: id 0x9F, a one-byte size (0x81), then the value.
    if (bytes[i] === 0x9f && bytes[i + 1] === 0x81) {
      channels = bytes[i + 2]!;
      break;
    }
  }
  return { isWebm: bytes[0] === 0x1a && bytes[1] === 0x45, opus: text.includes('A_OPUS'), channels };
}

describe('recording a consultation', () => {
  it('records both voices in the doctor’s browser and delivers the transcript to both parties', async () => {
    const { doctor, patient, appointmentId } = await confirmedAppointment(5, {
      doctor: 'Kavya',
      patient: 'Meera',
    });
    const d = await openRoomAs(browser, doctor, appointmentId, { extraQuery: '&chunkMs=2000' });
    const p = await openRoomAs(browser, patient, appointmentId);
    tabs.push(d, p);
    traceOnFailure(onTestFailed, { doctor: d, patient: p });

    // Watch the doctor's chunk uploads: presign (our API) then the POST to the bucket.
    const presigned: number[] = [];
    d.page.on('request', (request: Request) => {
      if (
        request.method() === 'POST' &&
        /\/api\/appointments\/[^/]+\/recordings$/.test(new URL(request.url()).pathname)
      )
        presigned.push(JSON.parse(request.postData() ?? '{}').seq);
    });

    await joinCall(p.page);
    await joinCall(d.page);
    await Promise.all([videoPlays(d.page, 'remote-video'), videoPlays(p.page, 'remote-video')]);

    // Nothing is recorded until the patient agrees, in the call.
    await p.page.getByTestId('recording-consent-ask').waitFor();
    await expect
      .poll(() => d.page.getByTestId('recording-indicator').textContent())
      .toBe('Waiting for Meera Das to agree to recording');
    expect(presigned).toEqual([]);
    await screenshot(p.page, 'recording-consent-ask-patient');
    await allowRecording(p.page);

    // Recording runs in the doctor's browser; the patient sees it too.
    await until(() => d.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('on');
    await until(() => p.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('on');
    await expect.poll(() => d.page.getByTestId('recording-toggle').getAttribute('aria-pressed')).toBe('true');

    // A few seconds of talk: at least three 2-second chunks go up, in order, none skipped.
    await until(() => new Set(presigned).size, 60_000).toBeGreaterThanOrEqual(3);
    expect([...new Set(presigned)].slice(0, 3)).toEqual([0, 1, 2]);

    // The first chunk in the bucket: WebM, Opus, TWO channels (doctor left, patient right).
    const bucket = config().RECORDINGS_BUCKET;
    const firstChunkKey = async () =>
      (
        await s3().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `recordings/${appointmentId}/` }))
      ).Contents?.map((o) => o.Key!).find((k) => k.endsWith('/00000.webm')) ?? null;
    await until(firstChunkKey).not.toBeNull();
    const firstKey = (await firstChunkKey())!;
    const first = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: firstKey }));
    expect(first.ContentType).toBe('audio/webm');
    expect(webmAudioTrack(await first.Body!.transformToByteArray())).toEqual({
      isWebm: true,
      opus: true,
      channels: 2,
    });

    await screenshot(d.page, 'recording-doctor-desktop');

    // The patient reloads mid-call: the doctor's recorder keeps going (the new remote audio track is
    // wired into the same mixer), so chunk numbers simply continue: one recording, never a second 0.
    const beforeReload = new Set(presigned).size;
    await p.page.reload();
    await joinCall(p.page);
    await Promise.all([videoPlays(d.page, 'remote-video'), videoPlays(p.page, 'remote-video')]);
    await until(() => new Set(presigned).size, 60_000).toBeGreaterThanOrEqual(beforeReload + 2);
    // (A retried upload asks for the same number again; numbers never skip or restart.)
    const numbers = [...new Set(presigned)];
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(presigned.filter((seq) => seq === 0)).toHaveLength(1);
    await expect.poll(() => d.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('on');

    // The patient withdraws consent: the doctor's recorder saves what it has and stops, and both see it.
    await p.page.getByTestId('recording-consent-toggle').click();
    await until(() => p.page.getByTestId('recording-consent-toggle').getAttribute('aria-pressed')).toBe(
      'false',
    );
    await until(() => d.page.getByTestId('recording-indicator').textContent(), 60_000).toBe(
      'Recording stopped: consent withdrawn',
    );
    await until(() => p.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('off');
    const stored = await doctor.client.get(`/api/appointments/${appointmentId}`);
    expect(stored.body.appointment.recordingConsent).toBe('withdrawn');
    expect(
      stored.body.consents
        .filter((c: { kind: string }) => c.kind === 'recording')
        .map((c: { action: string; by: string }) => `${c.action}:${c.by}`),
    ).toEqual(['given:patient', 'withdrawn:patient']);
    await endCall(d.page);
    // The last chunk is stored before the recording is closed (finish is sent after it).
    await until(() => d.page.getByTestId('ended-recording').getAttribute('data-state'), 60_000).toBe('saved');
    await screenshot(d.page, 'recording-saved-desktop');
    await p.page.getByTestId('call-ended').waitFor();
    await expect
      .poll(() => p.page.getByTestId('ended-recording').getAttribute('data-state'))
      .toBe('recorded');

    // The pipeline completes the transcript for both parties.
    for (const user of [doctor, patient]) {
      const transcript = await settledTranscript(user, appointmentId, 90_000);
      expect(transcript.status).toBe('COMPLETED');
      expect(transcript.text.startsWith('Offline transcriber: no speech recognition was performed')).toBe(
        true,
      );
      expect(transcript.text).toContain(OFFLINE_NOTICE);
      const [, seconds, chunks] =
        /Audio received: (\d+) seconds in (\d+) chunks?/.exec(transcript.text) ?? [];
      expect(Number(chunks)).toBeGreaterThanOrEqual(5);
      expect(Number(seconds)).toBeGreaterThanOrEqual(4);
    }

    // One transcript email to each party.
    const mailbox = inject('twin').mailboxUrl;
    const transcriptMails = async () =>
      (await readMailbox(mailbox)).filter(
        (m) =>
          m.subject.startsWith('Transcript') &&
          (m.destination.to.includes(doctor.email) || m.destination.to.includes(patient.email)),
      );
    await until(async () => (await transcriptMails()).length, 60_000).toBe(2);
    const mails = await transcriptMails();
    expect(mails.filter((m) => m.destination.to.includes(doctor.email))).toHaveLength(1);
    expect(mails.filter((m) => m.destination.to.includes(patient.email))).toHaveLength(1);

    // The appointment's record shows both answers.
    await p.page.goto(`${inject('twin').url}/appointments/view/?id=${appointmentId}`);
    await until(() => p.page.getByTestId('recording-consent-event').count()).toBe(2);
    await expect
      .poll(() =>
        p.page
          .getByTestId('recording-consent-event')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))),
      )
      .toEqual(['given', 'withdrawn']);

    expect(d.errors.problems()).toEqual([]);
    expect(p.errors.problems()).toEqual([]);
  }, 300_000);
});
