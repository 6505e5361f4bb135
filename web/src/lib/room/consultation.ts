/**
 * The call itself, once the person pressed "Join", as state without the DOM: the room socket (chat,
 * presence, signalling), the video provider (p2p engine or Daily), the chat, the doctor's recording,
 * and what the screen shows about them, as signals (islands/room/CallStage.tsx renders them).
 */
import { computed, effect, signal, untracked } from '@preact/signals';
import { ApiError, api } from '../client.ts';
import { ChatSession } from './chat.ts';
import { stopStream } from './media.ts';
import { AFTER_REFUSAL_MS, P2PEngine } from './p2p.ts';
import { canRecord, RecordingController, recordingApi } from './recorder.ts';
import { RoomSocket } from './socket.ts';
import type {
  CallEvents,
  JoinSession,
  LinkState,
  RecordingConsent,
  RoomSignal,
  ServerFrame,
  VideoCall,
} from './types.ts';

/** How often the room asks the server who is present (the `hello` heartbeat). */
const PRESENCE_REFRESH_MS = 10_000;

export type EndReason = 'self' | 'peer' | 'closed';
export type ShownState = 'waiting' | 'connecting' | 'connected' | 'reconnecting' | 'ended';

export interface CallSummary {
  reason: EndReason;
  /** Time since the two first connected (0 if they never did). */
  durationMs: number;
  /** The doctor's recording (to follow its saving), if this browser recorded. */
  recording: RecordingController | null;
  /** Settles when the recording is stored and closed (at once when there was none). */
  saved: Promise<void>;
  /** True when the consultation was recorded (the patient learns it from the doctor's browser). */
  recorded: boolean;
  /** Why the server closed the room, in its words (only when it did). */
  notice?: string;
}

export interface ConsultationOptions {
  session: JoinSession;
  localStream: MediaStream;
  /** Created during the "Join" click, so the browser lets it run (the recorder needs it). */
  audioContext: AudioContext | null;
  /** MediaRecorder timeslice. */
  chunkMs: number;
  onEnded(summary: CallSummary): void;
}

