/**
 * `npm run bench` runs every benchmark against ONE freshly started local twin (in memory, seeded, its
 * own temporary data folder, the site served from a build of our own) and writes tests/bench/report.md
 * with its charts in tests/bench/charts/. `npm run bench -- <name> …` runs only those (and writes
 * tests/bench/out/report.md, so a partial run never replaces the full report).
 *
 * The twin, the site build and any browser are stopped and removed at the end, also when a benchmark
 * fails or the run is interrupted (Ctrl-C, SIGTERM). A failing benchmark is reported as such and the
 * others still run; the exit code is 1 if any benchmark failed to run.
 */
import './quiet.ts';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTwin, type Twin } from '../../lib/local/twin.ts';
import { benchBooking } from './booking.ts';
import { benchChat } from './chat.ts';
import { coldSection } from './cold-report.ts';
import { costSection } from './cost.ts';
import { benchDynamoCalls } from './dynamo-calls.ts';
import { benchHttp } from './http.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchPipeline } from './pipeline.ts';
import { against, type Section } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BENCH_DIR = path.join(ROOT, 'tests/bench');

export interface BenchContext {
  twin: Twin;
  /** The site as served by the twin (our own build). */
  webDist: string;
}

interface Benchmark {
  /** Needs the twin (and the site build it serves). */
  twin: boolean;
  run(ctx: BenchContext | null): Promise<Section>;
}

const withTwin = (ctx: BenchContext | null) => {
  if (!ctx) throw new Error('this benchmark needs the twin');
  return ctx;
};

// In the order of a full run: the call counts first, on an idle twin; the page loads before the write
// floods; the pipeline (which leaves work running in the background) and the CPU-bound cold start last.
const benchmarks: Record<string, Benchmark> = {
  calls: { twin: true, run: (ctx) => benchDynamoCalls(withTwin(ctx).twin) },
  http: { twin: true, run: (ctx) => benchHttp(withTwin(ctx).twin) },
  pages: { twin: true, run: (ctx) => benchPageWeight(withTwin(ctx).webDist) },
  lighthouse: { twin: true, run: (ctx) => benchLighthouse(withTwin(ctx).twin) },
  booking: { twin: true, run: (ctx) => benchBooking(withTwin(ctx).twin) },
  chat: { twin: true, run: (ctx) => benchChat(withTwin(ctx).twin) },
  pipeline: { twin: true, run: (ctx) => benchPipeline(withTwin(ctx).twin) },
  // 12 functions × 2 imports (theirs and the floor's) per round, in fresh processes: 5 rounds (the
  // least the figures are quoted with) in a full run, 7 when run alone.
  cold: { twin: false, run: () => coldSection(full ? 5 : 7) },
  cost: { twin: false, run: async () => costSection() },
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in benchmarks));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
const full = !requested.length;
const names = full ? Object.keys(benchmarks) : requested;
const reportDir = full ? BENCH_DIR : path.join(BENCH_DIR, 'out');

function machine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}; load average (1, 5, 15 min) ${load}`;
}

/** Builds the site into a temporary folder (another build may be rewriting web/dist meanwhile). */
async function buildSite(outDir: string) {
  const started = performance.now();
  // Every language's pages (bin/build-web.mjs: English at the root, Hindi in /hi/).
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/build-web.mjs'), outDir], {
    cwd: ROOT,
    // Astro refuses Node 20: put this process's Node (24) first for its `env node` shebang.
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` },
    maxBuffer: 16 * 2 ** 20,
    timeout: 360_000,
  });
  return performance.now() - started;
}

const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;
const cleanup = () => {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`cleanup failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the twin and cleaning up…`);
    void cleanup().finally(() => process.exit(130));
  });
}

const startedAt = new Date();
const machineAtStart = machine();
const sections: { name: string; section: Section; seconds: number }[] = [];
const failures: string[] = [];
let setup = '';

