/**
 * The Hindi pages' font is Fontsource's variable Noto Sans Devanagari with its weight axis cut to
 * 400–700 (85 KB where the 100–900 file is 121 KB; web/src/styles/global.css says how it is made). It
 * must keep every character and glyph of the original, and the site must ask for no weight outside
 * the cut: a `font-light` or `font-black` would be drawn at the nearest weight the file has.
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
  it('is the original cut to 400–700, with every character and glyph kept', () => {
    const cut = fontkit.openSync(CUT) as fontkit.Font;
    const original = fontkit.openSync(ORIGINAL) as fontkit.Font;
    expect(cut.variationAxes.wght).toMatchObject(WEIGHTS);
    expect(cut.characterSet).toEqual(original.characterSet);
    expect(cut.numGlyphs).toBe(original.numGlyphs);
    // Conjuncts shape to the same glyphs as in the original (none is .notdef). No spaces or
    // punctuation: those are the Latin font's (the unicode-range is Devanagari only).
    const words = ['डॉक्टर', 'प्रिस्क्रिप्शन', 'सलाह', 'श्रद्धा'];
    const glyphs = (font: fontkit.Font) => words.flatMap((w) => font.layout(w).glyphs.map((g) => g.id));
    expect(glyphs(cut)).toEqual(glyphs(original));
    expect(glyphs(cut)).not.toContain(0);
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
