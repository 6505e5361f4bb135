/**
 * A file's real type from its first bytes (its "magic number"), whatever its name or declared type says.
 * Plain bytes in, no I/O: the checker reads the first SNIFF_BYTES of the object and asks here.
 */
import type { DocumentContentType, PhotoContentType } from '../contract/api.ts';

/** Enough for every signature below (HEIC's brand ends at byte 12). */
export const SNIFF_BYTES = 16;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * HEIC is an ISO base media file: a box size (4 bytes), `ftyp`, then the major brand. Apple's photos
 * carry heic or heix; mif1 and msf1 are the generic HEIF image and sequence brands they also use.
 */
const HEIC_BRANDS = ['heic', 'heix', 'mif1', 'msf1'].map(ascii);

/** Every type the bytes can tell: a document's, or a photo's (WebP is only ever a photo). */
export type SniffedType = DocumentContentType | PhotoContentType;

export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIC_BRANDS.some((brand) => startsWith(bytes, brand, 8)))
    return 'image/heic';
  // A RIFF container (4-byte size after the tag) whose form type is WEBP.
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}
