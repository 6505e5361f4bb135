/** /verify/: confirm the email with the 6-digit code, or ask for a new code. */
import { type ApiError, api } from '../lib/api.ts';
import { bindForm, fieldValue, showFieldErrors } from '../lib/forms.ts';
import { wireResend } from '../lib/resend.ts';

const form = document.querySelector<HTMLFormElement>('#verify-form');
const params = new URLSearchParams(window.location.search);

const signInUrl = (email: string) => `/login/?verified=1&email=${encodeURIComponent(email)}`;

if (form) {
  const emailInput = form.querySelector<HTMLInputElement>('[name="email"]');
  const codeInput = form.querySelector<HTMLInputElement>('[name="code"]');
  const emailLabel = document.querySelector<HTMLElement>('[data-email-label]');

  const email = params.get('email')?.trim() ?? '';
  if (emailInput && email) emailInput.value = email;
  if (emailLabel && email) emailLabel.textContent = email;
  // Someone with the email already filled in starts at the code.
  (email ? codeInput : emailInput)?.focus();

  // Sent here by the sign-in page because the account is not verified yet.
  if (params.get('reason') === 'not_confirmed') {
    const notice = document.getElementById('not-confirmed-notice');
    if (notice) notice.hidden = false;
  }

  // Pasted codes often carry spaces or dashes ("123 456"); keep the digits.
  codeInput?.addEventListener('input', () => {
    const digits = codeInput.value.replace(/\D/g, '').slice(0, 6);
    if (digits !== codeInput.value) codeInput.value = digits;
  });

  bindForm(form, {
    submit: async () => {
      const address = fieldValue(form, 'email');
      await api.post('/api/auth/confirm', { email: address, code: fieldValue(form, 'code') });
      window.location.assign(signInUrl(address));
      return 'navigating';
    },
    onError: (err: ApiError) => {
      // Already verified (a second tab, an old link): nothing left to do here but sign in.
      if (err.code === 'already_confirmed') {
        window.location.assign(signInUrl(fieldValue(form, 'email')));
        return true;
      }
      // A wrong or expired code: the API's full sentence says what to do next.
      if (err.code === 'bad_request') return showFieldErrors(form, { code: [err.message] });
      return false;
    },
  });

  const button = document.querySelector<HTMLButtonElement>('#resend-code');
  const status = document.getElementById('resend-status');
  if (button && status) {
    wireResend({
      button,
      status,
      send: async () => {
        const address = fieldValue(form, 'email');
        if (!address || !emailInput?.checkValidity()) {
          showFieldErrors(form, {
            email: ['Enter your email address first, so we know where to send the code.'],
          });
          return null;
        }
        await api.post('/api/auth/resend-code', { email: address });
        if (emailLabel) emailLabel.textContent = address;
        return `If ${address} is waiting for verification, a new code is on its way. It can take a minute to arrive.`;
      },
    });
  }
}
