/**
 * /doctor/availability/: a doctor publishes consultation slots and sees the next 14 days. Everything
 * here is in the DOCTOR's time zone (their profile's, Asia/Kolkata by default), whatever the
 * browser's zone is, because that is the zone the API splits the hours in. The form previews how
 * many slots it opens; the API's field errors land on the matching fields; free slots can be deleted
 * (held and booked ones link to their appointment instead).
 */
import {
  ApiError,
  api,
  type CreateSlotsResult,
  type DoctorSlot,
  type DoctorSlotsPayload,
} from '../lib/api.ts';
import { appointmentHref } from '../lib/appointment-ui.ts';
import { confirmDialog } from '../lib/dialog.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { bindForm, clearFieldError, fieldValue } from '../lib/forms.ts';
import { iconSvg } from '../lib/icons.ts';
import { notice } from '../lib/page-ui.ts';
import { describeTimeZone, verificationBanner } from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';
import { errorState, plural } from '../lib/states.ts';
import { addDaysYmd, formatDay, formatTime, hhmmIn, minutesOfDay, weekdayOf, ymdIn } from '../lib/zoned.ts';

const DAYS_SHOWN = 14;
const MAX_SLOTS = 400;

const q = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector);

let zone = 'Asia/Kolkata';
let today = '';

// ---- The form ----------------------------------------------------------------------------------------

function dateCheckboxes(form: HTMLFormElement) {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="dates"]')];
}

const chosenDates = (form: HTMLFormElement) =>
  dateCheckboxes(form)
    .filter((c) => c.checked)
    .map((c) => c.value);

