/**
 * A local server speaking Deepgram's documented pre-recorded API (POST /v1/listen, Token auth,
 * diarized multichannel utterances). Tests program failures over HTTP:
 *   POST /__program { "statuses": [500, 500] }   → the next two requests fail, then success resumes
 *   GET  /__requests                             → what was received (query and byte counts)
 */
import { createServer, type Server } from 'node:http';

export const FAKE_DEEPGRAM_KEY = 'dg-test-key';

export const deepgramResponse = (channels = 2) => ({
  metadata: {
    transaction_key: 'deprecated',
    request_id: '8c9a4c1b-3f4e-4a52-9a61-000000000000',
    sha256: '0'.repeat(64),
    created: new Date().toISOString(),
    duration: 42.5,
    channels,
    models: ['1abfe86b-e047-4eed-858a-35e5625b41ee'],
  },
  results: {
    channels: [
      {
        alternatives: [
          { transcript: 'Hello Arjun, how are you feeling today? Any fever?', confidence: 0.98 },
        ],
        detected_language: 'en',
        language_confidence: 0.97,
      },
      {
        alternatives: [{ transcript: 'I have had a dry cough for a week. No fever.', confidence: 0.96 }],
        detected_language: 'en',
        language_confidence: 0.97,
      },
    ].slice(0, channels),
    utterances: [
      {
        start: 0.48,
        end: 3.1,
        confidence: 0.98,
        channel: 0,
        transcript: 'Hello Arjun, how are you feeling today?',
        speaker: 0,
        id: 'u1',
        words: [],
      },
      {
        start: 3.6,
        end: 6.9,
        confidence: 0.96,
        channel: 1,
        transcript: 'I have had a dry cough for a week.',
        speaker: 0,
        id: 'u2',
        words: [],
      },
      {
        start: 7.2,
        end: 8.0,
        confidence: 0.97,
        channel: 0,
        transcript: 'Any fever?',
        speaker: 0,
        id: 'u3',
        words: [],
      },
      {
        start: 8.4,
        end: 9.1,
        confidence: 0.95,
        channel: 1,
        transcript: 'No fever.',
        speaker: 0,
        id: 'u4',
        words: [],
      },
    ].filter((u) => u.channel < channels),
  },
});

export async function startFakeDeepgram(): Promise<{ url: string; stop(): Promise<void> }> {
  let statuses: number[] = [];
  const requests: { query: string; bytes: number; auth: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/__program') {
        statuses = JSON.parse(Buffer.concat(chunks).toString() || '{}').statuses ?? [];
        return json(200, { ok: true });
      }
      if (url.pathname === '/__requests') return json(200, requests);
      if (req.method !== 'POST' || url.pathname !== '/v1/listen')
        return json(404, { err_code: 'NOT_FOUND', err_msg: 'Not found' });
      requests.push({
        query: url.search,
        bytes: Buffer.concat(chunks).length,
        auth: req.headers.authorization,
      });
      if (req.headers.authorization !== `Token ${FAKE_DEEPGRAM_KEY}`) {
        return json(401, { err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.', request_id: 'r' });
      }
      const status = statuses.shift() ?? 200;
      if (status === 400)
        return json(400, {
          err_code: 'Bad Request',
          err_msg: 'Bad Request: failed to process audio: corrupt or unsupported data',
          request_id: 'r',
        });
      if (status !== 200)
        return json(status, {
          err_code: 'INTERNAL_SERVER_ERROR',
          err_msg: 'We had a problem processing your request.',
          request_id: 'r',
        });
      return json(200, deepgramResponse(url.searchParams.get('multichannel') === 'true' ? 2 : 1));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
