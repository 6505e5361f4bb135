/**
 * The doctor's prescription editor (TPG 2020 Annex fields), its autosave status, and signing: "Sign
 * and issue" saves what is waiting, then asks for the password (and the authenticator code with
 * two-step sign-in on) in a dialog that says issuing is final.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Prescription } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog, SMALL_DIALOG } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SignatureFields, useSignature } from '../../components/SignatureFields.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { addDaysYmd } from '../../lib/days.ts';
import { formatDateOnly, formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from '../appointment/parts.tsx';
import { type PrescriptionEditor, prescriptionErrorText, type SaveState, type TextField } from './editor.ts';
import { MedicineRowFields } from './MedicineRowFields.tsx';

/** The autosave's state in words, and its colour. */
function saveStatus(state: SaveState, missing: string[], zone: string): { text: string; tone: string } {
  switch (state.kind) {
    case 'empty':
      return { text: m.rx_state_empty(), tone: 'text-slate-600' };
    case 'incomplete':
      return { text: m.rx_state_incomplete({ missing: missing.join(', ') }), tone: 'text-slate-700' };
    case 'pending':
      return { text: m.rx_state_pending(), tone: 'text-slate-600' };
    case 'saving':
      return { text: m.saving(), tone: 'text-slate-600' };
    case 'saved':
      return { text: m.rx_state_saved({ time: formatDateTime(state.at, zone) }), tone: 'text-emerald-800' };
    case 'refused':
      return { text: m.rx_state_refused(), tone: 'text-red-700' };
    case 'failed':
      return { text: state.message, tone: 'text-red-700' };
  }
}

function TextArea({
  editor,
  name,
  label,
  hint,
  optional = false,
  rows = 3,
}: {
  editor: PrescriptionEditor;
  name: TextField;
  label: string;
  hint?: string;
  optional?: boolean;
  rows?: number;
}) {
  return (
    <Field
      as="textarea"
      id={`rx-${name}`}
      name={name}
      label={label}
      hint={hint}
      optional={optional}
      rows={rows}
      maxLength={name === 'provisionalDiagnosis' ? 1000 : 2000}
      inputClass="min-h-20"
      error={editor.errors.value[name]}
      testid={`rx-${name}`}
      value={editor.fields.value[name]}
      onInput={(e) => editor.setField(name, e.currentTarget.value)}
    />
  );
}

