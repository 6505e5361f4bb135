/**
 * Disabling an account. Our own flag refuses the account at once on every route, in the room and at
 * sign-in (Cognito refuses new sign-ins and refreshes as well; an id token already issued stays valid
 * until it expires, which is why our flag is checked). A disabled doctor also leaves search and the
 * public directory, cannot be booked, and payments for their holds are refused.
 *
 * What happens to the account's future appointments is the admin's decision: the answer (and the user
 * detail) lists them, and the admin can ask for them to be cancelled with the usual refunds (an admin
 * cancellation refunds in full), each one its own transaction as any cancellation is.
 */
import { AdminDisableUserCommand, AdminEnableUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { directoryFor } from '../accounts/index.ts';
import {
  activeAppointmentsOf,
  cancelAppointment,
  JOIN_CLOSES_MINUTES_AFTER,
  JOIN_OPENS_MINUTES_BEFORE,
  toAppointmentView,
} from '../appointments/index.ts';
import { closeRoomAfter, ROOM_CLOSING } from '../chat/index.ts';
import type { AdminUserDetail, AppointmentView, StatusChangeResult } from '../contract/api.ts';
import { rememberAccount } from '../core/account-state.ts';
import type { AuthContext } from '../core/auth.ts';
import { cognito } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities, type UserItem } from '../core/db/index.ts';
import { conflict, isConditionalCheckFailed, notFound } from '../core/errors.ts';
import { listDoctor, unlistDoctor } from '../discovery/index.ts';
import { toAdminUser } from './lists.ts';

/**
 * How many appointments one request cancels: each is a transaction, two emails and maybe a refund
 * call, and the request must answer well inside its 10 s. The answer lists the rest; asking again
 * cancels the next ones.
 */
export const CANCELS_PER_REQUEST = 10;

export interface StatusChange {
  disabled: boolean;
  /** Also cancel the account's future appointments (only with disabled: true). */
  cancelAppointments?: boolean;
  /** Shown to both parties of each cancelled appointment. */
  reason?: string;
}

const DEFAULT_REASON = 'The consultation cannot go ahead: the account was closed by Chikitsa360.';

export async function setDisabled(
  admin: AuthContext,
  userId: string,
  change: StatusChange,
  now = new Date(),
): Promise<StatusChangeResult> {
  if (admin.userId === userId) throw conflict('You cannot disable your own account.', 'self');
  const { data: user } = await entities().user.get({ userId }).go();
  if (!user) throw notFound('User not found.');
  const { disabled } = change;
  // Our flag first: it is what every check reads. Guarded on the verification status we read, so a
  // verification decided meanwhile cannot leave the doctor in the wrong directory.
  let fresh: Partial<UserItem>;
  try {
    ({ data: fresh } = await entities()
      .user.patch({ userId })
      .set({ disabled, directory: directoryFor(user.role, user.verificationStatus, disabled) })
      .remove((disabled ? ['listedSpecialty', 'listedName'] : []) as never)
      .where(({ verificationStatus }, { eq, notExists }) =>
        user.verificationStatus
          ? eq(verificationStatus, user.verificationStatus)
          : notExists(verificationStatus),
      )
      .go({ response: 'all_new' }));
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw conflict('This account just changed. Reload and try again.');
    throw error;
  }
  rememberAccount({ userId, disabled });
  const Command = disabled ? AdminDisableUserCommand : AdminEnableUserCommand;
  await cognito().send(new Command({ UserPoolId: config().USER_POOL_ID, Username: user.email }));
  if (user.role === 'doctor') {
    if (disabled) await unlistDoctor(userId);
    else if (user.verificationStatus === 'verified') await listDoctor(user);
  }
  if (disabled) await closeOpenRooms(user, now);

  const cancelled: AppointmentView[] = [];
  if (disabled && change.cancelAppointments) {
    const due = await activeAppointmentsOf(user, now, undefined, CANCELS_PER_REQUEST);
    for (const a of due) {
      const done = await cancelAppointment(
        a,
        { userId: admin.userId, role: 'admin' },
        change.reason?.trim() || DEFAULT_REASON,
        now,
      );
      // null: it changed meanwhile (paid, cancelled by a party); it is listed below if still active.
      if (done) cancelled.push(toAppointmentView(done, admin, now));
    }
  }
  return {
    user: { ...toAdminUser({ ...user, ...fresh } as UserItem), disabled },
    futureAppointments: await futureAppointments(user, admin, now),
    cancelled,
  };
}

/** Rooms the account may be in right now (their join window is open): closed with the reason. */
async function closeOpenRooms(user: UserItem, now: Date) {
  const open = await activeAppointmentsOf(
    user,
    new Date(now.getTime() - JOIN_CLOSES_MINUTES_AFTER * 60_000),
    new Date(now.getTime() + JOIN_OPENS_MINUTES_BEFORE * 60_000),
  );
  for (const a of open.filter((x) => x.status === 'CONFIRMED'))
    await closeRoomAfter(a.appointmentId, ROOM_CLOSING.disabled);
}

/** The account's appointments that still hold a slot and have not started: what disabling leaves open. */
async function futureAppointments(user: UserItem, admin: AuthContext, now: Date) {
  const list = await activeAppointmentsOf(user, now);
  return list.map((a) => toAppointmentView(a, admin, now));
}

export async function userDetail(
  admin: AuthContext,
  userId: string,
  now = new Date(),
): Promise<AdminUserDetail> {
  const { data: user } = await entities().user.get({ userId }).go();
  if (!user) throw notFound('User not found.');
  return {
    user: toAdminUser(user),
    futureAppointments: await futureAppointments(user, admin, now),
  };
}
