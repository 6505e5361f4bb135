/**
 * What an uploaded object really is: its size (HeadObject) and its type from its first bytes (sniff.ts).
 * Presigned POST conditions are not enforced by every S3 (the twin's s3rver ignores them), so both the
 * documents checker and a photo's publication ask here before trusting an upload.
 */
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { s3 } from '../core/clients.ts';
import { SNIFF_BYTES, type SniffedType, sniffType } from './sniff.ts';

export type Inspection =
  | { size: number; rejection: 'empty' | 'too_large'; type: null }
  | { size: number; rejection: null; type: SniffedType | null };

/** The object's verdict; null when there is no such object. The bytes are read only within the limit. */
export async function inspectObject(
  Bucket: string,
  Key: string,
  maxBytes: number,
): Promise<Inspection | null> {
  let size: number;
  try {
    size = (await s3().send(new HeadObjectCommand({ Bucket, Key }))).ContentLength ?? 0;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
    throw error;
  }
  if (size === 0) return { size, rejection: 'empty', type: null };
  if (size > maxBytes) return { size, rejection: 'too_large', type: null };
  const first = await s3().send(new GetObjectCommand({ Bucket, Key, Range: `bytes=0-${SNIFF_BYTES - 1}` }));
  const bytes = (await first.Body?.transformToByteArray()) ?? new Uint8Array();
  return { size, rejection: null, type: sniffType(bytes) };
}
