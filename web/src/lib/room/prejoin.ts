/**
 * The device check before joining: camera preview, microphone level, camera and microphone choice
 * (remembered for next time), and, when the browser refuses, what happened and how to fix it.
 * Resolves the stream to join with when the person presses "Join".
 */
import { h, replaceChildren } from '../dom.ts';
import {
  classifyMediaError,
  type DeviceChoice,
  deviceIdOf,
  LevelMeter,
  listDevices,
  type MediaProblem,
  openLocalMedia,
  recallDevices,
  rememberDevices,
  stopStream,
} from './media.ts';

const q = <T extends HTMLElement>(root: ParentNode, selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`room markup is missing ${selector}`);
  return el;
};

const isAndroid = () => /Android/i.test(navigator.userAgent);
const isIos = () => /iPhone|iPad|iPod/i.test(navigator.userAgent);

/** What to tell a person for each problem, with steps for their kind of device. */
function advice(problem: MediaProblem): { heading: string; text: string; steps: string[] } {
  switch (problem) {
    case 'denied':
      return {
        heading: 'Camera and microphone are blocked',
        text: 'Your browser did not allow this site to use your camera and microphone, so your doctor cannot see or hear you.',
        steps: isIos()
          ? [
              'Open the Settings app, then Safari (or your browser) → Camera and Microphone, and choose Allow.',
              'Come back to this page and press “Try again”.',
            ]
          : isAndroid()
            ? [
                'Tap the icon to the left of the address bar, then Permissions (or Site settings).',
                'Allow Camera and Microphone, then press “Try again”.',
              ]
            : [
                'Click the camera icon (or the padlock) at the left or right end of the address bar.',
                'Choose “Always allow” for the camera and microphone, then press “Try again”.',
                'Still blocked? Check your computer’s privacy settings allow the browser to use the camera.',
              ],
      };
    case 'not-found':
      return {
        heading: 'No camera or microphone found',
        text: 'We could not find a camera and microphone on this device.',
        steps: [
          'Plug in or switch on your webcam or headset.',
          'Or join from a phone: open this page there and sign in.',
        ],
      };
    case 'in-use':
      return {
        heading: 'Your camera is busy',
        text: 'Another app or browser tab is using your camera or microphone.',
        steps: [
          'Close other video apps (Zoom, WhatsApp, Meet) and other tabs using the camera.',
          'Press “Try again”.',
        ],
      };
    case 'insecure':
      return {
        heading: 'This page is not secure',
        text: 'Browsers only share the camera with secure (https) pages.',
        steps: ['Open Chikitsa360 from its https:// address.'],
      };
    case 'unsupported':
      return {
        heading: 'This browser cannot make video calls',
        text: 'Please use a recent version of Chrome, Edge, Firefox or Safari.',
        steps: ['Update your browser, or open this page in another one.'],
      };
    default:
      return {
        heading: 'We could not start your camera',
        text: 'Something stopped the camera and microphone from starting.',
        steps: ['Press “Try again”. If it keeps happening, restart your browser.'],
      };
  }
}

export interface PreJoinOptions {
  root: HTMLElement;
  selfName: string;
  /** Called with the devices ready; resolve when the call is set up (the button shows it is busy until then). */
  onJoin(stream: MediaStream): Promise<void>;
}

export class PreJoin {
  private stream: MediaStream | null = null;
  private meter: LevelMeter | null = null;
  private choice: DeviceChoice = recallDevices();
  private readonly video: HTMLVideoElement;
  private readonly overlay: HTMLElement;
  private readonly overlayText: HTMLElement;
  private readonly meterEl: HTMLElement;
  private readonly meterBar: HTMLElement;
  private readonly cameraSelect: HTMLSelectElement;
  private readonly micSelect: HTMLSelectElement;
  private readonly join: HTMLButtonElement;
  private readonly joinHint: HTMLElement;
  private readonly error: HTMLElement;
  private readonly deviceControls: HTMLElement;
  private readonly micLevel: HTMLElement;
  private joining = false;
  private opening = 0;
  private lastLevel = -1;

  constructor(private readonly options: PreJoinOptions) {
    const { root } = options;
    this.video = q<HTMLVideoElement>(root, '[data-preview]');
    this.overlay = q(root, '[data-preview-overlay]');
    this.overlayText = q(root, '[data-preview-overlay-text]');
    this.meterEl = q(root, '[data-mic-meter]');
    this.meterBar = q(root, '[data-mic-meter-bar]');
    this.cameraSelect = q<HTMLSelectElement>(root, '[data-camera-select]');
    this.micSelect = q<HTMLSelectElement>(root, '[data-mic-select]');
    this.join = q<HTMLButtonElement>(root, '[data-join]');
    this.joinHint = q(root, '[data-join-hint]');
    this.error = q(root, '[data-media-error]');
    this.deviceControls = q(root, '[data-device-controls]');
    this.micLevel = q(root, '[data-mic-level]');
    q(root, '[data-preview-name]').textContent = options.selfName;

    this.cameraSelect.addEventListener('change', () => {
      this.choice = { ...this.choice, cameraId: this.cameraSelect.value };
      void this.open();
    });
    this.micSelect.addEventListener('change', () => {
      this.choice = { ...this.choice, micId: this.micSelect.value };
      void this.open();
    });
    q(root, '[data-media-retry]').addEventListener('click', () => void this.open());
    this.join.addEventListener('click', () => void this.onJoinClick());
    // The level meter's audio may only start after the person touches the page.
    root.addEventListener('pointerdown', () => this.meter?.resume(), { passive: true });
  }

