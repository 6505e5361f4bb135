/**
 * Where a doctor's published photo lives (the media bucket's media/, served by the CDN at the same
 * path) and its deletion, apart from the upload code so that erasure (functions/privacy) carries only
 * the S3 client's DeleteObject.
 */
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { mediaPrefix } from '../contract/routes.ts';
import { s3 } from '../core/clients.ts';
import { config } from '../core/config.ts';

/** The site path of a published photo is its key: the CDN serves media/ at /media/. */
export const urlOf = (key: string) => `/${key}`;

/** The key behind a stored pictureUrl; null for anything that is not one of our published photos. */
export const keyOf = (pictureUrl: string | undefined) =>
  pictureUrl?.startsWith(`/${mediaPrefix}`) ? pictureUrl.slice(1) : null;

export const deleteMediaObject = (Key: string) =>
  s3().send(new DeleteObjectCommand({ Bucket: config().MEDIA_BUCKET, Key }));

/** Deletes a profile's published photo file (erasure: the profile itself is deleted after). Idempotent. */
export async function deletePhotoOf(user: { pictureUrl?: string } | null | undefined) {
  const key = keyOf(user?.pictureUrl);
  if (key) await deleteMediaObject(key);
}
