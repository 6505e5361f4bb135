/**
 * Who offers a fresh connection. Both sides add their tracks as soon as the connection exists, so
 * both get `negotiationneeded`; if both offered, the patient rolled its offer back, and after that
 * rollback Chromium sometimes gathered no candidate at all, leaving the call to the stall watchdog
 * (about 20 s). The doctor (impolite) alone offers first; the patient answers, and may offer later.
 * RTCPeerConnection is replaced by a recorder of what the engine asks of it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EngineSignal, P2PEngine } from '../../web/src/lib/room/p2p.ts';

class FakeConnection extends EventTarget {
  static made: FakeConnection[] = [];
  signalingState: RTCSignalingState = 'stable';
  connectionState: RTCPeerConnectionState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  iceGatheringState: RTCIceGatheringState = 'new';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  readonly localTypes: string[] = [];
  constructor() {
    super();
    FakeConnection.made.push(this);
  }
  addTrack() {}
  async setLocalDescription() {
    const type =
      this.remoteDescription?.type === 'offer' && this.signalingState === 'have-remote-offer'
        ? 'answer'
        : 'offer';
    this.localDescription = { type, sdp: `v=0 ${type}` };
    this.localTypes.push(type);
    this.signalingState = type === 'offer' ? 'have-local-offer' : 'stable';
  }
  async setRemoteDescription(description: RTCSessionDescriptionInit) {
    this.remoteDescription = description;
    this.signalingState = description.type === 'offer' ? 'have-remote-offer' : 'stable';
  }
  async addIceCandidate() {}
  restartIce() {}
  close() {}
}

const stream = {
  getTracks: () => [{ kind: 'audio' }, { kind: 'video' }],
  getAudioTracks: () => [{ kind: 'audio' }],
  getVideoTracks: () => [{ kind: 'video' }],
} as unknown as MediaStream;

/** An engine whose outgoing messages are collected, and the last connection it made. */
function engine(polite: boolean) {
  const sent: EngineSignal[] = [];
  const p2p = new P2PEngine({
    polite,
    iceServers: [],
    localStream: stream,
    events: { state: () => {}, remoteStream: () => {}, remoteAudio: () => {} },
    send: (produce) => {
      const message = produce();
      if (message) sent.push(message);
    },
  });
  p2p.socketOpened(false);
  const hi = sent.find((m) => m.k === 'hi');
  if (!hi) throw new Error('the engine did not announce its session');
  // The other party says hello: the engine adopts it and makes a connection, which wants negotiating.
  p2p.signal({ k: 'hi', from: 'other', reply: false });
  const pc = FakeConnection.made.at(-1);
  if (!pc) throw new Error('no connection was made');
  pc.dispatchEvent(new Event('negotiationneeded'));
  const descriptions = () =>
    sent.filter((m) => m.k === 'sdp').map((m) => m.k === 'sdp' && m.description.type);
  return { p2p, pc, sid: hi.from, descriptions };
}

beforeEach(() => {
  FakeConnection.made = [];
  vi.stubGlobal('RTCPeerConnection', FakeConnection);
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the first offer of a fresh connection', () => {
  it('is made by the doctor (impolite)', async () => {
    const doctor = engine(false);
    await vi.waitFor(() => expect(doctor.descriptions()).toEqual(['offer']));
    await doctor.p2p.leave();
  });

  it('is left to the doctor by the patient (polite), who answers it, and may offer once it has', async () => {
    const patient = engine(true);
    // The handler decides before its first await: nothing was or will be offered.
    expect(patient.pc.localTypes).toEqual([]);
    expect(patient.descriptions()).toEqual([]);
    patient.p2p.signal({
      k: 'sdp',
      from: 'other',
      to: patient.sid,
      seq: 0,
      description: { type: 'offer', sdp: 'v=0 offer' },
    });
    await vi.waitFor(() => expect(patient.descriptions()).toEqual(['answer']));
    // Later negotiation (a track the answer left out, an ICE restart) is the patient's to offer too.
    patient.pc.dispatchEvent(new Event('negotiationneeded'));
    await vi.waitFor(() => expect(patient.descriptions()).toEqual(['answer', 'offer']));
    await patient.p2p.leave();
  });
});
