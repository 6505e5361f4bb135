/**
 * A coloured message box. `live` (default) makes it a status (an alert for errors), announced when
 * it appears; notes that are part of the page from the start pass live={false}.
 */
import type { ComponentChildren, Ref } from 'preact';
import type { IconShapes } from '../lib/icons/index.ts';
import * as I from '../lib/icons/index.ts';
import { Icon } from './Icon.tsx';

export type Tone = 'success' | 'info' | 'warning' | 'error';

const TONES: Record<Tone, readonly [box: string, icon: string, shape: IconShapes]> = {
  success: ['border-emerald-200 bg-emerald-50 text-emerald-900', 'text-emerald-700', I.checkCircle],
  info: ['border-brand-200 bg-brand-50 text-brand-900', 'text-brand-700', I.alertCircle],
  warning: ['border-accent-300 bg-accent-50 text-accent-900', 'text-accent-700', I.alertTriangle],
  error: ['border-red-200 bg-red-50 text-red-900', 'text-red-700', I.alertCircle],
};

export interface NoticeProps {
  tone?: Tone;
  icon?: IconShapes;
  live?: boolean;
  testid?: string;
  class?: string;
  id?: string;
  /** Set to make the box focusable (e.g. an error that focus moves to). */
  focusable?: boolean;
  boxRef?: Ref<HTMLDivElement>;
  children: ComponentChildren;
}

export function Notice({
  tone = 'info',
  icon,
  live = true,
  testid,
  class: cls,
  id,
  focusable,
  boxRef,
  children,
}: NoticeProps) {
  const [box, iconTone, defaultIcon] = TONES[tone];
  return (
    <div
      id={id}
      ref={boxRef}
      class={`flex gap-3 rounded-xl border p-4 text-sm leading-6 ${box} ${cls ?? ''}`.trim()}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
      tabIndex={focusable ? -1 : undefined}
      data-testid={testid}
    >
      <Icon shape={icon ?? defaultIcon} class={`mt-0.5 size-5 shrink-0 ${iconTone}`} />
      <div class="min-w-0">{children}</div>
    </div>
  );
}
