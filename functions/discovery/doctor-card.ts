import type { DoctorCard } from '../contract/api.ts';
import { specialtyName } from './specialties.ts';

interface DoctorItem {
  userId: string;
  firstName: string;
  lastName: string;
  specialty?: string;
  experienceYears?: number;
  feePaise?: number;
  languages?: string[];
  hospital?: string;
  pictureUrl?: string;
  bio?: string;
  available?: boolean;
  timeZone?: string;
  ratingTotal?: number;
  ratingCount?: number;
}

/** The public face of a verified doctor, as lists show it. Never includes contact details. */
export function toDoctorCard(d: DoctorItem): DoctorCard {
  return {
    id: d.userId,
    name: `Dr. ${d.firstName} ${d.lastName}`,
    firstName: d.firstName,
    lastName: d.lastName,
    specialty: d.specialty ?? 'general-medicine',
    specialtyName: specialtyName(d.specialty),
    experienceYears: d.experienceYears ?? 0,
    feePaise: d.feePaise ?? 0,
    languages: d.languages ?? [],
    hospital: d.hospital ?? '',
    pictureUrl: d.pictureUrl ?? null,
    bioExcerpt: excerpt(d.bio ?? '', 160),
    available: d.available ?? true,
    timeZone: d.timeZone ?? 'Asia/Kolkata',
    ...ratingSummary(d),
  };
}

function excerpt(text: string, max: number) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}

/** The mean of the stars from the doctor's running sum and count (functions/appointments/ratings.ts). */
export function ratingSummary(d: { ratingTotal?: number; ratingCount?: number }) {
  const count = d.ratingCount ?? 0;
  return { ratingCount: count, ratingAverage: count > 0 ? (d.ratingTotal ?? 0) / count : null };
}