  /** Opens the camera and microphone (again, after a change or a fix). */
  async open() {
    const attempt = ++this.opening;
    this.setBusy('Starting your camera…');
    this.error.hidden = true;
    this.stopPreview();
    let stream: MediaStream;
    try {
      stream = await openLocalMedia(this.choice);
    } catch (error) {
      if (attempt !== this.opening) return;
      this.showProblem(classifyMediaError(error));
      return;
    }
    if (attempt !== this.opening) {
      stopStream(stream);
      return;
    }
    this.stream = stream;
    this.video.srcObject = stream;
    void this.video.play().catch(() => undefined);
    this.overlay.hidden = true;
    this.deviceControls.hidden = false;
    this.micLevel.hidden = false;
    this.meter = new LevelMeter(stream, (level) => this.showLevel(level));
    this.choice = {
      cameraId: deviceIdOf(stream.getVideoTracks()[0]),
      micId: deviceIdOf(stream.getAudioTracks()[0]),
    };
    await this.fillDeviceLists();
    this.join.disabled = false;
    this.joinHint.textContent = 'Your camera and microphone are ready.';
  }

  /** Stops the preview (leaving the page, or handing the stream to the call). */
  dispose({ keepStream = false }: { keepStream?: boolean } = {}) {
    this.opening++;
    this.meter?.stop();
    this.meter = null;
    if (!keepStream) stopStream(this.stream);
    this.stream = null;
    this.video.srcObject = null;
  }

  private async onJoinClick() {
    const stream = this.stream;
    if (!stream || this.joining) return;
    this.joining = true;
    this.setJoinBusy(true);
    rememberDevices(this.choice);
    try {
      this.meter?.stop();
      this.meter = null;
      await this.options.onJoin(stream);
      // The call owns the stream now.
      this.stream = null;
      this.video.srcObject = null;
    } finally {
      this.joining = false;
      this.setJoinBusy(false);
    }
  }

  private setJoinBusy(busy: boolean) {
    this.join.disabled = busy || !this.stream;
    q(this.join, '[data-join-spinner]').hidden = !busy;
    q(this.join, '[data-join-label]').textContent = busy ? 'Joining…' : 'Join consultation';
  }

  private stopPreview() {
    this.meter?.stop();
    this.meter = null;
    stopStream(this.stream);
    this.stream = null;
    this.video.srcObject = null;
    this.join.disabled = true;
    this.showLevel(0);
  }

  private setBusy(text: string) {
    this.overlay.hidden = false;
    replaceChildren(this.overlayText, h('span', { class: 'spinner size-4', 'aria-hidden': 'true' }), text);
    this.joinHint.textContent = 'Checking your camera and microphone…';
  }

  private showProblem(problem: MediaProblem) {
    const { heading, text, steps } = advice(problem);
    this.error.dataset.problem = problem;
    q(this.error, '[data-media-error-heading]').textContent = heading;
    q(this.error, '[data-media-error-text]').textContent = text;
    replaceChildren(
      q(this.error, '[data-media-error-steps]'),
      steps.map((step) => h('li', { text: step })),
    );
    this.error.hidden = false;
    // Choosing devices means nothing until the browser allows them.
    this.deviceControls.hidden = true;
    this.micLevel.hidden = true;
    this.overlay.hidden = false;
    replaceChildren(this.overlayText, h('span', { class: 'max-w-60', text: heading }));
    this.join.disabled = true;
    this.joinHint.textContent = 'Allow the camera and microphone to join the consultation.';
  }

  private showLevel(level: number) {
    const percent = Math.round(level * 100);
    if (percent === this.lastLevel) return;
    this.lastLevel = percent;
    this.meterBar.style.transform = `scaleX(${level})`;
    this.meterEl.dataset.level = String(percent);
    this.meterEl.setAttribute('aria-valuenow', String(percent));
  }

  private async fillDeviceLists() {
    let lists: Awaited<ReturnType<typeof listDevices>>;
    try {
      lists = await listDevices();
    } catch {
      return;
    }
    const fill = (
      select: HTMLSelectElement,
      devices: MediaDeviceInfo[],
      current: string | undefined,
      noun: string,
    ) => {
      replaceChildren(
        select,
        devices.map((d, i) =>
          h('option', {
            value: d.deviceId,
            text: d.label || `${noun} ${i + 1}`,
            selected: d.deviceId === current,
          }),
        ),
      );
      select.disabled = devices.length < 2;
    };
    fill(this.cameraSelect, lists.cameras, this.choice.cameraId, 'Camera');
    fill(this.micSelect, lists.mics, this.choice.micId, 'Microphone');
  }
}
