/**
 * The browser's side of the session. The tokens live in HttpOnly cookies the API sets, so this module
 * never sees one: it knows only when the short-lived id cookie expires and renews it (POST
 * /api/auth/refresh) about two minutes before, so a signed-in user stays signed in through a 45-minute
 * consultation. A call that still meets a 401 (a tab that slept through its timer, a dropped cookie)
 * refreshes once and retries, through the hook installed in client.ts.
 *
 * The expiry time (not a token) is kept in localStorage: a new tab knows a session may exist (so
 * signed-out visitors never cause a 401 just by opening a page), and tabs see each other's refreshes
 * instead of all refreshing at once.
 */
import type { Me, SessionExpiry } from '../../../functions/contract/api.ts';
import { ApiError, api, setUnauthorizedHandler } from './client.ts';
import { loginUrl, safeNext } from './next.ts';
import { EXPIRY_KEY, maybeSignedIn, readExpiry } from './session-mark.ts';

export type { DoctorProfile, Me, Role, VerificationStatus } from '../../../functions/contract/api.ts';
export { loginUrl, maybeSignedIn, safeNext };

type Role = Me['role'];

/** A finished sign-in (POST /api/auth/login, or /api/auth/mfa after the code). */
export type LoginResult = { user: Me } & SessionExpiry;

/** Refresh this long before the id cookie expires. */
const REFRESH_LEAD_MS = 2 * 60_000;
/** After a failed refresh that was not a 401 (offline, 5xx), try again this soon. */
const RETRY_MS = 30_000;

/** False once storage refused a write: then every 401 is worth a refresh, as there is no record. */
let storageWorks = true;

function writeExpiry(iso: string | null) {
  try {
    if (iso) window.localStorage.setItem(EXPIRY_KEY, iso);
    else window.localStorage.removeItem(EXPIRY_KEY);
  } catch {
    storageWorks = false;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
let mePromise: Promise<Me | null> | null = null;

const later = (ms: number) => {
  clearTimeout(timer);
  // Timers longer than ~24.8 days overflow; the session is far shorter, but stay safe.
  timer = setTimeout(() => void refreshSession(), Math.min(ms, 2 ** 31 - 1));
};

function schedule() {
  clearTimeout(timer);
  const expiry = readExpiry();
  if (expiry === null) return;
  const delay = expiry - REFRESH_LEAD_MS - Date.now();
  if (delay > 0) later(delay);
  else void refreshSession();
}

/**
 * Renews the id cookie with the refresh cookie. Resolves true when the session goes on, false when it
 * is over (then the stored expiry is gone and `c360:signed-out` is dispatched on window). Concurrent
 * callers share one request.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      startSession((await api.call('refresh')).sessionExpiresAt);
      return true;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) endSession();
      // Offline or a server error: the session may well be alive. Try again shortly.
      else later(RETRY_MS);
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** A new session's id cookie lasts about this long; anything outside is treated as clock skew. */
const MIN_TTL_MS = 3 * 60_000;
const MAX_TTL_MS = 60 * 60_000;

/** Records a new session (after sign-in or a refresh) and schedules its renewal. */
export function startSession(sessionExpiresAt: string) {
  // On this device's clock: the server's and the device's can disagree by minutes, and a device
  // running fast would otherwise see every new session as nearly over and refresh in a loop.
  const ttl = Date.parse(sessionExpiresAt) - Date.now();
  const safe = Number.isNaN(ttl) ? 15 * 60_000 : Math.min(Math.max(ttl, MIN_TTL_MS), MAX_TTL_MS);
  writeExpiry(new Date(Date.now() + safe).toISOString());
  schedule();
  // The header shows the signed-in menu from now on, also on a page that loaded signed out.
  window.dispatchEvent(new CustomEvent('c360:signed-in'));
}

/** Forgets the session. `announce` tells the page it ended unasked (signing out on purpose does not). */
function endSession(announce = true) {
  clearTimeout(timer);
  const had = maybeSignedIn();
  writeExpiry(null);
  mePromise = Promise.resolve(null);
  if (had && announce) window.dispatchEvent(new CustomEvent('c360:signed-out'));
}

async function loadMe(): Promise<Me | null> {
  try {
    const { user } = await api.call('getMe');
    // Signed in, but this browser does not know until when (storage was cleared): ask once.
    if (!maybeSignedIn()) void refreshSession();
    return user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      endSession();
      return null;
    }
    mePromise = null; // a network error is not an answer: let the next caller ask again
    throw err;
  }
}

/**
 * The signed-in user, or null when nobody is signed in. Asked once per page load; throws ApiError on
 * a network or server error so pages can offer a retry.
 */
export function getMe(): Promise<Me | null> {
  mePromise ??= loadMe();
  return mePromise;
}

/** Like getMe(), but no request when this browser has no session: for public pages' signed-in extras. */
export const getMeIfSignedIn = (): Promise<Me | null> =>
  !mePromise && !maybeSignedIn() ? Promise.resolve(null) : getMe();

/** Call with the answer of POST /api/auth/login. */
export function signedIn(result: LoginResult) {
  startSession(result.sessionExpiresAt);
  mePromise = Promise.resolve(result.user);
}

/** Ends the session on the server (clearing the cookies) and here. Throws ApiError if it could not. */
export async function signOut(): Promise<void> {
  await api.call('logout');
  endSession(false);
}

/** The account was erased (the server cleared the cookies): forget the session here too, quietly. */
export const forgetErasedAccount = () => endSession(false);

/** The role's home, as a path (links pass it through pageHref). */
export const dashboardPath = (role: Role): string =>
  role === 'admin' ? '/admin/' : role === 'doctor' ? '/dashboard/doctor/' : '/dashboard/patient/';

let installed = false;

/** Installs the 401-retry and the renewal timer. Every page runs it once (through the header script). */
export function initSession() {
  if (installed) return;
  installed = true;
  // Without a record of a session a 401 simply means "signed out": no refresh request to make.
  setUnauthorizedHandler(async () => (maybeSignedIn() || !storageWorks) && refreshSession());
  schedule();
  // A timer in a background tab is throttled or frozen: check again when the tab comes back.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && schedule());
  // Another tab refreshed (new expiry) or signed out (no expiry).
  window.addEventListener('storage', (event) => {
    if (event.key !== EXPIRY_KEY && event.key !== null) return;
    if (event.newValue) return schedule();
    clearTimeout(timer);
    mePromise = Promise.resolve(null);
    window.dispatchEvent(new CustomEvent('c360:signed-out'));
  });
}

// Islands are also rendered at build time, where there is no browser and no session.
if (typeof document !== 'undefined') initSession();
