/**
 * Step Functions for the local twin: a small server that answers the StartExecution and
 * DescribeExecution calls of @aws-sdk/client-sfn (JSON 1.0 protocol) and runs THE state machine file
 * with aws-local-stepfunctions, each task state calling the real steps handler by its state name.
 * Execution names are unique, as in AWS, so a duplicate start is refused with ExecutionAlreadyExists.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';
import { transcriptionDefinition } from '../functions.ts';

type StepHandler = (event: { step: string; input: unknown }) => Promise<unknown>;

interface Execution {
  executionArn: string;
  name: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  startDate: number;
  stopDate?: number;
  done: Promise<void>;
}

export interface LocalStepFunctions {
  endpoint: string;
  stateMachineArn: string;
  executions: Map<string, Execution>;
  /** Resolves when every execution started so far has finished (tests and benchmarks wait on it). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStepFunctions(options: {
  port: number;
  root: string;
  loadSteps: () => Promise<StepHandler>;
  /** Scales the definition's retry waits (1 = as written; tests use less). */
  retryScale?: number;
}): Promise<LocalStepFunctions> {
  const definition = JSON.parse(readFileSync(join(options.root, transcriptionDefinition), 'utf8'));
  const scale = options.retryScale ?? 1;
  // THE file is validated as written. The library's retryIntervalOverrides hold one wait per retrier
  // (not per attempt), which would flatten the backoff; scaling IntervalSeconds keeps its shape.
  let machine = new StateMachine(definition);
  if (scale !== 1) {
    const scaled = structuredClone(definition);
    const states = Object.values(scaled.States as Record<string, { Retry?: { IntervalSeconds?: number }[] }>);
    for (const state of states)
      for (const retrier of state.Retry ?? [])
        retrier.IntervalSeconds = (retrier.IntervalSeconds ?? 1) * scale;
    machine = new StateMachine(scaled, { validationOptions: { noValidate: true } });
  }
  const stateMachineArn =
    'arn:aws:states:ap-south-1:000000000000:stateMachine:chikitsa360-local-transcription';
  const executions = new Map<string, Execution>();
  const taskStates = Object.entries(definition.States as Record<string, { Type: string }>).filter(
    ([, s]) => s.Type === 'Task',
  );

  const handlers = Object.fromEntries(
    taskStates.map(([name]) => [
      name,
      async (input: unknown) =>
        (await options.loadSteps())({ step: name, input: (input as { input: unknown }).input ?? input }),
    ]),
  );
  function start(name: string, input: string): Execution {
    const execution: Execution = {
      executionArn: `arn:aws:states:ap-south-1:000000000000:execution:chikitsa360-local-transcription:${name}`,
      name,
      status: 'RUNNING',
      input,
      startDate: Date.now() / 1000,
      done: Promise.resolve(),
    };
    const run = machine.run(JSON.parse(input), {
      overrides: { taskResourceLocalHandlers: handlers as never },
    });
    execution.done = run.result
      .then(
        (output: unknown) => {
          execution.status = 'SUCCEEDED';
          execution.output = JSON.stringify(output);
        },
        (error: Error & { cause?: unknown }) => {
          // The library wraps the failure in an ExecutionError; AWS reports the Fail state's own
          // Error and Cause (or the failed task's), so unwrap it.
          const failure = error.cause instanceof Error ? error.cause : error;
          execution.status = 'FAILED';
          execution.error = failure.name;
          execution.cause = failure.message;
        },
      )
      .finally(() => {
        execution.stopDate = Date.now() / 1000;
      });
    executions.set(execution.executionArn, execution);
    return execution;
  }

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '').split('.')[1];
      const body = JSON.parse(raw || '{}');
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify(payload));
      };
      if (target === 'StartExecution') {
        if (body.stateMachineArn !== stateMachineArn)
          return reply(400, { __type: 'StateMachineDoesNotExist', message: 'State machine does not exist' });
        const name = String(body.name ?? crypto.randomUUID());
        if ([...executions.values()].some((e) => e.name === name)) {
          return reply(400, {
            __type: 'ExecutionAlreadyExists',
            message: `Execution already exists: ${name}`,
          });
        }
        const execution = start(name, body.input ?? '{}');
        return reply(200, { executionArn: execution.executionArn, startDate: execution.startDate });
      }
      if (target === 'DescribeExecution') {
        const e = executions.get(body.executionArn);
        if (!e) return reply(400, { __type: 'ExecutionDoesNotExist', message: 'Execution does not exist' });
        const { done: _done, ...described } = e;
        return reply(200, { ...described, stateMachineArn });
      }
      return reply(400, { __type: 'UnknownOperationException', message: `Not supported locally: ${target}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stateMachineArn,
    executions,
    idle: async () => {
      await Promise.all([...executions.values()].map((e) => e.done));
    },
    stop: async () => {
      await Promise.all([...executions.values()].map((e) => e.done));
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
