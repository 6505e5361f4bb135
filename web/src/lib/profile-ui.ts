/** Pieces of the account pages and dashboards that show who the user is (rendered in the browser). */
import { h } from './dom.ts';
import { initials } from './format.ts';
import { iconSvg } from './icons.ts';
import type { DoctorProfile, Me } from './session.ts';

export { formatDateOnly, formatPhone } from './format.ts';
export { describeTimeZone } from './zoned.ts';

/** What a doctor still has to fill in before an admin can verify them ([] when complete). */
export function missingDoctorDetails(p: DoctorProfile): string[] {
  const missing: string[] = [];
  if (!p.specialty) missing.push('specialty');
  if (!p.registrationNumber) missing.push('registration number');
  if (!p.feePaise) missing.push('consultation fee');
  return missing;
}

const BANNER = {
  pending: {
    icon: 'hourglass',
    box: 'border-accent-300 bg-accent-50 text-accent-900',
    iconBox: 'bg-accent-100 text-accent-800',
    title: 'Pending verification — you will not appear in search until an admin verifies your registration',
  },
  rejected: {
    icon: 'x-circle',
    box: 'border-red-200 bg-red-50 text-red-900',
    iconBox: 'bg-red-100 text-red-700',
    title: 'Verification rejected — you do not appear in search',
  },
  verified: {
    icon: 'badge-check',
    box: 'border-emerald-200 bg-emerald-50 text-emerald-900',
    iconBox: 'bg-emerald-100 text-emerald-800',
    title: 'Verified — patients can find and book you',
  },
} as const;

/**
 * The doctor's verification state, in words they can act on. `onProfileForm` leaves out the links to
 * the doctor profile form (for when the banner is on that form).
 */
export function verificationBanner(p: DoctorProfile, { onProfileForm = false } = {}): HTMLElement {
  const formLink = (text: string) =>
    onProfileForm
      ? text
      : h('a', { href: '/account/doctor/', class: 'font-semibold underline underline-offset-2', text });
  const spec = BANNER[p.verificationStatus] ?? BANNER.pending;
  const missing = missingDoctorDetails(p);
  const lines: (HTMLElement | null)[] = [];
  if (p.verificationNote)
    lines.push(
      h(
        'p',
        { class: 'mt-1' },
        p.verificationStatus === 'rejected' ? h('span', { class: 'font-semibold', text: 'Reason: ' }) : null,
        p.verificationNote,
      ),
    );
  if (p.verificationStatus === 'pending' && missing.length)
    lines.push(
      h(
        'p',
        { class: 'mt-1' },
        `Add your ${missing.join(', ').replace(/, ([^,]*)$/, ' and $1')} so an admin can check your registration.`,
        onProfileForm ? null : ' ',
        onProfileForm ? null : formLink('Complete your doctor profile'),
      ),
    );
  if (p.verificationStatus === 'pending' && !missing.length && !p.verificationNote)
    lines.push(
      h('p', { class: 'mt-1', text: 'Your details are complete: an admin will check your registration.' }),
    );
  if (p.verificationStatus === 'rejected')
    lines.push(
      h(
        'p',
        { class: 'mt-1' },
        onProfileForm ? 'Correct your details below' : 'Correct your details in your ',
        onProfileForm ? null : formLink('doctor profile'),
        ', then ',
        h('a', {
          href: '/contact/',
          class: 'font-semibold underline underline-offset-2',
          text: 'contact us',
        }),
        ' so we can check them again.',
      ),
    );

  return h(
    'div',
    {
      class: `flex gap-4 rounded-2xl border p-4 sm:p-5 ${lines.length ? '' : 'items-center'} ${spec.box}`,
      role: p.verificationStatus === 'verified' ? undefined : 'note',
      dataset: { testid: 'verification-banner', status: p.verificationStatus },
    },
    h(
      'span',
      { class: `grid size-10 shrink-0 place-items-center rounded-xl ${spec.iconBox}` },
      iconSvg(spec.icon, 'size-5'),
    ),
    h('div', { class: 'text-sm leading-6' }, h('p', { class: 'font-semibold', text: spec.title }), lines),
  );
}

/** A round avatar with initials (profile pictures from other sites are not allowed by our CSP). */
export function avatar(me: Pick<Me, 'firstName' | 'lastName'>, className = 'size-16 text-xl') {
  return h('span', {
    class: `grid shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-600 to-brand-800 font-semibold text-white ${className}`,
    'aria-hidden': 'true',
    text: initials(`${me.firstName} ${me.lastName}`),
  });
}

/** "Good morning" / "Good afternoon" / "Good evening", by the viewer's clock. */
export function greeting(now = new Date()): string {
  const hour = now.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 17) return 'Good afternoon';
  return 'Good evening';
}
