/**
 * The consultation room in real Chromium: a signed-in context per party (the test user's session
 * cookies copied in), joining through the device check, and checks that a <video> really plays.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WORST_CASE_RECOVERY_MS } from '../../web/src/lib/room/p2p.ts';
import { DESKTOP, openContext, type TestContext, twinUrl } from './browser.ts';
import type { TestUser } from './users.ts';

/**
 * How long a call may take to come up, whenever it comes up (first join, after a reload, after a
 * drop): the engine's designed worst case (stall → ICE restart → new session → one repeated frame),
 * plus half again for a loaded machine. A shorter wait calls a working engine broken: CI once failed
 * at 45 s on a reload, inside the designed 40 s path plus load.
 */
export const CALL_UP_MS = WORST_CASE_RECOVERY_MS * 1.5;

/** Gives a browser context the user's session (the same HttpOnly cookies the API set for them). */
export async function signInContext(context: BrowserContext, user: TestUser) {
  const { hostname } = new URL(twinUrl());
  await context.addCookies(
    [...user.client.cookies].map(([name, cookie]) => ({
      name,
      value: cookie.value,
      domain: hostname,
      path: cookie.path,
      httpOnly: true,
      secure: false,
      sameSite: 'Strict' as const,
    })),
  );
}

export interface RoomTab extends TestContext {
  user: TestUser;
  /** The room's own diagnostics (`[room] …` console lines: signalling, state), for failure reports. */
  trace: string[];
}

/** A fresh context signed in as `user`, on /room/?id=<appointmentId><extraQuery>. */
export async function openRoomAs(
  browser: Browser,
  user: TestUser,
  appointmentId: string,
  {
    viewport = DESKTOP,
    extraQuery = '',
    initScript,
  }: {
    viewport?: { width: number; height: number };
    extraQuery?: string;
    /** Runs in the page before its own scripts (e.g. to stub a browser API). */
    initScript?: () => void;
  } = {},
): Promise<RoomTab> {
  const tab = await openContext(browser, { viewport, permissions: ['camera', 'microphone'] });
  // A page with two live videos is heavy; on a shared machine its actions get more time.
  tab.context.setDefaultTimeout(30_000);
  const trace: string[] = [];
  const started = Date.now();
  tab.page.on('console', (message) => {
    if (message.text().startsWith('[room]'))
      trace.push(`${((Date.now() - started) / 1000).toFixed(1)}s ${message.text()}`);
  });
  await signInContext(tab.context, user);
  if (initScript) await tab.context.addInitScript(initScript);
  await tab.page.goto(`/room/?id=${appointmentId}${extraQuery}`);
  return { ...tab, user, trace };
}

/** Presses "Join" once the device check has the camera and microphone, and waits for the call view. */
export async function joinCall(page: Page) {
  await page.getByTestId('prejoin').waitFor();
  await page.getByTestId('join-button').click({ timeout: 30_000 });
  await page.getByTestId('call').waitFor();
}

/**
 * Resolves once the video element shows frames: it has a size, is not paused, and its clock moves.
 * (Waiting on the page's own state, polled by the browser; no fixed sleeps.) A remote video waits as
 * long as a call may take to come up.
 */
export async function videoPlays(page: Page, testId: string, timeoutMs = CALL_UP_MS) {
  // One predicate, polled in the page, decides and measures at the same moment: the element, its
  // stream and its clock are remembered on the first sighting, and a new element or stream (a
  // reconnection swaps them) starts the count again. (Measuring in a separate step once failed in CI:
  // the size read 0 a moment after the clock had moved; the room's trace now logs each new remote stream.)
  const token = randomUUID();
  const playing = await page.waitForFunction(
    ({ sel, token }) => {
      const w = window as unknown as {
        __videoPlays?: Record<string, { v: HTMLVideoElement; src: unknown; t: number }>;
      };
      w.__videoPlays ??= {};
      const seen = w.__videoPlays;
      const v = document.querySelector<HTMLVideoElement>(sel);
      if (!v || v.videoWidth === 0 || v.paused || v.readyState < 2) return false;
      const first = seen[token];
      if (!first || first.v !== v || first.src !== v.srcObject || v.currentTime < first.t) {
        seen[token] = { v, src: v.srcObject, t: v.currentTime };
        return false;
      }
      if (v.currentTime <= first.t + 0.2) return false;
      delete seen[token];
      return { width: v.videoWidth, height: v.videoHeight };
    },
    { sel: `[data-testid="${testId}"]`, token },
    { timeout: timeoutMs, polling: 100 },
  );
  return (await playing.jsonValue()) as { width: number; height: number };
}

/** Types a message in the chat and sends it with the button. */
export async function sendChat(page: Page, text: string) {
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-send').click();
}

/** The chat message (an <li>) whose text is exactly `text`. */
export const chatMessage = (page: Page, text: string) =>
  page
    .getByTestId('chat-message')
    .filter({ has: page.getByTestId('chat-text').getByText(text, { exact: true }) });

/** The patient agrees, in the call, to the consultation being recorded; waits until the server has it. */
export async function allowRecording(page: Page) {
  await page.getByTestId('recording-consent-allow').click();
  await page.locator('[data-testid="recording-consent-toggle"][aria-pressed="true"]').waitFor();
}

/** Ends the call from this page, confirming in the dialog, and waits for the end screen. */
export async function endCall(page: Page) {
  await page.getByTestId('end-call').click();
  await page.getByTestId('end-call-dialog-confirm').click();
  await page.getByTestId('call-ended').waitFor();
}

/** Prints each tab's room trace when the current test fails (call inside the test). */
export function traceOnFailure(onTestFailed: (fn: () => void) => void, tabs: Record<string, RoomTab>) {
  onTestFailed(() => {
    for (const [name, tab] of Object.entries(tabs))
      console.log(`--- ${name} room trace\n${tab.trace.join('\n')}`);
  });
}
