/**
 * Who is calling: the Cognito id token from the session cookie, verified against the pool's JWKS
 * (issuer and JWKS URI from config, so the same code verifies real Cognito and the local emulator).
 */
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { FetchError, NonRetryableFetchError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { config } from './config.ts';
import { parseCookies, SESSION_COOKIE } from './cookies.ts';
import type { Role } from './db/index.ts';
import { unavailable } from './errors.ts';

export interface AuthContext {
  userId: string;
  role: Role;
  email: string;
}

/** Fetches the JWKS with the platform fetch, which (unlike the library default) also speaks plain http. */
const fetcher = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri, { signal: AbortSignal.timeout(3000) }).catch((cause: unknown) => {
      throw new FetchError(uri, `JWKS unreachable: ${String(cause)}`);
    });
    if (!response.ok) throw new NonRetryableFetchError(uri, `JWKS answered ${response.status}`);
    return response.arrayBuffer();
  },
};

let verifier: ReturnType<typeof makeVerifier> | undefined;
function makeVerifier() {
  const c = config();
  return JwtRsaVerifier.create(
    {
      issuer: c.jwtIssuer,
      jwksUri: c.jwksUri,
      audience: c.USER_POOL_CLIENT_ID,
      customJwtCheck: checkIdToken,
    },
    { jwksCache: new SimpleJwksCache({ fetcher }) },
  );
}

function checkIdToken({ payload }: { payload: Record<string, unknown> }) {
  if (payload.token_use !== 'id') throw new Error('Not an id token');
}

/** Group membership decides the role; an admin who is also in another group is an admin. */
export function roleFromGroups(groups: unknown): Role | null {
  const list = Array.isArray(groups) ? groups : [];
  if (list.includes('admins')) return 'admin';
  if (list.includes('doctors')) return 'doctor';
  if (list.includes('patients')) return 'patient';
  return null;
}

/** Returns the caller, or null when there is no valid session (missing, expired, forged or role-less). */
export async function authenticate(cookieHeader: string | string[] | undefined): Promise<AuthContext | null> {
  const token = parseCookies(cookieHeader)[SESSION_COOKIE];
  return token ? authenticateToken(token) : null;
}

/** Verifies an id token (signature, issuer, audience, expiry) and reads the caller from it. */
export async function authenticateToken(token: string): Promise<AuthContext | null> {
  verifier ??= makeVerifier();
  try {
    const payload = (await verifier.verify(token)) as Record<string, unknown>;
    const role = roleFromGroups(payload['cognito:groups']);
    if (!role || typeof payload.sub !== 'string') return null;
    return { userId: payload.sub, role, email: String(payload.email ?? '') };
  } catch (error) {
    // A JWKS that cannot be fetched is an outage, not a bad token.
    if (error instanceof FetchError)
      throw unavailable('Sign-in service is unavailable. Please try again shortly.');
    return null;
  }
}
