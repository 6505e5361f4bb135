/**
 * Who may import what, read from every import of functions/ and web/src (static imports, re-exports
 * and `import()` with a literal path, type-only ones included):
 *
 * - functions/contract imports nothing but itself: it is the neutral ground that functions/, lib/ and
 *   web/ share (contract/price.ts reads api.ts's types).
 * - functions/ imports nothing outside functions/ (in particular not lib/: CDK reads the contract, and
 *   the functions never read CDK).
 * - A context (accounts, discovery, appointments, …) uses another one only through that context's
 *   index.ts, which says what it offers; core is shared by all and imports no context.
 * - Nothing imports a Lambda entry file (a context's handler.ts, a worker's entry): an entry is where a
 *   function starts, and importing it would pull a whole function into another.
 * - The web imports from functions/ only the contract.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contexts } from '../../functions/contract/routes.ts';
import { contextEntry, workerEntries } from '../../lib/functions.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface Import {
  /** Repository-relative, with forward slashes. */
  from: string;
  specifier: string;
  /** The repository-relative file it names, for a relative specifier; null for a package. */
  target: string | null;
}

const posix = (path: string) => path.split(sep).join('/');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [posix(path)] : [];
  });
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      specifiers.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.map((specifier) => ({
    from: file,
    specifier,
    target: specifier.startsWith('.') ? posix(relative(ROOT, join(ROOT, dirname(file), specifier))) : null,
  }));
}

/** The top folder under functions/ (a context, core or contract), or null outside functions/. */
const areaOf = (path: string) => (path.startsWith('functions/') ? (path.split('/')[1] ?? null) : null);

const functionImports = filesUnder('functions').flatMap(importsOf);
const entryFiles = new Set([...contexts.map(contextEntry), ...Object.values(workerEntries)]);
const shown = (list: Import[]) => list.map((i) => `${i.from} imports ${i.specifier}`);

describe('import boundaries', () => {
  it('reads the imports (the parser still finds them)', () => {
    expect(functionImports.length).toBeGreaterThan(200);
    expect(functionImports.some((i) => i.specifier === '../core/http.ts')).toBe(true);
    for (const entry of entryFiles) expect(existsSync(join(ROOT, entry)), entry).toBe(true);
  });

  it('functions/contract imports nothing but itself', () => {
    const contract = (file: string | null) => file !== null && areaOf(file) === 'contract';
    expect(shown(functionImports.filter((i) => contract(i.from) && !contract(i.target)))).toEqual([]);
  });

  it('functions/ imports nothing outside functions/ (not lib/)', () => {
    const outside = functionImports.filter((i) => i.target !== null && !i.target.startsWith('functions/'));
    expect(shown(outside)).toEqual([]);
  });

  it('a context imports another context only through its index.ts, and core imports no context', () => {
    const crossing = functionImports.filter((i) => {
      const from = areaOf(i.from);
      const to = i.target === null ? null : areaOf(i.target);
      if (!to || to === from || to === 'core' || to === 'contract') return false;
      return from === 'core' || i.target !== `functions/${to}/index.ts`;
    });
    expect(shown(crossing)).toEqual([]);
  });

  it('nothing imports a Lambda entry file', () => {
    expect(shown(functionImports.filter((i) => i.target !== null && entryFiles.has(i.target)))).toEqual([]);
  });

  it('the web imports only the contract from functions/', () => {
    const webImports = filesUnder('web/src').flatMap(importsOf);
    const server = webImports.filter(
      (i) => i.target?.startsWith('functions/') && !i.target.startsWith('functions/contract/'),
    );
    expect(shown(server)).toEqual([]);
  });
});
