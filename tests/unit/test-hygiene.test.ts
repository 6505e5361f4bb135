/**
 * The class check behind "a flaky test is a bug": tests wait for conditions, never for time, and a
 * browser test never reads state a page script fills in later without waiting for it.
 *
 * - In tests/e2e, `expect(await <call>)` reads once, at whatever moment the await returns: on a busy
 *   machine the page's script may not have filled the field yet. Use `await expect.poll(() => <call>)`,
 *   which re-reads until the assertion holds (or its timeout, set in vitest.config.ts, passes).
 * - In a browser test's body, a bare read of page state (`await locator.textContent()` and the like)
 *   has the same race; read it through `expect.poll`, or wait for the condition (`locator.waitFor`,
 *   `page.waitForFunction`) first. Readers wrapped in small helper functions are fine: they are what
 *   `expect.poll` calls.
 * - Nowhere in the tests: fixed sleeps (`waitForTimeout`, `new Promise((r) => setTimeout(r, ms))`).
 *   Wait for what the sleep hoped would have happened (`until` in tests/helpers/wait.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const WAIT_HELPER = 'tests/helpers/wait.ts';

/**
 * Locator methods whose answer depends on what a page script has done so far. (`evaluate` also reads
 * page state, but as often acts on the page — a fetch, a blur — so only `expect(await …)` catches it.)
 */
const PAGE_STATE_READS = new Set([
  'textContent',
  'innerText',
  'innerHTML',
  'inputValue',
  'getAttribute',
  'isVisible',
  'isHidden',
  'isChecked',
  'isEnabled',
  'isDisabled',
  'isEditable',
  'count',
  'allTextContents',
  'allInnerTexts',
  'boundingBox',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'screenshots' ? [] : filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const calleeName = (call: ts.CallExpression) => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

/** The callback of `it(...)`/`test(...)` (also `.each`, `.concurrent` forms). */
function isTestBody(fn: ts.Node): boolean {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return false;
  const root = call.expression.getText().split(/[.(]/)[0];
  return root === 'it' || root === 'test';
}

function nearestFunction(node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) return n;
    if (ts.isMethodDeclaration(n)) return n;
  }
  return undefined;
}

const isSleep = (node: ts.Node): boolean =>
  ts.isNewExpression(node) &&
  node.expression.getText() === 'Promise' &&
  /^\(?\s*\w*\s*\)?\s*=>\s*setTimeout\(\s*\w+\s*,/.test(node.arguments?.[0]?.getText() ?? '');

function problemsIn(path: string, text = readFileSync(join(ROOT, path), 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const browser = path.startsWith('tests/e2e/');
  const found: string[] = [];
  const at = (node: ts.Node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (
        browser &&
        name === 'expect' &&
        ts.isIdentifier(node.expression) &&
        node.arguments[0] &&
        ts.isAwaitExpression(node.arguments[0]) &&
        ts.isCallExpression(node.arguments[0].expression)
      ) {
        found.push(`${at(node)} expect(await …) reads once: use expect.poll(() => …)`);
      }
      if (name === 'waitForTimeout') found.push(`${at(node)} waitForTimeout: wait for a condition`);
      if (
        browser &&
        PAGE_STATE_READS.has(name) &&
        ts.isAwaitExpression(node.parent) &&
        ts.isPropertyAccessExpression(node.expression)
      ) {
        const fn = nearestFunction(node);
        if (fn && isTestBody(fn)) {
          found.push(`${at(node)} await ….${name}() in a test body: read it through expect.poll`);
        }
      }
    }
    if (path !== WAIT_HELPER && isSleep(node)) {
      found.push(`${at(node)} a fixed sleep: wait for the condition (until() in ${WAIT_HELPER})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('test hygiene', () => {
  it('finds the patterns it forbids (so an empty result means something)', () => {
    const sample = [
      "it('x', async () => {",
      '  expect(await page.getByTestId("a").textContent()).toBe("b");',
      '  const v = await page.locator("#c").inputValue();',
      '  await page.waitForTimeout(100);',
      '  await new Promise((r) => setTimeout(r, 200));',
      '  await expect.poll(() => page.locator("#c").inputValue()).toBe("d");',
      '});',
      'const helper = async () => (await page.locator("#e").textContent()) ?? "";',
    ].join('\n');
    const lines = problemsIn('tests/e2e/sample.test.ts', sample).map((p) => p.split(' ')[0]);
    expect(lines).toEqual([
      'tests/e2e/sample.test.ts:2', // expect(await …)
      'tests/e2e/sample.test.ts:2', // …and the read inside it
      'tests/e2e/sample.test.ts:3',
      'tests/e2e/sample.test.ts:4',
      'tests/e2e/sample.test.ts:5',
    ]);
  });

  it('no test reads script-filled state once, and none sleeps', () => {
    const files = ['tests/e2e', 'tests/integration', 'tests/helpers', 'tests/unit'].flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(30);
    const problems = files.flatMap((file) => problemsIn(relative(ROOT, join(ROOT, file))));
    expect(problems).toEqual([]);
  });
});
