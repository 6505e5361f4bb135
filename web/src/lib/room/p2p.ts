/**
 * The p2p video engine: one RTCPeerConnection to the other party, signalled through the room's
 * WebSocket. It knows nothing about the page: it takes a local MediaStream and a transport, and emits
 * the remote stream and a link state. Everything here is MediaStream / RTCPeerConnection / EventTarget.
 *
 * Negotiation is the W3C "perfect negotiation" pattern, with collisions settled by role: the patient is
 * POLITE (rolls back its own offer and answers), the doctor is IMPOLITE (ignores the colliding offer).
 * A fresh connection is offered by the doctor alone (see `negotiationneeded`); after the first
 * exchange either side may offer.
 *
 * Around it, a small session protocol makes joining in any order and reloading either side work:
 *
 * - Every page load has a session id (`sid`). `hi` announces it: on connecting, and whenever the
 *   server says the other party (re)joined. A `hi` that is not itself a reply is answered, so two
 *   sides always learn each other's sid, whoever came first.
 * - A connection belongs to one pair of sids. Hearing a NEW sid from the other party (it reloaded)
 *   retires the old one and starts a fresh RTCPeerConnection; late messages from a retired sid, or
 *   addressed to a sid that is not ours, are dropped.
 * - The relay does not keep order (each frame is handled on its own), so every `sdp`/`ice` message is
 *   numbered per pair, and the receiver applies them strictly in that order, holding early ones back.
 * - The relay may also DROP a frame (it refuses bursts over its rate limit; a failing handler loses
 *   one), and a gap would stall the order for good. So the receiver acknowledges what it has
 *   (`ack`, cumulative, one per burst) and the sender sends unacknowledged messages again, with the
 *   same numbers: at once when the server says it refused a frame, otherwise after a growing timeout.
 *   Repeats are harmless (already-applied numbers are dropped and acknowledged again).
 * - When OUR socket reconnects, frames may have been lost both ways while it was down, so we take a
 *   new sid and both sides start over cleanly.
 * - ICE candidates are batched into one message while an earlier frame is still waiting to be sent
 *   (the server allows 10 frames a second).
 * - A connection that fails (network change) restarts ICE; perfect negotiation settles who offers.
 * - A connection that has not come up STALL_MS after it started restarts ICE, and if that does not
 *   help either, starts a new session (fresh connections on both sides).
 */

import type { CallEvents, LinkState, VideoCall } from './types.ts';

export type EngineSignal =
  | { k: 'hi'; from: string; reply: boolean; to?: string }
  | { k: 'ack'; from: string; to: string; upTo: number }
  | { k: 'sdp'; from: string; to: string; seq: number; description: RTCSessionDescriptionInit }
  | { k: 'ice'; from: string; to: string; seq: number; candidates: RTCIceCandidateInit[] };

export interface P2PEngineOptions {
  polite: boolean;
  iceServers: RTCIceServer[];
  localStream: MediaStream;
  /**
   * Queues a message on the room socket. `produce` runs when the message actually leaves (it may return
   * null to send nothing), so numbering follows the real sending order. `priority` sends it first.
   */
  send(produce: () => EngineSignal | null, options?: { priority?: boolean }): void;
  events: CallEvents;
}

const MAX_CANDIDATES_PER_MESSAGE = 20;
/** First wait for an acknowledgement before sending again; doubles up to the maximum. */
const RETRANSMIT_MS = 3000;
const MAX_RETRANSMIT_MS = 15_000;
/** After the server refused a frame, wait for its one-second rate window to pass before repeating. */
export const AFTER_REFUSAL_MS = 1100;
/** How long a connection may stay "connecting" before this side restarts ICE (the polite side later). */
const STALL_MS = 10_000;

/**
 * The longest a connection takes to come back by design: the polite side's stall wait, then its wait
 * after the ICE restart before starting a new session, then that session's negotiation with one
 * repeat of a lost frame. Waiting less than this for a call to recover calls a working engine broken.
 */
