/**
 * One behaviour for every island form: the browser's own checks in our words (a control's
 * `data-msg-missing` / `data-msg-invalid`, which Field sets from `missing` / `invalid`), the island's
 * own checks, inline field errors (from those checks or the API's `details`), focus on the first
 * invalid field, the form-level summary (FormError) for the rest, and `busy` while the request is out.
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError, type FieldErrors } from '../lib/client.ts';
import { m } from '../paraglide/messages.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const isControl = (el: unknown): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

/** The browser's constraint checks (required, type, pattern, min/max), in our words. */
export function nativeErrors(form: HTMLFormElement): FieldErrors {
  const out: FieldErrors = {};
  for (const el of form.elements) {
    if (!isControl(el) || !el.name || out[el.name] || !el.willValidate || el.validity.valid) continue;
    out[el.name] = [
      el.validity.valueMissing
        ? (el.dataset.msgMissing ?? m.field_missing())
        : (el.dataset.msgInvalid ?? el.validationMessage),
    ];
  }
  return out;
}

export interface FormOptions {
  /** Extra checks after the browser's own: field → messages. */
  validate?: (form: HTMLFormElement) => FieldErrors | undefined;
  /** Sends the form. Return 'navigating' to stay busy while the next page loads. */
  submit: (form: HTMLFormElement) => Promise<unknown>;
  /** Handles some API errors itself: true when it did, or the field errors to show for it. */
  onError?: (err: ApiError) => boolean | FieldErrors | undefined;
}

export function useForm({ validate, submit, onError }: FormOptions) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  /** The form, for errors shown outside a submit (pass as the form's `ref`). */
  const ref = useRef<HTMLFormElement>(null);

  /** Shows field errors (those for fields the form lacks go to the summary) and focuses the first. */
  const show = (form: HTMLFormElement, found: FieldErrors) => {
    const shown: Record<string, string> = {};
    const leftOver: string[] = [];
    for (const [key, messages] of Object.entries(found)) {
      const field = key.split('.')[0] ?? key;
      const message = messages[0];
      if (!message || shown[field]) continue;
      if (form.querySelector(`[name="${CSS.escape(field)}"]`)) shown[field] = message;
      else leftOver.push(message);
    }
    setErrors(shown);
    setFormError(leftOver.length ? leftOver.join(' ') : null);
    requestAnimationFrame(() => {
      const first = [...form.elements].find((el) => isControl(el) && shown[el.name]) as Control | undefined;
      if (first) first.focus();
      else if (leftOver.length) summary.current?.focus();
    });
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const found = { ...nativeErrors(form), ...validate?.(form) };
    if (Object.keys(found).length) {
      show(form, found);
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    let stayBusy = false;
    try {
      stayBusy = (await submit(form)) === 'navigating';
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setFormError(m.problem_generic());
        requestAnimationFrame(() => summary.current?.focus());
      } else {
        const handled = onError?.(err);
        const fields = typeof handled === 'object' ? handled : handled ? null : err.details;
        if (fields && Object.keys(fields).length) show(form, fields);
        else if (!handled) {
          setFormError(err.message);
          requestAnimationFrame(() => summary.current?.focus());
        }
      }
    } finally {
      if (!stayBusy) setBusy(false);
    }
  };

  /** Clears one field's error (e.g. once the user has changed it). */
  const clear = (field: string) => {
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  /** Shows field errors found outside a submit (e.g. a "send a new code" button needing the email). */
  const showErrors = (found: FieldErrors) => ref.current && show(ref.current, found);

  return { errors, formError, busy, onSubmit, summary, clear, setFormError, ref, showErrors };
}

/** A trimmed value of a named control ('' if absent). */
export function fieldValue(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  if (el instanceof RadioNodeList) return el.value.trim();
  return isControl(el) ? el.value.trim() : '';
}
