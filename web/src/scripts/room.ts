/**
 * /room/?id=<appointmentId>: asks the server to open the room (POST /join), then shows the device
 * check, the call and the end screen (lib/room/*). `?chunkMs=` shortens the recording's chunks (tests).
 */

import { ApiError, api } from '../lib/client.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { iconSvg } from '../lib/icons.ts';
import { appointmentHref } from '../lib/links.ts';
import { protectPage } from '../lib/protected.ts';
import { type CallSummary, Consultation } from '../lib/room/consultation.ts';
import { PreJoin } from '../lib/room/prejoin.ts';
import type { RecordingController } from '../lib/room/recorder.ts';
import type { JoinSession } from '../lib/room/types.ts';
import { dashboardPath, type Me } from '../lib/session.ts';
import { formatCountdown, formatLongDate, formatTimeRange, viewerZone } from '../lib/zoned.ts';
import { m } from '../paraglide/messages.js';

type View = 'joining' | 'unavailable' | 'prejoin' | 'call' | 'ended';

const DEFAULT_CHUNK_MS = 30_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const q = <T extends HTMLElement>(root: ParentNode, selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`room markup is missing ${selector}`);
  return el;
};

function setView(room: HTMLElement, view: View) {
  room.dataset.view = view;
  for (const part of room.querySelectorAll<HTMLElement>(':scope > [data-part]'))
    part.hidden = part.dataset.part !== view;
  // The call fills the screen under the bar; the other views scroll like a page.
  document.body.classList.toggle('overflow-hidden', view === 'call');
}

/** The recording timeslice: 30 s, or `?chunkMs=` (1–30 s) for tests. */
function chunkMs(): number {
  const value = Number(new URLSearchParams(window.location.search).get('chunkMs'));
  return Number.isInteger(value) && value >= 1000 && value <= DEFAULT_CHUNK_MS ? value : DEFAULT_CHUNK_MS;
}

const UNAVAILABLE: Record<string, { title: string; icon: string; retry: boolean }> = {
  room_not_open: { title: 'The room is not open yet', icon: 'clock', retry: true },
  room_closed: { title: 'This consultation room has closed', icon: 'clock', retry: false },
  not_joinable: { title: 'This appointment cannot be joined', icon: 'alert-circle', retry: false },
  not_found: { title: 'Appointment not found', icon: 'alert-circle', retry: false },
  not_paid: { title: m.room_not_paid_title(), icon: 'credit-card', retry: false },
  cancelled: { title: m.room_cancelled_title(), icon: 'x-circle', retry: false },
  over: { title: m.room_over_title(), icon: 'check-circle', retry: false },
};

/**
 * The server answers `not_joinable` alike for an unpaid, a cancelled and a finished appointment; the
 * appointment's own view (its status and hold) says which, and so what to do next.
 */
async function notJoinableReason(
  id: string,
): Promise<{ code: string; text: string; link?: { href: string; label: string } } | null> {
  const a = await api.call('getAppointment', { params: { id } }).then(
    (p) => p.appointment,
    () => null,
  );
  if (!a) return null;
  if (a.actions.canPay)
    return {
      code: 'not_paid',
      text: m.room_not_paid_text(),
      link: { href: `/appointments/pay/?id=${encodeURIComponent(id)}`, label: m.room_pay_now() },
    };
  if (a.status === 'CANCELLED' || a.status === 'REQUESTED')
    return {
      code: 'cancelled',
      text: a.cancelReason ? m.room_cancelled_reason({ reason: a.cancelReason }) : m.room_cancelled_text(),
    };
  if (a.status === 'COMPLETED' || a.status === 'NO_SHOW') return { code: 'over', text: m.room_over_text() };
  return null;
}

function showUnavailable(
  room: HTMLElement,
  code: string,
  message: string,
  appointmentId: string | null,
  refined?: { code: string; link?: { href: string; label: string } },
) {
  const spec = UNAVAILABLE[refined?.code ?? code] ?? UNAVAILABLE.not_found!;
  const action = refined?.link;
  const box = q(room, '[data-unavailable]');
  // The server's code; the reason the appointment's view gave, when it refines it.
  box.dataset.code = code;
  if (refined) box.dataset.reason = refined.code;
  const badge = box.querySelector('span');
  if (badge) replaceChildren(badge, iconSvg(spec.icon, 'size-7'));
  q(box, '[data-unavailable-title]').textContent = spec.title;
  q(box, '[data-unavailable-text]').textContent = message;
  const link = q<HTMLAnchorElement>(box, '[data-appointment-link]');
  if (action) {
    link.href = action.href;
    link.textContent = action.label;
  } else if (appointmentId && code !== 'not_found') link.href = appointmentHref(appointmentId);
  else {
    link.href = '/appointments/';
    link.textContent = 'Your appointments';
  }
  const retry = q<HTMLButtonElement>(box, '[data-unavailable-retry]');
  retry.hidden = !spec.retry;
  retry.addEventListener('click', () => window.location.reload(), { once: true });
  setView(room, 'unavailable');
  q(box, '[data-unavailable-title]').focus();
}

function fillHeader(session: JoinSession) {
  const heading = document.querySelector<HTMLElement>('[data-room-heading]');
  if (!heading) return;
  q(heading, '[data-room-title]').textContent = `Consultation with ${session.peer.name}`;
  q(heading, '[data-room-subtitle]').textContent = formatTimeRange(session.startAt, session.endAt);
  heading.hidden = false;
  const back = document.querySelector<HTMLAnchorElement>('[data-room-back]');
  if (back) {
    back.href = appointmentHref(session.appointmentId);
    const label = back.querySelector('[data-room-back-label]');
    if (label) label.textContent = 'Appointment details';
  }
}

