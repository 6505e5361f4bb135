/**
 * The consultation transcript on the appointment page: "no transcript yet" (404), a progress state
 * polled every 5 seconds while the pipeline works, the conversation itself (speaker, [m:ss], text)
 * with Copy and Download .txt of the API's plain text, or a polite failure.
 */
import { ApiError, api, type Transcription, type Utterance } from './api.ts';
import { h, replaceChildren } from './dom.ts';
import { iconSvg } from './icons.ts';
import { notice } from './page-ui.ts';

const POLL_MS = 5_000;

/** Seconds → "m:ss" (or "h:mm:ss"). */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function speakerTone(speaker: string) {
  if (/^doctor/i.test(speaker)) return 'bg-brand-700 text-white';
  if (/^patient/i.test(speaker)) return 'bg-accent-100 text-accent-900 ring-1 ring-accent-300';
  return 'bg-slate-100 text-slate-800 ring-1 ring-slate-300';
}

function utteranceItem(u: Utterance) {
  return h(
    'li',
    { class: 'grid gap-1 sm:grid-cols-[7rem_1fr] sm:gap-4', dataset: { testid: 'utterance' } },
    h(
      'div',
      { class: 'flex items-center gap-2 sm:flex-col sm:items-start sm:gap-1' },
      h('span', {
        class: `inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${speakerTone(u.speaker)}`,
        text: u.speaker,
        dataset: { testid: 'utterance-speaker' },
      }),
      h('span', {
        class: 'font-mono text-xs text-slate-600 tabular-nums',
        text: `[${clock(u.start)}]`,
        dataset: { testid: 'utterance-time' },
      }),
    ),
    h('p', { class: 'leading-7 text-slate-800', text: u.text, dataset: { testid: 'utterance-text' } }),
  );
}

function describeMeta(t: Transcription): string {
  const parts: string[] = [];
  if (t.durationSec) parts.push(`${clock(t.durationSec)} long`);
  if (t.language) parts.push(`language: ${t.language}`);
  if (t.provider === 'offline') parts.push('made by the offline transcriber');
  else if (t.provider) parts.push(`transcribed by ${t.provider[0]?.toUpperCase()}${t.provider.slice(1)}`);
  return parts.join(' · ');
}

