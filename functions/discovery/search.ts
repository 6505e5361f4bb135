/**
 * Finding verified doctors by name (any word, prefix, case- and accent-insensitive), specialty, date
 * or "today" (at least one free slot that day), language and fee range, in any combination, ordered by
 * surname, by the soonest free slot or by rating. Every read is a Query or a GetItem.
 *
 * With only a specialty (or nothing) and the surname order, the specialty (or the whole verified
 * directory) is paged natively by DynamoDB. Otherwise each filter names its candidates with one Query
 * (name → the token partition of its first letter; date/today → that day's free slots; language and/or
 * fee → one facet partition, `between` on the fee), the sets are intersected, the users read in one
 * BatchGet and checked against the profile itself (a facet item can only lag, never widen the result),
 * ordered in memory and paged with an offset cursor.
 *
 * Each card carries the doctor's next free slot in 7 days: one bounded Query per card (the doctor's
 * slots from now to now + 7 days), or, when sorting by it, the free-slot index's partitions of the
 * dates those 7 days touch, read once for every candidate.
 */

import { approvedRatings, upcomingFreeSlots } from '../appointments/index.ts';
import type { DoctorCard, DoctorPagePayload, DoctorsPage, SearchSort } from '../contract/api.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { entities, type UserItem } from '../core/db/index.ts';
import { badRequest, isInvalidCursor, notFound } from '../core/errors.ts';
import { priceOf } from '../core/price.ts';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../core/time.ts';
import { ANY_FACET, feeKey, languageFacet, nameTokens } from './directory.ts';
import { toDoctorCard } from './doctor-card.ts';

/** The highest fee a doctor can set (accounts/schemas.ts: ₹50,000), in paise. */
export const MAX_FEE_PAISE = 5_000_000;
const WEEK_MS = 7 * 86_400_000;

export interface SearchQuery {
  q?: string;
  specialty?: string;
  date?: string;
  language?: string;
  minFee?: number;
  maxFee?: number;
  today?: boolean;
  sort?: SearchSort;
  cursor?: string;
  limit: number;
}

const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw invalidCursor();
}

const invalidCursor = () => badRequest(INVALID_CURSOR, { cursor: ['Invalid cursor.'] });

/** The native cursor inside ours is ElectroDB's: a tampered one is refused by DynamoDB, which is a 400. */
const rethrowCursorError = (error: unknown): never => {
  throw isInvalidCursor(error) ? invalidCursor() : error;
};

const isOffset = (v: unknown): v is { o: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as { o?: unknown }).o) &&
  (v as { o: number }).o >= 0;
const isNative = (v: unknown): v is { n: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { n?: unknown }).n === 'string' &&
  isWellFormedCursor((v as { n: string }).n);

/** Verified and not disabled: the only doctors anyone may find, open or book. */
const isListed = (u: UserItem | undefined): u is UserItem =>
  !!u && u.role === 'doctor' && u.verificationStatus === 'verified' && !u.disabled;

/** Doctor ids whose name has a word starting with each word of the query. */
async function idsByName(q: string): Promise<{ ids: Set<string>; words: string[] } | null> {
  const words = nameTokens(q);
  const [first] = words;
  if (!first) return null;
  const { data } = await entities()
    .doctorNameToken.query.byToken({ initial: first.charAt(0) })
    .begins({ token: first })
    .go({ pages: 'all' });
  return { ids: new Set(data.map((t) => t.doctorId)), words };
}

/** Doctor ids with at least one free slot on the date that has not started yet. */
async function idsFreeOn(date: string, now: Date): Promise<Set<string>> {
  const { data } = await entities().slot.query.freeByDate({ freeOn: date }).go({ pages: 'all' });
  return new Set(data.filter((s) => Date.parse(s.startAt) > now.getTime()).map((s) => s.doctorId));
}

async function batchUsers(ids: string[]): Promise<UserItem[]> {
  if (!ids.length) return [];
  const { data } = await entities()
    .user.get(ids.map((userId) => ({ userId })))
    .go();
  return data;
}

