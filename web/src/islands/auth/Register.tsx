/** /register/: create a patient or doctor account, then go and verify the email. */
import { useEffect, useState } from 'preact/hooks';
import { Form, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { EmailField, NameFields, query, textLink, typedPassword, weakPassword, withEmail } from './parts.tsx';

type JoiningAs = 'patient' | 'doctor';

const ROLES = [
  { value: 'patient', icon: I.user, title: m.register_patient, text: m.register_patient_text },
  { value: 'doctor', icon: I.stethoscope, title: m.register_doctor, text: m.register_doctor_text },
] as const;

export default function Register() {
  const [role, setRole] = useState<JoiningAs>('patient');
  const [email, setEmail] = useState('');
  useEffect(() => {
    // /register/?role=doctor (the "Join as a doctor" links) starts with Doctor chosen.
    const wanted = query().get('role');
    if (wanted === 'doctor' || wanted === 'patient') setRole(wanted);
  }, []);
  const form = useForm({
    validate: weakPassword,
    submit: async (f) => {
      const result = await api.call('register', {
        body: {
          email: fieldValue(f, 'email'),
          password: typedPassword(f),
          firstName: fieldValue(f, 'firstName'),
          lastName: fieldValue(f, 'lastName'),
          role,
          // The page's language, so the code email and every later one come in it, whatever the browser says.
          locale: getLocale(),
        },
      });
      // A known email gets the same answer (its owner is told by email), so this is where everyone goes.
      window.location.assign(withEmail('/verify/', result.email));
      return 'navigating';
    },
  });
  return (
    <>
      <p class="mt-2 text-slate-600">
        {m.register_have_account()}{' '}
        <a href={pageHref('/login/')} class={textLink}>
          {m.header_sign_in()}
        </a>
      </p>
      <Form form={form} id="register-form" data-testid="register-form" data-role={role}>
        <fieldset>
          <legend class="field-label">{m.register_joining_as()}</legend>
          <div class="mt-2 grid grid-cols-2 gap-3">
            {ROLES.map((r) => (
              <label
                key={r.value}
                class="group relative flex cursor-pointer flex-col gap-1 rounded-xl border border-slate-300 bg-white p-4 hover:border-brand-400 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-600 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-500"
              >
                <input
                  type="radio"
                  name="role"
                  value={r.value}
                  checked={role === r.value}
                  onChange={() => setRole(r.value)}
                  class="sr-only"
                  data-testid={`role-${r.value}`}
                />
                <span class="flex items-center justify-between">
                  <span class="grid size-9 place-items-center rounded-lg bg-brand-50 text-brand-700 group-has-checked:bg-brand-700 group-has-checked:text-white">
                    <Icon shape={r.icon} class="size-5" />
                  </span>
                  <Icon shape={I.checkCircle} class="hidden size-5 text-brand-700 group-has-checked:block" />
                </span>
                <span class="mt-1 font-semibold text-slate-900">{r.title()}</span>
                <span class="text-sm leading-5 text-slate-600">{r.text()}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <NameFields errors={form.errors} />
        <EmailField
          value={email}
          onValue={setEmail}
          error={form.errors.email}
          hint={m.register_email_hint()}
        />
        <PasswordField
          id="password"
          label={m.register_password()}
          autocomplete="new-password"
          rules
          testid="password"
          error={form.errors.password}
        />
        {role === 'doctor' && <p class="text-sm leading-6 text-slate-600">{m.register_doctor_note()}</p>}
        <Submit form={form} testid="register-submit" busyLabel={m.register_busy()}>
          {m.register_submit()}
        </Submit>
        <p class="text-xs leading-5 text-slate-500">
          {m.register_terms_before()}{' '}
          <a href={pageHref('/terms/')} class="underline hover:text-slate-700">
            {m.register_terms()}
          </a>{' '}
          {m.and()}{' '}
          <a href={pageHref('/privacy/')} class="underline hover:text-slate-700">
            {m.register_privacy()}
          </a>
          .
        </p>
      </Form>
    </>
  );
}
