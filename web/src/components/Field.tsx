/**
 * A labelled form control with its hint and its error message. The error is `[data-error-for=name]`,
 * and the control names the hint and the error in aria-describedby and is aria-invalid while wrong.
 * Required unless `optional`. FieldFrame draws the same label, hint and error around a control Field
 * does not make itself (a prefixed input, a chip list).
 */
import type { ComponentChildren, JSX, Ref } from 'preact';
import { intlLocale } from '../lib/format.ts';
import { m } from '../paraglide/messages.js';

type ControlAttrs = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'class' | 'ref' | 'as'>;

interface FrameProps {
  id: string;
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  optional?: boolean;
  error?: string | null | undefined;
  class?: string;
}

export interface FieldProps extends ControlAttrs, FrameProps {
  as?: 'input' | 'textarea' | 'select';
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

/** The aria attributes of field `id`'s control: its hint (if any), extra ids, and its error while wrong. */
export const fieldAria = (
  id: string,
  error: string | null | undefined,
  ...extra: (string | false | undefined)[]
) => ({
  'aria-describedby': [...extra, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
  'aria-invalid': error ? ('true' as const) : undefined,
});

/** Label (for `control`, by default `id`), hint and error around the control given as children. */
export function FieldFrame({
  id,
  name,
  label,
  hint,
  optional,
  error,
  class: cls,
  control = id,
  children,
}: FrameProps & { control?: string; children: ComponentChildren }) {
  return (
    <div class={cls}>
      <label for={control} class="field-label">
        {label}
        {optional && <span class="font-normal text-slate-600"> {m.field_optional()}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint mt-0.5">
          {hint}
        </p>
      )}
      {children}
      <p id={`${id}-error`} class="field-error" data-error-for={name} hidden={!error}>
        {error}
      </p>
    </div>
  );
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
  const common = {
    id,
    name,
    required: !optional,
    ...fieldAria(id, error, hint ? `${id}-hint` : undefined, describedBy),
    'data-testid': testid,
    'data-msg-missing': missing,
    'data-msg-invalid': invalid,
    ref: controlRef,
  };
  const look = (base: string) => `${base} ${inputClass ?? ''}`.trim();
  return (
    <FieldFrame {...{ id, name, label, hint, optional, error, class: cls }}>
      {as === 'textarea' ? (
        <textarea
          {...common}
          {...(attrs as JSX.TextareaHTMLAttributes<HTMLTextAreaElement>)}
          class={look('field-input h-auto min-h-28 py-2.5 leading-6')}
        />
      ) : as === 'select' ? (
        <select
          {...common}
          {...(attrs as JSX.SelectHTMLAttributes<HTMLSelectElement>)}
          class={look('field-input')}
        >
          {children}
        </select>
      ) : (
        <input {...common} {...attrs} class={look('field-input')} />
      )}
      {after}
    </FieldFrame>
  );
}

/** "12 / 1,000" under a text field (`after`), named by the field's `describedBy`. */
export function CharCount({
  id,
  length,
  max,
  testid,
}: {
  id: string;
  length: number;
  max: number;
  testid?: string;
}) {
  return (
    <p id={id} class="mt-1 text-right text-xs text-slate-500" data-testid={testid}>
      {m.book_reason_count({
        count: length.toLocaleString(intlLocale()),
        max: max.toLocaleString(intlLocale()),
      })}
    </p>
  );
}
