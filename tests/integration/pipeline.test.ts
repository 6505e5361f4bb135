import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { describe, expect, inject, it } from 'vitest';
import { s3, sfn } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { entities } from '../../functions/core/db/index.ts';
import { chunkKey, markerKey } from '../../functions/recordings/keys.ts';
import { closeStaleRecordings } from '../../functions/recordings/recordings.ts';
import { executionName } from '../../functions/recordings/start-transcription.ts';
import { handler as starter } from '../../functions/recordings/starter.ts';
import { partyFailureMessages } from '../../functions/transcription/errors.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import type { ErrorBody } from '../helpers/api.ts';
import {
  finish,
  programDeepgram,
  recordableAppointment,
  settledTranscript,
  uploadChunk,
} from '../helpers/recording.ts';
import { latestEmailTo, registerAndSignIn, signIn } from '../helpers/users.ts';

const objectsUnder = async (prefix: string) =>
  (
    (await s3().send(new ListObjectsV2Command({ Bucket: config().RECORDINGS_BUCKET, Prefix: prefix })))
      .Contents ?? []
  ).map((o) => o.Key!);

/** What the admin console shows for a failed transcription: the detail the parties do not see. */
async function adminDetail(appointmentId: string): Promise<string | null> {
  const admin = await signIn(demoPeople.admin.email);
  const res = await admin.client.get(`/api/admin/appointments/${appointmentId}`);
  expect(res.status, res.text).toBe(200);
  return res.body.transcription.error;
}

const transcriptEmails = async (appointmentId: string) =>
  (await readMailbox(inject('twin').mailboxUrl)).filter(
    (e) => e.subject.startsWith('Transcript') && (e.body.text ?? '').includes(appointmentId),
  );

