/**
 * An admin's edit of an account's details in its drawer: the self-service fields (the API checks
 * them with the same schemas as the person's own forms, and records each change in the audit log).
 * Only the fields that changed are sent.
 */
import type { AdminUser, AdminUserChanges } from '../../../../functions/contract/api.ts';
import { Field } from '../../components/Field.tsx';
import { fieldValue } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import { EditorForm } from './ui.tsx';

type Text = [name: keyof AdminUserChanges, label: () => string, value: string, attrs: object];

/** The text fields an admin edits, with what they hold now. */
function fieldsOf(u: AdminUser): Text[] {
  const rows: Text[] = [
    ['firstName', m.admin_edit_first_name, u.firstName, { maxLength: 60 }],
    ['lastName', m.admin_edit_last_name, u.lastName, { maxLength: 60 }],
    ['phone', m.admin_phone, u.phone, { type: 'tel', optional: true, maxLength: 20 }],
    ['address', m.admin_address, u.address, { as: 'textarea', rows: 2, optional: true, maxLength: 500 }],
  ];
  const p = u.doctorProfile;
  if (p)
    rows.push(
      ['hospital', m.admin_edit_hospital, p.hospital, { optional: true, maxLength: 200 }],
      [
        'experienceYears',
        m.admin_edit_experience,
        String(p.experienceYears),
        { type: 'number', min: 0, max: 70 },
      ],
      [
        'feeRupees',
        m.admin_edit_fee,
        String(p.feePaise / 100),
        { type: 'number', min: 100, max: 50000, step: 'any' },
      ],
    );
  return rows;
}

const NUMBERS = new Set<string>(['experienceYears', 'feeRupees']);

export function ProfileEditor({ user, done }: { user: AdminUser; done: (fresh?: AdminUser) => void }) {
  const ctx = useView();
  const fields = fieldsOf(user);
  return (
    <EditorForm
      class="mt-4 grid gap-4"
      testid="profile-editor"
      ids={['profile-cancel', 'profile-save']}
      saveLabel={m.admin_save_changes()}
      onCancel={() => done()}
      submit={async (f) => {
        const body: Record<string, string | number> = {};
        for (const [name, , was] of fields) {
          const value = fieldValue(f, name);
          if (value !== (was ?? '').trim()) body[name] = NUMBERS.has(name) ? Number(value) : value;
        }
        if (!Object.keys(body).length) return done();
        const { user: fresh, changed } = await api.call('adminUpdateUser', {
          params: { userId: user.id },
          body: body as AdminUserChanges,
        });
        ctx.notify(
          changed.length ? m.admin_profile_saved({ count: changed.length }) : m.admin_profile_unchanged(),
        );
        done(fresh);
      }}
    >
      {(errors) => (
        <>
          {fields.map(([name, label, value, attrs]) => (
            <Field
              key={name}
              id={`edit-${name}`}
              name={name}
              label={label()}
              defaultValue={value}
              error={errors[name]}
              testid={`edit-${name}`}
              autocomplete="off"
              {...attrs}
            />
          ))}
        </>
      )}
    </EditorForm>
  );
}
