/**
 * What the room page needs from a video provider, so the controls, the status banner, the chat and
 * the recorder work the same with our own p2p engine and with Daily.
 *
 * Events: `state` (LinkState), `remotestream` (MediaStream), `remoteaudio` (MediaStreamTrack).
 */
import { type LinkState, P2PEngine, parseEngineSignal } from './p2p.ts';
import type { RoomSocket } from './socket.ts';
import type { P2PSession } from './types.ts';

export type { LinkState };

export interface VideoCall extends EventTarget {
  readonly state: LinkState;
  readonly remoteStream: MediaStream | null;
  /** Joins (p2p: nothing to do until the socket opens; Daily: joins its room). */
  start(): Promise<void>;
  /** The room socket opened (again). */
  socketOpened(reconnect: boolean): void;
  /** The server's presence for the other party changed. */
  peerPresence(present: boolean): void;
  /** A `signal` frame's data; returns true when it was the provider's. */
  signal(data: unknown): boolean;
  /** The server refused one of our frames (rate limit): whatever it was may have to be sent again. */
  framesDropped(): void;
  setMicEnabled(on: boolean): void;
  setCameraEnabled(on: boolean): void;
  leave(): Promise<void>;
}

/** Our own WebRTC engine, signalled over the room socket. */
export class P2PCall extends EventTarget implements VideoCall {
  private readonly engine: P2PEngine;

  constructor(
    session: P2PSession,
    private readonly localStream: MediaStream,
    socket: RoomSocket,
  ) {
    super();
    this.engine = new P2PEngine({
      // The patient yields in an offer collision; the doctor's offer wins.
      polite: session.role === 'patient',
      iceServers: session.iceServers,
      localStream,
      transport: {
        send: (produce, options) =>
          socket.send(() => {
            const data = produce();
            return data ? { action: 'signal', data } : null;
          }, options),
      },
      log: (message, detail) => console.debug(`[room] ${message}`, detail ?? ''),
    });
    this.engine.addEventListener('state', (event) =>
      console.debug(`[room] link ${(event as CustomEvent<LinkState>).detail}`),
    );
    for (const type of ['state', 'remotestream', 'remoteaudio'])
      this.engine.addEventListener(type, (event) =>
        this.dispatchEvent(new CustomEvent(type, { detail: (event as CustomEvent).detail })),
      );
  }

  get state() {
    return this.engine.state;
  }

  get remoteStream() {
    return this.engine.remoteStream;
  }

  async start() {}

  socketOpened(reconnect: boolean) {
    if (reconnect) this.engine.reconnected();
    else this.engine.start();
  }

  peerPresence(present: boolean) {
    if (present) this.engine.peerPresent();
    else this.engine.peerGone();
  }

  signal(data: unknown) {
    if (!parseEngineSignal(data)) return false;
    this.engine.receive(data);
    return true;
  }

  framesDropped() {
    this.engine.framesDropped();
  }

  setMicEnabled(on: boolean) {
    for (const track of this.localStream.getAudioTracks()) track.enabled = on;
  }

  setCameraEnabled(on: boolean) {
    for (const track of this.localStream.getVideoTracks()) track.enabled = on;
  }

  async leave() {
    this.engine.close();
  }
}
