/**
 * Whether an account has been disabled by an admin, for every check that must not wait for the
 * caller's 15-minute id token to expire: the HTTP routes, the WebSocket room, payments to a doctor.
 *
 * A JWT cannot be revoked, so the check reads our own flag on the user item. To keep that off the hot
 * path it is remembered per container for ACCOUNT_STATE_TTL_MS: a disabled account is refused at once
 * by the container that disabled it (and wherever the user item was just read), and within that time
 * everywhere else.
 */
import type { AuthContext } from './auth.ts';
import { entities } from './db/index.ts';
import { accountDisabled } from './errors.ts';

export const ACCOUNT_STATE_TTL_MS = 30_000;
const LIMIT = 10_000;
const known = new Map<string, { disabled: boolean; until: number }>();

/** Records what a fresh read of the user item said (any read of it is as good as ours). */
export function rememberAccount(user: { userId: string; disabled?: boolean }, now = Date.now()) {
  if (known.size >= LIMIT) known.clear();
  known.set(user.userId, { disabled: user.disabled === true, until: now + ACCOUNT_STATE_TTL_MS });
}

/** True when the account is disabled; an account without a profile counts as disabled. */
export async function isDisabled(userId: string, now = Date.now()): Promise<boolean> {
  const cached = known.get(userId);
  if (cached && cached.until > now) return cached.disabled;
  const { data } = await entities().user.get({ userId }).go();
  if (!data) return true;
  rememberAccount(data, now);
  return data.disabled === true;
}

/** Throws the 403 `account_disabled` for a caller whose account has been disabled. */
export async function refuseDisabled(auth: AuthContext): Promise<void> {
  if (await isDisabled(auth.userId)) throw accountDisabled();
}
