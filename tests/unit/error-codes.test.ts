/**
 * Every error code the server can answer with is in the contract (functions/contract/errors.ts), so the
 * web can phrase each one, and the contract lists no code that nothing uses.
 *
 * The code is read from the syntax of functions/ (not by running it): the code argument of `AppError`,
 * `withParams`, `conflict`, `tooMany`, `transact` and the room's `errorFrame`, a parameter named `code` with a string
 * default (the helpers' own codes), and a `code: '…'` property of an object literal (the room's closing
 * reasons, the prescribing refusals). Most codes are also typed `ErrorCode` in the server; this catches
 * the places the types do not reach (an object literal, a new helper).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../functions/contract/errors.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The argument that carries the code, by callee name. */
const CODE_ARGUMENT: Record<string, number> = {
  AppError: 1,
  withParams: 1,
  conflict: 1,
  tooMany: 1,
  transact: 2,
  errorFrame: 0,
};
/** Calls whose object literals carry another library's `code` (zod's issue codes). */
const NOT_OURS = new Set(['addIssue']);
/**
 * Files whose `code`s are not error codes: a refused field's issue codes (the contract's
 * FieldIssueCode, which the compiler checks there, and which the web phrases as `field_<code>`).
 */
const OTHER_CODES = new Set(['functions/core/field-issues.ts']);

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const calleeName = (call: ts.CallExpression | ts.NewExpression) => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

/** Each code used under functions/, with where. */
function codesInFunctions(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of filesUnder('functions')) {
    if (OTHER_CODES.has(file)) continue;
    const source = ts.createSourceFile(
      file,
      readFileSync(join(ROOT, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const note = (node: ts.Node | undefined) => {
      if (!node || !ts.isStringLiteralLike(node)) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.set(node.text, [...(found.get(node.text) ?? []), `${relative(ROOT, join(ROOT, file))}:${line}`]);
    };
    const visit = (node: ts.Node, inForeignCall: boolean) => {
      let foreign = inForeignCall;
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const name = calleeName(node);
        const position = CODE_ARGUMENT[name];
        if (position !== undefined) note(node.arguments?.[position]);
        foreign = foreign || NOT_OURS.has(name);
      }
      if (ts.isParameter(node) && node.name.getText(source) === 'code') note(node.initializer);
      if (!foreign && ts.isPropertyAssignment(node) && node.name.getText(source) === 'code')
        note(node.initializer);
      ts.forEachChild(node, (child) => visit(child, foreign));
    };
    visit(source, false);
  }
  return found;
}

describe('error codes (functions/contract/errors.ts)', () => {
  const used = codesInFunctions();

  it('lists every code that functions/ answers with', () => {
    const listed = new Set<string>(errorCodes);
    const unlisted = [...used]
      .filter(([code]) => !listed.has(code))
      .map(([code, at]) => `${code} (${at.join(', ')})`);
    expect(unlisted, 'add these to functions/contract/errors.ts, so the web can phrase them').toEqual([]);
  });

  it('lists no code that nothing uses', () => {
    expect(errorCodes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('lists each code once', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
  });

  it('finds the codes by their syntax (the scan itself still works)', () => {
    expect(used.get('slot_taken')?.length).toBeGreaterThan(1);
    expect(used.has('too_many_requests')).toBe(true);
    expect(used.has('appointment_cancelled')).toBe(true);
    expect(used.has('prohibited_drug')).toBe(true);
    expect(used.has('custom'), "zod's own issue code is not ours").toBe(false);
  });
});
