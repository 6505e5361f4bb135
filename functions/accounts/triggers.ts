/**
 * Cognito triggers (one function, dispatched on triggerSource):
 * - PreSignUp: only patients and doctors may register themselves; admins are created by an operator.
 * - PostConfirmation: puts the user in the group of their role and creates the profile item.
 * - CustomMessage: branded verification / reset emails (Cognito sends them through SES).
 */
import { AdminAddUserToGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { isLocale } from '../contract/format.ts';
import { cognito } from '../core/clients.ts';
import { entities } from '../core/db/index.ts';
import { renderEmail } from '../core/email.ts';
import { type Locale, localeOf } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';
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
    locale: attributes['custom:locale'],
  };
  const parsed = signUpAttributes().safeParse(raw);
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

const CODE_EMAILS = {
  verify: { subject: m.email_code_verify_subject, intro: m.email_code_verify_intro },
  reset: { subject: m.email_code_reset_subject, intro: m.email_code_reset_intro },
  invite: { subject: m.email_code_invite_subject, intro: m.email_code_invite_intro },
};

export function codeEmail(
  kind: keyof typeof CODE_EMAILS,
  firstName: string | undefined,
  code: string,
  locale: Locale,
) {
  const l = { locale };
  const subject = CODE_EMAILS[kind].subject({}, l);
  return {
    emailSubject: subject,
    // Cognito substitutes the code for its placeholder, so it must reach the HTML unescaped.
    emailMessage: renderEmail(
      {
        subject,
        greeting: firstName ? m.email_hello({ name: firstName }, l) : m.email_hello_anonymous({}, l),
        paragraphs: [CODE_EMAILS[kind].intro({}, l)],
        block: '__CODE__',
        footnote: m.email_code_footnote({}, l),
      },
      locale,
    ).html.replace('__CODE__', code),
  };
}

/**
 * The language of a code email: the profile's choice once there is a profile (it may have changed
 * since), else what the registration recorded in the pool (the first code goes out before any
 * profile exists), else English.
 */
async function recipientLocale(event: TriggerEvent): Promise<Locale> {
  const attributes = event.request.userAttributes ?? {};
  const userId = attributes.sub;
  if (userId) {
    const { data } = await entities().user.get({ userId }).go();
    if (data?.locale) return localeOf(data);
  }
  const registered = attributes['custom:locale'];
  return isLocale(registered) ? registered : 'en';
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
        locale: isLocale(attributes['custom:locale']) ? attributes['custom:locale'] : 'en',
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
        codeEmail(
          'verify',
          attributes.given_name,
          event.request.codeParameter ?? '{####}',
          await recipientLocale(event),
        ),
      );
      return event;
    case 'CustomMessage_ForgotPassword':
      Object.assign(
        event.response,
        codeEmail(
          'reset',
          attributes.given_name,
          event.request.codeParameter ?? '{####}',
          await recipientLocale(event),
        ),
      );
      return event;
    case 'CustomMessage_AdminCreateUser':
      Object.assign(
        event.response,
        codeEmail(
          'invite',
          attributes.given_name,
          event.request.codeParameter ?? '{####}',
          await recipientLocale(event),
        ),
      );
      return event;
    default:
      return event;
  }
};