try {
  let ctx: BenchContext | null = null;
  if (names.some((name) => benchmarks[name]!.twin)) {
    const webDist = mkdtempSync(path.join(os.tmpdir(), 'chikitsa-bench-web-'));
    cleanups.push(() => rmSync(webDist, { recursive: true, force: true }));
    // A broken build (another change to web/ in progress) fails the site's benchmarks, not the API's.
    const buildMs = await buildSite(webDist).catch((error: Error) => {
      console.error(`site build failed: ${error.message}`);
      return Number.NaN;
    });
    console.log(`site built in ${(buildMs / 1000).toFixed(1)} s → ${webDist}`);
    process.env.CHIKITSA_WEB_DIST = webDist;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chikitsa-bench-twin-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const twinStarted = performance.now();
    const twin = await startTwin({
      dataDir,
      persistent: false,
      seed: true,
      // Holds are never old enough to expire during a run; a sweep would only add noise.
      sweeperIntervalMs: 0,
      env: { TRANSCRIBER: 'offline' },
      log: (line) => {
        if (process.env.BENCH_LOG) console.log(line);
      },
    });
    cleanups.push(() => twin.stop());
    const twinMs = performance.now() - twinStarted;
    console.log(`twin ready in ${(twinMs / 1000).toFixed(1)} s at ${twin.url}`);
    setup = `${Number.isNaN(buildMs) ? 'The site build FAILED (see the site benchmarks)' : `Site built in ${(buildMs / 1000).toFixed(1)} s`}; one local twin (in-memory DynamoDB Local, seeded, offline transcriber, sweeper off) started in ${(twinMs / 1000).toFixed(1)} s and used by every benchmark below.`;
    ctx = { twin, webDist };
  }

  const lastOnTwin = names.findLast((name) => benchmarks[name]!.twin);
  for (const name of names) {
    console.log(`\n== ${name}`);
    const t0 = performance.now();
    try {
      const section = await benchmarks[name]!.run(ctx);
      const seconds = (performance.now() - t0) / 1000;
      sections.push({ name, section, seconds });
      console.log(`${section.markdown}\n(${seconds.toFixed(1)} s)`);
    } catch (error) {
      const seconds = (performance.now() - t0) / 1000;
      failures.push(name);
      console.error(`${name} failed: ${(error as Error).stack ?? error}`);
      sections.push({
        name,
        seconds,
        section: {
          title: name,
          ok: false,
          markdown: `**The benchmark failed to run:** \`${String((error as Error).message ?? error).slice(0, 500)}\``,
        },
      });
    }
    // The rest (cold start) does not use the twin: stop it now rather than let it share the CPU.
    if (name === lastOnTwin) await ctx?.twin.stop();
  }
} finally {
  await cleanup();
}

const finishedAt = new Date();
const totalSeconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
const report = [
  '# Chikitsa360 benchmarks',
  '',
  `Run ${startedAt.toISOString()} (${totalSeconds.toFixed(0)} s in all) with \`npm run bench${requested.length ? ` -- ${requested.join(' ')}` : ''}\`.`,
  '',
  `- Machine at the start: ${machineAtStart}.`,
  `- Load average at the end: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(
      ', ',
    )}. The machine is shared (other builds and tests run beside the benchmarks), so latency and init figures include waiting for a core.`,
  ...(setup ? [`- ${setup}`] : []),
  '',
  '## Summary',
  '',
  '| benchmark | all targets met | figures missing their target (✗) | time |',
  '| --- | --- | --- | --- |',
  ...sections.map(
    ({ name, section, seconds }) =>
      `| [${section.title}](#${section.title
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replaceAll(
          ' ',
          '-',
        )}) (\`${name}\`) | ${against(section.ok)} | ${section.markdown.match(/✗/g)?.length ?? 0} | ${seconds.toFixed(0)} s |`,
  ),
  '',
  ...sections.flatMap(({ section }) => [`## ${section.title}`, '', section.markdown, '']),
].join('\n');

mkdirSync(path.join(reportDir, 'charts'), { recursive: true });
for (const { section } of sections)
  for (const chart of section.charts ?? [])
    writeFileSync(path.join(reportDir, 'charts', chart.file), chart.svg);
const reportFile = path.join(reportDir, 'report.md');
writeFileSync(reportFile, report);
console.log(`\nReport written to ${path.relative(process.cwd(), reportFile)} (${totalSeconds.toFixed(0)} s)`);
process.exit(failures.length ? 1 : 0);
