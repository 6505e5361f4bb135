/**
 * Doctors' photos (issue 19) through the real API, DynamoDB Local and the S3 emulator: a presigned POST
 * under uploads/, then a publish that reads the real bytes (the emulator enforces no POST policy, so
 * the publish is what refuses a text file or a PDF named .jpg and an oversized file), copies the photo
 * under media/ and points the profile at it; the twin's gateway serves /media/* as CloudFront does.
 * Replacing or removing deletes the old file; a patient is refused; another doctor cannot publish
 * someone else's upload.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../functions/contract/api.ts';
import { entities } from '../../functions/core/db/index.ts';
import { currentTwin } from '../helpers/api.ts';
import {
  mediaObjectExists,
  pdfBytes,
  pngBytes,
  publishPath,
  uploadPhoto,
  webpBytes,
} from '../helpers/documents.ts';
import { registerAndSignIn, type TestUser, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

const served = (path: string) => fetch(`${currentTwin().url}${path}`);
const pictureOf = async (userId: string) => (await entities().user.get({ userId }).go()).data?.pictureUrl;

describe("a doctor's photo", () => {
  let doctor: TestUser;
  let lastName: string;
  beforeAll(async () => {
    lastName = uniqueWord('Photo');
    doctor = await verifiedDoctor({ firstName: 'Meera', lastName });
  });

  it('is checked, published under /media/, served with immutable caching and shown in search and on the profile', async () => {
    const png = pngBytes(16);
    const uploadId = await uploadPhoto(doctor, png);
    const published = await doctor.client.post(publishPath(uploadId));
    expect(published.status, published.text).toBe(200);
    const url = `/media/doctors/${doctor.userId}/${uploadId}.png`;
    expect(published.body).toEqual({ pictureUrl: url });
    expect(await mediaObjectExists(`uploads/photos/${doctor.userId}/${uploadId}`)).toBe(false);

    const file = await served(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(png);

    expect((await doctor.client.get('/api/me')).body.user.pictureUrl).toBe(url);
    expect((await doctor.client.get(`/api/doctors/${doctor.userId}`)).body.doctor.pictureUrl).toBe(url);
    const search = await doctor.client.get(`/api/doctors?q=${encodeURIComponent(lastName)}`);
    expect(search.body.doctors).toEqual([expect.objectContaining({ id: doctor.userId, pictureUrl: url })]);
  });

  it('a new photo (WebP) replaces the old one, whose file is deleted', async () => {
    const old = await pictureOf(doctor.userId);
    const uploadId = await uploadPhoto(doctor, webpBytes(), { contentType: 'image/webp' });
    const published = await doctor.client.post(publishPath(uploadId));
    expect(published.status, published.text).toBe(200);
    expect(published.body.pictureUrl).toBe(`/media/doctors/${doctor.userId}/${uploadId}.webp`);
    expect((await served(published.body.pictureUrl)).headers.get('content-type')).toBe('image/webp');
    expect(await mediaObjectExists(old!.slice(1))).toBe(false);
    expect((await served(old!)).status).toBe(404);
  });

  it('a text file or a PDF named as a JPEG is refused with 422, deleted, and the photo unchanged', async () => {
    const before = await pictureOf(doctor.userId);
    const text = new TextEncoder().encode('This is a text file renamed to photo.jpg\n');
    for (const bytes of [text, pdfBytes()]) {
      const uploadId = await uploadPhoto(doctor, bytes, { contentType: 'image/jpeg' });
      const refused = await doctor.client.post(publishPath(uploadId));
      expect(refused.status, refused.text).toBe(422);
      expect(refused.body.error.code).toBe('photo_type_mismatch');
      expect(await mediaObjectExists(`uploads/photos/${doctor.userId}/${uploadId}`)).toBe(false);
      expect(await mediaObjectExists(`media/doctors/${doctor.userId}/${uploadId}.jpg`)).toBe(false);
      // Nothing left to publish a second time.
      expect((await doctor.client.post(publishPath(uploadId))).status).toBe(404);
    }
    expect(await pictureOf(doctor.userId)).toBe(before);
  });

  it('an oversized file (the emulator takes it: no POST policy) is refused with 422; a declared one with 400; an unknown upload is 404', async () => {
    const before = await pictureOf(doctor.userId);
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const uploadId = await uploadPhoto(doctor, big, { contentType: 'image/jpeg', size: 1000 });
    const refused = await doctor.client.post(publishPath(uploadId));
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.error.code).toBe('photo_too_large');
    expect(await mediaObjectExists(`uploads/photos/${doctor.userId}/${uploadId}`)).toBe(false);
    expect(await pictureOf(doctor.userId)).toBe(before);

    for (const body of [
      { contentType: 'image/jpeg', size: MAX_PHOTO_BYTES + 1 },
      { contentType: 'image/gif', size: 100 },
      { contentType: 'image/jpeg', size: 0 },
      { contentType: 'image/jpeg' },
      { contentType: 'image/jpeg', size: 100, key: 'media/other.jpg' },
    ]) {
      const res = await doctor.client.post('/api/me/photo-uploads', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    // A malformed id is as unknown as a well-formed one nobody uploaded (ids do not leak).
    expect((await doctor.client.post(publishPath('not-an-upload-id'))).status).toBe(404);
    expect((await doctor.client.post(publishPath('01JAAAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(404);
  });

  it("another doctor cannot publish someone else's upload (404); its owner still can", async () => {
    const other = await verifiedDoctor({ firstName: 'Other' });
    const uploadId = await uploadPhoto(doctor, pngBytes(4, [200, 40, 40]));
    const stolen = await other.client.post(publishPath(uploadId));
    expect(stolen.status, stolen.text).toBe(404);
    expect(await pictureOf(other.userId)).toBeUndefined();
    expect(await mediaObjectExists(`uploads/photos/${doctor.userId}/${uploadId}`)).toBe(true);
    const own = await doctor.client.post(publishPath(uploadId));
    expect(own.status, own.text).toBe(200);
  });

  it('patients cannot upload or publish (403), and no one sets a picture link through the profile', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Pia' });
    expect(
      (await patient.client.post('/api/me/photo-uploads', { contentType: 'image/png', size: 10 })).status,
    ).toBe(403);
    expect((await patient.client.post(publishPath('01JAAAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(403);
    expect((await patient.client.delete('/api/me/photo')).status).toBe(403);
    const patch = await doctor.client.patch('/api/me', { pictureUrl: 'https://example.com/me.png' });
    expect(patch.status).toBe(400);
  });

  it('removing the photo clears the profile and deletes the file', async () => {
    const url = await pictureOf(doctor.userId);
    expect(url).toMatch(/^\/media\/doctors\//);
    const removed = await doctor.client.delete('/api/me/photo');
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body).toEqual({ pictureUrl: null });
    expect(await pictureOf(doctor.userId)).toBeUndefined();
    expect(await mediaObjectExists(url!.slice(1))).toBe(false);
    expect((await doctor.client.get('/api/me')).body.user.pictureUrl).toBe('');
    expect((await doctor.client.get(`/api/doctors/${doctor.userId}`)).body.doctor.pictureUrl).toBeNull();
    // Removing again is harmless.
    expect((await doctor.client.delete('/api/me/photo')).status).toBe(200);
  });
});
