/**
 * /account/#mfa: turning on two-step sign-in. The API asks Cognito for a secret for the authenticator
 * app, and a first code from the app turns it on; from then on every sign-in asks for a code. Admins
 * must have it for the admin console.
 */
import { api } from '../lib/api.ts';
import { bindForm, fieldValue } from '../lib/forms.ts';
import { getMe, type Me } from '../lib/session.ts';

const status = document.querySelector<HTMLElement>('[data-mfa-status]');
const start = document.querySelector<HTMLButtonElement>('[data-mfa-start]');
const panel = document.querySelector<HTMLElement>('[data-mfa-panel]');
const form = document.querySelector<HTMLFormElement>('#mfa-verify-form');

function render(me: Me) {
  if (status)
    status.textContent = me.mfaEnabled
      ? 'On: every sign-in asks for a code from your authenticator app.'
      : me.role === 'admin'
        ? 'Off. Admins need it: turn it on to use the admin console.'
        : 'Off. Turn it on to sign in with a code from an authenticator app as well as your password.';
  if (start) start.hidden = me.mfaEnabled;
  if (panel && me.mfaEnabled) panel.hidden = true;
}

void getMe()
  .then((me) => me && render(me))
  .catch(() => undefined);

start?.addEventListener('click', async () => {
  start.disabled = true;
  try {
    const setup = await api.post<{ secret: string; otpauthUri: string }>('/api/auth/mfa/setup');
    const secret = document.querySelector<HTMLElement>('[data-mfa-secret]');
    const uri = document.querySelector<HTMLAnchorElement>('[data-mfa-uri]');
    if (secret) secret.textContent = setup.secret.replace(/(.{4})/g, '$1 ').trim();
    if (uri) uri.href = setup.otpauthUri;
    if (panel) panel.hidden = false;
    form?.querySelector<HTMLInputElement>('[name="code"]')?.focus();
  } finally {
    start.disabled = false;
  }
});

if (form) {
  bindForm(form, {
    submit: async () => {
      const { user } = await api.post<{ user: Me }>('/api/auth/mfa/verify', {
        code: fieldValue(form, 'code'),
      });
      render(user);
      return undefined;
    },
  });
}
