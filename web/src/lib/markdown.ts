/**
 * A deliberately tiny, SAFE Markdown parser for health tips: `parseMarkdown(source)` turns the text
 * into a small tree of plain objects (testable without a DOM), which components/Markdown.tsx renders
 * as elements. There is no HTML pass-through and no innerHTML anywhere: `<script>` is just text. It
 * knows paragraphs, `##`/`###` headings, `**bold**`, `*italic*`, `-`/`*` and `1.` lists, inline
 * `code`, and `[links](https://…)`. A link whose target is not an absolute https:// URL stays text,
 * exactly as written, so `javascript:` or relative links can never become clickable.
 */

export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: MdInline[] };

export type MdBlock =
  | { type: 'heading'; level: 2 | 3; children: MdInline[] }
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'list'; ordered: boolean; items: MdInline[][] };

/** Characters a backslash may escape, so `\*` is a literal star. */
const ESCAPABLE = new Set('\\`*_[]()#+-.!>'.split(''));
/** Emphasis inside emphasis inside a link label is plenty; deeper nesting stays text. */
const MAX_DEPTH = 4;

// ---- Inline -----------------------------------------------------------------------------------------

/** Adds text to the run, merging with a preceding text node so the tree stays small. */
function pushText(out: MdInline[], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** An absolute https:// URL (nothing else may become a link), normalised by the URL parser. */
export function safeHref(raw: string): string | null {
  const value = raw.trim();
  if (!/^https:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The closing `marker` for an opening at `from` (exclusive): the next one that follows a non-space
 * character, or -1. For a single `*` the closing star must not be half of a `**`.
 */
function findClose(text: string, marker: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const at = text.indexOf(marker, i);
    if (at === -1) return -1;
    const before = text[at - 1];
    const escaped = before === '\\';
    const single = marker === '*';
    const partOfDouble = single && (text[at + 1] === '*' || text[at - 1] === '*');
    if (at > from && before !== undefined && !/\s/.test(before) && !escaped && !partOfDouble) return at;
    i = at + marker.length;
  }
  return -1;
}

export function parseInline(text: string, depth = 0): MdInline[] {
  const out: MdInline[] = [];
  let plain = '';
  const flush = () => {
    pushText(out, plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];

    if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      plain += next;
      i += 2;
      continue;
    }

    if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }

    if (depth < MAX_DEPTH && ch === '*' && next === '*' && text[i + 2] && !/\s/.test(text[i + 2] as string)) {
      const close = findClose(text, '**', i + 2);
      if (close !== -1) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, close), depth + 1) });
        i = close + 2;
        continue;
      }
    }

    if (depth < MAX_DEPTH && ch === '*' && next !== '*' && next !== undefined && !/\s/.test(next)) {
      const close = findClose(text, '*', i + 1);
      if (close !== -1) {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, close), depth + 1) });
        i = close + 1;
        continue;
      }
    }

    if (depth < MAX_DEPTH && ch === '[') {
      const labelEnd = text.indexOf('](', i + 1);
      const urlEnd = labelEnd === -1 ? -1 : text.indexOf(')', labelEnd + 2);
      if (labelEnd > i + 1 && urlEnd !== -1) {
        const label = text.slice(i + 1, labelEnd);
        const target = text.slice(labelEnd + 2, urlEnd);
        const href = !/\s/.test(target.trim()) && !label.includes('[') ? safeHref(target) : null;
        if (href) {
          flush();
          out.push({ type: 'link', href, children: parseInline(label, depth + 1) });
          i = urlEnd + 1;
          continue;
        }
        // Not a link we allow: the whole construct stays visible as the text that was written.
        plain += text.slice(i, urlEnd + 1);
        i = urlEnd + 1;
        continue;
      }
    }

    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

// ---- Blocks ------------------------------------------------------------------------------------------

const HEADING = /^ {0,3}(#{2,3})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const BULLET = /^ {0,3}[-*][ \t]+(.*)$/;
const ORDERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;
/** A line of only `-`, `*` or `_` (a thematic break in Markdown): dropped, it carries no text. */
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (list)
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((t) => parseInline(t)) });
    list = null;
  };

  for (const raw of lines) {
    const line = raw.replace(/\t/g, '    ');
    if (!line.trim()) {
      endParagraph();
      endList();
      continue;
    }
    if (RULE.test(line)) {
      endParagraph();
      endList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endParagraph();
      endList();
      const level = (heading[1] as string).length as 2 | 3;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    const item = bullet ?? ordered;
    if (item) {
      endParagraph();
      const isOrdered = Boolean(ordered);
      if (list && list.ordered !== isOrdered) endList();
      list ??= { ordered: isOrdered, items: [] };
      list.items.push((item[1] ?? '').trim());
      continue;
    }
    // An indented line right after a list item continues that item; anything else ends the list.
    if (list && /^\s{2,}\S/.test(line) && !paragraph.length) {
      const items: string[] = list.items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`.trim();
      continue;
    }
    endList();
    paragraph.push(line.trim());
  }
  endParagraph();
  endList();
  return blocks;
}
