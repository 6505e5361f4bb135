/**
 * /doctors/view/?id=: a verified doctor's profile and free times for the next 7 days, grouped by day
 * in the VIEWER's time zone (a patient abroad sees their own clock), and booking: choose a time,
 * say why, and the slot is held while the patient pays. Signed-out visitors sign in first and come
 * back to the same time; doctors and admins can look but not book.
 */
import { ApiError, type AppointmentView, api, type DoctorPagePayload, type PublicSlot } from '../lib/api.ts';
import { availabilityPill, doctorAvatar, experienceText, priceWithGst } from '../lib/doctor-ui.ts';
import { type Child, h, replaceChildren } from '../lib/dom.ts';
import { formatInr, listOf } from '../lib/format.ts';
import { bindForm, clearFormErrors, fieldValue } from '../lib/forms.ts';
import { iconSvg } from '../lib/icons.ts';
import { detailRow, emptyStateWithAction as emptyState, notice } from '../lib/page-ui.ts';
import { describeTimeZone } from '../lib/profile-ui.ts';
import { getMeIfSignedIn, loginUrl, type Me, roleLabel } from '../lib/session.ts';
import { errorState, plural, setViewState } from '../lib/states.ts';
import { wireTabs } from '../lib/tabs.ts';
import {
  addDaysYmd,
  formatDay,
  formatTime,
  formatTimeRange,
  relativeDayName,
  sameZone,
  viewerZone,
  ymdIn,
} from '../lib/zoned.ts';

const root = document.querySelector<HTMLElement>('[data-doctor-page]');
const params = new URLSearchParams(window.location.search);
const doctorId = (params.get('id') ?? '').trim();
const zone = viewerZone();

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root?.querySelector<T>(selector) ?? null;

let me: Me | null = null;
let slots: PublicSlot[] = [];
let selected: PublicSlot | null = null;
let doctorName = '';

// ---- Header and about ---------------------------------------------------------------------------

function paragraphs(text: string): Child[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => h('p', { text: p }));
}

function renderProfile({ doctor }: DoctorPagePayload) {
  doctorName = doctor.name;
  document.title = `${doctor.name}, ${doctor.specialtyName} · Chikitsa360`;
  replaceChildren($('[data-avatar]')!, doctorAvatar(doctor, 'size-20 text-2xl'));
  $('[data-name]')!.textContent = doctor.name;
  $('[data-specialty]')!.textContent = doctor.specialtyName;
  replaceChildren($('[data-availability]')!, availabilityPill(doctor.available));

  const fact = (icon: string, label: string, value: string) =>
    h(
      'div',
      { class: 'flex items-center gap-2 text-sm text-slate-700' },
      iconSvg(icon, 'size-4 shrink-0 text-brand-700'),
      h('dt', { class: 'sr-only', text: label }),
      h('dd', { text: value }),
    );
  replaceChildren(
    $('[data-quick-facts]')!,
    fact('briefcase', 'Experience', experienceText(doctor.experienceYears)),
    doctor.languages.length ? fact('languages', 'Languages', `Speaks ${listOf(doctor.languages)}`) : null,
    doctor.hospital ? fact('building', 'Hospital', doctor.hospital) : null,
  );

  $('[data-about-heading]')!.textContent = `About ${doctor.name}`;
  const bio = paragraphs(doctor.bio);
  replaceChildren(
    $('[data-bio]')!,
    bio.length
      ? bio
      : h('p', { class: 'text-slate-600', text: `${doctor.name} has not written an introduction yet.` }),
  );
  replaceChildren(
    $('[data-details]')!,
    detailRow('Specialty', doctor.specialtyName),
    detailRow('Experience', experienceText(doctor.experienceYears)),
    detailRow(
      'Registration number',
      doctor.registrationNumber || 'Checked by our team',
      'registration-number',
    ),
    doctor.education ? detailRow('Education', doctor.education, 'education') : null,
    doctor.languages.length ? detailRow('Languages', listOf(doctor.languages)) : null,
    doctor.hospital ? detailRow('Hospital or clinic', doctor.hospital) : null,
  );

  const price = priceWithGst(doctor.feePaise);
  $('[data-fee]')!.textContent = formatInr(price.basePaise);
  $('[data-fee-total]')!.textContent =
    `+ 18% GST ${formatInr(price.gstPaise)} = ${formatInr(price.totalPaise)} in total`;

  const zoneNote = $('[data-zone-note]')!;
  zoneNote.textContent = `Times are in your time zone: ${describeTimeZone(zone)}.`;
  if (!sameZone(doctor.timeZone, zone))
    zoneNote.append(` ${doctor.name} works in ${describeTimeZone(doctor.timeZone)}.`);

  const notes: HTMLElement[] = [];
  if (me && me.role !== 'patient')
    notes.push(
      notice(
        'info',
        [
          h('p', { class: 'font-semibold', text: 'Only patients can book consultations.' }),
          h('p', {
            text: `You are signed in with ${me.role === 'admin' ? 'an' : 'a'} ${roleLabel[me.role].toLowerCase()} account, so these times are shown for information.`,
          }),
        ],
        { testid: 'patients-only-note', live: false },
      ),
    );
  if (!doctor.available)
    notes.push(
      notice('warning', `${doctor.name} is not taking new bookings right now.`, {
        testid: 'doctor-unavailable-note',
        live: false,
      }),
    );
  replaceChildren($('[data-booking-notes]')!, notes);
}

