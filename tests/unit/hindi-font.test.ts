/**
 * The Hindi pages' font is Fontsource's variable Noto Sans Devanagari with its weight axis cut to
 * 400–700 and its characters to the Devanagari block, ZWNJ, ZWJ and the dotted circle (70 KB where the
 * 100–900 file is 121 KB; web/src/styles/global.css says how it is made). It must keep every one of
 * those characters and shape every word as the original does, global.css's unicode-range must send it
 * no character it lacks, and the site must ask for no weight outside the cut: a `font-light` or
 * `font-black` would be drawn at the nearest weight the file has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CUT = path.join(ROOT, 'web/src/assets/fonts/noto-sans-devanagari-wght-400-700.woff2');
const ORIGINAL = path.join(
  ROOT,
  'node_modules/@fontsource-variable/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-wght-normal.woff2',
);
const WEIGHTS = { min: 400, max: 700 };

/** Tailwind's weight classes and the numbers they stand for. */
const TAILWIND_WEIGHTS: Record<string, number> = {
  thin: 100,
  extralight: 200,
  light: 300,
  normal: 400,
  medium: 500,
  semibold: 600,
  bold: 700,
  extrabold: 800,
  black: 900,
};

function webSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : webSources(file);
    return /\.(tsx?|astro|css)$/.test(entry.name) ? [file] : [];
  });
}

describe("the Hindi pages' font", () => {
  it('is the original cut to 400–700 and to Devanagari, every character kept and shaped the same', () => {
    const cut = fontkit.openSync(CUT) as fontkit.Font;
    const original = fontkit.openSync(ORIGINAL) as fontkit.Font;
    expect(cut.variationAxes.wght).toMatchObject(WEIGHTS);
    const kept = (c: number) => (c >= 0x900 && c <= 0x97f) || c === 0x200c || c === 0x200d || c === 0x25cc;
    expect(cut.characterSet.filter(kept)).toEqual(original.characterSet.filter(kept));
    // Nothing else (U+FFFF is the cmap's closing segment, which fontkit lists as a character).
    expect(cut.characterSet.filter((c) => !kept(c) && c !== 0xffff)).toEqual([]);
    expect(cut.characterSet.filter((c) => c >= 0x900 && c <= 0x97f)).toHaveLength(0x80);
    // Conjuncts, matras and the Hindi catalog itself shape to the same outlines as in the original (glyph
    // ids differ: the cut renumbers them), and none is .notdef. No spaces or punctuation: those are the
    // Latin font's (the unicode-range is Devanagari only).
    const catalog =
      readFileSync(path.join(ROOT, 'messages/hi.json'), 'utf8').match(/[\u0900-\u097f]+/g) ?? [];
    const words = ['डॉक्टर', 'प्रिस्क्रिप्शन', 'सलाह', 'श्रद्धा', 'क्षत्रिय', 'ज्ञान', 'ऋषि', ...new Set(catalog)];
    const outlines = (font: fontkit.Font) =>
      words.flatMap((w) => font.layout(w).glyphs.map((g) => `${g.advanceWidth}:${g.path.toSVG()}`));
    expect(outlines(cut)).toEqual(outlines(original));
    expect(words.flatMap((w) => cut.layout(w).glyphs.map((g) => g.id))).not.toContain(0);
  });

  it('is given by global.css only for the characters it has', () => {
    const css = readFileSync(path.join(ROOT, 'web/src/styles/global.css'), 'utf8');
    // This face's range (the switcher's word font has its own rule and only that word's glyphs).
    const range = /font-family: "Noto Sans Devanagari";[^}]*unicode-range: ([^;]+);/.exec(css)?.[1] ?? '';
    expect(range).not.toBe('');
    const cut = fontkit.openSync(CUT) as fontkit.Font;
    for (const part of range.split(/,\s*/)) {
      const [from = '', to = from] = part.replace('U+', '').split('-');
      for (let c = Number.parseInt(from, 16); c <= Number.parseInt(to, 16); c++)
        expect(cut.hasGlyphForCodePoint(c), `U+${c.toString(16)}`).toBe(true);
    }
  });

  it('covers every weight the site asks for, and global.css declares the same range', () => {
    const css = readFileSync(path.join(ROOT, 'web/src/styles/global.css'), 'utf8');
    expect(css).toMatch(/font-family: "Noto Sans Devanagari";[^}]*font-weight: 400 700;/);
    const outside = webSources(path.join(ROOT, 'web/src')).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /\bfont-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)\b/g,
        ),
      ]
        .filter(([, name]) => {
          const weight = TAILWIND_WEIGHTS[name ?? ''] ?? 0;
          return weight < WEIGHTS.min || weight > WEIGHTS.max;
        })
        .map(([cls]) => `${path.relative(ROOT, file)}: ${cls}`),
    );
    expect(outside).toEqual([]);
  });
});
