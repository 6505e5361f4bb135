/**
 * Recording the consultation in the doctor's browser, for the transcript:
 *
 * - Both voices go into ONE stereo stream with Web Audio: the doctor's microphone on the LEFT
 *   channel, the patient's (remote) audio on the RIGHT (a 2-input ChannelMergerNode into a
 *   MediaStreamAudioDestinationNode). The transcriber labels speakers by channel.
 * - MediaRecorder (audio/webm;codecs=opus) cuts it into chunks every `timesliceMs` (30 s); each chunk
 *   is uploaded straight to the bucket with a presigned POST, strictly in order, one at a time, and
 *   retried with backoff until it is stored: a sequence number is never skipped. A crashed browser
 *   loses at most the chunk it was recording (the server's sweeper closes the recording).
 * - WebM from MediaRecorder has no duration header, so the duration is the recorder's elapsed time.
 * - When the patient's audio track is replaced (they reloaded), the new track is wired into the same
 *   mixer input: the recorder never restarts.
 * - Ending: stop the recorder, wait for the last chunk to be stored, then POST finish with the
 *   duration; that writes the marker that starts the transcription pipeline.
 */
import { signal } from '@preact/signals';
import type { RecordingChunkPermit } from '../../../../functions/contract/api.ts';
import { m } from '../../paraglide/messages.js';
import { ApiError, api, errorText } from '../client.ts';

export const RECORDING_MIME = 'audio/webm;codecs=opus';
/** The type the presigned POST requires for every chunk. */
const CHUNK_TYPE = 'audio/webm';

/** The recording endpoints of one appointment. */
export function recordingApi(appointmentId: string) {
  const params = { id: appointmentId };
  return {
    presign: (seq: number, recordingId: string | undefined) =>
      api.call('presignRecordingChunk', { params, body: { seq, ...(recordingId ? { recordingId } : {}) } }),
    /** Straight to the bucket, with the presigned POST's fields. */
    async upload(chunk: RecordingChunkPermit, blob: Blob) {
      const form = new FormData();
      for (const [name, value] of Object.entries(chunk.fields)) form.append(name, value);
      form.append('file', new Blob([blob], { type: CHUNK_TYPE }));
      const res = await fetch(chunk.url, { method: 'POST', body: form }).catch(() => {
        throw new ApiError(0, 'network_error', m.room_rec_upload_network());
      });
      if (!res.ok) throw new ApiError(res.status, `storage_${res.status}`, m.room_rec_upload_refused());
    },
    finish: (recordingId: string, durationMs: number, keepalive = false) =>
      api.call(
        'finishRecording',
        { params: { ...params, recordingId }, body: { durationMs } },
        keepalive ? { keepalive } : undefined,
      ),
    setRecordingEnabled: (enabled: boolean) =>
      api.call('updateAppointment', { params, body: { recordingEnabled: enabled } }),
  };
}

export type RecordingApi = ReturnType<typeof recordingApi>;

/** Errors after which retrying the same chunk cannot help. */
const isFatal = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 404 ||
    error.status === 403 ||
    (error.status === 409 && error.code !== 'recording_changed'));

const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 15_000;

/**
 * Uploads chunks in order, one at a time. A chunk is retried (with backoff) until it is stored; only a
 * fatal answer (recording turned off, closed, gone) stops the queue, and then nothing after it is sent.
 */
export class ChunkQueue {
  /** The server's recording, once the first chunk created it. */
  recordingId: string | undefined;
  /** Why the queue stopped for good. */
  failed: ApiError | null = null;
  /** Takes nothing more: what the recorder still hands over is dropped (consent withdrawn before any upload). */
  discarded = false;
  private chain: Promise<void> = Promise.resolve();
  private nextSeq = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private wake: (() => void) | null = null;

  constructor(
    private readonly backend: RecordingApi,
    private readonly onProblem: (error: ApiError | null) => void,
  ) {}

  /** Whether a chunk was handed over yet (a recording exists, or is being created, on the server). */
  get started() {
    return this.nextSeq > 0;
  }

  push(blob: Blob) {
    if (!blob.size || this.failed || this.discarded) return;
    const seq = this.nextSeq++;
    this.chain = this.chain.then(() => this.uploadWithRetry(seq, blob));
  }

  /** Resolves when every chunk pushed so far is stored (or the queue failed for good). */
  drained(): Promise<void> {
    return this.chain;
  }

  /** Retry the waiting chunk now (the browser came back online). */
  retryNow() {
    clearTimeout(this.retryTimer);
    this.wake?.();
  }

