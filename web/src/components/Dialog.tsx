/**
 * The one dialog system, on the native <dialog>: modal, focus kept inside, Escape closes it, and focus
 * returns to whatever opened it. `Dialog` is the frame; `ConfirmDialog` runs its action inside the
 * dialog, so an error (e.g. a 409) is shown where the user is looking and the dialog stays open.
 * `Drawer` (Drawer.tsx) is the same dialog docked to the side.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { errorText } from '../lib/client.ts';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Button } from './Button.tsx';
import { FieldFrame, fieldAria } from './Field.tsx';
import { Icon } from './Icon.tsx';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ComponentChildren;
  children: ComponentChildren;
  testid?: string;
  /** The frame's classes: a centred card by default, a side panel for drawers. */
  class?: string;
  titleClass?: string;
  /** Described by this element id (the dialog's main text). */
  describedBy?: string;
}

export function Dialog({
  open,
  onClose,
  title,
  children,
  testid,
  class: cls,
  titleClass,
  describedBy,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // The safe choice may ask for focus (data-autofocus), so a stray Enter does no harm.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      return () => {
        if (dialog.open) dialog.close();
        opener?.focus();
      };
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      class={
        cls ??
        'dialog m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-lift backdrop:bg-slate-900/50'
      }
      data-testid={testid}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} class={titleClass ?? 'text-lg font-semibold text-slate-900'}>
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}

/** The look of a small dialog that asks one thing (a confirmation, a signature). */
export const SMALL_DIALOG =
  'dialog m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-lift backdrop:bg-slate-900/50';

export interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: ComponentChildren;
  body: ComponentChildren;
  confirmLabel: ComponentChildren;
  busyLabel?: ComponentChildren;
  cancelLabel?: ComponentChildren;
  tone?: 'danger' | 'primary';
  testid?: string;
  /**
   * A free-text field (e.g. a reason for cancelling). With `missing` it is required (at least
   * `minLength` characters, 1 by default), takes the focus on open, and says `missing` when short.
   */
  textField?: {
    label: string;
    hint?: string;
    maxLength: number;
    name: string;
    missing?: string;
    minLength?: number;
  };
  /** Runs on confirm; a thrown ApiError is shown in the dialog, which stays open. */
  onConfirm: (text: string) => Promise<void>;
}

export function ConfirmDialog({
  open,
  onClose,
  title,
  body,
  confirmLabel,
  busyLabel,
  cancelLabel = m.go_back(),
  tone = 'primary',
  testid = 'confirm-dialog',
  textField,
  onConfirm,
}: ConfirmDialogProps) {
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (open) {
      setError(null);
      setText('');
      setMissing(false);
    }
  }, [open]);
  const textId = `${bodyId}-text`;
  const confirm = async () => {
    if (textField?.missing && text.trim().length < (textField.minLength ?? 1)) {
      setMissing(true);
      document.getElementById(textId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(text.trim());
      onClose();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={() => !busy && onClose()}
      title={title}
      testid={testid}
      describedBy={bodyId}
      class={SMALL_DIALOG}
    >
      <div class="mt-1 flex gap-3">
        <Icon
          shape={tone === 'danger' ? I.alertTriangle : I.alertCircle}
          class={`mt-0.5 size-5 shrink-0 ${tone === 'danger' ? 'text-red-700' : 'text-brand-700'}`}
        />
        <div id={bodyId} class="min-w-0 text-sm leading-6 text-slate-700">
          {body}
        </div>
      </div>
      {textField && (
        <FieldFrame
          id={textId}
          name={textField.name}
          label={textField.label}
          hint={textField.hint}
          error={missing ? textField.missing : null}
          class="mt-4"
        >
          <textarea
            id={textId}
            name={textField.name}
            maxLength={textField.maxLength}
            rows={3}
            class="field-input h-auto min-h-20 py-2.5 leading-6"
            data-testid={`${testid}-text`}
            data-autofocus={textField.missing ? true : undefined}
            aria-required={textField.missing ? 'true' : undefined}
            {...fieldAria(textId, missing ? textField.missing : null, textField.hint && `${textId}-hint`)}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setMissing(false);
            }}
          />
        </FieldFrame>
      )}
      {error && (
        <p
          class="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
          role="alert"
          data-testid={`${testid}-error`}
        >
          {error}
        </p>
      )}
      <div class="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button
          variant="secondary"
          testid={`${testid}-cancel`}
          disabled={busy}
          onClick={onClose}
          data-autofocus
        >
          {cancelLabel}
        </Button>
        <Button
          variant={tone === 'danger' ? 'danger' : 'primary'}
          testid={`${testid}-confirm`}
          busy={busy}
          busyLabel={busyLabel}
          onClick={confirm}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
