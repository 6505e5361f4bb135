/**
 * A confirmation dialog on the native <dialog> element: modal, focus kept inside, Escape closes it,
 * and focus returns to whatever opened it. The confirm action runs inside the dialog, so an error
 * (e.g. a 409) is shown where the user is looking, and the dialog stays open to try again.
 */
import { ApiError } from './api.ts';
import { type Child, h, replaceChildren } from './dom.ts';
import { iconSvg } from './icons.ts';

export interface ConfirmOptions {
  title: string;
  body: Child | Child[];
  confirmLabel: string;
  busyLabel?: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  icon?: string;
  testid?: string;
  /** An optional free-text field shown under the body (e.g. a reason for cancelling). */
  textField?: { label: string; hint?: string; maxLength: number; name: string };
  /** Runs on confirm with the text field's value; a thrown ApiError is shown in the dialog. */
  onConfirm: (text: string) => Promise<void>;
}

/** Opens the dialog; resolves true once `onConfirm` succeeded, false when dismissed. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const {
    title,
    body,
    confirmLabel,
    busyLabel = confirmLabel,
    cancelLabel = 'Go back',
    tone = 'primary',
    icon = tone === 'danger' ? 'alert-triangle' : 'alert-circle',
    testid = 'confirm-dialog',
    textField,
    onConfirm,
  } = options;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `dialog-title-${Math.random().toString(36).slice(2, 8)}`;
  const bodyId = `${titleId}-body`;

  const error = h('p', {
    class: 'rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900',
    role: 'alert',
    hidden: true,
    dataset: { testid: `${testid}-error` },
  });
  const input = textField
    ? h('textarea', {
        id: `${titleId}-text`,
        name: textField.name,
        maxlength: textField.maxLength,
        rows: 3,
        class: 'field-input h-auto min-h-20 py-2.5 leading-6',
        'aria-describedby': textField.hint ? `${titleId}-hint` : undefined,
        dataset: { testid: `${testid}-text` },
      })
    : null;
  const spinner = h('span', { class: 'spinner', 'aria-hidden': 'true', hidden: true });
  const label = h('span', { text: confirmLabel });
  const confirm = h(
    'button',
    {
      type: 'button',
      class: tone === 'danger' ? 'btn bg-red-700 text-white hover:bg-red-800' : 'btn-primary',
      dataset: { testid: `${testid}-confirm` },
    },
    spinner,
    label,
  );
  const dismiss = h('button', {
    type: 'button',
    class: 'btn-secondary',
    text: cancelLabel,
    dataset: { testid: `${testid}-cancel` },
  });

  const dialog = h(
    'dialog',
    {
      class:
        'm-auto w-[calc(100%-2rem)] max-w-lg rounded-2xl border border-slate-200 bg-white p-0 text-slate-800 shadow-lift backdrop:bg-slate-900/50',
      'aria-labelledby': titleId,
      'aria-describedby': bodyId,
      dataset: { testid },
    },
    h(
      'div',
      { class: 'p-6 sm:p-7' },
      h(
        'div',
        { class: 'flex items-start gap-4' },
        h(
          'span',
          {
            class: `grid size-11 shrink-0 place-items-center rounded-full ${tone === 'danger' ? 'bg-red-100 text-red-700' : 'bg-brand-50 text-brand-700'}`,
          },
          iconSvg(icon, 'size-5'),
        ),
        h(
          'div',
          { class: 'min-w-0 flex-1' },
          h('h2', { id: titleId, class: 'text-lg font-semibold text-slate-900', text: title }),
          h('div', { id: bodyId, class: 'mt-2 grid gap-2 text-sm leading-6 text-slate-700' }, body),
        ),
      ),
      textField && input
        ? h(
            'div',
            { class: 'mt-5' },
            h(
              'label',
              { for: input.id, class: 'field-label' },
              textField.label,
              h('span', { class: 'font-normal text-slate-500', text: ' (optional)' }),
            ),
            textField.hint
              ? h('p', { id: `${titleId}-hint`, class: 'field-hint mt-0.5', text: textField.hint })
              : null,
            input,
          )
        : null,
      h('div', { class: 'mt-5' }, error),
      h('div', { class: 'mt-2 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end' }, dismiss, confirm),
    ),
  );

  return new Promise<boolean>((resolve) => {
    let done = false;
    let busy = false;
    const finish = (result: boolean) => {
      if (done) return;
      done = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(result);
    };
    dismiss.addEventListener('click', () => {
      if (!busy) finish(false);
    });
    dialog.addEventListener('cancel', (event) => {
      if (busy) event.preventDefault();
    });
    dialog.addEventListener('close', () => finish(false));
    confirm.addEventListener('click', async () => {
      if (busy) return;
      busy = true;
      confirm.disabled = true;
      dismiss.disabled = true;
      spinner.hidden = false;
      label.textContent = busyLabel;
      error.hidden = true;
      try {
        await onConfirm(input?.value.trim() ?? '');
        finish(true);
      } catch (err) {
        replaceChildren(
          error,
          err instanceof ApiError ? err.message : 'Something went wrong. Please try again.',
        );
        error.hidden = false;
        busy = false;
        confirm.disabled = false;
        dismiss.disabled = false;
        spinner.hidden = true;
        label.textContent = confirmLabel;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    // The safe choice has focus first, so a stray Enter never confirms.
    dismiss.focus();
  });
}