export const WORST_CASE_RECOVERY_MS = STALL_MS * 1.5 + STALL_MS * 0.8 * 1.5 + STALL_MS + RETRANSMIT_MS;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Narrows a `signal` frame's data to an engine message; anything else (room signals) gives null. */
export function parseEngineSignal(data: unknown): EngineSignal | null {
  if (!isObject(data) || typeof data.from !== 'string') return null;
  if (data.k === 'hi') {
    if (typeof data.reply !== 'boolean' || (data.to !== undefined && typeof data.to !== 'string'))
      return null;
    return data as EngineSignal;
  }
  if (typeof data.to !== 'string') return null;
  if (data.k === 'ack')
    return typeof data.upTo === 'number' && Number.isInteger(data.upTo) ? (data as EngineSignal) : null;
  if (typeof data.seq !== 'number' || !Number.isInteger(data.seq)) return null;
  if (data.k === 'sdp') {
    const d = data.description;
    if (!isObject(d) || (d.type !== 'offer' && d.type !== 'answer') || typeof d.sdp !== 'string') return null;
    return data as EngineSignal;
  }
  if (data.k === 'ice') return Array.isArray(data.candidates) ? (data as EngineSignal) : null;
  return null;
}

type Sequenced = Extract<EngineSignal, { seq: number }>;

/** The p2p provider of the room's VideoCall. */
export class P2PEngine implements VideoCall {
  private sid = crypto.randomUUID();
  private remoteSid: string | null = null;
  private readonly retired = new Set<string>();
  private pc: RTCPeerConnection | null = null;
  /** Bumped whenever the connection is replaced; work from an older epoch is dropped. */
  private epoch = 0;
  private outSeq = 0;
  private inSeq = 0;
  private readonly inbox = new Map<number, Sequenced>();
  private chain: Promise<void> = Promise.resolve();
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  private pendingIce: RTCIceCandidateInit[] = [];
  private iceQueued = false;
  /** Candidates that arrived before any remote description was set. */
  private earlyIce: RTCIceCandidateInit[] = [];
  /** Sent but not yet acknowledged, by number. */
  private readonly unacked = new Map<number, Sequenced>();
  private retransmitTimer: ReturnType<typeof setTimeout> | undefined;
  private retransmitMs = RETRANSMIT_MS;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private stallRestarts = 0;
  private ackQueued = false;
  private peerAway = true;
  private everConnected = false;
  private closed = false;
  private lastState: LinkState = 'waiting';
  private remoteStream: MediaStream | null = null;

  constructor(private readonly options: P2PEngineOptions) {}

  private log(message: string, detail?: unknown) {
    console.debug(`[room] ${message}`, detail ?? '');
  }

  async start() {
    // Nothing to join: the session begins when the room socket opens.
  }

  /**
   * The room socket opened. After a drop messages may have been lost both ways, so this side takes a
   * new session id, which makes both sides start a fresh connection.
   */
  socketOpened(reconnect: boolean) {
    if (reconnect) this.reconnected();
    else this.announce(false);
  }

  private reconnected() {
    if (this.closed) return;
    this.retired.add(this.sid);
    this.sid = crypto.randomUUID();
    if (this.remoteSid) this.resetConnection();
    this.announce(false);
  }

  /** The server says the other party is connected (it joined, or was already there), or has no connection left. */
  peerPresence(present: boolean) {
    if (this.closed) return;
    this.peerAway = !present;
    if (present) this.announce(false);
    this.emitState();
  }

  signal(data: unknown): boolean {
    const msg = parseEngineSignal(data);
    if (msg) this.receive(msg);
    return msg !== null;
  }

  setMicEnabled(on: boolean) {
    for (const track of this.options.localStream.getAudioTracks()) track.enabled = on;
  }

  setCameraEnabled(on: boolean) {
    for (const track of this.options.localStream.getVideoTracks()) track.enabled = on;
  }

