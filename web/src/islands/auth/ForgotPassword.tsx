/** /forgot-password/: ask for a reset code, then continue on /reset-password/ to use it. */
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { FormError } from '../../components/FormError.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';
import { EmailField, query, withEmail } from './parts.tsx';

const link = 'font-semibold text-brand-700 underline-offset-2 hover:underline';

export default function ForgotPassword() {
  const [email, setEmail] = useState('');
  useEffect(() => setEmail(query().get('email')?.trim() ?? ''), []);
  const form = useForm({
    submit: async (f) => {
      const address = fieldValue(f, 'email');
      // The API answers the same whether or not the account exists, and so does this page.
      await api.call('forgotPassword', { body: { email: address } });
      window.location.assign(withEmail('/reset-password/', address, '&sent=1'));
      return 'navigating';
    },
  });
  return (
    <>
      <p class="mt-2 text-slate-600">{m.forgot_lead()}</p>
      <form
        id="forgot-form"
        class="mt-6 grid gap-5"
        data-testid="forgot-form"
        noValidate
        onSubmit={form.onSubmit}
      >
        <FormError message={form.formError} boxRef={form.summary} />
        <EmailField value={email} onValue={setEmail} error={form.errors.email} />
        <Button
          type="submit"
          class="h-12 text-base"
          testid="forgot-submit"
          busy={form.busy}
          busyLabel={m.sending()}
        >
          {m.forgot_submit()}
        </Button>
      </form>
      <p class="mt-6 border-t border-slate-200 pt-5 text-sm text-slate-600">
        {m.forgot_remembered()}{' '}
        <a href="/login/" class={link}>
          {m.forgot_back()}
        </a>{' '}
        · {m.forgot_have_code()}{' '}
        <a href={withEmail('/reset-password/', email.trim())} class={link}>
          {m.forgot_enter_it()}
        </a>
      </p>
    </>
  );
}
