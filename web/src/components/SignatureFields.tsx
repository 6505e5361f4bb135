/**
 * The password, and the authenticator code where two-step sign-in is on, that sign an act the server
 * checks with the pool (issuing a prescription, erasing an account). `useSignature` keeps the values
 * and says what is missing; `SignatureFields` draws them. Ids and test ids are `<idPrefix>-password`
 * and `<idPrefix>-code`.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { m } from '../paraglide/messages.js';
import { Field } from './Field.tsx';
import { PasswordField } from './PasswordField.tsx';

export function useSignature(mfa: boolean, idPrefix: string) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<{ password?: string; code?: string }>({});
  return {
    mfa,
    idPrefix,
    password,
    code,
    missing,
    setPassword: (value: string) => {
      setPassword(value);
      setMissing((w) => ({ ...w, password: undefined }));
    },
    setCode: (value: string) => {
      setCode(value);
      setMissing((w) => ({ ...w, code: undefined }));
    },
    reset: () => {
      setPassword('');
      setCode('');
      setMissing({});
    },
    /** What to send; or null, after marking and focusing what is missing. */
    body: (): { password: string; code?: string } | null => {
      const wrong = {
        ...(password ? {} : { password: m.password_missing() }),
        ...(!mfa || /^\d{6}$/.test(code) ? {} : { code: code ? m.mfa_code_invalid() : m.mfa_code_missing() }),
      };
      setMissing(wrong);
      if (wrong.password || wrong.code) {
        document.getElementById(`${idPrefix}-${wrong.password ? 'password' : 'code'}`)?.focus();
        return null;
      }
      return { password, ...(mfa ? { code } : {}) };
    },
  };
}

export function SignatureFields({
  signature: s,
  passwordLabel,
  passwordHint,
}: {
  signature: ReturnType<typeof useSignature>;
  passwordLabel: ComponentChildren;
  passwordHint?: ComponentChildren;
}) {
  return (
    <>
      <PasswordField
        id={`${s.idPrefix}-password`}
        label={passwordLabel}
        hint={passwordHint}
        autocomplete="current-password"
        testid={`${s.idPrefix}-password`}
        error={s.missing.password}
        value={s.password}
        data-autofocus
        onInput={(e) => s.setPassword(e.currentTarget.value)}
      />
      {s.mfa && (
        <Field
          id={`${s.idPrefix}-code`}
          name="code"
          label={m.mfa_code()}
          hint={m.rx_sign_code_hint()}
          inputMode="numeric"
          autocomplete="one-time-code"
          maxLength={6}
          pattern="\d{6}"
          testid={`${s.idPrefix}-code`}
          error={s.missing.code}
          value={s.code}
          onInput={(e) => s.setCode(e.currentTarget.value.trim())}
        />
      )}
    </>
  );
}
