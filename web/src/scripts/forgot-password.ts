/** /forgot-password/: ask for a reset code, then continue on /reset-password/ to use it. */
import { api } from '../lib/api.ts';
import { bindForm, fieldValue } from '../lib/forms.ts';

const form = document.querySelector<HTMLFormElement>('#forgot-form');
const resetUrl = (email: string, sent: boolean) =>
  `/reset-password/?email=${encodeURIComponent(email)}${sent ? '&sent=1' : ''}`;

if (form) {
  const emailInput = form.querySelector<HTMLInputElement>('[name="email"]');
  const email = new URLSearchParams(window.location.search).get('email')?.trim();
  if (emailInput && email) emailInput.value = email;

  document.getElementById('have-code-link')?.addEventListener('click', (event) => {
    const typed = fieldValue(form, 'email');
    if (typed && event.currentTarget instanceof HTMLAnchorElement)
      event.currentTarget.href = resetUrl(typed, false);
  });

  bindForm(form, {
    submit: async () => {
      const address = fieldValue(form, 'email');
      // The API answers the same whether or not the account exists, and so does this page.
      await api.post('/api/auth/forgot-password', { email: address });
      window.location.assign(resetUrl(address, true));
      return 'navigating';
    },
  });
}
