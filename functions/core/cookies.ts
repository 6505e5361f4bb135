import { config } from './config.ts';

export const SESSION_COOKIE = 'c360_session';
export const REFRESH_COOKIE = 'c360_refresh';
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
