/**
 * Documents in real Chromium against the twin (issue 18, "Done means" 1, 2 and 5): a patient uploads a
 * blood report to an upcoming appointment and the doctor opens it (the view is in the audit log); a
 * text file renamed to .pdf is refused and deleted; a new doctor uploads their certificate and photo ID,
 * and the admin sees them beside the medical register link and verifies them. Screens are checked with
 * axe, and the appointment page at 360 px has no sideways scroll.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { DEMO_PASSWORD, demoPeople } from '../../lib/local/seed.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { shootAndCheck, signInAt } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { objectExists, pdfBytes, textPretendingToBePdf } from '../helpers/documents.ts';
import { signInThroughPage } from '../helpers/site.ts';
import { registerAndSignIn } from '../helpers/users.ts';

let browser: Browser;
let files: Record<'report' | 'fake' | 'certificate' | 'photo', string>;
beforeAll(async () => {
  browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'c360-docs-'));
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  files = {
    report: join(dir, 'blood-report.pdf'),
    fake: join(dir, 'lab-results.pdf'),
    certificate: join(dir, 'registration-certificate.pdf'),
    photo: join(dir, 'photo-id.png'),
  };
  writeFileSync(files.report, pdfBytes());
  writeFileSync(files.fake, textPretendingToBePdf());
  writeFileSync(files.certificate, pdfBytes());
  writeFileSync(files.photo, png);
});
afterAll(async () => {
  await browser?.close();
});

const row = (page: Page, name: string) =>
  page.locator('[data-testid="doc-row"]').filter({ has: page.getByText(name, { exact: true }) });
const statusOf = (page: Page, name: string) => row(page, name).getAttribute('data-status');
/** The doctor's row in the admin's queue, loading more pages until it shows up. */
async function findDoctorRow(page: Page, userId: string) {
  const found = page.locator(`[data-testid="doctor-row"][data-user-id="${userId}"]`);
  await page.waitForFunction(() => document.querySelector('[data-testid="doctor-row"]'));
  for (let i = 0; i < 20 && !(await found.count()); i++) {
    const more = page.getByTestId('load-more');
    if (!(await more.count())) break;
    await more.click();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  }
  await found.waitFor();
  return found;
}

describe('reports on an appointment', () => {
  it('the patient uploads a blood report; a text file named .pdf is refused and deleted; the doctor opens the report, audited', async () => {
    const booked = await confirmedAppointment(120, { doctor: 'Savita', patient: 'Manoj' });
    const path = `/appointments/view/?id=${booked.appointmentId}`;
    const a11y: string[] = [];

    const patient = await openContext(browser);
    await signInAt(patient.page, booked.patient, path);
    const page = patient.page;
    await page.getByTestId('docs-empty').waitFor();
    await page.getByTestId('doc-input').setInputFiles(files.report);
    await expect.poll(() => statusOf(page, 'blood-report.pdf'), { timeout: 30_000 }).toBe('ready');
    await page.getByTestId('doc-input').setInputFiles(files.fake);
    await expect.poll(() => statusOf(page, 'lab-results.pdf'), { timeout: 30_000 }).toBe('rejected');
    await expect
      .poll(() => row(page, 'lab-results.pdf').textContent())
      .toContain('is not the file type its name says, so it was deleted');
    a11y.push(...(await shootAndCheck(page, 'documents-patient-desktop')));

    const { data: stored } = await entities().document.query.byScope({ scopeId: booked.appointmentId }).go();
    const fake = stored.find((d) => d.fileName === 'lab-results.pdf');
    const report = stored.find((d) => d.fileName === 'blood-report.pdf');
    expect(fake?.status).toBe('rejected');
    await expect.poll(() => objectExists(fake?.key ?? '')).toBe(false);

    // A wrong type is refused in the page, before any upload.
    await page.getByTestId('doc-input').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('notes'),
    });
    await expect
      .poll(() => page.getByTestId('docs-error').textContent())
      .toContain('Only PDF, JPEG, PNG or HEIC');

    // 360 px: no sideways scroll.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
      .toBe(true);
    a11y.push(...(await shootAndCheck(page, 'documents-patient-360')));
    expect(patient.errors.problems()).toEqual([]);

    // The doctor sees the checked report only, and opens it through a one-minute link.
    const doctor = await openContext(browser);
    await signInAt(doctor.page, booked.doctor, path);
    const dpage = doctor.page;
    await row(dpage, 'blood-report.pdf').waitFor();
    await expect.poll(() => dpage.getByTestId('doc-row').count()).toBe(1);
    const [popup] = await Promise.all([
      dpage.waitForEvent('popup'),
      row(dpage, 'blood-report.pdf').getByTestId('doc-open').click(),
    ]);
    await expect.poll(() => popup.url()).toContain('X-Amz-Expires=60');
    await popup.close();
    await expect
      .poll(async () => {
        const { data } = await entities()
          .auditEvent.query.bySubject({ subjectId: report?.documentId ?? '' })
          .go();
        return data.map((e) => [e.action, e.actorId]);
      })
      .toEqual([['document.read', booked.doctor.userId]]);
    a11y.push(...(await shootAndCheck(dpage, 'documents-doctor-desktop')));

    expect(a11y).toEqual([]);
    await patient.context.close();
    await doctor.context.close();
  });
});

