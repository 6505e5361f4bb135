/**
 * EventBridge Scheduler for the local twin: a small server that answers @aws-sdk/client-scheduler's
 * REST-JSON calls (CreateSchedule, UpdateSchedule, DeleteSchedule, GetSchedule, ListSchedules) for
 * one-time `at()` schedules, keeps them in memory, and invokes the target function in this process when
 * one falls due, with Scheduler's context attributes filled into its input, as AWS does.
 *
 * Its clock is the real one, or later: POST /_twin/advance {"to": ISO instant} moves it forward (never
 * back), fires everything due by then and answers once those invocations have finished, so tests make
 * a reminder "fire tomorrow" deterministically; with {"namePrefix": "appt-<id>-"} as well, only those
 * schedules see that time (tests share one twin). `tickMs` also fires due schedules on the real clock
 * (`npm run dev`); tests turn that off and drive the clock themselves.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type Invoke = (event: unknown) => Promise<unknown>;

interface Schedule {
  Name: string;
  GroupName: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  FlexibleTimeWindow: { Mode: string; MaximumWindowInMinutes?: number };
  Target: {
    Arn: string;
    RoleArn: string;
    Input?: string;
    RetryPolicy?: { MaximumEventAgeInSeconds?: number; MaximumRetryAttempts?: number };
  };
  State: 'ENABLED' | 'DISABLED';
  ActionAfterCompletion: 'NONE' | 'DELETE';
  Description?: string;
  CreationDate: number;
  LastModificationDate: number;
  /** Epoch ms of the `at()` instant. */
  dueAt: number;
  fired?: boolean;
}

export interface FiredSchedule {
  name: string;
  groupName: string;
  scheduledTime: string;
  outcome?: unknown;
  error?: string;
}

export interface LocalScheduler {
  endpoint: string;
  /** Moves the clock to `to` (if later), fires what is due and resolves with what fired. */
  advance(to: Date): Promise<FiredSchedule[]>;
  /** Every schedule it holds, by `group/name`. */
  schedules(): { name: string; groupName: string; expression: string; input?: string }[];
  stop(): Promise<void>;
}

const ACCOUNT = '000000000000';
const REGION = 'ap-south-1';

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** `at(2026-12-04T10:00:00)` in UTC (the only zone our code passes) → epoch ms. */
function parseAt(expression: string, zone: string | undefined): number {
  const match = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/.exec(expression);
  if (!match)
    throw new ApiError(400, 'ValidationException', `Only at() expressions are emulated: ${expression}`);
  if (zone && zone !== 'UTC')
    throw new ApiError(400, 'ValidationException', `Only the UTC time zone is emulated: ${zone}`);
  const at = Date.parse(`${match[1]}Z`);
  if (Number.isNaN(at)) throw new ApiError(400, 'ValidationException', `Invalid date in ${expression}`);
  return at;
}

const isoSeconds = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

