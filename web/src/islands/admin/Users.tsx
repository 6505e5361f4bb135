/**
 * Users: every account by directory, or the accounts a search finds (by name, email or mobile number);
 * an account's drawer shows its details, edits them, features a doctor, and disables or enables it.
 */
import { useSignal } from '@preact/signals';
import { type AdminUser, type Directory, directories } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
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

/** A directory's accounts, or (with `q`) the accounts a search finds; both paged. */
function UserList({ directory, q }: { directory: Directory; q: string }) {
  const ctx = useView();
  const list = useList<AdminUser>(
    'users-list',
    [m.admin_n_accounts, m.admin_accounts_noun],
    (u) => u.id,
    (cursor, signal) =>
      (q
        ? api.call('adminFindUsers', { query: { q, cursor, limit: PAGE } }, { signal })
        : api.call('adminListUsers', { query: { directory, cursor, limit: PAGE } }, { signal })
      ).then((p) => ({ items: p.users, nextCursor: p.nextCursor })),
  );
  const empty = q
    ? { icon: I.search, title: m.admin_search_empty(), text: m.admin_search_empty_text({ q }) }
    : {
        icon: I.user,
        title: m.admin_users_empty(),
        text: m.admin_users_empty_text({ directory: LABELS[directory]() }),
      };
  return (
    <AdminList
      list={list}
      empty={empty}
      renderItem={(u) => (
        <li
          // In a row only from lg: beside the console's sidebar a tablet leaves the view a phone's width.
          class={`${rowClass} flex flex-col gap-3 lg:flex-row lg:items-center`}
          data-testid="user-row"
          data-user-id={u.id}
        >
          <div class="flex min-w-0 flex-1 items-center gap-3">
            <DoctorAvatar doctor={{ id: u.id, name: fullName(u) }} size="size-10 text-sm" />
            <div class="min-w-0">
              <p class="font-semibold break-words text-slate-900">{fullName(u)}</p>
              <p class="truncate text-sm text-slate-600">{u.email}</p>
            </div>
          </div>
          <div class="flex flex-wrap items-center gap-1.5 text-xs text-slate-500 lg:justify-end">
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

/** At least 2 characters, as the API asks; shorter text lists the directory again. */
const MIN_QUERY = 2;

function Search({ q, find }: { q: string; find: (q: string) => void }) {
  const draft = useSignal(q);
  return (
    // biome-ignore lint/a11y/useSemanticElements: role=search on the form is what assistive technology supports widely today
    <form
      role="search"
      aria-label={m.admin_search_label()}
      class="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end"
      data-testid="user-search"
      onSubmit={(e) => {
        e.preventDefault();
        find(draft.value.trim().length >= MIN_QUERY ? draft.value.trim() : '');
      }}
    >
      <Field
        id="user-search-q"
        name="q"
        type="search"
        label={m.admin_search_label()}
        hint={m.admin_search_hint()}
        class="sm:w-96"
        testid="user-search-input"
        autocomplete="off"
        maxLength={254}
        value={draft.value}
        onInput={(e) => {
          draft.value = e.currentTarget.value;
        }}
      />
      <Button type="submit" variant="secondary" testid="user-search-submit">
        {m.admin_search_button()}
      </Button>
      {q && (
        <Button
          variant="ghost"
          testid="user-search-clear"
          onClick={() => {
            draft.value = '';
            find('');
          }}
        >
          {m.admin_search_clear()}
        </Button>
      )}
    </form>
  );
}

export default function Users() {
  const ctx = useView();
  const wanted = ctx.params.get('directory');
  const directory = useSignal<Directory>(directories.find((d) => d === wanted) ?? 'patient');
  const q = useSignal(ctx.params.get('q') ?? '');
  return (
    <>
      <Header title={m.admin_nav_users()} intro={m.admin_users_intro()} />
      <Search
        q={q.value}
        find={(text) => {
          q.value = text;
          ctx.setParams({ q: text || null });
        }}
      />
      {!q.value && (
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
      )}
      <div class="mt-5">
        <UserList key={`${directory.value}|${q.value}`} directory={directory.value} q={q.value} />
      </div>
    </>
  );
}
