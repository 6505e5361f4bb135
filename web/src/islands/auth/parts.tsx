/** What the sign-in, registration and password pages share: the email and code fields, and "send a new code". */
import type { ComponentChildren, JSX, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRemaining } from '../../components/Countdown.tsx';
import { Field, type FieldProps } from '../../components/Field.tsx';
import { Form, type FormApi, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { brokenRules } from '../../lib/password.ts';
import { m } from '../../paraglide/messages.js';

/** The query of this page (read after hydration: the page is built without one). */
export const query = () => new URLSearchParams(window.location.search);

/** Where a value typed on one page is carried to the next, so nobody types it twice. */
export const withEmail = (path: string, email: string, extra = '') =>
  pageHref(email ? `${path}?email=${encodeURIComponent(email)}${extra}` : path);

/** A link inside a sentence of the auth pages. */
export const textLink = 'font-semibold text-brand-700 underline-offset-2 hover:underline';

export function EmailField(props: {
  value: string;
  onValue: (email: string) => void;
  error?: string | undefined;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <Field
      id="email"
      name="email"
      type="email"
      label={m.auth_email()}
      hint={props.hint}
      autocomplete="email"
      inputMode="email"
      spellcheck={false}
      autocapitalize="off"
      maxLength={254}
      missing={m.auth_email_missing()}
      invalid={m.auth_email_invalid()}
      testid="email"
      error={props.error}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
      controlRef={props.inputRef}
    />
  );
}

/** Six digits from an email or an authenticator app; pasted spaces and dashes ("123 456") are dropped. */
export function CodeField({
  id = 'code',
  large = true,
  ...props
}: {
  id?: string;
  label: string;
  testid: string;
  missing: string;
  invalid: string;
  error?: string | undefined;
  large?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const digitsOnly = (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const digits = e.currentTarget.value.replace(/\D/g, '').slice(0, 6);
    if (digits !== e.currentTarget.value) e.currentTarget.value = digits;
  };
  return (
    <Field
      id={id}
      name="code"
      label={props.label}
      autocomplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]{6}"
      maxLength={6}
      enterKeyHint="done"
      missing={props.missing}
      invalid={props.invalid}
      inputClass={large ? 'max-w-56 text-center font-mono text-2xl tracking-[0.5em]' : undefined}
      testid={props.testid}
      error={props.error}
      onInput={digitsOnly}
      controlRef={props.inputRef}
    />
  );
}

/**
 * "Send a new code" with a cooldown, so an impatient second click does not trip the email provider's
 * limit (and the older code stays the one in the inbox a little longer). `send` resolves to what to
 * say, or null to say nothing (e.g. the email field is empty and shows why).
 */
export function ResendCode({
  lead,
  send,
  seconds = 30,
}: {
  lead: string;
  send: () => Promise<string | null>;
  seconds?: number;
}) {
  const [until, setUntil] = useState<string | null>(null);
  const left = Math.ceil(useRemaining(until) / 1000);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const click = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const text = await send();
      if (text === null) return;
      setStatus({ text, error: false });
      setUntil(new Date(Date.now() + seconds * 1000).toISOString());
    } catch (err) {
      setStatus({ text: errorText(err, m.auth_resend_failed()), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="mt-6 border-t border-slate-200 pt-5">
      <p class="text-sm text-slate-600">{lead}</p>
      <button
        type="button"
        class="btn-secondary mt-3"
        data-testid="resend-code"
        disabled={busy || left > 0}
        onClick={click}
      >
        <Icon shape={I.refreshCw} class="size-4" />
        <span>{left > 0 ? m.auth_resend_wait({ seconds: left }) : m.auth_resend()}</span>
      </button>
      <p
        class={`mt-3 text-sm ${status?.error ? 'text-red-700' : 'text-slate-700'}`}
        role="status"
        data-testid="resend-status"
      >
        {status?.text}
      </p>
    </div>
  );
}

/** The password as typed (sent exactly so: spaces can be part of one). */
export const typedPassword = (f: HTMLFormElement) =>
  (f.elements.namedItem('password') as HTMLInputElement).value;

/** The API's rules a new password breaks, as the password field's errors (checked before sending). */
export function weakPassword(f: HTMLFormElement) {
  const broken = brokenRules(typedPassword(f));
  return typedPassword(f) && broken.length ? { password: broken } : undefined;
}

/**
 * The verify and reset forms: the email and the emailed code (more fields as children), then
 * "send a new code", which needs a valid email first. Starts at the code when the email is known.
 */
export function EmailCodeForm({
  name,
  form,
  initialEmail,
  codeLabel,
  submit,
  resendLead,
  resend,
  children,
}: {
  name: 'verify' | 'reset';
  form: FormApi;
  initialEmail: string | null;
  codeLabel: string;
  submit: [label: string, busyLabel: string];
  resendLead: string;
  resend: (email: string) => Promise<string>;
  children?: ComponentChildren;
}) {
  const [email, setEmail] = useState('');
  const emailInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (initialEmail === null) return;
    setEmail(initialEmail);
    (initialEmail ? codeInput : emailInput).current?.focus();
  }, [initialEmail]);
  const send = async () => {
    const address = email.trim();
    if (address && emailInput.current?.checkValidity()) return resend(address);
    form.showErrors({ email: [m.auth_email_first()] });
    return null;
  };
  return (
    <>
      <Form form={form} id={`${name}-form`} data-testid={`${name}-form`}>
        <EmailField value={email} onValue={setEmail} error={form.errors.email} inputRef={emailInput} />
        <CodeField
          label={codeLabel}
          testid="code-input"
          missing={m.auth_code_missing()}
          invalid={m.auth_code_invalid()}
          error={form.errors.code}
          inputRef={codeInput}
        />
        {children}
        <Submit form={form} testid={`${name}-submit`} busyLabel={submit[1]}>
          {submit[0]}
        </Submit>
      </Form>
      <ResendCode lead={resendLead} send={send} />
    </>
  );
}

/** First and last name, side by side (registration and the profile form). */
export function NameFields({
  errors,
  first,
  last,
}: {
  errors: Record<string, string>;
  first?: Partial<FieldProps>;
  last?: Partial<FieldProps>;
}) {
  return (
    <div class="grid gap-5 sm:grid-cols-2">
      <Field
        id="firstName"
        name="firstName"
        label={m.profile_first_name()}
        autocomplete="given-name"
        maxLength={60}
        missing={m.profile_first_missing()}
        testid="first-name"
        error={errors.firstName}
        {...first}
      />
      <Field
        id="lastName"
        name="lastName"
        label={m.profile_last_name()}
        autocomplete="family-name"
        maxLength={60}
        missing={m.profile_last_missing()}
        testid="last-name"
        error={errors.lastName}
        {...last}
      />
    </div>
  );
}
