/**
 * One behaviour for every form on the site: the browser's own checks with our wording, inline field
 * errors (from those checks or from the API's `details`) tied to their control with aria-describedby,
 * focus on the first invalid field, a form-level error summary (role="alert") for everything else,
 * and a disabled submit button with a spinner while the request is out.
 *
 * Markup contract (see components/Field.astro, FormError.astro and SubmitButton.astro):
 * - a control is found by `[data-error-target="<field>"]` (e.g. a fieldset or a chip input), else by name;
 * - its error text goes in `[data-error-for="<field>"]`;
 * - `[data-form-error]` is the summary, with its text in `[data-form-error-text]`;
 * - controls may carry `data-msg-missing` / `data-msg-invalid` for the browser-check messages.
 */
import { ApiError, type FieldErrors } from './api.ts';
import { type Child, h, replaceChildren } from './dom.ts';
import { iconSvg } from './icons.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (el: unknown): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

const escapeName = (name: string) => CSS.escape(name);

/** The API reports list items as `languages.0`; they belong to the `languages` field. */
const fieldOf = (key: string) => key.split('.')[0] ?? key;

function targetFor(form: HTMLFormElement, field: string): HTMLElement | null {
  const name = escapeName(field);
  return (
    form.querySelector<HTMLElement>(`[data-error-target="${name}"]`) ??
    form.querySelector<HTMLElement>(`[name="${name}"]`)
  );
}

const errorSlotFor = (form: HTMLFormElement, field: string) =>
  form.querySelector<HTMLElement>(`[data-error-for="${escapeName(field)}"]`);

function describedBy(el: HTMLElement, id: string, on: boolean) {
  const ids = new Set((el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) el.setAttribute('aria-describedby', [...ids].join(' '));
  else el.removeAttribute('aria-describedby');
}

/** The element that should take focus for a target (a fieldset gives its first control). */
function focusable(target: HTMLElement): HTMLElement {
  if (isControl(target) || target instanceof HTMLButtonElement) return target;
  return target.querySelector<HTMLElement>('input, select, textarea, button') ?? target;
}

function controlsOf(target: HTMLElement): HTMLElement[] {
  if (target instanceof HTMLFieldSetElement) return [...target.querySelectorAll<HTMLElement>('input')];
  return [target];
}

function clearSlot(form: HTMLFormElement, slot: HTMLElement) {
  slot.hidden = true;
  slot.textContent = '';
  const target = targetFor(form, slot.dataset.errorFor ?? '');
  if (!target) return;
  target.removeAttribute('aria-invalid');
  for (const el of controlsOf(target)) {
    el.removeAttribute('aria-invalid');
    describedBy(el, slot.id, false);
  }
}

/** Removes one field's error (e.g. once the user has fixed it). */
export function clearFieldError(form: HTMLFormElement, field: string) {
  const slot = errorSlotFor(form, field);
  if (slot) clearSlot(form, slot);
}

export function clearFormErrors(form: HTMLFormElement) {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) clearSlot(form, slot);
  const summary = form.querySelector<HTMLElement>('[data-form-error]');
  if (summary) summary.hidden = true;
}

/**
 * Shows a message under each field; messages for fields the form does not have go to the summary.
 * Focuses the first invalid field (in page order) unless `focus` is false. Returns true if any showed.
 */
export function showFieldErrors(form: HTMLFormElement, errors: FieldErrors, { focus = true } = {}): boolean {
  const shown: HTMLElement[] = [];
  const leftOver: string[] = [];
  const seen = new Set<string>();
  for (const [key, messages] of Object.entries(errors)) {
    const field = fieldOf(key);
    const message = messages[0];
    if (!message || seen.has(field)) continue;
    const target = targetFor(form, field);
    const slot = errorSlotFor(form, field);
    if (!target || !slot) {
      leftOver.push(message);
      continue;
    }
    seen.add(field);
    if (!slot.id) slot.id = `${field}-error`;
    slot.textContent = message;
    slot.hidden = false;
    for (const el of controlsOf(target)) {
      el.setAttribute('aria-invalid', 'true');
      describedBy(el, slot.id, true);
    }
    if (!isControl(target)) target.setAttribute('aria-invalid', 'true');
    shown.push(target);
  }
  if (leftOver.length) showFormError(form, leftOver.join(' '), { focus: shown.length === 0 && focus });
  if (focus && shown.length) {
    shown.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = shown[0];
    if (first) focusable(first).focus();
  }
  return shown.length > 0 || leftOver.length > 0;
}

