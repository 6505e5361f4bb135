/**
 * Finds text a person would see that is written in the code instead of coming from the message
 * catalog: a static scan, parsed with the TypeScript compiler (and, for .astro files, Astro's own
 * parser, whose expressions are handed back to TypeScript).
 *
 * What counts as "seen" (a literal in one of these places, with a letter in it, is a finding):
 * - JSX text (`<p>Saved</p>`), and string literals that are a JSX child (`{busy ? 'Saving' : m.save()}`);
 * - user-facing attributes and component props (aria-label, title, placeholder, alt, label, hint, …);
 * - object properties with those names (`{ label: 'Upcoming' }` rendered later as `{tab.label}`);
 * - on the server: the parts of an email (subject, greeting, paragraphs, action label, footnote,
 *   details) and text handed to the PDF typesetter, plus text outside the tags of an HTML template.
 * A literal "comes from the catalog" when it is not a literal: `m.key()`, a variable, a formatter call.
 * Words that are the same in every language (the brand, units) are allowed by ALLOWED_TEXT below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/**
 * Literal text that is allowed because it is not language: the brand (every catalog keeps it in Latin
 * letters), and tokens people read the same way in every language we ship. Matched against the whole
 * trimmed literal, after removing {placeholders}.
 */
export const ALLOWED_TEXT = new Set<string>([
  'Chikitsa360', // the brand
  'Chikitsa',
  '360',
]);

/** Attribute and prop names whose value a person reads or hears (screen readers read aria-*). */
const DISPLAY_ATTRIBUTE =
  /^(aria-label|aria-description|aria-valuetext|aria-roledescription|aria-placeholder|title|placeholder|alt|label|[a-z]*Label|hint|heading|subheading|description|message|text|caption|summary|emptyText|empty|missing|invalid|confirmText|cancelText|legend|tooltip|greeting|footnote|subject|paragraphs|lead|eyebrow)$/;

/** Object property names that carry display text (the same list, for data rendered later). */
const DISPLAY_PROPERTY = DISPLAY_ATTRIBUTE;

/** Server-side calls whose string arguments end up in a PDF or an email. */
const DISPLAY_CALL =
  /^(text|fact|row|draw|drawText|setTitle|setSubject|setAuthor|setKeywords|setCreator|heading|line|paragraph|label)$/;

const HAS_LETTER = /\p{L}/u;

function isDisplayText(raw: string): boolean {
  const text = raw
    .replace(/\{\w+\}/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .trim();
  if (!HAS_LETTER.test(text)) return false;
  return !text.split(/[\s·|,/()—–-]+/).every((w) => w === '' || ALLOWED_TEXT.has(w) || !HAS_LETTER.test(w));
}

/** The text outside the tags of an HTML template (`<p style="…">Hello</p>` → "Hello"). */
const outsideTags = (html: string) => html.replace(/<[^>]*>/g, ' ');
const looksLikeHtml = (s: string) => /<\/?[a-z][\w-]*[\s>/]/i.test(s);

class Scanner {
  readonly findings: Finding[] = [];
  constructor(
    private readonly file: string,
    private readonly lineOf: (pos: number) => number,
    private readonly sf: ts.SourceFile,
    private readonly server: boolean,
  ) {}

  private add(node: ts.Node, text: string) {
    if (isDisplayText(text))
      this.findings.push({ file: this.file, line: this.lineOf(node.getStart(this.sf)), text: text.trim() });
  }

  /** The literal pieces of an expression that flow into the value (not into a call's arguments). */
  literalLeaves(node: ts.Node | undefined) {
    if (!node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) this.add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      this.add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
      for (const span of node.templateSpans) this.literalLeaves(span.expression);
    } else if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node)
    )
      this.literalLeaves(node.expression);
    else if (ts.isConditionalExpression(node)) {
      this.literalLeaves(node.whenTrue);
      this.literalLeaves(node.whenFalse);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) {
        this.literalLeaves(node.left);
        this.literalLeaves(node.right);
      } else if (
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken ||
        op === ts.SyntaxKind.AmpersandAmpersandToken
      )
        this.literalLeaves(node.right);
    } else if (ts.isArrayLiteralExpression(node)) for (const e of node.elements) this.literalLeaves(e);
    // JSX inside the expression is reached by the scan's own walk.
  }

  private propertyName(name: ts.PropertyName | ts.JsxAttributeName): string {
    return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)
      ? name.text
      : ts.isJsxNamespacedName(name)
        ? `${name.namespace.text}:${name.name.text}`
        : name.getText(this.sf);
  }

  visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      this.add(node, node.text);
    } else if (ts.isJsxExpression(node) && node.parent && !ts.isJsxAttribute(node.parent)) {
      // A child expression: `{'Saving…'}`, `{busy ? 'Saving' : m.save()}`.
      this.literalLeaves(node.expression);
    } else if (ts.isJsxAttribute(node)) {
      const name = this.propertyName(node.name);
      if (DISPLAY_ATTRIBUTE.test(name) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) this.add(node.initializer, node.initializer.text);
        else if (ts.isJsxExpression(node.initializer)) this.literalLeaves(node.initializer.expression);
      }
    } else if (ts.isPropertyAssignment(node) && DISPLAY_PROPERTY.test(this.propertyName(node.name))) {
      this.literalLeaves(node.initializer);
    } else if (this.server && ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression)
        ? node.expression.name.text
        : ts.isIdentifier(node.expression)
          ? node.expression.text
          : '';
      if (DISPLAY_CALL.test(callee)) for (const arg of node.arguments) this.literalLeaves(arg);
    } else if (
      this.server &&
      (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isStringLiteral(node))
    ) {
      const raw = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
        : node.text;
      if (looksLikeHtml(raw)) this.add(node, outsideTags(raw));
    }
    ts.forEachChild(node, this.visit);
  };
}

