/**
 * The one mark a browser keeps of its session: when the id cookie expires (never a token), in
 * localStorage. Apart from lib/session.ts so that a page can ask "may someone be signed in?" without
 * loading the session and API client (the header loads its signed-in part only then).
 */
export const EXPIRY_KEY = 'c360.sessionExpiresAt';

export function readExpiry(): number | null {
  try {
    const value = Date.parse(window.localStorage.getItem(EXPIRY_KEY) ?? '');
    return Number.isNaN(value) ? null : value;
  } catch {
    return null; // storage disabled: the 401-retry still keeps the session working
  }
}

/** True when this browser signed in and has not signed out since (the session may still have ended). */
export const maybeSignedIn = () => readExpiry() !== null;
