/** The transcript by email to both parties, at most once per recipient even if the step is retried. */
import { formatDateTime, formatLanguageName } from '../contract/format.ts';
import {
  type AppointmentItem,
  entities,
  type TranscriptionItem,
  treatedOf,
  type UserItem,
} from '../core/db/index.ts';
import { appUrl, greetingFor, type Outgoing, sendEmail } from '../core/email.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';
import { type Locale, localeOf } from '../core/i18n.ts';
import * as m from '../core/paraglide/messages.js';
import { ThrottlingError, TransientError } from './errors.ts';

const MAX_EMAIL_TRANSCRIPT = 60_000;

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The transcriber's speaker labels (transcriber.ts), as the reader says them. */
function speakerIn(label: string, locale: Locale): string {
  const l = { locale };
  if (label === 'Doctor') return m.transcript_speaker_doctor({}, l);
  if (label === 'Patient') return m.transcript_speaker_patient({}, l);
  if (label === 'System') return m.transcript_speaker_system({}, l);
  const n = /^Speaker (\d+)$/.exec(label)?.[1];
  return n ? m.transcript_speaker_n({ n }, l) : label;
}

export function transcriptText(t: Pick<TranscriptionItem, 'utterances' | 'text'>, locale: Locale): string {
  if (!t.utterances?.length) return t.text ?? '';
  return t.utterances.map((u) => `[${clock(u.start)}] ${speakerIn(u.speaker, locale)}: ${u.text}`).join('\n');
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
export async function sendForPipeline(to: string, locale: Locale, content: Parameters<typeof sendEmail>[2]) {
  try {
    await sendEmail(to, locale, content);
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

/** The transcript as one party reads it, in their language and zone. */
export function transcriptEmail(a: AppointmentItem, t: TranscriptionItem, person: UserItem): Outgoing {
  const locale = localeOf(person);
  const l = { locale };
  const when = formatDateTime(a.startAt, person.timeZone ?? a.timeZone, locale);
  const body = transcriptText(t, locale);
  const block =
    body.length > MAX_EMAIL_TRANSCRIPT
      ? `${body.slice(0, MAX_EMAIL_TRANSCRIPT)}\n…\n${m.email_transcript_truncated({}, l)}`
      : body;
  return {
    to: person.email,
    locale,
    content: {
      subject: m.email_transcript_subject({ when }, l),
      greeting: greetingFor(person, locale),
      paragraphs: [m.email_transcript_body({}, l)],
      details: [
        [m.email_label_doctor({}, l), m.doctor_title({ name: a.doctorName }, l)],
        [m.email_label_patient({}, l), treatedOf(a).name],
        [m.email_label_when({}, l), when],
        [
          m.email_label_duration({}, l),
          m.minutes_count({ count: Math.max(1, Math.round((t.durationSec ?? 0) / 60)) }, l),
        ],
        ...(t.language
          ? ([[m.email_label_language({}, l), formatLanguageName(t.language, locale)]] as [string, string][])
          : []),
      ],
      block,
      action: {
        label: m.email_action_open_appointment({}, l),
        url: appUrl('/appointments/view/', { id: a.appointmentId }),
      },
      footnote: m.email_transcript_footnote({}, l),
    },
  };
}

export async function emailTranscript(a: AppointmentItem, t: TranscriptionItem) {
  const { data: people } = await entities()
    .user.get([{ userId: a.patientId }, { userId: a.doctorId }])
    .go();
  const sent: string[] = [];
  for (const person of people) {
    const role = person.userId === a.doctorId ? 'doctor' : 'patient';
    if (!(await claim(t.recordingId, role))) continue;
    try {
      const email = transcriptEmail(a, t, person);
      await sendForPipeline(email.to, email.locale, email.content);
      sent.push(role);
    } catch (error) {
      await release(t.recordingId, role); // so the retry sends it
      throw error;
    }
  }
  return { sent };
}

/**
 * The doctor hears that no transcript will come, in their language: why in a plain sentence (the
 * technical detail is for the admins), that the consultation's notes and prescription still stand, and
 * what to do. Sent once per recording (an admin's retry that fails again does not repeat it).
 */
export function transcriptFailedEmail(
  a: AppointmentItem,
  doctor: UserItem,
  kind: 'recording' | 'other',
): Outgoing {
  const locale = localeOf(doctor);
  const l = { locale };
  const when = formatDateTime(a.startAt, doctor.timeZone ?? a.timeZone, locale);
  const patient = treatedOf(a).name;
  return {
    to: doctor.email,
    locale,
    content: {
      subject: m.email_transcript_failed_subject({ when }, l),
      greeting: greetingFor(doctor, locale),
      paragraphs: [
        m.email_transcript_failed_body({ patient }, l),
        kind === 'recording'
          ? m.email_transcript_failed_recording({}, l)
          : m.email_transcript_failed_other({}, l),
        m.email_transcript_failed_stands({}, l),
        m.email_transcript_failed_todo({}, l),
      ],
      details: [
        [m.email_label_patient({}, l), patient],
        [m.email_label_when({}, l), when],
      ],
      action: {
        label: m.email_action_open_appointment({}, l),
        url: appUrl('/appointments/view/', { id: a.appointmentId }),
      },
    },
  };
}

export async function emailDoctorOfFailure(
  a: AppointmentItem,
  recordingId: string,
  kind: 'recording' | 'other',
) {
  const { data: doctor } = await entities().user.get({ userId: a.doctorId }).go();
  if (!doctor || !(await claim(recordingId, 'doctor-failed'))) return { sent: false };
  try {
    const email = transcriptFailedEmail(a, doctor, kind);
    await sendForPipeline(email.to, email.locale, email.content);
  } catch (error) {
    await release(recordingId, 'doctor-failed'); // not sent: a later failure of this recording may tell them
    throw error;
  }
  return { sent: true };
}