const bySurname = (a: UserItem, b: UserItem) =>
  a.lastName.localeCompare(b.lastName, 'en') ||
  a.firstName.localeCompare(b.firstName, 'en') ||
  a.userId.localeCompare(b.userId);

/** Doctor ids under a facet (a language, or every listed doctor) whose fee is within the bounds. */
async function idsByFacet(query: SearchQuery): Promise<Set<string>> {
  const facet = query.language ? languageFacet(query.language) : ANY_FACET;
  const { data } = await entities()
    .doctorFacet.query.byFacet({ facet })
    .between({ feeKey: feeKey(query.minFee ?? 0) }, { feeKey: feeKey(query.maxFee ?? MAX_FEE_PAISE) })
    .go({ pages: 'all' });
  return new Set(data.map((f) => f.doctorId));
}

/** Every listed doctor id of a specialty, or of the whole directory (the candidates of a bare sort). */
async function idsListed(specialty: string | undefined): Promise<Set<string>> {
  const { data } = specialty
    ? await entities().user.query.doctorsBySpecialty({ listedSpecialty: specialty }).go({ pages: 'all' })
    : await entities().user.query.byDirectory({ directory: 'doctor-verified' }).go({ pages: 'all' });
  return new Set(data.filter(isListed).map((u) => u.userId));
}

/**
 * Each doctor's soonest free slot starting in (now, now + 7 days], from the free-slot index: one
 * partition per local date, and a slot's date is its doctor's, so the dates from a day before to a day
 * after the window (in UTC) cover every zone.
 */
async function nextFreeByDoctor(now: Date): Promise<Map<string, string>> {
  const from = now.toISOString();
  const until = new Date(now.getTime() + WEEK_MS).toISOString();
  const first = addDays(localDate(now, 'UTC'), -1);
  const dates = Array.from({ length: 10 }, (_, i) => addDays(first, i));
  const days = await Promise.all(
    dates.map((freeOn) =>
      entities()
        .slot.query.freeByDate({ freeOn })
        .between({ startAt: from }, { startAt: until })
        .go({ pages: 'all' }),
    ),
  );
  const next = new Map<string, string>();
  for (const { data } of days)
    for (const slot of data) {
      if (slot.startAt <= from || slot.startAt > until) continue;
      const seen = next.get(slot.doctorId);
      if (!seen || slot.startAt < seen) next.set(slot.doctorId, slot.startAt);
    }
  return next;
}

/** A doctor's soonest free slot in the next 7 days (one bounded Query on their slots), or null. */
async function nextFreeOf(doctorId: string, now: Date): Promise<string | null> {
  const [first] = await upcomingFreeSlots(doctorId, now);
  return first?.startAt ?? null;
}

const ratingOf = (u: UserItem) =>
  u.ratingCount && u.ratingCount > 0 && typeof u.ratingTotal === 'number'
    ? u.ratingTotal / u.ratingCount
    : null;

/** Nulls last; ties by surname. */
function orderBy<T>(value: (u: UserItem) => T | null, better: (a: T, b: T) => number) {
  return (a: UserItem, b: UserItem) => {
    const x = value(a);
    const y = value(b);
    if (x !== null && y !== null && better(x, y) !== 0) return better(x, y);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    return bySurname(a, b);
  };
}

/** Someone who takes no bookings has no next free slot to offer. */
const withNext = (u: UserItem, next: string | null): DoctorCard => ({
  ...toDoctorCard(u),
  nextFreeAt: u.available === false ? null : next,
});

