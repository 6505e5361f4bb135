/**
 * A doctor's weekly repeating schedule (hours per weekday, a slot length, daily breaks, leave days, in
 * the doctor's zone) and the rolling window it publishes: saving publishes slots for the next
 * SCHEDULE_PUBLISH_DAYS days at once, and a daily run (the sweeper, once a day) publishes the days
 * that have come into the window since. Publishing is idempotent: a slot already there is counted,
 * not written again; one that overlaps a different existing slot is skipped and reported.
 */
import {
  MAX_SKIPPED_LISTED,
  type PublishReport,
  type ScheduleBreak,
  type ScheduleSlotMinutes,
  type ScheduleWindow,
  type WeeklySchedule,
  type WeeklyScheduleBody,
} from '../contract/api.ts';
import { config } from '../core/config.ts';
import { entities, type ScheduleItem, type SlotItem } from '../core/db/index.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { addDays, localDate, zonedTimeToUtc } from '../core/time.ts';
import { type NewSlot, publishPlanned, slotsBetween, toSkipped } from './slots.ts';

export const publishDays = () => config().SCHEDULE_PUBLISH_DAYS;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
export const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The schedule's own contradictions, as field errors (zod's superRefine reports them; exported for tests). */
export function scheduleProblems(body: Pick<WeeklyScheduleBody, 'windows' | 'breaks' | 'slotMinutes'>) {
  const problems: { path: (string | number)[]; message: string }[] = [];
  body.windows.forEach((w, i) => {
    if (w.end <= w.start)
      problems.push({ path: ['windows', i, 'end'], message: 'The hours must end after they start.' });
    else if (minutes(w.end) - minutes(w.start) < body.slotMinutes)
      problems.push({
        path: ['windows', i, 'end'],
        message: `Leave room for at least one ${body.slotMinutes}-minute slot.`,
      });
    const clash = body.windows.findIndex(
      (o, j) => j < i && o.weekday === w.weekday && o.start < w.end && w.start < o.end,
    );
    if (clash >= 0)
      problems.push({
        path: ['windows', i, 'start'],
        message: 'These hours overlap other hours on the same day.',
      });
  });
  body.breaks.forEach((b, i) => {
    if (b.end <= b.start)
      problems.push({ path: ['breaks', i, 'end'], message: 'A break must end after it starts.' });
  });
  return problems;
}

/** The slots a schedule wants on local dates from..to (inclusive), future ones only. */
export function planSchedule(
  schedule: {
    slotMinutes: number;
    windows: ScheduleWindow[];
    breaks: ScheduleBreak[];
    leaveDates: string[];
    timeZone: string;
  },
  from: string,
  to: string,
  now: Date,
): NewSlot[] {
  const leave = new Set(schedule.leaveDates);
  const step = schedule.slotMinutes;
  const slots: NewSlot[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (leave.has(date)) continue;
    const weekday = isoWeekday(date);
    const windows = schedule.windows
      .filter((w) => w.weekday === weekday)
      .sort((a, b) => a.start.localeCompare(b.start));
    for (const w of windows) {
      for (let t = minutes(w.start); t + step <= minutes(w.end); t += step) {
        const onBreak = schedule.breaks.some((b) => t < minutes(b.end) && minutes(b.start) < t + step);
        if (onBreak) continue;
        const start = zonedTimeToUtc(date, hhmm(t), schedule.timeZone);
        if (start.getTime() <= now.getTime()) continue;
        slots.push({
          startAt: start.toISOString(),
          endAt: new Date(start.getTime() + step * 60_000).toISOString(),
          localDate: date,
        });
      }
    }
  }
  return slots;
}

export const toScheduleView = (s: ScheduleItem): WeeklySchedule => ({
  slotMinutes: s.slotMinutes as ScheduleSlotMinutes,
  windows: s.windows.map((w) => ({
    weekday: w.weekday as ScheduleWindow['weekday'],
    start: w.start,
    end: w.end,
  })),
  breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
  leaveDates: [...s.leaveDates].sort(),
  timeZone: s.timeZone,
  publishedThrough: s.publishedThrough ?? null,
  updatedAt: s.updatedAt,
});

