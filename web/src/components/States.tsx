/**
 * What a region that loads shows: its polite status line, an empty state with a way forward, or an
 * error with a Retry button. `Region` switches between loading, empty, error and ready; `useRegion`
 * loads its data and keeps that state.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../lib/client.ts';
import type { IconShapes } from '../lib/icons/index.ts';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

export type RegionState = 'loading' | 'ready' | 'empty' | 'error';

export interface EmptyStateProps {
  icon: IconShapes;
  title: ComponentChildren;
  text: ComponentChildren;
  link?: { href: string; label: ComponentChildren; primary?: boolean; testid?: string };
  testid?: string;
}

export function EmptyState({ icon, title, text, link, testid = 'empty-state' }: EmptyStateProps) {
  return (
    <div
      class="rounded-2xl border border-dashed border-slate-300 bg-white/60 px-6 py-12 text-center"
      data-testid={testid}
    >
      <span class="mx-auto grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500">
        <Icon shape={icon} class="size-6" />
      </span>
      <p class="mt-4 font-semibold text-slate-900">{title}</p>
      <p class="mx-auto mt-1 max-w-md text-sm text-slate-600">{text}</p>
      {link && (
        <a
          href={link.href}
          class={link.primary ? 'btn-primary mt-5' : 'btn-secondary mt-5'}
          data-testid={link.testid}
        >
          {link.label}
        </a>
      )}
    </div>
  );
}

export interface ErrorStateProps {
  message: ComponentChildren;
  onRetry: () => void;
  title?: ComponentChildren;
  retryLabel?: ComponentChildren;
  /** Extra classes of the box; `alert` makes it an alert (a whole page that failed). */
  class?: string;
  alert?: boolean;
  retryTestid?: string;
  testid?: string;
  retryRef?: Ref<HTMLButtonElement>;
}

export function ErrorState({
  message,
  onRetry,
  title = m.problem_section_title(),
  retryLabel = m.retry(),
  class: cls = '',
  alert,
  retryTestid = 'retry',
  testid = 'error-state',
  retryRef,
}: ErrorStateProps) {
  return (
    <div
      class={`rounded-2xl border border-red-200 bg-red-50/70 px-6 py-10 text-center ${cls}`.trim()}
      role={alert ? 'alert' : undefined}
      data-testid={testid}
    >
      <span class="mx-auto grid size-12 place-items-center rounded-full bg-red-100 text-red-700">
        <Icon shape={I.alertCircle} class="size-6" />
      </span>
      <p class="mt-4 font-semibold text-slate-900">{title}</p>
      <p class="mx-auto mt-1 max-w-md text-sm text-slate-700">{message}</p>
      <button
        type="button"
        class="btn-secondary mt-5"
        data-testid={retryTestid}
        data-retry
        ref={retryRef}
        onClick={onRetry}
      >
        <Icon shape={I.refreshCw} class="size-4" />
        {retryLabel}
      </button>
    </div>
  );
}

/** The polite live line of a region: "Loading…", the count shown, or the error. */
export function SectionStatus({ text }: { text: string }) {
  return (
    <p class="sr-only" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export interface RegionProps {
  state: RegionState;
  /** Announced in the region's status line. */
  status: string;
  skeleton: ComponentChildren;
  empty?: ComponentChildren;
  error?: ComponentChildren;
  children?: ComponentChildren;
  class?: string;
  testid?: string;
}

export function Region({ state, status, skeleton, empty, error, children, class: cls, testid }: RegionProps) {
  return (
    <>
      <SectionStatus text={status} />
      <div
        class={cls}
        data-state={state}
        aria-busy={state === 'loading' ? 'true' : 'false'}
        data-testid={testid}
      >
        {state === 'loading' ? skeleton : state === 'empty' ? empty : state === 'error' ? error : children}
      </div>
    </>
  );
}

/** Grey bars standing in for text while it loads: one bar per ' | '-separated list of size/spacing classes (spaced, so Tailwind sees each class). */
export function SkeletonLines({ lines, class: cls }: { lines: string; class?: string }) {
  return (
    <div class={cls} aria-hidden="true">
      {lines.split('|').map((look, i) => (
        <div key={i} class={`skeleton ${look.trim()}`} />
      ))}
    </div>
  );
}

/** `n` placeholder cards of the given look, hidden from assistive technology. */
export function Skeletons({
  count,
  class: cls,
  card,
}: {
  count: number;
  class: string;
  card: () => ComponentChildren;
}) {
  return (
    <ul class={cls} aria-hidden="true" data-skeleton>
      {Array.from({ length: count }, (_, i) => (
        <li key={i} class="card p-6">
          {card()}
        </li>
      ))}
    </ul>
  );
}

/** Loads a region's data on mount (`load` again to retry): ready, empty when `isEmpty`, or the error's words. */
export function useRegion<T>(fetch: () => Promise<T>, isEmpty: (data: T) => boolean) {
  const [region, setRegion] = useState<{ state: RegionState; data: T | null; error: string }>({
    state: 'loading',
    data: null,
    error: '',
  });
  const load = async () => {
    setRegion((r) => ({ ...r, state: 'loading' }));
    try {
      const got = await fetch();
      setRegion((r) => ({ ...r, data: got, state: isEmpty(got) ? 'empty' : 'ready' }));
    } catch (err) {
      setRegion((r) => ({ ...r, error: errorText(err), state: 'error' }));
    }
  };
  useEffect(() => void load(), []);
  const { state, data, error } = region;
  /** The region's status line: "Loading…", the error, or what `empty` / `ready` say. */
  const status = (empty: string, ready: () => string) =>
    state === 'loading' ? m.loading() : state === 'error' ? error : state === 'empty' ? empty : ready();
  return { state, data, error, load, status };
}
