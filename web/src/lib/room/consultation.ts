/**
 * The call itself, once the person pressed "Join": the room socket (chat, presence, signalling),
 * the video provider (p2p engine or Daily), the chat panel, the doctor's recording, and the screen
 * that shows them (remote video, self view, status, timer, controls, consent notice).
 */
import { ApiError, api } from '../client.ts';
import { confirmDialog } from '../dialog.ts';
import { h, replaceChildren } from '../dom.ts';
import { initials } from '../format.ts';
import { iconSvg } from '../icons.ts';
import { formatCountdown } from '../zoned.ts';
import { type LinkState, P2PCall, type VideoCall } from './call.ts';
import { ChatPanel } from './chat-panel.ts';
import { stopStream } from './media.ts';
import { canRecord, RecordingController, type RecordingStatus, recordingApi } from './recorder.ts';
import { RoomSocket, roomSocketUrl } from './socket.ts';
import type { JoinSession, RoomSignal, ServerFrame } from './types.ts';

export type EndReason = 'self' | 'peer' | 'closed';

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
  root: HTMLElement;
  session: JoinSession;
  localStream: MediaStream;
  /** Created during the "Join" click, so the browser lets it run (the recorder needs it). */
  audioContext: AudioContext | null;
  /** MediaRecorder timeslice. */
  chunkMs: number;
  onEnded(summary: CallSummary): void;
}

const q = <T extends HTMLElement>(root: ParentNode, selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`room markup is missing ${selector}`);
  return el;
};

type ShownState = 'waiting' | 'connecting' | 'connected' | 'reconnecting' | 'ended';

export class Consultation {
  private readonly socket: RoomSocket;
  private call: VideoCall | null = null;
  private readonly chat: ChatPanel;
  private readonly recording: RecordingController | null;
  private readonly peerName: string;
  private readonly isDoctor: boolean;
  private peerPresent = false;
  /** Why the other party is not here: they ended on purpose, or their connection dropped. */
  private peerLeft: 'bye' | 'lost' | null = null;
  private peerRecording = false;
  private peerCamera = true;
  private peerMic = true;
  private micOn = true;
  private cameraOn = true;
  private connectedAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private ended = false;
  private recordedSeen = false;
  private linkState: LinkState = 'waiting';

  private readonly remoteVideo: HTMLVideoElement;
  private readonly localVideo: HTMLVideoElement;
  private readonly status: HTMLElement;
  private readonly timerEl: HTMLElement;
  private readonly placeholder: HTMLElement;
  private readonly indicator: HTMLElement;
  private readonly recordToggle: HTMLButtonElement;
  private readonly unmute: HTMLButtonElement;

  constructor(private readonly options: ConsultationOptions) {
    const { root, session } = options;
    this.isDoctor = session.role === 'doctor';
    this.peerName = session.peer.name;
    this.remoteVideo = q<HTMLVideoElement>(root, '[data-remote-video]');
    this.localVideo = q<HTMLVideoElement>(root, '[data-local-video]');
    this.status = q(root, '[data-call-status]');
    this.timerEl = q(root, '[data-call-timer]');
    this.placeholder = q(root, '[data-remote-placeholder]');
    this.indicator = q(root, '[data-recording-indicator]');
    this.recordToggle = q<HTMLButtonElement>(root, '[data-recording-toggle]');
    this.unmute = q<HTMLButtonElement>(root, '[data-unmute]');

    this.socket = new RoomSocket({
      url: roomSocketUrl(session.wsPath),
      onOpen: (info) => this.onSocketOpen(info.reconnect),
      onFrame: (frame) => this.onFrame(frame),
      onDown: () => this.chat.onDown(),
      shouldRetry: () => this.roomStillOpen(),
      onGiveUp: () => void this.end('closed'),
    });

    this.chat = new ChatPanel({
      root: q(root, '[data-chat]'),
      appointmentId: session.appointmentId,
      self: { id: session.self.id, name: session.self.name, role: session.role },
      peer: session.peer,
      send: (frame) => this.socket.send(frame),
      connected: () => this.socket.isOpen,
    });

    const mic = options.localStream.getAudioTracks()[0];
    this.recording =
      this.isDoctor && options.audioContext && mic && canRecord()
        ? new RecordingController({
            backend: recordingApi(session.appointmentId),
            context: options.audioContext,
            mic,
            timesliceMs: options.chunkMs,
            enabled: session.recordingEnabled,
          })
        : null;
  }

