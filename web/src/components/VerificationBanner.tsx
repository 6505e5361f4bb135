/**
 * A doctor's verification state, in words they can act on. `onProfileForm` leaves out the links to the
 * doctor profile form (for when the banner is on that form).
 */

import { listOf } from '../lib/format.ts';
import * as I from '../lib/icons/index.ts';
import { pageHref } from '../lib/links.ts';
import type { DoctorProfile } from '../lib/session.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

const BANNER = {
  pending: {
    icon: I.hourglass,
    box: 'border-accent-300 bg-accent-50 text-accent-900',
    iconBox: 'bg-accent-100 text-accent-800',
    title: m.verify_pending_title,
  },
  rejected: {
    icon: I.xCircle,
    box: 'border-red-200 bg-red-50 text-red-900',
    iconBox: 'bg-red-100 text-red-700',
    title: m.verify_rejected_title,
  },
  verified: {
    icon: I.badgeCheck,
    box: 'border-emerald-200 bg-emerald-50 text-emerald-900',
    iconBox: 'bg-emerald-100 text-emerald-800',
    title: m.verify_verified_title,
  },
} as const;

/** What a doctor still has to fill in before an admin can verify them ([] when complete). */
export const missingDoctorDetails = (p: DoctorProfile): string[] =>
  [
    !p.specialty && m.missing_specialty(),
    !p.registrationNumber && m.missing_registration(),
    !p.feePaise && m.missing_fee(),
  ].filter((x) => x !== false);

export function VerificationBanner({
  profile: p,
  onProfileForm = false,
}: {
  profile: DoctorProfile;
  onProfileForm?: boolean;
}) {
  const spec = BANNER[p.verificationStatus] ?? BANNER.pending;
  const missing = missingDoctorDetails(p);
  const link = (text: string) =>
    onProfileForm ? (
      text
    ) : (
      <a href={pageHref('/account/doctor/')} class="font-semibold underline underline-offset-2">
        {text}
      </a>
    );
  const pending = p.verificationStatus === 'pending';
  const rejected = p.verificationStatus === 'rejected';
  const hasLines = Boolean(p.verificationNote) || pending || rejected;
  return (
    <div
      class={`flex gap-4 rounded-2xl border p-4 sm:p-5 ${hasLines ? '' : 'items-center'} ${spec.box}`}
      role={p.verificationStatus === 'verified' ? undefined : 'note'}
      data-testid="verification-banner"
      data-status={p.verificationStatus}
    >
      <span class={`grid size-10 shrink-0 place-items-center rounded-xl ${spec.iconBox}`}>
        <Icon shape={spec.icon} class="size-5" />
      </span>
      <div class="min-w-0 text-sm leading-6">
        <p class="font-semibold">{spec.title()}</p>
        {p.verificationNote && (
          <p class="mt-1">
            {rejected && <span class="font-semibold">{m.verify_reason()} </span>}
            {p.verificationNote}
          </p>
        )}
        {pending && missing.length > 0 && (
          <p class="mt-1">
            {m.verify_add_missing({ missing: listOf(missing) })}
            {!onProfileForm && ' '}
            {!onProfileForm && link(m.verify_complete_profile())}
          </p>
        )}
        {pending && !missing.length && !p.verificationNote && <p class="mt-1">{m.verify_complete()}</p>}
        {rejected && (
          <p class="mt-1">
            {onProfileForm ? m.verify_correct_below() : m.verify_correct_in()}
            {!onProfileForm && link(m.verify_doctor_profile())}
            {m.verify_then()}
            <a href={pageHref('/contact/')} class="font-semibold underline underline-offset-2">
              {m.verify_contact_us()}
            </a>
            {m.verify_check_again()}
          </p>
        )}
      </div>
    </div>
  );
}
