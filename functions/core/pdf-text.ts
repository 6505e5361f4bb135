/**
 * Text in PDFs, in the scripts our users write their names in (Latin and the major Indian scripts).
 *
 * pdf-lib's standard fonts only encode WinAnsi ("प्रिया" throws "WinAnsi cannot encode"), so every
 * string is set in embedded Noto Sans fonts (functions/core/pdf-assets.ts), subset per document.
 * Each string is split into runs by Unicode script, and each run gets its script's font.
 *
 * Shaping: fontkit lays each run out with the font's OpenType tables (its Indic shaper reorders
 * matras, forms conjuncts and reph through GSUB, and GPOS places marks). pdf-lib's own drawText
 * applies the substitutions but drops the GPOS offsets (a Bengali ra-phala lands beside its
 * consonant instead of under it), so runs are drawn glyph by glyph at fontkit's positions. The
 * visible glyph order is not the spoken order ("प्रिया" starts with the i-matra glyph), so each
 * string is also tagged with /ActualText: copying or extracting text gives back the original.
 *
 * pdf-lib, fontkit and the font files are loaded on first use, from files beside the bundle
 * (pdf-engine.ts): only the PDF routes need them.
 */
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GlyphRun, Font as LayoutFont } from 'fontkit';
import type { Color, PDFDocument, PDFFont, PDFOperator, PDFPage } from 'pdf-lib';
import { segmenter } from '../contract/format.ts';
import {
  PDF_ENGINE,
  PDF_FONT_DIR,
  type PdfFontFace,
  type PdfScript,
  type PdfWeight,
  pdfFontFaces,
} from './pdf-assets.ts';

type Engine = typeof import('./pdf-engine.ts');
type PdfLib = Engine['lib'];
type Fontkit = Engine['fontkit'];
type FontkitForPdfLib = Parameters<PDFDocument['registerFontkit']>[0];

const here = dirname(fileURLToPath(import.meta.url));

/** From source (the local twin, tests) the engine is this module; a specifier esbuild leaves alone. */
const engineSource = './pdf-engine.ts';

let engine: Promise<Engine> | undefined;

/**
 * pdf-lib and fontkit, imported once per process: in a bundle from the file built beside it, from
 * source directly.
 */
export function loadPdfLib(): Promise<Engine> {
  const built = join(here, PDF_ENGINE.file);
  engine ??= access(built).then(
    () => import(pathToFileURL(built).href) as Promise<Engine>,
    () => import(engineSource) as Promise<Engine>,
  );
  return engine;
}

/** A font file as a fontkit font (fontkit can also return a collection, which none of ours is). */
const fontOf = (fontkit: Fontkit, bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as LayoutFont;

/**
 * fontkit 2 behind the fontkit 1 interface pdf-lib calls. pdf-lib's own fork (@pdf-lib/fontkit 1.1)
 * writes broken subsets of some of these fonts (Noto Sans Telugu: most glyph outlines lost) and
 * needs Babel's generator runtime as a global for Indic text; fontkit 2 has neither problem. The one
 * difference pdf-lib meets: fontkit 2 encodes a subset at once, fontkit 1 as a stream.
 */
const forPdfLib = (fontkit: Fontkit): FontkitForPdfLib => ({
  create: (bytes: Uint8Array) => {
    const font = fontOf(fontkit, bytes);
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
      },
    }) as unknown as ReturnType<FontkitForPdfLib['create']>;
  },
});

const fileBytes = new Map<string, Promise<Uint8Array>>();

/**
 * A font file's bytes, read once per process. A bundle has them in fonts/ beside the handler (copied
 * at bundling: lib/stacks/node-function.ts); from source (the local twin, tests) they are read from
 * their npm packages.
 */
function fontBytes(face: PdfFontFace): Promise<Uint8Array> {
  let bytes = fileBytes.get(face.file);
  if (!bytes) {
    bytes = readFile(join(here, PDF_FONT_DIR, face.file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return readFile(createRequire(import.meta.url).resolve(`${face.package}/files/${face.file}`));
    });
    bytes.catch(() => fileBytes.delete(face.file));
    fileBytes.set(face.file, bytes);
  }
  return bytes;
}