// ---- Slots ----------------------------------------------------------------------------------------

const canBook = () => !me || me.role === 'patient';

function period(iso: string): 'Morning' | 'Afternoon' | 'Evening' {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
      new Date(iso),
    ),
  );
  return hour < 12 ? 'Morning' : hour < 17 ? 'Afternoon' : 'Evening';
}

function slotButton(slot: PublicSlot) {
  const button = h('button', {
    type: 'button',
    class:
      'min-h-11 rounded-lg border border-brand-200 bg-white px-2 text-sm font-semibold text-brand-800 tabular-nums transition-colors hover:border-brand-400 hover:bg-brand-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-50 disabled:text-slate-600',
    'aria-pressed': String(selected?.id === slot.id),
    'aria-label': `${formatTime(slot.startAt, zone)}, ${formatDay(ymdIn(slot.startAt, zone), 'long')}`,
    disabled: !canBook(),
    dataset: { testid: 'slot', slotId: slot.id, start: slot.startAt },
    text: formatTime(slot.startAt, zone),
  });
  button.addEventListener('click', () => choose(slot, button));
  return button;
}

function dayPanel(day: string, daySlots: PublicSlot[], index: number) {
  const groups = new Map<string, PublicSlot[]>();
  for (const s of daySlots) {
    const name = period(s.startAt);
    groups.set(name, [...(groups.get(name) ?? []), s]);
  }
  return h(
    'div',
    {
      id: `day-panel-${index}`,
      role: 'tabpanel',
      'aria-labelledby': `day-tab-${index}`,
      tabindex: daySlots.length ? undefined : '0',
      class: 'mt-4',
      hidden: true,
      dataset: { testid: 'day-panel', day },
    },
    daySlots.length
      ? [...groups].map(([name, list]) =>
          h(
            'div',
            { class: 'mt-3 first:mt-0', role: 'group', 'aria-label': `${name}, ${formatDay(day, 'long')}` },
            h('p', { class: 'text-xs font-semibold tracking-wide text-slate-600 uppercase', text: name }),
            h(
              'div',
              { class: 'mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-3' },
              list.map(slotButton),
            ),
          ),
        )
      : h('p', {
          class: 'rounded-lg bg-slate-50 px-4 py-6 text-center text-sm text-slate-600',
          text: `No free times on ${formatDay(day, 'long')}.`,
        }),
  );
}

