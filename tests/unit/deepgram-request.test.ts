import { DeepgramClient } from '@deepgram/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transcribe } from '../../functions/transcription/transcriber.ts';
import { FAKE_DEEPGRAM_KEY, startFakeDeepgram } from '../helpers/fake-deepgram.ts';
import { setUnitEnv } from '../helpers/unit-env.ts';

// The transcriber calls Deepgram's REST API with fetch instead of the SDK (the SDK was a fifth of the
// function's bundle). The official SDK stays a dev dependency for this one check: both must send
// Deepgram the same request (path, options, authorization, audio), so the SDK's way remains the reference.
describe('the transcriber asks Deepgram exactly what the official SDK asks', () => {
  const model = 'nova-3-medical';
  let fake: Awaited<ReturnType<typeof startFakeDeepgram>>;
  const received = async () =>
    (await (await fetch(`${fake.url}/__requests`)).json()) as {
      query: string;
      bytes: number;
      auth: string;
    }[];

  beforeAll(async () => {
    fake = await startFakeDeepgram();
    setUnitEnv({
      DEEPGRAM_MODEL: model,
      TRANSCRIBER: 'deepgram',
      DEEPGRAM_API_KEY: FAKE_DEEPGRAM_KEY,
      DEEPGRAM_API_BASE: fake.url,
    });
  });
  afterAll(() => fake.stop());

  it('same path, options, authorization and audio bytes', async () => {
    const audio = Buffer.from('RIFF-fake-opus-audio-0123456789');
    const sdk = new DeepgramClient({ apiKey: FAKE_DEEPGRAM_KEY, baseUrl: fake.url, maxRetries: 0 });
    await sdk.listen.v1.media.transcribeFile(audio, {
      model,
      diarize: true,
      multichannel: true,
      punctuate: true,
      utterances: true,
      smart_format: true,
      detect_language: true,
    } as never);
    const ours = await transcribe(audio, { durationSec: 1, chunks: 1 });
    expect(ours.provider).toBe('deepgram');

    const requests = await received();
    expect(requests).toHaveLength(2);
    const [bySdk, byUs] = requests.map((r) => ({
      ...r,
      options: Object.fromEntries([...new URLSearchParams(r.query)].sort()),
    }));
    expect(byUs?.options).toEqual(bySdk?.options);
    expect(byUs?.auth).toBe(bySdk?.auth);
    expect([bySdk?.bytes, byUs?.bytes]).toEqual([audio.length, audio.length]);
  });
});
