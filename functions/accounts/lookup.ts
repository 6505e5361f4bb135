/**
 * Finding an account by name, email or mobile number, for the admin console: every way is a Query on
 * an index, never a Scan (DESIGN §3). Email: the user's gsi1. Name words and the mobile number: the
 * user-lookup items (functions/core/db/user-lookup.entity.ts), kept here.
 */
import { entities, type UserItem } from '../core/db/index.ts';
import { nameTokens } from '../discovery/index.ts';
import { email as emailSchema } from './schemas.ts';

/** The 10 digits of a stored +91 number, the key the lookup files it under. */
const phoneKey = (phone: string | undefined) => (phone ? phone.replace(/\D/g, '').slice(-10) : '');

/** Every key an account is found by: its name words and its mobile number. */
export function lookupKeys(u: Pick<UserItem, 'firstName' | 'lastName' | 'phone'>): string[] {
  const phone = phoneKey(u.phone);
  return [...new Set([...nameTokens(u.firstName, u.lastName), ...(phone ? [phone] : [])])];
}

export const lookupItem = (userId: string, key: string) => ({ userId, key, lookupInitial: key.charAt(0) });

/** Rewrites the account's lookup items (after a change of name or phone). */
export async function indexUserLookup(u: Pick<UserItem, 'userId' | 'firstName' | 'lastName' | 'phone'>) {
  const keys = lookupKeys(u);
  const { data } = await entities().userLookup.query.byUser({ userId: u.userId }).go({ pages: 'all' });
  const stale = data.filter((i) => !keys.includes(i.key));
  const fresh = keys.filter((k) => !data.some((i) => i.key === k));
  for (const i of stale) await entities().userLookup.delete({ userId: i.userId, key: i.key }).go();
  for (const k of fresh) await entities().userLookup.put(lookupItem(u.userId, k)).go();
}

/** Removes the account's lookup items (erasure: nothing may still find the person). */
export async function unindexUserLookup(userId: string) {
  const { data } = await entities().userLookup.query.byUser({ userId }).go({ pages: 'all' });
  for (const i of data) await entities().userLookup.delete({ userId, key: i.key }).go();
}

export type LookupQuery = { kind: 'email'; email: string } | { kind: 'key'; key: string; words: string[] };

/**
 * What a search box's text asks for: an email (has an @), a mobile number (digits, with +91, spaces or
 * dashes; the last up-to-10 digits are a prefix of the number) or name words. null: nothing to look for.
 */
export function readLookupQuery(q: string): LookupQuery | null {
  const text = q.trim();
  if (text.includes('@')) {
    const parsed = emailSchema().safeParse(text);
    return parsed.success ? { kind: 'email', email: parsed.data } : null;
  }
  if (/^[+\d][\d\s-]*$/.test(text)) {
    let digits = text.replace(/\D/g, '');
    if (digits.length > 10) digits = digits.replace(/^(91|0)/, '');
    return digits.length >= 3 ? { kind: 'key', key: digits.slice(0, 10), words: [] } : null;
  }
  const words = nameTokens(text);
  const [first] = words;
  return first ? { kind: 'key', key: first, words: words.slice(1) } : null;
}

/**
 * One page of the accounts a query finds, in the lookup index's order. A name with several words
 * pages over the first word and keeps the accounts whose name has every other word too (a page may
 * then hold fewer than `limit`; the cursor goes on).
 */
export async function findUsers(
  query: LookupQuery,
  page: { cursor?: string; limit: number },
): Promise<{ users: UserItem[]; cursor: string | null }> {
  if (query.kind === 'email') {
    const { data } = await entities().user.query.byEmail({ email: query.email }).go();
    return { users: data, cursor: null };
  }
  const hits = await entities()
    .userLookup.query.byKey({ lookupInitial: query.key.charAt(0) })
    .begins({ key: query.key })
    .go({ cursor: page.cursor ?? null, limit: page.limit });
  const ids = [...new Set(hits.data.map((h) => h.userId))];
  const { data } = ids.length
    ? await entities()
        .user.get(ids.map((userId) => ({ userId })))
        .go()
    : { data: [] as UserItem[] };
  const byId = new Map(data.map((u) => [u.userId, u]));
  const users = ids
    .map((id) => byId.get(id))
    .filter((u): u is UserItem => !!u)
    .filter((u) => {
      const tokens = nameTokens(u.firstName, u.lastName);
      return query.words.every((w) => tokens.some((t) => t.startsWith(w)));
    });
  return { users, cursor: hits.cursor ?? null };
}