function renderSlots({ keepDay }: { keepDay?: string } = {}) {
  const container = $('[data-slots]')!;
  if (!slots.length) {
    replaceChildren(
      container,
      emptyState({
        icon: 'calendar',
        title: 'No free times this week',
        text: `${doctorName} has no free consultation times in the next 7 days. Check again soon, or see other doctors.`,
        link: { href: '/doctors/', label: 'Find another doctor' },
        testid: 'no-slots',
      }),
    );
    return;
  }
  const today = ymdIn(new Date(), zone);
  const byDay = new Map<string, PublicSlot[]>();
  for (const s of slots) {
    const day = ymdIn(s.startAt, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const lastDay = [...byDay.keys()].sort().at(-1) ?? today;
  const days: string[] = [];
  for (let d = today; d <= lastDay || days.length < 7; d = addDaysYmd(d, 1)) days.push(d);

  const wanted = keepDay ?? (selected ? ymdIn(selected.startAt, zone) : params.get('date'));
  let initial = days.findIndex((d) => d === wanted && byDay.has(d));
  if (initial < 0) initial = days.findIndex((d) => byDay.has(d));

  const tablist = h(
    'div',
    {
      role: 'tablist',
      'aria-label': 'Days',
      class: '-mx-1 flex snap-x gap-2 overflow-x-auto px-1 pt-1 pb-2',
      dataset: { testid: 'day-tabs' },
    },
    days.map((day, i) => {
      const count = byDay.get(day)?.length ?? 0;
      return h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `day-tab-${i}`,
          'aria-controls': `day-panel-${i}`,
          'aria-selected': String(i === initial),
          tabindex: i === initial ? '0' : '-1',
          class:
            'flex min-w-[4.75rem] shrink-0 snap-start flex-col items-center rounded-xl border border-slate-200 bg-white px-2 py-2 text-center text-slate-700 transition-colors hover:border-brand-300 aria-selected:border-brand-700 aria-selected:bg-brand-700 aria-selected:text-white',
          dataset: { testid: 'day-tab', day, count: String(count) },
        },
        h('span', { class: 'text-xs font-semibold', text: relativeDayName(day, today) }),
        h('span', { class: 'text-base leading-6 font-bold', text: formatDay(day).replace(/^\w+,\s*/, '') }),
        h('span', {
          class: 'text-xs',
          text: count ? plural(count, 'slot', 'slots') : 'None',
        }),
      );
    }),
  );
  const panels = days.map((day, i) => dayPanel(day, byDay.get(day) ?? [], i));
  replaceChildren(container, tablist, panels);
  wireTabs(tablist).select(initial, { notify: false });
}

/** Scrolls the day strip (not the page) so the chosen day is in view on a narrow screen. */
function revealSelectedDay() {
  const list = $('[role="tablist"]');
  const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
  if (!list || !tab) return;
  list.scrollLeft += tab.getBoundingClientRect().left - list.getBoundingClientRect().left - 8;
}

// ---- Choosing and booking ---------------------------------------------------------------------------

const announcer = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });

function choose(slot: PublicSlot, button: HTMLButtonElement) {
  selected = slot;
  for (const b of $('[data-slots]')!.querySelectorAll<HTMLButtonElement>('[data-testid="slot"]'))
    b.setAttribute('aria-pressed', String(b === button));
  const when = `${formatDay(ymdIn(slot.startAt, zone), 'long')}, ${formatTimeRange(slot.startAt, slot.endAt, zone)}`;
  $('[data-selected-slot]')!.textContent = when;
  $('[data-selection]')!.hidden = false;

  const form = $<HTMLFormElement>('#book-form')!;
  const signIn = $('[data-sign-in-box]')!;
  if (me) {
    form.hidden = false;
    signIn.hidden = true;
    clearFormErrors(form);
    announcer.textContent = `Chosen: ${when}. Now tell the doctor why you are booking.`;
    form.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  } else {
    form.hidden = true;
    signIn.hidden = false;
    const link = $<HTMLAnchorElement>('[data-sign-in-link]')!;
    link.href = loginUrl(
      `/doctors/view/?id=${encodeURIComponent(doctorId)}&slot=${encodeURIComponent(slot.id)}`,
    );
    announcer.textContent = `Chosen: ${when}. Sign in to book it.`;
    link.focus();
  }
}

async function reloadSlots(message: string) {
  const keepDay = selected ? ymdIn(selected.startAt, zone) : undefined;
  selected = null;
  $('[data-selection]')!.hidden = true;
  try {
    const fresh = await api.get<DoctorPagePayload>(`/api/doctors/${encodeURIComponent(doctorId)}`);
    slots = fresh.slots;
  } catch {
    // Keep what we have; the taken slot was removed below.
  }
  renderSlots({ keepDay });
  revealSelectedDay();
  const box = $('[data-booking-notes]')!;
  const alert = notice('error', message, { testid: 'slot-taken' });
  alert.tabIndex = -1;
  box.prepend(alert);
  alert.focus();
}

