/**
 * An e-prescription in real Chromium against the twin (issue 17): on a confirmed appointment the
 * doctor writes the draft (autosaved), picks medicines from the catalogue (one with the keyboard
 * alone), is refused a prohibited drug with the catalog's words next to it, signs with the password
 * and issues it; the patient sees it on the appointment page and downloads its PDF; a correction
 * supersedes it and both versions stay listed, each marked. The booking's consent to the
 * teleconsultation shows on the page (where it was given from, to the patient only). Screens are
 * checked with axe.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELECONSULTATION_TERMS_VERSION } from '../../functions/contract/api.ts';
import { confirmedAppointment, daysFromToday } from '../helpers/appointments.ts';
import { shootAndCheck, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { readPdf } from '../helpers/pdf.ts';
import { tabUntil } from '../helpers/site.ts';
import { prescribingDoctor } from '../helpers/users.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const FOLLOW_UP = daysFromToday(10);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());
const saveState = (page: Page) => byTestId(page, 'rx-save-state').getAttribute('data-state');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.dataset.testid ?? ''}#${el?.dataset.row ?? ''}`;
  });

/** Fills the medicine fields after the name, in a row. */
async function fillDetails(row: ReturnType<Page['getByTestId']>, values: Record<string, string>) {
  for (const [field, value] of Object.entries(values))
    await row.getByTestId(`rx-medicine-${field}`).fill(value);
}

