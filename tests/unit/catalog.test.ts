/**
 * The message catalog (messages/<locale>.json): every language has every key, and each key takes the
 * same parameters in every language (a translation that drops or renames `{amount}` would print a
 * blank where the amount goes). Every error code of the contract has its phrasing, with the
 * parameters the contract says the code carries. tsc checks the other side: a message the code calls
 * must exist, with the parameters it passes.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../functions/contract/api.ts';
import { type ErrorParams, errorCodes } from '../../functions/contract/errors.ts';
import { type Catalog, inputsOf, MESSAGES_DIR, readCatalog } from '../helpers/catalog.ts';

/** The codes whose parameters are named (not field errors), with those names. */
const ERROR_PARAMS: {
  [C in Exclude<keyof ErrorParams, 'validation_failed' | 'bad_request'>]: (keyof ErrorParams[C])[];
} = {
  prohibited_drug: ['name', 'reason'],
  list_b_needs_follow_up: ['name'],
  list_a_needs_video: ['name'],
  unknown_catalogue_id: ['catalogueId'],
  room_not_open: ['opensAt'],
  too_many_dependants: ['max'],
  too_many_documents: ['max'],
  follow_up_slot_outside_window: ['until'],
  reschedule_too_late: ['hours'],
  reschedule_limit: ['max'],
};

const catalogs = Object.fromEntries(locales.map((l) => [l, readCatalog(l)])) as Record<string, Catalog>;
const base = catalogs.en ?? {};

describe('message catalog', () => {
  it('has a file for every locale the contract lists, and none for another', () => {
    const files = readdirSync(MESSAGES_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...locales].sort());
    expect(Object.keys(base).length).toBeGreaterThan(100);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the keys of en', (locale) => {
    const keys = Object.keys(catalogs[locale] ?? {});
    expect(
      keys.filter((k) => !(k in base)),
      'only in this language',
    ).toEqual([]);
    expect(
      Object.keys(base).filter((k) => !keys.includes(k)),
      'missing in this language',
    ).toEqual([]);
  });

  it.each(locales.filter((l) => l !== 'en'))('%s takes the same parameters as en for every key', (locale) => {
    const differing = Object.entries(base).flatMap(([key, message]) => {
      const other = catalogs[locale]?.[key];
      if (other === undefined) return [];
      const [a, b] = [inputsOf(message), inputsOf(other)];
      return a.join() === b.join() ? [] : [`${key}: en {${a}} vs ${locale} {${b}}`];
    });
    expect(differing).toEqual([]);
  });

  it('has no empty message', () => {
    for (const [locale, catalog] of Object.entries(catalogs))
      for (const [key, message] of Object.entries(catalog))
        expect(
          typeof message === 'string' ? message.trim() : message.length,
          `${locale} ${key}`,
        ).toBeTruthy();
  });

  it('phrases every error code, with the parameters the contract gives it', () => {
    expect(errorCodes.filter((code) => !(`error_${code}` in base))).toEqual([]);
    const codes = new Set<string>(errorCodes);
    const stray = Object.keys(base).filter((k) => k.startsWith('error_') && !codes.has(k.slice(6)));
    expect(stray, 'error_ keys for codes the contract does not list').toEqual([]);
    for (const code of errorCodes) {
      const expected = ((ERROR_PARAMS as Record<string, string[]>)[code] ?? []).slice().sort();
      expect(inputsOf(base[`error_${code}`] ?? ''), code).toEqual(expected);
    }
  });

  it('reads parameters from plain and plural messages alike (the checker itself)', () => {
    expect(inputsOf('Refund of {amount} on {date}')).toEqual(['amount', 'date']);
    expect(
      inputsOf([
        {
          declarations: ['input count', 'local countPlural = count: plural'],
          selectors: ['countPlural'],
          match: { 'countPlural=one': '{count} minute', 'countPlural=other': '{count} minutes' },
        },
      ]),
    ).toEqual(['count']);
  });
});
