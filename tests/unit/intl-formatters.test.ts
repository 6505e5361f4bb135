/**
 * Every Intl formatter is built once per (locale, options), in functions/contract/format.ts. Building
 * one costs far more than using it (the first DateTimeFormat loads ICU's zone data); before this rule
 * a doctor's page built 118 DateTimeFormats while it rendered, most of its blocking time on a phone.
 * A formatter made anywhere else fails here, so no page or function slips back into building them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateTimeFormat, displayNames, formatMoney, numberFormat } from '../../functions/contract/format.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const THE_CACHE = 'functions/contract/format.ts';
const SOURCE = /\.(ts|tsx|astro|mjs|js)$/;
// The generated catalogs (paraglide/) are read too: bin/compile-messages.mjs points them at the cache.
const SKIP = new Set(['node_modules', 'dist', 'cdk.out']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** `new Intl.X(`, or `Intl.X(` called without new (which builds one all the same). */
const BUILDS_FORMATTER =
  /(?:new\s+)?Intl\.(?:DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat|PluralRules|DisplayNames|Segmenter|Collator)\s*\(/;

describe('Intl formatters', () => {
  it('are built only by the cache in the contract', () => {
    const offenders = ['functions', 'lib', 'web/src', 'bin']
      .flatMap(sources)
      .filter((path) => path !== THE_CACHE)
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, i) => (BUILDS_FORMATTER.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('the scan sees a formatter built outside the cache', () => {
    expect(BUILDS_FORMATTER.test("new Intl.DateTimeFormat('en-IN', { timeZone })")).toBe(true);
    expect(BUILDS_FORMATTER.test('Intl.NumberFormat().format(1)')).toBe(true);
    expect(BUILDS_FORMATTER.test("dateTimeFormat('en-IN', { timeZone })")).toBe(false);
  });

  it('gives the same formatter for the same locale and options, another for other options', () => {
    const a = dateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', hour: 'numeric' });
    expect(dateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', hour: 'numeric' })).toBe(a);
    expect(dateTimeFormat('en-IN', { timeZone: 'Asia/Tokyo', hour: 'numeric' })).not.toBe(a);
    expect(dateTimeFormat('hi-IN', { timeZone: 'Asia/Kolkata', hour: 'numeric' })).not.toBe(a);
    expect(numberFormat('en-IN')).toBe(numberFormat('en-IN'));
    expect(displayNames(['hi'], { type: 'language' }).of('hi')).toBe('हिन्दी');
  });

  it('keeps nothing for options Intl refuses, and formats as Intl does', () => {
    expect(() => dateTimeFormat('en-IN', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-IN', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(formatMoney(14_160_000, 'en')).toBe('₹1,41,600');
  });
});