function downloadText(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = h('a', { href: url, download: filename, class: 'hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface TranscriptSection {
  element: HTMLElement;
  stop(): void;
}

/**
 * The transcript card for an appointment that has started and was recorded. It loads at once and
 * polls while the transcript is being made; `stop()` ends the polling (e.g. on re-render).
 */
export function transcriptSection(
  appointmentId: string,
  { fileLabel }: { fileLabel: string },
): TranscriptSection {
  const body = h('div', { class: 'mt-4', dataset: { testid: 'transcript-body' } });
  // Announces the state in a few words; the conversation itself is not read out as it arrives.
  const live = h('p', { class: 'sr-only', role: 'status' });
  const element = h(
    'section',
    { class: 'card p-6 sm:p-8', 'aria-labelledby': 'transcript-heading', dataset: { testid: 'transcript' } },
    h(
      'h2',
      { id: 'transcript-heading', class: 'flex items-center gap-2 text-lg font-semibold text-slate-900' },
      iconSvg('file-text', 'size-5 text-brand-700'),
      'Transcript',
    ),
    live,
    body,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const SAY: Record<string, string> = {
    completed: 'The transcript is ready.',
    failed: 'The transcript could not be made.',
    processing: 'The transcript is being made.',
    none: 'No transcript yet.',
  };
  const setState = (state: string, ...content: (Node | null)[]) => {
    if (body.dataset.state !== state) live.textContent = SAY[state] ?? '';
    body.dataset.state = state;
    replaceChildren(body, content);
  };

  const checkAgain = () => {
    const button = h(
      'button',
      { type: 'button', class: 'btn-secondary mt-4', dataset: { testid: 'transcript-check' } },
      iconSvg('refresh-cw', 'size-4'),
      'Check again',
    );
    button.addEventListener('click', () => void load());
    return button;
  };

  const completed = (t: Transcription) => {
    const text = t.plainText ?? '';
    const copyStatus = h('span', { class: 'text-sm text-slate-600', role: 'status' });
    const copy = h(
      'button',
      { type: 'button', class: 'btn-secondary min-h-10', dataset: { testid: 'transcript-copy' } },
      iconSvg('copy', 'size-4'),
      'Copy',
    );
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        copyStatus.textContent = 'Copied to the clipboard.';
      } catch {
        copyStatus.textContent = 'Your browser did not allow copying. Use Download instead.';
      }
    });
    const download = h(
      'button',
      { type: 'button', class: 'btn-secondary min-h-10', dataset: { testid: 'transcript-download' } },
      iconSvg('download', 'size-4'),
      'Download .txt',
    );
    download.addEventListener('click', () => downloadText(text, `${fileLabel}.txt`));
    const utterances = t.utterances.length
      ? t.utterances
      : [{ speaker: 'Transcript', start: 0, end: 0, text: t.text ?? text }];
    setState(
      'completed',
      h(
        'div',
        { class: 'flex flex-wrap items-center justify-between gap-3' },
        h('p', {
          class: 'text-sm text-slate-600',
          text: describeMeta(t),
          dataset: { testid: 'transcript-meta' },
        }),
        h('div', { class: 'flex flex-wrap items-center gap-2' }, copyStatus, copy, download),
      ),
      h(
        'ol',
        {
          class: 'mt-5 grid gap-4 border-t border-slate-100 pt-5',
          'aria-label': 'The conversation',
          dataset: { testid: 'transcript-conversation' },
        },
        utterances.map(utteranceItem),
      ),
    );
  };

  const load = async () => {
    clearTimeout(timer);
    if (stopped) return;
    try {
      const { transcription: t } = await api.get<{ transcription: Transcription }>(
        `/api/appointments/${encodeURIComponent(appointmentId)}/transcription`,
      );
      if (stopped) return;
      if (t.status === 'COMPLETED') completed(t);
      else if (t.status === 'FAILED')
        setState(
          'failed',
          notice(
            'warning',
            [
              h('p', {
                class: 'font-semibold',
                text: 'We could not make a transcript of this consultation.',
              }),
              h('p', { text: t.error ?? 'The transcription failed.' }),
              h('p', { text: 'Our team has been told and can try again; we will email you if it works.' }),
            ],
            { testid: 'transcript-failed', live: false },
          ),
        );
      else {
        setState(
          'processing',
          h(
            'p',
            { class: 'flex items-center gap-3 text-slate-700', dataset: { testid: 'transcript-processing' } },
            h('span', { class: 'spinner text-brand-700', 'aria-hidden': 'true' }),
            t.status === 'PENDING'
              ? 'The recording is queued for transcription. This page updates by itself.'
              : 'Transcribing the consultation. This usually takes a few minutes; this page updates by itself.',
          ),
        );
        timer = setTimeout(() => void load(), POLL_MS);
      }
    } catch (err) {
      if (stopped) return;
      if (err instanceof ApiError && err.status === 404) {
        setState(
          'none',
          h('p', {
            class: 'text-slate-700',
            text: 'No transcript yet. When a recorded consultation ends, its transcript appears here within a few minutes and is emailed to both of you.',
            dataset: { testid: 'transcript-none' },
          }),
          checkAgain(),
        );
        return;
      }
      setState(
        'error',
        h('p', {
          class: 'text-sm text-red-700',
          text: err instanceof ApiError ? err.message : 'We could not load the transcript.',
        }),
        checkAgain(),
      );
    }
  };

  setState('loading', h('div', { class: 'skeleton h-4 w-2/3' }));
  void load();
  return {
    element,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
