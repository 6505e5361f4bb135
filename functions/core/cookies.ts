import { config } from './config.ts';

export const SESSION_COOKIE = 'c360_session';
export const REFRESH_COOKIE = 'c360_refresh';
/** Between the password and the code of a two-step sign-in: Cognito's session, for 3 minutes. */
export const MFA_COOKIE = 'c360_mfa';
const MFA_TTL_SECONDS = 180;
/** The refresh token is only ever sent to the auth endpoints. */
const REFRESH_PATH = '/api/auth';

export function parseCookies(header: string | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const parts = Array.isArray(header) ? header : header ? header.split(';') : [];
  for (const part of parts.flatMap((p) => p.split(';'))) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

function cookie(name: string, value: string, path: string, maxAgeSeconds: number): string {
  const attrs = [
    `${name}=${value}`,
    `Path=${path}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (config().secureCookies) attrs.push('Secure');
  return attrs.join('; ');
}

export const sessionCookies = (idToken: string, idTtlSeconds: number, refreshToken?: string) => [
  cookie(SESSION_COOKIE, idToken, '/', idTtlSeconds),
  ...(refreshToken ? [cookie(REFRESH_COOKIE, refreshToken, REFRESH_PATH, 30 * 24 * 3600)] : []),
];

export const clearedSessionCookies = () => [
  cookie(SESSION_COOKIE, '', '/', 0),
  cookie(REFRESH_COOKIE, '', REFRESH_PATH, 0),
];

/** The pending second step of a sign-in, sent only to the auth endpoints. */
export const mfaCookie = (challenge: { username: string; session: string }) =>
  cookie(
    MFA_COOKIE,
    Buffer.from(JSON.stringify(challenge)).toString('base64url'),
    REFRESH_PATH,
    MFA_TTL_SECONDS,
  );

export const clearedMfaCookie = () => cookie(MFA_COOKIE, '', REFRESH_PATH, 0);

/** The pending second step from its cookie, or null when there is none (or it is not ours). */
export function mfaChallengeOf(value: string | undefined): { username: string; session: string } | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof parsed.username !== 'string' || typeof parsed.session !== 'string') return null;
    if (parsed.username.length > 254 || parsed.session.length > 4096) return null;
    return { username: parsed.username, session: parsed.session };
  } catch {
    return null;
  }
}