describe("a new doctor's evidence", () => {
  it('the doctor uploads a certificate and a photo ID; the admin sees them beside the register link and verifies', async () => {
    const a11y: string[] = [];
    const applicant = await registerAndSignIn('doctor', { firstName: 'Farah', lastName: 'Qureshi' });
    const saved = await applicant.client.patch('/api/me/doctor-profile', {
      specialty: 'dermatology',
      registrationNumber: 'MMC/2019/08841',
      experienceYears: 6,
      feeRupees: 700,
      languages: ['English', 'Hindi'],
    });
    expect(saved.status, saved.text).toBe(200);

    const d = await openContext(browser);
    await signInAt(d.page, applicant, '/doctor/availability/');
    const page = d.page;
    await expect
      .poll(() => page.getByTestId('verification-explained').textContent())
      .toContain('usually takes 2 working days');
    await page.getByTestId('certificate-input').setInputFiles(files.certificate);
    await expect
      .poll(() => statusOf(page, 'registration-certificate.pdf'), { timeout: 30_000 })
      .toBe('ready');
    await page.getByTestId('photo-id-input').setInputFiles(files.photo);
    await expect.poll(() => statusOf(page, 'photo-id.png'), { timeout: 30_000 }).toBe('ready');
    a11y.push(...(await shootAndCheck(page, 'documents-doctor-evidence')));
    expect(d.errors.problems()).toEqual([]);

    const a = await openContext(browser);
    const apage = a.page;
    await apage.goto('/login/');
    await signInThroughPage(apage, demoPeople.admin.email, DEMO_PASSWORD, /\/admin\/$/);
    await apage.getByTestId('admin-console').waitFor();
    await apage.getByTestId('nav-doctors').click();
    const doctorRow = await findDoctorRow(apage, applicant.userId);
    await doctorRow.getByTestId('show-evidence').click();
    const evidence = doctorRow.getByTestId('evidence');
    await expect
      .poll(() => evidence.getByTestId('evidence-number').textContent())
      .toContain('MMC/2019/08841');
    await expect
      .poll(() => evidence.getByTestId('evidence-register').getAttribute('href'))
      .toBe('https://www.nmc.org.in/information-desk/indian-medical-register/');
    await expect.poll(() => evidence.locator('[data-testid="doc-row"][data-status="ready"]').count()).toBe(2);
    const [popup] = await Promise.all([
      apage.waitForEvent('popup'),
      row(apage, 'registration-certificate.pdf').getByTestId('doc-open').click(),
    ]);
    await expect.poll(() => popup.url()).toContain('X-Amz-Expires=60');
    await popup.close();
    a11y.push(...(await shootAndCheck(apage, 'documents-admin-evidence')));

    await doctorRow.getByTestId('verify-doctor').click();
    await apage.getByTestId('verify-dialog-confirm').click();
    await doctorRow.waitFor({ state: 'detached' });
    await expect
      .poll(
        async () => (await entities().user.get({ userId: applicant.userId }).go()).data?.verificationStatus,
      )
      .toBe('verified');
    expect(a11y).toEqual([]);
    await d.context.close();
    await a.context.close();
  });
});
