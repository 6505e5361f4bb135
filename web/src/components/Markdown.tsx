/**
 * A health tip's Markdown as Preact elements (lib/markdown.ts parses it): a handful of constructs
 * become elements, everything else stays visible text, and only https links become links.
 */
import type { ComponentChildren } from 'preact';
import { type MdBlock, type MdInline, parseMarkdown, safeHref } from '../lib/markdown.ts';
import { m } from '../paraglide/messages.js';

/** Tailwind classes for each element, so rendered tips match the site's type. These are the only elements made. */
const c = {
  h2: 'mt-8 mb-3 text-xl font-bold tracking-tight text-slate-900 first:mt-0',
  h3: 'mt-6 mb-2 text-lg font-semibold text-slate-900 first:mt-0',
  p: 'my-4 leading-7 text-slate-700 first:mt-0 last:mb-0',
  ul: 'my-4 list-disc space-y-1.5 pl-6 leading-7 text-slate-700 marker:text-brand-600',
  ol: 'my-4 list-decimal space-y-1.5 pl-6 leading-7 text-slate-700 marker:font-semibold marker:text-brand-700',
  li: 'pl-1',
  strong: 'font-semibold text-slate-900',
  em: 'italic',
  code: 'rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.9em] text-slate-800',
  a: 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800',
  span: 'sr-only',
};

function Inline({ nodes }: { nodes: MdInline[] }): ComponentChildren {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return (
          <code key={i} class={c.code}>
            {node.text}
          </code>
        );
      case 'strong':
        return (
          <strong key={i} class={c.strong}>
            <Inline nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i} class={c.em}>
            <Inline nodes={node.children} />
          </em>
        );
      case 'link': {
        // Checked again here: a tree built by hand must not smuggle in another scheme either.
        const href = safeHref(node.href);
        if (!href) return <Inline key={i} nodes={node.children} />;
        return (
          <a key={i} href={href} rel="noopener noreferrer" target="_blank" class={c.a}>
            <Inline nodes={node.children} />
            <span class={c.span}> {m.opens_new_tab()}</span>
          </a>
        );
      }
      default:
        return null;
    }
  });
}

/** One block of a parsed tip (exported so a tree built by hand can be tested too). */
export function Block({ block }: { block: MdBlock }) {
  if (block.type === 'heading') {
    const Tag = block.level === 2 ? 'h2' : 'h3';
    return (
      <Tag class={c[Tag]}>
        <Inline nodes={block.children} />
      </Tag>
    );
  }
  if (block.type === 'paragraph')
    return (
      <p class={c.p}>
        <Inline nodes={block.children} />
      </p>
    );
  const List = block.ordered ? 'ol' : 'ul';
  return (
    <List class={c[List]}>
      {block.items.map((item, i) => (
        <li key={i} class={c.li}>
          <Inline nodes={item} />
        </li>
      ))}
    </List>
  );
}

export function Markdown({
  source,
  class: cls,
  testid,
  lang,
}: {
  source: string;
  class?: string;
  testid?: string;
  /** The text's language when it is not the page's (content-lang.ts). */
  lang?: string;
}) {
  return (
    <div class={cls} data-testid={testid} lang={lang}>
      {parseMarkdown(source).map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}
