/**
 * The state machine file CDK deploys, run as the local twin runs it (aws-local-stepfunctions, handlers
 * keyed by state name), so the deployed definition and the local pipeline cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { StateMachine } from 'aws-local-stepfunctions';
import { describe, expect, it } from 'vitest';
import { TRANSCRIPTION_ASL_PATH } from '../../lib/stacks/pipeline-stack.ts';

const tasks = [
  'MarkProcessing',
  'Assemble',
  'Transcribe',
  'SaveTranscript',
  'EmailBoth',
  'MarkCompleted',
  'DeleteAudio',
  'MarkFailed',
] as const;
type Task = (typeof tasks)[number];
type TaskInput = { step: string; input: Record<string, unknown> };

const stateMachine = new StateMachine(JSON.parse(readFileSync(TRANSCRIPTION_ASL_PATH, 'utf8')));

function failure(name: string): Error {
  const error = new Error(`${name} from a test`);
  error.name = name;
  return error;
}

/** Runs one execution; `failing` makes a task throw the given error on every attempt. */
async function run(failing: Partial<Record<Task, string>> = {}) {
  const calls: TaskInput[] = [];
  const handlers = Object.fromEntries(
    tasks.map((task) => [
      task,
      async (input: unknown) => {
        calls.push(input as TaskInput);
        const error = failing[task];
        if (error) throw failure(error);
        return { done: task };
      },
    ]),
  );
  const execution = stateMachine.run(
    { appointmentId: 'appointment-1' },
    {
      overrides: {
        taskResourceLocalHandlers: handlers,
        retryIntervalOverrides: Object.fromEntries(tasks.map((task) => [task, 0])),
      },
    },
  );
  const outcome = await execution.result.then(
    (output: unknown) => ({ output: output as Record<string, unknown>, error: undefined }),
    (error: Error) => ({ output: undefined, error }),
  );
  return { ...outcome, steps: calls.map((call) => call.step), calls };
}

describe('transcription state machine (as the local twin runs it)', () => {
  it('runs every step in order, each seeing the results so far under the step names', async () => {
    const { output, steps, calls } = await run();
    expect(steps).toEqual(tasks.filter((task) => task !== 'MarkFailed'));
    expect(Object.keys(calls.at(-1)!.input)).toEqual(['appointmentId', ...steps.slice(0, -1)]);
    expect(output).toMatchObject({ appointmentId: 'appointment-1', DeleteAudio: { done: 'DeleteAudio' } });
  });

  it('retries a transient error four times, then records the failure in MarkFailed', async () => {
    const { error, steps, calls } = await run({ Transcribe: 'TransientError' });
    expect(steps).toEqual(['MarkProcessing', 'Assemble', ...Array(5).fill('Transcribe'), 'MarkFailed']);
    expect(calls.at(-1)!.input.error).toMatchObject({ Error: 'TransientError' });
    expect(error?.message).toMatch(/MarkFailed recorded the error/);
  });

  it('does not retry a permanent error', async () => {
    const { steps } = await run({ SaveTranscript: 'ValidationError' });
    expect(steps.filter((step) => step === 'SaveTranscript')).toHaveLength(1);
    expect(steps.at(-1)).toBe('MarkFailed');
  });

  it('leaves a delivered transcript alone when only deleting the audio fails', async () => {
    const { error, steps } = await run({ DeleteAudio: 'AccessDenied' });
    expect(steps).not.toContain('MarkFailed');
    expect(error?.message).toMatch(/lifecycle rule will expire it/);
  });
});
