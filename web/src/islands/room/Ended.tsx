/** After the call: why it ended, how long it lasted, the recording's saving, and where to go next. */
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import * as I from '../../lib/icons/index.ts';
import { appointmentHref } from '../../lib/links.ts';
import type { CallSummary } from '../../lib/room/consultation.ts';
import type { RecordingStatus } from '../../lib/room/recorder.ts';
import type { JoinSession } from '../../lib/room/types.ts';
import { formatCountdown } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

export const reload = () => window.location.reload();

/** The recording's line on the end screen: [state, text], or null when there was none. */
export function recordingLine(summary: CallSummary, status: RecordingStatus | null, peer: string) {
  if (status) {
    const { state, problem } = status;
    if (state === 'saving' || state === 'on') return ['saving', m.room_ended_saving()] as const;
    if (state === 'saved') return ['saved', m.room_ended_saved({ peer })] as const;
    if (state === 'error')
      return ['error', problem ? m.room_ended_failed_because({ problem }) : m.room_ended_failed()] as const;
    return null;
  }
  return summary.recorded ? (['recorded', m.room_ended_recorded({ peer })] as const) : null;
}

export function Ended({
  session,
  summary,
  dashboard,
}: {
  session: JoinSession;
  summary: CallSummary;
  dashboard: string;
}) {
  const title = useRef<HTMLHeadingElement>(null);
  const controller = summary.recording;
  const status = controller?.status.value ?? null;
  const peer = session.peer.name;
  useEffect(() => {
    title.current?.focus();
    // Leaving while the last chunk uploads would lose it: ask first.
    const guard = (event: BeforeUnloadEvent) =>
      controller?.status.value.state === 'saving' && event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);
  const line = recordingLine(summary, status, peer);
  const connected = summary.durationMs
    ? m.room_ended_connected({
        peer,
        duration: formatCountdown(Math.floor(summary.durationMs / 1000) * 1000),
      })
    : m.room_ended_not_connected({ peer });
  const rejoin = summary.reason !== 'closed' && Date.now() < Date.parse(session.closesAt);
  return (
    <section class="hero flex-1 px-4 py-12 sm:py-20">
      <div
        class="card mx-auto max-w-lg p-6 text-center sm:p-10"
        data-testid="call-ended"
        data-reason={summary.reason}
      >
        <span class="mx-auto grid size-14 place-items-center rounded-full bg-brand-50 text-brand-700 ring-1 ring-brand-100">
          <Icon shape={I.checkCircle} class="size-7" />
        </span>
        <h1 ref={title} tabindex={-1} class="mt-5 text-2xl font-bold tracking-tight text-slate-900">
          {summary.reason === 'peer'
            ? m.room_ended_by({ peer })
            : summary.reason === 'closed'
              ? m.room_ended_closed()
              : m.room_ended()}
        </h1>
        <p class="mt-2 text-slate-700">{summary.notice ? `${summary.notice} ${connected}` : connected}</p>
        {line && (
          <div
            class="mt-6 flex items-start gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 text-left text-sm leading-6 text-slate-800"
            data-testid="ended-recording"
            data-state={line[0]}
          >
            {line[0] === 'saving' ? (
              <span class="spinner mt-1 size-4 shrink-0 text-brand-700" aria-hidden="true" />
            ) : (
              <Icon
                shape={{ saved: I.checkCircle, error: I.alertTriangle, recorded: I.fileText }[line[0]]}
                class={`mt-0.5 size-5 shrink-0 ${line[0] === 'error' ? 'text-red-700' : 'text-brand-700'}`}
              />
            )}
            <p>{line[1]}</p>
          </div>
        )}
        <div class="mt-8 grid gap-3 sm:grid-cols-2">
          <a
            href={appointmentHref(session.appointmentId)}
            class="btn-primary"
            data-testid="ended-appointment-link"
          >
            {m.room_view_appointment()}
          </a>
          <a href={dashboard} class="btn-secondary" data-testid="ended-dashboard-link">
            {m.room_go_dashboard()}
          </a>
        </div>
        {rejoin && (
          <Button variant="ghost" class="mt-3 w-full text-brand-800" testid="rejoin" onClick={reload}>
            <Icon shape={I.refreshCw} class="size-4" /> {m.room_rejoin()}
          </Button>
        )}
      </div>
    </section>
  );
}