  private receive(msg: EngineSignal) {
    if (this.closed || msg.from === this.sid || this.retired.has(msg.from)) return;
    if (msg.k === 'hi') {
      if (msg.reply && msg.to !== this.sid) return; // an answer to an earlier session of ours
      this.peerAway = false;
      if (msg.from !== this.remoteSid) this.adopt(msg.from);
      else this.emitState();
      if (!msg.reply) this.announce(true);
      return;
    }
    if (msg.to !== this.sid) return;
    if (msg.k === 'ack') {
      if (msg.from === this.remoteSid) this.acknowledged(msg.upTo);
      return;
    }
    // Its `hi` may arrive after its first offer: the relay does not keep order.
    this.peerAway = false;
    if (msg.from !== this.remoteSid) this.adopt(msg.from);
    if (msg.seq < this.inSeq) {
      this.queueAck(); // a repeat: our acknowledgement was lost or is late
      return;
    }
    this.inbox.set(msg.seq, msg);
    this.drain();
  }

  /** The server refused a frame of ours (rate limit): repeat what is unacknowledged once it allows. */
  framesDropped() {
    if (this.closed || !this.unacked.size) return;
    clearTimeout(this.retransmitTimer);
    this.retransmitTimer = setTimeout(() => this.retransmit(), AFTER_REFUSAL_MS);
  }

  /** Stops everything (the call ended). */
  async leave() {
    if (this.closed) return;
    this.closed = true;
    this.epoch++;
    clearTimeout(this.retransmitTimer);
    clearTimeout(this.stallTimer);
    this.pc?.close();
    this.pc = null;
    this.emitState();
  }

  // ---- Sessions ----------------------------------------------------------------------------------

  private announce(reply: boolean) {
    const to = this.remoteSid ?? undefined;
    this.options.send(
      () => (this.closed ? null : { k: 'hi', from: this.sid, reply, ...(reply && to ? { to } : {}) }),
      // A reply goes first so the other side learns our sid before our (numbered) offer reaches it.
      { priority: reply },
    );
  }

  /** The other party's session `sid` is new: retire the old one and start a fresh connection. */
  private adopt(sid: string) {
    if (this.remoteSid) this.retired.add(this.remoteSid);
    this.remoteSid = sid;
    this.log('peer session', sid);
    this.resetConnection();
  }

  private resetConnection() {
    this.epoch++;
    this.outSeq = 0;
    this.inSeq = 0;
    this.inbox.clear();
    this.pendingIce = [];
    this.iceQueued = false;
    this.earlyIce = [];
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.settingRemoteAnswer = false;
    this.unacked.clear();
    clearTimeout(this.retransmitTimer);
    this.retransmitTimer = undefined;
    this.retransmitMs = RETRANSMIT_MS;
    this.ackQueued = false;
    this.chain = Promise.resolve();
    this.pc?.close();
    this.pc = this.createConnection();
    this.stallRestarts = 0;
    this.emitState();
    this.watchForStall();
  }

  /**
   * A connection that does not come up in time first gets an ICE restart; if it is still stuck after
   * that, this side takes a new session, so both sides build fresh RTCPeerConnections (seen on a loaded
   * machine after a reload: one side's ICE gathering never produced a candidate, restart or not).
   */
  private watchForStall() {
    clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
    if (this.lastState !== 'connecting' && this.lastState !== 'reconnecting') return;
    const epoch = this.epoch;
    // The polite side waits longer, so the two sides do not both act at the same moment.
    const wait = (this.stallRestarts === 0 ? STALL_MS : STALL_MS * 0.8) * (this.options.polite ? 1.5 : 1);
    this.stallTimer = setTimeout(() => {
      const pc = this.pc;
      if (epoch !== this.epoch || this.closed || !pc || this.peerAway || pc.connectionState === 'connected')
        return;
      const where = `${pc.connectionState}/${pc.iceGatheringState}`;
      if (this.stallRestarts === 0) {
        this.stallRestarts++;
        this.log('stalled: restarting ICE', where);
        pc.restartIce();
        this.watchForStall();
      } else {
        this.log('still stalled: starting a new session', where);
        this.reconnected();
      }
    }, wait);
  }

