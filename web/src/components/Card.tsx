/** A white card section named by its own h2 (`${id}-heading`); `aside` sits at the heading's end. */
import type { ComponentChildren } from 'preact';

export function Card({
  id,
  title,
  class: cls = 'card min-w-0 p-6 sm:p-8',
  titleClass = 'text-lg font-semibold text-slate-900',
  testid,
  aside,
  children,
}: {
  id: string;
  title: ComponentChildren;
  class?: string;
  titleClass?: string;
  testid?: string;
  aside?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const heading = (
    <h2 id={`${id}-heading`} class={titleClass}>
      {title}
    </h2>
  );
  return (
    <section id={id} class={cls} aria-labelledby={`${id}-heading`} data-testid={testid}>
      {aside ? (
        <div class="flex items-center justify-between gap-4">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