function SignDialog({
  open,
  onClose,
  editor,
  mfa,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  editor: PrescriptionEditor;
  mfa: boolean;
  onIssued: (p: Prescription) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; profile: boolean } | null>(null);
  const signature = useSignature(mfa, 'rx-sign');
  useEffect(() => {
    if (open) {
      setError(null);
      signature.reset();
    }
  }, [open]);
  const sign = async (e: Event) => {
    e.preventDefault();
    const body = signature.body();
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await editor.flush())) {
        setError({ text: m.rx_sign_not_saved(), profile: false });
        return;
      }
      const { prescription } = await api.call('issuePrescription', {
        params: { id: editor.appointmentId },
        body,
      });
      onIssued(prescription);
    } catch (err) {
      setError({
        text: prescriptionErrorText(err),
        profile: err instanceof ApiError && err.code === 'profile_incomplete',
      });
    } finally {
      setBusy(false);
    }
  };
  const version = editor.saved.value?.version;
  return (
    <Dialog
      open={open}
      onClose={() => !busy && onClose()}
      title={m.rx_sign_title()}
      testid="rx-sign-dialog"
      describedBy="rx-sign-final"
      class={SMALL_DIALOG}
    >
      <form class="mt-3 grid gap-4" noValidate onSubmit={sign}>
        <div id="rx-sign-final" class="flex gap-3 text-sm leading-6 text-slate-700">
          <Icon shape={I.alertTriangle} class="mt-0.5 size-5 shrink-0 text-accent-700" />
          <div>
            <p class="font-medium text-slate-900">{m.rx_sign_final()}</p>
            <p class="mt-1">
              {version && version > 1 ? m.rx_sign_corrects({ version: version - 1 }) : m.rx_sign_patient()}
            </p>
          </div>
        </div>
        <SignatureFields
          signature={signature}
          passwordLabel={mfa ? m.rx_sign_password_and_code() : m.rx_sign_password()}
        />
        {error && (
          <div
            class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
            role="alert"
            data-testid="rx-sign-error"
          >
            <p>{error.text}</p>
            {error.profile && (
              <a
                href={pageHref('/account/doctor/')}
                class="mt-1 inline-block font-semibold underline underline-offset-2"
              >
                {m.rx_profile_link()}
              </a>
            )}
          </div>
        )}
        <div class="mt-2 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="secondary" testid="rx-sign-cancel" disabled={busy} onClick={onClose}>
            {m.go_back()}
          </Button>
          <Button type="submit" testid="rx-sign-confirm" busy={busy} busyLabel={m.rx_signing()}>
            <Icon shape={I.shieldCheck} class="size-4" />
            {m.rx_sign_confirm()}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function PrescriptionEditorCard({
  editor,
  mfa,
  zone,
  correcting,
  onIssued,
}: {
  editor: PrescriptionEditor;
  mfa: boolean;
  zone: string;
  /** The version this draft will correct, if any. */
  correcting: number | null;
  onIssued: (p: Prescription) => void;
}) {
  const [signing, setSigning] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusKey = useRef<number | null>(null);
  useEffect(() => () => editor.dispose(), [editor]);
  useEffect(() => {
    // After adding (or removing) a medicine, the focus goes where the doctor will type next.
    if (focusKey.current === null) return;
    const target = document.getElementById(`rx-med-${focusKey.current}-name`);
    (target ?? addButton.current)?.focus();
    focusKey.current = null;
  });
  const state = editor.state.value;
  const missing = editor.missing.value;
  const rows = editor.rows.value;
  const status = saveStatus(state, missing, zone);
  const formError = editor.errors.value.form;
  const canSign = missing.length === 0 && state.kind !== 'refused' && state.kind !== 'saving';
  return (
    <Card
      id="rx-editor-heading"
      testid="rx-editor"
      title={correcting ? m.rx_editor_correct_heading({ version: correcting }) : m.rx_editor_heading()}
      icon={I.pill}
    >
      <p class="mt-1 text-sm text-slate-600">{m.rx_editor_lead()}</p>
      <form class="mt-5 grid gap-5" noValidate onSubmit={(e) => e.preventDefault()}>
        <TextArea
          editor={editor}
          name="chiefComplaints"
          label={m.rx_chief_complaints()}
          hint={m.rx_chief_complaints_hint()}
        />
        <TextArea editor={editor} name="relevantFindings" label={m.rx_findings()} optional />
        <TextArea editor={editor} name="provisionalDiagnosis" label={m.rx_diagnosis()} rows={2} />
        <TextArea
          editor={editor}
          name="investigationsAdvised"
          label={m.rx_investigations()}
          optional
          rows={2}
        />

        <section aria-labelledby="rx-medicines-heading" class="grid gap-4">
          <h3 id="rx-medicines-heading" class="font-semibold text-slate-900">
            {m.rx_medicines()}
          </h3>
          {rows.map((row, index) => (
            <MedicineRowFields
              key={row.key}
              editor={editor}
              row={row}
              index={index}
              count={rows.length}
              onRemove={() => {
                focusKey.current = rows[index + 1]?.key ?? rows[index - 1]?.key ?? null;
                editor.removeRow(row.key);
              }}
            />
          ))}
          <div>
            <Button
              variant="secondary"
              testid="rx-add-medicine"
              buttonRef={addButton}
              disabled={rows.length >= 30}
              onClick={() => {
                focusKey.current = editor.addRow();
              }}
            >
              <Icon shape={I.plus} class="size-4" />
              {m.rx_add_medicine()}
            </Button>
          </div>
        </section>

        <TextArea editor={editor} name="advice" label={m.rx_advice()} optional />
        <Field
          id="rx-followUpDate"
          name="followUpDate"
          type="date"
          label={m.rx_follow_up()}
          optional
          class="max-w-xs"
          min={addDaysYmd(editor.consultationDay, 1)}
          error={editor.errors.value.followUpDate}
          testid="rx-followUpDate"
          value={editor.fields.value.followUpDate}
          onInput={(e) => editor.setField('followUpDate', e.currentTarget.value)}
          after={
            // The date control writes dates the browser's way; this line says it in the page's language.
            editor.fields.value.followUpDate && (
              <p class="mt-1 text-sm text-slate-700" data-testid="rx-followUp-text" aria-live="polite">
                {m.rx_follow_up_on({ date: formatDateOnly(editor.fields.value.followUpDate) })}
              </p>
            )
          }
        />

        {formError && (
          <p
            class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
            role="alert"
            data-testid="rx-form-error"
          >
            {formError}
          </p>
        )}
        <div class="flex flex-col gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:items-center sm:justify-between">
          <p
            class={`text-sm ${status.tone}`}
            role="status"
            data-testid="rx-save-state"
            data-state={state.kind}
          >
            {status.text}
            {state.kind === 'failed' && (
              <button
                type="button"
                class="ml-2 font-semibold underline underline-offset-2"
                data-testid="rx-save-retry"
                onClick={() => void editor.save()}
              >
                {m.retry()}
              </button>
            )}
          </p>
          <Button
            testid="rx-sign-open"
            disabled={!canSign}
            aria-describedby={canSign ? undefined : 'rx-sign-why'}
            onClick={() => setSigning(true)}
          >
            <Icon shape={I.shieldCheck} class="size-4" />
            {m.rx_sign_open()}
          </Button>
        </div>
        {!canSign && (
          <p id="rx-sign-why" class="-mt-3 text-sm text-slate-600 sm:text-right">
            {m.rx_sign_why()}
          </p>
        )}
      </form>
      <SignDialog
        open={signing}
        onClose={() => setSigning(false)}
        editor={editor}
        mfa={mfa}
        onIssued={(p) => {
          setSigning(false);
          onIssued(p);
        }}
      />
    </Card>
  );
}
