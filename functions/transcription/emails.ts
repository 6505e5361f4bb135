/** The transcript by email to both parties, at most once per recipient even if the step is retried. */
import { type AppointmentItem, entities, type TranscriptionItem } from '../core/db/index.ts';
import { appUrl, sendEmail } from '../core/email.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';
import { formatInZone } from '../core/time.ts';
import { ThrottlingError, TransientError } from './errors.ts';

const MAX_EMAIL_TRANSCRIPT = 60_000;

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function transcriptText(t: Pick<TranscriptionItem, 'utterances' | 'text'>): string {
  if (!t.utterances?.length) return t.text ?? '';
  return t.utterances.map((u) => `[${clock(u.start)}] ${u.speaker}: ${u.text}`).join('\n');
}

async function claim(recordingId: string, recipient: string) {
  try {
    await entities()
      .marker.create({ namespace: 'transcript-email', key: `${recordingId}#${recipient}` })
      .go();
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

async function release(recordingId: string, recipient: string) {
  await entities()
    .marker.delete({ namespace: 'transcript-email', key: `${recordingId}#${recipient}` })
    .go();
}

/** Sends one email; SES throttling becomes ThrottlingError and other failures TransientError, both retried. */
export async function sendForPipeline(to: string, content: Parameters<typeof sendEmail>[1]) {
  try {
    await sendEmail(to, content);
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (/Throttl|TooManyRequests|LimitExceeded/.test(name))
      throw new ThrottlingError(`SES throttled: ${name}`);
    // A network error's name is a bare "Error": its code says what happened.
    const code = (error as { code?: string }).code;
    const why = code ? `could not reach the email service (${code})` : name || (error as Error).message;
    throw new TransientError(`Email failed: ${why}`);
  }
}

export async function emailTranscript(a: AppointmentItem, t: TranscriptionItem) {
  const { data: people } = await entities()
    .user.get([{ userId: a.patientId }, { userId: a.doctorId }])
    .go();
  const body = transcriptText(t);
  const block =
    body.length > MAX_EMAIL_TRANSCRIPT
      ? `${body.slice(0, MAX_EMAIL_TRANSCRIPT)}\n…\n(The full transcript is on the appointment page.)`
      : body;
  const sent: string[] = [];
  for (const person of people) {
    const role = person.userId === a.doctorId ? 'doctor' : 'patient';
    if (!(await claim(t.recordingId, role))) continue;
    const zone = person.timeZone ?? a.timeZone;
    try {
      await sendForPipeline(person.email, {
        subject: `Transcript: consultation of ${formatInZone(a.startAt, zone)}`,
        greeting: role === 'doctor' ? `Hello Dr. ${person.lastName},` : `Hello ${person.firstName},`,
        paragraphs: [
          'Here is the transcript of your consultation on Chikitsa360. Keep it private: it is part of a medical record.',
        ],
        details: [
          ['Doctor', `Dr. ${a.doctorName}`],
          ['Patient', a.patientName],
          ['When', formatInZone(a.startAt, zone)],
          ['Duration', `${Math.max(1, Math.round((t.durationSec ?? 0) / 60))} min`],
          ...(t.language ? ([['Language', t.language]] as [string, string][]) : []),
        ],
        block,
        action: {
          label: 'Open the appointment',
          url: appUrl('/appointments/view/', { id: a.appointmentId }),
        },
        footnote:
          'Transcripts are produced automatically and may contain mistakes. They are not a prescription.',
      });
      sent.push(role);
    } catch (error) {
      await release(t.recordingId, role); // so the retry sends it
      throw error;
    }
  }
  return { sent };
}