  async start() {
    const { root, session, localStream } = this.options;
    q(root, '[data-peer-initials]').textContent = initials(this.peerName);
    this.localVideo.srcObject = localStream;
    void this.localVideo.play().catch(() => undefined);
    this.wireControls();
    this.showConsent();
    this.showStatus('waiting');
    this.renderRecording();
    window.addEventListener('pagehide', this.onPageHide);

    const call: VideoCall =
      session.provider === 'daily'
        ? new (await import('./daily.ts')).DailyCall(session, localStream)
        : new P2PCall(session, localStream, this.socket);
    this.call = call;
    call.addEventListener('state', (e) => this.onLinkState((e as CustomEvent<LinkState>).detail));
    call.addEventListener('remotestream', (e) => this.showRemote((e as CustomEvent<MediaStream>).detail));
    call.addEventListener('remoteaudio', (e) =>
      this.recording?.setRemoteTrack((e as CustomEvent<MediaStreamTrack>).detail),
    );
    this.recording?.addEventListener('status', () => this.renderRecording());

    this.socket.connect();
    await call.start();
  }

  /** Ends this side of the call. `self`: the person pressed End; `peer`: the doctor ended it; `closed`: the room closed. */
  async end(reason: EndReason, notice?: string) {
    if (this.ended) return;
    this.ended = true;
    const durationMs = this.connectedAt ? Date.now() - this.connectedAt : 0;
    clearInterval(this.timer);
    window.removeEventListener('pagehide', this.onPageHide);
    if (reason === 'self') this.sendRoomSignal({ k: 'bye' });
    // The recording's last chunk uploads while the end screen shows its progress.
    const saved = this.recording?.stopAndSave() ?? Promise.resolve();
    this.showStatus('ended');
    await this.call?.leave().catch(() => undefined);
    this.socket.closeWhenSent();
    this.chat.close('The consultation has ended');
    stopStream(this.options.localStream);
    this.remoteVideo.srcObject = null;
    this.localVideo.srcObject = null;
    this.options.onEnded({
      reason,
      durationMs,
      recording: this.recording,
      saved,
      recorded: this.recordedSeen || (this.recording?.status.state ?? 'off') !== 'off',
      notice,
    });
  }

  // ---- The socket --------------------------------------------------------------------------------

  private onSocketOpen(reconnect: boolean) {
    // The server answers with a presence frame for the other party if it is already here.
    this.socket.send({ action: 'hello' });
    this.call?.socketOpened(reconnect);
    void this.chat.onOpen();
    this.announceMedia();
    this.announceRecording();
  }

  private onFrame(frame: ServerFrame) {
    switch (frame.type) {
      case 'signal':
        if (this.call?.signal(frame.data)) return;
        this.onRoomSignal(frame.data);
        return;
      case 'presence': {
        if (frame.userId !== this.options.session.peer.id) return;
        const present = frame.state === 'joined';
        if (present === this.peerPresent) return;
        this.peerPresent = present;
        if (present) {
          this.peerLeft = null;
          this.announceMedia();
          this.announceRecording();
        } else {
          this.peerLeft ??= 'lost';
        }
        this.call?.peerPresence(present);
        this.showStatus(this.shownState());
        return;
      }
      case 'error':
        // The server closed the room (cancelled, an account disabled, the window over): the call ends here.
        if (frame.closed) {
          void this.end('closed', frame.message);
          return;
        }
        // A refused frame without a message id was not chat: it may have been signalling.
        if (frame.code === 'rate_limited') this.call?.framesDropped();
        this.chat.handleFrame(frame);
        return;
      default:
        this.chat.handleFrame(frame);
    }
  }

