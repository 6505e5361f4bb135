/**
 * The look of a client-rendered region with nothing to show: an empty state, or an error with a retry
 * (the boxes the home page draws), plus `plural` for the counts announced with them.
 */
import { h } from './dom.ts';
import { iconSvg } from './icons.ts';

/** 1 → "1 doctor", 3 → "3 doctors". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface EmptyStateOptions {
  icon: string;
  title: string;
  text: string;
  link?: { href: string; label: string };
  testid?: string;
}

export function emptyState({ icon, title, text, link, testid = 'empty-state' }: EmptyStateOptions) {
  return h(
    'div',
    {
      class: 'rounded-2xl border border-dashed border-slate-300 bg-white/60 px-6 py-12 text-center',
      dataset: { testid },
    },
    h(
      'span',
      { class: 'mx-auto grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500' },
      iconSvg(icon, 'size-6'),
    ),
    h('p', { class: 'mt-4 font-semibold text-slate-900', text: title }),
    h('p', { class: 'mx-auto mt-1 max-w-md text-sm text-slate-600', text }),
    link ? h('a', { href: link.href, class: 'btn-secondary mt-5', text: link.label }) : null,
  );
}

export interface ErrorStateOptions {
  message: string;
  onRetry: () => void;
  title?: string;
  retryTestid?: string;
  testid?: string;
}

/** An error box with a retry button (marked `data-retry`, so callers can focus it). */
export function errorState({
  message,
  onRetry,
  title = 'We could not load this section',
  retryTestid = 'retry',
  testid = 'error-state',
}: ErrorStateOptions) {
  const retry = h(
    'button',
    { type: 'button', class: 'btn-secondary mt-5', dataset: { testid: retryTestid, retry: '' } },
    iconSvg('refresh-cw', 'size-4'),
    'Retry',
  );
  retry.addEventListener('click', onRetry);
  return h(
    'div',
    {
      class: 'rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center',
      dataset: { testid },
    },
    h(
      'span',
      { class: 'mx-auto grid size-12 place-items-center rounded-full bg-red-100 text-red-700' },
      iconSvg('alert-circle', 'size-6'),
    ),
    h('p', { class: 'mt-4 font-semibold text-slate-900', text: title }),
    h('p', { class: 'mx-auto mt-1 max-w-md text-sm text-slate-700', text: message }),
    retry,
  );
}

/**
 * Shows the one `[data-when="<state>"]` child of `root` that matches, hides the others, and keeps
 * `data-state` / `aria-busy` on the root in step (the pattern of components/ProtectedPage.astro).
 */
export function setViewState(root: HTMLElement, state: string) {
  root.dataset.state = state;
  root.setAttribute('aria-busy', String(state === 'loading'));
  for (const part of root.querySelectorAll<HTMLElement>(':scope > [data-when]'))
    part.hidden = part.dataset.when !== state;
}
