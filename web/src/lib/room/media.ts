/**
 * The camera and microphone: the device check before joining (DeviceCheck: the preview, a microphone
 * level meter, the devices to choose from, remembered for next time, and what went wrong).
 */
import { signal } from '@preact/signals';

export interface DeviceChoice {
  cameraId?: string;
  micId?: string;
}

export type MediaProblem = 'denied' | 'not-found' | 'in-use' | 'insecure' | 'unsupported' | 'unknown';

const CHOICE_KEY = 'c360.devices';
/** How often the microphone meter takes a new level (see `measure`). */
const METER_MS = 80;

function recallDevices(): DeviceChoice {
  try {
    const { cameraId, micId } = JSON.parse(window.localStorage.getItem(CHOICE_KEY) ?? '{}') ?? {};
    return {
      ...(typeof cameraId === 'string' ? { cameraId } : {}),
      ...(typeof micId === 'string' ? { micId } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * The microphone cleaned up for speech, and 360p at 24 fps: enough to see a face, a throat or a rash
 * held to the camera, and light enough for patients on mobile data (about 0.5 Mbit/s) and for older
 * phones to encode while decoding the doctor.
 */
const constraints = ({ cameraId, micId }: DeviceChoice = {}): MediaStreamConstraints => ({
  audio: {
    ...(micId ? { deviceId: { exact: micId } } : {}),
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
  },
  video: {
    ...(cameraId ? { deviceId: { exact: cameraId } } : { facingMode: 'user' }),
    width: { ideal: 640 },
    height: { ideal: 360 },
    frameRate: { ideal: 24, max: 30 },
  },
});

/** Camera and microphone together. A remembered device that is gone falls back to the default one. */
async function openLocalMedia(choice: DeviceChoice): Promise<MediaStream> {
  if (!window.isSecureContext) throw new DOMException('Not a secure context', 'SecurityError');
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No media devices', 'NotSupportedError');
  try {
    return await navigator.mediaDevices.getUserMedia(constraints(choice));
  } catch (error) {
    const name = (error as DOMException).name;
    if ((choice.cameraId || choice.micId) && (name === 'OverconstrainedError' || name === 'NotFoundError'))
      return navigator.mediaDevices.getUserMedia(constraints());
    throw error;
  }
}

const PROBLEMS: Record<string, MediaProblem> = {
  NotAllowedError: 'denied',
  PermissionDeniedError: 'denied',
  NotFoundError: 'not-found',
  DevicesNotFoundError: 'not-found',
  OverconstrainedError: 'not-found',
  NotReadableError: 'in-use',
  TrackStartError: 'in-use',
  AbortError: 'in-use',
  SecurityError: 'insecure',
  NotSupportedError: 'unsupported',
  TypeError: 'unsupported',
};

/** Stops every track of a stream (the camera light goes off). */
export function stopStream(stream: MediaStream | null | undefined) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * The device check before joining, as signals: the preview stream, the microphone level, the camera
 * and microphone lists and choice (remembered for next time), and the problem when the browser refuses.
 */
export class DeviceCheck {
  readonly stream = signal<MediaStream | null>(null);
  readonly problem = signal<MediaProblem | null>(null);
  /** The microphone's level, 0–100. */
  readonly level = signal(0);
  readonly devices = signal<{ cameras: MediaDeviceInfo[]; mics: MediaDeviceInfo[] }>({
    cameras: [],
    mics: [],
  });
  readonly choice = signal<DeviceChoice>(recallDevices());
  private audio: AudioContext | null = null;
  private meter: ReturnType<typeof setInterval> | undefined;
  private opening = 0;

  /** Opens the camera and microphone (again, after a change or a fix). */
  async open(change: DeviceChoice = {}) {
    const attempt = ++this.opening;
    this.choice.value = { ...this.choice.value, ...change };
    this.release();
    this.problem.value = null;
    let stream: MediaStream;
    try {
      stream = await openLocalMedia(this.choice.value);
    } catch (error) {
      if (attempt === this.opening) this.problem.value = PROBLEMS[(error as Error)?.name] ?? 'unknown';
      return;
    }
    if (attempt !== this.opening) return stopStream(stream);
    this.stream.value = stream;
    this.measure(stream);
    const deviceOf = (track: MediaStreamTrack | undefined) => track?.getSettings().deviceId;
    this.choice.value = {
      cameraId: deviceOf(stream.getVideoTracks()[0]),
      micId: deviceOf(stream.getAudioTracks()[0]),
    };
    // The devices have names once permission was given.
    const all = await navigator.mediaDevices.enumerateDevices().catch(() => null);
    if (all)
      this.devices.value = {
        cameras: all.filter((d) => d.kind === 'videoinput' && d.deviceId),
        mics: all.filter((d) => d.kind === 'audioinput' && d.deviceId),
      };
  }

  /** The level meter's audio may only start after the person touches the page. */
  resume() {
    if (this.audio?.state === 'suspended') void this.audio.resume().catch(() => undefined);
  }

  /** Hands the stream over to the call (the devices are remembered); the preview stops. */
  take(): MediaStream | null {
    const stream = this.stream.value;
    try {
      window.localStorage.setItem(CHOICE_KEY, JSON.stringify(this.choice.value));
    } catch {
      // storage disabled: the default devices are used next time
    }
    this.opening++;
    this.stopMeter();
    this.stream.value = null;
    return stream;
  }

  /** Stops the preview (leaving the page). */
  dispose() {
    this.opening++;
    this.release();
  }

  /**
   * The microphone's level from an analyser, about twelve times a second: the bar's 75 ms transition
   * (PreJoin.tsx) fills the frames between. A timer, not an animation-frame loop, so the page is woken
   * only when a level is taken: a loop that skipped most frames still woke a phone 60 times a second
   * while it was also showing video, and a new level every frame redrew the page as often.
   */
  private measure(stream: MediaStream) {
    const audio = new AudioContext();
    this.audio = audio;
    const analyser = audio.createAnalyser();
    analyser.fftSize = 1024;
    const samples = new Float32Array(analyser.fftSize);
    audio.createMediaStreamSource(stream).connect(analyser);
    void audio.resume().catch(() => undefined);
    const readLevel = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      // Speech sits around -40…-10 dBFS; map that range onto the bar.
      const db = 20 * Math.log10(Math.sqrt(sum / samples.length) || 1e-8);
      this.level.value = Math.round(Math.min(1, Math.max(0, (db + 60) / 50)) * 100);
    };
    readLevel();
    this.meter = setInterval(readLevel, METER_MS);
  }

  private stopMeter() {
    clearInterval(this.meter);
    this.meter = undefined;
    void this.audio?.close().catch(() => undefined);
    this.audio = null;
  }

  private release() {
    this.stopMeter();
    stopStream(this.stream.value);
    this.stream.value = null;
    this.level.value = 0;
  }
}
