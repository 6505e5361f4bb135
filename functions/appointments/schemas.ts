import * as z from 'zod';
import {
  type IsoWeekday,
  RATING_COMMENT_MAX,
  RATING_REPLY_MAX,
  TELECONSULTATION_TERMS_VERSION,
} from '../contract/api.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { lazy } from '../core/lazy.ts';
import { isValidTimeZone } from '../core/time.ts';
import { scheduleProblems } from './schedule.ts';

const localDate = lazy(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.')
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, 'That is not a real date.'),
);

const wallTime = lazy(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour time, like 09:30.'));
const timeZone = lazy(() => z.string().max(64).refine(isValidTimeZone, 'Choose a valid time zone.'));

export const createSlotsBody = lazy(() =>
  z
    .object({
      dates: z
        .array(localDate(), { error: 'Choose at least one date.' })
        .min(1, 'Choose at least one date.')
        .max(31, 'Choose at most 31 dates at a time.'),
      startTime: wallTime(),
      endTime: wallTime(),
      durationMinutes: z.union([z.literal(15), z.literal(20), z.literal(30), z.literal(45), z.literal(60)], {
        error: 'Slots are 15, 20, 30, 45 or 60 minutes long.',
      }),
      timeZone: timeZone().optional(),
    })
    .strict(),
);

const weekday = lazy(() =>
  z
    .number({ error: 'Weekdays are 1 (Monday) to 7 (Sunday).' })
    .int('Weekdays are 1 (Monday) to 7 (Sunday).')
    .min(1, 'Weekdays are 1 (Monday) to 7 (Sunday).')
    .max(7, 'Weekdays are 1 (Monday) to 7 (Sunday).')
    .transform((d) => d as IsoWeekday),
);

export const scheduleBody = lazy(() =>
  z
    .object({
      slotMinutes: z.union([z.literal(15), z.literal(20), z.literal(30)], {
        error: 'Slots are 15, 20 or 30 minutes long.',
      }),
      windows: z
        .array(z.object({ weekday: weekday(), start: wallTime(), end: wallTime() }).strict(), {
          error: 'Add the hours you see patients.',
        })
        .min(1, 'Add hours for at least one day.')
        .max(28, 'At most 4 sets of hours a day.'),
      breaks: z
        .array(z.object({ start: wallTime(), end: wallTime() }).strict(), { error: 'Breaks are a list.' })
        .max(6, 'At most 6 breaks.'),
      leaveDates: z
        .array(localDate(), { error: 'Leave days are a list of dates.' })
        .max(90, 'At most 90 leave days.'),
      timeZone: timeZone().optional(),
    })
    .strict()
    .superRefine((body, ctx) => {
      for (const problem of scheduleProblems(body)) ctx.addIssue({ code: 'custom', ...problem });
    }),
);

export const listSlotsQuery = lazy(() =>
  z.object({
    from: localDate().optional(),
    to: localDate().optional(),
    tz: timeZone().optional(),
  }),
);

export const slotParams = lazy(() => z.object({ slotId: z.string().min(1).max(120) }));

const booking = lazy(() => ({
  slotId: z.string({ error: 'Choose a time slot.' }).min(1, 'Choose a time slot.').max(120),
  reason: z
    .string({ error: 'Tell the doctor why you are booking.' })
    .trim()
    .min(3, 'Tell the doctor briefly why you are booking (at least 3 characters).')
    .max(1000, 'Keep the reason under 1,000 characters.'),
  consent: z
    .object({
      termsVersion: z
        .string()
        .refine(
          (v) => v === TELECONSULTATION_TERMS_VERSION,
          'The teleconsultation terms have changed. Reload the page and read them again.',
        ),
    })
    .strict()
    .optional(),
}));

/** A follow-up: the person treated and the doctor are the original's. */
export const followUpBody = lazy(() => z.object(booking()).strict());

export const bookBody = lazy(() =>
  z
    .object({
      ...booking(),
      /** A dependant of the caller (a ULID); absent: the caller is the person treated. */
      dependantId: z
        .string()
        .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Choose who the appointment is for.')
        .optional(),
    })
    .strict(),
);

export const listQuery = lazy(() =>
  z.object({
    scope: z.enum(['upcoming', 'past', 'today']).default('upcoming'),
    cursor: z.string().max(2000).refine(isWellFormedCursor, INVALID_CURSOR).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    tz: timeZone().default('Asia/Kolkata'),
  }),
);

export const appointmentParams = lazy(() => z.object({ id: z.uuid() }));

export const updateBody = lazy(() =>
  z
    .object({
      status: z
        .enum(['COMPLETED', 'NO_SHOW'], { error: 'The doctor can set COMPLETED or NO_SHOW.' })
        .optional(),
      notes: z.string().trim().max(5000, 'Keep notes under 5,000 characters.').optional(),
      recordingEnabled: z.boolean().optional(),
    })
    .strict()
    .refine(
      (v) => v.status !== undefined || v.notes !== undefined || v.recordingEnabled !== undefined,
      'Send a status, notes or recordingEnabled.',
    ),
);

export const cancelBody = lazy(() =>
  z
    .object({ reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional() })
    .strict(),
);

export const rescheduleBody = lazy(() =>
  z
    .object({ slotId: z.string({ error: 'Choose a new time.' }).min(1, 'Choose a new time.').max(120) })
    .strict(),
);

/** A rating of a completed visit: 1–5 stars and an optional comment (empty: none). */
export const ratingBody = lazy(() =>
  z
    .object({
      stars: z
        .number({ error: 'Choose from 1 to 5 stars.' })
        .int('Choose from 1 to 5 stars.')
        .min(1, 'Choose from 1 to 5 stars.')
        .max(5, 'Choose from 1 to 5 stars.'),
      comment: z
        .string({ error: 'Write your comment as text.' })
        .trim()
        .max(
          RATING_COMMENT_MAX,
          `Keep your comment under ${RATING_COMMENT_MAX.toLocaleString('en-IN')} characters.`,
        )
        .optional(),
    })
    .strict(),
);

export const ratingParams = lazy(() =>
  z.object({
    ratingId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not a rating id.'),
  }),
);

export const replyBody = lazy(() =>
  z
    .object({
      text: z
        .string({ error: 'Write your reply.' })
        .trim()
        .min(2, 'Write your reply.')
        .max(
          RATING_REPLY_MAX,
          `Keep your reply under ${RATING_REPLY_MAX.toLocaleString('en-IN')} characters.`,
        ),
    })
    .strict(),
);
