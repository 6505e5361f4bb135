/**
 * /account/family/: the family members a patient books for (GET/POST/PATCH/DELETE /api/me/dependants).
 * The account holder pays and consents; each member's name, date of birth and sex are what their
 * doctor sees. Removing one asks first, and says that their past appointments stay as they were.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Dependant, DependantBody, Relationship, Sex } from '../../../../functions/contract/api.ts';
import { MAX_DEPENDANTS, relationships } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { BackLink } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { ErrorState, Region, SkeletonLines, useRegion } from '../../components/States.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { ApiError, api } from '../../lib/client.ts';
import { formatDateOnly } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { ageOn, ageText, relationshipName, sexName } from '../../lib/person.ts';
import { m } from '../../paraglide/messages.js';
import { PersonFields, todayYmd } from './PersonFields.tsx';

function MemberForm({
  member,
  onSaved,
  onCancel,
}: {
  member: Dependant | null;
  onSaved: (d: Dependant) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    submit: async (f) => {
      const body: DependantBody = {
        name: fieldValue(f, 'name'),
        dateOfBirth: fieldValue(f, 'dateOfBirth'),
        sex: fieldValue(f, 'sex') as Sex,
        relationship: fieldValue(f, 'relationship') as Relationship,
      };
      const { dependant } = member
        ? await api.call('updateDependant', { params: { dependantId: member.id }, body })
        : await api.call('addDependant', { body });
      onSaved(dependant);
    },
    // The two refusals in the page's language (the member edited may have been removed in another tab).
    onError: (err) => {
      if (err.code === 'too_many_dependants')
        form.setFormError(m.error_too_many_dependants({ max: MAX_DEPENDANTS }));
      else if (err.status === 404) form.setFormError(m.family_gone());
      else return false;
      return true;
    },
  });
  return (
    <form
      class="card grid gap-5 p-6 sm:p-8"
      data-testid="family-form"
      aria-labelledby="family-form-heading"
      noValidate
      onSubmit={form.onSubmit}
    >
      <h2 id="family-form-heading" class="text-lg font-semibold text-slate-900">
        {member ? m.family_edit_title({ name: member.name }) : m.family_add()}
      </h2>
      <FormError message={form.formError} boxRef={form.summary} />
      <Field
        id="member-name"
        name="name"
        label={m.family_name()}
        hint={m.family_name_hint()}
        autocomplete="off"
        maxLength={60}
        missing={m.family_name_missing()}
        testid="member-name"
        error={form.errors.name}
        defaultValue={member?.name ?? ''}
        required
      />
      <PersonFields
        idPrefix="member-"
        errors={form.errors}
        dateOfBirth={member?.dateOfBirth ?? ''}
        sex={member?.sex ?? ''}
      />
      <Field
        id="member-relationship"
        name="relationship"
        as="select"
        label={m.family_relationship()}
        missing={m.family_relationship_missing()}
        testid="member-relationship"
        error={form.errors.relationship}
        defaultValue={member?.relationship ?? ''}
        required
      >
        <option value="">{m.person_choose()}</option>
        {relationships.map((r) => (
          <option key={r} value={r}>
            {relationshipName(r)}
          </option>
        ))}
      </Field>
      <div class="flex flex-col-reverse gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:justify-end">
        <button type="button" class="btn-ghost" onClick={onCancel} data-testid="member-cancel">
          {m.cancel()}
        </button>
        <Button type="submit" class="px-6" testid="member-save" busy={form.busy} busyLabel={m.saving()}>
          {member ? m.family_save() : m.family_add_submit()}
        </Button>
      </div>
    </form>
  );
}

function Member({ d, onEdit, onRemove }: { d: Dependant; onEdit: () => void; onRemove: () => void }) {
  const nameId = `member-${d.id}-name`;
  return (
    <li
      class="flex flex-col gap-4 rounded-xl border border-slate-200/80 bg-white p-4 shadow-card sm:flex-row sm:items-center sm:p-5"
      data-testid="family-member"
      data-dependant-id={d.id}
    >
      <div class="min-w-0 flex-1">
        <p id={nameId} class="font-semibold break-words text-slate-900" data-testid="member-name-text">
          {d.name}
        </p>
        <p class="mt-1 text-sm text-slate-700" data-testid="member-facts">
          {m.family_facts({
            relationship: relationshipName(d.relationship),
            age: ageText(ageOn(d.dateOfBirth, todayYmd())),
            sex: sexName(d.sex),
          })}
        </p>
        <p class="mt-0.5 text-sm text-slate-600">{m.family_born({ date: formatDateOnly(d.dateOfBirth) })}</p>
      </div>
      <div class="flex shrink-0 gap-2">
        <button
          type="button"
          class="btn-secondary min-h-10 px-3"
          aria-describedby={nameId}
          data-testid="member-edit"
          onClick={onEdit}
        >
          <Icon shape={I.pencil} class="size-4" /> {m.family_edit()}
        </button>
        <button
          type="button"
          class="btn-ghost min-h-10 px-3 text-red-800"
          aria-describedby={nameId}
          data-testid="member-remove"
          onClick={onRemove}
        >
          {m.family_remove()}
        </button>
      </div>
    </li>
  );
}

function Page() {
  const region = useRegion(
    async () => (await api.call('listDependants')).dependants,
    (list) => list.length === 0,
  );
  const editing = useSignal<Dependant | 'new' | null>(null);
  const removing = useSignal<Dependant | null>(null);
  const notice = useSignal('');
  const heading = useRef<HTMLHeadingElement>(null);
  const list = region.data ?? [];
  const full = list.length >= MAX_DEPENDANTS;
  const saved = (d: Dependant) => {
    notice.value = m.family_saved({ name: d.name });
    editing.value = null;
    void region.load();
    requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <div class="container-page max-w-3xl py-8 sm:py-10">
      <BackLink href={pageHref('/account/')}>{m.profile_back()}</BackLink>
      <h1
        ref={heading}
        tabIndex={-1}
        class="mt-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl"
      >
        {m.family_title()}
      </h1>
      <p class="mt-2 text-slate-600">{m.family_lead()}</p>
      <div class="mt-6 grid gap-6">
        {notice.value && (
          <Notice tone="success" testid="family-notice">
            {notice.value}
          </Notice>
        )}
        {editing.value ? (
          <MemberForm
            key={editing.value === 'new' ? 'new' : editing.value.id}
            member={editing.value === 'new' ? null : editing.value}
            onSaved={saved}
            onCancel={() => {
              editing.value = null;
            }}
          />
        ) : (
          region.state !== 'loading' &&
          region.state !== 'error' && (
            <div class="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <Button
                type="button"
                testid="family-add"
                disabled={full}
                onClick={() => {
                  notice.value = '';
                  editing.value = 'new';
                }}
              >
                <Icon shape={I.plus} class="size-4" /> {m.family_add()}
              </Button>
              <p class="text-sm text-slate-600" data-testid="family-cap">
                {m.family_cap({ max: MAX_DEPENDANTS })}
              </p>
            </div>
          )
        )}
        <Region
          state={region.state}
          status={region.status(m.family_empty(), () => m.family_count({ count: list.length }))}
          testid="family-list"
          skeleton={<SkeletonLines lines="h-20 w-full rounded-xl | mt-3 h-20 w-full rounded-xl" />}
          empty={
            <p class="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-600">
              {m.family_empty()}
            </p>
          }
          error={
            <ErrorState
              title={m.family_error_title()}
              message={region.error}
              retryTestid="family-retry"
              onRetry={() => void region.load()}
            />
          }
        >
          <ul class="grid gap-3">
            {list.map((d) => (
              <Member
                key={d.id}
                d={d}
                onEdit={() => {
                  notice.value = '';
                  editing.value = d;
                }}
                onRemove={() => {
                  removing.value = d;
                }}
              />
            ))}
          </ul>
        </Region>
      </div>
      <ConfirmDialog
        open={removing.value !== null}
        onClose={() => {
          removing.value = null;
        }}
        title={m.family_remove_title({ name: removing.value?.name ?? '' })}
        body={m.family_remove_body()}
        confirmLabel={m.family_remove()}
        busyLabel={m.family_removing()}
        tone="danger"
        testid="remove-member-dialog"
        onConfirm={async () => {
          const d = removing.value;
          if (!d) return;
          try {
            await api.call('removeDependant', { params: { dependantId: d.id } });
          } catch (err) {
            // Already removed (another tab): the list below shows what is there now.
            if (!(err instanceof ApiError) || err.status !== 404) throw err;
          }
          notice.value = m.family_removed({ name: d.name });
          if (editing.value !== 'new' && editing.value?.id === d.id) editing.value = null;
          await region.load();
        }}
      />
    </div>
  );
}

export default function Family() {
  return <Protected roles={['patient']}>{() => <Page />}</Protected>;
}
