/** Users: every account by directory, a detail drawer, and disabling or enabling an account. */
import {
  type AdminUser,
  adminApi,
  type Directory,
  directories,
  type StatusChangeResult,
} from '../../lib/admin-api.ts';
import type { AppointmentView } from '../../lib/api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatDateTime, formatInr, listOf } from '../../lib/format.ts';
import { avatar, describeTimeZone, formatDateOnly, formatPhone } from '../../lib/profile-ui.ts';
import { roleLabel } from '../../lib/session.ts';
import { emptyState } from '../../lib/states.ts';
import type { ViewContext } from './console.ts';
import {
  badge,
  button,
  confirmAction,
  dateOf,
  details,
  drawerSection,
  mono,
  nextId,
  notify,
  openDrawer,
  pagedList,
  row,
  statusBadge,
  viewHeader,
} from './ui.ts';

export const directoryLabels: Record<Directory, string> = {
  patient: 'Patients',
  'doctor-pending': 'Doctors — pending verification',
  'doctor-verified': 'Doctors — verified',
  'doctor-rejected': 'Doctors — rejected',
  'doctor-disabled': 'Doctors — disabled',
  admin: 'Admins',
};

export const fullName = (u: Pick<AdminUser, 'firstName' | 'lastName' | 'role'>) =>
  `${u.role === 'doctor' ? 'Dr. ' : ''}${u.firstName} ${u.lastName}`;

/** Role, verification and "disabled" as badges. */
export function userBadges(u: AdminUser) {
  return [
    badge(roleLabel[u.role], u.role === 'admin' ? 'sky' : 'slate'),
    u.doctorProfile ? statusBadge(u.doctorProfile.verificationStatus) : null,
    u.disabled ? badge('Disabled', 'red', 'disabled-badge') : null,
  ];
}

function doctorDetails(u: AdminUser) {
  const p = u.doctorProfile;
  if (!p) return null;
  return drawerSection(
    'Doctor profile',
    details([
      ['Specialty', p.specialtyName],
      ['Registration number', p.registrationNumber],
      ['Experience', p.experienceYears ? `${p.experienceYears} years` : ''],
      ['Consultation fee', p.feePaise ? `${formatInr(p.feePaise)} + GST` : ''],
      ['Languages', p.languages.length ? listOf(p.languages) : ''],
      ['Accepting bookings', p.available ? 'Yes' : 'Paused'],
      ['Hospital or clinic', p.hospital],
      ['Education', p.education],
    ]),
    p.bio
      ? h('p', { class: 'mt-4 text-sm leading-6 whitespace-pre-line text-slate-700', text: p.bio })
      : null,
    p.verificationNote
      ? h(
          'p',
          { class: 'mt-4 rounded-xl bg-slate-50 p-3 text-sm text-slate-700' },
          h('span', { class: 'font-semibold', text: 'Verification note: ' }),
          p.verificationNote,
        )
      : null,
  );
}

/** The appointments an account still has ahead, one line each (when, with whom, status). */
function futureList(u: AdminUser, appointments: AppointmentView[]) {
  return h(
    'ul',
    { class: 'grid gap-2', dataset: { testid: 'future-appointments' } },
    appointments.map((a) =>
      h(
        'li',
        {
          class: 'flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm',
          dataset: { testid: 'future-appointment', appointmentId: a.id },
        },
        h('span', { class: 'font-medium text-slate-900', text: formatDateTime(a.startAt, a.timeZone) }),
        h('span', { class: 'text-slate-700', text: u.role === 'doctor' ? a.patient.name : a.doctor.name }),
        statusBadge(a.status),
      ),
    ),
  );
}

const appointmentsNoun = (n: number) => `${n} ${n === 1 ? 'appointment' : 'appointments'}`;

/** What disabling (and cancelling) did, for the toast. */
function disabledMessage(name: string, result: StatusChangeResult) {
  const parts = [`${name}'s account is disabled.`];
  if (result.cancelled.length)
    parts.push(`${appointmentsNoun(result.cancelled.length)} cancelled; patients are refunded in full.`);
  if (result.futureAppointments.length)
    parts.push(`${appointmentsNoun(result.futureAppointments.length)} still ahead: see the account.`);
  return parts.join(' ');
}

/**
 * The account drawer. `onChange` receives the account after it was disabled or enabled, so the list
 * behind the drawer can show the new state.
 */
