/**
 * The doctor's controls on an appointment: the notes editor, recording the outcome (Completed /
 * No-show) once the consultation time has come, and whether the consultation is recorded for a
 * transcript. Each change goes through PATCH /api/appointments/{id}; the page re-renders from the
 * appointment the API returns.
 */
import { ApiError, type AppointmentView, api } from './api.ts';
import { confirmDialog } from './dialog.ts';
import { h } from './dom.ts';
import { bindForm, fieldValue, formErrorSummary } from './forms.ts';
import { iconSvg } from './icons.ts';

type Changed = (appointment: AppointmentView, message: string) => void;

const patch = (id: string, body: Record<string, unknown>) =>
  api.patch<{ appointment: AppointmentView }>(`/api/appointments/${encodeURIComponent(id)}`, body);

function cardHeading(id: string, text: string, icon: string) {
  return h(
    'h2',
    { id, class: 'flex items-center gap-2 text-lg font-semibold text-slate-900' },
    iconSvg(icon, 'size-5 text-brand-700'),
    text,
  );
}

/** The notes editor; the patient sees the saved notes on the same page. */
export function notesEditor(a: AppointmentView): HTMLElement {
  const textarea = h('textarea', {
    id: 'notes',
    name: 'notes',
    rows: 6,
    maxlength: 5000,
    class: 'field-input h-auto min-h-36 py-2.5 leading-6',
    'aria-describedby': 'notes-hint',
    dataset: { testid: 'notes-input' },
  });
  textarea.value = a.notes;
  const saved = h('p', {
    class: 'text-sm text-emerald-800',
    role: 'status',
    dataset: { testid: 'notes-status' },
  });
  const form = h(
    'form',
    { class: 'mt-4 grid gap-3', dataset: { testid: 'notes-form' } },
    formErrorSummary(),
    h('label', { for: 'notes', class: 'sr-only', text: 'Consultation notes' }),
    h('p', {
      id: 'notes-hint',
      class: 'field-hint mt-0',
      text: 'Findings, advice and follow-up. The patient can read these notes on this page.',
    }),
    textarea,
    h('p', { id: 'notes-error', class: 'field-error', hidden: true, dataset: { errorFor: 'notes' } }),
    h(
      'div',
      { class: 'flex flex-wrap items-center gap-3' },
      h(
        'button',
        {
          type: 'submit',
          class: 'btn-primary',
          'data-busy-label': 'Saving…',
          dataset: { testid: 'notes-save' },
        },
        h('span', { class: 'spinner', 'aria-hidden': 'true', hidden: true, dataset: { spinner: '' } }),
        h('span', { text: 'Save notes', dataset: { label: '' } }),
      ),
      saved,
    ),
  );
  textarea.addEventListener('input', () => {
    saved.textContent = '';
  });
  bindForm(form, {
    submit: async () => {
      const { appointment } = await patch(a.id, { notes: fieldValue(form, 'notes') });
      a.notes = appointment.notes;
      saved.textContent = 'Notes saved.';
      return undefined;
    },
  });
  return h(
    'section',
    { class: 'card p-6 sm:p-8', 'aria-labelledby': 'notes-heading', dataset: { testid: 'notes-card' } },
    cardHeading('notes-heading', 'Consultation notes', 'pencil'),
    form,
  );
}

