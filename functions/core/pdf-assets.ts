/**
 * What a function that renders PDFs needs beside its bundle: plain data (no imports), read by the PDF
 * typesetter at run time and by CDK, which builds and copies exactly these into such a function's
 * bundle (lib/stacks/node-function.ts).
 *
 * The font files PDFs are set in: *
 * All are Noto Sans (SIL Open Font License 1.1) from the @fontsource npm packages, which split each
 * family into per-script subsets. WOFF, not WOFF2: fontkit reads WOFF as is (WOFF2 would need a
 * Brotli decoder in the bundle). Nothing is fetched at run time.
 */

/**
 * A script the typesetter picks a font for; `latin-ext` and `vietnamese` back up `latin` for the
 * accented letters (and ₹) that Noto Sans keeps in those subsets.
 */
export type PdfScript =
  | 'latin'
  | 'latin-ext'
  | 'vietnamese'
  | 'devanagari'
  | 'bengali'
  | 'gurmukhi'
  | 'gujarati'
  | 'oriya'
  | 'tamil'
  | 'telugu'
  | 'kannada'
  | 'malayalam';

export type PdfWeight = 'regular' | 'bold';

export interface PdfFontFace {
  readonly script: PdfScript;
  readonly weight: PdfWeight;
  /** npm package holding the file in its `files/` folder. */
  readonly package: string;
  readonly file: string;
  /** OpenType features to switch off when laying text out in this font (see `brokenFeatures`). */
  readonly featuresOff?: readonly string[];
}

/** Folder beside the bundled handler that holds the files (and what they are copied to). */
export const PDF_FONT_DIR = 'fonts';

const cssWeight: Record<PdfWeight, number> = { regular: 400, bold: 700 };

/**
 * fontkit 2.0.4 throws (it reads a null anchor in its GPOS code) on these fonts' above-base
 * mark positioning, for common names. Without it, above-base marks keep their default placement,
 * which in these fonts is already over the consonant.
 */
const brokenFeatures: Partial<Record<PdfScript, readonly string[]>> = {
  telugu: ['abvm'],
  gurmukhi: ['abvm'],
};

const face = (script: PdfScript, weight: PdfWeight): PdfFontFace => {
  if (script === 'latin' || script === 'latin-ext' || script === 'vietnamese')
    return {
      script,
      weight,
      package: '@fontsource/noto-sans',
      file: `noto-sans-${script}-${cssWeight[weight]}-normal.woff`,
    };
  return {
    script,
    weight,
    package: `@fontsource/noto-sans-${script}`,
    file: `noto-sans-${script}-${script}-${cssWeight[weight]}-normal.woff`,
    featuresOff: brokenFeatures[script],
  };
};

export const pdfScripts: readonly PdfScript[] = [
  'latin',
  'latin-ext',
  'vietnamese',
  'devanagari',
  'bengali',
  'gurmukhi',
  'gujarati',
  'oriya',
  'tamil',
  'telugu',
  'kannada',
  'malayalam',
];

export const pdfFontFaces: readonly PdfFontFace[] = pdfScripts.flatMap((script) => [
  face(script, 'regular'),
  face(script, 'bold'),
]);

/** The PDF engine (pdf-lib + fontkit): built from `entry` into `file` beside the handler (pdf-engine.ts says why). */
export const PDF_ENGINE = { entry: 'functions/core/pdf-engine.ts', file: 'pdf-engine.mjs' } as const;

/** The font files a bundle needs: repository-relative source → path inside the bundle. */
export const pdfFontFiles: readonly { readonly from: string; readonly to: string }[] = pdfFontFaces.map(
  (f) => ({
    from: `node_modules/${f.package}/files/${f.file}`,
    to: `${PDF_FONT_DIR}/${f.file}`,
  }),
);
