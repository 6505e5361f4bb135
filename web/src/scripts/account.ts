/** /account/: the signed-in user's profile, and for doctors their doctor profile and verification. */
import { replaceChildren } from '../lib/dom.ts';
import { formatInr, listOf } from '../lib/format.ts';
import {
  avatar,
  describeTimeZone,
  formatDateOnly,
  formatPhone,
  verificationBanner,
} from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import { dashboardPath, type Me, roleLabel } from '../lib/session.ts';

const since = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : new Intl.DateTimeFormat('en-IN', { month: 'long', year: 'numeric' }).format(date);
};

function setValue(key: string, value: string, emptyText = 'Not added yet') {
  const el = document.querySelector<HTMLElement>(`[data-value="${key}"]`);
  if (!el) return;
  el.textContent = value || emptyText;
  el.classList.toggle('font-normal', !value);
  el.classList.toggle('text-slate-500', !value);
  el.classList.toggle('text-slate-900', Boolean(value));
}

function render(me: Me) {
  const fullName = `${me.firstName} ${me.lastName}`;
  const heading = document.querySelector('[data-heading]');
  if (heading) heading.textContent = me.role === 'doctor' ? `Dr. ${fullName}` : fullName;
  const joined = since(me.createdAt);
  const sub = document.querySelector('[data-since]');
  if (sub) sub.textContent = `${roleLabel[me.role]} account${joined ? ` · member since ${joined}` : ''}`;
  const slot = document.querySelector('[data-avatar]');
  if (slot) replaceChildren(slot, avatar(me));
  const dashboard = document.querySelector<HTMLAnchorElement>('[data-dashboard-link]');
  if (dashboard) dashboard.href = dashboardPath(me.role);
  const password = document.querySelector<HTMLAnchorElement>('[data-password-link]');
  if (password) password.href = `/forgot-password/?email=${encodeURIComponent(me.email)}`;

  setValue('name', fullName);
  setValue('email', me.email);
  setValue('phone', me.phone ? formatPhone(me.phone) : '');
  setValue('address', me.address);
  setValue('dob', me.dateOfBirth ? formatDateOnly(me.dateOfBirth) : '');
  setValue('timezone', describeTimeZone(me.timeZone));

  const profile = me.doctorProfile;
  if (me.role === 'doctor' && profile) {
    for (const el of document.querySelectorAll<HTMLElement>('[data-doctor-only]')) el.hidden = false;
    const banner = document.querySelector<HTMLElement>('[data-banner]');
    if (banner) {
      replaceChildren(banner, verificationBanner(profile));
      banner.hidden = false;
    }
    setValue('specialty', profile.specialtyName && profile.specialty ? profile.specialtyName : '');
    setValue('registration', profile.registrationNumber);
    setValue('experience', `${profile.experienceYears} ${profile.experienceYears === 1 ? 'year' : 'years'}`);
    setValue('fee', profile.feePaise ? `${formatInr(profile.feePaise)} + 18% GST per consultation` : '');
    setValue('languages', profile.languages.length ? listOf(profile.languages) : '');
    setValue('education', profile.education);
    setValue('hospital', profile.hospital);
    setValue('available', profile.available ? 'Yes — patients can book open slots' : 'No — paused for now');
    setValue('bio', profile.bio);
  }

  // Arrived from a save: confirm it once, then drop ?saved=1 so a reload does not repeat it.
  const params = new URLSearchParams(window.location.search);
  if (params.get('saved') === '1') {
    const notice = document.getElementById('saved-notice');
    if (notice) notice.hidden = false;
    params.delete('saved');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }
}

protectPage(render);