  private createConnection(): RTCPeerConnection {
    const pc = new RTCPeerConnection({ iceServers: this.options.iceServers });
    const epoch = this.epoch;
    const current = () => epoch === this.epoch && !this.closed;

    pc.addEventListener('negotiationneeded', async () => {
      if (!current()) return;
      // A fresh connection is offered by the impolite side only. Both sides add their tracks at once,
      // so both used to offer and the polite side rolled its offer back; after that rollback Chromium
      // sometimes never gathered a candidate, and the call waited for the stall watchdog's new session
      // (about 20 s; seen in the room e2e's traces). The polite side's tracks ride in its answer
      // (JSEP associates addTrack's transceivers with the offer's m-lines); anything the answer leaves
      // out is offered afterwards, as is an ICE restart, once a remote description exists.
      if (this.options.polite && !pc.remoteDescription) {
        this.log('leaving the first offer to the other side');
        return;
      }
      try {
        this.makingOffer = true;
        await pc.setLocalDescription();
        if (current() && pc.localDescription) this.sendDescription(pc.localDescription);
      } catch (error) {
        this.log('offer failed', error);
      } finally {
        if (current()) this.makingOffer = false;
      }
    });
    pc.addEventListener('icecandidate', ({ candidate }) => {
      if (!current() || !candidate?.candidate) return;
      this.pendingIce.push(candidate.toJSON());
      this.queueIce();
    });
    pc.addEventListener('track', (event) => {
      if (!current()) return;
      const stream = event.streams[0] ?? this.remoteStream ?? new MediaStream();
      if (!stream.getTracks().includes(event.track)) stream.addTrack(event.track);
      if (stream !== this.remoteStream) {
        this.log('remote stream', stream.id);
        this.remoteStream = stream;
        this.options.events.remoteStream(stream);
      }
      if (event.track.kind === 'audio') this.options.events.remoteAudio(event.track);
    });
    pc.addEventListener('icegatheringstatechange', () => {
      if (current()) this.log('ice gathering', pc.iceGatheringState);
    });
    pc.addEventListener('connectionstatechange', () => {
      if (!current()) return;
      this.log('pc', `${pc.connectionState} (ice ${pc.iceConnectionState}, signaling ${pc.signalingState})`);
      if (pc.connectionState === 'connected') this.everConnected = true;
      // A network change broke the path: gather new candidates (both sides may; negotiation settles it).
      if (pc.connectionState === 'failed' && !this.peerAway) pc.restartIce();
      this.emitState();
    });

    for (const track of this.options.localStream.getTracks()) pc.addTrack(track, this.options.localStream);
    return pc;
  }

  // ---- Sending -----------------------------------------------------------------------------------

  private sendDescription(description: RTCSessionDescription) {
    const epoch = this.epoch;
    const to = this.remoteSid;
    const { type, sdp } = description;
    if (!to) return;
    this.options.send(() =>
      epoch === this.epoch && !this.closed
        ? this.remember({ k: 'sdp', from: this.sid, to, seq: this.outSeq++, description: { type, sdp } })
        : null,
    );
  }

  private queueIce() {
    const to = this.remoteSid;
    if (this.iceQueued || !to) return;
    this.iceQueued = true;
    const epoch = this.epoch;
    this.options.send(() => {
      if (epoch !== this.epoch || this.closed) return null;
      this.iceQueued = false;
      const candidates = this.pendingIce.splice(0, MAX_CANDIDATES_PER_MESSAGE);
      if (this.pendingIce.length) this.queueIce();
      if (candidates.length) this.log(`sending ${candidates.length} candidates as #${this.outSeq}`);
      return candidates.length
        ? this.remember({ k: 'ice', from: this.sid, to, seq: this.outSeq++, candidates })
        : null;
    });
  }

  /** Keeps a numbered message until the other side acknowledges it. */
  private remember(msg: Sequenced): Sequenced {
    this.unacked.set(msg.seq, msg);
    if (!this.retransmitTimer) this.retransmitTimer = setTimeout(() => this.retransmit(), this.retransmitMs);
    return msg;
  }

  private acknowledged(upTo: number) {
    for (const seq of this.unacked.keys()) if (seq <= upTo) this.unacked.delete(seq);
    if (this.unacked.size) return;
    clearTimeout(this.retransmitTimer);
    this.retransmitTimer = undefined;
    this.retransmitMs = RETRANSMIT_MS;
  }

