/**
 * /account/edit/: the signed-in user's own details (PATCH /api/me). A verified doctor is told, as soon
 * as the name differs from the saved one, that a new name sends the profile back for verification.
 */
import { useState } from 'preact/hooks';
import type { GstStateCode, Sex } from '../../../../functions/contract/api.ts';
import { GST_STATES } from '../../../../functions/contract/gst-states.ts';
import { Button } from '../../components/Button.tsx';
import { Field } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Icon } from '../../components/Icon.tsx';
import { BackLink } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { describeTimeZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { NameFields } from '../auth/parts.tsx';
import { PersonFields } from './PersonFields.tsx';

/** The API's rule for Indian mobile numbers (functions/accounts/schemas.ts `indianPhone`). */
const INDIAN_MOBILE = /^(?:\+91|91|0)?[6-9]\d{9}$/;

function zones(current: string): string[] {
  const all = new Set<string>(['Asia/Kolkata', current]);
  try {
    for (const zone of Intl.supportedValuesOf('timeZone')) all.add(zone);
  } catch {
    // Old browsers: India and the saved zone are enough to keep the form usable.
  }
  all.delete('Asia/Calcutta'); // the old name of Asia/Kolkata; one entry for India is enough
  all.delete('Asia/Kolkata');
  all.delete('');
  return ['Asia/Kolkata', ...[...all].sort()];
}

const checked = (f: HTMLFormElement, name: string) =>
  (f.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;

/** The reminder channels (24 h and 15 min before each confirmed appointment), each a checkbox. */
function ReminderChannels({ me }: { me: Me }) {
  const channels = [
    ['remindByEmail', m.profile_reminders_email(), me.reminders.email],
    ['remindBySms', m.profile_reminders_sms(), me.reminders.sms],
  ] as const;
  return (
    <fieldset class="grid gap-2" data-testid="reminder-channels" aria-describedby="reminders-hint">
      <legend class="field-label">{m.profile_reminders()}</legend>
      <p class="field-hint -mt-1" id="reminders-hint">
        {m.profile_reminders_hint()}
      </p>
      {channels.map(([name, label, on]) => (
        <label key={name} class="flex items-center gap-3 text-slate-800">
          <input
            type="checkbox"
            name={name}
            class="size-4 shrink-0 accent-brand-700"
            data-testid={name}
            defaultChecked={on}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Form({ me }: { me: Me }) {
  const [first, setFirst] = useState(me.firstName);
  const [last, setLast] = useState(me.lastName);
  const current = me.timeZone === 'Asia/Calcutta' || !me.timeZone ? 'Asia/Kolkata' : me.timeZone;
  const form = useForm({
    // Checked here as well as by the API, whose answer for a bad optional field is only "Invalid input".
    validate: (f) => {
      const phone = fieldValue(f, 'phone').replace(/[\s-]/g, '');
      return phone && !INDIAN_MOBILE.test(phone) ? { phone: [m.profile_phone_invalid()] } : undefined;
    },
    submit: async (f) => {
      // '' clears an optional field; the API normalises the phone number to +91XXXXXXXXXX.
      await api.call('updateMe', {
        body: {
          firstName: fieldValue(f, 'firstName'),
          lastName: fieldValue(f, 'lastName'),
          phone: fieldValue(f, 'phone'),
          dateOfBirth: fieldValue(f, 'dateOfBirth'),
          sex: fieldValue(f, 'sex') as Sex | '',
          address: fieldValue(f, 'address'),
          state: fieldValue(f, 'state') as GstStateCode | '',
          timeZone: fieldValue(f, 'timeZone'),
          reminders: { email: checked(f, 'remindByEmail'), sms: checked(f, 'remindBySms') },
        },
      });
      window.location.assign(pageHref('/account/?saved=1'));
      return 'navigating';
    },
  });
  const renamed =
    me.doctorProfile?.verificationStatus === 'verified' &&
    (first.trim() !== me.firstName || last.trim() !== me.lastName);
  return (
    <div class="container-page max-w-3xl py-8 sm:py-10">
      <BackLink href={pageHref('/account/')}>{m.profile_back()}</BackLink>
      <h1 class="mt-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {m.profile_edit_title()}
      </h1>
      <p class="mt-2 text-slate-600">{m.profile_edit_lead()}</p>
      <form
        id="profile-form"
        class="card mt-8 grid gap-6 p-6 sm:p-8"
        data-testid="profile-form"
        noValidate
        onSubmit={form.onSubmit}
      >
        <FormError message={form.formError} boxRef={form.summary} />
        <NameFields
          errors={form.errors}
          first={{ value: first, onInput: (e) => setFirst(e.currentTarget.value) }}
          last={{ value: last, onInput: (e) => setLast(e.currentTarget.value) }}
        />
        {renamed && (
          <p
            class="-mt-3 flex gap-2 rounded-lg bg-accent-50 px-3 py-2 text-sm text-accent-900"
            data-testid="rename-warning"
            role="status"
          >
            <Icon shape={I.alertTriangle} class="mt-0.5 size-4 shrink-0 text-accent-700" />
            <span>{m.profile_rename_warning()}</span>
          </p>
        )}
        <div>
          <p class="field-label">{m.profile_email()}</p>
          <p class="mt-1.5 flex min-h-12 items-center rounded-lg border border-slate-200 bg-slate-50 px-3 break-all text-slate-700">
            {me.email}
          </p>
          <p class="field-hint">{m.profile_email_hint()}</p>
        </div>
        <Field
          id="phone"
          name="phone"
          type="tel"
          label={m.profile_phone()}
          optional
          autocomplete="tel"
          inputMode="tel"
          maxLength={16}
          hint={m.profile_phone_hint()}
          testid="phone"
          class="sm:max-w-[calc(50%-0.625rem)]"
          error={form.errors.phone}
          defaultValue={me.phone}
        />
        <PersonFields
          errors={form.errors}
          dateOfBirth={me.dateOfBirth}
          sex={me.sex}
          optional
          dobHint={m.profile_dob_hint()}
          sexHint={m.profile_sex_hint()}
        />
        <Field
          id="address"
          name="address"
          as="textarea"
          label={m.profile_address()}
          optional
          autocomplete="street-address"
          rows={3}
          maxLength={500}
          hint={m.profile_address_hint()}
          testid="address"
          error={form.errors.address}
          defaultValue={me.address}
        />
        <Field
          id="state"
          name="state"
          as="select"
          label={m.invoice_state_label()}
          optional
          autocomplete="address-level1"
          hint={m.invoice_state_hint()}
          testid="state"
          class="sm:max-w-[calc(50%-0.625rem)]"
          error={form.errors.state}
          defaultValue={me.state}
        >
          <option value="">{m.invoice_state_choose()}</option>
          {GST_STATES.map((s) => (
            <option key={s.gst} value={s.gst}>
              {s[getLocale()]}
            </option>
          ))}
        </Field>
        <Field
          id="timeZone"
          name="timeZone"
          as="select"
          label={m.profile_zone()}
          hint={m.profile_zone_hint()}
          testid="time-zone"
          missing={m.profile_zone_missing()}
          error={form.errors.timeZone}
          defaultValue={current}
        >
          {zones(current).map((zone) => (
            <option key={zone} value={zone}>
              {describeTimeZone(zone)}
            </option>
          ))}
        </Field>
        <ReminderChannels me={me} />
        <div class="flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-end">
          <a href={pageHref('/account/')} class="btn-ghost">
            {m.cancel()}
          </a>
          <Button type="submit" class="px-6" testid="profile-save" busy={form.busy} busyLabel={m.saving()}>
            {m.profile_save()}
          </Button>
        </div>
      </form>
    </div>
  );
}

export default function ProfileEdit() {
  return <Protected>{(me) => <Form me={me} />}</Protected>;
}