/** Deletes a doctor's weekly schedule (an erased account): the daily run then publishes nothing for them. */
export async function removeSchedule(doctorId: string) {
  await entities().schedule.delete({ doctorId }).go();
}

export async function getSchedule(doctorId: string): Promise<WeeklySchedule | null> {
  const { data } = await entities().schedule.get({ doctorId }).go();
  return data ? toScheduleView(data) : null;
}

/** Publishes a schedule over from..to and says what happened. */
async function publishRange(
  doctorId: string,
  schedule: Parameters<typeof planSchedule>[0],
  from: string,
  to: string,
  now: Date,
): Promise<PublishReport> {
  const planned = planSchedule(schedule, from, to, now);
  const outcome = await publishPlanned(doctorId, planned, schedule.timeZone, true);
  return {
    from,
    to,
    timeZone: schedule.timeZone,
    created: outcome.created.length,
    alreadyPublished: outcome.alreadyPublished,
    skipped: outcome.skipped.slice(0, MAX_SKIPPED_LISTED).map((s) => toSkipped(s, schedule.timeZone)),
    skippedCount: outcome.skipped.length,
    removedOnLeave: 0,
    withdrawn: 0,
  };
}

/** Deletes the free ones of these slots; one held or booked meanwhile stays. Returns how many went. */
async function withdrawFree(doctorId: string, slots: SlotItem[]) {
  let removed = 0;
  for (const s of slots.filter((x) => x.status === 'free')) {
    try {
      await entities()
        .slot.delete({ doctorId, startAt: s.startAt })
        .where(({ status }, { eq }) => eq(status, 'free'))
        .go();
      removed++;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
  return removed;
}

/** Free slots on leave dates inside the window are taken down; held and booked ones stay (cancel them). */
async function clearLeaveDates(
  doctorId: string,
  leaveDates: string[],
  from: string,
  to: string,
  timeZone: string,
) {
  let removed = 0;
  for (const date of leaveDates.filter((d) => d >= from && d <= to)) {
    const slots = await slotsBetween(
      doctorId,
      zonedTimeToUtc(date, '00:00', timeZone).toISOString(),
      zonedTimeToUtc(addDays(date, 1), '00:00', timeZone).toISOString(),
    );
    removed += await withdrawFree(doctorId, slots);
  }
  return removed;
}

/**
 * Free future slots the previous schedule published that the new one no longer wants (hours moved,
 * a weekday dropped, another slot length) are withdrawn, so patients cannot book hours the doctor no
 * longer keeps. Only the old schedule's own slots are candidates (a one-off slot the doctor added by
 * hand stays), and only free ones (held and booked stay; the doctor cancels those). This runs before
 * the new schedule publishes, so an old slot no longer makes a new one overlap and be skipped.
 */
async function withdrawDropped(
  doctorId: string,
  previous: ScheduleItem | undefined,
  wanted: NewSlot[],
  now: Date,
) {
  if (!previous?.publishedThrough) return 0;
  const old = toScheduleView(previous);
  const from = localDate(now, old.timeZone);
  if (previous.publishedThrough < from) return 0;
  const keep = new Set(wanted.map((s) => `${s.startAt}/${s.endAt}`));
  const dropped = new Set(
    planSchedule(old, from, previous.publishedThrough, now)
      .map((s) => `${s.startAt}/${s.endAt}`)
      .filter((k) => !keep.has(k)),
  );
  if (dropped.size === 0) return 0;
  const existing = await slotsBetween(
    doctorId,
    now.toISOString(),
    zonedTimeToUtc(addDays(previous.publishedThrough, 1), '00:00', old.timeZone).toISOString(),
  );
  return withdrawFree(
    doctorId,
    existing.filter((s) => dropped.has(`${s.startAt}/${s.endAt}`)),
  );
}

/**
 * Saves the schedule and publishes it at once for today and the next publishDays() - 1 days
 * (re-publishing what a saved schedule already published adds nothing).
 */
export async function saveSchedule(
  doctorId: string,
  body: WeeklyScheduleBody & { timeZone: string },
  now = new Date(),
): Promise<{ schedule: WeeklySchedule; published: PublishReport }> {
  const leaveDates = [...new Set(body.leaveDates)].sort();
  const schedule = { ...body, leaveDates };
  const from = localDate(now, body.timeZone);
  const to = addDays(from, publishDays() - 1);
  // Leave days first, so their slots are counted as taken down for leave rather than withdrawn.
  const removedOnLeave = await clearLeaveDates(doctorId, leaveDates, from, to, body.timeZone);
  const { data: previous } = await entities().schedule.get({ doctorId }).go();
  const withdrawn = await withdrawDropped(
    doctorId,
    previous ?? undefined,
    planSchedule(schedule, from, to, now),
    now,
  );
  const published = await publishRange(doctorId, schedule, from, to, now);
  const { data } = await entities()
    .schedule.put({
      doctorId,
      timeZone: body.timeZone,
      slotMinutes: body.slotMinutes,
      windows: body.windows.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end })),
      breaks: body.breaks.map((b) => ({ start: b.start, end: b.end })),
      // Leave days already behind the doctor are of no use to anyone.
      leaveDates: leaveDates.filter((d) => d >= from),
      publishedThrough: to,
    })
    .go();
  return {
    schedule: toScheduleView(data as ScheduleItem),
    published: { ...published, removedOnLeave, withdrawn },
  };
}