function renderDateGrid(form: HTMLFormElement) {
  const grid = q('[data-date-grid]');
  if (!grid) return;
  // Monday of this week, then five weeks: every day from today to four weeks ahead fits.
  const monday = addDaysYmd(today, -((weekdayOf(today) + 6) % 7));
  const cells: HTMLElement[] = [];
  for (let i = 0; i < 35; i++) {
    const day = addDaysYmd(monday, i);
    if (day < today) {
      cells.push(h('span', { class: 'h-12', 'aria-hidden': 'true' }));
      continue;
    }
    const dayOfMonth = day.slice(8);
    const monthName = new Intl.DateTimeFormat('en-IN', { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    );
    const input = h('input', {
      type: 'checkbox',
      name: 'dates',
      value: day,
      id: `date-${day}`,
      class: 'peer sr-only',
      dataset: { testid: `date-${day}` },
    });
    cells.push(
      h(
        'label',
        { for: input.id, class: 'relative block cursor-pointer' },
        input,
        h(
          'span',
          {
            class:
              'flex h-12 flex-col items-center justify-center rounded-lg border border-slate-200 bg-white text-slate-800 transition-colors hover:border-brand-400 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500',
            'aria-hidden': 'true',
          },
          h('span', { class: 'text-sm leading-4 font-semibold', text: String(Number(dayOfMonth)) }),
          h('span', {
            class: 'text-[0.6875rem] leading-4',
            text: day === today ? 'Today' : monthName,
          }),
        ),
        h('span', { class: 'sr-only', text: `${formatDay(day, 'long')}${day === today ? ' (today)' : ''}` }),
      ),
    );
  }
  replaceChildren(grid, cells);
  grid.addEventListener('change', () => {
    clearFieldError(form, 'dates');
    updatePreview(form);
  });
}

function quickSelect(form: HTMLFormElement, kind: string) {
  const boxes = dateCheckboxes(form);
  const tomorrow = addDaysYmd(today, 1);
  const wanted = new Set<string>();
  if (kind === 'week') for (let i = 0; i < 7; i++) wanted.add(addDaysYmd(tomorrow, i));
  if (kind === 'weekdays')
    for (let i = 0; i < 14; i++) {
      const day = addDaysYmd(tomorrow, i);
      const wd = weekdayOf(day);
      if (wd !== 0 && wd !== 6) wanted.add(day);
    }
  for (const box of boxes) box.checked = wanted.has(box.value);
  clearFieldError(form, 'dates');
  updatePreview(form);
}

interface Plan {
  perDay: number;
  total: number;
  days: number;
  duration: number;
  leftover: number;
  lastEnd: string;
}

function plan(form: HTMLFormElement): Plan | null {
  const start = fieldValue(form, 'startTime');
  const end = fieldValue(form, 'endTime');
  const duration = Number(fieldValue(form, 'durationMinutes'));
  if (!start || !end || !duration) return null;
  const span = minutesOfDay(end) - minutesOfDay(start);
  if (span <= 0) return null;
  const perDay = Math.floor(span / duration);
  const days = chosenDates(form).length;
  const lastEndMinutes = minutesOfDay(start) + perDay * duration;
  const lastEnd = `${String(Math.floor(lastEndMinutes / 60)).padStart(2, '0')}:${String(lastEndMinutes % 60).padStart(2, '0')}`;
  return { perDay, total: perDay * days, days, duration, leftover: span - perDay * duration, lastEnd };
}

function updatePreview(form: HTMLFormElement) {
  const preview = q('[data-preview]');
  const count = q('[data-dates-count]');
  const days = chosenDates(form).length;
  if (count) count.textContent = days ? `${plural(days, 'day', 'days')} chosen.` : 'No days chosen yet.';
  const label = form.querySelector<HTMLElement>('button[type="submit"] [data-label]');
  const p = plan(form);
  let text: string;
  if (!fieldValue(form, 'startTime') || !fieldValue(form, 'endTime'))
    text = 'Choose the hours to see how many slots this opens.';
  else if (!p) text = 'The end time must be after the start time.';
  else if (!p.perDay) text = `The hours are shorter than one ${p.duration}-minute slot.`;
  else if (!days)
    text = `${plural(p.perDay, `slot of ${p.duration} minutes`, `slots of ${p.duration} minutes`)} a day. Choose days to publish them.`;
  else {
    text = `${plural(p.total, 'slot', 'slots')} in all: ${p.perDay} a day of ${p.duration} minutes, ${fieldValue(form, 'startTime')}–${p.lastEnd}, on ${plural(days, 'day', 'days')}.`;
    if (p.leftover) text += ` The last ${p.leftover} minutes do not fit a whole slot and stay closed.`;
  }
  if (preview) preview.textContent = text;
  if (label && !form.hasAttribute('aria-busy'))
    label.textContent = p?.total ? `Publish ${plural(p.total, 'slot', 'slots')}` : 'Publish slots';
}

function validate(form: HTMLFormElement) {
  const errors: Record<string, string[]> = {};
  const dates = chosenDates(form);
  const start = fieldValue(form, 'startTime');
  const end = fieldValue(form, 'endTime');
  const p = plan(form);
  if (!dates.length) errors.dates = ['Choose at least one day.'];
  if (start && end && minutesOfDay(end) <= minutesOfDay(start))
    errors.endTime = ['Choose a time after the start.'];
  else if (start && end && p && !p.perDay)
    errors.endTime = [`Leave room for at least one ${p.duration}-minute slot.`];
  if (
    !errors.dates &&
    dates.includes(today) &&
    start &&
    minutesOfDay(start) <= minutesOfDay(hhmmIn(new Date(), zone))
  )
    errors.dates = [
      `Today's hours start at ${start}, which has passed. Choose a later start, or leave today out.`,
    ];
  if (!errors.dates && p && p.total > MAX_SLOTS)
    errors.dates = [`That is ${p.total} slots; publish at most ${MAX_SLOTS} at a time.`];
  return Object.keys(errors).length ? errors : undefined;
}

function wireForm(form: HTMLFormElement) {
  renderDateGrid(form);
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-quick]'))
    button.addEventListener('click', () => quickSelect(form, button.dataset.quick ?? ''));
  for (const name of ['startTime', 'endTime', 'durationMinutes'])
    form.querySelector(`[name="${name}"]`)?.addEventListener('input', () => {
      clearFieldError(form, name);
      updatePreview(form);
    });
  updatePreview(form);

  const result = q('[data-publish-result]');
  bindForm(form, {
    validate: () => {
      if (result) replaceChildren(result);
      return validate(form);
    },
    submit: async () => {
      const res = await api.post<CreateSlotsResult>('/api/doctor/slots', {
        dates: chosenDates(form),
        startTime: fieldValue(form, 'startTime'),
        endTime: fieldValue(form, 'endTime'),
        durationMinutes: Number(fieldValue(form, 'durationMinutes')),
      });
      for (const box of dateCheckboxes(form)) box.checked = false;
      updatePreview(form);
      const days = new Set(res.slots.map((s) => s.localDate)).size;
      const box = notice(
        'success',
        [
          h('p', {
            class: 'font-semibold',
            text: `Published ${plural(res.created, 'slot', 'slots')} on ${plural(days, 'day', 'days')}.`,
          }),
          h('p', { text: 'Patients can book them now.' }),
        ],
        { testid: 'publish-success' },
      );
      box.tabIndex = -1;
      if (result) replaceChildren(result, box);
      await loadSchedule();
      box.focus();
      return undefined;
    },
  });
}

// ---- The schedule ----------------------------------------------------------------------------------------

