/**
 * Speech to text. Deepgram pre-recorded (model from config, nova-3-medical by default) when a key is
 * configured; otherwise the offline transcriber, which performs NO speech recognition and says so in
 * the transcript, so nobody mistakes it for a real one.
 *
 * The doctor's browser records a stereo file: the doctor's microphone on the left channel, the
 * patient's audio on the right. With `multichannel`, Deepgram's utterances carry their channel, which
 * labels them Doctor / Patient exactly; a mono file falls back to diarized "Speaker 1 / 2".
 */
import { config } from '../core/config.ts';
import { secret } from '../core/secrets.ts';
import { PipelineError, TransientError } from './errors.ts';

export interface Utterance {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

export interface TranscriptResult {
  provider: 'deepgram' | 'offline';
  text: string;
  utterances: Utterance[];
  language: string | null;
  durationSec: number;
}

export const OFFLINE_NOTICE =
  'Offline transcriber: no speech recognition was performed. This local setup has no Deepgram key, so this text only records that the consultation audio was received.';

export function offlineTranscript(durationSec: number, chunks: number): TranscriptResult {
  const text = `${OFFLINE_NOTICE} Audio received: ${Math.round(durationSec)} seconds in ${chunks} chunk${chunks === 1 ? '' : 's'}. Set DEEPGRAM_API_KEY to get a real transcript.`;
  return {
    provider: 'offline',
    text,
    utterances: [{ speaker: 'System', start: 0, end: durationSec, text }],
    language: null,
    durationSec,
  };
}

interface DeepgramUtterance {
  start: number;
  end: number;
  transcript: string;
  channel?: number;
  speaker?: number;
}

interface DeepgramResponse {
  metadata?: { duration?: number; channels?: number };
  results?: {
    channels?: { alternatives?: { transcript?: string }[]; detected_language?: string }[];
    utterances?: DeepgramUtterance[];
  };
}

/** Maps Deepgram's documented response to our transcript shape. */
export function fromDeepgram(response: DeepgramResponse): TranscriptResult {
  const channels = response.metadata?.channels ?? response.results?.channels?.length ?? 1;
  const label = (u: DeepgramUtterance) =>
    channels >= 2 ? (u.channel === 1 ? 'Patient' : 'Doctor') : `Speaker ${(u.speaker ?? 0) + 1}`;
  const utterances = (response.results?.utterances ?? [])
    .map((u) => ({ speaker: label(u), start: round(u.start), end: round(u.end), text: u.transcript.trim() }))
    .filter((u) => u.text)
    .sort((a, b) => a.start - b.start);
  const text = utterances.length
    ? utterances.map((u) => `${u.speaker}: ${u.text}`).join('\n')
    : (response.results?.channels ?? [])
        .map((c) => c.alternatives?.[0]?.transcript ?? '')
        .join('\n')
        .trim();
  return {
    provider: 'deepgram',
    text,
    utterances,
    language: response.results?.channels?.[0]?.detected_language ?? null,
    durationSec: round(response.metadata?.duration ?? utterances.at(-1)?.end ?? 0),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function transcribe(
  audio: Buffer,
  fallback: { durationSec: number; chunks: number },
): Promise<TranscriptResult> {
  const apiKey = await secret('DEEPGRAM_API_KEY');
  if (config().TRANSCRIBER === 'offline' || !apiKey)
    return offlineTranscript(fallback.durationSec, fallback.chunks);
  // Deepgram's pre-recorded API (POST /v1/listen, https://developers.deepgram.com/reference/listen-file)
  // is one request: the audio as the body, the options in the query. Through `fetch` rather than the
  // SDK, which with its WebSocket client was a fifth of this function's bundle.
  const query = new URLSearchParams({
    model: config().DEEPGRAM_MODEL,
    diarize: 'true',
    multichannel: 'true',
    punctuate: 'true',
    utterances: 'true',
    smart_format: 'true',
    detect_language: 'true',
  });
  let response: Response;
  try {
    response = await fetch(`${config().DEEPGRAM_API_BASE || DEEPGRAM_API}/v1/listen?${query}`, {
      method: 'POST',
      headers: { authorization: `Token ${apiKey}`, 'content-type': 'application/octet-stream' },
      // A view of the audio, not a copy: a whole consultation is megabytes.
      body: new Uint8Array(audio.buffer as ArrayBuffer, audio.byteOffset, audio.byteLength),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // Our timeout and network failures are worth retrying.
    if ((error as Error).name === 'TimeoutError') throw new TransientError('Deepgram timed out');
    throw new TransientError(`Deepgram request failed: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => undefined)) as
    | (DeepgramResponse & { err_msg?: string; reason?: string })
    | undefined;
  // Deepgram's 429 and 5xx are worth retrying; anything else will not get better.
  if (response.status === 429 || response.status >= 500)
    throw new TransientError(`Deepgram answered ${response.status}`);
  if (!response.ok)
    throw new PipelineError(
      `Deepgram refused the audio (${response.status}): ${body?.err_msg ?? body?.reason ?? response.statusText}`,
    );
  if (!body) throw new TransientError('Deepgram answered 200 without a readable body');
  return fromDeepgram(body);
}

const DEEPGRAM_API = 'https://api.deepgram.com';
/** As the SDK was set up (240 s): a whole consultation takes Deepgram a while; inside the step's 5-minute timeout. */
const TIMEOUT_MS = 240_000;
