/**
 * An account in a drawer: its details (editable), a doctor's profile (and featuring a verified doctor
 * on the home page), the appointments it still has ahead, and disabling (which shows those
 * appointments and may cancel them, refunded in full) or enabling it.
 */
import { useSignal } from '@preact/signals';
import type { AdminUser, AdminUserDetail, StatusChangeResult } from '../../../../functions/contract/api.ts';
import { DoctorAvatar } from '../../components/DoctorCard.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { api } from '../../lib/client.ts';
import { formatDateOnly, formatDateTime, formatPhone } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { describeTimeZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import {
  Act,
  ConfirmButton,
  Details,
  doctorRows,
  fullName,
  Loaded,
  Mono,
  Section,
  UserBadges,
  useResource,
} from './ui.tsx';

/** What disabling (and cancelling) did, for the toast. */
const disabledMessage = (name: string, { cancelled, futureAppointments: ahead }: StatusChangeResult) =>
  [
    m.admin_user_disabled_toast({ name }),
    cancelled.length ? m.admin_user_cancelled_toast({ count: cancelled.length }) : '',
    ahead.length ? m.admin_user_still_ahead({ count: ahead.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');

/** Featuring a verified doctor among the home page's doctors, or no longer; asks first either way. */
function FeatureDoctor({ user: u, changed }: { user: AdminUser; changed: (user: AdminUser) => void }) {
  const ctx = useView();
  const name = fullName(u);
  const listed = u.doctorProfile?.verificationStatus === 'verified' && !u.disabled;
  if (!listed && !u.featured)
    return (
      <p class="text-sm text-slate-600" data-testid="feature-unavailable">
        {m.admin_feature_needs_verified()}
      </p>
    );
  const set = async (featured: boolean) => {
    await api.call('adminSetDoctorFeatured', { params: { userId: u.id }, body: { featured } });
    changed({ ...u, featured });
    ctx.notify((featured ? m.admin_doctor_featured_toast : m.admin_doctor_unfeatured_toast)({ name }));
  };
  return u.featured ? (
    <ConfirmButton
      icon={I.star}
      label={m.admin_unfeature_doctor()}
      testid="unfeature-doctor"
      dialog={{
        title: m.admin_unfeature_doctor_title({ name }),
        confirmLabel: m.admin_unfeature_doctor(),
        busyLabel: m.admin_saving(),
        onConfirm: () => set(false),
        body: <p>{m.admin_unfeature_doctor_body()}</p>,
      }}
    />
  ) : (
    <ConfirmButton
      look="primary"
      icon={I.star}
      label={m.admin_feature_doctor()}
      testid="feature-doctor"
      dialog={{
        tone: 'primary',
        title: m.admin_feature_doctor_title({ name }),
        confirmLabel: m.admin_feature_doctor(),
        busyLabel: m.admin_saving(),
        onConfirm: () => set(true),
        body: <p>{m.admin_feature_doctor_body()}</p>,
      }}
    />
  );
}

function Account({
  detail,
  changed,
  edited,
}: {
  detail: AdminUserDetail;
  changed: (r: StatusChangeResult) => void;
  edited: (user: AdminUser) => void;
}) {
  const ctx = useView();
  const cancelToo = useSignal(false);
  const editing = useSignal(false);
  const { user: u, futureAppointments: future } = detail;
  /** The appointments it still has ahead, one line each (when, with whom, status). */
  const futureList = () => (
    <ul class="grid gap-2" data-testid="future-appointments">
      {future.map((a) => (
        <li
          key={a.id}
          class="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm"
          data-testid="future-appointment"
          data-appointment-id={a.id}
        >
          <b class="font-medium text-slate-900">{formatDateTime(a.startAt, a.timeZone)}</b>
          {u.role === 'doctor' ? a.patient.name : a.doctor.name}
          <StatusBadge appointment={a} />
        </li>
      ))}
    </ul>
  );
  const p = u.doctorProfile;
  const name = fullName(u);
  const self = u.id === ctx.me.id;
  const setDisabled = async (disabled: boolean, cancelAppointments: boolean) => {
    const result = await api.call('adminSetUserStatus', {
      params: { userId: u.id },
      body: disabled ? { disabled, cancelAppointments } : { disabled },
    });
    changed(result);
    ctx.notify(disabled ? disabledMessage(name, result) : m.admin_user_enabled_toast({ name }));
  };
  return (
    <>
      <div class="flex items-center gap-4">
        <DoctorAvatar doctor={{ id: u.id, name: `${u.firstName} ${u.lastName}` }} />
        <div class="min-w-0">
          <p class="text-lg font-semibold text-slate-900" data-testid="drawer-name">
            {name}
          </p>
          <p class="text-sm break-all text-slate-600">{u.email}</p>
          <p class="mt-2 flex flex-wrap gap-1.5">
            <UserBadges user={u} />
          </p>
        </div>
      </div>
      <Section title={m.admin_account()}>
        {editing.value ? (
          <ProfileEditor
            user={u}
            done={(fresh) => {
              editing.value = false;
              if (fresh) edited(fresh);
            }}
          />
        ) : (
          <Act
            class="mb-3"
            icon={I.pencil}
            label={m.admin_edit_profile()}
            sr={m.admin_details_of({ name })}
            testid="edit-profile"
            onClick={() => {
              editing.value = true;
            }}
          />
        )}
        <Details
          rows={[
            [m.admin_phone(), u.phone && formatPhone(u.phone)],
            [m.admin_dob(), u.dateOfBirth && formatDateOnly(u.dateOfBirth)],
            [m.admin_address(), u.address],
            [m.admin_time_zone(), describeTimeZone(u.timeZone)],
            [m.admin_joined(), formatDateTime(u.createdAt)],
            [m.admin_user_id(), <Mono key="id" text={u.id} />, 'drawer-user-id'],
          ]}
        />
      </Section>
      {p && (
        <Section title={m.admin_doctor_profile()}>
          <Details
            rows={[
              ...doctorRows(p),
              [m.doctor_accepting(), p.available ? m.admin_yes() : m.admin_paused()],
              [m.admin_verification_note(), p.verificationNote],
            ]}
          />
          <div class="mt-3">
            <FeatureDoctor user={u} changed={edited} />
          </div>
        </Section>
      )}
      {u.role !== 'admin' && (
        <Section title={m.admin_ahead()}>
          {future.length ? futureList() : <p class="text-sm text-slate-600">{m.admin_ahead_none()}</p>}
          {/* A disabled account's appointments can still be cancelled later. */}
          {u.disabled && future.length > 0 && (
            <ConfirmButton
              class="mt-3"
              label={m.admin_cancel_n({ count: future.length })}
              testid="cancel-future"
              dialog={{
                title: m.admin_cancel_future_title({ name }),
                confirmLabel: m.admin_cancel_future_confirm(),
                busyLabel: m.admin_cancelling(),
                onConfirm: () => setDisabled(true, true),
                body: (
                  <>
                    <p>{m.admin_cancel_future_body()}</p>
                    {futureList()}
                  </>
                ),
              }}
            />
          )}
        </Section>
      )}
      <Section title={m.admin_privacy()}>
        <a
          href={`#/audit?${new URLSearchParams({ actorId: u.id })}`}
          class="text-sm font-semibold text-brand-700 hover:underline"
          data-testid="user-audit-link"
        >
          {m.admin_user_audit_link()}
        </a>
      </Section>
      <div class="mt-8 flex flex-wrap items-center justify-end gap-2 border-t border-slate-100 pt-5">
        {self && <p class="mr-auto text-sm text-slate-600">{m.admin_own_account()}</p>}
        {u.disabled ? (
          <ConfirmButton
            look="main"
            icon={I.checkCircle}
            label={m.admin_enable()}
            disabled={self}
            testid="enable-user"
            dialog={{
              testid: 'enable-dialog',
              tone: 'primary',
              title: m.admin_enable_title({ name }),
              confirmLabel: m.admin_enable(),
              busyLabel: m.admin_enabling(),
              onConfirm: () => setDisabled(false, false),
              body: (
                <>
                  <p>{m.admin_enable_body({ name })}</p>
                  {p?.verificationStatus === 'verified' && <p>{m.admin_enable_doctor()}</p>}
                </>
              ),
            }}
          />
        ) : (
          <ConfirmButton
            look="main-danger"
            icon={I.lock}
            label={m.admin_disable()}
            disabled={self}
            testid="disable-user"
            onOpen={() => {
              cancelToo.value = false;
            }}
            dialog={{
              testid: 'disable-dialog',
              title: m.admin_disable_title({ name }),
              confirmLabel: m.admin_disable(),
              busyLabel: m.admin_disabling(),
              onConfirm: () => setDisabled(true, cancelToo.value),
              body: (
                <div class="grid gap-2">
                  <p>{m.admin_disable_body({ name })}</p>
                  {u.role === 'doctor' && <p>{m.admin_disable_doctor()}</p>}
                  {future.length ? (
                    <>
                      <p class="font-semibold text-slate-900">
                        {m.admin_disable_ahead({ count: future.length })}
                      </p>
                      {futureList()}
                      <label class="mt-1 flex items-start gap-2 font-medium text-slate-900">
                        <input
                          type="checkbox"
                          class="mt-1 size-4 shrink-0 accent-red-700"
                          data-testid="disable-cancel-appointments"
                          checked={cancelToo.value}
                          onChange={(e) => {
                            cancelToo.value = e.currentTarget.checked;
                          }}
                        />
                        {m.admin_disable_cancel_too()}
                      </label>
                    </>
                  ) : (
                    <p>{m.admin_disable_none_ahead()}</p>
                  )}
                  <p>{m.admin_disable_reversible()}</p>
                </div>
              ),
            }}
          />
        )}
      </div>
    </>
  );
}

/** The account drawer's content (its frame is in drawers.tsx). */
export default function UserDrawer(props: { id: string; onChange?: (user: AdminUser) => void }) {
  const res = useResource((signal) => api.call('adminGetUser', { params: { userId: props.id } }, { signal }));
  const changed = (result: StatusChangeResult) => {
    res.data.value = { user: result.user, futureAppointments: result.futureAppointments };
    props.onChange?.(result.user);
  };
  const edited = (user: AdminUser) => {
    if (res.data.value) res.data.value = { ...res.data.value, user };
    props.onChange?.(user);
  };
  return <Loaded res={res}>{(d) => <Account detail={d} changed={changed} edited={edited} />}</Loaded>;
}
