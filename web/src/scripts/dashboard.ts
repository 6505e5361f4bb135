/** /dashboard/patient/ and /dashboard/doctor/: greeting, verification (doctors) and upcoming appointments. */
import { h, replaceChildren } from '../lib/dom.ts';
import { formatInr, listOf } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import { greeting, verificationBanner } from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';

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
    h('p', { class: 'mt-4 font-semibold text-slate-900', text: 'No appointments yet' }),
    h('p', {
      class: 'mx-auto mt-1 max-w-md text-sm text-slate-600',
      text: doctor
        ? 'When patients book your open slots, their consultations appear here.'
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

/**
 * Fills the "Upcoming appointments" panel. The appointments list arrives with the booking issue
 * (GET /api/appointments?scope=upcoming); until then every account has none to show.
 */
export async function loadUpcomingAppointments(me: Me) {
  const region = document.querySelector<HTMLElement>('[data-appointments]');
  if (!region) return;
  replaceChildren(region, emptyAppointments(me.role));
  region.dataset.state = 'empty';
  region.setAttribute('aria-busy', 'false');
  const status = document.querySelector<HTMLElement>('[data-status-for="appointments"]');
  if (status) status.textContent = 'No upcoming appointments.';
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