const STATE_LOOK = {
  free: { dot: 'bg-emerald-500', label: 'Free', box: 'border-emerald-200 bg-emerald-50/60' },
  held: { dot: 'bg-accent-500', label: 'Held, awaiting payment', box: 'border-accent-300 bg-accent-50' },
  booked: { dot: 'bg-brand-700', label: 'Booked', box: 'border-brand-200 bg-brand-50' },
} as const;

let slots: DoctorSlot[] = [];

function slotChip(slot: DoctorSlot, day: string) {
  const look = STATE_LOOK[slot.status];
  const time = `${formatTime(slot.startAt, zone)} – ${formatTime(slot.endAt, zone)}`;
  const minutes = Math.round((Date.parse(slot.endAt) - Date.parse(slot.startAt)) / 60_000);
  const where = `${formatTime(slot.startAt, zone)} on ${formatDay(day, 'long')}`;
  let action: HTMLElement | null = null;
  if (slot.status === 'free') {
    action = h(
      'button',
      {
        type: 'button',
        class:
          'grid size-9 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-red-50 hover:text-red-700',
        'aria-label': `Delete the ${where} slot`,
        dataset: { testid: 'delete-slot' },
      },
      iconSvg('trash', 'size-4'),
    );
    action.addEventListener('click', () => void deleteSlot(slot, time, day));
  } else if (slot.appointmentId) {
    action = h('a', {
      href: appointmentHref(slot.appointmentId),
      class: 'shrink-0 rounded px-1 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline',
      'aria-label': `View the booking at ${where}`,
      text: 'View',
      dataset: { testid: 'slot-appointment-link' },
    });
  }
  return h(
    'li',
    {
      class: `flex min-h-12 items-center gap-2.5 rounded-lg border py-1.5 pr-1 pl-3 text-sm ${look.box}`,
      dataset: { testid: 'schedule-slot', status: slot.status, slotId: slot.id, start: slot.startAt },
    },
    h('span', { class: `size-2.5 shrink-0 rounded-full ${look.dot}`, 'aria-hidden': 'true' }),
    h(
      'span',
      { class: 'min-w-0 flex-1 leading-5' },
      h('span', {
        class: 'block font-semibold text-slate-900 tabular-nums',
        text: formatTime(slot.startAt, zone),
      }),
      h('span', {
        class: 'block text-xs text-slate-600',
        text: `${minutes} min · ${slot.status === 'held' ? 'Held' : look.label}`,
      }),
      h('span', { class: 'sr-only', text: slot.status === 'held' ? ', awaiting payment' : '' }),
    ),
    action,
  );
}

