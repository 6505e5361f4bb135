/**
 * Every page at 360 px, the narrowest phone we design for, and at 768 px, a tablet upright, in English
 * and in Hindi: nothing may scroll sideways, and no box may spill its content sideways. Each page is
 * loaded as the person who uses it (signed out, a patient, a doctor, an admin), once its loading
 * regions have settled, and any element wider than the viewport, or whose content is wider than it,
 * is named in the failure.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedAppointment, daysFromToday } from '../helpers/appointments.ts';
import { signInAt } from '../helpers/booking-browser.ts';
import { launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { allowRecording, joinCall, openRoomAs, videoPlays } from '../helpers/room-browser.ts';
import { registerAndSignIn, signIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

const PHONE = { width: 360, height: 740 } as const;
/** A tablet upright: the admin console's sidebar appears at md, so its views are at their narrowest. */
const TABLET = { width: 768, height: 1024 } as const;

let browser: Browser;
let doctor: TestUser;
let patient: TestUser;
let appointmentId: string;
let demoDoctorId: string;
let tipId: string;

beforeAll(async () => {
  // A fake camera and microphone, for the room in a call.
  browser = await launchBrowser({ media: true });
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

/**
 * What does not fit a phone, for the failure message (empty when everything fits): elements that reach
 * past the right edge (the page scrolls sideways), and boxes whose content spills out of them sideways
 * (a figure or a word wider than its card, which overlaps the next card although the page does not
 * scroll). Boxes that clip or scroll their content on purpose (overflow other than visible) are fine.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const name = (el: HTMLElement) => {
      const id = el.dataset.testid ?? el.id ?? '';
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}.${[...el.classList].slice(0, 3).join('.')}`;
    };
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      const wide: string[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > root.clientWidth + 0.5)
          wide.push(`${name(el)} right=${Math.round(r.right)}`);
      }
      found.push(`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`, ...wide.slice(0, 5));
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!(el instanceof HTMLElement) || el.clientWidth === 0) continue;
      if (getComputedStyle(el).overflowX !== 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        found.push(`${name(el)} spills: its content is ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    }
    return found;
  });
}

/**
 * The room in a call on a phone: your own tile must not cover the other person's video, and the
 * call timer must be on screen and on top (not under the recording pill or notice). Empty when so.
 */
async function callLayout(page: Page, name: string): Promise<string[]> {
  await screenshot(page, `narrow-${name}`);
  const found = await overflow(page);
  const box = async (testId: string) => {
    const b = await page.getByTestId(testId).boundingBox();
    if (!b) throw new Error(`${name}: ${testId} is not on screen`);
    return b;
  };
  const self = await box('self-tile');
  const remote = await box('remote-video');
  const apart =
    self.x >= remote.x + remote.width ||
    remote.x >= self.x + self.width ||
    self.y >= remote.y + remote.height ||
    remote.y >= self.y + self.height;
  if (!apart)
    found.push(
      `${name}: the self tile ${JSON.stringify(self)} covers the remote video ${JSON.stringify(remote)}`,
    );
  const timer = await box('call-timer');
  const width = page.viewportSize()?.width ?? 0;
  if (timer.x < 0 || timer.x + timer.width > width)
    found.push(`${name}: the timer is cut off at ${JSON.stringify(timer)}`);
  // What is drawn at the timer's centre must be the timer itself.
  const onTop = await page.evaluate(
    ({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-testid="call-timer"]'),
    { x: timer.x + timer.width / 2, y: timer.y + timer.height / 2 },
  );
  if (!onTop) found.push(`${name}: something covers the call timer`);
  // Nothing drawn over the stage (a notice, a question) may cover any part of the controls: ending the call
  // is always possible. Its centre, top, bottom and both ends (inside the pill's rounding) must be the button.
  const end = await box('end-call');
  const endCovered = await page.evaluate(
    ({ x, y, width, height }) =>
      [
        [x + width / 2, y + height / 2],
        [x + width / 2, y + 4],
        [x + width / 2, y + height - 4],
        [x + height / 2, y + height / 2],
        [x + width - height / 2, y + height / 2],
      ].some(([px, py]) => !document.elementFromPoint(px ?? 0, py ?? 0)?.closest('[data-testid="end-call"]')),
    end,
  );
  if (endCovered) found.push(`${name}: something covers the end-call button`);
  return found;
}

async function check(page: Page, path: string, name: string): Promise<string[]> {
  await page.goto(path);
  await page.locator('main').waitFor();
  // Loading regions mark themselves aria-busy; wait until every shown one has its data, error or empty state.
  await expect
    .poll(() => page.locator('[aria-busy="true"]:visible').count(), { message: `${path} is still loading` })
    .toBe(0);
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  // Widths are measured in the page's own fonts, not a fallback that a late font would replace.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const width = page.viewportSize()?.width;
  if (width === PHONE.width) await screenshot(page, `narrow-${name}`);
  return (await overflow(page)).map((line) => `${path} at ${width} px: ${line}`);
}

async function checkAll(pages: [string, string][], as?: TestUser, landing = '/account/') {
  const { context, page } = await openContext(browser, { viewport: PHONE });
  if (as) await signInAt(page, as, landing);
  const found: string[] = [];
  for (const viewport of [PHONE, TABLET]) {
    await page.setViewportSize(viewport);
    // In Hindi too: its words are often longer, and a long Devanagari word breaks a narrow box as well.
    for (const [path, name] of pages) {
      found.push(...(await check(page, path, name)));
      found.push(...(await check(page, `/hi${path}`, `hi-${name}`)));
    }
  }
  await context.close();
  return found;
}

/** The pages each kind of person uses, as [path, screenshot name] (ids known once beforeAll ran). */
const signedOutPages = (): [string, string][] => [
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
  ['/about/', 'about'],
  ['/contact/', 'contact'],
  ['/privacy/', 'privacy'],
  ['/terms/', 'terms'],
  ['/help/', 'help'],
  ['/no-such-page/', '404'],
];
const patientPages = (): [string, string][] => [
  ['/dashboard/patient/', 'patient-dashboard'],
  ['/appointments/', 'patient-appointments'],
  [`/appointments/view/?id=${appointmentId}`, 'patient-appointment'],
  [`/appointments/pay/?id=${appointmentId}`, 'pay'],
  [`/receipts/view/?id=${appointmentId}`, 'receipt'],
  [`/room/?id=${appointmentId}`, 'room'],
  ['/account/', 'account'],
  ['/account/edit/', 'account-edit'],
  ['/account/family/', 'account-family'],
  ['/account/privacy/', 'account-privacy'],
  [`/appointments/record/?id=${appointmentId}`, 'patient-record'],
  ['/health-records/', 'health-records'],
];
const doctorPages = (): [string, string][] => [
  ['/dashboard/doctor/', 'doctor-dashboard'],
  ['/appointments/', 'doctor-appointments'],
  [`/appointments/view/?id=${appointmentId}`, 'doctor-appointment'],
  ['/doctor/availability/', 'availability'],
  ['/account/doctor/', 'doctor-profile'],
  // A doctor's account page has the photo card.
  ['/account/', 'doctor-account'],
  [`/appointments/record/?id=${appointmentId}`, 'doctor-record'],
];
/** Pages checked elsewhere in this file: the console by its views (below), the 404 page at a missing path. */
const CHECKED_APART = ['/admin/', '/404/'];

/** Every page the site builds, as its path: web/src/pages/a/b.astro → /a/b/, a/index.astro → /a/. */
function builtPages(): string[] {
  const dir = fileURLToPath(new URL('../../web/src/pages/', import.meta.url));
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map(
      (f) =>
        `/${f
          .replace(/\\/g, '/')
          .replace(/(^|\/)index\.astro$/, '$1')
          .replace(/\.astro$/, '/')}`,
    );
}

describe('every page on a phone (360 px) and a tablet (768 px)', () => {
  it('lists every page the site has (a new page without a place here fails)', () => {
    const listed = new Set([
      ...[...signedOutPages(), ...patientPages(), ...doctorPages()].map(
        ([path]) => new URL(path, 'http://site').pathname,
      ),
      ...CHECKED_APART,
    ]);
    expect(builtPages().filter((page) => !listed.has(page))).toEqual([]);
  });

  it('signed out: every page fits, nothing scrolls or spills sideways', async () => {
    const found = await checkAll(signedOutPages());
    expect(found).toEqual([]);
  });

  it('a patient: every page fits, nothing scrolls or spills sideways', async () => {
    const found = await checkAll(patientPages(), patient);
    expect(found).toEqual([]);
  });

  it('a doctor: every page fits, nothing scrolls or spills sideways', async () => {
    const found = await checkAll(doctorPages(), doctor);
    expect(found).toEqual([]);
  });

  it('an admin: every console view fits, nothing scrolls or spills sideways', async () => {
    const admin = await signIn('admin@chikitsa360.local');
    const views = [
      'dashboard',
      'doctors',
      'users',
      'appointments',
      'payments',
      'content',
      'transcriptions',
      'messages',
      'audit',
    ];
    const found = await checkAll(
      views.map((v) => [`/admin/#/${v}`, `admin-${v}`] as [string, string]),
      admin,
      '/admin/',
    );
    expect(found).toEqual([]);
  });

  it('a call: nothing scrolls sideways, your own tile stays off the other person, the timer shows', async () => {
    const call = await confirmedAppointment(5, { doctor: 'Narrow', patient: 'Phone' });
    const doctorTab = await openRoomAs(browser, call.doctor, call.appointmentId, { viewport: PHONE });
    const patientTab = await openRoomAs(browser, call.patient, call.appointmentId, { viewport: PHONE });
    const found: string[] = [];
    try {
      await joinCall(doctorTab.page);
      await joinCall(patientTab.page);
      // The patient first: asked about recording (the busiest the stage gets for them), then agreeing.
      await videoPlays(patientTab.page, 'remote-video');
      await patientTab.page.getByTestId('recording-consent-ask').waitFor();
      found.push(...(await callLayout(patientTab.page, 'room-call-patient-asked')));
      await allowRecording(patientTab.page);
      for (const [tab, who] of [
        [patientTab, 'patient'],
        [doctorTab, 'doctor'],
      ] as const) {
        const page = tab.page;
        await videoPlays(page, 'remote-video');
        await page.getByTestId('call-timer').waitFor();
        await expect
          .poll(() => page.getByTestId('recording-indicator').getAttribute('data-state'))
          .toBe('on');
        if (who === 'doctor') {
          // The recording pill and the recording notice are both up: the doctor's busiest stage.
          await page.getByTestId('consent-notice').waitFor();
          found.push(...(await callLayout(page, `room-call-${who}-notice`)));
          await page.getByTestId('consent-dismiss').click();
        }
        found.push(...(await callLayout(page, `room-call-${who}`)));
        await page.setViewportSize(MOBILE);
        found.push(...(await callLayout(page, `room-call-${who}-390`)));
      }
    } finally {
      await Promise.all([doctorTab.context.close(), patientTab.context.close()]);
    }
    expect(found).toEqual([]);
  }, 300_000);
});

/**
 * How far the header row's items reach past its content box on the right (≤ 0 when they fit). Its
 * links, the account menu and the language switch must all fit beside the logo from lg up, where
 * they stop folding into the menu panel.
 */
const headerReach = (page: Page) =>
  page.evaluate(() => {
    const row = document.querySelector('header .container-page');
    if (!row) throw new Error('the page has no header row');
    const edge = row.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(row).paddingRight);
    const rights = [...row.querySelectorAll('*')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => r.right);
    return Math.round(Math.max(...rights) - edge);
  });

describe('the header on wide screens', () => {
  it('fits 1024 and 1280 px for a visitor, a patient, a doctor and an admin, in English and Hindi', async () => {
    const admin = await signIn('admin@chikitsa360.local');
    const people: [string, TestUser | undefined, string][] = [
      ['a visitor', undefined, '/'],
      ['a patient', patient, '/appointments/'],
      // The longest header: My appointments, Today and Availability after the public links.
      ['a doctor', doctor, '/appointments/'],
      ['an admin', admin, '/admin/'],
    ];
    for (const [who, as, path] of people) {
      const { context, page } = await openContext(browser);
      if (as) await signInAt(page, as, path);
      for (const width of [1024, 1280])
        for (const lang of ['', '/hi']) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${lang}${path}`);
          await page.getByTestId(as ? 'user-menu-button' : 'sign-in-link').waitFor();
          await expect
            .poll(() => headerReach(page), {
              message: `${who} at ${width} px on ${lang}${path}: the header reaches past its edge (px)`,
            })
            .toBeLessThanOrEqual(0);
        }
      await context.close();
    }
  });
});
