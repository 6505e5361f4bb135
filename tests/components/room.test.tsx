/**
 * The consultation room's islands in a DOM (happy-dom), with the room socket replaced by a recorder
 * of frames: the chat's states (sending, delivered, read, failed and retried), the device check's
 * states, and the call controls by keyboard. The real call is in tests/e2e/room.test.ts.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallStage } from '../../web/src/islands/room/CallStage.tsx';
import { ChatPanel } from '../../web/src/islands/room/ChatPanel.tsx';
import { advice, PreJoin } from '../../web/src/islands/room/PreJoin.tsx';
import Room from '../../web/src/islands/room/Room.tsx';
import { ChatSession } from '../../web/src/lib/room/chat.ts';
import { Consultation } from '../../web/src/lib/room/consultation.ts';
import { DeviceCheck } from '../../web/src/lib/room/media.ts';
import type { ClientFrame, JoinSession } from '../../web/src/lib/room/types.ts';

const session: JoinSession = {
  provider: 'p2p',
  iceServers: [],
  appointmentId: 'a1',
  role: 'patient',
  self: { id: 'patient-1', name: 'Arjun Das' },
  peer: { id: 'doctor-1', name: 'Dr. Rhea Menon' },
  treated: { name: 'Arjun Das', dateOfBirth: '1990-04-12', sex: 'male', relationship: 'self' },
  reason: 'Cough for a week',
  startAt: '2026-03-12T05:00:00.000Z',
  endAt: '2026-03-12T05:30:00.000Z',
  closesAt: '2099-01-01T00:00:00.000Z',
  recordingEnabled: true,
  recordingConsent: 'pending',
  wsPath: '/ws?appointmentId=a1',
};

/** Enough of a MediaStream for the room: tracks that can be switched and stopped. */
function fakeStream() {
  const track = (kind: string) => ({
    kind,
    enabled: true,
    stop: vi.fn(),
    getSettings: () => ({ deviceId: kind }),
  });
  const tracks = [track('audio'), track('video')];
  // happy-dom's own MediaStream (a <video> accepts nothing else), with tracks that do something.
  return Object.assign(new MediaStream(), {
    getTracks: () => tracks,
    getAudioTracks: () => tracks.filter((t) => t.kind === 'audio'),
    getVideoTracks: () => tracks.filter((t) => t.kind === 'video'),
  }) as unknown as MediaStream;
}

class Observer {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', Observer);
  vi.stubGlobal('ResizeObserver', Observer);
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the chat', () => {
  const setup = (connected = true) => {
    const sent: ClientFrame[] = [];
    const chat = new ChatSession({
      appointmentId: 'a1',
      self: { id: 'patient-1', role: 'patient' },
      send: (frame) => sent.push(frame),
      connected: () => connected,
    });
    render(<ChatPanel chat={chat} peer="Dr. Rhea Menon" />);
    return { chat, sent };
  };
  const stored = (over: Record<string, unknown>) => ({
    type: 'chat.message' as const,
    message: {
      id: '01J0000000000000000000000A',
      appointmentId: 'a1',
      senderId: 'patient-1',
      senderRole: 'patient' as const,
      text: 'A dry cough',
      clientMsgId: null,
      createdAt: '2026-03-12T05:01:00.000Z',
      readAt: null,
      ...over,
    },
  });
  const message = () => screen.getByTestId('chat-message');

