/**
 * A small iCalendar (RFC 5545) writer for one event, with the iTIP method (RFC 5546) that tells a
 * mail client what to do with it: REQUEST adds or updates the event, CANCEL removes it, PUBLISH is a
 * plain file to import. A calendar matches files by UID and keeps the one with the highest SEQUENCE,
 * so every file of one appointment carries the same UID and a SEQUENCE that rises with each change.
 * Ours and tiny (no dependency): the appointment event is all we ever write. Imports nothing.
 */

/** The stable UID of an appointment's event (RFC 5545 §3.8.4.7: globally unique, kept across changes). */
export const calendarUid = (appointmentId: string) => `${appointmentId}@chikitsa360`;

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsEvent {
  method: IcsMethod;
  uid: string;
  sequence: number;
  /** Instants (UTC ISO strings); written as UTC date-times (`…Z`), so no VTIMEZONE is needed. */
  start: string;
  end: string;
  /** When this file was made (DTSTAMP). */
  stamp: string;
  summary: string;
  description: string;
  url?: string;
  /** Who sends the invitation: RFC 5546 asks for an ORGANIZER on REQUEST and CANCEL. */
  organizer?: { name: string; email: string };
  /** The recipient, as an ATTENDEE (REQUEST and CANCEL name who the invitation is for). */
  attendee?: { name: string; email: string };
}

/** 2026-12-05T10:30:00.000Z → 20261205T103000Z (RFC 5545 §3.3.5, form #2: UTC). */
export const icsDateTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11). */
export const icsText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A parameter value (CN=…) is quoted, and may not hold a quote or a control character (§3.2). */
const paramText = (s: string) => `"${s.replace(/["\p{Cc}]/gu, '')}"`;

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF and one space before each continuation (§3.1). The
 * split never falls inside a UTF-8 sequence (a Devanagari letter is 3 octets), or the Hindi summary
 * would arrive broken.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line has 75 octets; a continuation's leading space takes one of its 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The whole file, CRLF line endings, folded. */
export function icsFile(e: IcsEvent): string {
  const status = e.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Chikitsa360//Appointments//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.method}`,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${Math.max(0, Math.trunc(e.sequence))}`,
    `DTSTAMP:${icsDateTime(e.stamp)}`,
    `DTSTART:${icsDateTime(e.start)}`,
    `DTEND:${icsDateTime(e.end)}`,
    `SUMMARY:${icsText(e.summary)}`,
    `DESCRIPTION:${icsText(e.description)}`,
    ...(e.url ? [`URL:${e.url}`] : []),
    `STATUS:${status}`,
    'TRANSP:OPAQUE',
    ...(e.organizer ? [`ORGANIZER;CN=${paramText(e.organizer.name)}:mailto:${e.organizer.email}`] : []),
    ...(e.attendee
      ? [
          `ATTENDEE;CN=${paramText(e.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${e.method === 'CANCEL' ? 'DECLINED' : 'ACCEPTED'}:mailto:${e.attendee.email}`,
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Reads the unfolded properties of a file back (for tests and for checking what was sent). */
export function icsProperties(file: string): Map<string, string> {
  const unfolded = file.replace(/\r\n[ \t]/g, '');
  const props = new Map<string, string>();
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).split(';')[0] ?? '';
    if (!props.has(name)) props.set(name, line.slice(colon + 1));
  }
  return props;
}
