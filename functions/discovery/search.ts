/**
 * Finding verified doctors by name (any word, prefix, case- and accent-insensitive), specialty and
 * date (at least one free slot that day), in any combination. Every read is a Query or a GetItem.
 *
 * With no name and no date, the specialty (or the whole verified directory) is paged natively by
 * DynamoDB. With a name or a date, the candidate set is small (one initial's token partition, one
 * day's free slots), so it is intersected and ordered in memory and paged with an offset cursor.
 */

import { approvedRatings, upcomingFreeSlots } from '../appointments/index.ts';
import type { DoctorPagePayload, DoctorsPage } from '../contract/api.ts';
import { INVALID_CURSOR, isWellFormedCursor } from '../core/cursor.ts';
import { entities, type UserItem } from '../core/db/index.ts';
import { badRequest, isInvalidCursor, notFound } from '../core/errors.ts';
import { nameTokens } from './directory.ts';
import { toDoctorCard } from './doctor-card.ts';

export interface SearchQuery {
  q?: string;
  specialty?: string;
  date?: string;
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

export async function searchDoctors(query: SearchQuery, now = new Date()): Promise<DoctorsPage> {
  if (!query.q?.trim() && !query.date) {
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
    return {
      doctors: page.data.filter(isListed).map(toDoctorCard),
      nextCursor: page.cursor ? encodeCursor({ n: page.cursor }) : null,
    };
  }

  const [byName, freeOn] = await Promise.all([
    query.q?.trim() ? idsByName(query.q) : Promise.resolve(null),
    query.date ? idsFreeOn(query.date, now) : Promise.resolve(null),
  ]);
  let ids = byName?.ids ?? freeOn ?? new Set<string>();
  if (byName && freeOn) ids = new Set([...byName.ids].filter((id) => freeOn.has(id)));
  const words = byName?.words ?? [];
  const matches = (await batchUsers([...ids]))
    .filter(isListed)
    .filter((u) => !query.specialty || u.specialty === query.specialty)
    .filter((u) => {
      const tokens = nameTokens(u.firstName, u.lastName);
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    })
    .sort(bySurname);
  const offset = decodeCursor(query.cursor, isOffset)?.o ?? 0;
  const page = matches.slice(offset, offset + query.limit);
  return {
    doctors: page.map(toDoctorCard),
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