  /** The other browser's room signals (untrusted data: every field is checked). */
  private onRoomSignal(data: unknown) {
    const signal = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    switch (signal.k) {
      case 'bye':
        // The doctor ending the consultation ends it for the patient; a patient leaving leaves the doctor waiting.
        if (!this.isDoctor) void this.end('peer');
        else {
          this.peerLeft = 'bye';
          this.showStatus(this.shownState());
        }
        return;
      case 'rec': {
        if (this.isDoctor || typeof signal.on !== 'boolean') return;
        const on = signal.on;
        if (on) this.recordedSeen = true;
        // Recording switched on during the call: the patient is told again, as at the start.
        if (on && !this.peerRecording && !this.options.session.recordingEnabled) this.showConsent(true);
        this.peerRecording = on;
        this.showIndicator(on ? 'on' : 'off', on ? 'Recording' : 'Recording off');
        return;
      }
      case 'media':
        this.peerCamera = signal.cam !== false;
        this.peerMic = signal.mic !== false;
        this.renderPlaceholder();
        return;
      default:
        return;
    }
  }

  private sendRoomSignal(signal: RoomSignal) {
    this.socket.send({ action: 'signal', data: signal });
  }

  private announceMedia() {
    if (this.socket.isOpen) this.sendRoomSignal({ k: 'media', cam: this.cameraOn, mic: this.micOn });
  }

