/**
 * /appointments/: the signed-in patient's or doctor's own appointments, in tabs: Upcoming and Past
 * (and Today for doctors). Times are in the viewer's zone (sent as ?tz= so "today" is the viewer's
 * day); unpaid bookings count down their hold; more load with the API's cursor.
 */
import { ApiError, type AppointmentsPage, type AppointmentView, api } from '../lib/api.ts';
import { appointmentRow } from '../lib/appointment-ui.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { emptyStateWithAction as emptyState } from '../lib/page-ui.ts';
import { describeTimeZone } from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';
import { errorState, plural } from '../lib/states.ts';
import { wireTabs } from '../lib/tabs.ts';
import { viewerZone } from '../lib/zoned.ts';

type Scope = 'today' | 'upcoming' | 'past';
const PAGE_SIZE = 10;

const list = document.querySelector<HTMLElement>('[data-appointment-list]');
const status = document.querySelector<HTMLElement>('[data-status-for="appointments"]');
const moreArea = document.querySelector<HTMLElement>('[data-more-area]');
const more = document.querySelector<HTMLButtonElement>('[data-load-more]');
const skeleton = list?.querySelector('[data-skeleton]')?.cloneNode(true) ?? null;

let scope: Scope = 'upcoming';
let items: AppointmentView[] = [];
let cursor: string | null = null;
let inFlight: AbortController | null = null;

const SCOPE_WORDS: Record<Scope, string> = { today: 'today', upcoming: 'upcoming', past: 'past' };

function emptyFor(me: Me) {
  const doctor = me.role === 'doctor';
  if (scope === 'past')
    return emptyState({
      icon: 'inbox',
      title: 'No past appointments',
      text: doctor
        ? 'Consultations you have held appear here, with their notes and transcripts.'
        : 'Your finished consultations appear here, with receipts and transcripts.',
      testid: 'appointments-empty',
    });
  if (scope === 'today')
    return emptyState({
      icon: 'calendar',
      title: 'No consultations today',
      text: 'Nothing is booked for today. Upcoming consultations are in the Upcoming tab.',
      link: { href: '/doctor/availability/', label: 'Open more slots', testid: 'appointments-cta' },
      testid: 'appointments-empty',
    });
  return emptyState({
    icon: 'calendar',
    title: 'No upcoming appointments',
    text: doctor
      ? 'When patients book your open slots, their consultations appear here.'
      : 'Book a video consultation with a verified doctor and it will appear here.',
    link: doctor
      ? {
          href: '/doctor/availability/',
          label: 'Set your availability',
          primary: true,
          testid: 'appointments-cta',
        }
      : { href: '/doctors/', label: 'Find a doctor', primary: true, testid: 'appointments-cta' },
    testid: 'appointments-empty',
  });
}

function setBusyMore(busy: boolean) {
  if (!more) return;
  more.disabled = busy;
  const spinner = more.querySelector<HTMLElement>('[data-spinner]');
  const label = more.querySelector<HTMLElement>('[data-label]');
  if (spinner) spinner.hidden = !busy;
  if (label) label.textContent = busy ? 'Loading…' : 'Show more';
}

function setState(state: 'loading' | 'ready' | 'empty' | 'error', content: Node | null, announce: string) {
  if (!list) return;
  list.dataset.state = state;
  list.dataset.scope = scope;
  list.setAttribute('aria-busy', String(state === 'loading'));
  if (content) replaceChildren(list, content);
  if (status) status.textContent = announce;
}

async function load(me: Me, { append = false } = {}) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  if (append) setBusyMore(true);
  else {
    cursor = null;
    if (moreArea) moreArea.hidden = true;
    setState('loading', skeleton ? skeleton.cloneNode(true) : null, 'Loading appointments…');
  }
  const query = new URLSearchParams({ scope, limit: String(PAGE_SIZE), tz: viewerZone() });
  if (append && cursor) query.set('cursor', cursor);
  try {
    const page = await api.get<AppointmentsPage>(`/api/appointments?${query}`, { signal: controller.signal });
    const before = items.length;
    items = append ? [...items, ...page.appointments] : page.appointments;
    cursor = page.nextCursor;
    if (!items.length) {
      setState('empty', emptyFor(me), `No ${SCOPE_WORDS[scope]} appointments.`);
      return;
    }
    setState(
      'ready',
      h(
        'ul',
        { class: 'grid gap-3', dataset: { testid: `appointments-${scope}` } },
        items.map((a) => appointmentRow(a, me.role)),
      ),
      `Showing ${plural(items.length, `${SCOPE_WORDS[scope]} appointment`, `${SCOPE_WORDS[scope]} appointments`)}.`,
    );
    if (moreArea) moreArea.hidden = !cursor;
    if (append) list?.querySelectorAll<HTMLElement>('[data-testid="appointment-open"]')[before]?.focus();
  } catch (err) {
    if (controller.signal.aborted) return;
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    if (append) {
      if (status) status.textContent = message;
      return;
    }
    setState(
      'error',
      errorState({
        title: 'We could not load your appointments',
        message,
        onRetry: () => void load(me),
        retryTestid: 'retry-appointments',
      }),
      message,
    );
  } finally {
    if (inFlight === controller) inFlight = null;
    if (append) setBusyMore(false);
  }
}

protectPage((me) => {
  const doctor = me.role === 'doctor';
  const intro = document.querySelector<HTMLElement>('[data-intro]');
  if (intro)
    intro.textContent = doctor
      ? 'Your consultations with patients: join the room, write notes and record the outcome.'
      : 'Your consultations: pay for a held booking, join at the time, and find receipts and transcripts.';
  const action = document.querySelector<HTMLAnchorElement>('[data-primary-action]');
  if (action && doctor) {
    action.href = '/doctor/availability/';
    const label = action.querySelector<HTMLElement>('[data-primary-label]');
    if (label) label.textContent = 'Set availability';
  }
  const zoneNote = document.querySelector<HTMLElement>('[data-zone-note]');
  if (zoneNote) zoneNote.textContent = `Times are in your time zone: ${describeTimeZone(viewerZone())}.`;

  const tablist = document.querySelector<HTMLElement>('[data-scope-tabs]');
  const todayTab = tablist?.querySelector<HTMLElement>('[data-scope="today"]');
  if (todayTab) todayTab.hidden = !doctor;
  const wanted = new URLSearchParams(window.location.search).get('tab');
  const allowed: Scope[] = doctor ? ['today', 'upcoming', 'past'] : ['upcoming', 'past'];
  scope = allowed.includes(wanted as Scope) ? (wanted as Scope) : 'upcoming';

  if (tablist) {
    const tabs = wireTabs(tablist, {
      onSelect: (tab) => {
        scope = (tab.dataset.scope as Scope) ?? 'upcoming';
        const url = new URL(window.location.href);
        url.searchParams.set('tab', scope);
        window.history.replaceState(null, '', url);
        void load(me);
      },
    });
    tabs.select(allowed.indexOf(scope), { notify: false });
  }
  more?.addEventListener('click', () => {
    if (cursor) void load(me, { append: true });
  });
  void load(me);
});