/** Completed / No-show, each confirmed first (the outcome cannot be changed afterwards). */
export function outcomeControls(a: AppointmentView, onChanged: Changed): HTMLElement {
  const choose = (status: 'COMPLETED' | 'NO_SHOW') => () =>
    void confirmDialog({
      title:
        status === 'COMPLETED' ? 'Mark the consultation as completed?' : 'Mark the patient as a no-show?',
      body:
        status === 'COMPLETED'
          ? h('p', { text: `${a.patient.name} can then leave feedback. This cannot be changed later.` })
          : h('p', {
              text: `Use this when ${a.patient.name} did not join. No refund is made for a no-show. This cannot be changed later.`,
            }),
      confirmLabel: status === 'COMPLETED' ? 'Mark completed' : 'Mark no-show',
      busyLabel: 'Saving…',
      cancelLabel: 'Not yet',
      icon: status === 'COMPLETED' ? 'check-circle' : 'alert-triangle',
      tone: status === 'COMPLETED' ? 'primary' : 'danger',
      testid: 'outcome-dialog',
      onConfirm: async () => {
        const { appointment } = await patch(a.id, { status });
        onChanged(appointment, status === 'COMPLETED' ? 'Marked as completed.' : 'Marked as a no-show.');
      },
    });
  const completed = h(
    'button',
    { type: 'button', class: 'btn-primary', dataset: { testid: 'mark-completed' } },
    iconSvg('check-circle', 'size-4'),
    'Mark as completed',
  );
  const noShow = h(
    'button',
    { type: 'button', class: 'btn-secondary', dataset: { testid: 'mark-no-show' } },
    iconSvg('x-circle', 'size-4'),
    'Patient did not join',
  );
  completed.addEventListener('click', choose('COMPLETED'));
  noShow.addEventListener('click', choose('NO_SHOW'));
  return h(
    'section',
    { class: 'card p-6 sm:p-8', 'aria-labelledby': 'outcome-heading', dataset: { testid: 'outcome-card' } },
    cardHeading('outcome-heading', 'Record the outcome', 'badge-check'),
    h('p', {
      class: 'mt-1 text-sm text-slate-600',
      text: 'Once the consultation is over, record how it went. The patient is told, and can leave feedback after a completed consultation.',
    }),
    h('div', { class: 'mt-4 flex flex-wrap gap-3' }, completed, noShow),
  );
}

/** The "record this consultation for a transcript" switch (before or during the consultation). */
export function recordingToggle(a: AppointmentView): HTMLElement {
  const input = h('input', {
    id: 'recording-toggle',
    type: 'checkbox',
    role: 'switch',
    class: 'switch mt-0.5',
    'aria-describedby': 'recording-hint',
    dataset: { testid: 'recording-toggle' },
  });
  input.checked = a.recordingEnabled;
  const status = h('p', { class: 'mt-2 text-sm', role: 'status', dataset: { testid: 'recording-status' } });
  input.addEventListener('change', async () => {
    const wanted = input.checked;
    input.disabled = true;
    status.className = 'mt-2 text-sm text-slate-600';
    status.textContent = 'Saving…';
    try {
      const { appointment } = await patch(a.id, { recordingEnabled: wanted });
      a.recordingEnabled = appointment.recordingEnabled;
      status.className = 'mt-2 text-sm text-emerald-800';
      status.textContent = wanted
        ? 'This consultation will be recorded for a transcript.'
        : 'This consultation will not be recorded.';
    } catch (err) {
      input.checked = !wanted;
      status.className = 'mt-2 text-sm text-red-700';
      status.textContent =
        err instanceof ApiError ? err.message : 'We could not save that. Please try again.';
    } finally {
      input.disabled = false;
    }
  });
  return h(
    'section',
    {
      class: 'card p-6 sm:p-8',
      'aria-labelledby': 'recording-heading',
      dataset: { testid: 'recording-card' },
    },
    cardHeading('recording-heading', 'Recording', 'mic'),
    h(
      'div',
      { class: 'mt-4 flex items-start gap-4' },
      input,
      h(
        'div',
        null,
        h('label', {
          for: 'recording-toggle',
          class: 'font-medium text-slate-900',
          text: 'Record this consultation for a transcript',
        }),
        h('p', {
          id: 'recording-hint',
          class: 'mt-1 text-sm text-slate-600',
          text: 'The audio is transcribed after the call and the transcript is emailed to you and the patient; the audio itself is then deleted. Tell the patient at the start of the call.',
        }),
      ),
    ),
    status,
  );
}
