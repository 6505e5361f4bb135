/**
 * A health tip's Markdown as Preact elements (lib/markdown.ts parses it): a handful of constructs
 * become elements, everything else stays visible text, and only https links become links.
 */
import type { ComponentChildren } from 'preact';
import { proseClasses as c, type MdBlock, type MdInline, parseMarkdown, safeHref } from '../lib/markdown.ts';
import { m } from '../paraglide/messages.js';

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

function Block({ block }: { block: MdBlock }) {
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
}: {
  source: string;
  class?: string;
  testid?: string;
}) {
  return (
    <div class={cls} data-testid={testid}>
      {parseMarkdown(source).map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}
