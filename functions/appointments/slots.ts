/**
 * A doctor's availability: slots created from a time range split into N-minute pieces over one or
 * more days, in the doctor's zone (or published from the weekly schedule, ./schedule.ts); listed with
 * their booked/free state; deleted only while free.
 */
import {
  type CreateSlotsResult,
  type DoctorSlot,
  type DoctorSlotsPayload,
  MAX_SKIPPED_LISTED,
  type SkippedSlot,
} from '../contract/api.ts';
import { entities, nowIso, type SlotItem } from '../core/db/index.ts';
import { badRequest, conflict, isConditionalCheckFailed, notFound } from '../core/errors.ts';
import { addDays, localTime, zonedTimeToUtc } from '../core/time.ts';
import { tryTransact } from '../core/transact.ts';

/** A slot's public id: the doctor id and the start instant in epoch milliseconds. */
export const slotIdOf = (s: { doctorId: string; startAt: string }) =>
  `${s.doctorId}_${Date.parse(s.startAt)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseSlotId(slotId: string): { doctorId: string; startAt: string } | null {
  const at = slotId.lastIndexOf('_');
  const doctorId = slotId.slice(0, at);
  const millis = Number(slotId.slice(at + 1));
  if (at < 1 || !UUID.test(doctorId) || !Number.isSafeInteger(millis) || millis <= 0) return null;
  const date = new Date(millis);
  if (Number.isNaN(date.getTime())) return null;
  return { doctorId, startAt: date.toISOString() };
}

export const MAX_SLOTS_PER_REQUEST = 400;
/** The longest slot there is; an existing slot that starts this long before a new one can still overlap it. */
export const LONGEST_SLOT_MS = 60 * 60_000;

export interface SlotRequest {
  dates: string[];
  startTime: string;
  endTime: string;
  durationMinutes: number;
  timeZone: string;
}

export interface NewSlot {
  startAt: string;
  endAt: string;
  localDate: string;
}

/** Splits [startTime, endTime) on each date into whole slots; a remainder shorter than a slot is left out. */
export function planSlots(req: SlotRequest): [NewSlot, ...NewSlot[]] {
  if (req.endTime <= req.startTime)
    throw badRequest('The end time must be after the start time.', {
      endTime: ['Must be after the start time.'],
    });
  const slots: NewSlot[] = [];
  const step = req.durationMinutes * 60_000;
  for (const date of [...new Set(req.dates)].sort()) {
    const end = zonedTimeToUtc(date, req.endTime, req.timeZone).getTime();
    for (let t = zonedTimeToUtc(date, req.startTime, req.timeZone).getTime(); t + step <= end; t += step) {
      slots.push({
        startAt: new Date(t).toISOString(),
        endAt: new Date(t + step).toISOString(),
        localDate: date,
      });
    }
  }
  const [first, ...rest] = slots;
  if (!first) {
    throw badRequest(`The range is shorter than one ${req.durationMinutes}-minute slot.`, {
      endTime: ['Leave room for at least one slot.'],
    });
  }
  if (slots.length > MAX_SLOTS_PER_REQUEST) {
    throw badRequest(
      `That would create ${slots.length} slots; create at most ${MAX_SLOTS_PER_REQUEST} at a time.`,
    );
  }
  return [first, ...rest];
}

const overlaps = (a: { startAt: string; endAt: string }, b: { startAt: string; endAt: string }) =>
  a.startAt < b.endAt && b.startAt < a.endAt;

/** Every slot of a doctor that starts in [from, to). */
export async function slotsBetween(doctorId: string, from: string, to: string): Promise<SlotItem[]> {
  const { data } = await entities()
    .slot.query.byDoctor({ doctorId })
    .between({ startAt: from }, { startAt: to })
    .go({ pages: 'all' });
  return data.filter((s) => s.startAt < to);
}

/** A planned slot in the wall clock of `timeZone`, for the reply that says which were skipped. */
export const toSkipped = (s: NewSlot, timeZone: string): SkippedSlot => ({
  startAt: s.startAt,
  endAt: s.endAt,
  localDate: s.localDate,
  localStart: localTime(new Date(s.startAt), timeZone),
  localEnd: localTime(new Date(s.endAt), timeZone),
});

export interface PublishOutcome {
  created: NewSlot[];
  /** Planned slots identical to existing ones (only counted when `identicalIsPublished`). */
  alreadyPublished: number;
  /** Planned slots that overlap existing ones, soonest first. */
  skipped: NewSlot[];
}

/** How often one day is re-read and retried when another request changed it meanwhile. */
const DAY_ATTEMPTS = 4;
/** Days written at once: they are independent, and DynamoDB Local is slow under a crowd. */
const DAYS_AT_ONCE = 4;

/**
 * Writes the planned slots that overlap none of the doctor's existing slots, and says which were
 * skipped. Each day is one transaction that also bumps that day's availability version (read before
 * the day's slots), so two concurrent requests for the same doctor and day cannot both pass the
 * overlap check: the loser's transaction is cancelled, and it re-reads the day and tries again, now
 * skipping what the winner wrote. With `identicalIsPublished` (the weekly schedule re-publishing), a
 * planned slot equal to an existing one counts as already published rather than as an overlap.
 */
export async function publishPlanned(
  doctorId: string,
  planned: NewSlot[],
  timeZone: string,
  identicalIsPublished = false,
): Promise<PublishOutcome> {
  const days = [...new Set(planned.map((s) => s.localDate))].sort();
  const outcomes: PublishOutcome[] = [];
  for (let i = 0; i < days.length; i += DAYS_AT_ONCE) {
    outcomes.push(
      ...(await Promise.all(
        days.slice(i, i + DAYS_AT_ONCE).map((day) =>
          publishDay(
            doctorId,
            day,
            planned.filter((s) => s.localDate === day),
            timeZone,
            identicalIsPublished,
          ),
        ),
      )),
    );
  }
  return {
    created: outcomes.flatMap((o) => o.created),
    alreadyPublished: outcomes.reduce((n, o) => n + o.alreadyPublished, 0),
    skipped: outcomes.flatMap((o) => o.skipped),
  };
}

async function publishDay(
  doctorId: string,
  day: string,
  daySlots: NewSlot[],
  timeZone: string,
  identicalIsPublished: boolean,
): Promise<PublishOutcome> {
  const from = new Date(Date.parse(daySlots[0]?.startAt ?? '') - LONGEST_SLOT_MS).toISOString();
  const to =
    daySlots
      .map((s) => s.endAt)
      .sort()
      .at(-1) ?? '';
  for (let attempt = 0; attempt < DAY_ATTEMPTS; attempt++) {
    const { data: version } = await entities()
      .counter.get({ name: availabilityVersion(doctorId), bucket: day })
      .go();
    const seen = version?.value;
    const existing = await slotsBetween(doctorId, from, to);
    const outcome: PublishOutcome = { created: [], alreadyPublished: 0, skipped: [] };
    for (const s of daySlots) {
      if (identicalIsPublished && existing.some((e) => e.startAt === s.startAt && e.endAt === s.endAt))
        outcome.alreadyPublished++;
      else if (existing.some((e) => overlaps(s, e))) outcome.skipped.push(s);
      else outcome.created.push(s);
    }
    if (!outcome.created.length) return outcome;
    const result = await tryTransact(({ slot, counter }) => [
      seen === undefined
        ? counter.create({ name: availabilityVersion(doctorId), bucket: day, value: 1 }).commit()
        : counter
            .update({ name: availabilityVersion(doctorId), bucket: day })
            .add({ value: 1 })
            .where(({ value }, { eq }) => eq(value, seen))
            .commit(),
      ...outcome.created.map((s) =>
        slot
          .create({
            doctorId,
            startAt: s.startAt,
            endAt: s.endAt,
            timeZone,
            localDate: s.localDate,
            freeOn: s.localDate,
            status: 'free',
          })
          .commit(),
      ),
    ]);
    if (!result.canceled) return outcome;
  }
  // Other requests kept writing slots on this day (another tab or device?) that clash with these.
  throw conflict(
    'Your availability kept changing while saving (another tab or device?). Please try again.',
    'slot_overlap',
  );
}

/**
 * Creates the planned slots. Past slots are refused (400); slots overlapping existing ones (not just
 * equal starts) are skipped and listed, so one clash no longer loses the whole batch. Concurrency is
 * per day, as publishPlanned says.
 */
export async function createSlots(
  doctorId: string,
  req: SlotRequest,
  now = new Date(),
): Promise<CreateSlotsResult> {
  const planned = planSlots(req);
  const past = planned.find((s) => Date.parse(s.startAt) <= now.getTime());
  if (past) {
    throw badRequest(
      `${past.localDate} ${localTime(new Date(past.startAt), req.timeZone)} has already passed. Choose future times.`,
      {
        dates: ['Only future slots can be created.'],
      },
    );
  }
  const outcome = await publishPlanned(doctorId, planned, req.timeZone);
  return {
    created: outcome.created.length,
    slots: outcome.created.map((s) => ({ id: slotIdOf({ doctorId, startAt: s.startAt }), ...s })),
    timeZone: req.timeZone,
    skipped: outcome.skipped.slice(0, MAX_SKIPPED_LISTED).map((s) => toSkipped(s, req.timeZone)),
    skippedCount: outcome.skipped.length,
  };
}

const availabilityVersion = (doctorId: string) => `availability.version.${doctorId}`;

export const toSlotView = (s: SlotItem): DoctorSlot => ({
  id: slotIdOf(s),
  startAt: s.startAt,
  endAt: s.endAt,
  timeZone: s.timeZone,
  localDate: s.localDate,
  status: s.status,
  appointmentId: s.appointmentId ?? null,
});

/** A doctor's own slots from one local date to another (inclusive), with their state. */
export async function listDoctorSlots(
  doctorId: string,
  fromDate: string,
  toDate: string,
  timeZone: string,
): Promise<DoctorSlotsPayload> {
  if (toDate < fromDate)
    throw badRequest('"to" must not be before "from".', { to: ['Must not be before "from".'] });
  const from = zonedTimeToUtc(fromDate, '00:00', timeZone).toISOString();
  const to = zonedTimeToUtc(addDays(toDate, 1), '00:00', timeZone).toISOString();
  const slots = await slotsBetween(doctorId, from, to);
  return { from: fromDate, to: toDate, timeZone, slots: slots.map(toSlotView) };
}

/** A doctor's free slots from now for the next `days` days (the public doctor page). */
export async function upcomingFreeSlots(doctorId: string, now: Date, days = 7) {
  const slots = await slotsBetween(
    doctorId,
    now.toISOString(),
    new Date(now.getTime() + days * 86_400_000).toISOString(),
  );
  return slots.filter((s) => s.status === 'free').map(toSlotView);
}

/** Deletes a free slot; a held or booked one is refused (cancel the appointment instead). */
export async function deleteSlot(doctorId: string, slotId: string) {
  const key = parseSlotId(slotId);
  if (!key || key.doctorId !== doctorId) throw notFound('Slot not found.');
  const { data } = await entities().slot.get(key).go();
  if (!data) throw notFound('Slot not found.');
  if (data.status !== 'free')
    throw conflict('This slot has an appointment. Cancel the appointment instead.', 'slot_booked');
  try {
    await entities()
      .slot.delete(key)
      .where(({ status }, { eq }) => eq(status, 'free'))
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) {
      throw conflict('This slot was just booked. Cancel the appointment instead.', 'slot_booked');
    }
    throw error;
  }
  return { deleted: slotId, at: nowIso() };
}
