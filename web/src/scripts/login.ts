/**
 * /login/: sign in, then go to `?next=` (only a path on this site) or the dashboard for the role.
 * An unverified account is sent to /verify/ with the email filled in.
 */
import { type ApiError, api } from '../lib/api.ts';
import { h } from '../lib/dom.ts';
import { bindForm, fieldValue, showFormError } from '../lib/forms.ts';
import { wirePasswordFields } from '../lib/password.ts';
import { dashboardPath, getMeIfSignedIn, type LoginResult, safeNext, signedIn } from '../lib/session.ts';

const form = document.querySelector<HTMLFormElement>('#login-form');
const params = new URLSearchParams(window.location.search);
const next = safeNext(params.get('next'));

function showNotice(id: string) {
  const notice = document.getElementById(id);
  const box = document.getElementById('login-notices');
  if (!notice || !box) return;
  notice.hidden = false;
  box.hidden = false;
}

if (params.get('verified') === '1') showNotice('notice-verified');
else if (params.get('reset') === '1') showNotice('notice-reset');
else if (params.get('signedOut') === '1') showNotice('notice-signed-out');
else if (next) showNotice('notice-next');

const link = (href: string, text: string) =>
  h('a', { href, class: 'font-semibold underline underline-offset-2', text });

/** Signed in: on to `?next=` or the dashboard. */
function finish(result: LoginResult) {
  signedIn(result);
  window.location.assign(next ?? dashboardPath(result.user.role));
}

/** Two-step sign-in: the password was right; the code from the authenticator app comes next. */
const mfaForm = document.querySelector<HTMLFormElement>('#mfa-form');
function askForCode() {
  if (!form || !mfaForm) return;
  form.hidden = true;
  mfaForm.hidden = false;
  mfaForm.querySelector<HTMLInputElement>('[name="code"]')?.focus();
}
if (mfaForm) {
  bindForm(mfaForm, {
    submit: async () => {
      finish(await api.post<LoginResult>('/api/auth/mfa', { code: fieldValue(mfaForm, 'code') }));
      return 'navigating';
    },
  });
}

if (form) {
  wirePasswordFields(form);
  const emailInput = form.querySelector<HTMLInputElement>('[name="email"]');
  const email = params.get('email')?.trim();
  if (emailInput && email) {
    emailInput.value = email;
    form.querySelector<HTMLInputElement>('[name="password"]')?.focus();
  }

  // Carry the typed email to the reset page, so nobody types it twice.
  document.getElementById('forgot-link')?.addEventListener('click', (event) => {
    const typed = fieldValue(form, 'email');
    if (!typed || !(event.currentTarget instanceof HTMLAnchorElement)) return;
    event.currentTarget.href = `/forgot-password/?email=${encodeURIComponent(typed)}`;
  });

  bindForm(form, {
    submit: async () => {
      const result = await api.post<LoginResult | { mfaRequired: true }>('/api/auth/login', {
        email: fieldValue(form, 'email'),
        // Passwords are sent exactly as typed: spaces can be part of one.
        password: form.querySelector<HTMLInputElement>('[name="password"]')?.value ?? '',
      });
      if ('mfaRequired' in result) {
        askForCode();
        return undefined;
      }
      finish(result);
      return 'navigating';
    },
    onError: (err: ApiError) => {
      const address = encodeURIComponent(fieldValue(form, 'email'));
      if (err.code === 'not_confirmed') {
        window.location.assign(`/verify/?email=${address}&reason=not_confirmed`);
        return true;
      }
      if (err.code === 'password_reset_required') {
        showFormError(form, [
          `${err.message} `,
          link(`/forgot-password/?email=${address}`, 'Reset your password'),
        ]);
        return true;
      }
      if (err.status === 429) {
        showFormError(form, [
          `${err.message} `,
          link(`/forgot-password/?email=${address}`, 'Reset your password'),
        ]);
        return true;
      }
      return false;
    },
  });

  // Already signed in (e.g. an old bookmark to this page): say so instead of asking again.
  getMeIfSignedIn()
    .then((me) => {
      if (!me) return;
      const name = document.querySelector<HTMLElement>('[data-already-name]');
      const go = document.querySelector<HTMLAnchorElement>('[data-already-link]');
      if (name) name.textContent = `${me.firstName} ${me.lastName}`;
      if (go) {
        go.href = next ?? dashboardPath(me.role);
        if (next) go.textContent = 'Continue';
      }
      document.getElementById('notice-next')?.setAttribute('hidden', '');
      showNotice('notice-already');
    })
    .catch(() => undefined);
}