describe('recording → transcript → emails', () => {
  it('transcribes the uploaded chunks with Doctor/Patient labels, emails both parties once and deletes the audio', async () => {
    const { doctor, patient, appointmentId } = await recordableAppointment(5);
    const recordingId = await uploadChunk(doctor, appointmentId, 0);
    await uploadChunk(doctor, appointmentId, 1, recordingId);
    await uploadChunk(doctor, appointmentId, 2, recordingId);
    expect(await finish(doctor, appointmentId, recordingId)).toEqual({ closed: true });
    expect(await finish(doctor, appointmentId, recordingId)).toEqual({ closed: false });

    const t = await settledTranscript(patient, appointmentId);
    expect(t.status, t.error).toBe('COMPLETED');
    expect(t.provider).toBe('deepgram');
    expect(t.language).toBe('en');
    expect(t.durationSec).toBe(42.5);
    expect(t.utterances.map((u: { speaker: string }) => u.speaker)).toEqual([
      'Doctor',
      'Patient',
      'Doctor',
      'Patient',
    ]);
    expect(t.plainText).toContain('[0:04] Patient: I have had a dry cough for a week.');

    await expect.poll(async () => (await transcriptEmails(appointmentId)).length).toBe(2);
    const emails = await transcriptEmails(appointmentId);
    expect(emails.flatMap((e) => e.destination.to).sort()).toEqual([doctor.email, patient.email].sort());
    expect(emails[0]!.body.text).toContain('Doctor: Hello Arjun');

    const keys = await objectsUnder(`recordings/${appointmentId}/${recordingId}/`);
    expect(keys).toEqual([markerKey(appointmentId, recordingId)]);
    const { data: audit } = await entities().auditEvent.query.bySubject({ subjectId: appointmentId }).go();
    expect(audit.some((e) => e.action === 'transcript.read' && e.actorId === patient.userId)).toBe(true);

    const stranger = await registerAndSignIn('patient');
    expect((await stranger.client.get(`/api/appointments/${appointmentId}/transcription`)).status).toBe(404);
  });

  it('retries Deepgram 500s with backoff and completes', async () => {
    const { doctor, appointmentId } = await recordableAppointment(5);
    await programDeepgram([500, 503]);
    const recordingId = await uploadChunk(doctor, appointmentId, 0);
    await finish(doctor, appointmentId, recordingId);
    const t = await settledTranscript(doctor, appointmentId);
    expect(t.status, t.error).toBe('COMPLETED');
    const { data } = await entities().transcription.get({ appointmentId }).go();
    expect(data?.attempts).toBe(1);
  });

  it('fails for good on a Deepgram 400, with Deepgram’s reason, and counts it', async () => {
    const { doctor, appointmentId } = await recordableAppointment(5);
    const before =
      (await entities().counter.get({ name: 'transcriptions.failed', bucket: 'total' }).go()).data?.value ??
      0;
    await programDeepgram([400]);
    const recordingId = await uploadChunk(doctor, appointmentId, 0);
    await finish(doctor, appointmentId, recordingId);
    const t = await settledTranscript(doctor, appointmentId);
    expect(t.status).toBe('FAILED');
    // The parties read a plain sentence; Deepgram's own words are kept for the admins.
    expect(t.error).toBe(partyFailureMessages.other);
    expect(JSON.stringify(t)).not.toMatch(/Deepgram|Bad Request/);
    expect(await adminDetail(appointmentId)).toMatch(
      /Deepgram refused the audio \(400\): Bad Request: failed to process audio/,
    );
    const after =
      (await entities().counter.get({ name: 'transcriptions.failed', bucket: 'total' }).go()).data?.value ??
      0;
    expect(after - before).toBe(1);
    expect(await transcriptEmails(appointmentId)).toHaveLength(0);
    // The doctor is told in their language what that means and what to do; the patient gets no email.
    const told = await latestEmailTo(doctor.email, 'No transcript');
    expect(told.body.text).toContain(appointmentId);
    expect(told.body.text).toContain('The transcription service could not process it.');
    expect(told.body.text).toContain('consultation notes and any prescription you issued still stand');
    expect(told.body.text).toContain('an admin can retry it');
  });

  it('starts one execution and sends one pair of emails when the same S3 event arrives three times', async () => {
    const { doctor, appointmentId } = await recordableAppointment(5);
    const recordingId = await uploadChunk(doctor, appointmentId, 0);
    await finish(doctor, appointmentId, recordingId);
    const event = {
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: {
            bucket: { name: config().RECORDINGS_BUCKET },
            object: { key: markerKey(appointmentId, recordingId) },
          },
        },
      ],
    };
    await Promise.all([starter(event as never), starter(event as never), starter(event as never)]);
    expect((await settledTranscript(doctor, appointmentId)).status).toBe('COMPLETED');
    // Every start used the one name the recording gives; once that execution has finished, no other
    // can still be sending emails.
    const machine = config().STATE_MACHINE_ARN ?? '';
    const executionArn = `${machine.replace(':stateMachine:', ':execution:')}:${executionName(recordingId)}`;
    await expect
      .poll(async () => (await sfn().send(new DescribeExecutionCommand({ executionArn }))).status)
      .toBe('SUCCEEDED');
    expect(await transcriptEmails(appointmentId)).toHaveLength(2);
  });

  it('fails with a clear reason when a chunk in the middle is missing, or an object is not audio', async () => {
    const gap = await recordableAppointment(5);
    const recordingId = await uploadChunk(gap.doctor, gap.appointmentId, 0);
    await uploadChunk(gap.doctor, gap.appointmentId, 1, recordingId);
    await uploadChunk(gap.doctor, gap.appointmentId, 2, recordingId);
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await s3().send(
      new DeleteObjectCommand({
        Bucket: config().RECORDINGS_BUCKET,
        Key: chunkKey(gap.appointmentId, recordingId, 1),
      }),
    );
    await finish(gap.doctor, gap.appointmentId, recordingId);
    expect((await settledTranscript(gap.doctor, gap.appointmentId)).error).toBe(
      partyFailureMessages.recording,
    );
    expect(await adminDetail(gap.appointmentId)).toBe(
      'Audio chunk 2 of 3 is missing, so the recording cannot be transcribed in order.',
    );
    expect((await latestEmailTo(gap.doctor.email, 'No transcript')).body.text).toContain(
      'Part of the recording did not reach us',
    );

    const wrongType = await recordableAppointment(5);
    const id2 = await uploadChunk(wrongType.doctor, wrongType.appointmentId, 0);
    // An object that slipped past the POST policy (the emulator, like some S3 clones, does not enforce it).
    await s3().send(
      new PutObjectCommand({
        Bucket: config().RECORDINGS_BUCKET,
        Key: chunkKey(wrongType.appointmentId, id2, 0),
        Body: 'hello',
        ContentType: 'text/plain',
      }),
    );
    await finish(wrongType.doctor, wrongType.appointmentId, id2);
    expect((await settledTranscript(wrongType.doctor, wrongType.appointmentId)).error).toBe(
      partyFailureMessages.recording,
    );
    expect(await adminDetail(wrongType.appointmentId)).toBe(
      'Audio chunk 1 is not audio/webm (it is text/plain).',
    );
  });

  it('transcribes what arrived when the browser died: the sweeper closes the recording and says what is missing', async () => {
    const { doctor, appointmentId } = await recordableAppointment(5);
    const recordingId = await uploadChunk(doctor, appointmentId, 0);
    // Chunk 1 was granted but its upload never finished: the browser closed.
    await doctor.client.post(`/api/appointments/${appointmentId}/recordings`, { seq: 1, recordingId });
    expect((await closeStaleRecordings(new Date(Date.now() + 3 * 60_000))).closed).toBeGreaterThanOrEqual(1);
    const t = await settledTranscript(doctor, appointmentId);
    expect(t.status).toBe('COMPLETED');
    expect(t.text).toMatch(/last 30 seconds .* were not uploaded/);
  });

  it('refuses recording to the patient, to strangers, and when the doctor turned recording off', async () => {
    const { doctor, patient, appointmentId } = await recordableAppointment(5);
    expect(
      (await patient.client.post(`/api/appointments/${appointmentId}/recordings`, { seq: 0 })).status,
    ).toBe(403);
    const stranger = await registerAndSignIn('patient');
    expect(
      (await stranger.client.post(`/api/appointments/${appointmentId}/recordings`, { seq: 0 })).status,
    ).toBe(404);
    expect(
      (await doctor.client.post(`/api/appointments/${appointmentId}/recordings`, { seq: 3 })).status,
    ).toBe(400);
    expect(
      (await doctor.client.patch(`/api/appointments/${appointmentId}`, { recordingEnabled: false })).status,
    ).toBe(200);
    const off = await doctor.client.post<ErrorBody>(`/api/appointments/${appointmentId}/recordings`, {
      seq: 0,
    });
    expect(off.status).toBe(409);
    expect(off.body.error.code).toBe('recording_disabled');
    expect(
      (await patient.client.get(`/api/appointments/${appointmentId}`)).body.appointment.recordingEnabled,
    ).toBe(false);
  });
});
