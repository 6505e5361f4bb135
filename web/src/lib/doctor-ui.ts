/**
 * How a doctor looks wherever one is listed: the card (home page's featured doctors, the search
 * results), the initials avatar in one of a few colours, and the "accepting bookings" pill.
 */
import type { DoctorCard } from './api.ts';
import { h } from './dom.ts';
import { formatInr, initials, listOf } from './format.ts';
import { iconSvg } from './icons.ts';
import { plural } from './states.ts';

/** One line of a doctor's facts (icon, hidden label, value), inside a `<dl>`. */
export function doctorMeta(icon: string, label: string, value: string) {
  return h(
    'div',
    { class: 'flex items-start gap-2.5 text-sm text-slate-700' },
    iconSvg(icon, 'mt-0.5 size-4 shrink-0 text-slate-500'),
    h('dt', { class: 'sr-only', text: label }),
    h('dd', { text: value }),
  );
}

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

/** A round initials avatar (pictures from other sites are not allowed by our CSP). */
export function doctorAvatar(d: Pick<DoctorCard, 'id' | 'name'>, sizeClass = 'size-14 text-lg') {
  return h('span', {
    class: `grid shrink-0 place-items-center rounded-full bg-gradient-to-br ${avatarTone(d.id)} ${sizeClass} font-semibold text-white`,
    'aria-hidden': 'true',
    text: initials(d.name),
  });
}

export function availabilityPill(available: boolean) {
  return available
    ? h(
        'p',
        {
          class:
            'mt-2 inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200',
          dataset: { testid: 'doctor-available' },
        },
        h('span', { class: 'size-1.5 rounded-full bg-emerald-500', 'aria-hidden': 'true' }),
        'Accepting bookings',
      )
    : h(
        'p',
        {
          class:
            'mt-2 inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200',
          dataset: { testid: 'doctor-unavailable' },
        },
        h('span', { class: 'size-1.5 rounded-full bg-slate-400', 'aria-hidden': 'true' }),
        'Not taking bookings now',
      );
}

export const experienceText = (years: number) =>
  years > 0 ? `${plural(years, 'year', 'years')} experience` : 'New on Chikitsa360';

/** The doctor's public page; `date` (YYYY-MM-DD) opens that day's times. */
export const doctorPageHref = (id: string, date?: string) =>
  `/doctors/view/?id=${encodeURIComponent(id)}${date ? `&date=${encodeURIComponent(date)}` : ''}`;

export function doctorCard(d: DoctorCard, { date }: { date?: string } = {}) {
  const headingId = `doctor-${d.id}-name`;
  return h(
    'li',
    {
      class: 'card flex flex-col p-6 transition-shadow hover:shadow-lift',
      dataset: { testid: 'doctor-card', doctorId: d.id },
    },
    h(
      'div',
      { class: 'flex items-start gap-4' },
      doctorAvatar(d),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h('h3', {
          id: headingId,
          class: 'text-lg leading-6 font-semibold text-slate-900',
          dataset: { testid: 'doctor-name' },
          text: d.name,
        }),
        h('p', {
          class: 'mt-1 text-sm font-medium text-brand-700',
          dataset: { testid: 'doctor-specialty' },
          text: d.specialtyName,
        }),
        availabilityPill(d.available),
      ),
    ),
    h(
      'dl',
      { class: 'mt-5 mb-6 space-y-2.5' },
      doctorMeta('briefcase', 'Experience', experienceText(d.experienceYears)),
      d.languages.length > 0 ? doctorMeta('languages', 'Languages', listOf(d.languages)) : null,
      d.hospital ? doctorMeta('building', 'Hospital', d.hospital) : null,
    ),
    h(
      'div',
      { class: 'mt-auto flex items-end justify-between gap-3 border-t border-slate-100 pt-5' },
      h(
        'p',
        { class: 'text-sm text-slate-600' },
        h('span', {
          class: 'block text-lg font-bold text-slate-900',
          dataset: { testid: 'doctor-fee' },
          text: formatInr(d.feePaise),
        }),
        'per consultation',
      ),
      h(
        'a',
        {
          href: doctorPageHref(d.id, date),
          class: 'btn-primary',
          'aria-describedby': headingId,
          dataset: { testid: 'doctor-view-profile' },
        },
        'View profile',
      ),
    ),
  );
}

/**
 * The price a patient pays: the fee plus 18% GST rounded half-up to the paisa, exactly as the API
 * charges it (functions/payments/money.ts); the appointment and the receipt carry the server's numbers.
 */
export function priceWithGst(feePaise: number) {
  const gstPaise = Math.floor((feePaise * 18 + 50) / 100);
  return { basePaise: feePaise, gstPaise, totalPaise: feePaise + gstPaise };
}