function wireBooking() {
  const form = $<HTMLFormElement>('#book-form');
  if (!form) return;
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea');
  const counter = $('[data-reason-count]');
  if (textarea && counter) {
    textarea.setAttribute(
      'aria-describedby',
      `${textarea.getAttribute('aria-describedby') ?? ''} reason-count`.trim(),
    );
    const update = () => {
      counter.textContent = `${textarea.value.length.toLocaleString('en-IN')} / 1,000`;
    };
    textarea.addEventListener('input', update);
    update();
  }
  bindForm(form, {
    validate: () => {
      const reason = fieldValue(form, 'reason');
      if (reason && reason.length < 3)
        return { reason: ['Tell the doctor briefly why you are booking (at least 3 characters).'] };
      return undefined;
    },
    submit: async () => {
      if (!selected) throw new ApiError(400, 'no_slot', 'Choose a time first.');
      const { appointment } = await api.post<{ appointment: AppointmentView }>('/api/appointments', {
        slotId: selected.id,
        reason: fieldValue(form, 'reason'),
      });
      window.location.assign(`/appointments/view/?id=${encodeURIComponent(appointment.id)}&booked=1`);
      return 'navigating';
    },
    onError: (err) => {
      if (err.status === 401) {
        window.location.assign(
          loginUrl(
            `/doctors/view/?id=${encodeURIComponent(doctorId)}${selected ? `&slot=${encodeURIComponent(selected.id)}` : ''}`,
          ),
        );
        return true;
      }
      if (err.code === 'slot_taken' || err.code === 'slot_past' || (err.status === 404 && selected)) {
        const gone = selected?.id;
        slots = slots.filter((s) => s.id !== gone);
        void reloadSlots(
          err.code === 'slot_past'
            ? 'That time has just passed. Please choose a later time.'
            : 'This slot was just taken by someone else. Please choose another time.',
        );
        return true;
      }
      return false;
    },
  });
}

// ---- Load ---------------------------------------------------------------------------------------------

function showError(title: string, message: string, retry: boolean) {
  if (!root) return;
  replaceChildren(
    $('[data-error-box]')!,
    retry
      ? errorState({ title, message, onRetry: () => void load(), retryTestid: 'retry-doctor' })
      : emptyState({
          icon: 'user-search',
          title,
          text: message,
          link: { href: '/doctors/', label: 'Find a doctor', primary: true },
          testid: 'doctor-not-found',
        }),
  );
  setViewState(root, 'error');
}

async function load() {
  if (!root) return;
  setViewState(root, 'loading');
  if (!/^[0-9a-f-]{36}$/i.test(doctorId)) {
    showError(
      'We could not find this doctor',
      'The link may be old or mistyped. Search our verified doctors instead.',
      false,
    );
    return;
  }
  try {
    const [payload, viewer] = await Promise.all([
      api.get<DoctorPagePayload>(`/api/doctors/${encodeURIComponent(doctorId)}`),
      getMeIfSignedIn().catch(() => null),
    ]);
    me = viewer;
    slots = payload.slots;
    renderProfile(payload);
    const wantedSlot = params.get('slot');
    renderSlots();
    setViewState(root, 'ready');
    revealSelectedDay();
    if (wantedSlot && canBook()) {
      const button = $('[data-slots]')!.querySelector<HTMLButtonElement>(
        `[data-slot-id="${CSS.escape(wantedSlot)}"]`,
      );
      const slot = slots.find((s) => s.id === wantedSlot);
      if (button && slot) choose(slot, button);
      else if (me)
        replaceChildren(
          $('[data-booking-notes]')!,
          notice('warning', 'The time you chose is no longer free. Please choose another.', {
            testid: 'slot-gone',
          }),
        );
    }
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      showError(
        'We could not find this doctor',
        'This doctor is not listed on Chikitsa360 any more, or the link is mistyped.',
        false,
      );
      return;
    }
    showError(
      'We could not load this doctor',
      err instanceof ApiError ? err.message : 'Something went wrong. Please try again.',
      true,
    );
  }
}

if (root) {
  root.append(announcer);
  wireBooking();
  void load();
}
