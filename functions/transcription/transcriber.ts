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
  // Loaded here, not at import: only the Transcribe step with a real key needs the SDK, and the other
  // steps of the same function should not evaluate it at cold start.
  const { DeepgramClient, DeepgramError, DeepgramTimeoutError } = await import('@deepgram/sdk');
  const client = new DeepgramClient({
    apiKey,
    baseUrl: config().DEEPGRAM_API_BASE,
    maxRetries: 0,
    timeoutInSeconds: 240,
  });
  try {
    const response = await client.listen.v1.media.transcribeFile(audio, {
      model: config().DEEPGRAM_MODEL,
      diarize: true,
      multichannel: true,
      punctuate: true,
      utterances: true,
      smart_format: true,
      detect_language: true,
    } as never);
    return fromDeepgram(response as unknown as DeepgramResponse);
  } catch (error) {
    // Deepgram's 429 and 5xx and our timeouts are worth retrying; anything else will not get better.
    if (error instanceof DeepgramTimeoutError) throw new TransientError('Deepgram timed out');
    if (error instanceof DeepgramError) {
      const status = error.statusCode ?? 0;
      if (status === 429 || status >= 500 || status === 0)
        throw new TransientError(`Deepgram answered ${status || 'with a network error'}`);
      const body = error.body as { err_msg?: string; reason?: string } | undefined;
      throw new PipelineError(
        `Deepgram refused the audio (${status}): ${body?.err_msg ?? body?.reason ?? error.message}`,
      );
    }
    throw new TransientError(`Deepgram request failed: ${(error as Error).message}`);
  }
}
