/** /reset-password/: the emailed code plus a new password (with the live rule checklist). */
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { EmailCodeForm, query, typedPassword, weakPassword } from './parts.tsx';

export default function ResetPassword() {
  const [given, setGiven] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState('');
  useEffect(() => {
    const q = query();
    const email = q.get('email')?.trim() ?? '';
    setGiven(email);
    if (email && q.get('sent') === '1') setSentTo(email);
  }, []);
  const form = useForm({
    validate: weakPassword,
    submit: async (f) => {
      const email = fieldValue(f, 'email');
      await api.call('resetPassword', {
        body: { email, code: fieldValue(f, 'code'), password: typedPassword(f) },
      });
      window.location.assign(pageHref(`/login/?reset=1&email=${encodeURIComponent(email)}`));
      return 'navigating';
    },
    // A wrong or expired code: the API's full sentence says what to do next.
    onError: (err) => (err.code === 'bad_request' && err.details?.code ? { code: [err.message] } : false),
  });
  return (
    <>
      {sentTo && (
        <Notice tone="info" icon={I.mail} class="mt-5" testid="notice-sent">
          <p>
            {m.reset_sent_before()} <strong class="font-semibold break-all">{sentTo}</strong>
            {m.reset_sent_after()}
          </p>
        </Notice>
      )}
      <EmailCodeForm
        name="reset"
        form={form}
        initialEmail={given}
        codeLabel={m.reset_code()}
        submit={[m.reset_submit(), m.reset_busy()]}
        resendLead={m.reset_resend_lead()}
        resend={async (email) => {
          await api.call('forgotPassword', { body: { email } });
          return m.reset_resent({ email });
        }}
      >
        <PasswordField
          id="password"
          label={m.reset_password()}
          autocomplete="new-password"
          rules
          testid="password"
          error={form.errors.password}
        />
      </EmailCodeForm>
    </>
  );
}
