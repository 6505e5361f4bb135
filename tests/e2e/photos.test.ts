/**
 * A doctor's photo in real Chromium against the twin (issue 19): the doctor picks a PNG on their
 * account page, crops it (keyboard: move and zoom), saves it, and the photo shows, served from /media/,
 * on their public profile and their search card; then they remove it (after confirming) and the
 * initials come back. The cropper is checked with axe.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_SIZE } from '../../functions/contract/api.ts';
import { entities } from '../../functions/core/db/index.ts';
import { shootAndCheck, signInAt } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { mediaObjectExists, pngBytes } from '../helpers/documents.ts';
import { uniqueWord, verifiedDoctor } from '../helpers/users.ts';

let browser: Browser;
let photo: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'c360-photo-'));
  photo = join(dir, 'portrait.png');
  writeFileSync(photo, pngBytes(300, [180, 90, 40]));
});
afterAll(async () => {
  await browser?.close();
});

/** The image's own size once the browser has loaded and decoded it (0 while it has not). */
const loadedWidth = (img: Locator) =>
  img.evaluate(async (el: HTMLImageElement) => {
    el.loading = 'eager';
    await el.decode().catch(() => undefined);
    return el.naturalWidth;
  });

describe("a doctor's photo", () => {
  it('is chosen, cropped with the keyboard, saved, and shown on the public profile and the search card; then removed', async () => {
    const lastName = uniqueWord('Photo');
    const doctor = await verifiedDoctor({ firstName: 'Meera', lastName });
    const { page, errors } = await openContext(browser);
    await signInAt(page, doctor, '/account/');
    await page.getByTestId('photo-none').waitFor();

    await page.getByTestId('photo-file').setInputFiles(photo);
    const crop = page.getByTestId('photo-crop');
    await crop.waitFor();
    await expect.poll(() => crop.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => Number(await page.getByTestId('photo-zoom').inputValue()))
      .toBeGreaterThan(1.2);
    const a11y = await shootAndCheck(page, 'photo-cropper');

    await page.getByTestId('photo-save').click();
    await page.getByTestId('photo-done').waitFor();
    const mine = page.getByTestId('account-photo');
    const photoPath = new RegExp(`^/media/doctors/${doctor.userId}/[0-9A-Z]{26}\\.jpg$`);
    await expect.poll(() => mine.getAttribute('src')).toMatch(photoPath);
    await expect.poll(() => loadedWidth(mine)).toBe(PHOTO_SIZE);
    const url = (await entities().user.get({ userId: doctor.userId }).go()).data?.pictureUrl ?? '';
    expect(url).toMatch(photoPath);
    await expect.poll(() => mine.getAttribute('src')).toBe(url);

    // The public profile: the photo at the top, its alt the doctor's name.
    await page.goto(`/doctors/view/?id=${doctor.userId}`);
    const profilePhoto = page.getByTestId('doctor-photo').first();
    await expect.poll(() => profilePhoto.getAttribute('src')).toBe(url);
    await expect.poll(() => profilePhoto.getAttribute('alt')).toContain(lastName);
    await expect.poll(() => profilePhoto.getAttribute('width')).toBe('80');
    await expect.poll(() => loadedWidth(profilePhoto)).toBe(PHOTO_SIZE);

    // The search card: the same photo, loaded lazily.
    await page.goto(`/doctors/?q=${encodeURIComponent(lastName)}`);
    const card = page.locator(`[data-testid="doctor-card"][data-doctor-id="${doctor.userId}"]`);
    const cardPhoto = card.getByTestId('doctor-photo');
    await expect.poll(() => cardPhoto.getAttribute('src')).toBe(url);
    await expect.poll(() => cardPhoto.getAttribute('loading')).toBe('lazy');
    await expect.poll(() => cardPhoto.getAttribute('alt')).toContain(lastName);

    // Removed after confirming: the initials come back and the file is gone.
    await page.goto('/account/');
    await page.getByTestId('photo-remove').click();
    await page.getByTestId('photo-remove-dialog-confirm').click();
    await page.getByTestId('photo-none').waitFor();
    await expect.poll(() => page.getByTestId('account-photo').count()).toBe(0);
    await expect.poll(() => mediaObjectExists(url.slice(1))).toBe(false);

    expect(a11y).toEqual([]);
    expect(errors.problems()).toEqual([]);
  }, 120_000);
});
