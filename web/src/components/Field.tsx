/**
 * A labelled form control with its hint and its error message. The error is `[data-error-for=name]`,
 * and the control names the hint and the error in aria-describedby and is aria-invalid while wrong.
 * Required unless `optional`.
 */
import type { ComponentChildren, JSX, Ref } from 'preact';
import { m } from '../paraglide/messages.js';

type ControlAttrs = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'class' | 'ref' | 'as'>;

export interface FieldProps extends ControlAttrs {
  id: string;
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  optional?: boolean;
  as?: 'input' | 'textarea' | 'select';
  error?: string | null;
  class?: string;
  inputClass?: string;
  testid?: string;
  rows?: number;
  /** Message when a required field is empty (the browser's check, in our words). */
  missing?: string;
  /** Message when the value fails type, pattern or range checks. */
  invalid?: string;
  /** Extra ids for aria-describedby (e.g. a character counter). */
  describedBy?: string;
  /** Shown under the control (a counter, a link). */
  after?: ComponentChildren;
  /** The options of a select. */
  children?: ComponentChildren;
  // biome-ignore lint/suspicious/noExplicitAny: the control is an input, a textarea or a select
  controlRef?: Ref<any>;
}

export function Field({
  id,
  name,
  label,
  hint,
  optional = false,
  as = 'input',
  error,
  class: cls,
  inputClass,
  testid,
  describedBy,
  after,
  children,
  controlRef,
  missing,
  invalid,
  ...attrs
}: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const described = [hintId, describedBy, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required: !optional,
    'aria-describedby': described,
    'aria-invalid': error ? ('true' as const) : undefined,
    'data-testid': testid,
    'data-msg-missing': missing,
    'data-msg-invalid': invalid,
    ref: controlRef,
  };
  return (
    <div class={cls}>
      <label for={id} class="field-label">
        {label}
        {optional && <span class="font-normal text-slate-600"> {m.field_optional()}</span>}
      </label>
      {hint && (
        <p id={hintId} class="field-hint mt-0.5">
          {hint}
        </p>
      )}
      {as === 'textarea' ? (
        <textarea
          {...common}
          {...(attrs as JSX.TextareaHTMLAttributes<HTMLTextAreaElement>)}
          class={`field-input h-auto min-h-28 py-2.5 leading-6 ${inputClass ?? ''}`.trim()}
        />
      ) : as === 'select' ? (
        <select
          {...common}
          {...(attrs as JSX.SelectHTMLAttributes<HTMLSelectElement>)}
          class={`field-input ${inputClass ?? ''}`.trim()}
        >
          {children}
        </select>
      ) : (
        <input {...common} {...attrs} class={`field-input ${inputClass ?? ''}`.trim()} />
      )}
      {after}
      <p id={errorId} class="field-error" data-error-for={name} hidden={!error}>
        {error}
      </p>
    </div>
  );
}
