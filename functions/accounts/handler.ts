import { authenticateToken } from '../core/auth.ts';
import { clearedSessionCookies, parseCookies, REFRESH_COOKIE, sessionCookies } from '../core/cookies.ts';
import { accountDisabled, unauthorized } from '../core/errors.ts';
import { accepted, created, httpHandler, noContent, ok, operation } from '../core/http.ts';
import { getUser, toMe, updateDoctorProfile, updateMe } from './profile.ts';
import {
  confirmBody,
  doctorProfileBody,
  emailBody,
  loginBody,
  registerBody,
  resetBody,
  updateMeBody,
} from './schemas.ts';
import * as session from './session.ts';

const sessionReply = <B>(tokens: session.Tokens, body: B) =>
  ok(body, { cookies: sessionCookies(tokens.idToken, tokens.expiresIn, tokens.refreshToken) });

/** Both the instant and the lifetime: a client whose clock is off can still schedule its refresh. */
const expiry = (tokens: session.Tokens) => ({
  sessionExpiresAt: new Date(Date.now() + tokens.expiresIn * 1000).toISOString(),
  sessionExpiresIn: tokens.expiresIn,
});

const refreshTokenOf = (headers: Record<string, string | undefined>) =>
  parseCookies(headers.cookie)[REFRESH_COOKIE];

/**
 * The profile behind fresh tokens, refusing a disabled account. Cognito refuses disabled users too;
 * checking our own flag as well means a disabled account is shut out even where the identity
 * provider lags (the local emulator does not enforce it), and the tokens just issued are revoked.
 */
async function activeUser(tokens: session.Tokens) {
  const auth = await authenticateToken(tokens.idToken);
  if (!auth) throw unauthorized('Your account is not set up yet. Verify your email first.');
  const user = await getUser(auth.userId);
  if (user.disabled) {
    if (tokens.refreshToken) await session.revoke(tokens.refreshToken);
    throw accountDisabled();
  }
  return user;
}

export const handler = httpHandler('accounts', {
  register: operation({
    body: registerBody,
    run: async ({ body }) => created(await session.register(body)),
  }),
  confirm: operation({
    body: confirmBody,
    run: async ({ body }) => {
      await session.confirmRegistration(body.email, body.code);
      return { confirmed: true };
    },
  }),
  resendCode: operation({
    body: emailBody,
    run: async ({ body }) => {
      await session.resendCode(body.email);
      return accepted({ message: 'If that account is waiting for verification, a new code is on its way.' });
    },
  }),
  login: operation({
    body: loginBody,
    run: async ({ body }) => {
      const tokens = await session.login(body.email, body.password);
      const user = await activeUser(tokens);
      return sessionReply(tokens, { user: toMe(user), ...expiry(tokens) });
    },
  }),
  refresh: operation({
    run: async ({ headers }) => {
      const refreshToken = refreshTokenOf(headers);
      if (!refreshToken) throw unauthorized('Your session has ended. Please sign in again.');
      const tokens = await session.refresh(refreshToken);
      await activeUser({ ...tokens, refreshToken });
      return sessionReply(tokens, expiry(tokens));
    },
  }),
  logout: operation({
    run: async ({ headers }) => {
      const refreshToken = refreshTokenOf(headers);
      if (refreshToken) await session.revoke(refreshToken);
      return noContent({ cookies: clearedSessionCookies() });
    },
  }),
  forgotPassword: operation({
    body: emailBody,
    run: async ({ body }) => {
      await session.forgotPassword(body.email);
      return accepted({
        message: 'If an account exists for that email, we have sent a code to reset the password.',
      });
    },
  }),
  resetPassword: operation({
    body: resetBody,
    run: async ({ body }) => {
      await session.resetPassword(body.email, body.code, body.password);
      return { reset: true };
    },
  }),
  getMe: operation({ run: async ({ auth }) => ({ user: toMe(await getUser(auth.userId)) }) }),
  updateMe: operation({
    body: updateMeBody,
    run: async ({ auth, body }) => ({ user: await updateMe(auth.userId, body) }),
  }),
  updateDoctorProfile: operation({
    body: doctorProfileBody,
    run: async ({ auth, body }) => ({ user: await updateDoctorProfile(auth.userId, body) }),
  }),
});