describe('e-prescription', () => {
  it('the doctor writes, is refused a prohibited drug, signs and corrects; the patient reads and downloads it', async () => {
    const a11y: string[] = [];
    const { doctor, patient, appointmentId } = await confirmedAppointment(5, {
      doctor: 'Nandini',
      patient: 'Kabir',
    });
    await prescribingDoctor(doctor);
    const path = `/appointments/view/?id=${appointmentId}`;

    const d = await openContext(browser);
    await signInAt(d.page, doctor, path);
    const page = d.page;
    await byTestId(page, 'rx-editor').waitFor();
    await expect.poll(() => saveState(page)).toBe('empty');
    // The booking recorded the patient's consent; the doctor is not shown where it came from.
    await expect
      .poll(() => text(page, 'detail-consent'))
      .toContain(`terms version ${TELECONSULTATION_TERMS_VERSION}`);
    await expect.poll(() => text(page, 'detail-consent')).not.toContain('IP address');

    // The TPG fields; the draft waits for what it needs and says so.
    await byTestId(page, 'rx-chiefComplaints').fill('Fever for 3 days, sore throat');
    await expect.poll(() => saveState(page)).toBe('incomplete');
    await expect.poll(() => text(page, 'rx-save-state')).toContain('Provisional diagnosis');
    await byTestId(page, 'rx-relevantFindings').fill('Throat red on video; no rash');
    await byTestId(page, 'rx-provisionalDiagnosis').fill('Acute viral pharyngitis');
    // The follow-up date, said in the page's language under the browser's date control.
    await byTestId(page, 'rx-followUpDate').fill(FOLLOW_UP);
    await expect
      .poll(() => text(page, 'rx-followUp-text'))
      .toBe(
        `Follow-up on ${new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${FOLLOW_UP}T00:00:00Z`))}`,
      );

    // Medicine 1 with the mouse: the catalogue by a brand name, then the details.
    const rows = page.getByTestId('rx-medicine-row');
    await rows.nth(0).getByTestId('rx-medicine-name').fill('Dolo');
    await page.locator('[data-testid="rx-medicine-option"][data-id="paracetamol"]').click();
    await expect.poll(() => rows.nth(0).getByTestId('rx-medicine-name').inputValue()).toBe('Paracetamol');
    await rows.nth(0).getByTestId('rx-in-catalogue').waitFor();
    await fillDetails(rows.nth(0), {
      strength: '650 mg',
      form: 'tablet',
      dose: '1 tablet',
      frequency: 'three times a day',
      duration: '3 days',
      instructions: 'after food, only if fever',
    });
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    a11y.push(...(await shootAndCheck(page, 'rx-editor-desktop')));

    // Medicine 2 with the keyboard alone: Add, the focus lands in the new name, arrows and Enter
    // choose from the list, Tab walks through the details.
    await tabUntil(page, (el) => el.testid === 'rx-add-medicine');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('rx-medicine-name#1');
    await page.keyboard.type('amoxi');
    await rows.nth(1).locator('[data-testid="rx-medicine-option"][data-id="amoxicillin"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => rows.nth(1).getByTestId('rx-medicine-name').getAttribute('aria-activedescendant'))
      .toMatch(/-list-0$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.nth(1).getByTestId('rx-medicine-name').inputValue()).toBe('Amoxicillin');
    for (const value of ['500 mg', 'capsule', '1 capsule', 'three times a day', '5 days']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');

    // Medicine 3: a prohibited drug typed as free text is refused, with the catalog's words by it.
    await byTestId(page, 'rx-add-medicine').click();
    await rows.nth(2).getByTestId('rx-medicine-name').fill('Alprazolam 0.25');
    await rows.nth(2).getByTestId('rx-medicine-name').press('Escape');
    await rows.nth(2).getByTestId('rx-not-in-catalogue').waitFor();
    await fillDetails(rows.nth(2), {
      strength: '0.25 mg',
      form: 'tablet',
      dose: '1 tablet',
      frequency: 'at bedtime',
      duration: '5 days',
    });
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('refused');
    await expect
      .poll(async () => squash(await rows.nth(2).getByTestId('rx-medicine-error').textContent()))
      .toBe('Alprazolam cannot be prescribed online (a psychotropic under the NDPS Act).');
    await expect.poll(() => byTestId(page, 'rx-sign-open').isDisabled()).toBe(true);
    a11y.push(...(await shootAndCheck(page, 'rx-editor-refused-desktop')));
    await rows.nth(2).getByTestId('rx-remove-medicine').click();
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');

    await byTestId(page, 'rx-advice').fill('Warm fluids, salt-water gargles, rest');

    // Signing: the dialog says it is final; a wrong password signs nothing.
    await byTestId(page, 'rx-sign-open').click();
    const dialog = byTestId(page, 'rx-sign-dialog');
    await dialog.getByTestId('rx-sign-password').waitFor();
    await expect.poll(async () => squash(await dialog.textContent())).toContain('Issuing is final');
    a11y.push(...(await shootAndCheck(page, 'rx-sign-dialog-desktop')));
    await dialog.getByTestId('rx-sign-password').fill('not-my-password');
    await dialog.getByTestId('rx-sign-confirm').click();
    await expect
      .poll(async () => squash(await dialog.getByTestId('rx-sign-error').textContent()))
      .toBe('That password or code is not right, so the prescription was not signed.');
    await dialog.getByTestId('rx-sign-password').fill(doctor.password);
    await dialog.getByTestId('rx-sign-confirm').click();
    await byTestId(page, 'rx-issued-notice').waitFor();
    await expect
      .poll(() => text(page, 'rx-issued-notice'))
      .toMatch(/Prescription RX-\d{4}-\d{6} issued \(version 1\)/);
    const number = /RX-\d{4}-\d{6}/.exec(await text(page, 'rx-issued-notice'))?.[0] ?? '';
    await expect.poll(() => page.getByTestId('rx-editor').count()).toBe(0);
    await expect.poll(() => text(page, 'rx-document-number')).toBe(`${number} · version 1`);
    await expect.poll(() => page.getByTestId('rx-medicine-line').count()).toBe(2);

    // The patient sees it on the appointment page, and downloads its PDF.
    const p = await openContext(browser);
    await signInAt(p.page, patient, path);
    await byTestId(p.page, 'rx-document').waitFor();
    await expect.poll(() => text(p.page, 'rx-document-number')).toBe(`${number} · version 1`);
    await expect.poll(() => text(p.page, 'rx-document-patient')).toContain('Kabir Das');
    await expect.poll(() => text(p.page, 'consent-record')).toMatch(/· from IP address \S+$/);
    await expect
      .poll(async () => squash(await p.page.getByTestId('rx-medicines-table').textContent()))
      .toMatch(/Paracetamol.*650 mg tablet.*1 tablet.*three times a day.*3 days.*after food.*Amoxicillin/);
    await expect.poll(() => p.page.getByTestId('rx-editor').count()).toBe(0);
    await expect.poll(() => p.page.getByTestId('rx-correct').count()).toBe(0);
    a11y.push(...(await shootAndCheck(p.page, 'rx-patient-desktop')));
    const [download] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByTestId('rx-pdf-link').first().click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.texts.join('\n')).toContain(number);

    // The doctor corrects it: a new version, prefilled, that supersedes the first once issued.
    await byTestId(page, 'rx-correct').click();
    await byTestId(page, 'rx-editor').waitFor();
    await expect
      .poll(() => byTestId(page, 'rx-chiefComplaints').inputValue())
      .toBe('Fever for 3 days, sore throat');
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    await byTestId(page, 'rx-investigationsAdvised').fill('Throat swab if not better in 3 days');
    await expect.poll(() => saveState(page), { timeout: 20_000 }).toBe('saved');
    await byTestId(page, 'rx-sign-open').click();
    await expect.poll(async () => squash(await dialog.textContent())).toContain('It replaces version 1');
    await dialog.getByTestId('rx-sign-password').fill(doctor.password);
    await dialog.getByTestId('rx-sign-confirm').click();
    await byTestId(page, 'rx-issued-notice').waitFor();
    await expect.poll(() => text(page, 'rx-issued-notice')).toMatch(/issued \(version 2\)/);

    // Both parties see both versions, each marked; the first as superseded.
    for (const viewer of [page, p.page]) {
      if (viewer === p.page) await viewer.reload();
      const v1 = viewer.locator('[data-testid="rx-version"][data-version="1"]');
      const v2 = viewer.locator('[data-testid="rx-version"][data-version="2"]');
      await v1.waitFor();
      await expect.poll(() => v1.getAttribute('data-status')).toBe('SUPERSEDED');
      await expect
        .poll(async () => squash(await v1.getByTestId('rx-version-note').textContent()))
        .toBe('Superseded by version 2');
      await expect
        .poll(async () => squash(await v2.getByTestId('rx-version-note').textContent()))
        .toBe('Corrects version 1');
      await expect
        .poll(() => viewer.locator('[data-testid="rx-document"][data-version="2"]').count())
        .toBe(1);
    }
    a11y.push(...(await shootAndCheck(p.page, 'rx-patient-corrected-desktop')));

    expect(a11y).toEqual([]);
    expect(d.errors.problems({ allowApiStatuses: [403, 422] })).toEqual([]);
    expect(p.errors.problems()).toEqual([]);
    await Promise.all([d.context.close(), p.context.close()]);
  }, 300_000);
});
