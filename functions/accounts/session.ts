/**
 * Sign-up, sign-in and password flows against the Cognito user pool, with Cognito's errors turned
 * into messages a person can act on. Tokens only ever travel in HttpOnly cookies.
 */
import {
  AdminDeleteUserCommand,
  AssociateSoftwareTokenCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognito } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { appUrl, type Outgoing, sendEmail } from '../core/email.ts';
import { AppError, badRequest, conflict, tooMany, unauthorized, unavailable } from '../core/errors.ts';
import type { Locale } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';

const clientId = () => config().USER_POOL_CLIENT_ID;

/** Cognito's exception names → our answers. Unknown ones propagate (503 if Cognito is down, else 500). */
function mapCognitoError(
  error: unknown,
  context: 'register' | 'confirm' | 'login' | 'refresh' | 'reset',
): never {
  const name = (error as { name?: string }).name ?? '';
  const message = (error as { message?: string }).message ?? '';
  switch (name) {
    case 'InvalidPasswordException':
      // The Cognito emulator answers a wrong sign-in password this way (the real pool says NotAuthorized).
      if (context === 'login') throw unauthorized('Email or password is incorrect.');
      throw badRequest('Choose a stronger password.', { password: ['Choose a stronger password.'] });
    case 'UserLambdaValidationException':
      throw badRequest(
        message.replace(/^.*failed with error /, '').replace(/\.$/, '.') || 'Registration was refused.',
      );
    case 'CodeMismatchException':
      throw badRequest('That code is not right. Check the latest email from us and try again.', {
        code: ['That code is not right.'],
      });
    case 'ExpiredCodeException':
      throw badRequest('That code has expired. Ask for a new one.', { code: ['That code has expired.'] });
    case 'TooManyFailedAttemptsException':
    case 'TooManyRequestsException':
    case 'LimitExceededException':
      throw tooMany('Too many attempts. Please wait a few minutes and try again.');
    case 'CodeDeliveryFailureException':
      // The pool could not email the code (SES unreachable or refusing): worth trying again later.
      throw unavailable(
        context === 'register'
          ? 'We could not send the verification email just now. Please try registering again in a few minutes.'
          : 'We could not send the email with your code just now. Please try again in a few minutes.',
      );
    case 'UserNotConfirmedException':
      throw new AppError(403, 'not_confirmed', 'Please verify your email first: enter the code we sent you.');
    case 'PasswordResetRequiredException':
      throw new AppError(
        403,
        'password_reset_required',
        'You need to reset your password before signing in.',
      );
    case 'UserNotFoundException':
      if (context === 'confirm' || context === 'reset')
        throw badRequest('That code is not right.', { code: ['That code is not right.'] });
      throw unauthorized('Email or password is incorrect.');
    case 'NotAuthorizedException':
      if (/disabled/i.test(message))
        throw new AppError(403, 'account_disabled', 'This account has been disabled. Contact support.');
      if (/attempts exceeded/i.test(message))
        throw tooMany('Too many failed sign-ins. Wait a few minutes, or reset your password.');
      if (context === 'confirm')
        throw conflict('This email is already verified. You can sign in.', 'already_confirmed');
      if (context === 'refresh') throw unauthorized('Your session has ended. Please sign in again.');
      throw unauthorized('Email or password is incorrect.');
    default:
      throw error;
  }
}

/** Cognito hides a real address behind a mask like n***@e***.com; we do the same for our answers. */
export const maskEmail = (address: string) => {
  const [local = '', domain = ''] = address.split('@');
  return `${local[0] ?? ''}***@${domain}`;
};

export async function register(input: {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  role: string;
  locale: Locale;
}) {
  try {
    await cognito().send(
      new SignUpCommand({
        ClientId: clientId(),
        Username: input.email,
        Password: input.password,
        UserAttributes: [
          { Name: 'email', Value: input.email },
          { Name: 'given_name', Value: input.firstName },
          { Name: 'family_name', Value: input.lastName },
          { Name: 'custom:role', Value: input.role },
          // Read by the CustomMessage trigger (the verification email goes out before any profile
          // exists) and copied into the profile at confirmation.
          { Name: 'custom:locale', Value: input.locale },
        ],
      }),
    );
  } catch (error) {
    if ((error as { name?: string }).name !== 'UsernameExistsException') mapCognitoError(error, 'register');
    await tellExistingAccount(input.email, input.locale);
  }
  // The same answer for a known email as for a new one, so registering cannot test who has an account.
  return { email: input.email, codeSentTo: maskEmail(input.email) };
}

/**
 * A registration for an email that already has an account: the owner hears about it by email instead
 * of the caller. An account never verified gets a new code (its owner is probably registering again
 * for want of one); a verified one gets a note with the way to sign in or reset the password.
 */