  it('sends with Enter (not Shift+Enter), then shows sending, delivered and read', () => {
    const { chat, sent } = setup();
    expect(
      screen.getByText('No messages yet. Share a symptom, a question or a report name here.'),
    ).toBeTruthy();
    const input = screen.getByTestId('chat-input') as HTMLTextAreaElement;
    fireEvent.input(input, { target: { value: 'A dry cough' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(sent).toEqual([]);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(sent).toHaveLength(1);
    const frame = sent[0] as { action: string; text: string; clientMsgId: string };
    expect(frame).toMatchObject({ action: 'chat.send', text: 'A dry cough' });
    expect(input.value).toBe('');
    expect(message().dataset.status).toBe('sending');
    expect(screen.getByTestId('chat-status').textContent).toBe('Sending');

    act(() => {
      chat.handleFrame(stored({ clientMsgId: frame.clientMsgId }));
    });
    expect(screen.getAllByTestId('chat-message')).toHaveLength(1);
    expect(message().dataset.status).toBe('delivered');
    expect(screen.getByTestId('chat-sender').textContent).toBe('You');

    act(() => {
      chat.handleFrame({
        type: 'chat.read',
        readerId: 'doctor-1',
        upTo: '01J0000000000000000000000A',
        at: '2026-03-12T05:02:00.000Z',
      });
    });
    expect(message().dataset.status).toBe('read');
    expect(screen.getByTestId('chat-status').textContent).toBe('Read');
  });

  it('says why a message failed, resends it with the same id, or deletes it', () => {
    const { chat, sent } = setup();
    act(() => {
      chat.submit('Is this serious?');
    });
    const { clientMsgId } = sent[0] as { clientMsgId: string };
    act(() => {
      chat.handleFrame({ type: 'error', code: 'rate_limited', message: 'Slow down', clientMsgId });
    });
    expect(message().dataset.status).toBe('failed');
    expect(screen.getByRole('alert').textContent).toContain('Not sent: Slow down');

    fireEvent.click(screen.getByTestId('chat-retry'));
    expect(sent[1]).toMatchObject({ action: 'chat.send', clientMsgId });
    expect(message().dataset.status).toBe('sending');

    act(() => {
      chat.handleFrame({ type: 'error', code: 'rate_limited', message: 'Slow down', clientMsgId });
    });
    fireEvent.click(screen.getByTestId('chat-discard'));
    expect(screen.queryByTestId('chat-message')).toBeNull();
  });

  it('keeps what is typed offline in the outbox, and refuses a message that is too long', async () => {
    // Down before it ever connected: the history is fetched meanwhile (none yet).
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ messages: [], nextBefore: null }), { status: 200 })),
    );
    const { chat, sent } = setup(false);
    await act(async () => {
      chat.onDown();
    });
    expect(screen.getByTestId('chat-connection').dataset.state).toBe('reconnecting');
    act(() => {
      chat.submit('Typed offline');
    });
    expect(sent).toEqual([]);
    expect(message().dataset.status).toBe('sending');
    expect(window.sessionStorage.getItem('c360.outbox.a1')).toContain('Typed offline');

    act(() => {
      expect(chat.submit('x'.repeat(2001))).toBe(false);
    });
    expect(screen.getByTestId('chat-notice').textContent).toBe('Keep messages under 2000 characters.');

    act(() => {
      chat.close();
    });
    expect((screen.getByTestId('chat-input') as HTMLTextAreaElement).disabled).toBe(true);
    expect(screen.getByTestId('chat-connection').textContent).toBe('The consultation has ended');
  });

  it('shows the other person’s message as text, with their name', () => {
    const { chat } = setup();
    act(() => {
      chat.handleFrame(
        stored({ senderId: 'doctor-1', senderRole: 'doctor', text: '<img src=x onerror=alert(1)>' }),
      );
    });
    expect(message().dataset.own).toBe('false');
    expect(screen.getByTestId('chat-text').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('chat-list').querySelector('img')).toBeNull();
    expect(screen.getByTestId('chat-sender').textContent).toBe('Dr. Rhea Menon');
    expect(screen.queryByTestId('chat-status')).toBeNull();
  });
});

