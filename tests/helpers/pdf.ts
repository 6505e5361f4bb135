/**
 * What a PDF holds, read with pdf-lib (no external tools): its fonts (embedded or not, with a
 * ToUnicode map or not) and the text it says it shows (the /ActualText of every text span the
 * typesetter draws, functions/core/pdf-text.ts).
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';

export interface PdfFont {
  baseFont: string;
  embedded: boolean;
  toUnicode: boolean;
}

export interface PdfFacts {
  pages: number;
  fonts: PdfFont[];
  /** Every /ActualText, decoded, in content order. */
  texts: string[];
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await PDFDocument.load(bytes);
  const fonts: PdfFont[] = [];
  const texts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    // Top-level fonts only: a Type0 font's descendant (CIDFontType2) is part of it.
    const subtype = object instanceof PDFDict ? object.get(PDFName.of('Subtype'))?.toString() : undefined;
    if (
      object instanceof PDFDict &&
      object.get(PDFName.of('Type')) === PDFName.of('Font') &&
      !subtype?.startsWith('/CIDFontType')
    ) {
      const baseFont = object.get(PDFName.of('BaseFont'))?.toString().replace(/^\//, '') ?? '';
      const descendants = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const descendant = descendants ? doc.context.lookup(descendants.get(0), PDFDict) : object;
      const descriptor = descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
      fonts.push({ baseFont, embedded, toUnicode: object.has(PDFName.of('ToUnicode')) });
    }
  }
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const ref of streams) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const content = latin1(decodePDFRawStream(stream).decode());
      for (const match of content.matchAll(/\/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)) {
        const raw = match[1]!;
        texts.push(
          raw.startsWith('<')
            ? PDFHexString.of(raw.slice(1, -1).replace(/\s/g, '')).decodeText()
            : PDFString.of(raw.slice(1, -1)).decodeText(),
        );
      }
    }
  }
  return { pages: doc.getPageCount(), fonts, texts };
}