export async function searchDoctors(query: SearchQuery, now = new Date()): Promise<DoctorsPage> {
  const date = query.today ? localDate(now, DEFAULT_TIME_ZONE) : query.date;
  const byFacet = Boolean(query.language) || query.minFee !== undefined || query.maxFee !== undefined;
  if (!query.q?.trim() && !date && !byFacet && !query.sort) {
    const start = decodeCursor(query.cursor, isNative);
    const page = query.specialty
      ? await entities()
          .user.query.doctorsBySpecialty({ listedSpecialty: query.specialty })
          .go({ limit: query.limit, cursor: start?.n ?? null })
          .catch(rethrowCursorError)
      : await entities()
          .user.query.byDirectory({ directory: 'doctor-verified' })
          .go({ limit: query.limit, cursor: start?.n ?? null })
          .catch(rethrowCursorError);
    const listed = page.data.filter(isListed);
    return {
      doctors: await Promise.all(listed.map(async (u) => withNext(u, await nextFreeOf(u.userId, now)))),
      nextCursor: page.cursor ? encodeCursor({ n: page.cursor }) : null,
    };
  }

  const offset = decodeCursor(query.cursor, isOffset)?.o ?? 0;
  const filters = await Promise.all([
    query.q?.trim() ? idsByName(query.q).then((r) => r?.ids ?? new Set<string>()) : null,
    date ? idsFreeOn(date, now) : null,
    byFacet ? idsByFacet(query) : null,
  ]);
  const sets = filters.filter((f): f is Set<string> => f !== null);
  // A bare sort (or a specialty with one) ranks the whole listing.
  if (!sets.length) sets.push(await idsListed(query.specialty));
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  const ids = [...(smallest ?? [])].filter((id) => others.every((set) => set.has(id)));
  const words = query.q?.trim() ? nameTokens(query.q) : [];
  const language = query.language ? languageFacet(query.language) : undefined;
  const [users, soonest] = await Promise.all([
    batchUsers(ids),
    query.sort === 'soonest' ? nextFreeByDoctor(now) : Promise.resolve(null),
  ]);
  const matches = users
    .filter(isListed)
    .filter((u) => !query.specialty || u.specialty === query.specialty)
    .filter((u) => {
      const tokens = nameTokens(u.firstName, u.lastName);
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    })
    // The profile is the truth; the facet items only find candidates.
    .filter((u) => !language || (u.languages ?? []).some((l) => languageFacet(l) === language))
    .filter((u) => query.minFee === undefined || (u.feePaise ?? 0) >= query.minFee)
    .filter((u) => query.maxFee === undefined || (u.feePaise ?? 0) <= query.maxFee);
  const nextOf = (u: UserItem) => (u.available === false ? null : (soonest?.get(u.userId) ?? null));
  matches.sort(
    query.sort === 'soonest'
      ? orderBy(nextOf, (a, b) => a.localeCompare(b))
      : query.sort === 'rating'
        ? orderBy(ratingOf, (a, b) => b - a)
        : bySurname,
  );
  const page = matches.slice(offset, offset + query.limit);
  return {
    doctors: await Promise.all(
      page.map(async (u) => withNext(u, soonest ? nextOf(u) : await nextFreeOf(u.userId, now))),
    ),
    nextCursor: offset + query.limit < matches.length ? encodeCursor({ o: offset + query.limit }) : null,
  };
}

/** A verified doctor's public profile and free slots for the next 7 days. Anyone else is a 404. */
/** A listed doctor's published comments; anyone else's id is a 404, as for the profile. */
export async function doctorRatings(doctorId: string, page: { cursor?: string; limit: number }) {
  const [{ data: doctor }, ratings] = await Promise.all([
    entities().user.get({ userId: doctorId }).go(),
    approvedRatings(doctorId, page),
  ]);
  if (!isListed(doctor ?? undefined)) throw notFound('Doctor not found.');
  return ratings;
}

export async function doctorProfile(doctorId: string, now = new Date()): Promise<DoctorPagePayload> {
  const [{ data: doctor }, slots] = await Promise.all([
    entities().user.get({ userId: doctorId }).go(),
    upcomingFreeSlots(doctorId, now),
  ]);
  const d = doctor ?? undefined;
  if (!isListed(d)) throw notFound('Doctor not found.');
  return {
    doctor: {
      ...toDoctorCard(d),
      bio: d.bio ?? '',
      education: d.education ?? '',
      registrationNumber: d.registrationNumber ?? '',
    },
    // What a consultation costs as the server charges it: the web shows it and computes no GST (issue 15).
    price: priceOf(d.feePaise ?? 0),
    slots:
      d.available === false
        ? []
        : slots.map(({ id, startAt, endAt, localDate, timeZone }) => ({
            id,
            startAt,
            endAt,
            localDate,
            timeZone,
          })),
  };
}
