/**
 * A password Field with a Show/Hide button that keeps focus and says what it does; for a new password
 * (`rules`) the API's rules as a checklist that ticks itself off while the user types. The list is not
 * a live region: announcing every keystroke would drown the typing; each item's hidden word says
 * whether it is done.
 */
import { useState } from 'preact/hooks';
import * as I from '../lib/icons/index.ts';
import { passwordRules } from '../lib/password.ts';
import { m } from '../paraglide/messages.js';
import { Field, type FieldProps } from './Field.tsx';
import { Icon } from './Icon.tsx';

export function PasswordField({
  inputClass,
  after,
  rules = false,
  ...props
}: Omit<FieldProps, 'as' | 'type' | 'name'> & { name?: string; rules?: boolean }) {
  const [shown, setShown] = useState(false);
  const [value, setValue] = useState('');
  const rulesId = `${props.id}-rules`;
  return (
    <div class="relative">
      <Field
        name="password"
        maxLength={256}
        spellcheck={false}
        autocapitalize="off"
        missing={rules ? m.password_missing_new() : m.password_missing()}
        describedBy={rules ? rulesId : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
        {...props}
        type={shown ? 'text' : 'password'}
        inputClass={`pr-12 ${inputClass ?? ''}`.trim()}
        after={
          <>
            <button
              type="button"
              class="absolute top-8 right-1 grid size-10 place-items-center rounded-md text-slate-600 hover:text-slate-900"
              aria-controls={props.id}
              aria-pressed={shown}
              data-testid={props.testid ? `${props.testid}-toggle` : undefined}
              onClick={() => setShown((s) => !s)}
            >
              <Icon shape={shown ? I.eyeOff : I.eye} class="size-5" />
              <span class="sr-only">{shown ? m.password_hide() : m.password_show()}</span>
            </button>
            {rules && (
              <div id={rulesId} class="mt-3 rounded-lg bg-slate-50 px-4 py-3">
                <p class="text-sm font-medium text-slate-700">{m.password_rules_heading()}</p>
                <ul class="mt-2 grid gap-1.5 text-sm" data-testid="password-rules">
                  {passwordRules.map((rule) => {
                    const met = rule.test(value);
                    return (
                      <li
                        key={rule.id}
                        class={`flex items-start gap-2 ${met ? 'text-emerald-800' : 'text-slate-600'}`}
                        data-rule={rule.id}
                        data-met={String(met)}
                      >
                        <Icon
                          shape={met ? I.check : I.circle}
                          class={`mt-0.5 size-4 shrink-0 ${met ? 'text-emerald-700' : 'text-slate-400'}`}
                        />
                        <span>
                          <span class="sr-only">
                            {met ? m.password_rule_done() : m.password_rule_needed()}
                          </span>
                          {rule.message}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            {after}
          </>
        }
      />
    </div>
  );
}
