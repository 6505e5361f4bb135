/**
 * The consultation room in real Chromium (fake camera and microphone, WebRTC over loopback): two
 * parties join in any order, see and hear each other, chat both ways (typed markup stays text), see
 * delivery and read receipts, survive a reload of one side, and end the call. Plus the device check's
 * advice when the browser refuses the camera, and the room's refusals.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { bookedAppointment, confirmedAppointment } from '../helpers/appointments.ts';
import { axeViolations, launchBrowser, MOBILE, screenshot } from '../helpers/browser.ts';
import {
  allowRecording,
  CALL_UP_MS,
  chatMessage,
  endCall,
  joinCall,
  openRoomAs,
  type RoomTab,
  sendChat,
  traceOnFailure,
  videoPlays,
} from '../helpers/room-browser.ts';

let browser: Browser;
const tabs: RoomTab[] = [];
/**
 * Two real browsers in a call, on a machine shared with other work: a scenario's budget, not a sleep.
 * (Each step inside waits for the page's own state.)
 */
const CALL_SCENARIO_MS = 300_000;

beforeAll(async () => {
  browser = await launchBrowser({ media: true });
});
afterAll(async () => {
  await Promise.all(tabs.map((t) => t.context.close().catch(() => undefined)));
  await browser?.close();
});

/**
 * Waits for the page to reach a state (polled). A call that has to come back after a drop may take
 * the engine's whole designed recovery path, plus the load of a shared machine: wait that long.
 */
const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: CALL_UP_MS, interval: 100 });

/** Page init script: keeps the page's WebSockets reachable and lets the test refuse new ones. */
function controllableSockets() {
  const w = window as any;
  const Native = window.WebSocket;
  w.__roomSockets = [];
  w.__blockRoomSocket = false;
  w.__swallowSdp = 0;
  w.__swallowed = 0;
  w.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      // A path the gateway refuses: the handshake fails, as it does with no network.
      super(w.__blockRoomSocket ? String(url).replace('/ws?', '/ws-blocked?') : url, protocols);
      w.__roomSockets.push(this);
    }
    // Loses outgoing SDP frames on request, as a relay that refuses or fails a frame does.
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      if (w.__swallowSdp > 0 && typeof data === 'string' && data.includes('"k":"sdp"')) {
        w.__swallowSdp--;
        w.__swallowed++;
        return;
      }
      super.send(data);
    }
  };
}

const track = (tab: RoomTab) => {
  tabs.push(tab);
  return tab;
};

