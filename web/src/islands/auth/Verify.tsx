/** /verify/: confirm the email with the 6-digit code, or ask for a new code. */
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { EmailCodeForm, query } from './parts.tsx';

const signIn = (email: string) =>
  window.location.assign(pageHref(`/login/?verified=1&email=${encodeURIComponent(email)}`));

export default function Verify() {
  const [given, setGiven] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState('');
  const [notConfirmed, setNotConfirmed] = useState(false);
  useEffect(() => {
    const q = query();
    const email = q.get('email')?.trim() ?? '';
    setGiven(email);
    setSentTo(email);
    // Sent here by the sign-in page because the account is not verified yet.
    setNotConfirmed(q.get('reason') === 'not_confirmed');
  }, []);
  const form = useForm({
    submit: async (f) => {
      await api.call('confirm', { body: { email: fieldValue(f, 'email'), code: fieldValue(f, 'code') } });
      signIn(fieldValue(f, 'email'));
      return 'navigating';
    },
    onError: (err) => {
      // Already verified (a second tab, an old link): nothing left to do here but sign in.
      if (err.code === 'already_confirmed' && form.ref.current) {
        signIn(fieldValue(form.ref.current, 'email'));
        return true;
      }
      // A wrong or expired code: the API's full sentence says what to do next.
      return err.code === 'bad_request' ? { code: [err.message] } : false;
    },
  });
  return (
    <>
      <p class="mt-2 text-slate-600" data-testid="verify-intro">
        {m.verify_intro_before()}{' '}
        <strong class="font-semibold break-all text-slate-900">{sentTo || m.verify_your_email()}</strong>.{' '}
        {m.verify_intro_after()}
      </p>
      {notConfirmed && (
        <Notice tone="warning" class="mt-5" testid="not-confirmed-notice">
          <p>
            <strong class="font-semibold">{m.verify_not_confirmed_title()}</strong>{' '}
            {m.verify_not_confirmed_text()}
          </p>
        </Notice>
      )}
      <EmailCodeForm
        name="verify"
        form={form}
        initialEmail={given}
        codeLabel={m.verify_code()}
        submit={[m.verify_submit(), m.verify_busy()]}
        resendLead={m.verify_resend_lead()}
        resend={async (email) => {
          await api.call('resendCode', { body: { email } });
          setSentTo(email);
          return m.verify_resent({ email });
        }}
      />
    </>
  );
}