describe('the device check', () => {
  const setup = (check = new DeviceCheck()) => {
    const onJoin = vi.fn(() => new Promise<void>(() => undefined));
    render(<PreJoin session={session} check={check} onJoin={onJoin} />);
    return { check, onJoin, join: screen.getByTestId('join-button') as HTMLButtonElement };
  };

  it('waits for the camera, then lets the person join (busy while joining)', async () => {
    const { check, onJoin, join } = setup();
    expect(join.disabled).toBe(true);
    expect(screen.getByText('Starting your camera…')).toBeTruthy();
    expect(screen.getByText('Checking your camera and microphone…')).toBeTruthy();
    act(() => {
      check.stream.value = fakeStream();
    });
    act(() => {
      check.level.value = 42;
    });
    await screen.findByText('Your camera and microphone are ready.');
    expect(join.disabled).toBe(false);
    expect(screen.getByTestId('mic-meter').getAttribute('aria-valuenow')).toBe('42');
    fireEvent.click(join);
    expect(onJoin).toHaveBeenCalledOnce();
    await screen.findByText('Joining…');
    expect(join.getAttribute('aria-busy')).toBe('true');
  });

  it('explains a refused camera with steps for the device, and tries again', async () => {
    const denied = new DOMException('Permission denied', 'NotAllowedError');
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (Linux; Android 14)',
      mediaDevices: { getUserMedia: vi.fn().mockRejectedValue(denied) },
    });
    const { check, join } = setup();
    await act(() => check.open());
    const error = await screen.findByTestId('media-error');
    expect(error.dataset.problem).toBe('denied');
    expect(error.textContent).toContain('Camera and microphone are blocked');
    expect(error.querySelectorAll('li')).toHaveLength(2);
    expect(error.textContent).toContain('Permissions');
    expect(join.disabled).toBe(true);
    expect(screen.queryByTestId('camera-select')).toBeNull();
    expect(screen.getByText('Allow the camera and microphone to join the consultation.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('media-retry'));
    expect(navigator.mediaDevices.getUserMedia).toHaveBeenCalledTimes(2);
  });

  it('measures the microphone about twelve times a second, not on every frame, and stops when closed', async () => {
    const frames = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frames);
    const read = vi.fn((samples: Float32Array) => samples.fill(0.1));
    vi.stubGlobal(
      'AudioContext',
      class {
        state = 'running';
        createAnalyser = () => ({ fftSize: 0, getFloatTimeDomainData: read });
        createMediaStreamSource = () => ({ connect: () => undefined });
        resume = () => Promise.resolve();
        close = () => Promise.resolve();
      },
    );
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
      mediaDevices: {
        getUserMedia: vi.fn().mockResolvedValue(fakeStream()),
        enumerateDevices: async () => [],
      },
    });
    const check = new DeviceCheck();
    vi.useFakeTimers();
    try {
      await check.open();
      // A third of a second.
      vi.advanceTimersByTime(320);
      expect(read).toHaveBeenCalledTimes(5); // at 0, 80, 160, 240 and 320 ms
      expect(check.level.value).toBe(80); // -20 dBFS
      expect(frames).not.toHaveBeenCalled(); // the page is not woken every frame
      check.dispose();
      vi.advanceTimersByTime(320);
      expect(read).toHaveBeenCalledTimes(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('has advice for every problem, one step a line', () => {
    for (const problem of ['denied', 'not-found', 'in-use', 'insecure', 'unsupported', 'unknown'] as const) {
      const { heading, text, steps } = advice(problem, 'iPhone');
      expect(heading && text).toBeTruthy();
      expect(steps.every(Boolean)).toBe(true);
    }
    expect(advice('denied', 'iPhone').steps[0]).toContain('Settings app');
    expect(advice('denied', 'Windows NT').steps).toHaveLength(3);
  });
});

describe('the call controls', () => {
  const setup = (role: 'patient' | 'doctor' = 'patient') => {
    const call = new Consultation({
      session: { ...session, role },
      localStream: fakeStream(),
      audioContext: null,
      chunkMs: 30_000,
      onEnded: vi.fn(),
    });
    render(<CallStage call={call} />);
    return call;
  };

  it('are buttons in the Tab order, named for what they do next, with their pressed state', async () => {
    const call = setup();
    const controls = screen.getByTestId('controls');
    const order = [...controls.querySelectorAll('button')].map((b) => b.dataset.testid);
    expect(order).toEqual(['toggle-mic', 'toggle-camera', 'end-call']);
    for (const button of controls.querySelectorAll('button')) expect(button.tabIndex).toBe(0);
    const mic = screen.getByTestId('toggle-mic');
    expect(mic.getAttribute('aria-pressed')).toBe('false');
    expect(mic.textContent).toBe('Mute microphone');
    fireEvent.click(mic);
    expect(call.micOn.value).toBe(false);
    expect(mic.getAttribute('aria-pressed')).toBe('true');
    expect(mic.textContent).toBe('Unmute microphone');
    expect(screen.getByRole('img', { name: 'You are muted' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('toggle-camera'));
    expect(screen.getByTestId('toggle-camera').textContent).toBe('Turn camera on');
    expect(screen.getByRole('img', { name: 'Your camera is off' })).toBeTruthy();
  });

  it('asks before ending, with the safe choice focused, and Escape keeps the call', async () => {
    const call = setup();
    fireEvent.click(screen.getByTestId('end-call'));
    const stay = await screen.findByTestId('end-call-dialog-cancel');
    expect(document.activeElement).toBe(stay);
    expect(screen.getByTestId('end-call-dialog').textContent).toContain(
      'You can rejoin while the room is open.',
    );
    fireEvent(screen.getByTestId('end-call-dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByTestId('end-call-dialog-cancel')).toBeNull();
    expect(call.ended.value).toBe(false);
  });

  it('tells the patient about the recording, and who they are waiting for', () => {
    const call = setup();
    act(() => {
      call.consent.value = true;
      call.peerRecording.value = true;
      call.peerLeft.value = 'lost';
    });
    expect(screen.getByTestId('consent-notice').textContent).toContain(
      "Recorded only with the patient's consent",
    );
    expect(screen.getByTestId('recording-indicator').dataset.state).toBe('on');
    expect(screen.getByTestId('call-status').textContent).toBe("Dr. Rhea Menon's connection dropped");
    fireEvent.click(screen.getByTestId('consent-dismiss'));
    expect(screen.queryByTestId('consent-notice')).toBeNull();
  });
  it('asks the patient whether the call may be recorded; "Not now" leaves a button to agree later', () => {
    const call = setup();
    act(() => {
      call.link.value = 'connected';
    });
    const ask = screen.getByTestId('recording-consent-ask');
    expect(ask.textContent).toContain('Dr. Rhea Menon would like to record this consultation');
    expect(ask.textContent).toContain('Nothing is recorded unless you agree');
    expect(screen.queryByTestId('recording-consent-toggle')).toBeNull();
    fireEvent.click(screen.getByTestId('recording-consent-later'));
    expect(screen.queryByTestId('recording-consent-ask')).toBeNull();
    const toggle = screen.getByTestId('recording-consent-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.textContent).toContain('Allow recording');
    act(() => {
      call.recordingConsent.value = 'given';
    });
    expect(screen.getByTestId('recording-consent-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('recording-consent-toggle').textContent).toContain('Stop recording');
  });
});

describe('ending the call', () => {
  /** The room's WebSocket, played by the test: it records what the page sends. */
  class FakeSocket extends EventTarget {
    static last: FakeSocket;
    readonly sent: Record<string, any>[] = [];
    constructor(readonly url: string) {
      super();
      FakeSocket.last = this;
    }
    send(data: string) {
      this.sent.push(JSON.parse(data));
    }
    close() {}
  }

  it("sends the doctor's goodbye ahead of a backlog, so closing the socket cannot discard it", async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ messages: [], nextBefore: null }), { status: 200 })),
    );
    const onEnded = vi.fn();
    const call = new Consultation({
      session: { ...session, role: 'doctor', self: session.peer, peer: session.self },
      localStream: fakeStream(),
      audioContext: null,
      chunkMs: 30_000,
      onEnded,
    });
    await call.start();
    const socket = FakeSocket.last;
    socket.dispatchEvent(new Event('open'));
    // More messages than the socket may send (5 a second) before it gives up waiting to close (3 s).
    for (let i = 0; i < 25; i++) call.chat.submit(`message ${i}`);
    const backlog = socket.sent.length;
    void call.end('self');
    await waitFor(() => expect(onEnded).toHaveBeenCalledOnce());
    await waitFor(() => expect(socket.sent.length).toBeGreaterThan(backlog), { timeout: 2500 });
    expect(socket.sent[backlog]).toEqual({ action: 'signal', data: { k: 'bye' } });
  });

  it('keeps the newest camera and microphone state when the relay reorders them, and repeats its own after a refusal', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ messages: [], nextBefore: null }), { status: 200 })),
    );
    const call = new Consultation({
      session,
      localStream: fakeStream(),
      audioContext: null,
      chunkMs: 30_000,
      onEnded: vi.fn(),
    });
    await call.start();
    const socket = FakeSocket.last;
    socket.dispatchEvent(new Event('open'));
    const receive = (frame: object) =>
      socket.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
    const media = (n: number, cam: boolean, mic: boolean) =>
      receive({ type: 'signal', from: 'doctor', data: { k: 'media', n, cam, mic } });

    // The doctor switched the camera off (n 2), then the microphone (n 3); the relay delivered 3 first.
    media(3, false, false);
    media(2, false, true);
    expect([call.peerCamera.value, call.peerMic.value]).toEqual([false, false]);
    media(4, true, true);
    expect([call.peerCamera.value, call.peerMic.value]).toEqual([true, true]);
    // A state without a number is not trusted.
    receive({ type: 'signal', from: 'doctor', data: { k: 'media', cam: false, mic: false } });
    expect(call.peerCamera.value).toBe(true);

    // Our own switch, then the server refuses a frame: the state goes again, numbered higher.
    call.toggleCamera();
    const states = () => socket.sent.filter((f) => f.action === 'signal' && f.data.k === 'media');
    await waitFor(() => expect(states().at(-1)?.data).toMatchObject({ cam: false, mic: true }));
    const before = states().length;
    const last = states().at(-1)?.data.n as number;
    receive({ type: 'error', code: 'rate_limited', message: 'Too many messages' });
    // The repeat waits out the server's one-second window: a condition, with room for a busy machine.
    await waitFor(() => expect(states().length).toBe(before + 1), { timeout: 10_000 });
    expect(states().at(-1)?.data).toMatchObject({ cam: false, mic: true });
    expect(states().at(-1)?.data.n).toBeGreaterThan(last);
    await call.end('self');
  });
});

