import { preferredLocale } from '../contract/format.ts';
import { authenticateToken } from '../core/auth.ts';
import {
  clearedMfaCookie,
  clearedSessionCookies,
  MFA_COOKIE,
  mfaChallengeOf,
  mfaCookie,
  parseCookies,
  REFRESH_COOKIE,
  sessionCookies,
} from '../core/cookies.ts';
import { entities } from '../core/db/index.ts';
import { accountDisabled, unauthorized } from '../core/errors.ts';
import { accepted, created, httpHandler, noContent, ok, operation } from '../core/http.ts';
import { addDependant, listDependants, removeDependant, updateDependant } from './dependants.ts';
import { getUser, toMe, updateDoctorProfile, updateMe } from './profile.ts';
import {
  confirmBody,
  dependantBody,
  dependantParams,
  dependantPatch,
  doctorProfileBody,
  emailBody,
  loginBody,
  mfaCodeBody,
  registerBody,
  resetBody,
  updateMeBody,
} from './schemas.ts';
import * as session from './session.ts';

const sessionReply = <B>(tokens: session.Tokens, body: B, extraCookies: string[] = []) =>
  ok(body, {
    cookies: [...sessionCookies(tokens.idToken, tokens.expiresIn, tokens.refreshToken), ...extraCookies],
  });

/** Both the instant and the lifetime: a client whose clock is off can still schedule its refresh. */
const expiry = (tokens: session.Tokens) => ({
  sessionExpiresAt: new Date(Date.now() + tokens.expiresIn * 1000).toISOString(),
  sessionExpiresIn: tokens.expiresIn,
});

const refreshTokenOf = (headers: Record<string, string | undefined>) =>
  parseCookies(headers.cookie)[REFRESH_COOKIE];

/**
 * The refresh token, which two-step sign-in set-up needs (Cognito's own-account calls take an access
 * token, which only a refresh gives us). The browser sends it with every /api/auth request; a session
 * without it cannot set this up, though it is still a session: sign in again.
 */
function requireRefreshToken(headers: Record<string, string | undefined>) {
  const token = refreshTokenOf(headers);
  if (!token) throw session.cannotRenew();
  return token;
}

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
    run: async ({ body, headers }) =>
      created(
        await session.register({
          ...body,
          locale: body.locale ?? preferredLocale(headers['accept-language']),
        }),
      ),
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
      const result = await session.login(body.email, body.password);
      // Two-step sign-in: the password was right; the code comes next (POST /api/auth/mfa).
      if ('mfa' in result) return ok({ mfaRequired: true }, { cookies: [mfaCookie(result.mfa)] });
      const user = await activeUser(result);
      return sessionReply(result, { user: toMe(user), ...expiry(result) });
    },
  }),
  completeMfa: operation({
    body: mfaCodeBody,
    run: async ({ body, headers }) => {
      const challenge = mfaChallengeOf(parseCookies(headers.cookie)[MFA_COOKIE]);
      if (!challenge) throw unauthorized('That sign-in took too long. Enter your password again.');
      const tokens = await session.completeMfa(challenge, body.code);
      const user = await activeUser(tokens);
      return sessionReply(tokens, { user: toMe(user), ...expiry(tokens) }, [clearedMfaCookie()]);
    },
  }),
  startMfaSetup: operation({
    run: async ({ auth, headers }) => session.startMfaSetup(requireRefreshToken(headers), auth.email),
  }),
  finishMfaSetup: operation({
    body: mfaCodeBody,
    run: async ({ auth, body, headers }) => {
      await session.finishMfaSetup(requireRefreshToken(headers), body.code);
      await entities().user.patch({ userId: auth.userId }).set({ mfaEnabled: true }).go();
      return { user: toMe(await getUser(auth.userId)) };
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
  listDependants: operation({ run: async ({ auth }) => ({ dependants: await listDependants(auth.userId) }) }),
  addDependant: operation({
    body: dependantBody,
    run: async ({ auth, body }) => created({ dependant: await addDependant(auth.userId, body) }),
  }),
  updateDependant: operation({
    params: dependantParams,
    body: dependantPatch,
    run: async ({ auth, params, body }) => ({
      dependant: await updateDependant(auth.userId, params.dependantId, body),
    }),
  }),
  removeDependant: operation({
    params: dependantParams,
    run: async ({ auth, params }) => removeDependant(auth.userId, params.dependantId),
  }),
});