  private announceRecording() {
    if (!this.recording || !this.socket.isOpen) return;
    this.sendRoomSignal({ k: 'rec', on: this.recording.active });
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

  // ---- Video ----------------------------------------------------------------------------------------

  private onLinkState(state: LinkState) {
    this.linkState = state;
    if (state === 'connected') {
      this.peerLeft = null;
      if (!this.connectedAt) this.startTimer();
      if (this.recording && !this.recording.active && this.recording.enabled) this.recording.start();
      // A remote element that was paused by a track change plays again.
      if (this.remoteVideo.paused && this.remoteVideo.srcObject) this.playRemote();
    }
    this.showStatus(this.shownState());
  }

  private shownState(): ShownState {
    if (this.ended) return 'ended';
    if (this.linkState === 'connected') return 'connected';
    if (this.linkState === 'reconnecting') return 'reconnecting';
    if (this.linkState === 'connecting') return 'connecting';
    return 'waiting';
  }

  private showRemote(stream: MediaStream) {
    if (this.remoteVideo.srcObject !== stream) this.remoteVideo.srcObject = stream;
    this.playRemote();
    this.renderPlaceholder();
  }

  private playRemote() {
    this.remoteVideo.play().catch((error: DOMException) => {
      if (error?.name !== 'NotAllowedError') return;
      // Autoplay with sound was refused (no click on this page yet): play muted and offer the sound.
      this.remoteVideo.muted = true;
      void this.remoteVideo.play().catch(() => undefined);
      this.unmute.hidden = false;
    });
  }

  private showStatus(state: ShownState) {
    this.status.dataset.state = state;
    const peer = this.peerName;
    const spec: Record<ShownState, { dot: string; text: string }> = {
      waiting: {
        dot: 'bg-slate-300',
        text:
          this.peerLeft === 'bye'
            ? `${peer} left the consultation`
            : this.peerLeft === 'lost'
              ? `${peer}'s connection dropped`
              : `Waiting for ${peer} to join`,
      },
      connecting: { dot: 'animate-pulse bg-accent-400', text: `Connecting to ${peer}…` },
      connected: { dot: 'bg-emerald-400', text: `Connected with ${peer}` },
      reconnecting: { dot: 'animate-pulse bg-accent-400', text: 'Connection lost. Reconnecting…' },
      ended: { dot: 'bg-slate-400', text: 'Call ended' },
    };
    const { dot, text } = spec[state];
    replaceChildren(
      this.status,
      h('span', { class: `size-2 rounded-full ${dot}`, 'aria-hidden': 'true' }),
      text,
    );
    this.renderPlaceholder();
  }

  /** The big placeholder over the remote video: who we are waiting for, or that their camera is off. */
  private renderPlaceholder() {
    const state = this.shownState();
    const streaming = state === 'connected' && !!this.remoteVideo.srcObject;
    const text = q(this.placeholder, '[data-placeholder-text]');
    const sub = q(this.placeholder, '[data-placeholder-sub]');
    this.placeholder.hidden = streaming && this.peerCamera;
    this.placeholder.classList.toggle('bg-slate-900', streaming);
    const peer = this.peerName;
    if (streaming) {
      text.textContent = `${peer} turned their camera off`;
      sub.textContent = this.peerMic ? 'You can still hear each other.' : 'Their microphone is muted too.';
    } else if (state === 'waiting') {
      text.textContent =
        this.peerLeft === 'bye'
          ? `${peer} left the consultation`
          : this.peerLeft === 'lost'
            ? `Waiting for ${peer} to come back`
            : `Waiting for ${peer}`;
      sub.textContent =
        this.peerLeft === 'bye'
          ? 'They can rejoin while the room is open. Stay here, or end the call.'
          : this.peerLeft === 'lost'
            ? 'Their connection dropped. The call continues as soon as they are back.'
            : 'They will appear here as soon as they join. You can chat in the meantime.';
    } else if (state === 'reconnecting') {
      text.textContent = 'Reconnecting…';
      sub.textContent = 'The connection dropped. This usually takes a few seconds.';
    } else {
      text.textContent = `Connecting to ${peer}…`;
      sub.textContent = 'Setting up a secure video connection.';
    }
  }

  private startTimer() {
    this.connectedAt = Date.now();
    this.timerEl.hidden = false;
    const tick = () => {
      this.timerEl.textContent = formatCountdown(Math.floor((Date.now() - this.connectedAt) / 1000) * 1000);
    };
    tick();
    this.timer = setInterval(tick, 1000);
  }

  // ---- Controls -------------------------------------------------------------------------------------

  private wireControls() {
    const { root } = this.options;
    const mic = q<HTMLButtonElement>(root, '[data-toggle-mic]');
    const camera = q<HTMLButtonElement>(root, '[data-toggle-camera]');
    const setPressed = (button: HTMLButtonElement, off: boolean, label: string) => {
      button.setAttribute('aria-pressed', String(off));
      q(button, '[data-icon-on]').hidden = off;
      q(button, '[data-icon-off]').hidden = !off;
      q(button, '[data-label]').textContent = label;
      button.title = label;
    };
    setPressed(mic, false, 'Mute microphone');
    setPressed(camera, false, 'Turn camera off');
    mic.addEventListener('click', () => {
      this.micOn = !this.micOn;
      this.call?.setMicEnabled(this.micOn);
      setPressed(mic, !this.micOn, this.micOn ? 'Mute microphone' : 'Unmute microphone');
      q(root, '[data-self-muted]').hidden = this.micOn;
      this.announceMedia();
    });
    camera.addEventListener('click', () => {
      this.cameraOn = !this.cameraOn;
      this.call?.setCameraEnabled(this.cameraOn);
      setPressed(camera, !this.cameraOn, this.cameraOn ? 'Turn camera off' : 'Turn camera on');
      q(root, '[data-self-off]').hidden = this.cameraOn;
      this.announceMedia();
    });
    this.unmute.addEventListener('click', () => {
      this.remoteVideo.muted = false;
      void this.remoteVideo.play().catch(() => undefined);
      this.unmute.hidden = true;
    });
    q(root, '[data-end-call]').addEventListener('click', () => void this.confirmEnd());
    q(root, '[data-consent-dismiss]').addEventListener('click', () => {
      q(root, '[data-consent]').hidden = true;
    });
    if (this.recording) {
      this.recordToggle.hidden = false;
      this.recordToggle.addEventListener('click', () => void this.toggleRecording());
    }
  }

  private async confirmEnd() {
    const doctor = this.isDoctor;
    await confirmDialog({
      title: 'End the consultation?',
      body: doctor
        ? [
            h('p', { text: `${this.peerName} will be disconnected.` }),
            this.recording?.active
              ? h('p', {
                  text: 'The recording is saved and the transcript is emailed to you both when it is ready.',
                })
              : null,
          ]
        : h('p', { text: 'You can rejoin while the room is open.' }),
      confirmLabel: 'End call',
      busyLabel: 'Ending…',
      cancelLabel: 'Stay in the call',
      tone: 'danger',
      icon: 'phone-off',
      testid: 'end-call-dialog',
      onConfirm: () => this.end('self'),
    });
  }

  private async toggleRecording() {
    const recording = this.recording;
    if (!recording) return;
    if (!recording.enabled) {
      await recording.setEnabled(true).catch(() => undefined);
      if (this.linkState === 'connected') recording.start();
      this.announceRecording();
      return;
    }
    await confirmDialog({
      title: 'Turn off recording?',
      body: [
        h('p', { text: 'Nothing more of this consultation will be recorded.' }),
        recording.active
          ? h('p', { text: 'What was recorded so far is still transcribed and emailed to you both.' })
          : null,
      ],
      confirmLabel: 'Turn off recording',
      busyLabel: 'Saving…',
      cancelLabel: 'Keep recording',
      testid: 'recording-off-dialog',
      onConfirm: () => recording.setEnabled(false),
    });
    this.announceRecording();
  }

  // ---- Recording and consent ------------------------------------------------------------------------

  private showConsent(recorded = this.options.session.recordingEnabled) {
    const box = q(this.options.root, '[data-consent]');
    q(box, '[data-consent-title]').textContent = recorded
      ? 'This consultation is recorded'
      : 'Recording is off';
    q(box, '[data-consent-text]').textContent = recorded
      ? 'This consultation is recorded to produce a written transcript; the doctor can turn recording off.'
      : 'This consultation is not being recorded, so there will be no written transcript.';
    box.dataset.recording = String(recorded);
    box.hidden = false;
  }

  private renderRecording() {
    const recording = this.recording;
    if (!recording) {
      if (this.isDoctor && this.options.session.recordingEnabled)
        this.showIndicator('error', 'This browser cannot record');
      return;
    }
    const { state, problem } = recording.status;
    const on = recording.active;
    this.recordToggle.setAttribute('aria-pressed', String(on));
    this.recordToggle.disabled = state === 'saving' || state === 'starting';
    const label = q(this.recordToggle, '[data-label]');
    label.textContent = on ? 'Recording' : 'Record';
    this.recordToggle.title = on ? 'Turn recording off' : 'Turn recording on';
    const shown: Record<RecordingStatus['state'], string> = {
      off: recording.enabled ? `Recording starts when ${this.peerName} joins` : 'Recording off',
      starting: 'Starting recording…',
      on: problem ? 'Recording (upload retrying…)' : 'Recording',
      saving: 'Saving recording…',
      saved: recording.enabled ? 'Recording saved' : 'Recording off',
      error: problem ? `Recording stopped: ${problem}` : 'Recording stopped',
    };
    this.showIndicator(state === 'off' && recording.enabled ? 'armed' : state, shown[state]);
    if (state === 'on' || state === 'off' || state === 'saved') this.announceRecording();
  }

  private showIndicator(state: string, text: string) {
    this.indicator.hidden = false;
    this.indicator.dataset.state = state;
    const dot =
      state === 'on'
        ? 'animate-pulse bg-red-500'
        : state === 'error'
          ? 'bg-accent-400'
          : state === 'saving' || state === 'armed'
            ? 'bg-slate-300'
            : 'bg-slate-500';
    replaceChildren(
      this.indicator,
      state === 'error'
        ? iconSvg('alert-triangle', 'size-3.5 text-accent-300')
        : h('span', { class: `size-2 rounded-full ${dot}`, 'aria-hidden': 'true' }),
      text,
    );
  }

  private readonly onPageHide = () => {
    // Leaving without "End call" (closed the tab, reloaded): close the recording with what was stored.
    this.recording?.abandon();
    this.socket.close();
    void this.call?.leave();
  };
}
