/** Users: every account by directory; an account's drawer shows its details and disables or enables it. */
import { useSignal } from '@preact/signals';
import { type AdminUser, type Directory, directories } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { DoctorAvatar } from '../../components/DoctorCard.tsx';
import { Field } from '../../components/Field.tsx';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import { Act, AdminList, fullName, Header, PAGE, rowClass, UserBadges, useList } from './ui.tsx';

const LABELS: Record<Directory, () => string> = {
  patient: m.admin_dir_patients,
  'doctor-pending': m.admin_dir_pending,
  'doctor-verified': m.admin_dir_verified,
  'doctor-rejected': m.admin_dir_rejected,
  'doctor-disabled': m.admin_dir_disabled,
  admin: m.admin_dir_admins,
};

function UserList({ directory }: { directory: Directory }) {
  const ctx = useView();
  const list = useList<AdminUser>(
    'users-list',
    [m.admin_n_accounts, m.admin_accounts_noun],
    (u) => u.id,
    (cursor, signal) =>
      api
        .call('adminListUsers', { query: { directory, cursor, limit: PAGE } }, { signal })
        .then((p) => ({ items: p.users, nextCursor: p.nextCursor })),
  );
  const text = m.admin_users_empty_text({ directory: LABELS[directory]() });
  return (
    <AdminList
      list={list}
      empty={{ icon: I.user, title: m.admin_users_empty(), text }}
      renderItem={(u) => (
        <li
          class={`${rowClass} flex flex-col gap-3 sm:flex-row sm:items-center`}
          data-testid="user-row"
          data-user-id={u.id}
        >
          <div class="flex min-w-0 flex-1 items-center gap-3">
            <DoctorAvatar doctor={{ id: u.id, name: fullName(u) }} size="size-10 text-sm" />
            <div class="min-w-0">
              <p class="font-semibold text-slate-900">{fullName(u)}</p>
              <p class="truncate text-sm text-slate-600">{u.email}</p>
            </div>
          </div>
          <div class="flex flex-wrap items-center gap-1.5 text-xs text-slate-500 sm:justify-end">
            <UserBadges user={u} />
            {m.admin_joined_on({ date: formatInstant({ iso: u.createdAt, format: 'date' }) })}
          </div>
          <Act
            label={m.admin_details()}
            sr={m.admin_details_of({ name: fullName(u) })}
            testid="user-details"
            onClick={() =>
              ctx.openDrawer({ kind: 'user', id: u.id, onChange: (fresh) => list.update(u.id, () => fresh) })
            }
          />
        </li>
      )}
    />
  );
}

export default function Users() {
  const ctx = useView();
  const wanted = ctx.params.get('directory');
  const directory = useSignal<Directory>(directories.find((d) => d === wanted) ?? 'patient');
  return (
    <>
      <Header title={m.admin_nav_users()} intro={m.admin_users_intro()} />
      <Field
        id="directory"
        name="directory"
        as="select"
        label={m.admin_directory()}
        class="mt-6 sm:w-80"
        testid="directory-select"
        value={directory.value}
        onChange={(e) => {
          directory.value = e.currentTarget.value as Directory;
          ctx.setParams({ directory: directory.value === 'patient' ? null : directory.value });
        }}
      >
        {directories.map((d) => (
          <option key={d} value={d}>
            {LABELS[d]()}
          </option>
        ))}
      </Field>
      <div class="mt-5">
        <UserList key={directory.value} directory={directory.value} />
      </div>
    </>
  );
}