describe('the consultation room', () => {
  it(
    'connects doctor and patient with video and chat, recovers from a reload, and ends',
    async () => {
      const { doctor, patient, appointmentId } = await confirmedAppointment(5, {
        doctor: 'Rhea',
        patient: 'Arjun',
      });
      const d = track(await openRoomAs(browser, doctor, appointmentId));
      const p = track(await openRoomAs(browser, patient, appointmentId));
      traceOnFailure(onTestFailed, { doctor: d, patient: p });

      // The doctor goes in first and waits; the patient checks their devices meanwhile.
      await joinCall(d.page);
      await until(() => d.page.getByTestId('call-status').getAttribute('data-state')).toBe('waiting');
      await expect
        .poll(() => d.page.getByTestId('call-status').textContent())
        .toContain('Waiting for Arjun Das');
      await p.page.getByTestId('camera-preview').waitFor();
      await videoPlays(p.page, 'camera-preview');
      await until(() => p.page.getByTestId('mic-select').locator('option').count()).toBeGreaterThan(0);
      await screenshot(p.page, 'room-prejoin-desktop');
      await expect.poll(() => axeViolations(p.page)).toEqual([]);

      await joinCall(p.page);
      const [atDoctor, atPatient] = await Promise.all([
        videoPlays(d.page, 'remote-video'),
        videoPlays(p.page, 'remote-video'),
      ]);
      expect(atDoctor.width).toBeGreaterThan(0);
      expect(atPatient.width).toBeGreaterThan(0);
      for (const tab of [d, p]) {
        await until(() => tab.page.getByTestId('call-status').getAttribute('data-state')).toBe('connected');
        await videoPlays(tab.page, 'local-video');
        await tab.page.getByTestId('call-timer').waitFor();
      }
      // When the call starts the doctor is told that recording waits for the patient, who is asked.
      await expect
        .poll(() => d.page.getByTestId('consent-notice').textContent())
        .toContain('Recording starts once Arjun Das agrees to it. Either of you can stop it at any time.');
      await expect
        .poll(() => p.page.getByTestId('recording-consent-ask').textContent())
        .toContain('Dr. Rhea Menon would like to record this consultation');
      await expect.poll(() => axeViolations(p.page)).toEqual([]);
      await expect
        .poll(() => d.page.getByTestId('call-status').textContent())
        .toContain('Connected with Arjun Das');
      await expect
        .poll(() => p.page.getByTestId('call-status').textContent())
        .toContain('Connected with Dr. Rhea Menon');
      // Chat, patient → doctor, with the sender's name and the time in the viewer's zone.
      await sendChat(p.page, 'Hello doctor, I have had a dry cough for a week.');
      const cough = chatMessage(d.page, 'Hello doctor, I have had a dry cough for a week.');
      await cough.waitFor();
      await expect.poll(() => cough.getByTestId('chat-sender').textContent()).toBe('Arjun Das');
      await expect
        .poll(() => cough.getByTestId('chat-time').textContent())
        .toMatch(/^\d{1,2}:\d{2}\s?(am|pm)$/i);
      await expect.poll(() => cough.getAttribute('data-own')).toBe('false');
      // The patient's own copy is confirmed by the server (✓).
      await until(() =>
        chatMessage(p.page, 'Hello doctor, I have had a dry cough for a week.').getAttribute('data-status'),
      ).toMatch(/delivered|read/);

      // Doctor → patient; read ✓✓ once the patient has it on screen.
      await sendChat(d.page, 'Any fever? Please also tell me if you are taking any medicines.');
      await chatMessage(p.page, 'Any fever? Please also tell me if you are taking any medicines.').waitFor();
      const doctorsMessage = chatMessage(
        d.page,
        'Any fever? Please also tell me if you are taking any medicines.',
      );
      await until(() => doctorsMessage.getAttribute('data-status')).toBe('read');
      await expect
        .poll(() => doctorsMessage.getByTestId('chat-status').getAttribute('data-status'))
        .toBe('read');
      await expect.poll(() => doctorsMessage.getByTestId('chat-sender').textContent()).toBe('You');

      // Markup typed into the chat is shown as text and never runs.
      const attack = '<img src=x onerror="window.__pwned=1"> no fever';
      await sendChat(p.page, attack);
      await chatMessage(d.page, attack).waitFor();
      for (const tab of [d, p]) {
        await expect.poll(() => tab.page.getByTestId('chat-list').locator('img').count()).toBe(0);
        await expect
          .poll(() => tab.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned))
          .toBeUndefined();
      }

      await screenshot(d.page, 'room-doctor-consent-desktop');
      await d.page.getByTestId('consent-dismiss').click();
      await allowRecording(p.page);
      await until(() => d.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('on');
      await screenshot(d.page, 'room-doctor-desktop');
      await expect.poll(() => axeViolations(d.page)).toEqual([]);
      await screenshot(p.page, 'room-patient-desktop');

      // The patient reloads: the call comes back on both sides, and the chat history is intact.
      await p.page.reload();
      await joinCall(p.page);
      await Promise.all([videoPlays(d.page, 'remote-video'), videoPlays(p.page, 'remote-video')]);
      for (const tab of [d, p])
        await until(() => tab.page.getByTestId('call-status').getAttribute('data-state')).toBe('connected');
      await chatMessage(p.page, 'Hello doctor, I have had a dry cough for a week.').waitFor();
      await chatMessage(p.page, 'Any fever? Please also tell me if you are taking any medicines.').waitFor();
      await chatMessage(p.page, attack).waitFor();
      await expect.poll(() => p.page.getByTestId('chat-message').count()).toBe(3);
      // Still chatting after the reload.
      await sendChat(p.page, 'Back again, sorry, my page reloaded.');
      await chatMessage(d.page, 'Back again, sorry, my page reloaded.').waitFor();

      // The phone layout: video above, chat below.
      await p.page.setViewportSize(MOBILE);
      // The patient's answer outlived the reload: they are not asked again, and can still stop it.
      await expect
        .poll(() => p.page.getByTestId('recording-consent-toggle').getAttribute('aria-pressed'))
        .toBe('true');
      await expect.poll(() => p.page.getByTestId('recording-consent-ask').count()).toBe(0);
      await until(async () => {
        const stage = await p.page.getByTestId('remote-video').boundingBox();
        const chat = await p.page.getByTestId('chat').boundingBox();
        return stage && chat && stage.y + stage.height <= chat.y + 1;
      }).toBe(true);
      await screenshot(p.page, 'room-patient-mobile');

      // The doctor ends the consultation: it ends for the patient too.
      await endCall(d.page);
      await p.page.getByTestId('call-ended').waitFor();
      await expect.poll(() => p.page.getByTestId('call-ended').getAttribute('data-reason')).toBe('peer');
      await expect
        .poll(() => d.page.getByTestId('ended-appointment-link').getAttribute('href'))
        .toBe(`/appointments/view/?id=${appointmentId}`);
      await screenshot(d.page, 'room-ended-doctor-desktop');
      await screenshot(p.page, 'room-ended-patient-mobile');
      await expect.poll(() => axeViolations(p.page)).toEqual([]);

      expect(d.errors.problems()).toEqual([]);
      expect(p.errors.problems()).toEqual([]);
    },
    CALL_SCENARIO_MS,
  );

  it(
    'catches up on the chat and reconnects the call after the connection drops',
    async () => {
      const { doctor, patient, appointmentId } = await confirmedAppointment(5, {
        doctor: 'Ishaan',
        patient: 'Nisha',
      });
      const d = track(await openRoomAs(browser, doctor, appointmentId));
      // The patient's room socket can be cut, and kept from reconnecting, from the test.
      const p = track(await openRoomAs(browser, patient, appointmentId, { initScript: controllableSockets }));
      traceOnFailure(onTestFailed, { doctor: d, patient: p });
      await joinCall(d.page);
      await joinCall(p.page);
      await Promise.all([videoPlays(d.page, 'remote-video'), videoPlays(p.page, 'remote-video')]);

      // The doctor turns recording off for this visit (confirmed); both sides see it.
      await allowRecording(p.page);
      await until(() => p.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('on');
      await d.page.getByTestId('recording-toggle').click();
      await d.page.getByTestId('recording-off-dialog-confirm').click();
      await until(() => d.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('off');
      await until(() => p.page.getByTestId('recording-indicator').getAttribute('data-state')).toBe('off');
      await expect
        .poll(() => d.page.getByTestId('recording-toggle').getAttribute('aria-pressed'))
        .toBe('false');
      // Stored once the confirmed switch has been saved (the dialog's action ends with it).
      const stored = async () =>
        (await doctor.client.get(`/api/appointments/${appointmentId}`)).body.appointment;
      await expect.poll(async () => (await stored()).recordingEnabled).toBe(false);
      // Turning it off withdrew the patient's consent too, on the record, by the doctor.
      expect((await stored()).recordingConsent).toBe('withdrawn');

      // Camera and microphone switches: the patient is told why the picture went away.
      await d.page.getByTestId('toggle-camera').click();
      await d.page.getByTestId('toggle-mic').click();
      await expect.poll(() => d.page.getByTestId('toggle-camera').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => d.page.getByTestId('toggle-mic').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => d.page.locator('[data-self-muted]').isVisible()).toBe(true);
      const placeholder = p.page.locator('[data-remote-placeholder]');
      await until(() => placeholder.isVisible()).toBe(true);
      // Camera and microphone states travel as two frames: wait for the second as well.
      await until(() => placeholder.locator('[data-placeholder-text]').textContent()).toBe(
        'Dr. Ishaan Menon turned their camera off',
      );
      await until(() => placeholder.locator('[data-placeholder-sub]').textContent()).toBe(
        'Their microphone is muted too.',
      );
      await d.page.getByTestId('toggle-camera').click();
      await d.page.getByTestId('toggle-mic').click();
      await until(() => placeholder.isVisible()).toBe(false);

      await p.page.evaluate(() => {
        const w = window as any;
        w.__blockRoomSocket = true;
        for (const ws of w.__roomSockets) ws.close();
      });
      await until(() => p.page.getByTestId('chat-connection').getAttribute('data-state')).toBe(
        'reconnecting',
      );
      // The doctor sees the patient's connection drop.
      await until(() => d.page.getByTestId('call-status').textContent()).toContain(
        "Nisha Das's connection dropped",
      );

      // Said while the patient was away, and typed by the patient while offline.
      await sendChat(d.page, 'Please check your temperature tonight.');
      await until(() =>
        chatMessage(d.page, 'Please check your temperature tonight.').getAttribute('data-status'),
      ).toBe('delivered');
      await sendChat(p.page, 'Typed while my network was down.');
      const queued = chatMessage(p.page, 'Typed while my network was down.');
      await expect.poll(() => queued.getAttribute('data-status')).toBe('sending');
      await expect.poll(() => chatMessage(p.page, 'Please check your temperature tonight.').count()).toBe(0);

      // The network comes back, and the relay loses the patient's first offer or answer: the
      // signalling notices the missing acknowledgement and sends it again.
      await p.page.evaluate(() => {
        const w = window as any;
        w.__swallowSdp = 1;
        w.__blockRoomSocket = false;
        window.dispatchEvent(new Event('online'));
      });
      await until(() => p.page.getByTestId('chat-connection').getAttribute('data-state')).toBe('connected');
      await chatMessage(p.page, 'Please check your temperature tonight.').waitFor();
      await until(() => queued.getAttribute('data-status')).toMatch(/delivered|read/);
      await chatMessage(d.page, 'Typed while my network was down.').waitFor();
      // Resending used the same clientMsgId: the doctor has it once.
      await expect.poll(() => chatMessage(d.page, 'Typed while my network was down.').count()).toBe(1);

      // The video was renegotiated from scratch and plays on both sides again.
      await Promise.all([videoPlays(d.page, 'remote-video'), videoPlays(p.page, 'remote-video')]);
      for (const tab of [d, p])
        await until(() => tab.page.getByTestId('call-status').getAttribute('data-state')).toBe('connected');
      await expect.poll(() => p.page.evaluate(() => (window as any).__swallowed)).toBe(1);
      expect(p.trace.some((line) => line.includes('[room] resending'))).toBe(true);

      expect(d.errors.problems()).toEqual([]);
      // The blocked reconnection attempts are logged by Chromium as failed WebSocket connections.
      expect(p.errors.problems().filter((line) => !line.includes('/ws-blocked'))).toEqual([]);
    },
    CALL_SCENARIO_MS,
  );

  it('ends the call, saying why, when the appointment is cancelled while the room is open', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const p = track(await openRoomAs(browser, patient, appointmentId));
    await joinCall(p.page);
    // The room's socket is connected once its connection is stored.
    await until(
      async () => (await entities().connection.query.byAppointment({ appointmentId }).go()).data.length,
    ).toBe(1);
    const cancelled = await doctor.client.post(`/api/appointments/${appointmentId}/cancel`, {
      reason: 'Called away to an emergency',
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    const ended = p.page.getByTestId('call-ended');
    await ended.waitFor();
    await expect.poll(() => ended.getAttribute('data-reason')).toBe('closed');
    await expect
      .poll(() => ended.textContent())
      .toContain('This appointment was cancelled, so the room is closed.');
    await expect.poll(() => p.page.getByTestId('rejoin').isVisible()).toBe(false);
    expect(p.errors.problems()).toEqual([]);
  });

  it('explains how to allow the camera when the browser refuses it', async () => {
    const { patient, appointmentId } = await confirmedAppointment(5);
    // As if the person pressed "Block" on the browser's camera prompt.
    const p = track(
      await openRoomAs(browser, patient, appointmentId, {
        viewport: MOBILE,
        initScript: () => {
          navigator.mediaDevices.getUserMedia = () =>
            Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
        },
      }),
    );
    const error = p.page.getByTestId('media-error');
    await error.waitFor();
    await expect.poll(() => error.getAttribute('data-problem')).toBe('denied');
    await expect.poll(() => error.textContent()).toContain('Camera and microphone are blocked');
    await expect.poll(() => error.locator('li').count()).toBeGreaterThan(0);
    await expect.poll(() => p.page.getByTestId('join-button').isDisabled()).toBe(true);
    await screenshot(p.page, 'room-permission-denied-mobile');
    expect(p.errors.problems()).toEqual([]);
  });

  it('says when the room is not open yet, and refuses unpaid appointments', async () => {
    const later = await confirmedAppointment(120);
    const early = track(await openRoomAs(browser, later.patient, later.appointmentId));
    const box = early.page.getByTestId('room-unavailable');
    await box.waitFor();
    await expect.poll(() => box.getAttribute('data-code')).toBe('room_not_open');
    await expect.poll(() => box.textContent()).toContain('The room opens at');
    await screenshot(early.page, 'room-not-open-desktop');

    const unpaid = await bookedAppointment(5);
    const refused = track(await openRoomAs(browser, unpaid.patient, unpaid.appointmentId));
    await refused.page.getByTestId('room-unavailable').waitFor();
    await expect
      .poll(() => refused.page.getByTestId('room-unavailable').getAttribute('data-code'))
      .toBe('not_joinable');
    // The refusals are the API's 409s, which the browser logs as failed requests.
    expect(early.errors.problems({ allowApiStatuses: [409] })).toEqual([]);
    expect(refused.errors.problems({ allowApiStatuses: [409] })).toEqual([]);
  });
});
