import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readableError } from '../../functions/transcription/pipeline.ts';
import {
  fromDeepgram,
  OFFLINE_NOTICE,
  offlineTranscript,
} from '../../functions/transcription/transcriber.ts';
import { deepgramResponse } from '../helpers/fake-deepgram.ts';
import { setUnitEnv } from '../helpers/unit-env.ts';

describe('Deepgram results', () => {
  it('labels the stereo recording’s channels Doctor (left) and Patient (right), in time order', () => {
    const t = fromDeepgram(deepgramResponse(2));
    expect(t.utterances.map((u) => `${u.speaker}: ${u.text}`)).toEqual([
      'Doctor: Hello Arjun, how are you feeling today?',
      'Patient: I have had a dry cough for a week.',
      'Doctor: Any fever?',
      'Patient: No fever.',
    ]);
    expect(t).toMatchObject({ provider: 'deepgram', language: 'en', durationSec: 42.5 });
  });

  it('falls back to diarized speakers for a mono file', () => {
    const t = fromDeepgram(deepgramResponse(1));
    expect(new Set(t.utterances.map((u) => u.speaker))).toEqual(new Set(['Speaker 1']));
  });

  it('has an offline transcriber that never pretends to be speech recognition', () => {
    const t = offlineTranscript(65, 3);
    expect(t.text.startsWith(OFFLINE_NOTICE)).toBe(true);
    expect(t.text).toContain('no speech recognition was performed');
    expect(t.text).toContain('65 seconds in 3 chunks');
  });
});

describe('failure reasons', () => {
  it('reads the message out of a Lambda error cause, and names unexpected error types', () => {
    expect(
      readableError({
        Error: 'PipelineError',
        Cause: JSON.stringify({ errorType: 'PipelineError', errorMessage: 'Audio chunk 2 of 3 is missing.' }),
      }),
    ).toBe('Audio chunk 2 of 3 is missing.');
    expect(readableError({ Error: 'States.Timeout', Cause: '' })).toBe(
      'States.Timeout: The transcription failed.',
    );
  });
});

describe('emailing the transcript', () => {
  const ses = mockClient(SESv2Client);

  beforeAll(() => {
    setUnitEnv();
  });
  afterEach(() => ses.reset());

  it('turns SES throttling into ThrottlingError and other failures into TransientError (both retried)', async () => {
    const { sendForPipeline } = await import('../../functions/transcription/emails.ts');
    const content = { subject: 'Transcript', paragraphs: ['hello'] };
    ses
      .on(SendEmailCommand)
      .rejectsOnce(
        Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'TooManyRequestsException' }),
      );
    await expect(sendForPipeline('p@example.in', 'en', content)).rejects.toMatchObject({
      name: 'ThrottlingError',
    });
    // The SDK itself retries network errors; this one persists past its attempts.
    ses.on(SendEmailCommand).rejects(Object.assign(new Error('socket hang up'), { name: 'Error' }));
    await expect(sendForPipeline('p@example.in', 'en', content)).rejects.toMatchObject({
      name: 'TransientError',
    });
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    await expect(sendForPipeline('p@example.in', 'en', content)).resolves.toBeUndefined();
    expect(ses.commandCalls(SendEmailCommand).at(-1)!.args[0].input.Destination?.ToAddresses).toEqual([
      'p@example.in',
    ]);
  });
});