describe('the room before the call', () => {
  const id = '0b7c6f1e-3f7a-4a53-9a3e-6a8f9a1c2d3e';
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const open = (answers: Record<string, Response>) => {
    window.history.replaceState(null, '', `/room/?id=${id}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string) => {
        const path = new URL(input, 'http://localhost').pathname;
        if (path === '/api/me')
          return answer(200, {
            user: { id: 'patient-1', role: 'patient', firstName: 'Arjun', lastName: 'Das' },
          });
        return answers[path]?.clone() ?? answer(404, { error: { code: 'not_found', message: 'Not found' } });
      }),
    );
    render(<Room />);
  };
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('says when the room opens, with a way to check again', async () => {
    open({
      [`/api/appointments/${id}/join`]: answer(409, {
        error: { code: 'room_not_open', message: 'The room opens at 10:15 am.' },
      }),
    });
    const box = await screen.findByTestId('room-unavailable');
    expect(box.dataset.code).toBe('room_not_open');
    expect(box.textContent).toContain('The room is not open yet');
    expect(box.textContent).toContain('The room opens at 10:15 am.');
    expect(screen.getByTestId('unavailable-appointment-link').getAttribute('href')).toBe(
      `/appointments/view/?id=${id}`,
    );
    expect(screen.getByTestId('unavailable-retry')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  });

  it('sends an unpaid appointment to payment', async () => {
    open({
      [`/api/appointments/${id}/join`]: answer(409, {
        error: { code: 'not_joinable', message: 'Not joinable.' },
      }),
      [`/api/appointments/${id}`]: answer(200, {
        appointment: { status: 'REQUESTED', actions: { canPay: true }, cancelReason: null },
      }),
    });
    const box = await screen.findByTestId('room-unavailable');
    expect(box.dataset.reason).toBe('not_paid');
    expect(box.textContent).toContain('Pay to confirm this appointment first');
    const pay = screen.getByTestId('unavailable-appointment-link');
    expect(pay.textContent).toBe('Pay now');
    expect(pay.getAttribute('href')).toBe(`/appointments/pay/?id=${id}`);
    expect(screen.queryByTestId('unavailable-retry')).toBeNull();
  });

  it('offers a retry when the API cannot be reached', async () => {
    open({
      [`/api/appointments/${id}/join`]: answer(503, {
        error: { code: 'unavailable', message: 'The service is busy. Please try again.' },
      }),
    });
    const box = await screen.findByTestId('room-unavailable');
    expect(box.dataset.code).toBe('error');
    expect(box.textContent).toContain('The service is busy. Please try again.');
    expect(screen.getByTestId('unavailable-retry')).toBeTruthy();
  });
});
