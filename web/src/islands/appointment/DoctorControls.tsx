/**
 * The doctor's controls on an appointment: the notes editor, the outcome (Completed / No-show, each
 * confirmed first) once the consultation time has come, and whether the consultation is recorded.
 * Each change is a PATCH; the page re-renders from the appointment the API returns.
 */
import { useState } from 'preact/hooks';
import type { AppointmentView } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Icon } from '../../components/Icon.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api, errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from './parts.tsx';

export function NotesEditor({ a }: { a: AppointmentView }) {
  const [saved, setSaved] = useState('');
  const form = useForm({
    submit: async (f) => {
      await api.call('updateAppointment', { params: { id: a.id }, body: { notes: fieldValue(f, 'notes') } });
      setSaved(m.notes_saved());
    },
  });
  return (
    <Card id="notes-heading" testid="notes-card" title={m.notes_heading()} icon={I.pencil}>
      <form class="mt-4 grid gap-3" data-testid="notes-form" noValidate onSubmit={form.onSubmit}>
        <FormError message={form.formError} boxRef={form.summary} />
        <label for="notes" class="sr-only">
          {m.notes_heading()}
        </label>
        <p id="notes-hint" class="field-hint mt-0">
          {m.notes_hint()}
        </p>
        <textarea
          id="notes"
          name="notes"
          rows={6}
          maxLength={5000}
          class="field-input h-auto min-h-36 py-2.5 leading-6"
          aria-describedby={form.errors.notes ? 'notes-hint notes-error' : 'notes-hint'}
          aria-invalid={form.errors.notes ? 'true' : undefined}
          data-testid="notes-input"
          defaultValue={a.notes}
          onInput={() => setSaved('')}
        />
        <p id="notes-error" class="field-error" data-error-for="notes" hidden={!form.errors.notes}>
          {form.errors.notes}
        </p>
        <div class="flex flex-wrap items-center gap-3">
          <Button type="submit" testid="notes-save" busy={form.busy} busyLabel={m.saving()}>
            {m.notes_save()}
          </Button>
          <p class="text-sm text-emerald-800" role="status" data-testid="notes-status">
            {saved}
          </p>
        </div>
      </form>
    </Card>
  );
}

export function OutcomeControls({
  a,
  onChanged,
}: {
  a: AppointmentView;
  onChanged: (updated: AppointmentView, message: string) => void;
}) {
  const [asking, setAsking] = useState<'COMPLETED' | 'NO_SHOW' | null>(null);
  const completed = asking === 'COMPLETED';
  return (
    <Card id="outcome-heading" testid="outcome-card" title={m.outcome_heading()} icon={I.badgeCheck}>
      <p class="mt-1 text-sm text-slate-600">{m.outcome_text()}</p>
      <div class="mt-4 flex flex-wrap gap-3">
        <Button testid="mark-completed" onClick={() => setAsking('COMPLETED')}>
          <Icon shape={I.checkCircle} class="size-4" />
          {m.outcome_completed()}
        </Button>
        <Button variant="secondary" testid="mark-no-show" onClick={() => setAsking('NO_SHOW')}>
          <Icon shape={I.xCircle} class="size-4" />
          {m.outcome_no_show()}
        </Button>
      </div>
      <ConfirmDialog
        open={asking !== null}
        onClose={() => setAsking(null)}
        title={completed ? m.outcome_completed_title() : m.outcome_no_show_title()}
        body={
          <p>
            {completed
              ? m.outcome_completed_body({ name: a.patient.name })
              : m.outcome_no_show_body({ name: a.patient.name })}
          </p>
        }
        confirmLabel={completed ? m.outcome_completed_confirm() : m.outcome_no_show_confirm()}
        busyLabel={m.saving()}
        cancelLabel={m.not_yet()}
        tone={completed ? 'primary' : 'danger'}
        testid="outcome-dialog"
        onConfirm={async () => {
          const status = asking ?? 'COMPLETED';
          const { appointment } = await api.call('updateAppointment', {
            params: { id: a.id },
            body: { status },
          });
          onChanged(
            appointment,
            status === 'COMPLETED' ? m.outcome_done_completed() : m.outcome_done_no_show(),
          );
        }}
      />
    </Card>
  );
}

export function RecordingToggle({ a }: { a: AppointmentView }) {
  const [on, setOn] = useState(a.recordingEnabled);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: string; text: string } | null>(null);
  const change = async (wanted: boolean) => {
    setOn(wanted);
    setBusy(true);
    setStatus({ tone: 'text-slate-600', text: m.saving() });
    try {
      const { appointment } = await api.call('updateAppointment', {
        params: { id: a.id },
        body: { recordingEnabled: wanted },
      });
      setOn(appointment.recordingEnabled);
      setStatus({ tone: 'text-emerald-800', text: wanted ? m.recording_will() : m.recording_will_not() });
    } catch (err) {
      setOn(!wanted);
      setStatus({ tone: 'text-red-700', text: errorText(err, m.save_failed()) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card id="recording-heading" testid="recording-card" title={m.recording_heading()} icon={I.mic}>
      <div class="mt-4 flex items-start gap-4">
        <input
          id="recording-toggle"
          type="checkbox"
          role="switch"
          aria-checked={on}
          class="switch mt-0.5"
          aria-describedby="recording-hint"
          data-testid="recording-toggle"
          checked={on}
          disabled={busy}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        <div>
          <label for="recording-toggle" class="font-medium text-slate-900">
            {m.recording_label()}
          </label>
          <p id="recording-hint" class="mt-1 text-sm text-slate-600">
            {m.recording_hint()}
          </p>
        </div>
      </div>
      <p class={`mt-2 text-sm ${status?.tone ?? ''}`} role="status" data-testid="recording-status">
        {status?.text}
      </p>
    </Card>
  );
}
