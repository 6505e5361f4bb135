/** /reset-password/: the emailed code plus a new password (with the live rule checklist). */
import { api } from '../lib/api.ts';
import { bindForm, fieldValue, showFieldErrors } from '../lib/forms.ts';
import { brokenRules, wirePasswordFields } from '../lib/password.ts';
import { wireResend } from '../lib/resend.ts';

const form = document.querySelector<HTMLFormElement>('#reset-form');
const params = new URLSearchParams(window.location.search);

if (form) {
  const password = () => form.querySelector<HTMLInputElement>('[name="password"]')?.value ?? '';
  const emailInput = form.querySelector<HTMLInputElement>('[name="email"]');
  const codeInput = form.querySelector<HTMLInputElement>('[name="code"]');
  wirePasswordFields(form);

  const email = params.get('email')?.trim() ?? '';
  if (emailInput && email) emailInput.value = email;
  if (email && params.get('sent') === '1') {
    const label = document.querySelector<HTMLElement>('[data-email-label]');
    if (label) label.textContent = email;
    const notice = document.getElementById('notice-sent');
    if (notice) notice.hidden = false;
  }
  (email ? codeInput : emailInput)?.focus();

  codeInput?.addEventListener('input', () => {
    const digits = codeInput.value.replace(/\D/g, '').slice(0, 6);
    if (digits !== codeInput.value) codeInput.value = digits;
  });

  bindForm(form, {
    validate: () => {
      const broken = brokenRules(password());
      return password() && broken.length ? { password: broken } : undefined;
    },
    submit: async () => {
      const address = fieldValue(form, 'email');
      await api.post('/api/auth/reset-password', {
        email: address,
        code: fieldValue(form, 'code'),
        password: password(),
      });
      window.location.assign(`/login/?reset=1&email=${encodeURIComponent(address)}`);
      return 'navigating';
    },
    // A wrong or expired code: the API's full sentence says what to do next.
    onError: (err) =>
      err.code === 'bad_request' && err.details?.code
        ? showFieldErrors(form, { code: [err.message] })
        : false,
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
        await api.post('/api/auth/forgot-password', { email: address });
        return `If an account exists for ${address}, a new code is on its way.`;
      },
    });
  }
}