export function openUserDrawer(ctx: ViewContext, userId: string, onChange?: (user: AdminUser) => void) {
  return openDrawer('Account details', 'user-drawer', async (drawer) => {
    const fill = (u: AdminUser, future: AppointmentView[]) => {
      const isSelf = u.id === ctx.me.id;
      const name = fullName(u);
      const changed = (result: StatusChangeResult) => {
        fill(result.user, result.futureAppointments);
        onChange?.(result.user);
      };
      // A disabled account's appointments can still be cancelled later, in batches of what one call does.
      const cancelFuture =
        u.disabled && future.length
          ? button(`Cancel ${appointmentsNoun(future.length)}`, {
              variant: 'danger-ghost',
              small: true,
              testid: 'cancel-future',
              onClick: () =>
                void confirmAction({
                  title: `Cancel ${name}'s appointments?`,
                  testid: 'cancel-future-dialog',
                  danger: true,
                  body: [
                    h('p', {
                      text: 'Each one is cancelled as an admin cancellation: paid consultations are refunded in full, and both sides are emailed.',
                    }),
                    futureList(u, future),
                  ],
                  confirmLabel: 'Cancel appointments',
                  busyLabel: 'Cancelling…',
                  run: async () => {
                    const result = await adminApi.setDisabled(u.id, true, { cancelAppointments: true });
                    changed(result);
                    notify(disabledMessage(name, result));
                  },
                }),
            })
          : null;
      replaceChildren(
        drawer.body,
        h(
          'div',
          { class: 'flex items-center gap-4' },
          avatar(u, 'size-14 text-lg'),
          h(
            'div',
            { class: 'min-w-0' },
            h('p', {
              class: 'text-lg font-semibold text-slate-900',
              text: name,
              dataset: { testid: 'drawer-name' },
            }),
            h('p', { class: 'text-sm break-all text-slate-600', text: u.email }),
            h('div', { class: 'mt-2 flex flex-wrap gap-1.5' }, userBadges(u)),
          ),
        ),
        h(
          'div',
          { class: 'mt-6' },
          drawerSection(
            'Account',
            details([
              ['Mobile number', u.phone ? formatPhone(u.phone) : ''],
              ['Date of birth', u.dateOfBirth ? formatDateOnly(u.dateOfBirth) : ''],
              ['Address', u.address],
              ['Time zone', describeTimeZone(u.timeZone)],
              ['Joined', formatDateTime(u.createdAt)],
              ['User id', mono(u.id), 'drawer-user-id'],
            ]),
          ),
          doctorDetails(u),
          u.role === 'admin'
            ? null
            : drawerSection(
                'Appointments ahead',
                future.length
                  ? futureList(u, future)
                  : h('p', { class: 'text-sm text-slate-600', text: 'None: nothing is booked ahead.' }),
                cancelFuture ? h('div', { class: 'mt-3' }, cancelFuture) : null,
              ),
          drawerSection(
            'Privacy',
            h(
              'a',
              {
                href: `#/audit?actorId=${encodeURIComponent(u.id)}`,
                class: 'text-sm font-semibold text-brand-700 underline-offset-2 hover:underline',
                dataset: { testid: 'user-audit-link' },
              },
              'See what this account has read or done (audit log)',
            ),
          ),
        ),
      );
      drawer.body.querySelector('a[href^="#/audit"]')?.addEventListener('click', () => drawer.close());
      // Disabling decides what happens to the appointments ahead: the admin sees them and may cancel them.
      const cancelBox = h('input', {
        type: 'checkbox',
        id: nextId('cancel-future'),
        class: 'mt-1 size-4 shrink-0 accent-red-700',
        dataset: { testid: 'disable-cancel-appointments' },
      });
      const toggle = u.disabled
        ? button('Enable account', {
            variant: 'primary',
            icon: 'check-circle',
            testid: 'enable-user',
            onClick: () =>
              void confirmAction({
                title: `Enable ${name}'s account?`,
                testid: 'enable-dialog',
                body: [
                  h('p', { text: `${name} will be able to sign in again.` }),
                  u.doctorProfile?.verificationStatus === 'verified'
                    ? h('p', { text: 'As a verified doctor, they will appear in search again.' })
                    : null,
                ],
                confirmLabel: 'Enable account',
                busyLabel: 'Enabling…',
                run: async () => changed(await adminApi.setDisabled(u.id, false)),
              }).then((ok) => {
                if (ok) notify(`${name}'s account is enabled.`);
              }),
          })
        : button('Disable account', {
            variant: 'danger',
            icon: 'lock',
            testid: 'disable-user',
            onClick: () => {
              cancelBox.checked = false;
              let result: StatusChangeResult | undefined;
              void confirmAction({
                title: `Disable ${name}'s account?`,
                testid: 'disable-dialog',
                danger: true,
                body: [
                  h('p', {
                    text: `${name} will not be able to sign in, and is signed out of everything at once.`,
                  }),
                  u.role === 'doctor'
                    ? h('p', { text: 'They leave search at once and can no longer be booked or paid.' })
                    : null,
                  future.length
                    ? h(
                        'div',
                        { class: 'grid gap-2' },
                        h('p', {
                          class: 'font-semibold text-slate-900',
                          text: `They have ${appointmentsNoun(future.length)} ahead:`,
                        }),
                        futureList(u, future),
                        h(
                          'label',
                          {
                            for: cancelBox.id,
                            class: 'mt-1 flex items-start gap-2 font-medium text-slate-900',
                          },
                          cancelBox,
                          'Also cancel them: paid consultations are refunded in full and both sides are emailed. Otherwise they stay, and you can cancel them later from this account.',
                        ),
                      )
                    : h('p', { text: 'They have no appointments ahead.' }),
                  h('p', { text: 'You can enable the account again at any time.' }),
                ],
                confirmLabel: 'Disable account',
                busyLabel: 'Disabling…',
                run: async () => {
                  result = await adminApi.setDisabled(u.id, true, { cancelAppointments: cancelBox.checked });
                  changed(result);
                },
              }).then((ok) => {
                if (ok && result) notify(disabledMessage(name, result));
              });
            },
          });
      if (isSelf) {
        toggle.disabled = true;
        replaceChildren(
          drawer.footer,
          h('p', { class: 'mr-auto self-center text-sm text-slate-600', text: 'This is your own account.' }),
          toggle,
        );
      } else replaceChildren(drawer.footer, toggle);
    };
    await drawer.load(async () => {
      const { user, futureAppointments } = await adminApi.user(userId, { signal: ctx.signal });
      fill(user, futureAppointments);
    });
  });
}

