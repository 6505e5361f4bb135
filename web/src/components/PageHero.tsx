/**
 * The band at the top of an app page (PageHero): a way back, the eyebrow, the heading and its lead,
 * then extras. BackLink is the way back; its href has already been through pageHref.
 */
import type { ComponentChildren, Ref } from 'preact';
import * as I from '../lib/icons/index.ts';
import { Icon } from './Icon.tsx';

export function BackLink({
  href,
  class: cls = '',
  children,
}: {
  href: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <a
      href={href}
      class={`inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800 ${cls}`.trim()}
    >
      <Icon shape={I.arrowLeft} class="size-4" /> {children}
    </a>
  );
}

export function PageHero({
  back,
  eyebrow,
  title,
  lead,
  testid,
  headingRef,
  width = '',
  action,
  children,
}: {
  back?: ComponentChildren;
  eyebrow: string;
  title: ComponentChildren;
  lead?: ComponentChildren;
  testid?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  width?: string;
  /** Beside the heading on wider screens (the page's main action). */
  action?: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <section class="hero border-b border-brand-100">
      <div class={`container-page py-8 sm:py-10 ${width}`.trim()}>
        {back}
        <div class={action ? 'flex flex-col gap-5 sm:flex-row sm:items-end sm:justify-between' : undefined}>
          <div>
            <p class={back ? 'eyebrow mt-4' : 'eyebrow'}>{eyebrow}</p>
            <h1
              ref={headingRef}
              tabIndex={headingRef ? -1 : undefined}
              class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl"
              data-testid={testid}
            >
              {title}
            </h1>
            {lead && <p class="mt-2 max-w-2xl text-slate-600">{lead}</p>}
          </div>
          {action}
        </div>
        {children}
      </div>
    </section>
  );
}
