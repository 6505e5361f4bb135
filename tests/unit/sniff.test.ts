/**
 * The magic-byte sniffer (functions/documents/sniff.ts) that decides what a document or a doctor's
 * photo really is, whatever its name or declared type says; and the photo editor's crop arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { SNIFF_BYTES, sniffType } from '../../functions/documents/sniff.ts';
import { clampCrop, initialCrop, MAX_ZOOM, moved, sourceSquare } from '../../web/src/islands/account/crop.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffType', () => {
  it('knows WebP by its RIFF container and WEBP form type, whatever the size field holds', () => {
    expect(sniffType(bytes('RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffType(bytes('RIFF', [0xff, 0xff, 0xff, 0x7f], 'WEBPVP8L'))).toBe('image/webp');
  });

  it('does not take another RIFF file (a WAV, an AVI) or a short or shifted header for WebP', () => {
    expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'AVI LIST'))).toBeNull();
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).toBeNull();
    expect(sniffType(bytes(' RIFF', [0, 0, 0, 0], 'WEBP'))).toBeNull();
    expect(sniffType(bytes('WEBP', [0, 0, 0, 0], 'RIFF'))).toBeNull();
  });

  it('still knows the document types, and refuses text named like an image', () => {
    expect(sniffType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypheic'))).toBe('image/heic');
    expect(sniffType(bytes('This is a text file renamed photo.jpg'))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });

  it('needs no more than the bytes the checkers read', () => {
    expect(SNIFF_BYTES).toBeGreaterThanOrEqual(12);
  });
});

describe('the photo crop', () => {
  it('starts on the centred largest square', () => {
    expect(sourceSquare(800, 600, initialCrop(800, 600))).toEqual({ x: 100, y: 0, side: 600 });
  });

  it('keeps the square inside the image however far it is moved, and the zoom within bounds', () => {
    const start = initialCrop(800, 600);
    expect(sourceSquare(800, 600, moved(800, 600, start, -1000, 50))).toEqual({ x: 0, y: 0, side: 600 });
    expect(sourceSquare(800, 600, moved(800, 600, start, 1000, 0))).toEqual({ x: 200, y: 0, side: 600 });
    const zoomed = clampCrop(800, 600, { ...start, zoom: 10 });
    expect(zoomed.zoom).toBe(MAX_ZOOM);
    expect(sourceSquare(800, 600, moved(800, 600, zoomed, 0, 1000))).toEqual({ x: 325, y: 450, side: 150 });
    expect(clampCrop(800, 600, { ...start, zoom: 0.2 }).zoom).toBe(1);
  });
});