function renderSchedule() {
  const container = q('[data-schedule]');
  if (!container) return;
  const byDay = new Map<string, DoctorSlot[]>();
  for (const s of slots) {
    const day = ymdIn(s.startAt, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const counts = { free: 0, held: 0, booked: 0 };
  for (const s of slots) counts[s.status]++;
  const summary = q('[data-schedule-summary]');
  if (summary)
    summary.textContent = slots.length
      ? `${counts.free} free · ${counts.held} held · ${counts.booked} booked, from today in ${describeTimeZone(zone)}.`
      : `No slots yet. Times are in ${describeTimeZone(zone)}.`;

  const days = Array.from({ length: DAYS_SHOWN }, (_, i) => addDaysYmd(today, i));
  container.dataset.state = 'ready';
  container.setAttribute('aria-busy', 'false');
  replaceChildren(
    container,
    h(
      'ol',
      { class: 'grid gap-1', dataset: { testid: 'schedule-days' } },
      days.map((day, i) => {
        const daySlots = (byDay.get(day) ?? []).sort((a, b) => a.startAt.localeCompare(b.startAt));
        const headingId = `day-${day}`;
        const dayCounts = { free: 0, held: 0, booked: 0 };
        for (const s of daySlots) dayCounts[s.status]++;
        return h(
          'li',
          {
            class: 'border-t border-slate-100 py-4 first:border-0 first:pt-0',
            dataset: { testid: 'schedule-day', day },
          },
          h(
            'div',
            { class: 'flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1' },
            h(
              'h3',
              { id: headingId, class: 'font-semibold text-slate-900' },
              formatDay(day, 'long'),
              i === 0 ? h('span', { class: 'ml-2 text-sm font-medium text-brand-700', text: 'Today' }) : null,
            ),
            h('p', {
              class: 'text-sm text-slate-600',
              text: daySlots.length
                ? [
                    dayCounts.free && `${dayCounts.free} free`,
                    dayCounts.held && `${dayCounts.held} held`,
                    dayCounts.booked && `${dayCounts.booked} booked`,
                  ]
                    .filter(Boolean)
                    .join(' · ')
                : 'No slots',
            }),
          ),
          daySlots.length
            ? h(
                'ul',
                {
                  class:
                    'mt-3 grid grid-cols-1 gap-2 min-[420px]:grid-cols-2 sm:grid-cols-3 lg:grid-cols-2 xl:grid-cols-3',
                  'aria-labelledby': headingId,
                },
                daySlots.map((s) => slotChip(s, day)),
              )
            : null,
        );
      }),
    ),
  );
}

async function loadSchedule({ announce = true } = {}) {
  const container = q('[data-schedule]');
  const status = q('[data-status-for="schedule"]');
  try {
    const payload = await api.get<DoctorSlotsPayload>(
      `/api/doctor/slots?from=${today}&to=${addDaysYmd(today, DAYS_SHOWN - 1)}`,
    );
    slots = payload.slots;
    renderSchedule();
    if (status && announce)
      status.textContent = `${plural(slots.length, 'slot', 'slots')} in the next 14 days.`;
  } catch (err) {
    if (!container) return;
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    container.dataset.state = 'error';
    container.setAttribute('aria-busy', 'false');
    replaceChildren(
      container,
      errorState({
        title: 'We could not load your slots',
        message,
        onRetry: () => void loadSchedule(),
        retryTestid: 'retry-schedule',
      }),
    );
    if (status) status.textContent = message;
  }
}

async function deleteSlot(slot: DoctorSlot, time: string, day: string) {
  const deleted = await confirmDialog({
    title: 'Delete this slot?',
    body: [
      h('p', { class: 'font-medium text-slate-900', text: `${time} on ${formatDay(day, 'long')}` }),
      h('p', { text: 'Patients will no longer be able to book this time.' }),
    ],
    confirmLabel: 'Delete slot',
    busyLabel: 'Deleting…',
    cancelLabel: 'Keep it',
    tone: 'danger',
    icon: 'trash',
    testid: 'delete-dialog',
    onConfirm: async () => {
      try {
        await api.del(`/api/doctor/slots/${encodeURIComponent(slot.id)}`);
      } catch (err) {
        // Booked meanwhile: show the state as it is now behind the dialog, and say why.
        if (err instanceof ApiError && err.status === 409) void loadSchedule({ announce: false });
        throw err;
      }
    },
  });
  if (!deleted) return;
  const order = slots.filter((s) => ymdIn(s.startAt, zone) === day && s.status === 'free');
  const next =
    order[order.findIndex((s) => s.id === slot.id) + 1] ??
    order[order.findIndex((s) => s.id === slot.id) - 1];
  slots = slots.filter((s) => s.id !== slot.id);
  renderSchedule();
  const status = q('[data-status-for="schedule"]');
  if (status) status.textContent = `Deleted the ${time} slot on ${formatDay(day, 'long')}.`;
  // Keep the keyboard where it was: the neighbouring slot's button, or the day's heading.
  const target =
    (next && q(`[data-slot-id="${CSS.escape(next.id)}"] [data-testid="delete-slot"]`)) ?? q(`#day-${day}`);
  if (target) {
    if (!(target instanceof HTMLButtonElement)) target.tabIndex = -1;
    target.focus();
  }
}

// ---- Page ---------------------------------------------------------------------------------------------------

function renderIntro(me: Me) {
  const zoneText = q('[data-zone-text]');
  if (zoneText) zoneText.textContent = `Times on this page are in your time zone, ${describeTimeZone(zone)}.`;
  const banner = q('[data-banner]');
  const profile = me.doctorProfile;
  if (!banner || !profile) return;
  const parts: HTMLElement[] = [];
  if (profile.verificationStatus !== 'verified') parts.push(verificationBanner(profile));
  if (!profile.available)
    parts.push(
      notice(
        'warning',
        [
          h('p', { class: 'font-semibold', text: 'Bookings are paused.' }),
          h(
            'p',
            null,
            'Patients cannot book your slots until you turn bookings back on in your ',
            h('a', {
              href: '/account/doctor/',
              class: 'font-semibold underline underline-offset-2',
              text: 'doctor profile',
            }),
            '.',
          ),
        ],
        { testid: 'bookings-paused', live: false },
      ),
    );
  replaceChildren(banner, parts);
}

protectPage(async (me) => {
  zone = me.timeZone || 'Asia/Kolkata';
  today = ymdIn(new Date(), zone);
  renderIntro(me);
  const form = q<HTMLFormElement>('#publish-form');
  if (form) wireForm(form);
  await loadSchedule({ announce: false });
});
