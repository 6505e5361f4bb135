/** A password Field with a Show/Hide button that keeps focus and says what it does. */
import { useState } from 'preact/hooks';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Field, type FieldProps } from './Field.tsx';
import { Icon } from './Icon.tsx';

export function PasswordField({ inputClass, after, ...props }: Omit<FieldProps, 'as' | 'type'>) {
  const [shown, setShown] = useState(false);
  return (
    <div class="relative">
      <Field
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
            {after}
          </>
        }
      />
    </div>
  );
}
