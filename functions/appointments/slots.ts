/**
 * A doctor's availability: slots created from a time range split into N-minute pieces over one or
 * more days, in the doctor's zone; listed with their booked/free state; deleted only while free.
 */
import type { CreateSlotsResult, DoctorSlot, DoctorSlotsPayload } from '../contract/api.ts';
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
const LONGEST_SLOT_MS = 60 * 60_000;

export interface SlotRequest {
  dates: string[];
  startTime: string;
  endTime: string;
  durationMinutes: number;
  timeZone: string;
}

interface NewSlot {
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
async function slotsBetween(doctorId: string, from: string, to: string): Promise<SlotItem[]> {
  const { data } = await entities()
    .slot.query.byDoctor({ doctorId })
    .between({ startAt: from }, { startAt: to })
    .go({ pages: 'all' });
  return data.filter((s) => s.startAt < to);
}

/**
 * Creates the planned slots. Rejects past slots and any overlap with existing ones (not just equal
 * starts). Each day is one transaction that also bumps that day's availability version, so two
 * concurrent requests for the same doctor and day cannot both pass the overlap check; if a later day
 * fails, the days already written are removed again, so a request is all or nothing.
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
  const from = new Date(Date.parse(planned[0].startAt) - LONGEST_SLOT_MS).toISOString();
  const to = planned.reduce((latest, s) => (s.endAt > latest.endAt ? s : latest)).endAt;
  const days = [...new Set(planned.map((s) => s.localDate))];
  const versions = await Promise.all(
    days.map(async (day) => {
      const { data } = await entities()
        .counter.get({ name: availabilityVersion(doctorId), bucket: day })
        .go();
      return { day, seen: data?.value };
    }),
  );
  const existing = await slotsBetween(doctorId, from, to);
  const clashes = planned.filter((p) => existing.some((e) => overlaps(p, e)));
  const [first] = clashes;
  if (first) {
    throw conflict(
      `${clashes.length} of these slots overlap slots you already have (first: ${first.localDate} ${localTime(new Date(first.startAt), req.timeZone)}).`,
      'slot_overlap',
    );
  }

  const written: string[] = [];
  for (const { day, seen } of versions) {
    const daySlots = planned.filter((s) => s.localDate === day);
    const result = await tryTransact(({ slot, counter }) => [
      seen === undefined
        ? counter.create({ name: availabilityVersion(doctorId), bucket: day, value: 1 }).commit()
        : counter
            .update({ name: availabilityVersion(doctorId), bucket: day })
            .add({ value: 1 })
            .where(({ value }, { eq }) => eq(value, seen))
            .commit(),
      ...daySlots.map((s) =>
        slot
          .create({
            doctorId,
            startAt: s.startAt,
            endAt: s.endAt,
            timeZone: req.timeZone,
            localDate: s.localDate,
            freeOn: s.localDate,
            status: 'free',
          })
          .commit(),
      ),
    ]);
    if (result.canceled) {
      await removeFreeSlots(doctorId, written);
      throw conflict(
        'Your availability changed while saving (another tab or device?). Nothing was saved; please try again.',
        'slot_overlap',
      );
    }
    written.push(...daySlots.map((s) => s.startAt));
  }
  return {
    created: planned.length,
    slots: planned.map((s) => ({ id: slotIdOf({ doctorId, startAt: s.startAt }), ...s })),
  };
}

const availabilityVersion = (doctorId: string) => `availability.version.${doctorId}`;

/** Undo for a partly written request: deletes slots that are still free. */
async function removeFreeSlots(doctorId: string, startAts: string[]) {
  await Promise.all(
    startAts.map((startAt) =>
      entities()
        .slot.delete({ doctorId, startAt })
        .where(({ status }, { eq }) => eq(status, 'free'))
        .go()
        .catch(() => undefined),
    ),
  );
}

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