/**
 * Moves one schedule's window on: publishes the days after its `publishedThrough` up to today +
 * publishDays() - 1 in the doctor's zone, then records the new end. Null when there was nothing to do.
 */
export async function extendSchedule(s: ScheduleItem, now = new Date()): Promise<PublishReport | null> {
  const today = localDate(now, s.timeZone);
  const to = addDays(today, publishDays() - 1);
  const from = s.publishedThrough && s.publishedThrough >= today ? addDays(s.publishedThrough, 1) : today;
  if (from > to) return null;
  const report = await publishRange(s.doctorId, toScheduleView(s), from, to, now);
  await entities().schedule.patch({ doctorId: s.doctorId }).set({ publishedThrough: to }).go();
  return report;
}

/**
 * Moves every schedule's window on. A doctor whose publishing fails is logged and retried on the next
 * run (their `publishedThrough` has not moved), and the others go on.
 */
export async function extendSchedules(now = new Date()) {
  const { data } = await entities().schedule.query.all({}).go({ pages: 'all' });
  let extended = 0;
  let created = 0;
  let failed = 0;
  for (const s of data) {
    try {
      const report = await extendSchedule(s, now);
      if (!report) continue;
      extended++;
      created += report.created;
      if (report.skippedCount)
        logger.info('schedule.skipped', { doctorId: s.doctorId, skipped: report.skippedCount });
    } catch (error) {
      failed++;
      logger.error('schedule.extend.failed', { doctorId: s.doctorId, error: error as Error });
    }
  }
  return { schedules: data.length, extended, created, failed };
}

type ExtendRun = Awaited<ReturnType<typeof extendSchedules>>;

/**
 * The sweeper runs every minute; the window moves on once a UTC day. A marker per day makes the run
 * happen once; a run that dies half way is made good the next day (each schedule's own
 * `publishedThrough` says where it stopped).
 */
export async function extendSchedulesDaily(
  now = new Date(),
  run: (now: Date) => Promise<ExtendRun> = extendSchedules,
): Promise<ExtendRun> {
  const day = now.toISOString().slice(0, 10);
  try {
    await entities()
      .marker.create({
        namespace: 'schedules.extended',
        key: day,
        expiresAt: Math.floor(now.getTime() / 1000) + 3 * 86_400,
      })
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) return { schedules: 0, extended: 0, created: 0, failed: 0 };
    throw error;
  }
  return run(now);
}