async function tellExistingAccount(email: string, locale: Locale) {
  try {
    await cognito().send(new ResendConfirmationCodeCommand({ ClientId: clientId(), Username: email }));
    return;
  } catch (error) {
    const name = (error as { name?: string }).name;
    // The per-account limit on code emails: this account had its share, so no email at all.
    if (name === 'LimitExceededException') return;
    // Anything but "already confirmed" is a real failure (Cognito down, the code not deliverable).
    if (name !== 'InvalidParameterException') mapCognitoError(error, 'register');
  }
  // In the language of the page they registered from: whoever tried is most likely the owner.
  const notice = existingAccountEmail(email, locale);
  await sendEmail(notice.to, notice.locale, notice.content);
}

/** What the owner of an existing account hears when someone registers with its email. */
export function existingAccountEmail(email: string, locale: Locale): Outgoing {
  const l = { locale };
  return {
    to: email,
    locale,
    content: {
      subject: m.email_existing_subject({}, l),
      greeting: m.email_hello_anonymous({}, l),
      paragraphs: [m.email_existing_tried({}, l), m.email_existing_sign_in({}, l)],
      action: { label: m.email_action_sign_in({}, l), url: appUrl('/login/', { email }) },
      footnote: m.email_existing_footnote({ url: appUrl('/forgot-password/', { email }) }, l),
    },
  };
}

export async function confirmRegistration(email: string, code: string) {
  try {
    await cognito().send(
      new ConfirmSignUpCommand({ ClientId: clientId(), Username: email, ConfirmationCode: code }),
    );
  } catch (error) {
    mapCognitoError(error, 'confirm');
  }
}

/**
 * Errors of a request to email a code that the caller must not see: each would tell whether the
 * address is registered (or verified). That includes the per-account limit on code emails, which
 * only an existing account can reach: the answer stays the same, and no email is sent.
 */
function isHiddenFromCaller(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return (
    name === 'UserNotFoundException' ||
    name === 'InvalidParameterException' ||
    name === 'NotAuthorizedException' ||
    name === 'LimitExceededException'
  );
}

export async function resendCode(email: string) {
  try {
    await cognito().send(new ResendConfirmationCodeCommand({ ClientId: clientId(), Username: email }));
  } catch (error) {
    if (isHiddenFromCaller(error)) return;
    mapCognitoError(error, 'confirm');
  }
}

export interface Tokens {
  idToken: string;
  refreshToken?: string;
  expiresIn: number;
}

/** The second step of a sign-in with two-step sign-in on: Cognito's session for the code. */
export interface MfaChallenge {
  mfa: { username: string; session: string };
}

export async function login(email: string, password: string): Promise<Tokens | MfaChallenge> {
  try {
    const result = await cognito().send(
      new InitiateAuthCommand({
        ClientId: clientId(),
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    if (result.ChallengeName === 'SOFTWARE_TOKEN_MFA' && result.Session)
      return { mfa: { username: email, session: result.Session } };
    return tokensOf(result.AuthenticationResult);
  } catch (error) {
    if (error instanceof AppError) throw error;
    mapCognitoError(error, 'login');
  }
}

function tokensOf(auth: { IdToken?: string; RefreshToken?: string; ExpiresIn?: number } | undefined): Tokens {
  if (!auth?.IdToken) {
    // A challenge (e.g. NEW_PASSWORD_REQUIRED for an admin-created account) must be completed first.
    throw new AppError(
      403,
      'password_reset_required',
      'Set a new password first: use "Forgot password" to get a code.',
    );
  }
  return { idToken: auth.IdToken, refreshToken: auth.RefreshToken, expiresIn: auth.ExpiresIn ?? 900 };
}

const wrongMfaCode = () =>
  badRequest('That code is not right. Use the current code from your authenticator app.', {
    code: ['That code is not right.'],
  });

/** Completes a sign-in with the code from the authenticator app. */
export async function completeMfa(challenge: MfaChallenge['mfa'], code: string): Promise<Tokens> {
  try {
    const result = await cognito().send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId(),
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: challenge.session,
        ChallengeResponses: { USERNAME: challenge.username, SOFTWARE_TOKEN_MFA_CODE: code },
      }),
    );
    return tokensOf(result.AuthenticationResult);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const name = (error as { name?: string }).name;
    if (name === 'CodeMismatchException') throw wrongMfaCode();
    // An expired or used-up session: start again from the password.
    if (name === 'NotAuthorizedException' && !/disabled|attempts exceeded/i.test((error as Error).message))
      throw unauthorized('That sign-in took too long. Enter your password again.');
    mapCognitoError(error, 'login');
  }
}

/**
 * Confirms that the signed-in person is at the keyboard, for an act they sign (issuing a
 * prescription): their password, and with two-step sign-in on, the authenticator's current code.
 * Cognito checks an enrolled authenticator's code only as the second step of a sign-in, so that is
 * what this does; the session it opens is revoked at once. Wrong answers count towards the pool's
 * lockout exactly as at sign-in. A wrong password or code is a 403 `signature_failed` (not a 401,
 * which would sign the caller out of the page).
 */
