/**
 * Doctors: the verification queue (pending) with everything needed to check a registration, and the
 * verified, rejected and disabled lists. Verify asks for confirmation; reject (or revoke) needs a
 * reason, which is emailed to the doctor.
 */

import type { AdminUser } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { DoctorAvatar } from '../../components/DoctorCard.tsx';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { missingDoctorDetails } from '../../components/VerificationBanner.tsx';
import { api } from '../../lib/client.ts';
import { listOf } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { AdminEvidence } from '../documents/AdminEvidence.tsx';
import { useView } from './context.ts';
import {
  Act,
  Badge,
  ConfirmButton,
  Details,
  doctorRows,
  fullName,
  Header,
  type List,
  PAGE,
  rowClass,
  TabbedList,
} from './ui.tsx';

const TABS = ['pending', 'verified', 'rejected', 'disabled'] as const;
type Tab = (typeof TABS)[number];

/** Each tab's label, and its empty state's icon, title and text. */
const TAB = {
  pending: [
    m.admin_doctors_queue,
    I.badgeCheck,
    m.admin_doctors_empty_pending,
    m.admin_doctors_empty_pending_text,
  ],
  verified: [
    m.state_verified,
    I.stethoscope,
    m.admin_doctors_empty_verified,
    m.admin_doctors_empty_verified_text,
  ],
  rejected: [
    m.state_rejected,
    I.xCircle,
    m.admin_doctors_empty_rejected,
    m.admin_doctors_empty_rejected_text,
  ],
  disabled: [m.admin_disabled, I.lock, m.admin_doctors_empty_disabled, m.admin_doctors_empty_disabled_text],
} as const;