/** Script of a character, for the scripts we have fonts for; null for spaces, digits, marks etc. */
const scriptTests: readonly [PdfScript, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  // The danda and double danda (।॥) are "Common" to the Indic scripts, so after Latin text ("500 mg।")
  // they would join the Latin run, whose fonts lack them (shown as ?). Devanagari's font has them.
  ['devanagari', /[\p{Script=Devanagari}\u0964\u0965]/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['gurmukhi', /\p{Script=Gurmukhi}/u],
  ['gujarati', /\p{Script=Gujarati}/u],
  ['oriya', /\p{Script=Oriya}/u],
  ['tamil', /\p{Script=Tamil}/u],
  ['telugu', /\p{Script=Telugu}/u],
  ['kannada', /\p{Script=Kannada}/u],
  ['malayalam', /\p{Script=Malayalam}/u],
];
const scriptOf = (char: string): PdfScript | null =>
  scriptTests.find(([, test]) => test.test(char))?.[0] ?? null;

/** The smallest size `maxWidth` shrinks text to before cutting it. */
const MIN_SIZE = 7;

/** Shown for a character none of our fonts has (a Han or Arabic name, an emoji); /ActualText keeps the real one. */
const MISSING = '?';

type OperatorArg = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];

interface Face {
  pdfFont: PDFFont;
  font: LayoutFont;
  /** A fresh object per call: fontkit writes into the features object it is given. */
  features: () => Record<string, boolean>;
}

/** fontkit's layout, with the face's features. */
const layOut = (face: Face, text: string) => face.font.layout(text, face.features());

interface Run {
  face: Face;
  /** The script of its letters; null while it has only spaces, digits or punctuation. */
  script: PdfScript | null;
  text: string;
  /** fontkit's layout of `text` (glyphs and positions). */
  glyphs: GlyphRun;
}

export interface TextStyle {
  size: number;
  weight?: PdfWeight;
  color?: Color;
  /** Shrinks the size, then cuts the text, until it fits: a long name must not run into the next column. */
  maxWidth?: number;
  /** `right`: x is where the text ends (amounts in a column). */
  align?: 'left' | 'right';
}

/**
 * Sets text on the pages of one document. Fonts are embedded into the document the first time a run
 * needs them, as subsets of the glyphs actually drawn.
 */
export class PdfTypesetter {
  private readonly faces = new Map<string, Promise<Face>>();

  private constructor(
    private readonly pdf: PDFDocument,
    private readonly lib: PdfLib,
    private readonly fontkit: Fontkit,
  ) {}

  static async for(pdf: PDFDocument): Promise<PdfTypesetter> {
    const { lib, fontkit } = await loadPdfLib();
    pdf.registerFontkit(forPdfLib(fontkit));
    return new PdfTypesetter(pdf, lib, fontkit);
  }

  private face(script: PdfScript, weight: PdfWeight): Promise<Face> {
    const key = `${script}/${weight}`;
    let face = this.faces.get(key);
    if (!face) {
      const file = pdfFontFaces.find((f) => f.script === script && f.weight === weight);
      if (!file) throw new Error(`No PDF font for ${key}`);
      const features = () => Object.fromEntries((file.featuresOff ?? []).map((tag) => [tag, false]));
      face = fontBytes(file).then(async (bytes) => ({
        pdfFont: await this.pdf.embedFont(bytes, { subset: true, features: features() }),
        font: fontOf(this.fontkit, bytes),
        features,
      }));
      this.faces.set(key, face);
    }
    return face;
  }

  /** The first of the candidate fonts that has the character, or null. */
  private async covering(char: string, candidates: PdfScript[], weight: PdfWeight): Promise<Face | null> {
    const codePoint = char.codePointAt(0) ?? 0;
    for (const script of candidates) {
      const face = await this.face(script, weight);
      if (face.font.hasGlyphForCodePoint(codePoint)) return face;
    }
    return null;
  }

  /**
   * The runs of `text`: a character of a script goes to that script's font; spaces, digits,
   * punctuation and combining marks stay with the run they are in when its font has them, else go to
   * the Latin fonts; control characters become spaces.
   */
  private async runs(text: string, weight: PdfWeight): Promise<Run[]> {
    const pieces: Omit<Run, 'glyphs'>[] = [];
    // NFC: a letter typed as base + combining accents is looked up as the one precomposed glyph the
    // fonts have.
    for (const raw of Array.from(text.normalize('NFC').replace(/\p{Cc}/gu, ' '))) {
      const codePoint = raw.codePointAt(0) ?? 0;
      const script = scriptOf(raw);
      const last = pieces.at(-1);
      let face: Face | null = null;
      if (
        last &&
        (script === null || last.script === null || script === last.script) &&
        last.face.font.hasGlyphForCodePoint(codePoint)
      )
        face = last.face;
      face ??= await this.covering(
        raw,
        !script || script === 'latin' ? ['latin', 'latin-ext', 'vietnamese'] : [script],
        weight,
      );
      const char = face ? raw : MISSING;
      face ??= await this.face('latin', weight);
      if (last && last.face === face) {
        last.text += char;
        last.script ??= script;
      } else pieces.push({ face, script, text: char });
    }
    const latin = await this.face('latin', weight);
    return pieces.map((piece) => {
      try {
        return { ...piece, glyphs: layOut(piece.face, piece.text) };
      } catch {
        // A font fontkit cannot lay this text out in (see brokenFeatures in pdf-fonts.ts): a visible
        // placeholder (the /ActualText still holds the real text) instead of a failed document.
        const placeholder = MISSING.repeat(Array.from(piece.text).length);
        return { face: latin, script: null, text: placeholder, glyphs: layOut(latin, placeholder) };
      }
    });
  }