export async function confirmSignature(email: string, password: string, code: string | undefined) {
  const refused = (what: string) =>
    new AppError(403, 'signature_failed', `${what} is not right, so nothing was signed.`);
  let step: Tokens | MfaChallenge;
  try {
    step = await login(email, password);
  } catch (error) {
    if (error instanceof AppError && error.status === 401) throw refused('That password');
    throw error;
  }
  if ('mfa' in step) {
    if (!code) throw refused('Your authenticator code is needed: it');
    try {
      step = await completeMfa(step.mfa, code);
    } catch (error) {
      if (error instanceof AppError && (error.status === 400 || error.status === 401))
        throw refused('That authenticator code');
      throw error;
    }
  }
  if (step.refreshToken) await revoke(step.refreshToken);
}

/**
 * An access token for the pool's own-account APIs (two-step sign-in set-up), from the refresh token:
 * the browser only ever holds the id token and the refresh token, in HttpOnly cookies.
 */
async function accessTokenFrom(refreshToken: string): Promise<string> {
  try {
    const token = (await refreshAuth(refreshToken)).AuthenticationResult?.AccessToken;
    if (!token) throw cannotRenew();
    return token;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A revoked refresh token (signed out elsewhere): the id-token session still stands, briefly, but
    // cannot do this. Not a 401, which would sign this tab out in the middle of the set-up.
    if ((error as { name?: string }).name === 'NotAuthorizedException') throw cannotRenew();
    mapCognitoError(error, 'refresh');
  }
}

/** Cognito's refresh: new id and access tokens from the refresh token. */
const refreshAuth = (refreshToken: string) =>
  cognito().send(
    new InitiateAuthCommand({
      ClientId: clientId(),
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    }),
  );

export const cannotRenew = () =>
  badRequest('Sign in again to set up two-step sign-in: this session cannot be renewed.');

/** Starts two-step sign-in: a new secret for the authenticator app (not active until verified). */
export async function startMfaSetup(refreshToken: string, email: string) {
  const AccessToken = await accessTokenFrom(refreshToken);
  const { SecretCode } = await cognito().send(new AssociateSoftwareTokenCommand({ AccessToken }));
  if (!SecretCode) throw new Error('Cognito returned no secret');
  const label = encodeURIComponent(`Chikitsa360:${email}`);
  return {
    secret: SecretCode,
    otpauthUri: `otpauth://totp/${label}?secret=${SecretCode}&issuer=Chikitsa360&algorithm=SHA1&digits=6&period=30`,
  };
}

/** Checks a first code from the app and turns two-step sign-in on (and preferred) for the account. */
export async function finishMfaSetup(refreshToken: string, code: string) {
  const AccessToken = await accessTokenFrom(refreshToken);
  try {
    const result = await cognito().send(
      new VerifySoftwareTokenCommand({
        AccessToken,
        UserCode: code,
        FriendlyDeviceName: 'Authenticator app',
      }),
    );
    if (result.Status !== 'SUCCESS') throw wrongMfaCode();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const name = (error as { name?: string }).name;
    if (name === 'CodeMismatchException' || name === 'EnableSoftwareTokenMFAException') throw wrongMfaCode();
    if (name === 'InvalidParameterException')
      throw badRequest('Start the set-up again: there is no secret waiting to be confirmed.');
    mapCognitoError(error, 'login');
  }
  await cognito().send(
    new SetUserMFAPreferenceCommand({
      AccessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
}

export async function refresh(refreshToken: string): Promise<Tokens> {
  try {
    const result = await refreshAuth(refreshToken);
    const auth = result.AuthenticationResult;
    if (!auth?.IdToken) throw unauthorized('Your session has ended. Please sign in again.');
    return { idToken: auth.IdToken, refreshToken: auth.RefreshToken, expiresIn: auth.ExpiresIn ?? 900 };
  } catch (error) {
    if (error instanceof AppError) throw error;
    mapCognitoError(error, 'refresh');
  }
}

/** Revokes the refresh token so a stolen copy stops working; signing out succeeds regardless. */
export async function revoke(refreshToken: string) {
  try {
    await cognito().send(new RevokeTokenCommand({ ClientId: clientId(), Token: refreshToken }));
  } catch (error) {
    logger.warn('refresh token revocation failed', { error: (error as Error).name });
  }
}

export async function forgotPassword(email: string) {
  try {
    await cognito().send(new ForgotPasswordCommand({ ClientId: clientId(), Username: email }));
  } catch (error) {
    if (isHiddenFromCaller(error)) return;
    mapCognitoError(error, 'reset');
  }
}

export async function resetPassword(email: string, code: string, password: string) {
  try {
    await cognito().send(
      new ConfirmForgotPasswordCommand({
        ClientId: clientId(),
        Username: email,
        ConfirmationCode: code,
        Password: password,
      }),
    );
  } catch (error) {
    mapCognitoError(error, 'reset');
  }
}

/**
 * Deletes the sign-in (an erased account, DPDP Act 2023 s.12): the user, their password, their
 * authenticator and every refresh token go with it, so no session can be renewed. Already gone counts
 * as done, so an erasure that is run again finishes.
 */
export async function deleteSignIn(email: string) {
  try {
    await cognito().send(new AdminDeleteUserCommand({ UserPoolId: config().USER_POOL_ID, Username: email }));
  } catch (error) {
    if ((error as { name?: string }).name !== 'UserNotFoundException') throw error;
  }
}
