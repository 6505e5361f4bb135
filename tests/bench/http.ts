/**
 * HTTP latency under bounded concurrent load on loopback: autocannon (in its own process, see
 * load-worker.mjs) against the twin's gateway, 10 connections, for the API calls behind the hot pages:
 * home, search, doctor detail (10 s each), and booking (one distinct free slot per request, 400 in all,
 * so every request is a real hold and not a cheap 409). Percentiles are computed from every response's
 * time.
 *
 * The issue sets no latency figures, so the targets are ours, for an interactive API on one machine:
 * reads p50 ≤ 100 ms, p95 ≤ 200 ms, p99 ≤ 500 ms; booking (a transaction plus two emails) p50 ≤ 250 ms,
 * p95 ≤ 500 ms, p99 ≤ 1000 ms; and every response a 2xx.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_OPEN_HOLDS } from '../../functions/core/booking-limits.ts';
import { addDays, localDate } from '../../functions/core/time.ts';
import type { Twin } from '../../lib/local/twin.ts';
import { barChart } from './charts.ts';
import { person, Session, verifiedDoctor } from './fixtures.ts';
import { against, ms, percentile, type Section, table } from './stats.ts';

export const CONNECTIONS = 10;
export const SECONDS = 10;
export const BOOKINGS = 400;

const READ_TARGETS = { p50: 100, p95: 200, p99: 500 };
const WRITE_TARGETS = { p50: 250, p95: 500, p99: 1000 };

interface Plan {
  url: string;
  connections: number;
  duration?: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  bodies?: string[];
  cookies?: string[];
}

interface LoadResult {
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
}

async function load(plan: Plan): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chikitsa-bench-load-'));
  try {
    const planFile = path.join(dir, 'plan.json');
    const resultFile = path.join(dir, 'result.json');
    writeFileSync(planFile, JSON.stringify(plan));
    await promisify(execFile)(
      process.execPath,
      [path.join(import.meta.dirname, 'load-worker.mjs'), planFile, resultFile],
      // Bounded: the duration (or the bookings) plus a margin; execFile kills the worker past it.
      { timeout: 90_000, maxBuffer: 4 * 2 ** 20 },
    );
    return JSON.parse(readFileSync(resultFile, 'utf8')) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchHttp(twin: Twin): Promise<Section> {
  const anonymous = new Session(twin, '');
  const search = await anonymous.call('GET', '/api/doctors?q=shar');
  const doctorId = search.body.doctors[0]?.id as string;
  if (!doctorId) throw new Error('no doctor found for "shar"');

  // Free slots for the booking run: one doctor, 400 slots of 15 minutes from 5 days ahead.
  const doctor = await verifiedDoctor(twin);
  const first = addDays(localDate(new Date(), 'Asia/Kolkata'), 5);
  const created = await doctor.call('POST', '/api/doctor/slots', {
    dates: Array.from({ length: 10 }, (_, i) => addDays(first, i)),
    startTime: '08:00',
    endTime: '18:00',
    durationMinutes: 15,
  });
  if (created.status !== 201) throw new Error(`slots: ${JSON.stringify(created.body)}`);
  const slotIds = (created.body.slots as { id: string }[]).slice(0, BOOKINGS).map((s) => s.id);
  // Each patient may hold MAX_OPEN_HOLDS unpaid bookings (functions/core/booking-limits.ts): enough
  // patients that every booking is a legitimate one, never refused by that limit.
  const patients = await Promise.all(
    Array.from({ length: Math.ceil(BOOKINGS / MAX_OPEN_HOLDS) }, () => person(twin, 'patient')),
  );

  const runs: { route: string; request: string; targets: typeof READ_TARGETS; plan: Plan }[] = [
    { route: 'home', request: 'GET /api/home', targets: READ_TARGETS, plan: get(twin, '/api/home') },
    {
      route: 'search',
      request: 'GET /api/doctors?q=shar',
      targets: READ_TARGETS,
      plan: get(twin, '/api/doctors?q=shar'),
    },
    {
      route: 'doctor detail',
      request: 'GET /api/doctors/{id}',
      targets: READ_TARGETS,
      plan: get(twin, `/api/doctors/${doctorId}`),
    },
    {
      route: 'booking',
      request: 'POST /api/appointments',
      targets: WRITE_TARGETS,
      plan: {
        url: twin.url,
        connections: CONNECTIONS,
        method: 'POST',
        path: '/api/appointments',
        headers: { 'content-type': 'application/json', origin: twin.url },
        bodies: slotIds.map((slotId) => JSON.stringify({ slotId, reason: 'Load benchmark' })),
        cookies: patients.map((p) => p.cookie),
      },
    },
  ];

  const measured = [];
  for (const run of runs) {
    const loadAverage = os.loadavg()[0]!;
    const result = await load(run.plan);
    const p = (q: number) => percentile(result.latencies, q);
    const total = result.latencies.length;
    const ok2xx = Object.entries(result.statuses)
      .filter(([code]) => code.startsWith('2'))
      .reduce((sum, [, n]) => sum + n, 0);
    const bad = total - ok2xx + result.errors + result.timeouts;
    measured.push({
      ...run,
      loadAverage,
      total,
      perSecond: total / result.seconds,
      seconds: result.seconds,
      statuses: result.statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      bad,
      p50: p(50),
      p95: p(95),
      p99: p(99),
    });
  }

  const cell = (value: number, target: number) => `${ms(value)} (≤ ${target}) ${against(value <= target)}`;
  const rows = measured.map((m) => [
    `${m.route} (\`${m.request}\`)`,
    m.plan.bodies ? `${m.total} requests` : `${m.seconds.toFixed(1)} s, ${m.total} requests`,
    `${m.perSecond.toFixed(0)}/s`,
    m.loadAverage.toFixed(1),
    cell(m.p50, m.targets.p50),
    cell(m.p95, m.targets.p95),
    cell(m.p99, m.targets.p99),
    `${m.bad} (${Object.entries(m.statuses)
      .map(([code, n]) => `${code}: ${n}`)
      .join(
        ', ',
      )}${m.errors ? `, errors: ${m.errors}` : ''}${m.timeouts ? `, timeouts: ${m.timeouts}` : ''}) (0) ${against(m.bad === 0)}`,
  ]);
  const chart = barChart({
    file: 'http-latency.svg',
    title: `HTTP latency, ${CONNECTIONS} connections on loopback`,
    unit: 'ms',
    rows: measured.map((m) => ({
      label: m.route,
      values: [m.p50, m.p95, m.p99],
      targets: [m.targets.p50, m.targets.p95, m.targets.p99],
    })),
    series: [
      { name: 'p50', color: '#93c5fd' },
      { name: 'p95', color: '#3b82f6' },
      { name: 'p99', color: '#1e3a8a' },
    ],
  });
  const markdown = [
    `autocannon 9 in a separate process, ${CONNECTIONS} connections, keep-alive, on loopback to the twin's gateway (the handlers, DynamoDB Local and the emulators all on this machine). Reads run ${SECONDS} s each; booking sends ${BOOKINGS} requests, each for a different free slot, as ${Math.ceil(BOOKINGS / MAX_OPEN_HOLDS)} signed-in patients (${MAX_OPEN_HOLDS} each: the open-holds limit). Targets are ours (the issue gives none): reads p50/p95/p99 ≤ ${READ_TARGETS.p50}/${READ_TARGETS.p95}/${READ_TARGETS.p99} ms, booking ≤ ${WRITE_TARGETS.p50}/${WRITE_TARGETS.p95}/${WRITE_TARGETS.p99} ms, no non-2xx.`,
    '',
    table(['route', 'run', 'throughput', 'load avg (1 min) before', 'p50', 'p95', 'p99', 'non-2xx'], rows),
    '',
    `![HTTP latency](charts/${chart.file}) (dashed lines: each percentile's target)`,
  ].join('\n');
  return {
    title: 'HTTP latency under load',
    markdown,
    figures: measured.map(({ plan: _plan, ...m }) => ({ ...m, latencies: undefined })),
    ok: measured.every(
      (m) => m.bad === 0 && m.p50 <= m.targets.p50 && m.p95 <= m.targets.p95 && m.p99 <= m.targets.p99,
    ),
    charts: [chart],
  };
}

function get(twin: Twin, requestPath: string): Plan {
  return {
    url: twin.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'GET',
    path: requestPath,
    headers: {},
  };
}