export async function startScheduler(options: {
  port: number;
  /** The schedule groups that exist (Scheduler refuses schedules in a group that does not). */
  groups: string[];
  /** The functions schedules may target, by ARN. */
  targets: Record<string, () => Promise<Invoke>>;
  tickMs?: number;
  log?: (line: string) => void;
}): Promise<LocalScheduler> {
  const log = options.log ?? (() => undefined);
  const groups = new Set(['default', ...options.groups]);
  const schedules = new Map<string, Schedule>();
  let clockFloor = 0;
  const now = () => Math.max(Date.now(), clockFloor);
  const keyOf = (group: string, name: string) => `${group}/${name}`;
  const arnOf = (s: { GroupName: string; Name: string }) =>
    `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${s.GroupName}/${s.Name}`;

  function validated(name: string, body: Record<string, unknown>): Schedule {
    const group = (body.GroupName as string | undefined) ?? 'default';
    if (!groups.has(group))
      throw new ApiError(404, 'ResourceNotFoundException', `Schedule group ${group} does not exist.`);
    if (!/^[0-9a-zA-Z-_.]{1,64}$/.test(name))
      throw new ApiError(400, 'ValidationException', `Invalid schedule name: ${name}`);
    const target = body.Target as Schedule['Target'] | undefined;
    if (!target?.Arn || !target.RoleArn)
      throw new ApiError(400, 'ValidationException', 'Target.Arn and Target.RoleArn are required.');
    const window = body.FlexibleTimeWindow as Schedule['FlexibleTimeWindow'] | undefined;
    if (!window?.Mode) throw new ApiError(400, 'ValidationException', 'FlexibleTimeWindow is required.');
    const expression = String(body.ScheduleExpression ?? '');
    const zone = body.ScheduleExpressionTimezone as string | undefined;
    const at = Date.now() / 1000;
    return {
      Name: name,
      GroupName: group,
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: zone,
      FlexibleTimeWindow: window,
      Target: target,
      State: (body.State as Schedule['State']) ?? 'ENABLED',
      ActionAfterCompletion: (body.ActionAfterCompletion as Schedule['ActionAfterCompletion']) ?? 'NONE',
      Description: body.Description as string | undefined,
      CreationDate: at,
      LastModificationDate: at,
      dueAt: parseAt(expression, zone),
    };
  }

  const view = (s: Schedule) => ({
    Arn: arnOf(s),
    Name: s.Name,
    GroupName: s.GroupName,
    ScheduleExpression: s.ScheduleExpression,
    ScheduleExpressionTimezone: s.ScheduleExpressionTimezone,
    FlexibleTimeWindow: s.FlexibleTimeWindow,
    Target: s.Target,
    State: s.State,
    ActionAfterCompletion: s.ActionAfterCompletion,
    Description: s.Description,
    CreationDate: s.CreationDate,
    LastModificationDate: s.LastModificationDate,
  });

  async function fire(s: Schedule): Promise<FiredSchedule> {
    s.fired = true;
    const scheduledTime = isoSeconds(s.dueAt);
    const fired: FiredSchedule = { name: s.Name, groupName: s.GroupName, scheduledTime };
    // Scheduler's context attributes, replaced in the input text as AWS does.
    const input = (s.Target.Input ?? '{}')
      .replaceAll('<aws.scheduler.scheduled-time>', scheduledTime)
      .replaceAll('<aws.scheduler.schedule-arn>', arnOf(s))
      .replaceAll('<aws.scheduler.execution-id>', randomUUID())
      .replaceAll('<aws.scheduler.attempt-number>', '1');
    const load = options.targets[s.Target.Arn];
    const attempts = 1 + (s.Target.RetryPolicy?.MaximumRetryAttempts ?? 185);
    for (let attempt = 1; attempt <= Math.min(attempts, 4); attempt++) {
      try {
        if (!load) throw new Error(`No function ${s.Target.Arn} in the twin`);
        fired.outcome = await (await load())(JSON.parse(input));
        delete fired.error;
        break;
      } catch (error) {
        fired.error = (error as Error).message;
        log(`[scheduler] ${s.Name} attempt ${attempt} failed: ${fired.error}`);
      }
    }
    // A schedule replaced while it ran (moved by UpdateSchedule) is the new one: keep it.
    const key = keyOf(s.GroupName, s.Name);
    if (s.ActionAfterCompletion === 'DELETE' && schedules.get(key) === s) schedules.delete(key);
    return fired;
  }

  /** Fires every enabled schedule due by the clock, earliest first, each once. */
  async function fireDue(at = now(), only: (s: Schedule) => boolean = () => true): Promise<FiredSchedule[]> {
    const due = [...schedules.values()]
      .filter((s) => !s.fired && s.State === 'ENABLED' && s.dueAt <= Math.max(at, now()) && only(s))
      .sort((a, b) => a.dueAt - b.dueAt);
    const fired: FiredSchedule[] = [];
    // A tick and an advance can overlap: whichever comes first fires a schedule.
    for (const s of due) if (!s.fired) fired.push(await fire(s));
    return fired;
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError(400, 'ValidationException', 'The body is not JSON.');
    }
  }

  async function route(req: IncomingMessage): Promise<unknown> {
    const url = new URL(req.url ?? '/', 'http://scheduler');
    const method = req.method ?? 'GET';
    if (url.pathname === '/_twin/advance' && method === 'POST') {
      const body = await readJson(req);
      const to = Date.parse(String(body.to ?? ''));
      if (Number.isNaN(to)) throw new ApiError(400, 'ValidationException', 'Give {"to": an ISO instant}.');
      // With a name prefix only those schedules see the later clock: tests sharing one twin fire their
      // own appointment's reminders without firing every other test's.
      if (typeof body.namePrefix === 'string') {
        const prefix = body.namePrefix;
        return { fired: await fireDue(to, (s) => s.Name.startsWith(prefix)) };
      }
      clockFloor = Math.max(clockFloor, to);
      return { now: new Date(now()).toISOString(), fired: await fireDue() };
    }
    if (url.pathname === '/schedules' && method === 'GET') {
      const group = url.searchParams.get('ScheduleGroup');
      const prefix = url.searchParams.get('NamePrefix') ?? '';
      const max = Number(url.searchParams.get('MaxResults') ?? 100);
      const start = Number(url.searchParams.get('NextToken') ?? 0);
      const all = [...schedules.values()]
        .filter((s) => (!group || s.GroupName === group) && s.Name.startsWith(prefix))
        .sort((a, b) => a.Name.localeCompare(b.Name));
      const page = all.slice(start, start + max);
      return {
        Schedules: page.map((s) => ({
          Arn: arnOf(s),
          Name: s.Name,
          GroupName: s.GroupName,
          State: s.State,
          CreationDate: s.CreationDate,
          LastModificationDate: s.LastModificationDate,
          Target: { Arn: s.Target.Arn },
        })),
        ...(start + max < all.length ? { NextToken: String(start + max) } : {}),
      };
    }
    const match = /^\/schedules\/([^/]+)$/.exec(url.pathname);
    if (!match)
      throw new ApiError(404, 'ResourceNotFoundException', `No such operation: ${method} ${url.pathname}`);
    const name = decodeURIComponent(match[1] ?? '');
    if (method === 'POST') {
      const schedule = validated(name, await readJson(req));
      const key = keyOf(schedule.GroupName, name);
      if (schedules.has(key))
        throw new ApiError(409, 'ConflictException', `Schedule ${name} already exists.`);
      schedules.set(key, schedule);
      return { ScheduleArn: arnOf(schedule) };
    }
    if (method === 'PUT') {
      const schedule = validated(name, await readJson(req));
      const key = keyOf(schedule.GroupName, name);
      const before = schedules.get(key);
      if (!before) throw new ApiError(404, 'ResourceNotFoundException', `Schedule ${name} does not exist.`);
      schedules.set(key, { ...schedule, CreationDate: before.CreationDate });
      return { ScheduleArn: arnOf(schedule) };
    }
    const key = keyOf(url.searchParams.get('groupName') ?? 'default', name);
    const found = schedules.get(key);
    if (!found) throw new ApiError(404, 'ResourceNotFoundException', `Schedule ${name} does not exist.`);
    if (method === 'GET') return view(found);
    if (method === 'DELETE') {
      schedules.delete(key);
      return {};
    }
    throw new ApiError(405, 'ValidationException', `${method} is not supported.`);
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    route(req)
      .then((body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        const known = error instanceof ApiError;
        res.writeHead(known ? error.status : 500, {
          'content-type': 'application/json',
          'x-amzn-errortype': known ? error.type : 'InternalServerException',
        });
        res.end(JSON.stringify({ Message: (error as Error).message }));
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));

  let ticking = false;
  const timer =
    options.tickMs && options.tickMs > 0
      ? setInterval(() => {
          if (ticking) return;
          ticking = true;
          fireDue()
            .catch((error) => log(`[scheduler] tick failed: ${(error as Error).message}`))
            .finally(() => {
              ticking = false;
            });
        }, options.tickMs)
      : undefined;
  timer?.unref();

  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    advance: async (to) => {
      clockFloor = Math.max(clockFloor, to.getTime());
      return fireDue();
    },
    schedules: () =>
      [...schedules.values()].map((s) => ({
        name: s.Name,
        groupName: s.GroupName,
        expression: s.ScheduleExpression,
        input: s.Target.Input,
      })),
    stop: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
