/**
 * Transcriptions: the failed ones with their error and a Retry (a new run of the state machine, whose
 * execution name is shown), and the other states for a look at the pipeline.
 */
import { useSignal } from '@preact/signals';
import type { AdminTranscription, TranscriptionStatus } from '../../../../functions/contract/api.ts';
import { Notice } from '../../components/Notice.tsx';
import { StatusBadge, stateLabel } from '../../components/StatusBadge.tsx';
import { api, errorText } from '../../lib/client.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { focusLater, useView } from './context.ts';
import { Act, Details, Header, type List, Mono, PAGE, rowClass, TabbedList } from './ui.tsx';

/** The console's tab order: what needs a retry first. */
const transcriptionStatuses: TranscriptionStatus[] = ['FAILED', 'PENDING', 'PROCESSING', 'COMPLETED'];

function TranscriptionRow({ item: t, list }: { item: AdminTranscription; list: List<AdminTranscription> }) {
  const ctx = useView();
  const busy = useSignal(false);
  const started = useSignal<{ execution: string; retried: boolean } | null>(null);
  const row = `[data-testid="transcription-row"][data-appointment-id="${t.appointmentId}"]`;
  const retry = async () => {
    busy.value = true;
    try {
      started.value = await api.call('adminRetryTranscription', {
        params: { appointmentId: t.appointmentId },
      });
      list.update(t.appointmentId, (x) => ({ ...x, status: 'PENDING' }));
      ctx.notify(m.admin_retry_toast({ execution: started.value.execution }));
      ctx.refreshCounts();
      focusLater(`${row} button`);
    } catch (err) {
      ctx.notify(errorText(err), 'error');
    } finally {
      busy.value = false;
    }
  };
  return (
    <li
      class={`${rowClass} flex flex-col gap-4 lg:flex-row lg:items-start`}
      data-testid="transcription-row"
      data-appointment-id={t.appointmentId}
      data-status={t.status}
    >
      <div class="min-w-0 flex-1">
        <p class="mb-3 flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <StatusBadge status={t.status} />
          {m.admin_updated_attempts({
            when: formatDateTime(t.updatedAt),
            attempts: m.admin_n_attempts({ count: t.attempts }),
          })}
        </p>
        <Details
          rows={[
            [m.admin_appointment_id(), <Mono key="a" text={t.appointmentId} />],
            [m.admin_recording_id(), <Mono key="r" text={t.recordingId} />],
          ]}
        />
        {t.error && (
          <Notice tone="error" live={false} class="mt-3 p-3">
            <b class="text-xs uppercase">{m.admin_error()}</b>
            <p class="mt-1 font-mono text-xs leading-5 break-words" data-testid="transcription-error">
              {t.error}
            </p>
          </Notice>
        )}
        {started.value && (
          <Notice tone="success" live={false} class="mt-3 p-3" testid="retry-result">
            {started.value.retried ? m.admin_retry_started() : m.admin_retry_running()}{' '}
            <code class="font-mono text-xs font-semibold break-all" data-testid="execution-name">
              {started.value.execution}
            </code>
            .
          </Notice>
        )}
      </div>
      <div class="flex flex-wrap gap-2">
        {t.status === 'FAILED' && (
          <Act
            look="primary"
            icon={I.refreshCw}
            label={m.retry()}
            sr={m.admin_retry_of({ id: t.appointmentId.slice(0, 8) })}
            busy={busy.value}
            testid="retry-transcription"
            onClick={() => void retry()}
          />
        )}
        <Act
          icon={I.calendar}
          label={m.admin_appointment()}
          sr={t.appointmentId.slice(0, 8)}
          testid="transcription-appointment"
          onClick={() => ctx.openDrawer({ kind: 'appointment', id: t.appointmentId })}
        />
      </div>
    </li>
  );
}

export default function Transcriptions() {
  return (
    <>
      <Header title={m.admin_nav_transcriptions()} intro={m.admin_tx_intro()} />
      <TabbedList<TranscriptionStatus, AdminTranscription>
        label={m.admin_tx_tabs()}
        values={transcriptionStatuses}
        labelOf={stateLabel}
        param="status"
        testid="transcription-tabs"
        list="transcriptions-list"
        noun={[m.admin_n_transcriptions, m.admin_transcriptions_noun]}
        itemKey={(t) => t.appointmentId}
        fetch={(status, cursor, signal) =>
          api
            .call('adminListTranscriptions', { query: { status, cursor, limit: PAGE } }, { signal })
            .then((p) => ({ items: p.transcriptions, nextCursor: p.nextCursor }))
        }
        renderItem={(t, list) => <TranscriptionRow item={t} list={list} />}
        empty={(status) =>
          status === 'FAILED'
            ? { icon: I.checkCircle, title: m.admin_tx_empty_failed(), text: m.admin_tx_empty_failed_text() }
            : {
                icon: I.fileText,
                title: m.admin_tx_empty({ status: stateLabel(status).toLowerCase() }),
                text: m.admin_tx_empty_text(),
              }
        }
      />
    </>
  );
}
