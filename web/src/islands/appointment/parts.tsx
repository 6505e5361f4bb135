/** Small pieces of the appointment page: a card with a heading, and a label/value row. */
import type { ComponentChildren } from 'preact';
import { Icon } from '../../components/Icon.tsx';
import type { IconShapes } from '../../lib/icons/index.ts';

export function Card({
  id,
  testid,
  title,
  icon,
  children,
  class: cls = 'card p-6 sm:p-8',
}: {
  id: string;
  testid: string;
  title: ComponentChildren;
  icon?: IconShapes;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <section class={cls} aria-labelledby={id} data-testid={testid}>
      <h2 id={id} class="flex items-center gap-2 text-lg font-semibold text-slate-900">
        {icon && <Icon shape={icon} class="size-5 text-brand-700" />}
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A label above its value, for a card's `<dl>`. */
export function Detail({
  label,
  children,
  testid,
  class: cls = '',
}: {
  label: string;
  children: ComponentChildren;
  testid?: string;
  class?: string;
}) {
  return (
    <div class={`border-t border-slate-100 pt-4 ${cls}`.trim()}>
      <dt class="text-sm text-slate-600">{label}</dt>
      <dd class="mt-1 font-medium break-words text-slate-900" data-testid={testid}>
        {children}
      </dd>
    </div>
  );
}
