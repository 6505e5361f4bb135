/**
 * The weekly schedule editor's state, without DOM: the draft (hours per weekday, slot length, daily
 * breaks, leave days), the checks the API makes too (so a doctor sees them in their language before
 * sending), and the body the API takes. ScheduleEditor renders it.
 */
import { signal } from '@preact/signals';
import type {
  IsoWeekday,
  ScheduleSlotMinutes,
  WeeklySchedule,
  WeeklyScheduleBody,
} from '../../../../functions/contract/api.ts';
import { minutesOfDay } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

export interface Hours {
  start: string;
  end: string;
}

export const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

export interface Draft {
  slotMinutes: ScheduleSlotMinutes;
  days: Record<IsoWeekday, Hours[]>;
  breaks: Hours[];
  leaveDates: string[];
}

const noDays = (): Record<IsoWeekday, Hours[]> => ({ 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] });

export function draftOf(schedule: WeeklySchedule | null): Draft {
  const days = noDays();
  for (const w of schedule?.windows ?? []) days[w.weekday].push({ start: w.start, end: w.end });
  for (const d of WEEKDAYS) days[d].sort((a, b) => a.start.localeCompare(b.start));
  return {
    slotMinutes: schedule?.slotMinutes ?? 30,
    days,
    breaks: schedule?.breaks.map((b) => ({ ...b })) ?? [],
    leaveDates: [...(schedule?.leaveDates ?? [])],
  };
}

export const toBody = (d: Draft): WeeklyScheduleBody => ({
  slotMinutes: d.slotMinutes,
  windows: WEEKDAYS.flatMap((weekday) => d.days[weekday].map((h) => ({ weekday, ...h }))),
  breaks: d.breaks,
  leaveDates: [...d.leaveDates].sort(),
});

/** The input names the checks key their messages by. */
export const hoursName = (day: IsoWeekday, i: number, end: 'start' | 'end') => `hours-${day}-${i}-${end}`;
export const breakName = (i: number, end: 'start' | 'end') => `break-${i}-${end}`;

const span = (h: Hours) => minutesOfDay(h.end) - minutesOfDay(h.start);

/** The schedule's own contradictions, as the API finds them (functions/appointments/schedule.ts). */
export function checkDraft(d: Draft): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!WEEKDAYS.some((day) => d.days[day].length)) errors.windows = [m.sched_no_hours()];
  for (const day of WEEKDAYS) {
    d.days[day].forEach((h, i) => {
      if (!h.start || !h.end) return;
      if (span(h) <= 0) errors[hoursName(day, i, 'end')] = [m.avail_end_after()];
      else if (span(h) < d.slotMinutes)
        errors[hoursName(day, i, 'end')] = [m.avail_room_for_one({ duration: d.slotMinutes })];
      if (d.days[day].some((o, j) => j < i && o.start < h.end && h.start < o.end))
        errors[hoursName(day, i, 'start')] = [m.sched_hours_overlap()];
    });
  }
  d.breaks.forEach((b, i) => {
    if (b.start && b.end && span(b) <= 0) errors[breakName(i, 'end')] = [m.avail_end_after()];
  });
  return errors;
}

/** Slots a week the draft opens (breaks left out), for the preview. */
export function slotsPerWeek(d: Draft): number {
  let n = 0;
  for (const day of WEEKDAYS)
    for (const h of d.days[day]) {
      if (!h.start || !h.end) continue;
      for (let t = minutesOfDay(h.start); t + d.slotMinutes <= minutesOfDay(h.end); t += d.slotMinutes)
        if (!d.breaks.some((b) => t < minutesOfDay(b.end) && minutesOfDay(b.start) < t + d.slotMinutes)) n++;
    }
  return n;
}

/** The store: one draft signal and the changes the editor makes to it. */
export function scheduleStore(initial: Draft) {
  const draft = signal(initial);
  const set = (change: (d: Draft) => Draft) => {
    draft.value = change(draft.value);
  };
  const setDay = (day: IsoWeekday, hours: Hours[]) =>
    set((d) => ({ ...d, days: { ...d.days, [day]: hours } }));
  return {
    draft,
    load: (d: Draft) => {
      draft.value = d;
    },
    setSlotMinutes: (slotMinutes: ScheduleSlotMinutes) => set((d) => ({ ...d, slotMinutes })),
    /** New hours follow the day's last ones (or start at 10:00), an hour long. */
    addHours: (day: IsoWeekday) => {
      const last = draft.value.days[day].at(-1);
      const start = last && minutesOfDay(last.end) <= 22 * 60 ? last.end : '10:00';
      const end = `${String(Math.min(23, Number(start.slice(0, 2)) + 1)).padStart(2, '0')}:${start.slice(3)}`;
      setDay(day, [...draft.value.days[day], { start, end }]);
    },
    setHours: (day: IsoWeekday, i: number, field: keyof Hours, value: string) =>
      setDay(
        day,
        draft.value.days[day].map((h, j) => (j === i ? { ...h, [field]: value } : h)),
      ),
    removeHours: (day: IsoWeekday, i: number) =>
      setDay(
        day,
        draft.value.days[day].filter((_, j) => j !== i),
      ),
    /** Monday's hours for Tuesday to Saturday too (the common Indian clinic week). */
    copyMondayToSaturday: () =>
      set((d) => ({
        ...d,
        days: {
          ...d.days,
          2: [...d.days[1]],
          3: [...d.days[1]],
          4: [...d.days[1]],
          5: [...d.days[1]],
          6: [...d.days[1]],
        },
      })),
    addBreak: () => set((d) => ({ ...d, breaks: [...d.breaks, { start: '13:00', end: '14:00' }] })),
    setBreak: (i: number, field: keyof Hours, value: string) =>
      set((d) => ({ ...d, breaks: d.breaks.map((b, j) => (j === i ? { ...b, [field]: value } : b)) })),
    removeBreak: (i: number) => set((d) => ({ ...d, breaks: d.breaks.filter((_, j) => j !== i) })),
    addLeave: (date: string) => set((d) => ({ ...d, leaveDates: [...d.leaveDates, date].sort() })),
    removeLeave: (date: string) => set((d) => ({ ...d, leaveDates: d.leaveDates.filter((x) => x !== date) })),
  };
}

export type ScheduleStore = ReturnType<typeof scheduleStore>;
