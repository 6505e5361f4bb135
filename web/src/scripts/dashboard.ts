/** /dashboard/patient/ and /dashboard/doctor/: greeting, verification (doctors) and upcoming appointments. */
import { ApiError, type AppointmentsPage, api } from '../lib/api.ts';
import { appointmentRow } from '../lib/appointment-ui.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { formatInr, listOf } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import { greeting, verificationBanner } from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';
import { errorState, plural } from '../lib/states.ts';
import { viewerZone } from '../lib/zoned.ts';

function emptyAppointments(role: Me['role']) {
  const doctor = role === 'doctor';
  return h(
    'div',
    {
      class: 'rounded-2xl border border-dashed border-slate-300 bg-white/60 px-6 py-10 text-center',
      dataset: { testid: 'appointments-empty' },
    },
    h(
      'span',
      { class: 'mx-auto grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500' },
      iconSvg('calendar', 'size-6'),
    ),
    h('p', {
      class: 'mt-4 font-semibold text-slate-900',
      text: doctor ? 'No consultations today' : 'No appointments yet',
    }),
    h('p', {
      class: 'mx-auto mt-1 max-w-md text-sm text-slate-600',
      text: doctor
        ? 'When patients book your open slots, today’s consultations appear here. Later ones are under View all.'
        : 'Book a video consultation with a verified doctor and it will appear here.',
    }),
    h('a', {
      href: doctor ? '/doctor/availability/' : '/doctors/',
      class: 'btn-primary mt-5',
      text: doctor ? 'Set your availability' : 'Find a doctor',
      dataset: { testid: 'appointments-cta' },
    }),
  );
}

const SHOWN = 4;

/**
 * Fills the "Upcoming appointments" panel: a patient's next few appointments, a doctor's
 * consultations today (in the viewer's zone), each with its status and next step.
 */
export async function loadUpcomingAppointments(me: Me) {
  const region = document.querySelector<HTMLElement>('[data-appointments]');
  if (!region) return;
  const status = document.querySelector<HTMLElement>('[data-status-for="appointments"]');
  const doctor = me.role === 'doctor';
  if (doctor) {
    const heading = document.getElementById('upcoming-heading');
    if (heading) heading.textContent = 'Today’s consultations';
    const all = region.closest('section')?.querySelector<HTMLAnchorElement>('a[href="/appointments/"]');
    if (all) all.href = '/appointments/?tab=today';
  }
  const done = (state: string, content: Node, announce: string) => {
    replaceChildren(region, content);
    region.dataset.state = state;
    region.setAttribute('aria-busy', 'false');
    if (status) status.textContent = announce;
  };
  try {
    const query = new URLSearchParams({
      scope: doctor ? 'today' : 'upcoming',
      limit: String(SHOWN),
      tz: viewerZone(),
    });
    const { appointments } = await api.get<AppointmentsPage>(`/api/appointments?${query}`);
    if (!appointments.length) {
      done(
        'empty',
        emptyAppointments(me.role),
        doctor ? 'No consultations today.' : 'No upcoming appointments.',
      );
      return;
    }
    done(
      'ready',
      h(
        'ul',
        { class: 'grid gap-3', dataset: { testid: 'dashboard-appointments' } },
        appointments.map((a) => appointmentRow(a, me.role, { compact: true })),
      ),
      `${plural(appointments.length, 'appointment', 'appointments')} ${doctor ? 'today' : 'coming up'}.`,
    );
  } catch (err) {
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    region.setAttribute('aria-busy', 'false');
    done(
      'error',
      errorState({
        title: 'We could not load your appointments',
        message,
        onRetry: () => void loadUpcomingAppointments(me),
        retryTestid: 'retry-appointments',
      }),
      message,
    );
  }
}

function renderDoctor(me: Me) {
  const profile = me.doctorProfile;
  if (!profile) return;
  const banner = document.querySelector<HTMLElement>('[data-banner]');
  if (banner) {
    replaceChildren(banner, verificationBanner(profile));
    banner.hidden = false;
  }
  const set = (key: string, value: string) => {
    const el = document.querySelector<HTMLElement>(`[data-listing="${key}"]`);
    if (el) el.textContent = value;
  };
  set('specialty', profile.specialty ? profile.specialtyName : 'Not chosen yet');
  set('fee', profile.feePaise ? `${formatInr(profile.feePaise)} + GST` : 'Not set yet');
  set('available', profile.available ? 'Open' : 'Paused');
}

function renderPatient(me: Me) {
  const missing = [
    !me.phone && 'mobile number',
    !me.dateOfBirth && 'date of birth',
    !me.address && 'address',
  ].filter((x): x is string => Boolean(x));
  const nudge = document.querySelector<HTMLElement>('[data-profile-nudge]');
  const text = document.querySelector<HTMLElement>('[data-nudge-text]');
  if (!nudge || !text || !missing.length) return;
  text.textContent = `Add your ${listOf(missing)}, so your doctor can reach you and knows your age before the consultation.`;
  nudge.hidden = false;
}

protectPage(async (me) => {
  const name = me.role === 'doctor' ? `Dr. ${me.lastName}` : me.firstName;
  const heading = document.querySelector<HTMLElement>('[data-greeting]');
  if (heading) heading.textContent = `${greeting()}, ${name}`;
  if (me.role === 'doctor') renderDoctor(me);
  else renderPatient(me);
  await loadUpcomingAppointments(me);
});