  private async uploadWithRetry(seq: number, blob: Blob) {
    for (let attempt = 0; !this.failed; attempt++) {
      try {
        const chunk = await this.backend.presign(seq, this.recordingId);
        this.recordingId = chunk.recordingId;
        await this.backend.upload(chunk, blob);
        if (attempt) this.onProblem(null);
        return;
      } catch (error) {
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, 'upload_failed', 'The upload failed.');
        if (isFatal(apiError)) {
          this.failed = apiError;
          this.onProblem(apiError);
          return;
        }
        this.onProblem(apiError);
        const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt);
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          this.retryTimer = setTimeout(resolve, delay);
        });
        this.wake = null;
      }
    }
  }
}

/** True when this browser can record what the transcript needs. */
export const canRecord = () =>
  typeof MediaRecorder !== 'undefined' &&
  MediaRecorder.isTypeSupported(RECORDING_MIME) &&
  typeof AudioContext !== 'undefined';

/** The stereo mix (doctor left, patient right) recorded into chunks. */
export class StereoRecorder {
  private readonly merger: ChannelMergerNode;
  private readonly destination: MediaStreamAudioDestinationNode;
  private readonly micSource: MediaStreamAudioSourceNode;
  private remoteSource: MediaStreamAudioSourceNode | null = null;
  private remoteTrack: MediaStreamTrack | null = null;
  private readonly recorder: MediaRecorder;
  private startedAt = 0;
  private stoppedAt = 0;

  constructor(
    private readonly context: AudioContext,
    mic: MediaStreamTrack,
    onChunk: (blob: Blob) => void,
  ) {
    this.merger = context.createChannelMerger(2);
    this.destination = context.createMediaStreamDestination();
    this.destination.channelCount = 2;
    this.destination.channelCountMode = 'explicit';
    this.merger.connect(this.destination);
    this.micSource = context.createMediaStreamSource(new MediaStream([mic]));
    this.micSource.connect(this.merger, 0, 0);
    this.recorder = new MediaRecorder(this.destination.stream, {
      mimeType: RECORDING_MIME,
      audioBitsPerSecond: 64_000,
    });
    this.recorder.addEventListener('dataavailable', (event) => onChunk(event.data));
  }

  /** Wires (or re-wires) the patient's audio into the right channel. */
  setRemoteTrack(track: MediaStreamTrack | null) {
    if (track === this.remoteTrack) return;
    this.remoteSource?.disconnect();
    this.remoteSource = null;
    this.remoteTrack = track;
    if (!track || track.readyState === 'ended') return;
    this.remoteSource = this.context.createMediaStreamSource(new MediaStream([track]));
    this.remoteSource.connect(this.merger, 0, 1);
  }

  start(timesliceMs: number) {
    if (this.recorder.state !== 'inactive') return;
    void this.context.resume().catch(() => undefined);
    this.recorder.start(timesliceMs);
    this.startedAt = performance.now();
  }

  get recording() {
    return this.recorder.state === 'recording';
  }

  /** Milliseconds recorded so far (or in total, once stopped). */
  get durationMs() {
    if (!this.startedAt) return 0;
    return Math.round((this.stoppedAt || performance.now()) - this.startedAt);
  }

  /** Stops; resolves after the last chunk was handed over (MediaRecorder fires it before `stop`). */
  async stop(): Promise<number> {
    if (this.recorder.state !== 'inactive') {
      const stopped = new Promise<void>((resolve) =>
        this.recorder.addEventListener('stop', () => resolve(), { once: true }),
      );
      this.recorder.stop();
      this.stoppedAt = performance.now();
      await stopped;
    }
    this.micSource.disconnect();
    this.remoteSource?.disconnect();
    this.merger.disconnect();
    return this.durationMs;
  }
}

export type RecordingState = 'off' | 'starting' | 'on' | 'saving' | 'saved' | 'error';

export interface RecordingStatus {
  state: RecordingState;
  /** Why it is in `error`, or a transient upload problem while `on`. */
  problem: string | null;
}

/**
 * One visit's recording: started when the call connects (if the appointment allows it), turned off
 * and on by the doctor, and saved when the call ends. Its `status` is a signal the room renders.
 */
export class RecordingController {
  readonly status = signal<RecordingStatus>({ state: 'off', problem: null });
  private recorder: StereoRecorder | null = null;
  private queue: ChunkQueue | null = null;
  private remoteTrack: MediaStreamTrack | null = null;
  private busy: Promise<void> = Promise.resolve();
  /** The appointment's setting (recording on for this visit). */
  enabled: boolean;
  /** Whether the patient agreed to recording. */
  consented: boolean;

  constructor(
    private readonly options: {
      backend: RecordingApi;
      context: AudioContext;
      mic: MediaStreamTrack;
      timesliceMs: number;
      enabled: boolean;
      consented: boolean;
    },
  ) {
    this.enabled = options.enabled;
    this.consented = options.consented;
    window.addEventListener('online', () => this.queue?.retryNow());
  }