function DoctorRow({ user: u, list }: { user: AdminUser; list: List<AdminUser> }) {
  const ctx = useView();
  const p = u.doctorProfile;
  const name = fullName(u);
  const status = p?.verificationStatus ?? 'pending';
  const missing = p ? missingDoctorDetails(p) : [m.admin_doctor_profile().toLowerCase()];
  const revoking = status === 'verified';
  type Named = (p: { name: string }) => string;
  /** Sends the decision; the doctor leaves this tab, and the queue's count follows. */
  const decide = async (note: string | null, [status, toast]: readonly [Named, Named]) => {
    const body = note === null ? { decision: 'verify' as const } : { decision: 'reject' as const, note };
    await api.call('adminDecideVerification', { params: { userId: u.id }, body });
    list.remove(u.id, status({ name }));
    ctx.notify(toast({ name }));
    ctx.refreshCounts();
  };
  return (
    <li class={rowClass} data-testid="doctor-row" data-user-id={u.id} data-status={status}>
      <article aria-labelledby={`doctor-${u.id}`}>
        <div class="flex items-start gap-4">
          <DoctorAvatar doctor={{ id: u.id, name }} size="size-12 text-base" />
          <div class="min-w-0 flex-1">
            <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h2
                id={`doctor-${u.id}`}
                class="text-base font-semibold text-slate-900"
                data-testid="doctor-name"
              >
                {name}
              </h2>
              <StatusBadge status={status} />
              {u.disabled && <Badge tone="red">{m.admin_disabled()}</Badge>}
            </div>
            <p class="mt-0.5 text-sm break-all text-slate-600">
              {m.admin_registered_on({
                email: u.email,
                date: formatInstant({ iso: u.createdAt, format: 'date' }),
              })}
            </p>
          </div>
        </div>
        <div class="mt-4 grid gap-3 rounded-xl bg-slate-50/80 p-4">
          <Details rows={doctorRows(p)} />
        </div>
        {status !== 'verified' && <AdminEvidence userId={u.id} name={name} />}
        {status !== 'verified' && missing.length > 0 && (
          <Notice tone="warning" live={false} class="mt-3 p-3" testid="doctor-incomplete">
            {m.admin_incomplete({ missing: listOf(missing) })}
          </Notice>
        )}
        {/* Rejected: why. Back in the queue after a change (a new name or registration number): what. */}
        {status !== 'verified' && p?.verificationNote && (
          <Notice
            tone={status === 'rejected' ? 'error' : 'info'}
            live={false}
            class="mt-3 p-3"
            testid={status === 'pending' ? 'doctor-change-note' : undefined}
          >
            <b>{status === 'rejected' ? m.admin_reason_given() : m.admin_changed_since()}</b>{' '}
            {p.verificationNote}
          </Notice>
        )}
        <div class="mt-4 flex flex-wrap gap-2">
          {/* Disabled: decisions wait until the account is enabled again (from the account drawer). */}
          {!u.disabled && !revoking && (
            <ConfirmButton
              look="primary"
              icon={I.badgeCheck}
              label={m.admin_verify()}
              sr={name}
              testid="verify-doctor"
              dialog={{
                testid: 'verify-dialog',
                tone: 'primary',
                title: m.admin_verify_title({ name }),
                confirmLabel: m.admin_verify_confirm(),
                busyLabel: m.admin_verifying(),
                onConfirm: () => decide(null, [m.admin_verified_status, m.admin_verified_toast]),
                body: (
                  <>
                    <p>{m.admin_verify_check({ number: p?.registrationNumber || m.admin_none_given() })}</p>
                    <p>{m.admin_verify_then()}</p>
                  </>
                ),
              }}
            />
          )}
          {!u.disabled && status !== 'rejected' && (
            <ConfirmButton
              label={revoking ? m.admin_revoke() : m.admin_reject()}
              sr={name}
              testid={revoking ? 'revoke-doctor' : 'reject-doctor'}
              dialog={{
                testid: 'reject-dialog',
                title: revoking ? m.admin_revoke_title({ name }) : m.admin_reject_title({ name }),
                confirmLabel: revoking ? m.admin_revoke_confirm() : m.admin_reject_confirm(),
                busyLabel: m.admin_sending(),
                textField: {
                  label: m.admin_reject_reason(),
                  name: 'reason',
                  hint: m.admin_reject_hint(),
                  missing: m.admin_reject_missing(),
                  minLength: 5,
                  maxLength: 1000,
                },
                onConfirm: (reason) =>
                  decide(
                    reason,
                    revoking
                      ? [m.admin_revoked_status, m.admin_revoked_toast]
                      : [m.admin_rejected_status, m.admin_rejected_toast],
                  ),
                body: (
                  <>
                    <p>{revoking ? m.admin_revoke_body() : m.admin_reject_body()}</p>
                    <p>{m.admin_reject_emailed()}</p>
                  </>
                ),
              }}
            />
          )}
          <Act
            look="ghost"
            icon={I.user}
            label={m.admin_account()}
            sr={m.admin_details_of({ name })}
            testid="doctor-account"
            onClick={() => ctx.openDrawer({ kind: 'user', id: u.id })}
          />
        </div>
      </article>
    </li>
  );
}

export default function Doctors() {
  return (
    <>
      <Header title={m.admin_nav_doctors()} intro={m.admin_doctors_intro()} />
      <TabbedList<Tab, AdminUser>
        label={m.admin_doctors_tabs()}
        values={TABS}
        labelOf={(t) => TAB[t][0]()}
        param="tab"
        testid="doctor-tabs"
        list="admin-doctors"
        noun={[m.admin_n_doctors, m.admin_doctors_noun]}
        itemKey={(u) => u.id}
        fetch={(tab, cursor, signal) =>
          api
            .call(
              'adminListUsers',
              { query: { directory: `doctor-${tab}`, cursor, limit: PAGE } },
              { signal },
            )
            .then((p) => ({ items: p.users, nextCursor: p.nextCursor }))
        }
        renderItem={(u, list) => <DoctorRow user={u} list={list} />}
        empty={(tab) => ({
          icon: TAB[tab][1],
          title: TAB[tab][2](),
          text: TAB[tab][3](),
          testid: 'doctors-empty',
        })}
      />
    </>
  );
}