function userRow(
  ctx: ViewContext,
  u: AdminUser,
  list: { replace(row: HTMLElement, item: AdminUser): HTMLLIElement },
) {
  const nameId = nextId('user-name');
  const li = row(
    'user-row',
    { userId: u.id },
    h(
      'div',
      { class: 'flex flex-col gap-3 sm:flex-row sm:items-center' },
      h(
        'div',
        { class: 'flex min-w-0 flex-1 items-center gap-3' },
        avatar(u, 'size-10 text-sm'),
        h(
          'div',
          { class: 'min-w-0' },
          h('p', { id: nameId, class: 'font-semibold text-slate-900', text: fullName(u) }),
          h('p', { class: 'truncate text-sm text-slate-600', text: u.email }),
        ),
      ),
      h(
        'div',
        { class: 'flex flex-wrap items-center gap-1.5 sm:justify-end' },
        userBadges(u),
        h('span', { class: 'ml-1 text-xs text-slate-500', text: `Joined ${dateOf(u.createdAt)}` }),
      ),
      button('Details', {
        small: true,
        srSuffix: `of ${fullName(u)}`,
        testid: 'user-details',
        onClick: () =>
          void openUserDrawer(ctx, u.id, (fresh) => {
            const current = document.querySelector<HTMLElement>(
              `[data-testid="user-row"][data-user-id="${u.id}"]`,
            );
            if (current) list.replace(current, fresh);
          }),
      }),
    ),
  );
  return li;
}

export function usersView(ctx: ViewContext) {
  const initial = ctx.params.get('directory');
  let directory: Directory = directories.includes(initial as Directory) ? (initial as Directory) : 'patient';
  const selectId = nextId('directory');
  const select = h(
    'select',
    { id: selectId, class: 'field-input mt-1.5 sm:w-80', dataset: { testid: 'directory-select' } },
    directories.map((d) => h('option', { value: d, text: directoryLabels[d] })),
  );
  select.value = directory;
  const listBox = h('div', { class: 'mt-5' });
  ctx.root.append(
    viewHeader('Users', 'Every account by directory. Open an account to see its details or to disable it.'),
    h(
      'div',
      { class: 'mt-6' },
      h('label', { for: selectId, class: 'field-label', text: 'Directory' }),
      select,
    ),
    listBox,
  );

  const load = () => {
    const list = pagedList<AdminUser>({
      testid: 'users-list',
      noun: ['account', 'accounts'],
      signal: ctx.signal,
      fetch: async (cursor, signal) => {
        const page = await adminApi.users(directory, cursor, { signal });
        return { items: page.users, nextCursor: page.nextCursor };
      },
      render: (u, l) => userRow(ctx, u, l),
      empty: () =>
        emptyState({
          icon: 'user',
          title: 'No accounts here',
          text: `There are no accounts in “${directoryLabels[directory]}”.`,
        }),
    });
    replaceChildren(listBox, list.el);
    void list.reload();
  };
  select.addEventListener('change', () => {
    directory = select.value as Directory;
    ctx.setParams({ directory: directory === 'patient' ? null : directory });
    load();
  });
  load();
}
