/**
 * The Daily provider (VIDEO_PROVIDER=daily): Daily's call object (no Daily UI) joined with the private
 * room and meeting token from POST /join, and the camera and microphone tracks the person chose in
 * the device check. The page's own video elements, controls, chat and recorder stay the same.
 *
 * This module is only imported (dynamically) when join answers `provider: 'daily'`, so nothing of it
 * loads in p2p mode. daily-js comes from a pinned version on the CDN Daily documents for script tags,
 * with Subresource Integrity, so a changed file never runs; daily-js itself then loads its call
 * bundle from Daily's own CDN (https://c.daily.co/call-machine/versioned/<version>/...).
 *
 * The production CSP must allow, for this provider only: script-src https://unpkg.com/@daily-co/
 * https://c.daily.co; connect-src https://*.daily.co wss://*.daily.co. `avoidEval` keeps daily-js
 * from needing 'unsafe-eval'.
 *
 * Not exercised by the test suite (it needs Daily's network); see the room README note.
 */
import { m } from '../../paraglide/messages.js';
import type { CallEvents, DailySession, LinkState, VideoCall } from './types.ts';

const DAILY_JS_VERSION = '0.92.2';
const DAILY_JS_URL = `https://unpkg.com/@daily-co/daily-js@${DAILY_JS_VERSION}/dist/daily.js`;
/** sha384 of that exact file (checked when the version was pinned). */
const DAILY_JS_INTEGRITY = 'sha384-qkOcWks7O6ZM0W8bDQRvE2Zigs/pWm7ioqYeangGqWoaqMEFUNeAKYLp8J+qWiUS';

// ---- The small part of daily-js's API this module uses (from its index.d.ts) ----

interface DailyTrackState {
  state: 'blocked' | 'off' | 'sendable' | 'loading' | 'interrupted' | 'playable';
  persistentTrack?: MediaStreamTrack;
}

interface DailyParticipant {
  session_id: string;
  local: boolean;
  user_name: string;
  tracks: { audio: DailyTrackState; video: DailyTrackState };
}

interface DailyEventObject {
  action: string;
  participant?: DailyParticipant | null;
  event?: 'interrupted' | 'connected';
  errorMsg?: string;
}

interface DailyCallObject {
  join(options: Record<string, unknown>): Promise<unknown>;
  leave(): Promise<void>;
  destroy(): Promise<void>;
  on(event: string, handler: (event?: DailyEventObject) => void): DailyCallObject;
  setLocalAudio(enabled: boolean): DailyCallObject;
  setLocalVideo(enabled: boolean): DailyCallObject;
  participants(): Record<string, DailyParticipant>;
}

interface DailyStatic {
  createCallObject(options: Record<string, unknown>): DailyCallObject;
  supportedBrowser(): { supported: boolean };
}

let loading: Promise<DailyStatic> | null = null;

function loadDailyJs(): Promise<DailyStatic> {
  const existing = (window as unknown as { Daily?: DailyStatic }).Daily;
  if (existing) return Promise.resolve(existing);
  loading ??= new Promise<DailyStatic>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = DAILY_JS_URL;
    script.integrity = DAILY_JS_INTEGRITY;
    script.crossOrigin = 'anonymous';
    script.async = true;
    script.addEventListener('load', () => {
      const daily = (window as unknown as { Daily?: DailyStatic }).Daily;
      if (daily) resolve(daily);
      else reject(new Error('daily-js loaded without its global'));
    });
    script.addEventListener('error', () => {
      loading = null;
      reject(new Error(m.room_daily_load_failed()));
    });
    document.head.append(script);
  });
  return loading;
}

export class DailyCall implements VideoCall {
  private call: DailyCallObject | null = null;
  private state: LinkState = 'waiting';
  private remoteStream: MediaStream | null = null;
  private remoteAudio: MediaStreamTrack | null = null;
  private everConnected = false;

  constructor(
    private readonly session: DailySession,
    private readonly localStream: MediaStream,
    private readonly events: CallEvents,
  ) {}

  async start() {
    const Daily = await loadDailyJs();
    if (!Daily.supportedBrowser().supported) throw new Error(m.room_daily_unsupported());
    const call = Daily.createCallObject({
      audioSource: this.localStream.getAudioTracks()[0] ?? true,
      videoSource: this.localStream.getVideoTracks()[0] ?? true,
      dailyConfig: { avoidEval: true },
      subscribeToTracksAutomatically: true,
    });
    this.call = call;
    const refresh = () => this.refreshRemote();
    call
      .on('joined-meeting', refresh)
      .on('participant-joined', refresh)
      .on('participant-updated', refresh)
      .on('participant-left', refresh)
      .on('track-started', refresh)
      .on('track-stopped', refresh)
      .on('network-connection', (event) => {
        if (event?.event === 'interrupted' && this.everConnected) this.setState('reconnecting');
        else refresh();
      })
      .on('left-meeting', () => this.setState('closed'))
      .on('error', () => this.setState('closed'));
    this.setState('connecting');
    await call.join({
      url: this.session.roomUrl,
      token: this.session.token,
      userName: this.session.self.name,
    });
    refresh();
  }

  setMicEnabled(on: boolean) {
    this.call?.setLocalAudio(on);
  }

  setCameraEnabled(on: boolean) {
    this.call?.setLocalVideo(on);
  }

  async leave() {
    const call = this.call;
    this.call = null;
    this.setState('closed');
    if (!call) return;
    try {
      await call.leave();
    } finally {
      await call.destroy().catch(() => undefined);
    }
  }

  private refreshRemote() {
    if (!this.call || this.state === 'closed') return;
    const remote = Object.values(this.call.participants()).find((p) => !p.local);
    if (!remote) {
      this.setState('waiting');
      return;
    }
    const video = remote.tracks.video.persistentTrack;
    const audio = remote.tracks.audio.persistentTrack;
    const tracks = [video, audio].filter((t): t is MediaStreamTrack => !!t);
    const current = this.remoteStream?.getTracks() ?? [];
    if (tracks.length !== current.length || tracks.some((t) => !current.includes(t))) {
      this.remoteStream = new MediaStream(tracks);
      this.events.remoteStream(this.remoteStream);
    }
    if (audio && audio !== this.remoteAudio) {
      this.remoteAudio = audio;
      this.events.remoteAudio(audio);
    }
    const playing = remote.tracks.video.state === 'playable' || remote.tracks.audio.state === 'playable';
    if (playing) this.everConnected = true;
    this.setState(playing ? 'connected' : this.everConnected ? 'reconnecting' : 'connecting');
  }

  private setState(state: LinkState) {
    if (state === this.state) return;
    this.state = state;
    this.events.state(state);
  }
}
