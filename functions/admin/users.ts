/**
 * Disabling an account: Cognito refuses new sign-ins and refreshes at once, so the session ends when its
 * 15-minute id token expires (the web app refreshes before expiry and is refused); a doctor also leaves
 * search immediately.
 */
import { AdminDisableUserCommand, AdminEnableUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { toMe } from '../accounts/profile.ts';
import { cognito } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';
import { conflict, notFound } from '../core/errors.ts';
import { listDoctor, unlistDoctor } from '../discovery/directory.ts';

export async function setDisabled(adminId: string, userId: string, disabled: boolean) {
  if (adminId === userId) throw conflict('You cannot disable your own account.', 'self');
  const { data: user } = await entities().user.get({ userId }).go();
  if (!user) throw notFound('User not found.');
  const Command = disabled ? AdminDisableUserCommand : AdminEnableUserCommand;
  await cognito().send(new Command({ UserPoolId: config().USER_POOL_ID, Username: user.email }));
  const { data } = await entities().user.patch({ userId }).set({ disabled }).go({ response: 'all_new' });
  if (user.role === 'doctor') {
    if (disabled) await unlistDoctor(userId);
    else if (user.verificationStatus === 'verified') await listDoctor(user);
  }
  return { user: { ...toMe({ ...user, ...data }), disabled } };
}

export async function userDetail(userId: string) {
  const { data: user } = await entities().user.get({ userId }).go();
  if (!user) throw notFound('User not found.');
  return { user: { ...toMe(user), disabled: user.disabled ?? false } };
}
