/**
 * The contact form: a visitor's message is stored for the admins (their console lists it) and emailed
 * to the support inbox. There is no copy to the sender's address: the form would otherwise send mail
 * to any address anyone types in.
 *
 * Each sending address (the client's IP) may send CONTACT_MESSAGES_PER_WINDOW messages in a
 * CONTACT_WINDOW_MINUTES window. The counter moves INSIDE the transaction that stores the message, with
 * a condition (the pattern of core/booking-limits.ts), so a burst cannot slip past the limit and a
 * refused message leaves nothing stored and sends nothing. The limit is generous because many people
 * in India share one public address (mobile carriers' NAT); it is there to stop floods, not people.
 */
import { ulid } from 'ulid';
import type { ContactTopic, Locale } from '../contract/api.ts';
import { formatDateTime } from '../contract/format.ts';
import { siteContacts } from '../contract/site-contacts.ts';
import { epochSeconds } from '../core/db/index.ts';
import { type Outgoing, sendEmail } from '../core/email.ts';
import { conflict, tooMany } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';
import { tryTransact } from '../core/transact.ts';

export const CONTACT_MESSAGES_PER_WINDOW = 5;
export const CONTACT_WINDOW_MINUTES = 60;
/** How long a message is kept (see core/db/contact.entity.ts for why a year). */
export const CONTACT_KEEP_DAYS = 365;

const WINDOW_MS = CONTACT_WINDOW_MINUTES * 60_000;

/**
 * Whom the limit counts: an IPv4 address as it is; an IPv6 address by its /64 network, since one
 * subscriber is usually given a whole /64 and could otherwise take a new address per message.
 */
export function senderKey(sourceIp: string): string {
  const ip = sourceIp
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!ip) return 'unknown';
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The counter of one sender's messages in the window that contains `now` (fixed windows on the clock). */
export function contactWindowKey(sourceIp: string, now: Date) {
  const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  return {
    name: `contact.${senderKey(sourceIp)}`,
    bucket: new Date(start).toISOString(),
    end: start + WINDOW_MS,
  };
}

export interface ContactInput {
  name: string;
  email: string;
  topic: ContactTopic;
  message: string;
  locale: Locale;
}

export async function submitContact(input: ContactInput, sourceIp: string, now = new Date()) {
  const messageId = ulid(now.getTime());
  const window = contactWindowKey(sourceIp, now);
  const result = await tryTransact((tx) => [
    tx.counter
      .update({ name: window.name, bucket: window.bucket })
      .add({ value: 1 })
      // The counter names an address: it goes an hour after its window (DynamoDB's TTL).
      .set({ expiresAt: epochSeconds(new Date(window.end + 3600_000)) })
      .where(
        ({ value }, { lt, notExists }) =>
          `(${notExists(value)} OR ${lt(value, CONTACT_MESSAGES_PER_WINDOW)})`,
      )
      .commit(),
    tx.contactMessage
      .create({
        messageId,
        ...input,
        expiresAt: epochSeconds(new Date(now.getTime() + CONTACT_KEEP_DAYS * 86_400_000)),
      })
      .commit(),
  ]);
  if (result.canceled) {
    if (result.reasons[0] === 'ConditionalCheckFailed')
      throw tooMany(
        `You have sent ${CONTACT_MESSAGES_PER_WINDOW} messages in the last hour. Please wait before sending another, or email ${siteContacts.supportInbox}.`,
      );
    // Two messages from one address at the same moment: the other one was stored; this one was not.
    throw conflict('Your message was not sent. Please send it again.');
  }
  try {
    const mail = supportEmail({ ...input, messageId }, now);
    await sendEmail(mail.to, mail.locale, mail.content);
  } catch (error) {
    // The message is stored and the console lists it; a lost email must not tell the sender it failed.
    logger.error('email failed', { email: 'contact', error: error as Error });
  }
  return { contact: { id: messageId } };
}

/** The support team's language: their copy of each message is in it, whatever the page's was. */
export const SUPPORT_LOCALE: Locale = 'en';

const TOPICS: Record<ContactTopic, (inputs: object, options: { locale: Locale }) => string> = {
  appointment: m.contact_topic_appointment,
  payment: m.contact_topic_payment,
  account: m.contact_topic_account,
  doctor: m.contact_topic_doctor,
  privacy: m.contact_topic_privacy,
  other: m.contact_topic_other,
};

const LANGUAGES: Record<Locale, (inputs: object, options: { locale: Locale }) => string> = {
  en: m.email_contact_language_en,
  hi: m.email_contact_language_hi,
};

/** The support inbox's copy, in `locale`; the sender's words as sent. */
export function supportEmail(
  c: ContactInput & { messageId: string },
  sentAt: Date,
  locale: Locale = SUPPORT_LOCALE,
): Outgoing {
  const l = { locale };
  const topic = TOPICS[c.topic]({}, l);
  return {
    to: siteContacts.supportInbox,
    locale,
    content: {
      subject: m.email_contact_subject({ topic, name: c.name }, l),
      paragraphs: [m.email_contact_intro({}, l)],
      details: [
        [m.email_contact_from({}, l), `${c.name} <${c.email}>`],
        [m.email_contact_topic({}, l), topic],
        [m.email_contact_language({}, l), LANGUAGES[c.locale]({}, l)],
        [m.email_label_when({}, l), formatDateTime(sentAt.toISOString(), 'Asia/Kolkata', locale)],
        [m.email_contact_reference({}, l), c.messageId],
      ],
      block: c.message,
      footnote: m.email_contact_footnote({}, l),
    },
  };
}
