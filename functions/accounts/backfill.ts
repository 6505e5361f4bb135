/**
 * Accounts created before the user-lookup items (admin name/phone search) and the doctor facets
 * (search by language and fee) existed have none until their name, phone or fee next changes. The
 * sweeper walks every account once, a page a minute, through the directory index (gsi2: one Query per
 * directory, never a Scan), and writes what is missing. Every step is idempotent: lookup items are
 * only added where absent, and a listed doctor's facets are written only when they have none, so a
 * page done twice (two sweeps overlapping, or a crash before the place was saved) changes nothing.
 * Where it got to is one marker; once every directory is done the marker says so and each later sweep
 * costs one read.
 */
import { entities, type UserItem } from '../core/db/index.ts';
import { listDoctor, unlistDoctor } from '../discovery/index.ts';
import { lookupItem, lookupKeys, unindexUserLookup } from './lookup.ts';
import { directoryFor } from './profile.ts';

/** Every directory an account can be in (see directoryFor), walked in this order. */
export const BACKFILL_DIRECTORIES = [
  'admin',
  'patient',
  directoryFor('doctor', 'pending'),
  directoryFor('doctor', 'verified'),
  directoryFor('doctor', 'rejected'),
  directoryFor('doctor', undefined, true),
] as const;

/** The marker that keeps the walk's place (a test walks under its own run name). */
const placeOf = (run: string) => ({ namespace: 'backfill', key: run });
const DONE = 'done';

interface Place {
  directory: number;
  cursor: string | null;
}

export interface BackfillStep {
  users: number;
  done: boolean;
}

/** One page of the backfill (the sweeper calls it every minute); `done` once every account is indexed. */
export async function backfillUserIndexes(pageSize = 100, run = 'user-indexes-v1'): Promise<BackfillStep> {
  const PLACE = placeOf(run);
  const { data: marker } = await entities().marker.get(PLACE).go();
  if (marker?.ref === DONE) return { users: 0, done: true };
  const place: Place = marker?.ref ? (JSON.parse(marker.ref) as Place) : { directory: 0, cursor: null };
  const directory = BACKFILL_DIRECTORIES[place.directory];
  let users: UserItem[] = [];
  let cursor: string | null = null;
  if (directory) {
    const page = await entities()
      .user.query.byDirectory({ directory })
      .go({ cursor: place.cursor, limit: pageSize });
    users = page.data;
    cursor = page.cursor ?? null;
    for (const u of users) await backfillUser(u.userId);
  }
  const next: Place = cursor
    ? { directory: place.directory, cursor }
    : { directory: place.directory + 1, cursor: null };
  const done = next.directory >= BACKFILL_DIRECTORIES.length;
  await entities()
    .marker.put({ ...PLACE, ref: done ? DONE : JSON.stringify(next) })
    .go();
  return { users: users.length, done };
}

/**
 * Adds the account's missing items, from the account as it is now (the page may be stale), and never
 * removes one: a rename racing this keeps the lookup the rename wrote.
 */
async function backfillUser(userId: string) {
  const { data: u } = await entities().user.get({ userId }).go();
  if (!u || u.directory === ERASING) return;
  const { data: have } = await entities().userLookup.query.byUser({ userId }).go({ pages: 'all' });
  const missing = lookupKeys(u).filter((k) => !have.some((i) => i.key === k));
  for (const k of missing) await entities().userLookup.put(lookupItem(userId, k)).go();
  const listed = u.role === 'doctor' && u.verificationStatus === 'verified' && !u.disabled;
  if (listed) {
    const { data } = await entities().doctorFacet.query.byDoctor({ doctorId: userId }).go({ limit: 1 });
    // listDoctor writes the name tokens and facets; guarded there on still verified and not disabled.
    if (!data.length) await listDoctor(u);
  }
  // An erasure that ran meanwhile may have removed the items before they were written here: the
  // account is marked before its items go, so reading it again after writing catches that.
  const { data: after } = await entities().user.get({ userId }).go();
  if (after && after.directory !== ERASING) return;
  await unindexUserLookup(userId);
  if (listed) await unlistDoctor(userId);
}

/** The directory of an account being erased (functions/privacy/erasure.ts). */
const ERASING = 'erasing';