  /** Sends every unacknowledged message again, in order and with its number, then waits longer. */
  private retransmit() {
    this.retransmitTimer = undefined;
    if (this.closed || !this.unacked.size) return;
    const epoch = this.epoch;
    const pending = [...this.unacked.values()].sort((a, b) => a.seq - b.seq);
    this.log(
      'resending',
      pending.map((m) => m.seq),
    );
    for (const msg of pending)
      this.options.send(() => (epoch === this.epoch && this.unacked.has(msg.seq) ? msg : null));
    this.retransmitMs = Math.min(MAX_RETRANSMIT_MS, this.retransmitMs * 2);
    this.retransmitTimer = setTimeout(() => this.retransmit(), this.retransmitMs);
  }

  /** One acknowledgement per burst: it says how far we have received when it actually leaves. */
  private queueAck() {
    const to = this.remoteSid;
    if (this.ackQueued || !to) return;
    this.ackQueued = true;
    const epoch = this.epoch;
    this.options.send(() => {
      if (epoch !== this.epoch || this.closed) return null;
      this.ackQueued = false;
      return this.inSeq > 0 ? { k: 'ack', from: this.sid, to, upTo: this.inSeq - 1 } : null;
    });
  }

  // ---- Receiving, in order -------------------------------------------------------------------------

  private drain() {
    if (this.inbox.has(this.inSeq)) this.queueAck();
    for (let msg = this.inbox.get(this.inSeq); msg; msg = this.inbox.get(this.inSeq)) {
      this.inbox.delete(this.inSeq);
      this.inSeq++;
      const epoch = this.epoch;
      const pc = this.pc;
      const next = msg;
      this.chain = this.chain
        .then(() => (pc ? this.apply(pc, next, epoch) : undefined))
        .catch((error) => this.log('signal failed', error));
    }
  }

  private async apply(pc: RTCPeerConnection, msg: Sequenced, epoch: number) {
    // The connection may be replaced while a step is awaited: its results must not leak into the next.
    const stale = () => epoch !== this.epoch || this.closed;
    if (stale()) return;
    if (msg.k === 'sdp') {
      const description = msg.description;
      const readyForOffer = !this.makingOffer && (pc.signalingState === 'stable' || this.settingRemoteAnswer);
      const offerCollision = description.type === 'offer' && !readyForOffer;
      this.ignoreOffer = !this.options.polite && offerCollision;
      this.log(`${this.ignoreOffer ? 'ignoring' : 'applying'} ${description.type} #${msg.seq}`);
      if (this.ignoreOffer) return;
      this.settingRemoteAnswer = description.type === 'answer';
      try {
        await pc.setRemoteDescription(description);
      } finally {
        if (!stale()) this.settingRemoteAnswer = false;
      }
      if (stale()) return;
      if (description.type === 'offer') {
        await pc.setLocalDescription();
        if (stale()) return;
        if (pc.localDescription) this.sendDescription(pc.localDescription);
      }
      const early = this.earlyIce.splice(0);
      for (const candidate of early) await this.addCandidate(pc, candidate);
      return;
    }
    this.log(
      `applying ${msg.candidates.length} candidates #${msg.seq}${pc.remoteDescription ? '' : ' (early)'}`,
    );
    for (const candidate of msg.candidates) {
      if (!pc.remoteDescription) this.earlyIce.push(candidate);
      else await this.addCandidate(pc, candidate);
    }
  }

  private async addCandidate(pc: RTCPeerConnection, candidate: RTCIceCandidateInit) {
    try {
      await pc.addIceCandidate(candidate);
    } catch (error) {
      // Candidates of an offer we ignored (or of a replaced description) are expected to fail.
      if (!this.ignoreOffer) this.log('candidate refused', error);
    }
  }

  // ---- State -----------------------------------------------------------------------------------------

  private emitState() {
    const state = this.computeState();
    if (state === this.lastState) return;
    this.lastState = state;
    this.log(`link ${state}`);
    this.watchForStall();
    this.options.events.state(state);
  }

  private computeState(): LinkState {
    if (this.closed) return 'closed';
    // The server knows first that the other side is gone; its connection takes seconds to notice.
    if (!this.remoteSid || !this.pc || this.peerAway) return 'waiting';
    if (this.pc.connectionState === 'connected') return 'connected';
    return this.everConnected ? 'reconnecting' : 'connecting';
  }
}