function lineCounter(source: string) {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Scans TypeScript or TSX source (a component, an island, a server renderer). */
export function scanTs(file: string, source: string, { server = false, lines = lineCounter(source) } = {}) {
  const kind = file.endsWith('.tsx') || file.endsWith('.astro') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const scanner = new Scanner(file, lines, sf, server);
  scanner.visit(sf);
  return scanner.findings;
}

interface EsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Scans an .astro file: Astro's parser gives the template (JSX text, attributes, expression
 * containers); the frontmatter and every expression go back through the TypeScript scanner.
 */
export function scanAstro(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const { ast } = parseAstro(source);
  const root = ast as unknown as EsNode;
  // Astro's offsets count UTF-16 code units, as JavaScript strings do.
  const slice = (n: EsNode) => source.slice(n.start, n.end);
  const lines = lineCounter(source);
  const line = (n: EsNode) => lines(n.start);
  /** Scans `code` (found at `start` in the file) with the TypeScript scanner; `prefix` wraps it. */
  const scanCode = (start: number, code: string, prefix = '', suffix = '') => {
    const wrapped = `${prefix}${code}${suffix}`;
    findings.push(
      ...scanTs(file, wrapped, { lines: (pos) => lines(start + Math.max(0, pos - prefix.length)) }),
    );
  };
  // An expression in the template, in the position of a JSX child: its literals are shown.
  const scanExpression = (n: EsNode) => scanCode(n.start, slice(n), '<>{', '}</>');
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    const n = node as EsNode;
    switch (n.type) {
      case 'AstroFrontmatter': {
        // The code between the fences, scanned in place (the fences blanked, so positions hold).
        scanCode(
          n.start,
          slice(n)
            .replace(/^---/, '   ')
            .replace(/---(\s*)$/, '   $1'),
        );
        return;
      }
      case 'AstroScript':
      case 'AstroComment':
      case 'AstroDoctype':
        return;
      case 'JSXElement': {
        const name = (n.openingElement as { name?: { name?: string } })?.name?.name;
        if (name === 'style' || name === 'script') return;
        break;
      }
      case 'JSXText': {
        const text = String(n.value ?? '');
        if (isDisplayText(text)) findings.push({ file, line: line(n), text: text.trim() });
        return;
      }
      case 'JSXExpressionContainer':
        if (n.expression && (n.expression as EsNode).type !== 'JSXEmptyExpression')
          scanExpression(n.expression as EsNode);
        return;
      case 'JSXAttribute': {
        const nameNode = n.name as { name?: string | { name?: string }; namespace?: { name?: string } };
        const name =
          typeof nameNode.name === 'string'
            ? nameNode.name
            : `${nameNode.namespace?.name ?? ''}:${nameNode.name?.name ?? ''}`;
        const value = n.value as EsNode | null;
        if (!value) return;
        if (value.type === 'Literal') {
          if (DISPLAY_ATTRIBUTE.test(name) && isDisplayText(String(value.value)))
            findings.push({ file, line: line(value), text: String(value.value) });
          return;
        }
        if (value.type === 'JSXExpressionContainer' && DISPLAY_ATTRIBUTE.test(name)) {
          // The attribute's expression as a child of a fragment: its literals count as shown.
          scanExpression(value.expression as EsNode);
        } else if (value.type === 'JSXExpressionContainer') {
          // Not shown itself, but JSX inside it (a render prop) can be.
          const expression = value.expression as EsNode;
          scanCode(expression.start, slice(expression), '(', ')');
        }
        return;
      }
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'type') walk(child);
  };
  walk(root);
  return findings;
}

/** Every file under `dir` (recursively) whose name ends with one of `exts`, skipping `skip` folders. */
export function filesUnder(dir: string, exts: string[], skip: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(file, exts, skip);
    return exts.some((e) => entry.name.endsWith(e)) ? [file] : [];
  });
}

/** Scans one file by its kind. */
export function scanFile(file: string, { server = false } = {}): Finding[] {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? scanAstro(file, source) : scanTs(file, source, { server });
}