/** The form-level message (role="alert"): for errors that belong to no single field. */
export function showFormError(form: HTMLFormElement, message: Child | Child[], { focus = true } = {}) {
  const summary = form.querySelector<HTMLElement>('[data-form-error]');
  if (!summary) return;
  const text = summary.querySelector<HTMLElement>('[data-form-error-text]') ?? summary;
  replaceChildren(text, message);
  summary.hidden = false;
  if (focus) summary.focus();
}

/** The browser's constraint checks (required, type, pattern, min/max), in our words. */
export function nativeErrors(form: HTMLFormElement): FieldErrors {
  const out: FieldErrors = {};
  for (const el of form.elements) {
    if (!isControl(el) || !el.name || out[el.name] || !el.willValidate || el.validity.valid) continue;
    const missing = el.validity.valueMissing;
    const message = missing
      ? (el.dataset.msgMissing ?? 'Fill in this field.')
      : (el.dataset.msgInvalid ?? el.validationMessage);
    out[el.name] = [message];
  }
  return out;
}

export function setBusy(form: HTMLFormElement, busy: boolean) {
  if (busy) form.setAttribute('aria-busy', 'true');
  else form.removeAttribute('aria-busy');
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')) {
    button.disabled = busy;
    const spinner = button.querySelector<HTMLElement>('[data-spinner]');
    if (spinner) spinner.hidden = !busy;
    const label = button.querySelector<HTMLElement>('[data-label]');
    if (label) {
      label.dataset.idleLabel ??= label.textContent ?? '';
      label.textContent = busy
        ? (button.dataset.busyLabel ?? label.dataset.idleLabel)
        : label.dataset.idleLabel;
    }
  }
}

/** A trimmed text value of a named control ('' if absent). */
export function fieldValue(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  if (el instanceof RadioNodeList) return el.value.trim();
  return isControl(el) ? el.value.trim() : '';
}

/** The message to show for an error that is not an ApiError (a bug): never a stack trace. */
const UNKNOWN_ERROR = 'Something went wrong. Please try again.';

export interface FormOptions {
  /** Extra checks after the browser's own: field → messages. */
  validate?: () => FieldErrors | undefined;
  /** Sends the form. Return 'navigating' to keep the button busy while the next page loads. */
  submit: () => Promise<undefined | 'navigating'>;
  /** Handles some API errors itself (a redirect, a message with links); return true when it did. */
  onError?: (err: ApiError) => boolean | undefined;
}

/** Wires a form: checks, sending state, and errors shown where they belong. */
export function bindForm(form: HTMLFormElement, options: FormOptions) {
  form.noValidate = true;
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    clearFormErrors(form);
    // Our own checks say it better than the browser's, so theirs win for the same field.
    const errors = { ...nativeErrors(form), ...options.validate?.() };
    if (Object.keys(errors).length) {
      showFieldErrors(form, errors);
      return;
    }
    sending = true;
    setBusy(form, true);
    let keepBusy = false;
    try {
      keepBusy = (await options.submit()) === 'navigating';
    } catch (err) {
      if (err instanceof ApiError) {
        if (!options.onError?.(err)) {
          if (!(err.details && Object.keys(err.details).length && showFieldErrors(form, err.details)))
            showFormError(form, err.message);
        }
      } else {
        showFormError(form, UNKNOWN_ERROR);
      }
    } finally {
      sending = keepBusy;
      if (!keepBusy) setBusy(form, false);
    }
  });
}

/**
 * The form-level error summary for forms built in script: the same markup as FormError.astro (which
 * static pages use), filled and focused by bindForm. `compact` is the tighter padding of dialogs.
 */
export function formErrorSummary({ compact = false }: { compact?: boolean } = {}): HTMLElement {
  return h(
    'div',
    {
      class: `flex gap-3 rounded-xl border border-red-200 bg-red-50 ${compact ? 'p-3' : 'p-4'} text-sm leading-6 text-red-900`,
      role: 'alert',
      tabindex: '-1',
      hidden: true,
      dataset: { formError: '', testid: 'form-error' },
    },
    iconSvg('alert-circle', 'mt-0.5 size-5 shrink-0 text-red-700'),
    h('div', { dataset: { formErrorText: '' } }),
  );
}
