/** The typesetter's choice of font for characters shared by scripts (functions/core/pdf-text.ts). */
import { describe, expect, it } from 'vitest';
import { loadPdfLib, PdfTypesetter } from '../../functions/core/pdf-text.ts';
import { readPdf } from '../helpers/pdf.ts';

async function fontsFor(text: string) {
  const { PDFDocument, rgb } = (await loadPdfLib()).lib;
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([400, 80]);
  await (await PdfTypesetter.for(pdf)).draw(page, text, 10, 40, {
    weight: 'regular',
    size: 12,
    color: rgb(0, 0, 0),
  });
  const facts = await readPdf(await pdf.save());
  return {
    fonts: facts.fonts.map((f) => f.baseFont.replace(/^[A-Z]{6}\+/, '').replace(/-\d+$/, '')),
    texts: facts.texts,
  };
}

describe('characters shared by scripts', () => {
  it('sets a danda after Latin text in the Devanagari font (the Latin fonts have none: it showed as ?)', {
    timeout: 30_000,
  }, async () => {
    const { fonts, texts } = await fontsFor('Paracetamol 500 mg।');
    expect(fonts.sort()).toEqual(['NotoSans-Regular', 'NotoSansDevanagari-Regular']);
    expect(texts.join('')).toBe('Paracetamol 500 mg।');
  });

  it('keeps Latin-only text in the Latin font', { timeout: 30_000 }, async () => {
    expect((await fontsFor('Paracetamol 500 mg.')).fonts).toEqual(['NotoSans-Regular']);
  });
});
