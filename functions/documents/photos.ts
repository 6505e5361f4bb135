/**
 * Doctors' photos (issue 19): cropped to a square in the browser, uploaded with the documents' presigned
 * POST, checked and published by one synchronous call, served from the CDN under /media/.
 *
 * - The upload lands in the media bucket under uploads/photos/{doctorId}/{uploadId}, which nothing
 *   serves. The key is the caller's own, so no one can publish another doctor's upload (it is simply
 *   not found under their id).
 * - Publishing reads the object's size and first bytes (inspect.ts: s3rver enforces no POST policy),
 *   and only a JPEG, PNG or WebP within MAX_PHOTO_BYTES is copied to media/doctors/{doctorId}/{uploadId}.
 *   {jpg|png|webp}, with the content type its bytes have and an immutable cache header (a new photo is
 *   a new key). Then the profile points at it, and the old photo and the upload are deleted.
 * - Synchronous rather than the ObjectCreated checker: the doctor waits on the answer anyway (their
 *   photo should appear as they save it), a refusal can be said at once, and no pending row is needed.
 */
import { CopyObjectCommand } from '@aws-sdk/client-s3';
import { ulid } from 'ulid';
import {
  MAX_PHOTO_BYTES,
  type PhotoContentType,
  type PhotoState,
  type PhotoUploadBody,
  type PhotoUploadPermit,
  photoContentTypes,
} from '../contract/api.ts';
import { mediaPrefix, photoUploadsPrefix } from '../contract/routes.ts';
import { s3 } from '../core/clients.ts';
import { config } from '../core/config.ts';
import { entities } from '../core/db/index.ts';
import { AppError, conflict, isConditionalCheckFailed, notFound } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { presignedUpload } from './documents.ts';
import { inspectObject } from './inspect.ts';
import { deleteMediaObject, deletePhotoOf, keyOf, urlOf } from './media.ts';

const EXTENSIONS: Record<PhotoContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
/** Published photos never change under their key. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const uploadKey = (doctorId: string, uploadId: string) => `${photoUploadsPrefix}${doctorId}/${uploadId}`;

const isPhotoType = (type: string | null): type is PhotoContentType =>
  (photoContentTypes as readonly string[]).includes(type ?? '');

/** A presigned POST for the doctor's cropped photo. */
export async function startPhotoUpload(
  doctorId: string,
  body: PhotoUploadBody,
  now = new Date(),
): Promise<PhotoUploadPermit> {
  const uploadId = ulid(now.getTime());
  const post = await presignedUpload(
    config().MEDIA_BUCKET,
    uploadKey(doctorId, uploadId),
    body.contentType,
    MAX_PHOTO_BYTES,
    now,
  );
  return { uploadId, ...post };
}

/** Why an upload is not used, as the doctor is told (422: the request was fine, the file is not). */
const REFUSALS = {
  empty: () => new AppError(422, 'photo_empty', 'The photo arrived empty. Try again.'),
  too_large: () => new AppError(422, 'photo_too_large', 'A photo can be at most 1 MB.'),
  type_mismatch: () =>
    new AppError(422, 'photo_type_mismatch', 'That file is not a JPEG, PNG or WebP image.'),
};

/** Refuses what arrived: the upload is deleted, nothing else changed. */
async function refuse(key: string, why: keyof typeof REFUSALS) {
  await deleteMediaObject(key);
  return REFUSALS[why]();
}

/** Checks the doctor's upload and makes it their public photo. */
export async function publishPhoto(doctorId: string, uploadId: string): Promise<PhotoState> {
  const Bucket = config().MEDIA_BUCKET;
  const source = uploadKey(doctorId, uploadId);
  const found = await inspectObject(Bucket, source, MAX_PHOTO_BYTES);
  if (!found) throw notFound('That upload was not found. Upload the photo again.');
  if (found.rejection) throw await refuse(source, found.rejection);
  if (!isPhotoType(found.type)) throw await refuse(source, 'type_mismatch');

  const key = `${mediaPrefix}doctors/${doctorId}/${uploadId}.${EXTENSIONS[found.type]}`;
  await s3().send(
    new CopyObjectCommand({
      Bucket,
      Key: key,
      CopySource: `${Bucket}/${source}`,
      MetadataDirective: 'REPLACE',
      ContentType: found.type,
      CacheControl: IMMUTABLE,
    }),
  );
  let before: { pictureUrl?: string } | null;
  try {
    ({ data: before } = await entities()
      .user.patch({ userId: doctorId })
      .set({ pictureUrl: urlOf(key) })
      .where(({ role }, { eq }) => eq(role, 'doctor'))
      .go({ response: 'all_old' }));
  } catch (error) {
    // Nothing half-written: the copy goes again; the upload stays for another try.
    await deleteMediaObject(key);
    if (isConditionalCheckFailed(error)) throw notFound('Doctor not found.');
    throw error;
  }
  await deleteMediaObject(source);
  const old = keyOf(before?.pictureUrl);
  if (old && old !== key) await deleteMediaObject(old);
  logger.info('photo published', { doctorId, key, size: found.size });
  return { pictureUrl: urlOf(key) };
}

/**
 * The doctor takes their photo down: the profile first (nobody is shown a missing file), then the file.
 * Without a photo there is nothing to write.
 */
export async function removePhoto(doctorId: string): Promise<PhotoState> {
  const { data: user } = await entities().user.get({ userId: doctorId }).go();
  const pictureUrl = user?.pictureUrl;
  if (!pictureUrl) return { pictureUrl: null };
  try {
    await entities()
      .user.patch({ userId: doctorId })
      .remove(['pictureUrl'])
      .where((attr, { eq }) => eq(attr.pictureUrl, pictureUrl))
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw conflict('Your photo just changed. Reload and try again.');
    throw error;
  }
  await deletePhotoOf(user);
  return { pictureUrl: null };
}
