/**
 * Small pieces of the booking, appointment and receipt pages built in the browser: a message box in
 * the look of components/Notice.astro, a label/value row for a card's `<dl>`, and an empty state
 * (lib/states.ts) whose way forward is the page's main action.
 */
import { type Child, h } from './dom.ts';
import { iconSvg } from './icons.ts';
import { type EmptyStateOptions, emptyState } from './states.ts';

const TONES = {
  success: ['border-emerald-200 bg-emerald-50 text-emerald-900', 'text-emerald-700', 'check-circle'],
  info: ['border-brand-200 bg-brand-50 text-brand-900', 'text-brand-700', 'alert-circle'],
  warning: ['border-accent-300 bg-accent-50 text-accent-900', 'text-accent-700', 'alert-triangle'],
  error: ['border-red-200 bg-red-50 text-red-900', 'text-red-700', 'alert-circle'],
} as const;

/**
 * A message box. `live` (default) makes it a status (or an alert for errors), so it is announced
 * when it appears; notes that are part of the page from the start pass live: false.
 */
export function notice(
  tone: keyof typeof TONES,
  content: Child | Child[],
  { testid, icon, live = true }: { testid?: string; icon?: string; live?: boolean } = {},
) {
  const [box, iconTone, defaultIcon] = TONES[tone];
  return h(
    'div',
    {
      class: `flex gap-3 rounded-xl border p-4 text-sm leading-6 ${box}`,
      role: live ? (tone === 'error' ? 'alert' : 'status') : undefined,
      dataset: testid ? { testid } : undefined,
    },
    iconSvg(icon ?? defaultIcon, `mt-0.5 size-5 shrink-0 ${iconTone}`),
    h('div', { class: 'min-w-0' }, content),
  );
}

/** A label above its value, for a card's `<dl>` (the look of the account page). */
export function detailRow(label: string, value: Child | Child[], testid?: string, className = '') {
  return h(
    'div',
    { class: `border-t border-slate-100 pt-4 ${className}`.trim() },
    h('dt', { class: 'text-sm text-slate-600', text: label }),
    h(
      'dd',
      { class: 'mt-1 font-medium break-words text-slate-900', dataset: testid ? { testid } : undefined },
      value,
    ),
  );
}

export interface ActionEmptyOptions extends Omit<EmptyStateOptions, 'link'> {
  link?: { href: string; label: string; primary?: boolean; testid?: string };
}

/** An empty state whose link can be the page's primary action and carry a test hook. */
export function emptyStateWithAction({ link, ...options }: ActionEmptyOptions): HTMLElement {
  const box = emptyState({ ...options, link: link && { href: link.href, label: link.label } });
  const anchor = box.querySelector('a');
  if (anchor && link?.primary) anchor.className = 'btn-primary mt-5';
  if (anchor && link?.testid) anchor.dataset.testid = link.testid;
  return box;
}
