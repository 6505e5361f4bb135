/**
 * `npm run admin:create -- --email ops@clinic.in [--first Asha --last Verma]`
 *
 * Creates an admin in whichever user pool the configuration points to: the cloud (USER_POOL_ID,
 * TABLE_NAME, AWS_REGION and AWS credentials in the environment) or, when those are not set, the
 * running local twin (it records its endpoints in .data/twin.json). The account gets a strong random
 * password, printed once: sign in with it, then change it with "Forgot password".
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    first: { type: 'string' },
    last: { type: 'string' },
  },
});
const firstName = values.first ?? 'Clinic';
const lastName = values.last ?? 'Admin';
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error('Usage: npm run admin:create -- --email someone@example.com [--first Asha --last Verma]');
  process.exit(2);
}

if (!process.env.USER_POOL_ID) {
  const twinFile = join(
    process.env.CHIKITSA_DATA_DIR ?? join(import.meta.dirname, '..', '.data'),
    'twin.json',
  );
  if (!existsSync(twinFile)) {
    console.error(
      'No USER_POOL_ID in the environment and no running local twin (start it with `npm run dev`).',
    );
    process.exit(2);
  }
  Object.assign(process.env, JSON.parse(readFileSync(twinFile, 'utf8')));
}

// Imported after the environment is settled: they read it.
const { cognito } = await import('../functions/core/clients.ts');
const { config } = await import('../functions/core/config.ts');
const { createUserProfile } = await import('../functions/accounts/profile.ts');

/** Meets the pool's policy: upper, lower, digit, symbol, 20 characters. */
const password = `${randomBytes(12).toString('base64url')}aA1!`;
const UserPoolId = config().USER_POOL_ID;

try {
  const created = await cognito().send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'given_name', Value: firstName },
        { Name: 'family_name', Value: lastName },
        { Name: 'custom:role', Value: 'admin' },
      ],
    }),
  );
  const userId = created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value;
  if (!userId) throw new Error('The user pool returned no id');
  await cognito().send(
    new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: password, Permanent: true }),
  );
  await cognito().send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName: 'admins' }));
  await createUserProfile({ userId, email, firstName, lastName, role: 'admin' });
  console.log(
    `Admin created in ${UserPoolId}\n  email     ${email}\n  password  ${password}\nSign in at ${config().APP_ORIGIN}/login/ and change the password with "Forgot password".`,
  );
} catch (error) {
  const name = (error as { name?: string }).name;
  console.error(
    name === 'UsernameExistsException'
      ? `${email} already has an account.`
      : `Could not create the admin: ${(error as Error).message}`,
  );
  process.exit(1);
}
