/** Reading the message catalog (messages/<locale>.json) in tests: its messages and their inputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MESSAGES_DIR = join(import.meta.dirname, '..', '..', 'messages');

export type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
export type Message = string | Variant[];
export type Catalog = Record<string, Message>;

export const readCatalog = (locale: string): Catalog => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(join(MESSAGES_DIR, `${locale}.json`), 'utf8'));
  return messages as Catalog;
};

/** The inputs a message takes: `{name}` placeholders, and a variant message's declared inputs. */
export function inputsOf(message: Message): string[] {
  const names = new Set<string>();
  const placeholders = (text: string) => {
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (name) names.add(name);
  };
  if (typeof message === 'string') placeholders(message);
  else
    for (const variant of message) {
      const locals = new Set<string>();
      for (const d of variant.declarations ?? []) {
        const [kind, name] = d.split(/\s+/);
        if (kind === 'input' && name) names.add(name);
        if (kind === 'local' && name) locals.add(name);
      }
      for (const text of Object.values(variant.match)) placeholders(text);
      for (const local of locals) names.delete(local);
    }
  return [...names].sort();
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçďéƒĝĥíĵķľɱñóþǫŕšťúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĽṀÑÓÞǪŔŠŤÚṼŴẊÝŽ'][i] ?? c,
  ]),
);

/**
 * The pseudo-locale of a text: every Latin letter accented (so no plain English word is left) and
 * about 40% longer, in brackets (so a cut-off shows), placeholders kept: "Hello {name}," →
 * "⟦Ĥéľľó {name}, ~~~⟧". Text that comes out with plain English words did not come from the catalog.
 */
export function pseudo(text: string): string {
  const body = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  return `⟦${body} ${'~'.repeat(Math.max(1, Math.ceil(text.length * 0.4) - 3))}⟧`;
}

/** The pseudo-locale of a whole catalog. */
export const pseudoCatalog = (catalog: Catalog): Catalog =>
  Object.fromEntries(
    Object.entries(catalog).map(([key, message]) => [
      key,
      typeof message === 'string'
        ? pseudo(message)
        : message.map((v) => ({
            ...v,
            match: Object.fromEntries(Object.entries(v.match).map(([k, t]) => [k, pseudo(t)])),
          })),
    ]),
  );