export class Consultation {
  readonly chat: ChatSession;
  readonly recorder: RecordingController | null;
  readonly link = signal<LinkState>('waiting');
  readonly ended = signal(false);
  /** Why the other party is not here: they ended on purpose, or their connection dropped. */
  readonly peerLeft = signal<'bye' | 'lost' | null>(null);
  readonly peerCamera = signal(true);
  readonly peerMic = signal(true);
  readonly micOn = signal(true);
  readonly cameraOn = signal(true);
  readonly connectedAt = signal(0);
  readonly remoteStream = signal<MediaStream | null>(null);
  /** The doctor's recording as the patient hears of it (null until told). */
  readonly peerRecording = signal<boolean | null>(null);
  /** The recording notice: shown saying recorded (true) or not (false); null once dismissed. */
  readonly consent = signal<boolean | null>(null);
  /** The patient's answer to recording (asked in the room; either party may withdraw it). */
  readonly recordingConsent = signal<RecordingConsent>('pending');
  /** Why the last answer could not be sent, if it could not. */
  readonly consentProblem = signal<string | null>(null);
  readonly shown = computed<ShownState>(() =>
    this.ended.value ? 'ended' : this.link.value === 'closed' ? 'waiting' : this.link.value,
  );
  private readonly socket: RoomSocket;
  private call: VideoCall | null = null;
  private peerPresent = false;
  private recordedSeen = false;
  /** The number of the last state signal sent (see RoomSignal): the clock, so a reload never goes back. */
  private stateNumber = 0;
  /** The newest state of each kind applied from the other party; older ones arriving late are dropped. */
  private peerStateSeen = { rec: 0, media: 0 };
  private reannounceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ConsultationOptions) {
    const { session } = options;
    this.socket = new RoomSocket({
      wsPath: session.wsPath,
      onOpen: ({ reconnect }) => this.onSocketOpen(reconnect),
      onFrame: (frame) => this.onFrame(frame),
      onDown: () => this.chat.onDown(),
      shouldRetry: () => this.roomStillOpen(),
      onGiveUp: () => void this.end('closed'),
      // Each `hello` is answered with the other party's presence as the server sees it, so a presence
      // frame that was lost or overtaken (the relay keeps no order) is corrected within this time.
      keepAliveMs: PRESENCE_REFRESH_MS,
    });
    this.chat = new ChatSession({
      appointmentId: session.appointmentId,
      self: { id: session.self.id, role: session.role },
      send: (frame) => this.socket.send(frame),
      connected: () => this.socket.isOpen,
    });
    const mic = options.localStream.getAudioTracks()[0];
    this.recorder =
      session.role === 'doctor' && options.audioContext && mic && canRecord()
        ? new RecordingController({
            backend: recordingApi(session.appointmentId),
            context: options.audioContext,
            mic,
            timesliceMs: options.chunkMs,
            enabled: session.recordingEnabled,
            consented: session.recordingConsent === 'given',
          })
        : null;
  }

  get session() {
    return this.options.session;
  }

  get localStream() {
    return this.options.localStream;
  }

  async start() {
    const { session, localStream } = this.options;
    this.recordingConsent.value = session.recordingConsent;
    // The patient is asked instead (CallStage), unless they already answered.
    this.consent.value =
      session.role === 'doctor' || !session.recordingEnabled ? session.recordingEnabled : null;
    window.addEventListener('pagehide', this.onPageHide);
    // The patient's browser shows whether the doctor's browser records.
    effect(() => {
      const state = this.recorder?.status.value.state;
      if (state === 'on' || state === 'off' || state === 'saved') untracked(() => this.announceRecording());
    });
    const events: CallEvents = {
      state: (state) => this.onLinkState(state),
      remoteStream: (stream) => {
        this.remoteStream.value = stream;
      },
      remoteAudio: (track) => this.recorder?.setRemoteTrack(track),
    };
    const call: VideoCall =
      session.provider === 'daily'
        ? new (await import('./daily.ts')).DailyCall(session, localStream, events)
        : new P2PEngine({
            // The patient yields in an offer collision; the doctor's offer wins.
            polite: session.role === 'patient',
            iceServers: session.iceServers,
            localStream,
            events,
            send: (produce, options) =>
              this.socket.send(() => {
                const data = produce();
                return data && { action: 'signal', data };
              }, options),
          });
    this.call = call;
    this.socket.connect();
    await call.start();
  }

  /** Ends this side of the call. `self`: the person pressed End; `peer`: the doctor ended it; `closed`: the room closed. */
  async end(reason: EndReason, notice?: string) {
    if (this.ended.value) return;
    this.ended.value = true;
    const connectedAt = this.connectedAt.value;
    window.removeEventListener('pagehide', this.onPageHide);
    clearTimeout(this.reannounceTimer);
    // Ahead of anything still queued, so closing the socket below cannot discard it.
    if (reason === 'self') this.sendRoomSignal({ k: 'bye' }, true);
    // The recording's last chunk uploads while the end screen shows its progress.
    const saved = this.recorder?.stopAndSave() ?? Promise.resolve();
    await this.call?.leave().catch(() => undefined);
    this.socket.closeWhenSent();
    this.chat.close();
    stopStream(this.options.localStream);
    this.remoteStream.value = null;
    this.options.onEnded({
      reason,
      durationMs: connectedAt ? Date.now() - connectedAt : 0,
      recording: this.recorder,
      saved,
      recorded: this.recordedSeen || (this.recorder?.status.value.state ?? 'off') !== 'off',
      notice,
    });
  }

  toggleMic() {
    this.micOn.value = !this.micOn.value;
    this.call?.setMicEnabled(this.micOn.value);
    this.announceMedia();
  }

  toggleCamera() {
    this.cameraOn.value = !this.cameraOn.value;
    this.call?.setCameraEnabled(this.cameraOn.value);
    this.announceMedia();
  }

  /**
   * The patient's answer, or either party's withdrawal (POST …/recording-consent). The server tells both
   * rooms (a `recording.consent` frame); the answer is applied here at once as well.
   */
  async answerRecording(consent: 'given' | 'withdrawn') {
    this.consentProblem.value = null;
    try {
      const res = await api.call('setRecordingConsent', {
        params: { id: this.options.session.appointmentId },
        body: { consent },
      });
      this.onConsent(res.recordingConsent);
    } catch (error) {
      this.consentProblem.value = error instanceof ApiError ? error.message : String(error);
    }
  }

  private onConsent(consent: RecordingConsent) {
    if (consent === this.recordingConsent.value) return;
    this.recordingConsent.value = consent;
    const recorder = this.recorder;
    if (!recorder) return;
    void recorder.setConsent(consent === 'given').then(() => this.announceRecording());
    if (consent === 'given' && this.link.value === 'connected') recorder.start();
  }

  /** The doctor's switch. On: starts as soon as the call is connected. Off: saves what was recorded. */
  async setRecording(on: boolean) {
    const recorder = this.recorder;
    if (!recorder) return;
    // Turning recording off withdraws the patient's consent too, on the record; on again asks them again.
    if (!on && this.recordingConsent.value === 'given') await this.answerRecording('withdrawn');
    if (on) {
      await recorder.setEnabled(true).catch(() => undefined);
      if (this.link.value === 'connected') recorder.start();
    } else await recorder.setEnabled(false);
    this.announceRecording();
  }

  private onSocketOpen(reconnect: boolean) {
    // The server answers with a presence frame for the other party if it is already here.
    this.socket.send({ action: 'hello' });
    this.call?.socketOpened?.(reconnect);
    void this.chat.onOpen();
    this.announceMedia();
    this.announceRecording();
  }

  private onFrame(frame: ServerFrame) {
    if (frame.type === 'signal') {
      if (!this.call?.signal?.(frame.data)) this.onRoomSignal(frame.data);
    } else if (frame.type === 'presence') {
      if (frame.userId !== this.options.session.peer.id) return;
      const present = frame.state === 'joined';
      const changed = present !== this.peerPresent;
      this.peerPresent = present;
      if (changed && present) {
        this.peerLeft.value = null;
        // A reloaded page numbers from its clock again; one whose clock went back must still be heard.
        this.peerStateSeen = { rec: 0, media: 0 };
        this.announceMedia();
        this.announceRecording();
      } else if (changed) this.peerLeft.value ??= 'lost';
      // "Gone" is applied again on every answer: a late signal of theirs may have woken the engine since.
      if (changed || !present) this.call?.peerPresence?.(present);
    } else if (frame.type === 'recording.consent') {
      this.onConsent(frame.consent);
    } else if (frame.type === 'error' && frame.closed) {
      // The server closed the room (cancelled, an account disabled, the window over): the call ends here.
      void this.end('closed', frame.message);
    } else {
      // A refused frame without a message id was not chat: it may have been signalling, or a state.
      if (frame.type === 'error' && frame.code === 'rate_limited') {
        this.call?.framesDropped?.();
        this.reannounceAfterRefusal();
      }
      this.chat.handleFrame(frame);
    }
  }

  /** The other browser's room signals (untrusted data: every field is checked). */
  private onRoomSignal(data: unknown) {
    const signal = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const isDoctor = this.options.session.role === 'doctor';
    if (signal.k === 'bye') {
      // The doctor ending the consultation ends it for the patient; a patient leaving leaves the doctor waiting.
      if (isDoctor) this.peerLeft.value = 'bye';
      else void this.end('peer');
    } else if (
      signal.k === 'rec' &&
      !isDoctor &&
      typeof signal.on === 'boolean' &&
      this.isNewest(signal.k, signal.n)
    ) {
      if (signal.on) this.recordedSeen = true;
      // Recording switched on during the call: the patient is told again, as at the start.
      if (signal.on && !this.peerRecording.value && !this.options.session.recordingEnabled)
        this.consent.value = true;
      this.peerRecording.value = signal.on;
    } else if (signal.k === 'media' && this.isNewest(signal.k, signal.n)) {
      this.peerCamera.value = signal.cam !== false;
      this.peerMic.value = signal.mic !== false;
    }
  }

  /** True if this state signal of the other party's is newer than the last one applied of its kind. */
  private isNewest(kind: 'rec' | 'media', n: unknown): boolean {
    if (typeof n !== 'number' || n <= this.peerStateSeen[kind]) return false;
    this.peerStateSeen[kind] = n;
    return true;
  }

  private sendRoomSignal(signal: RoomSignal, priority = false) {
    this.socket.send({ action: 'signal', data: signal }, { priority });
  }

  private nextStateNumber() {
    this.stateNumber = Math.max(Date.now(), this.stateNumber + 1);
    return this.stateNumber;
  }

  private announceMedia() {
    if (this.socket.isOpen)
      this.sendRoomSignal({
        k: 'media',
        n: this.nextStateNumber(),
        cam: this.cameraOn.value,
        mic: this.micOn.value,
      });
  }

  private announceRecording() {
    if (this.recorder && this.socket.isOpen)
      this.sendRoomSignal({ k: 'rec', n: this.nextStateNumber(), on: this.recorder.active });
  }

  /**
   * The server refused a frame (its rate limit): it may have been one of our states, so both are sent
   * again once its one-second window has passed (a state repeated is harmless: the newest wins).
   */
  private reannounceAfterRefusal() {
    if (this.reannounceTimer) return;
    this.reannounceTimer = setTimeout(() => {
      this.reannounceTimer = undefined;
      if (this.ended.value) return;
      this.announceMedia();
      this.announceRecording();
    }, AFTER_REFUSAL_MS);
  }

  /** Asked by the socket after repeated failed reconnects: is the room still open to us? */
  private async roomStillOpen(): Promise<boolean> {
    try {
      await api.call('joinRoom', { params: { id: this.options.session.appointmentId } });
      return true;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 409)) return false;
      throw error;
    }
  }

  private onLinkState(state: LinkState) {
    this.link.value = state;
    if (state !== 'connected') return;
    this.peerLeft.value = null;
    if (!this.connectedAt.value) this.connectedAt.value = Date.now();
    const recorder = this.recorder;
    if (recorder && !recorder.active && recorder.enabled) recorder.start();
  }

  private readonly onPageHide = () => {
    // Leaving without "End call" (closed the tab, reloaded): close the recording with what was stored.
    this.recorder?.abandon();
    this.socket.close();
    void this.call?.leave();
  };
}
