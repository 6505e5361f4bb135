/**
 * The English pages' language switcher draws "हिन्दी" with a font cut down to that word's glyphs
 * (web/src/styles/global.css says how it is made). If the word ever changes (it comes from
 * Intl.DisplayNames, as LanguageSwitch.tsx renders it), a missing glyph would fall back to the system's
 * font or to boxes: this fails first.
 */
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

const FONT = path.resolve(
  import.meta.dirname,
  '../../web/src/assets/fonts/noto-sans-devanagari-500-hindi-word.woff2',
);
const hindiWord = new Intl.DisplayNames(['hi'], { type: 'language' }).of('hi') ?? '';

describe("the language switcher's Hindi word font", () => {
  it('has a glyph for every character of the word the switcher shows, and is the small cut', () => {
    const font = fontkit.openSync(FONT) as fontkit.Font;
    expect(hindiWord).toMatch(/^[\u0900-\u097F]+$/);
    const missing = [...hindiWord].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
    // Shaped as a browser would (the conjunct न्द included): no glyph is .notdef (id 0).
    expect(font.layout(hindiWord).glyphs.map((g) => g.id)).not.toContain(0);
    expect(font.numGlyphs).toBeLessThan(40);
  });
});
