/**
 * Transcriptions: the failed ones with their error and a Retry (a new run of the state machine, whose
 * execution name is shown), plus the other states for a look at the pipeline.
 */
import { type AdminTranscription, adminApi, transcriptionStatuses } from '../../lib/admin-api.ts';
import type { TranscriptionStatus } from '../../lib/api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatDateTime } from '../../lib/format.ts';
import { emptyState, plural } from '../../lib/states.ts';
import { openAppointmentDrawer } from './appointments.ts';
import type { ViewContext } from './console.ts';
import {
  button,
  details,
  messageOf,
  mono,
  notify,
  pagedList,
  row,
  statusBadge,
  statusLabel,
  tabs,
  viewHeader,
  withBusy,
} from './ui.ts';

function transcriptionRow(ctx: ViewContext, t: AdminTranscription): HTMLLIElement {
  const badgeBox = h('div', { class: 'flex items-center gap-2' }, statusBadge(t.status));
  const result = h('div', { class: 'empty:hidden', dataset: { testid: 'retry-result' } });
  const actions = h('div', { class: 'flex flex-wrap gap-2' });
  const li = row(
    'transcription-row',
    { appointmentId: t.appointmentId, status: t.status },
    h(
      'div',
      { class: 'flex flex-col gap-4 lg:flex-row lg:items-start' },
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h(
          'div',
          { class: 'flex flex-wrap items-center gap-3' },
          badgeBox,
          h('p', {
            class: 'text-sm text-slate-600',
            text: `Updated ${formatDateTime(t.updatedAt)} · ${plural(t.attempts, 'attempt', 'attempts')}`,
          }),
        ),
        h(
          'div',
          { class: 'mt-3' },
          details([
            ['Appointment id', mono(t.appointmentId)],
            ['Recording id', mono(t.recordingId)],
          ]),
        ),
        t.error
          ? h(
              'div',
              { class: 'mt-3 rounded-xl border border-red-200 bg-red-50 p-3' },
              h('p', { class: 'text-xs font-semibold tracking-wide text-red-800 uppercase', text: 'Error' }),
              h('p', {
                class: 'mt-1 font-mono text-xs leading-5 break-words text-red-900',
                text: t.error,
                dataset: { testid: 'transcription-error' },
              }),
            )
          : null,
        result,
      ),
      actions,
    ),
  );
  if (t.status === 'FAILED') {
    const retry = button('Retry', {
      variant: 'primary',
      small: true,
      icon: 'refresh-cw',
      srSuffix: `transcription of appointment ${t.appointmentId.slice(0, 8)}`,
      testid: 'retry-transcription',
      onClick: async (b) => {
        try {
          const { execution, retried } = await withBusy(b, () =>
            adminApi.retryTranscription(t.appointmentId),
          );
          replaceChildren(badgeBox, statusBadge('PENDING'));
          li.dataset.status = 'PENDING';
          replaceChildren(
            result,
            h(
              'p',
              {
                class: 'mt-3 rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900',
              },
              retried ? 'Retry started as execution ' : 'A run is already under way: execution ',
              h('code', {
                class: 'font-mono text-xs font-semibold break-all',
                text: execution,
                dataset: { testid: 'execution-name' },
              }),
              '.',
            ),
          );
          b.remove();
          actions.querySelector<HTMLElement>('button')?.focus();
          notify(`Transcription retry started (${execution}).`);
          ctx.refreshCounts();
        } catch (err) {
          notify(messageOf(err), 'error');
        }
      },
    });
    actions.append(retry);
  }
  actions.append(
    button('Appointment', {
      small: true,
      icon: 'calendar',
      srSuffix: t.appointmentId.slice(0, 8),
      testid: 'transcription-appointment',
      onClick: () => void openAppointmentDrawer(ctx, t.appointmentId),
    }),
  );
  return li;
}

export function transcriptionsView(ctx: ViewContext) {
  const initial = ctx.params.get('status') as TranscriptionStatus | null;
  const start = transcriptionStatuses.includes(initial as TranscriptionStatus)
    ? (initial as TranscriptionStatus)
    : 'FAILED';
  const panel = h('div');
  const t = tabs<TranscriptionStatus>({
    label: 'Transcriptions by status',
    options: transcriptionStatuses.map((s) => ({ value: s, label: statusLabel(s) })),
    value: start,
    testid: 'transcription-tabs',
    onChange: (value) => {
      ctx.setParams({ status: value === 'FAILED' ? null : value });
      load(value);
    },
  });
  const tabpanel = t.panel(panel);
  ctx.root.append(
    viewHeader(
      'Transcriptions',
      'Recorded consultations on their way to a transcript. Retry a failed one once its cause is fixed.',
    ),
    h('div', { class: 'mt-6' }, t.el, tabpanel),
  );
  const load = (status: TranscriptionStatus) => {
    const list = pagedList<AdminTranscription>({
      testid: 'transcriptions-list',
      noun: ['transcription', 'transcriptions'],
      signal: ctx.signal,
      fetch: async (cursor, signal) => {
        const page = await adminApi.transcriptions(status, cursor, { signal });
        return { items: page.transcriptions, nextCursor: page.nextCursor };
      },
      render: (item) => transcriptionRow(ctx, item),
      empty: () =>
        emptyState({
          icon: status === 'FAILED' ? 'check-circle' : 'file-text',
          title:
            status === 'FAILED'
              ? 'No failed transcriptions'
              : `No ${statusLabel(status).toLowerCase()} transcriptions`,
          text:
            status === 'FAILED'
              ? 'Every recording went through. Nothing to retry.'
              : 'Nothing in this state right now.',
          testid: 'transcriptions-empty',
        }),
    });
    replaceChildren(panel, list.el);
    void list.reload();
  };
  load(start);
}
