/**
 * The consultation transcript: "no transcript yet" (404), a progress state polled every 5 seconds
 * while the pipeline works, the conversation (speaker, [m:ss], text) with Copy and Download .txt of
 * the API's plain text, or a polite failure.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Transcription } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ApiError, api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from './parts.tsx';

const POLL_MS = 5_000;

/** Seconds → "m:ss" (or "h:mm:ss"). */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(min).padStart(2, '0')}:${s}` : `${min}:${s}`;
}

const speakerTone = (speaker: string) =>
  /^doctor/i.test(speaker)
    ? 'bg-brand-700 text-white'
    : /^patient/i.test(speaker)
      ? 'bg-accent-100 text-accent-900 ring-1 ring-accent-300'
      : 'bg-slate-100 text-slate-800 ring-1 ring-slate-300';

function describeMeta(t: Transcription): string {
  const parts: string[] = [];
  if (t.durationSec) parts.push(m.transcript_long({ length: clock(t.durationSec) }));
  if (t.language) parts.push(m.transcript_language({ language: t.language }));
  if (t.provider === 'offline') parts.push(m.transcript_offline());
  else if (t.provider)
    parts.push(m.transcript_by({ provider: `${t.provider[0]?.toUpperCase()}${t.provider.slice(1)}` }));
  return parts.join(' · ');
}

function downloadText(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'processing'; pending: boolean }
  | { kind: 'failed'; error: string | null }
  | { kind: 'completed'; t: Transcription }
  | { kind: 'error'; message: string };

const SAY: Partial<Record<State['kind'], () => string>> = {
  completed: m.transcript_say_ready,
  failed: m.transcript_say_failed,
  processing: m.transcript_say_processing,
  none: m.transcript_say_none,
};

function Completed({ t, fileLabel }: { t: Transcription; fileLabel: string }) {
  const [copied, setCopied] = useState('');
  const text = t.plainText ?? '';
  const utterances = t.utterances.length
    ? t.utterances
    : [{ speaker: m.transcript_heading(), start: 0, end: 0, text: t.text ?? text }];
  return (
    <>
      <div class="flex flex-wrap items-center justify-between gap-3">
        <p class="text-sm text-slate-600" data-testid="transcript-meta">
          {describeMeta(t)}
        </p>
        <div class="flex flex-wrap items-center gap-2">
          <span class="text-sm text-slate-600" role="status">
            {copied}
          </span>
          <button
            type="button"
            class="btn-secondary min-h-10"
            data-testid="transcript-copy"
            onClick={() =>
              navigator.clipboard.writeText(text).then(
                () => setCopied(m.transcript_copied()),
                () => setCopied(m.transcript_copy_refused()),
              )
            }
          >
            <Icon shape={I.copy} class="size-4" />
            {m.transcript_copy()}
          </button>
          <button
            type="button"
            class="btn-secondary min-h-10"
            data-testid="transcript-download"
            onClick={() => downloadText(text, `${fileLabel}.txt`)}
          >
            <Icon shape={I.download} class="size-4" />
            {m.transcript_download()}
          </button>
        </div>
      </div>
      <ol
        class="mt-5 grid gap-4 border-t border-slate-100 pt-5"
        aria-label={m.transcript_conversation()}
        data-testid="transcript-conversation"
      >
        {utterances.map((u, i) => (
          <li key={i} class="grid gap-1 sm:grid-cols-[7rem_1fr] sm:gap-4" data-testid="utterance">
            <div class="flex items-center gap-2 sm:flex-col sm:items-start sm:gap-1">
              <span
                class={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${speakerTone(u.speaker)}`}
                data-testid="utterance-speaker"
              >
                {u.speaker}
              </span>
              <span class="font-mono text-xs text-slate-600 tabular-nums" data-testid="utterance-time">
                [{clock(u.start)}]
              </span>
            </div>
            <p class="leading-7 break-words text-slate-800" data-testid="utterance-text">
              {u.text}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function Transcript({ appointmentId, fileLabel }: { appointmentId: string; fileLabel: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useRef('');
  const load = async () => {
    clearTimeout(timer.current);
    try {
      const { transcription: t } = await api.call('getTranscription', { params: { id: appointmentId } });
      if (t.status === 'COMPLETED') setState({ kind: 'completed', t });
      else if (t.status === 'FAILED') setState({ kind: 'failed', error: t.error });
      else {
        setState({ kind: 'processing', pending: t.status === 'PENDING' });
        timer.current = setTimeout(() => void load(), POLL_MS);
      }
    } catch (err) {
      setState(
        err instanceof ApiError && err.status === 404
          ? { kind: 'none' }
          : { kind: 'error', message: err instanceof ApiError ? err.message : m.transcript_load_failed() },
      );
    }
  };
  useEffect(() => {
    void load();
    return () => clearTimeout(timer.current);
  }, [appointmentId]);
  // Announces the state in a few words when it changes; the conversation is not read out as it arrives.
  live.current = SAY[state.kind]?.() ?? live.current;
  const checkAgain = (
    <button
      type="button"
      class="btn-secondary mt-4"
      data-testid="transcript-check"
      onClick={() => void load()}
    >
      <Icon shape={I.refreshCw} class="size-4" />
      {m.transcript_check_again()}
    </button>
  );
  return (
    <Card id="transcript-heading" testid="transcript" title={m.transcript_heading()} icon={I.fileText}>
      <p class="sr-only" role="status">
        {state.kind === 'loading' ? '' : live.current}
      </p>
      <div class="mt-4" data-testid="transcript-body" data-state={state.kind}>
        {state.kind === 'loading' && <div class="skeleton h-4 w-2/3" />}
        {state.kind === 'completed' && <Completed t={state.t} fileLabel={fileLabel} />}
        {state.kind === 'failed' && (
          <Notice tone="warning" testid="transcript-failed" live={false}>
            <p class="font-semibold">{m.transcript_failed_title()}</p>
            <p>{state.error ?? m.transcript_failed_default()}</p>
            <p>{m.transcript_failed_retry()}</p>
          </Notice>
        )}
        {state.kind === 'processing' && (
          <p class="flex items-center gap-3 text-slate-700" data-testid="transcript-processing">
            <span class="spinner text-brand-700" aria-hidden="true" />
            {state.pending ? m.transcript_queued() : m.transcript_processing()}
          </p>
        )}
        {state.kind === 'none' && (
          <>
            <p class="text-slate-700" data-testid="transcript-none">
              {m.transcript_none()}
            </p>
            {checkAgain}
          </>
        )}
        {state.kind === 'error' && (
          <>
            <p class="text-sm text-red-700">{state.message}</p>
            {checkAgain}
          </>
        )}
      </div>
    </Card>
  );
}