  private static advance(run: Run, size: number): number {
    const { positions } = run.glyphs;
    return (positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / run.face.font.unitsPerEm;
  }

  private static width(runs: Run[], size: number): number {
    return runs.reduce((sum, run) => sum + PdfTypesetter.advance(run, size), 0);
  }

  async widthOf(text: string, size: number, weight: PdfWeight = 'regular'): Promise<number> {
    return PdfTypesetter.width(await this.runs(text, weight), size);
  }

  /**
   * Runs and size that fit `maxWidth`: first a smaller size (down to MIN_SIZE), then as many whole
   * graphemes (a consonant cluster stays whole) as fit, followed by an ellipsis.
   */
  private async fit(text: string, weight: PdfWeight, size: number, maxWidth: number) {
    let runs = await this.runs(text, weight);
    const width = PdfTypesetter.width(runs, size);
    if (width <= maxWidth) return { runs, size };
    const smaller = Math.max(MIN_SIZE, (size * maxWidth) / width);
    if (PdfTypesetter.width(runs, smaller) <= maxWidth) return { runs, size: smaller };
    const graphemes = Array.from(
      segmenter('en', { granularity: 'grapheme' }).segment(text),
      (g) => g.segment,
    );
    let [fits, tooMany] = [0, graphemes.length];
    while (tooMany - fits > 1) {
      const count = Math.floor((fits + tooMany) / 2);
      runs = await this.runs(`${graphemes.slice(0, count).join('')}…`, weight);
      if (PdfTypesetter.width(runs, smaller) <= maxWidth) fits = count;
      else tooMany = count;
    }
    return { runs: await this.runs(`${graphemes.slice(0, fits).join('')}…`, weight), size: smaller };
  }

  /** Draws `text` on the baseline y, starting (or with `align: 'right'`, ending) at x; returns the width drawn. */
  async draw(page: PDFPage, text: string, x: number, y: number, style: TextStyle): Promise<number> {
    const { lib } = this;
    const weight = style.weight ?? 'regular';
    const { runs, size } =
      style.maxWidth === undefined
        ? { runs: await this.runs(text, weight), size: style.size }
        : await this.fit(text, weight, style.size, style.maxWidth);
    const start = style.align === 'right' ? x - PdfTypesetter.width(runs, size) : x;

    const operators = [
      lib.pushGraphicsState(),
      lib.setFillingColor(style.color ?? lib.rgb(0, 0, 0)),
      lib.beginText(),
    ];
    let pen = start;
    for (const run of runs) {
      // encodeText adds the run's glyphs to the font's subset and returns their ids in layout order,
      // four hex digits each (Identity-H); the same layout gives each glyph's position.
      const ids = run.face.pdfFont.encodeText(run.text).asString();
      const { glyphs, positions } = run.glyphs;
      // Both layouts come from the same bytes and features, so they agree; if they ever did not, the
      // glyphs would be drawn at other glyphs' places.
      if (ids.length !== glyphs.length * 4) throw new Error('pdf-lib and fontkit laid a run out differently');
      const scale = size / run.face.font.unitsPerEm;
      operators.push(
        lib.setFontAndSize(page.node.newFontDictionary(run.face.pdfFont.name, run.face.pdfFont.ref), size),
      );
      positions.forEach((position, i) => {
        operators.push(
          lib.setTextMatrix(1, 0, 0, 1, pen + position.xOffset * scale, y + position.yOffset * scale),
          lib.showText(lib.PDFHexString.of(ids.slice(i * 4, i * 4 + 4))),
        );
        pen += position.xAdvance * scale;
      });
    }
    operators.push(lib.endText(), lib.popGraphicsState());

    // BDC takes a property list; pdf-lib serialises any PDF object as an operand, its typings just
    // do not list dictionaries.
    const span = this.pdf.context.obj({
      ActualText: lib.PDFHexString.fromText(text),
    }) as unknown as OperatorArg;
    page.pushOperators(
      lib.PDFOperator.of(lib.PDFOperatorNames.BeginMarkedContentSequence, [lib.PDFName.of('Span'), span]),
      ...operators,
      lib.PDFOperator.of(lib.PDFOperatorNames.EndMarkedContent),
    );
    return pen - start;
  }
}
