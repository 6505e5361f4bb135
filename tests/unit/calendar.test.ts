/** The .ics writer (RFC 5545) and the rescheduling policy (issue 19): pure functions, no twin. */
import { describe, expect, it } from 'vitest';
import { MAX_RESCHEDULES, reschedulePolicy } from '../../functions/appointments/lifecycle.ts';
import {
  calendarUid,
  foldLine,
  icsDateTime,
  icsFile,
  icsProperties,
  icsText,
} from '../../functions/core/ics.ts';

const event = {
  method: 'REQUEST' as const,
  uid: calendarUid('0b9f6c1e-2a7d-4c55-9a4e-1f7d3c2b9a10'),
  sequence: 2,
  start: '2026-12-05T10:30:00.000Z',
  end: '2026-12-05T11:00:00.000Z',
  stamp: '2026-12-03T18:00:00.000Z',
  summary: 'डॉ. Rhea Menon से वीडियो कंसल्टेशन',
  description: 'Reason: cough, fever; since Monday\nSecond line \\ with a backslash',
  url: 'http://127.0.0.1:3000/appointments/view/?id=x',
  organizer: { name: 'Chikitsa360', email: 'care@chikitsa360.in' },
  attendee: { name: 'Priya "P" Verma', email: 'priya@example.com' },
};

describe('the .ics writer', () => {
  const file = icsFile(event);

  it('writes one VEVENT in UTC with the stable UID, the SEQUENCE and the method', () => {
    const p = icsProperties(file);
    expect(p.get('METHOD')).toBe('REQUEST');
    expect(p.get('UID')).toBe('0b9f6c1e-2a7d-4c55-9a4e-1f7d3c2b9a10@chikitsa360');
    expect(p.get('SEQUENCE')).toBe('2');
    expect(p.get('DTSTART')).toBe('20261205T103000Z');
    expect(p.get('DTEND')).toBe('20261205T110000Z');
    expect(p.get('DTSTAMP')).toBe('20261203T180000Z');
    expect(p.get('STATUS')).toBe('CONFIRMED');
    expect(p.get('ORGANIZER')).toBe('mailto:care@chikitsa360.in');
    expect(file).toContain('ATTENDEE;CN="Priya P Verma"');
    expect(file.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(file.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    // Every line break is CRLF.
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes TEXT values and reads them back whole', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(icsProperties(file).get('DESCRIPTION')).toBe(icsText(event.description));
    expect(icsProperties(file).get('SUMMARY')).toBe(event.summary);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const long = `SUMMARY:${'वीडियो कंसल्टेशन '.repeat(10)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    // Each piece is valid UTF-8 on its own (no character cut in half).
    for (const line of lines)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, and writes UTC date-times', () => {
    const p = icsProperties(icsFile({ ...event, method: 'CANCEL', sequence: 3 }));
    expect(p.get('METHOD')).toBe('CANCEL');
    expect(p.get('STATUS')).toBe('CANCELLED');
    expect(p.get('SEQUENCE')).toBe('3');
    expect(icsDateTime('2026-01-02T03:04:05.678Z')).toBe('20260102T030405Z');
  });
});

describe('the rescheduling policy', () => {
  const start = '2026-12-05T10:00:00.000Z';
  const confirmed = {
    status: 'CONFIRMED' as const,
    startAt: start,
    holdExpiresAt: '2026-12-01T00:00:00.000Z',
  };
  const at = (iso: string) => new Date(iso);

  it('allows a confirmed appointment until 4 hours before its current start', () => {
    expect(reschedulePolicy(confirmed, at('2026-12-05T05:59:59.000Z'))).toMatchObject({
      allowed: true,
      refusal: null,
      until: '2026-12-05T06:00:00.000Z',
      used: 0,
    });
    expect(reschedulePolicy(confirmed, at('2026-12-05T06:00:00.000Z'))).toMatchObject({
      allowed: false,
      refusal: 'too_late',
    });
  });

  it(`allows at most ${MAX_RESCHEDULES} moves`, () => {
    const now = at('2026-12-01T00:00:00.000Z');
    expect(reschedulePolicy({ ...confirmed, rescheduleCount: 1 }, now).allowed).toBe(true);
    expect(reschedulePolicy({ ...confirmed, rescheduleCount: 2 }, now)).toMatchObject({
      allowed: false,
      refusal: 'limit',
      used: 2,
    });
  });

  it('allows a running hold, not an expired one, nor a finished or cancelled appointment', () => {
    const now = at('2026-12-01T00:00:00.000Z');
    const hold = { ...confirmed, status: 'REQUESTED' as const, holdExpiresAt: '2026-12-01T00:10:00.000Z' };
    expect(reschedulePolicy(hold, now).allowed).toBe(true);
    expect(reschedulePolicy({ ...hold, holdExpiresAt: '2026-11-30T23:59:00.000Z' }, now).refusal).toBe(
      'closed',
    );
    for (const status of ['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const)
      expect(reschedulePolicy({ ...confirmed, status }, now).refusal).toBe('closed');
  });
});
