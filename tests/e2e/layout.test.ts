/**
 * Every page at 360 px, the narrowest phone we design for: nothing may scroll sideways. Each page is
 * loaded as the person who uses it (signed out, a patient, a doctor, an admin), once its loading
 * regions have settled, and any element wider than the viewport is named in the failure.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday } from '../helpers/appointments.ts';
import { signInAt } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext, screenshot } from '../helpers/browser.ts';
import { registerAndSignIn, signIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

const PHONE = { width: 360, height: 740 } as const;

let browser: Browser;
let doctor: TestUser;
let patient: TestUser;
let appointmentId: string;
let demoDoctorId: string;
let tipId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  doctor = await verifiedDoctor({ firstName: 'Narrow', lastName: 'Screen' });
  patient = await registerAndSignIn('patient');
  const published = await doctor.client.post('/api/doctor/slots', {
    dates: [daysFromToday(2)],
    startTime: '10:00',
    endTime: '11:00',
    durationMinutes: 30,
  });
  expect(published.status, published.text).toBe(201);
  const booked = await patient.client.post('/api/appointments', {
    slotId: published.body.slots[0].id,
    reason: 'A long reason to see how the page wraps it on a small phone screen',
  });
  expect(booked.status, booked.text).toBe(201);
  appointmentId = booked.body.appointment.id;
  const anon = await signIn('patient@chikitsa360.local');
  demoDoctorId = (await anon.client.get('/api/doctors?limit=1')).body.doctors[0].id;
  tipId = (await anon.client.get('/api/health-tips')).body.healthTips[0].id;
});
afterAll(async () => {
  await browser?.close();
});

/** Elements that reach past the right edge, for the failure message (empty when nothing overflows). */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > root.clientWidth + 0.5) {
        const id = el.dataset.testid ?? el.id ?? '';
        wide.push(
          `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${[...el.classList].slice(0, 3).join('.')} right=${Math.round(r.right)}`,
        );
      }
    }
    return [`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`, ...wide.slice(0, 5)];
  });
}

async function check(page: Page, path: string, name: string): Promise<string[]> {
  await page.goto(path);
  await page.locator('main').waitFor();
  // Loading regions mark themselves aria-busy; wait until every shown one has its data, error or empty state.
  await expect
    .poll(() => page.locator('[aria-busy="true"]:visible').count(), { message: `${path} is still loading` })
    .toBe(0);
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  await screenshot(page, `narrow-${name}`);
  return (await overflow(page)).map((line) => `${path}: ${line}`);
}

async function checkAll(pages: [string, string][], as?: TestUser, landing = '/account/') {
  const { context, page } = await openContext(browser, { viewport: PHONE });
  if (as) await signInAt(page, as, landing);
  const found: string[] = [];
  for (const [path, name] of pages) found.push(...(await check(page, path, name)));
  await context.close();
  return found;
}

describe('every page at 360 px', () => {
  it('signed out: no page scrolls sideways', async () => {
    const found = await checkAll([
      ['/', 'home'],
      ['/doctors/', 'search'],
      [`/doctors/view/?id=${demoDoctorId}`, 'doctor'],
      ['/health-tips/', 'tips'],
      [`/health-tips/view/?id=${tipId}`, 'tip'],
      ['/login/', 'login'],
      ['/register/', 'register'],
      ['/verify/', 'verify'],
      ['/forgot-password/', 'forgot-password'],
      ['/reset-password/', 'reset-password'],
      ['/no-such-page/', '404'],
    ]);
    expect(found).toEqual([]);
  });

  it('a patient: no page scrolls sideways', async () => {
    const found = await checkAll(
      [
        ['/dashboard/patient/', 'patient-dashboard'],
        ['/appointments/', 'patient-appointments'],
        [`/appointments/view/?id=${appointmentId}`, 'patient-appointment'],
        [`/appointments/pay/?id=${appointmentId}`, 'pay'],
        [`/receipts/view/?id=${appointmentId}`, 'receipt'],
        [`/room/?id=${appointmentId}`, 'room'],
        ['/account/', 'account'],
        ['/account/edit/', 'account-edit'],
      ],
      patient,
    );
    expect(found).toEqual([]);
  });

  it('a doctor: no page scrolls sideways', async () => {
    const found = await checkAll(
      [
        ['/dashboard/doctor/', 'doctor-dashboard'],
        ['/appointments/', 'doctor-appointments'],
        [`/appointments/view/?id=${appointmentId}`, 'doctor-appointment'],
        ['/doctor/availability/', 'availability'],
        ['/account/doctor/', 'doctor-profile'],
      ],
      doctor,
    );
    expect(found).toEqual([]);
  });

  it('an admin: no console view scrolls sideways', async () => {
    const admin = await signIn('admin@chikitsa360.local');
    const views = [
      'dashboard',
      'doctors',
      'users',
      'appointments',
      'payments',
      'content',
      'transcriptions',
      'audit',
    ];
    const found = await checkAll(
      views.map((v) => [`/admin/#/${v}`, `admin-${v}`] as [string, string]),
      admin,
      '/admin/',
    );
    expect(found).toEqual([]);
  });
});
