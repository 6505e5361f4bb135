/**
 * Cold start, per function: the bundle built exactly as CDK builds it (esbuildOptions, exported by
 * lib/stacks/node-function.ts next to the NodejsFunction options it is derived from), its size (minified
 * JS, raw and gzip; the external .map is not counted) and its module init: the time to import the bundle
 * in a fresh Node 24 process, median of 10. Init is measured twice: with NODE_OPTIONS=--enable-source-maps
 * as the functions run in Lambda (Node then reads and parses the .map at import), and without. Beside the
 * wall-clock time, the CPU time the import used: on a machine shared with other work (2 cores here) the
 * wall clock includes waiting for a core, and the CPU time shows what the import itself costs.
 * Targets: ≤ 250 KB and ≤ 60 ms. Figures go to stdout and tests/bench/report-cold.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { contextEntry, contextsWithRoutes, workerEntries } from '../../lib/functions.ts';
import { BUNDLE_FILE, esbuildOptions, projectRoot } from '../../lib/stacks/node-function.ts';
import { against, median, table } from './stats.ts';

export const TARGET_BYTES = 250 * 1024;
export const TARGET_INIT_MS = 60;
const RUNS = 10;
const OUT = path.join(projectRoot, 'tests/bench/out/cold');
const REPORT = path.join(projectRoot, 'tests/bench/report-cold.md');

/** Imports the bundle and prints how long the import took (module evaluation included), wall and CPU. */
const PROBE = [
  'const cpu = process.cpuUsage(); const started = performance.now();',
  'await import(process.argv[1]);',
  'const wall = performance.now() - started; const used = process.cpuUsage(cpu);',
  'process.stdout.write(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));',
].join(' ');

export interface ColdFigures {
  name: string;
  entry: string;
  bytes: number;
  gzipBytes: number;
  initMs: number;
  initCpuMs: number;
  initWithoutSourceMapsMs: number;
  /** Imports measured per mode (the median is reported). */
  runs: number;
}

/** Every function CDK deploys from our code: one per context with routes, and the workers. */
export function functionEntries(): [string, string][] {
  return [
    ...contextsWithRoutes().map((context): [string, string] => [context, contextEntry(context)]),
    ...Object.entries(workerEntries),
  ];
}

function initTimes(bundle: string, nodeOptions: string, runs: number): { wall: number; cpu: number }[] {
  const times: { wall: number; cpu: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', PROBE, pathToFileURL(bundle).href],
      {
        // A Lambda-like environment: no credentials or endpoints are read at import anyway.
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'ap-south-1',
          NODE_OPTIONS: nodeOptions,
          POWERTOOLS_LOG_LEVEL: 'INFO',
        },
        encoding: 'utf8',
      },
    );
    times.push(JSON.parse(output) as { wall: number; cpu: number });
  }
  return times;
}

/** `runs`: imports per mode; the full `npm run bench` uses fewer to stay within its time budget. */
export async function measureCold(runs = RUNS): Promise<ColdFigures[]> {
  rmSync(OUT, { recursive: true, force: true });
  const figures: ColdFigures[] = [];
  for (const [name, entry] of functionEntries()) {
    const outdir = path.join(OUT, name);
    mkdirSync(outdir, { recursive: true });
    await esbuild.build({ ...esbuildOptions(entry, outdir), logLevel: 'error' });
    const bundle = path.join(outdir, BUNDLE_FILE);
    const code = readFileSync(bundle);
    const deployed = initTimes(bundle, '--enable-source-maps', runs);
    figures.push({
      name,
      entry,
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
      initMs: median(deployed.map((t) => t.wall)),
      initCpuMs: median(deployed.map((t) => t.cpu)),
      initWithoutSourceMapsMs: median(initTimes(bundle, '', runs).map((t) => t.wall)),
      runs,
    });
  }
  return figures;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

export function coldReport(figures: ColdFigures[]): string {
  const rows = figures.map((f) => [
    `${f.name} (\`${f.entry}\`)`,
    `${kb(f.bytes)} ${against(f.bytes <= TARGET_BYTES)}`,
    kb(f.gzipBytes),
    `${ms(f.initMs)} ${against(f.initMs <= TARGET_INIT_MS)}`,
    `${ms(f.initCpuMs)}`,
    `${ms(f.initWithoutSourceMapsMs)} ${against(f.initWithoutSourceMapsMs <= TARGET_INIT_MS)}`,
  ]);
  const load = os.loadavg()[0]!.toFixed(1);
  return [
    '# Cold start per function',
    '',
    `Bundles built as CDK builds them (\`esbuildOptions\` in lib/stacks/node-function.ts); size is the minified JS without its source map; init is the median of ${figures[0]?.runs ?? RUNS} imports, each in a fresh Node ${process.versions.node} process (${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, load average ${load} when measured). Targets: ≤ ${kb(TARGET_BYTES)}, ≤ ${TARGET_INIT_MS} ms.`,
    '',
    table(
      [
        'function',
        `bundle (≤ ${kb(TARGET_BYTES)})`,
        'gzip',
        `init, as deployed (--enable-source-maps; ≤ ${TARGET_INIT_MS} ms)`,
        'its CPU time',
        'init without source maps',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

export async function benchCold(): Promise<void> {
  if (Number(process.versions.node.split('.')[0]) < 24) {
    throw new Error(`Run the cold-start bench on Node 24 (npm run bench -- cold), not ${process.version}`);
  }
  const report = coldReport(await measureCold());
  writeFileSync(REPORT, report);
  console.log(report);
  console.log(`Written to ${path.relative(process.cwd(), REPORT)}`);
}
