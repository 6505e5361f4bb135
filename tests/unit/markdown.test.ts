/**
 * The health tips' Markdown parser: the tree it builds (plain objects, no DOM needed). What the page
 * makes of a tree is tested with the component (tests/components/markdown.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import {
  type MdBlock,
  type MdInline,
  parseInline,
  parseMarkdown,
  safeHref,
} from '../../web/src/lib/markdown.ts';

const text = (t: string): MdInline => ({ type: 'text', text: t });
const p = (...children: MdInline[]): MdBlock => ({ type: 'paragraph', children });

/** Every text a tree holds, in order: what a reader would see. */
function visibleText(nodes: (MdBlock | MdInline)[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'code') return n.text;
      if (n.type === 'list') return n.items.map((i) => visibleText(i)).join('\n');
      return visibleText(n.children);
    })
    .join('');
}

/** Every link target anywhere in a tree. */
function hrefs(nodes: (MdBlock | MdInline)[]): string[] {
  return nodes.flatMap((n) => {
    if (n.type === 'link') return [n.href, ...hrefs(n.children)];
    if (n.type === 'list') return n.items.flatMap((i) => hrefs(i));
    if (n.type === 'text' || n.type === 'code') return [];
    return hrefs(n.children);
  });
}

describe('blocks', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseMarkdown('Drink water.\nEight glasses.\n\nSleep well.')).toEqual([
      p(text('Drink water. Eight glasses.')),
      p(text('Sleep well.')),
    ]);
  });

  it('knows ## and ### headings; other levels stay text', () => {
    expect(parseMarkdown('## Why\n### How ##\n# Title\n#### Deep')).toEqual([
      { type: 'heading', level: 2, children: [text('Why')] },
      { type: 'heading', level: 3, children: [text('How')] },
      p(text('# Title #### Deep')),
    ]);
  });

  it('builds bulleted and numbered lists, with continuation lines', () => {
    expect(parseMarkdown('- one\n* two\n  still two\n1. first\n2) second\n\nAfter')).toEqual([
      { type: 'list', ordered: false, items: [[text('one')], [text('two still two')]] },
      { type: 'list', ordered: true, items: [[text('first')], [text('second')]] },
      p(text('After')),
    ]);
  });

  it('ends a list at a plain line, and a paragraph at a list', () => {
    expect(parseMarkdown('Intro\n- a\nOutro')).toEqual([
      p(text('Intro')),
      { type: 'list', ordered: false, items: [[text('a')]] },
      p(text('Outro')),
    ]);
  });

  it('drops horizontal rules and handles CRLF and empty input', () => {
    expect(parseMarkdown('a\r\n\r\n---\r\nb')).toEqual([p(text('a')), p(text('b'))]);
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('\n\n  \n')).toEqual([]);
  });
});

describe('inline', () => {
  it('reads bold, italic and code, nested where it makes sense', () => {
    expect(parseInline('Take **two *small* doses** with `water`.')).toEqual([
      text('Take '),
      {
        type: 'strong',
        children: [text('two '), { type: 'em', children: [text('small')] }, text(' doses')],
      },
      text(' with '),
      { type: 'code', text: 'water' },
      text('.'),
    ]);
  });

  it('leaves unmatched or spaced markers as text, and honours backslash escapes', () => {
    expect(parseInline('5 * 3 = 15 and **open')).toEqual([text('5 * 3 = 15 and **open')]);
    expect(parseInline('\\*not italic\\*')).toEqual([text('*not italic*')]);
    expect(parseInline('a ` b')).toEqual([text('a ` b')]);
  });

  it('keeps code literal: no formatting or links inside', () => {
    expect(parseInline('`**x** [a](https://e.com)`')).toEqual([
      { type: 'code', text: '**x** [a](https://e.com)' },
    ]);
  });

  it('links https:// URLs only', () => {
    expect(parseInline('See [WHO advice](https://www.who.int/health-topics).')).toEqual([
      text('See '),
      { type: 'link', href: 'https://www.who.int/health-topics', children: [text('WHO advice')] },
      text('.'),
    ]);
    for (const target of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      ' javascript:alert(1)',
      'http://example.com',
      '//evil.example/x',
      '/relative/path',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'https://',
      'https:/one-slash.com',
    ]) {
      const tree = parseInline(`[click me](${target})`);
      expect(hrefs(tree), target).toEqual([]);
      expect(tree, target).toEqual([text(`[click me](${target})`)]);
    }
  });

  it('never lets a link label smuggle in another link scheme', () => {
    const tree = parseInline('[[x](javascript:alert(1))](https://ok.example)');
    expect(hrefs(tree).every((h) => h.startsWith('https://'))).toBe(true);
  });
});

describe('HTML in the source', () => {
  const nasty = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
  ];

  it.each(nasty)('stays visible text: %s', (html) => {
    const tree = parseMarkdown(`Before\n\n${html}\n\n**${html}**\n\n- ${html}`);
    expect(hrefs(tree)).toEqual([]);
    expect(visibleText(tree)).toBe(`Before${html}${html}${html}`);
    // Only the block and inline kinds the renderer knows, nothing carrying raw markup.
    const kinds = JSON.stringify(tree).match(/"type":"(\w+)"/g) ?? [];
    expect(new Set(kinds.map((k) => k.slice(8, -1)))).toEqual(
      new Set(['paragraph', 'text', 'strong', 'list']),
    );
  });
});

describe('safeHref', () => {
  it('accepts absolute https URLs and normalises them', () => {
    expect(safeHref('https://Example.com')).toBe('https://example.com/');
    expect(safeHref('  https://example.com/a?b=1#c ')).toBe('https://example.com/a?b=1#c');
  });
  it('refuses everything else', () => {
    for (const v of ['http://a.com', 'javascript:alert(1)', 'ftp://a.com', '', 'https://', 'mailto:a@b.c'])
      expect(safeHref(v), v).toBeNull();
  });
});
