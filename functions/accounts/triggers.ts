/**
 * Cognito triggers (one function, dispatched on triggerSource):
 * - PreSignUp: only patients and doctors may register themselves; admins are created by an operator.
 * - PostConfirmation: puts the user in the group of their role and creates the profile item.
 * - CustomMessage: branded verification / reset emails (Cognito sends them through SES).
 */
import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { cognito } from '../core/clients.ts';
import { renderEmail } from '../core/email.ts';
import { logger } from '../core/logger.ts';
import { createUserProfile } from './profile.ts';
import { signUpAttributes } from './schemas.ts';

interface TriggerEvent {
  triggerSource: string;
  userPoolId: string;
  userName: string;
  request: {
    userAttributes?: Record<string, string>;
    codeParameter?: string;
  };
  response: Record<string, unknown>;
}

const SELF_SERVICE_ROLES = new Set(['patient', 'doctor']);

/**
 * PreSignUp sees every sign-up, including one sent straight to Cognito with the public client id
 * (bypassing our API): apply the API's own rules. A trigger cannot rewrite attributes, so a value is
 * accepted only if it is already what the API would have stored (trimmed, lower-case email), and the
 * error names the field, as Cognito relays the message to the caller.
 */
function checkSignUpAttributes(attributes: Record<string, string>) {
  const raw = {
    email: attributes.email,
    firstName: attributes.given_name,
    lastName: attributes.family_name,
    role: attributes['custom:role'],
  };
  const parsed = signUpAttributes.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue?.message ?? 'Registration was refused.');
  }
  if (raw.email !== parsed.data.email)
    throw new Error('Send the email address in lower case, without spaces.');
  if (raw.firstName !== parsed.data.firstName || raw.lastName !== parsed.data.lastName)
    throw new Error('Remove the spaces before and after the name.');
}
export const groupOf = { patient: 'patients', doctor: 'doctors', admin: 'admins' } as const;

function codeEmail(kind: 'verify' | 'reset' | 'invite', firstName: string | undefined, code: string) {
  const subject =
    kind === 'reset'
      ? 'Reset your Chikitsa360 password'
      : kind === 'invite'
        ? 'Your Chikitsa360 account'
        : 'Verify your email for Chikitsa360';
  const intro =
    kind === 'reset'
      ? 'We received a request to reset your password. Enter this code on the reset page:'
      : kind === 'invite'
        ? 'An account was created for you. Your temporary password is:'
        : 'Welcome to Chikitsa360. Enter this code to verify your email address:';
  return {
    emailSubject: subject,
    // Cognito substitutes the code for its placeholder, so it must reach the HTML unescaped.
    emailMessage: renderEmail({
      subject,
      greeting: `Hello${firstName ? ` ${firstName}` : ''},`,
      paragraphs: [intro],
      block: '__CODE__',
      footnote:
        'If you did not ask for this, you can ignore this email. The code expires soon; never share it.',
    }).html.replace('__CODE__', code),
  };
}

export const handler = async (event: TriggerEvent): Promise<TriggerEvent> => {
  const attributes = event.request.userAttributes ?? {};
  const role = attributes['custom:role'] ?? '';
  switch (event.triggerSource) {
    case 'PreSignUp_SignUp':
    case 'PreSignUp_ExternalProvider':
      if (!SELF_SERVICE_ROLES.has(role))
        throw new Error('Choose whether you are registering as a patient or a doctor.');
      checkSignUpAttributes(attributes);
      return event;
    case 'PreSignUp_AdminCreateUser':
      return event;
    case 'PostConfirmation_ConfirmSignUp': {
      if (!SELF_SERVICE_ROLES.has(role)) throw new Error('Unknown role');
      const typedRole = role as 'patient' | 'doctor';
      await cognito().send(
        new AdminAddUserToGroupCommand({
          UserPoolId: event.userPoolId,
          Username: event.userName,
          GroupName: groupOf[typedRole],
        }),
      );
      await createUserProfile({
        userId: attributes.sub ?? event.userName,
        email: attributes.email ?? '',
        firstName: attributes.given_name ?? '',
        lastName: attributes.family_name ?? '',
        role: typedRole,
      });
      logger.info('user confirmed', { userId: attributes.sub, role });
      return event;
    }
    case 'CustomMessage_SignUp':
    case 'CustomMessage_ResendCode':
    case 'CustomMessage_VerifyUserAttribute':
    case 'CustomMessage_UpdateUserAttribute':
      Object.assign(
        event.response,
        codeEmail('verify', attributes.given_name, event.request.codeParameter ?? '{####}'),
      );
      return event;
    case 'CustomMessage_ForgotPassword':
      Object.assign(
        event.response,
        codeEmail('reset', attributes.given_name, event.request.codeParameter ?? '{####}'),
      );
      return event;
    case 'CustomMessage_AdminCreateUser':
      Object.assign(
        event.response,
        codeEmail('invite', attributes.given_name, event.request.codeParameter ?? '{####}'),
      );
      return event;
    default:
      return event;
  }
};