function showEnded(room: HTMLElement, session: JoinSession, me: Me, summary: CallSummary) {
  const box = q(room, '[data-ended]');
  box.dataset.reason = summary.reason;
  const peer = session.peer.name;
  q(box, '[data-ended-title]').textContent =
    summary.reason === 'peer'
      ? `${peer} ended the consultation`
      : summary.reason === 'closed'
        ? 'The consultation room has closed'
        : 'Consultation ended';
  const connected = summary.durationMs
    ? `You were connected with ${peer} for ${formatCountdown(Math.floor(summary.durationMs / 1000) * 1000)}.`
    : `You did not connect with ${peer} this time.`;
  q(box, '[data-ended-text]').textContent = summary.notice ? `${summary.notice} ${connected}` : connected;
  for (const link of box.querySelectorAll<HTMLAnchorElement>('[data-appointment-link]'))
    link.href = appointmentHref(session.appointmentId);
  q<HTMLAnchorElement>(box, '[data-dashboard-link]').href = dashboardPath(me.role);
  const rejoin = q<HTMLButtonElement>(box, '[data-rejoin]');
  rejoin.hidden = summary.reason === 'closed' || Date.now() >= Date.parse(session.closesAt);
  rejoin.addEventListener('click', () => window.location.reload(), { once: true });

  const recording = q(box, '[data-ended-recording]');
  const show = (state: string, icon: string, text: string, busy = false) => {
    recording.hidden = false;
    recording.dataset.state = state;
    replaceChildren(
      q(recording, '[data-ended-recording-icon]'),
      busy
        ? h('span', { class: 'spinner mt-1 size-4 text-brand-700', 'aria-hidden': 'true' })
        : iconSvg(icon, `mt-0.5 size-5 ${state === 'error' ? 'text-red-700' : 'text-brand-700'}`),
    );
    q(recording, '[data-ended-recording-text]').textContent = text;
  };
  const controller: RecordingController | null = summary.recording;
  if (controller) {
    const render = () => {
      const { state, problem } = controller.status;
      if (state === 'saving' || state === 'on')
        show(
          'saving',
          'clock',
          'Saving the recording of this consultation… please keep this page open.',
          true,
        );
      else if (state === 'saved')
        show(
          'saved',
          'check-circle',
          `Recording saved. The transcript will be emailed to you and ${peer} when it is ready, and shown on the appointment page.`,
        );
      else if (state === 'error')
        show('error', 'alert-triangle', `The recording could not be saved${problem ? `: ${problem}` : '.'}`);
      else recording.hidden = true;
    };
    controller.addEventListener('status', render);
    render();
    // Leaving while the last chunk uploads would lose it: ask first.
    window.addEventListener('beforeunload', (event) => {
      if (controller.status.state === 'saving') event.preventDefault();
    });
  } else if (summary.recorded) {
    show(
      'recorded',
      'file-text',
      `${peer} recorded this consultation. The transcript will be emailed to you when it is ready, and shown on the appointment page.`,
    );
  } else recording.hidden = true;

  setView(room, 'ended');
  q(box, '[data-ended-title]').focus();
}

protectPage(async (me) => {
  const room = document.querySelector<HTMLElement>('[data-room]');
  if (!room) return;
  const back = document.querySelector<HTMLAnchorElement>('[data-room-back]');
  if (back) back.href = dashboardPath(me.role);
  const id = new URLSearchParams(window.location.search).get('id');
  if (!id || !UUID.test(id)) {
    showUnavailable(
      room,
      'not_found',
      'This link does not name an appointment. Open it from your appointments.',
      null,
    );
    return;
  }

  setView(room, 'joining');
  let session: JoinSession;
  try {
    session = await api.call('joinRoom', { params: { id } });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      showUnavailable(room, 'not_found', 'There is no appointment of yours with this link.', null);
      return;
    }
    if (error instanceof ApiError && error.status === 409) {
      const why = error.code === 'not_joinable' ? await notJoinableReason(id) : null;
      showUnavailable(room, error.code, why?.text ?? error.message, id, why ?? undefined);
      return;
    }
    throw error;
  }

  fillHeader(session);
  q(room, '[data-prejoin-title]').textContent = `Ready to see ${session.peer.name}?`;
  q(room, '[data-prejoin-when]').textContent =
    `${formatLongDate(session.startAt, viewerZone())}, ${formatTimeRange(session.startAt, session.endAt)}`;
  q(room, '[data-prejoin-recording-text]').textContent = session.recordingEnabled
    ? 'This consultation is recorded to produce a written transcript; the doctor can turn recording off.'
    : 'Recording is off for this consultation, so there will be no written transcript.';

  const prejoin = new PreJoin({
    root: q(room, '[data-part="prejoin"]'),
    selfName: session.self.name,
    onJoin: async (stream) => {
      // Made inside the click, so the browser lets it run: the doctor's recorder mixes audio with it.
      const audioContext =
        session.role === 'doctor' && typeof AudioContext !== 'undefined' ? new AudioContext() : null;
      const consultation = new Consultation({
        root: q(room, '[data-part="call"]'),
        session,
        localStream: stream,
        audioContext,
        chunkMs: chunkMs(),
        onEnded: (summary) => {
          // The recorder mixes through this context until its last chunk is out.
          void summary.saved.finally(() => audioContext?.close().catch(() => undefined));
          showEnded(room, session, me, summary);
        },
      });
      setView(room, 'call');
      prejoin.dispose({ keepStream: true });
      try {
        await consultation.start();
      } catch (error) {
        await consultation.end('closed');
        q(room, '[data-ended-text]').textContent =
          error instanceof Error ? error.message : 'The call could not be started. Please try again.';
      }
    },
  });
  setView(room, 'prejoin');
  void prejoin.open();
  window.addEventListener('pagehide', () => prejoin.dispose());
});