  /**
   * The patient agreed (the room starts recording once the call is connected) or someone withdrew. On a
   * withdrawal a recording that is uploading sends its tail (the chunk being captured, which the server
   * still takes) and is closed; one that has uploaded nothing yet is dropped, so none of it leaves.
   */
  setConsent(given: boolean): Promise<void> {
    this.consented = given;
    if (given) return this.busy;
    this.busy = this.busy.then(() => (this.queue?.started ? this.saveCurrent() : this.discardCurrent()));
    return this.busy;
  }

  private async discardCurrent() {
    const recorder = this.recorder;
    if (this.queue) this.queue.discarded = true;
    this.recorder = null;
    this.queue = null;
    if (!recorder) return;
    await recorder.stop().catch(() => undefined);
    this.setStatus({ state: 'off', problem: null });
  }

  get active() {
    return this.recorder !== null;
  }

  /** The patient's audio (again, after they reloaded). */
  setRemoteTrack(track: MediaStreamTrack | null) {
    this.remoteTrack = track;
    this.recorder?.setRemoteTrack(track);
  }

  /** Starts recording if the appointment allows it and nothing is recording yet. */
  start() {
    if (!this.enabled || !this.consented || this.recorder || !canRecord()) return;
    const queue = new ChunkQueue(this.options.backend, (problem) => this.onUploadProblem(problem));
    this.queue = queue;
    this.recorder = new StereoRecorder(this.options.context, this.options.mic, (blob) => queue.push(blob));
    this.recorder.setRemoteTrack(this.remoteTrack);
    this.recorder.start(this.options.timesliceMs);
    this.setStatus({ state: 'on', problem: null });
  }

  /** Stops, uploads what is left and closes the recording. Safe to call more than once. */
  stopAndSave(): Promise<void> {
    this.busy = this.busy.then(() => this.saveCurrent());
    return this.busy;
  }

  /** The doctor's switch: off saves what was recorded and turns recording off for this visit. */
  setEnabled(on: boolean): Promise<void> {
    this.busy = this.busy.then(async () => {
      if (on === this.enabled) return;
      if (on) {
        this.setStatus({ state: 'starting', problem: null });
        try {
          await this.options.backend.setRecordingEnabled(true);
        } catch (error) {
          this.setStatus({ state: 'off', problem: messageOf(error) });
          throw error;
        }
        this.enabled = true;
        // The room starts it when the call is connected (it may be waiting for the patient).
        this.setStatus({ state: 'off', problem: null });
        return;
      }
      await this.saveCurrent();
      try {
        await this.options.backend.setRecordingEnabled(false);
      } catch (error) {
        this.setStatus({ state: this.status.value.state, problem: messageOf(error) });
        throw error;
      }
      this.enabled = false;
      this.setStatus({ state: 'off', problem: null });
    });
    return this.busy;
  }

  /**
   * The page is going away without "End call" (tab closed, reload): close the recording with what
   * reached the bucket, so the transcript does not wait for the sweeper. Best effort, no waiting.
   */
  abandon() {
    const recorder = this.recorder;
    const recordingId = this.queue?.recordingId;
    this.recorder = null;
    this.queue = null;
    if (!recorder) return;
    void recorder.stop().catch(() => undefined);
    if (recordingId)
      void this.options.backend.finish(recordingId, recorder.durationMs, true).catch(() => undefined);
  }

  private async saveCurrent() {
    const recorder = this.recorder;
    const queue = this.queue;
    if (!recorder || !queue) return;
    this.recorder = null;
    this.queue = null;
    this.setStatus({ state: 'saving', problem: null });
    const durationMs = await recorder.stop();
    await queue.drained();
    if (queue.failed || !queue.recordingId) {
      this.setStatus({
        state: queue.failed ? 'error' : 'off',
        problem: queue.failed ? queue.failed.message : null,
      });
      return;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await this.options.backend.finish(queue.recordingId, durationMs);
        this.setStatus({ state: 'saved', problem: null });
        return;
      } catch (error) {
        if (isFatal(error) || attempt >= 4) {
          this.setStatus({ state: 'error', problem: messageOf(error) });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_MS * 2 ** attempt));
      }
    }
  }

  private onUploadProblem(problem: ApiError | null) {
    if (this.queue?.failed) {
      this.recorder?.stop().catch(() => undefined);
      this.recorder = null;
      this.setStatus({ state: 'error', problem: this.queue.failed.message });
      return;
    }
    if (this.status.value.state === 'on')
      this.setStatus({ state: 'on', problem: problem ? problem.message : null });
  }

  private setStatus(status: RecordingStatus) {
    this.status.value = status;
  }
}

const messageOf = (error: unknown) => errorText(error, m.room_rec_problem());
