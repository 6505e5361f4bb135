/**
 * How a doctor looks wherever one is listed: the card (home page, search results), their photo or the
 * initials avatar in one of a few colours, the "accepting bookings" pill, a line of facts, and the card's
 * skeleton while a list loads.
 */
import type { ComponentChildren } from 'preact';
import type { DoctorCard as Doctor } from '../../../functions/contract/api.ts';
import { formatInr, initials, languagesOf, localDoctor } from '../lib/format.ts';
import { formatDateTime } from '../lib/format-app.ts';
import type { IconShapes } from '../lib/icons/index.ts';
import * as I from '../lib/icons/index.ts';
import { pageHref } from '../lib/links.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';
import { RatingSummary } from './Rating.tsx';
import { Skeletons } from './States.tsx';

const AVATAR_TONES = [
  // All dark enough for white initials (at least 4.5:1 at the light end of each gradient).
  'from-brand-600 to-brand-800',
  'from-accent-700 to-accent-900',
  'from-sky-700 to-sky-900',
  'from-rose-700 to-rose-900',
  'from-indigo-600 to-indigo-800',
  'from-emerald-700 to-emerald-900',
];

/** The same doctor always gets the same colour. */
export function avatarTone(id: string) {
  let n = 0;
  for (const ch of id) n = (n * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_TONES[n % AVATAR_TONES.length];
}

/**
 * The doctor's photo (published under /media/, served by the CDN), or a round initials avatar when they
 * have none. `px` is the rendered size, for the image's width and height (no layout shift); photos
 * below the fold load lazily.
 */
export function DoctorAvatar({
  doctor,
  size = 'size-14 text-lg',
  px = 56,
  lazy = true,
}: {
  doctor: Pick<Doctor, 'id' | 'name'> & { pictureUrl?: string | null };
  size?: string;
  px?: number;
  lazy?: boolean;
}) {
  // Only our own published photos: a stored link to another site is never shown.
  if (doctor.pictureUrl?.startsWith('/media/'))
    return (
      <img
        src={doctor.pictureUrl}
        alt={doctor.name}
        width={px}
        height={px}
        loading={lazy ? 'lazy' : 'eager'}
        decoding="async"
        class={`shrink-0 rounded-full bg-slate-100 object-cover ${size}`}
        data-testid="doctor-photo"
      />
    );
  return (
    <span
      class={`grid shrink-0 place-items-center rounded-full bg-gradient-to-br ${avatarTone(doctor.id)} ${size} font-semibold text-white`}
      aria-hidden="true"
    >
      {initials(doctor.name)}
    </span>
  );
}

export function AvailabilityPill({ available }: { available: boolean }) {
  return (
    <p
      class={`mt-2 inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${available ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : 'bg-slate-100 text-slate-700 ring-slate-200'}`}
      data-testid={available ? 'doctor-available' : 'doctor-unavailable'}
    >
      <span
        class={`size-1.5 rounded-full ${available ? 'bg-emerald-500' : 'bg-slate-400'}`}
        aria-hidden="true"
      />
      {available ? m.doctor_accepting() : m.doctor_not_accepting()}
    </p>
  );
}

export const experienceText = (years: number) =>
  years > 0 ? m.doctor_experience({ count: years }) : m.doctor_new();

/** The doctor's public page; `date` (YYYY-MM-DD) opens that day's times. */
export const doctorPageHref = (id: string, date?: string) =>
  pageHref(`/doctors/view/?id=${encodeURIComponent(id)}${date ? `&date=${encodeURIComponent(date)}` : ''}`);

/** One line of facts (icon, hidden label, value) inside a `<dl>`. */
export function DoctorFact({
  icon,
  label,
  children,
  iconClass = 'mt-0.5 size-4 shrink-0 text-slate-500',
  class: cls = 'flex items-start gap-2.5 text-sm text-slate-700',
}: {
  icon: IconShapes;
  label: string;
  children: ComponentChildren;
  iconClass?: string;
  class?: string;
}) {
  return (
    <div class={cls}>
      <Icon shape={icon} class={iconClass} />
      <dt class="sr-only">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DoctorCard({ doctor, date }: { doctor: Doctor; date?: string }) {
  const d = localDoctor(doctor);
  const headingId = `doctor-${d.id}-name`;
  return (
    <li
      class="card flex flex-col p-6 transition-shadow hover:shadow-lift"
      data-testid="doctor-card"
      data-doctor-id={d.id}
    >
      <div class="flex items-start gap-4">
        <DoctorAvatar doctor={d} />
        <div class="min-w-0 flex-1">
          <h3 id={headingId} class="text-lg leading-6 font-semibold text-slate-900" data-testid="doctor-name">
            {d.name}
          </h3>
          <p class="mt-1 text-sm font-medium text-brand-700" data-testid="doctor-specialty">
            {d.specialtyName}
          </p>
          <RatingSummary
            average={d.ratingAverage}
            count={d.ratingCount}
            class="mt-1.5 text-sm text-slate-700"
          />
          <AvailabilityPill available={d.available} />
        </div>
      </div>
      <dl class="mt-5 mb-6 space-y-2.5">
        <DoctorFact icon={I.briefcase} label={m.doctor_experience_label()}>
          {experienceText(d.experienceYears)}
        </DoctorFact>
        {d.languages.length > 0 && (
          <DoctorFact icon={I.languages} label={m.doctor_languages_label()}>
            {languagesOf(d.languages)}
          </DoctorFact>
        )}
        {d.hospital && (
          <DoctorFact icon={I.building} label={m.doctor_hospital_label()}>
            {d.hospital}
          </DoctorFact>
        )}
        {/* Search results only (the API sends it there): rendered in an island, so in the viewer's zone. */}
        {d.nextFreeAt !== undefined && (
          <DoctorFact icon={I.clock} label={m.doctor_next_free_label()}>
            <span data-testid="doctor-next-free">
              {d.nextFreeAt ? (
                <time dateTime={d.nextFreeAt}>
                  {m.doctor_next_free({ when: formatDateTime(d.nextFreeAt) })}
                </time>
              ) : (
                m.doctor_no_free_week()
              )}
            </span>
          </DoctorFact>
        )}
      </dl>
      <div class="mt-auto flex flex-wrap items-end justify-between gap-3 border-t border-slate-100 pt-5">
        <p class="text-sm text-slate-600">
          <span class="block text-lg font-bold text-slate-900" data-testid="doctor-fee">
            {formatInr(d.feePaise)}
          </span>
          {m.doctor_per_consultation()}
        </p>
        <a
          href={doctorPageHref(d.id, date)}
          class="btn-primary"
          aria-describedby={headingId}
          data-testid="doctor-view-profile"
        >
          {m.doctor_view_profile()}
        </a>
      </div>
    </li>
  );
}

export function DoctorCardSkeletons({ count = 6 }: { count?: number }) {
  return (
    <Skeletons
      count={count}
      class="grid gap-5 sm:grid-cols-2 lg:grid-cols-3"
      card={() => (
        <>
          <div class="flex items-center gap-4">
            <div class="skeleton size-14 rounded-full" />
            <div class="flex-1">
              <div class="skeleton h-5 w-3/4" />
              <div class="skeleton mt-2 h-4 w-1/2" />
            </div>
          </div>
          <div class="skeleton mt-6 h-4 w-2/3" />
          <div class="skeleton mt-3 h-4 w-3/5" />
          <div class="mt-6 flex items-center justify-between border-t border-slate-100 pt-5">
            <div class="skeleton h-6 w-24" />
            <div class="skeleton h-10 w-28 rounded-lg" />
          </div>
        </>
      )}
    />
  );
}
