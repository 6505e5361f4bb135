/**
 * Shared steps of the booking and payment browser tests: signing a test user in through the real
 * sign-in page, publishing slots through the API, booking a slot on the doctor's page, and moving an
 * appointment's clock for states the browser cannot wait for (a consultation that has started).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { axeViolations, screenshot } from './browser.ts';
import { signInThroughPage } from './site.ts';
import type { TestUser } from './users.ts';

/** Signs in on /login/?next=<path> and waits to land on `path`. */
export async function signInAt(page: Page, user: TestUser, path: string) {
  await page.goto(`/login/?next=${encodeURIComponent(path)}`);
  const target = new URL(path, 'http://x');
  // Through the code step too when the account has two-step sign-in (the demo admin).
  await signInThroughPage(page, user.email, user.password, (url) => url.pathname === target.pathname);
}

export interface PublishedSlot {
  id: string;
  startAt: string;
  endAt: string;
  localDate: string;
}

/** Publishes slots through the API (in the doctor's zone) and returns them. */
export async function publishSlots(
  doctor: TestUser,
  dates: string[],
  startTime = '10:00',
  endTime = '12:00',
  durationMinutes = 30,
): Promise<PublishedSlot[]> {
  const res = await doctor.client.post('/api/doctor/slots', { dates, startTime, endTime, durationMinutes });
  expect(res.status, res.text).toBe(201);
  return res.body.slots as PublishedSlot[];
}

/** The doctor's page with `date`'s tab open, ready to choose a slot. */
export async function openDoctorPage(page: Page, doctorId: string, date?: string) {
  await page.goto(`/doctors/view/?id=${doctorId}${date ? `&date=${date}` : ''}`);
  await page.getByTestId('day-tabs').waitFor();
}

/** Chooses `slotId` on the open doctor page, writes the reason and books; waits for the appointment page. */
export async function bookOnPage(
  page: Page,
  slotId: string,
  reason = 'Fever and a sore throat since Monday',
) {
  await page.locator(`[data-testid="slot"][data-slot-id="${slotId}"]`).click();
  await page.getByTestId('reason').fill(reason);
  await Promise.all([
    page.waitForURL(/\/appointments\/view\/\?id=[0-9a-f-]{36}/),
    page.getByTestId('book-submit').click(),
  ]);
  await page.getByTestId('appointment-details').waitFor();
  return new URL(page.url()).searchParams.get('id')!;
}

/** Moves an appointment (and nothing else) to have started `minutesAgo` minutes ago. */
export async function startedMinutesAgo(appointmentId: string, minutesAgo: number, lengthMinutes = 30) {
  const start = new Date(Math.floor((Date.now() - minutesAgo * 60_000) / 60_000) * 60_000);
  await entities()
    .appointment.patch({ appointmentId })
    .set({
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + lengthMinutes * 60_000).toISOString(),
    })
    .go();
}

/** Lets an unpaid booking's 15-minute hold run out now. */
export async function expireHold(appointmentId: string) {
  await entities()
    .appointment.patch({ appointmentId })
    .set({ holdExpiresAt: new Date(Date.now() - 60_000).toISOString() })
    .go();
}

/** Screenshot plus axe: returns the accessibility problems found, labelled with `name`. */
export async function shootAndCheck(page: Page, name: string): Promise<string[]> {
  await screenshot(page, name);
  return (await axeViolations(page)).map((v) => `${name}: ${v}`);
}

/** Text with every run of white space (including narrow no-break spaces) as one space. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
