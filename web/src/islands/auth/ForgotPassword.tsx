/** /forgot-password/: ask for a reset code, then continue on /reset-password/ to use it. */
import { useEffect, useState } from 'preact/hooks';
import { Form, Submit } from '../../components/Form.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { EmailField, query, textLink, withEmail } from './parts.tsx';

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
      <Form form={form} id="forgot-form" data-testid="forgot-form">
        <EmailField value={email} onValue={setEmail} error={form.errors.email} />
        <Submit form={form} testid="forgot-submit" busyLabel={m.sending()}>
          {m.forgot_submit()}
        </Submit>
      </Form>
      <p class="mt-6 border-t border-slate-200 pt-5 text-sm text-slate-600">
        {m.forgot_remembered()}{' '}
        <a href={pageHref('/login/')} class={textLink}>
          {m.forgot_back()}
        </a>{' '}
        · {m.forgot_have_code()}{' '}
        <a href={withEmail('/reset-password/', email.trim())} class={textLink}>
          {m.forgot_enter_it()}
        </a>
      </p>
    </>
  );
}
