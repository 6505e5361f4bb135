/**
 * The camera and microphone: opening them with the person's chosen devices, listing the devices,
 * a microphone level meter, what went wrong, and the device check before joining (DeviceCheck).
 */
import { signal } from '@preact/signals';

export interface DeviceChoice {
  cameraId?: string;
  micId?: string;
}

export type MediaProblem = 'denied' | 'not-found' | 'in-use' | 'insecure' | 'unsupported' | 'unknown';

const CHOICE_KEY = 'c360.devices';

export function recallDevices(): DeviceChoice {
  try {
    const value = JSON.parse(window.localStorage.getItem(CHOICE_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const { cameraId, micId } = value as Record<string, unknown>;
    return {
      ...(typeof cameraId === 'string' ? { cameraId } : {}),
      ...(typeof micId === 'string' ? { micId } : {}),
    };
  } catch {
    return {};
  }
}

export function rememberDevices(choice: DeviceChoice) {
  try {
    window.localStorage.setItem(CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // storage disabled: the default devices are used next time
  }
}

const audioConstraints = (micId?: string): MediaTrackConstraints => ({
  ...(micId ? { deviceId: { exact: micId } } : {}),
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
});

/**
 * 360p at 24 fps: enough to see a face, a throat or a rash held to the camera, and light enough for
 * patients on mobile data (about 0.5 Mbit/s) and for older phones to encode while decoding the doctor.
 */
const videoConstraints = (cameraId?: string): MediaTrackConstraints => ({
  ...(cameraId ? { deviceId: { exact: cameraId } } : { facingMode: 'user' }),
  width: { ideal: 640 },
  height: { ideal: 360 },
  frameRate: { ideal: 24, max: 30 },
});

/** Camera and microphone together. A remembered device that is gone falls back to the default one. */
export async function openLocalMedia(choice: DeviceChoice = {}): Promise<MediaStream> {
  if (!window.isSecureContext) throw new DOMException('Not a secure context', 'SecurityError');
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No media devices', 'NotSupportedError');
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: audioConstraints(choice.micId),
      video: videoConstraints(choice.cameraId),
    });
  } catch (error) {
    const name = (error as DOMException).name;
    if ((choice.cameraId || choice.micId) && (name === 'OverconstrainedError' || name === 'NotFoundError'))
      return navigator.mediaDevices.getUserMedia({ audio: audioConstraints(), video: videoConstraints() });
    throw error;
  }
}

export function classifyMediaError(error: unknown): MediaProblem {
  switch ((error as { name?: string })?.name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'not-found';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    case 'SecurityError':
      return 'insecure';
    case 'NotSupportedError':
    case 'TypeError':
      return 'unsupported';
    default:
      return 'unknown';
  }
}

export interface DeviceLists {
  cameras: MediaDeviceInfo[];
  mics: MediaDeviceInfo[];
}

/** The cameras and microphones (with names once permission was given). */
export async function listDevices(): Promise<DeviceLists> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: devices.filter((d) => d.kind === 'videoinput' && d.deviceId),
    mics: devices.filter((d) => d.kind === 'audioinput' && d.deviceId),
  };
}

/** The device a track is reading from. */
export const deviceIdOf = (track: MediaStreamTrack | undefined) => track?.getSettings().deviceId;

/** Stops every track of a stream (the camera light goes off). */
export function stopStream(stream: MediaStream | null | undefined) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * A live microphone level (0–1) from an analyser, reported once per animation frame while the page
 * is visible. The audio context may start suspended until the person interacts with the page.
 */
export class LevelMeter {
  private readonly context: AudioContext;
  private readonly analyser: AnalyserNode;
  private readonly source: MediaStreamAudioSourceNode;
  private readonly samples: Float32Array<ArrayBuffer>;
  private frame = 0;
  private stopped = false;

  constructor(
    stream: MediaStream,
    private readonly onLevel: (level: number) => void,
  ) {
    this.context = new AudioContext();
    this.analyser = this.context.createAnalyser();
    this.analyser.fftSize = 1024;
    this.samples = new Float32Array(this.analyser.fftSize);
    this.source = this.context.createMediaStreamSource(stream);
    this.source.connect(this.analyser);
    void this.context.resume().catch(() => undefined);
    this.frame = requestAnimationFrame(this.tick);
  }

  /** Call from a user gesture if the context was not allowed to start on its own. */
  resume() {
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
  }

  stop() {
    if (this.stopped) return;
    this.stopped = true;
    cancelAnimationFrame(this.frame);
    this.source.disconnect();
    void this.context.close().catch(() => undefined);
  }

  private readonly tick = () => {
    if (this.stopped) return;
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const s of this.samples) sum += s * s;
    const rms = Math.sqrt(sum / this.samples.length);
    // Speech sits around -40…-10 dBFS; map that range onto the bar.
    const db = 20 * Math.log10(rms || 1e-8);
    this.onLevel(Math.min(1, Math.max(0, (db + 60) / 50)));
    this.frame = requestAnimationFrame(this.tick);
  };
}

/**
 * The device check before joining, as signals: the preview stream, the microphone level, the camera
 * and microphone lists and choice (remembered for next time), and the problem when the browser refuses.
 */
export class DeviceCheck {
  readonly stream = signal<MediaStream | null>(null);
  readonly problem = signal<MediaProblem | null>(null);
  readonly level = signal(0);
  readonly devices = signal<DeviceLists>({ cameras: [], mics: [] });
  readonly choice = signal<DeviceChoice>(recallDevices());
  private meter: LevelMeter | null = null;
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
      if (attempt === this.opening) this.problem.value = classifyMediaError(error);
      return;
    }
    if (attempt !== this.opening) return stopStream(stream);
    this.stream.value = stream;
    this.meter = new LevelMeter(stream, (level) => {
      this.level.value = Math.round(level * 100);
    });
    this.choice.value = {
      cameraId: deviceIdOf(stream.getVideoTracks()[0]),
      micId: deviceIdOf(stream.getAudioTracks()[0]),
    };
    this.devices.value = await listDevices().catch(() => this.devices.value);
  }

  /** The level meter's audio may only start after the person touches the page. */
  resume() {
    this.meter?.resume();
  }

  /** Hands the stream over to the call (the devices are remembered); the preview stops. */
  take(): MediaStream | null {
    const stream = this.stream.value;
    rememberDevices(this.choice.value);
    this.opening++;
    this.meter?.stop();
    this.meter = null;
    this.stream.value = null;
    return stream;
  }

  /** Stops the preview (leaving the page). */
  dispose() {
    this.opening++;
    this.release();
  }

  private release() {
    this.meter?.stop();
    this.meter = null;
    stopStream(this.stream.value);
    this.stream.value = null;
    this.level.value = 0;
  }
}
