/**
 * S3 ObjectCreated on the documents bucket → the file's real type and size checked before anyone can
 * open it: ready, or rejected and the object deleted (documents.ts). The presigned POST's conditions
 * are not enforced by every S3 (the twin's s3rver ignores them), so this check is what protects us.
 */
import type { S3Event } from 'aws-lambda';
import { type DocumentRejection, MAX_DOCUMENT_BYTES } from '../contract/api.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';
import { logger } from '../core/logger.ts';
import { markReady, reject } from './documents.ts';
import { inspectObject } from './inspect.ts';
import { parseDocumentKey } from './keys.ts';

export const handler = async (event: S3Event) => {
  for (const record of event.Records ?? []) {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    await checkObject(key);
  }
};

export async function checkObject(key: string): Promise<'ready' | DocumentRejection | 'ignored'> {
  const ids = parseDocumentKey(key);
  const { data: d } = ids ? await entities().document.get(ids).go() : { data: null };
  // An object nobody asked to upload, or a repeated event for a file already decided.
  if (d?.status !== 'pending') {
    logger.warn('document object ignored', { key, status: d?.status ?? 'unknown' });
    return 'ignored';
  }
  const found = await inspectObject(config().DOCUMENTS_BUCKET, key, MAX_DOCUMENT_BYTES);
  const size = found?.size ?? 0;
  const verdict: 'ready' | DocumentRejection = !found
    ? 'empty'
    : (found.rejection ?? (found.type === d.contentType ? 'ready' : 'type_mismatch'));
  if (verdict === 'ready') await markReady(d, size);
  else await reject(d, verdict, size);
  logger.info('document checked', { key, verdict, size });
  return verdict;
}
