/**
 * A doctor's weekly schedule in real Chromium against the twin (issue 19, part 7): the doctor sets
 * Monday's hours with the keyboard, copies them to Saturday, adds a lunch break and a leave day, saves;
 * the next 28 days of slots appear in the 14-day view, and the one slot they had published by hand
 * that clashes is named in their own time zone, not the browser's.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../functions/core/time.ts';
import { shootAndCheck, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { verifiedDoctor } from '../helpers/users.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());
const IST = 'Asia/Kolkata';
/** The first date from tomorrow on (in India) that is a Monday. */
function nextMonday(): string {
  for (let n = 1; ; n++) {
    const d = addDays(localDate(new Date(), IST), n);
    if (new Date(`${d}T12:00:00Z`).getUTCDay() === 1) return d;
  }
}

describe('the weekly schedule', () => {
  it('a doctor sets weekly hours, sees the slots published, and is told which overlap, in their time', async () => {
    const doctor = await verifiedDoctor({ firstName: 'Rohan', lastName: 'Weekly' });
    const monday = nextMonday();
    // A slot published by hand that the schedule's 10:00 and 10:30 slots that Monday would overlap.
    const oneOff = await doctor.client.post('/api/doctor/slots', {
      dates: [monday],
      startTime: '10:15',
      endTime: '10:45',
      durationMinutes: 30,
    });
    expect(oneOff.status, oneOff.text).toBe(201);

    // The browser is in New York; the page works in the doctor's zone all the same.
    const d = await openContext(browser, { timezoneId: 'America/New_York' });
    await signInAt(d.page, doctor, '/doctor/availability/');
    await byTestId(d.page, 'schedule-form').waitFor();
    await expect.poll(() => d.page.getByText('Closed').count()).toBe(7);

    // Monday 10:00–11:00 and 17:00–19:00, typed with the keyboard.
    await byTestId(d.page, 'add-hours-1').focus();
    await d.page.keyboard.press('Enter');
    await expect.poll(() => d.page.evaluate(() => document.activeElement?.id)).toBe('hours-1-0-start');
    await byTestId(d.page, 'hours-1-0-end').fill('11:00');
    await byTestId(d.page, 'add-hours-1').click();
    await byTestId(d.page, 'hours-1-1-start').fill('17:00');
    await byTestId(d.page, 'hours-1-1-end').fill('19:00');
    await byTestId(d.page, 'copy-monday').click();
    await expect.poll(() => byTestId(d.page, 'schedule-hours').count()).toBe(12);
    await byTestId(d.page, 'add-break').click();
    await byTestId(d.page, 'break-0-start').fill('18:00');
    await byTestId(d.page, 'break-0-end').fill('18:30');
    // Monday and Saturday... 2 + 3 slots of 30 minutes a day, 6 days.
    await expect.poll(() => text(d.page, 'schedule-preview')).toBe('30 slots a week.');
    const leave = addDays(monday, 1);
    await byTestId(d.page, 'leave-date').fill(leave);
    await byTestId(d.page, 'add-leave').click();
    await byTestId(d.page, `remove-leave-${leave}`).waitFor();
    const a11y = await shootAndCheck(d.page, 'schedule-editor-desktop');

    await byTestId(d.page, 'schedule-save').click();
    // 28 days are written on save (a transaction a day); a busy 2-core machine takes its time.
    await d.page
      .locator('[data-testid="schedule-result"], [data-testid="form-error"]:not([hidden])')
      .first()
      .waitFor({ timeout: 90_000 });
    await expect.poll(() => d.page.locator('[data-testid="form-error"]:not([hidden])').count()).toBe(0);
    const result = await text(d.page, 'schedule-result');
    expect(result).toMatch(/\d+ slots newly open, up to/);
    expect(result).toContain('Left out 2 slots that overlap slots you already have');
    // Named in India's time, though the browser is in New York.
    await expect
      .poll(async () => (await d.page.getByTestId('skipped-slot').allTextContents()).map(squash))
      .toEqual([
        expect.stringMatching(/^Mon, \d+ \w+ · 10:00 am – 10:30 am IST$/),
        expect.stringMatching(/^Mon, \d+ \w+ · 10:30 am – 11:00 am IST$/),
      ]);
    // The 14-day view shows them: that Monday has the hand-made slot and the evening ones (no break
    // slot at 18:00), the leave day has none.
    const mondaySlots = d.page.locator(
      `[data-testid="schedule-day"][data-day="${monday}"] [data-testid="schedule-slot"]`,
    );
    await expect.poll(() => mondaySlots.count()).toBe(4);
    await expect
      .poll(() =>
        d.page
          .locator(`[data-testid="schedule-day"][data-day="${leave}"] [data-testid="schedule-slot"]`)
          .count(),
      )
      .toBe(0);
    a11y.push(...(await shootAndCheck(d.page, 'schedule-published-desktop')));

    // Saved: a reload shows the same hours and how far slots are open.
    await d.page.reload();
    await byTestId(d.page, 'schedule-through').waitFor();
    await expect.poll(() => byTestId(d.page, 'schedule-hours').count()).toBe(12);
    expect(a11y).toEqual([]);
    await d.context.close();
  }, 240_000);
});
