/**
 * /login/: sign in, then go to `?next=` (only a path on this site: safeNext) or the dashboard for the
 * role. With two-step sign-in on, the password step is followed by the code from the authenticator
 * app. An unverified account is sent to /verify/ with the email filled in.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Form, Submit } from '../../components/Form.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { pageHref } from '../../lib/links.ts';
import {
  dashboardPath,
  getMeIfSignedIn,
  type LoginResult,
  type Me,
  safeNext,
  signedIn,
} from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';
import { CodeField, EmailField, query, textLink, typedPassword, withEmail } from './parts.tsx';

/** Why the visitor is here (a query flag set by the page that sent them), as the notice to show. */
const ARRIVALS = {
  verified: ['success', 'notice-verified', m.login_verified_title, m.login_verified_text],
  reset: ['success', 'notice-reset', m.login_reset_title, m.login_reset_text],
  signedOut: ['info', 'notice-signed-out', null, m.login_signed_out],
  next: ['info', 'notice-next', null, m.login_next],
} as const;

export default function Login() {
  const [email, setEmail] = useState('');
  const [next, setNext] = useState<string | null>(null);
  const [arrival, setArrival] = useState<keyof typeof ARRIVALS | null>(null);
  const [already, setAlready] = useState<Me | null>(null);
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [resetHint, setResetHint] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query();
    const target = safeNext(q.get('next'));
    setNext(target);
    setArrival(
      (['verified', 'reset', 'signedOut'] as const).find((k) => q.get(k) === '1') ?? (target ? 'next' : null),
    );
    const given = q.get('email')?.trim();
    if (given) {
      setEmail(given);
      passwordInput.current?.focus();
    }
    // Already signed in (e.g. an old bookmark to this page): say so instead of asking again.
    getMeIfSignedIn().then(setAlready, () => undefined);
  }, []);
  useEffect(() => {
    if (step === 'code') codeInput.current?.focus();
  }, [step]);

  /** Signed in: on to `?next=` or the dashboard. */
  const finish = (result: LoginResult) => {
    signedIn(result);
    window.location.assign(next ?? pageHref(dashboardPath(result.user.role)));
    return 'navigating';
  };

  const login = useForm({
    submit: async (f) => {
      setResetHint(false);
      const result = await api.call('login', {
        body: { email: fieldValue(f, 'email'), password: typedPassword(f) },
      });
      if (!('mfaRequired' in result)) return finish(result);
      setStep('code');
    },
    onError: (err) => {
      if (err.code === 'not_confirmed') {
        window.location.assign(`${withEmail('/verify/', email.trim())}&reason=not_confirmed`);
        return true;
      }
      // Locked by too many tries, or the password must be reset: the way out is a new password.
      if (err.code === 'password_reset_required' || err.status === 429) setResetHint(true);
      return false;
    },
  });
  const mfa = useForm({
    submit: async (f) => finish(await api.call('completeMfa', { body: { code: fieldValue(f, 'code') } })),
  });
  const shown = arrival && ARRIVALS[arrival];

  return (
    <>
      <p class="mt-2 text-slate-600">
        {m.login_new()}{' '}
        <a href={pageHref('/register/')} class={textLink}>
          {m.login_create_account()}
        </a>
      </p>
      {(shown || already) && (
        <div class="mt-6 grid gap-3">
          {already ? (
            <Notice tone="info" testid="notice-already">
              <p>
                {m.login_already()}{' '}
                <strong class="font-semibold">{`${already.firstName} ${already.lastName}`}</strong>.{' '}
                <a href={next ?? pageHref(dashboardPath(already.role))} class="font-semibold underline">
                  {next ? m.login_continue() : m.login_go_dashboard()}
                </a>
              </p>
            </Notice>
          ) : (
            shown && (
              <Notice tone={shown[0]} testid={shown[1]}>
                <p>
                  {shown[2] && (
                    <>
                      <strong class="font-semibold">{shown[2]()}</strong>{' '}
                    </>
                  )}
                  {shown[3]()}
                </p>
              </Notice>
            )
          )}
        </div>
      )}
      {step === 'password' ? (
        <Form
          form={login}
          id="login-form"
          data-testid="login-form"
          errorExtra={
            resetHint && (
              <>
                {' '}
                <a
                  href={withEmail('/forgot-password/', email.trim())}
                  class="font-semibold underline underline-offset-2"
                >
                  {m.login_reset_link()}
                </a>
              </>
            )
          }
        >
          <EmailField value={email} onValue={setEmail} error={login.errors.email} />
          <div>
            <PasswordField
              id="password"
              label={m.login_password()}
              autocomplete="current-password"
              testid="password"
              error={login.errors.password}
              controlRef={passwordInput}
            />
            <p class="mt-2 text-right text-sm">
              <a
                href={withEmail('/forgot-password/', email.trim())}
                id="forgot-link"
                class="font-medium text-brand-700 underline-offset-2 hover:underline"
                data-testid="forgot-link"
              >
                {m.login_forgot()}
              </a>
            </p>
          </div>
          <Submit form={login} testid="login-submit" busyLabel={m.login_busy()}>
            {m.login_submit()}
          </Submit>
        </Form>
      ) : (
        <Form form={mfa} data-testid="mfa-form">
          <p class="text-slate-700">{m.login_mfa_lead()}</p>
          <CodeField
            id="mfa-code"
            label={m.mfa_code()}
            testid="mfa-code"
            missing={m.mfa_code_missing()}
            invalid={m.mfa_code_invalid()}
            error={mfa.errors.code}
            large={false}
            inputRef={codeInput}
          />
          <Submit form={mfa} testid="mfa-submit" busyLabel={m.checking()}>
            {m.login_mfa_submit()}
          </Submit>
        </Form>
      )}
    </>
  );
}
