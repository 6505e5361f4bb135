/**
 * Cold start, per function, against a floor measured in the same run.
 *
 * The floor is a bare GetItem handler on @aws-sdk/client-dynamodb (tests/bench/floor.ts) bundled the
 * plain way: ESM, minified, platform node, target node24, mainFields module/main, no aliases, no source
 * map. Every function is bundled exactly as CDK bundles it (esbuildOptions, exported by
 * lib/stacks/node-function.ts next to the NodejsFunction options it is derived from).
 *
 * Init is the CPU time of `await import(bundle)` in a fresh Node 24 process, with --enable-source-maps
 * when the bundle has a map (as the functions run in Lambda). Each function's import alternates with an
 * import of the floor, and its ratio is the median of its runs over the median of the floor runs beside
 * them: on a machine shared with other work, absolute milliseconds drift with the load; the ratio to
 * a floor measured alongside does not. CPU time rather than wall time: the wall clock includes waiting
 * for a core.
 *
 * Targets (issue 20): every bundle ≤ 450 KB, every init ≤ 1.3 × the floor. The per-function budgets
 * that a test enforces are in lib/bundling/budgets.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { BUNDLE_CEILING } from '../../lib/bundling/budgets.ts';
import { contextEntry, contextsWithRoutes, workerEntries } from '../../lib/functions.ts';
import { BUNDLE_FILE, esbuildOptions, finishBundle, projectRoot } from '../../lib/stacks/node-function.ts';
import { median } from './stats.ts';

export const TARGET_BYTES = BUNDLE_CEILING;
export const TARGET_RATIO = 1.3;
export const FLOOR_ENTRY = 'tests/bench/floor.ts';
export const OUT = path.join(projectRoot, 'tests/bench/out/cold');

/** Imports the bundle and prints the CPU time the import used (module evaluation included), and its wall time. */
const PROBE = [
  'const cpu = process.cpuUsage(); const started = performance.now();',
  'await import(process.argv[1]);',
  'const wall = performance.now() - started; const used = process.cpuUsage(cpu);',
  'process.stdout.write(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));',
].join(' ');

/** A Lambda-like environment: no credentials or endpoints are read at import anyway. */
const lambdaEnv = (nodeOptions: string) => ({
  PATH: process.env.PATH,
  AWS_REGION: 'ap-south-1',
  NODE_OPTIONS: nodeOptions,
  POWERTOOLS_LOG_LEVEL: 'INFO',
});

export interface Bundle {
  name: string;
  entry: string;
  file: string;
  /** Has a source map: imported with --enable-source-maps, as deployed. */
  mapped: boolean;
  bytes: number;
  gzipBytes: number;
  metafile: esbuild.Metafile;
}

export interface ColdFigures extends Omit<Bundle, 'metafile' | 'file'> {
  /** Median CPU time of the import, ms. */
  initCpuMs: number;
  /** Median CPU time of the floor's imports alternating with this function's, ms. */
  floorCpuMs: number;
  ratio: number;
  runs: number;
}

/** Every function CDK deploys from our code: one per context with routes, and the workers. */
export function functionEntries(): [string, string][] {
  return [
    ...contextsWithRoutes().map((context): [string, string] => [context, contextEntry(context)]),
    ...Object.entries(workerEntries),
  ];
}

/** The floor, bundled the plain way (no aliases, no source map, the banner ESM needs for `require`). */
export async function buildFloor(): Promise<Bundle> {
  const outdir = path.join(OUT, 'floor');
  mkdirSync(outdir, { recursive: true });
  const file = path.join(outdir, BUNDLE_FILE);
  const { metafile } = await esbuild.build({
    entryPoints: [path.join(projectRoot, FLOOR_ENTRY)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    mainFields: ['module', 'main'],
    banner: { js: esbuildOptions(FLOOR_ENTRY, outdir).banner?.js ?? '' },
    metafile: true,
    logLevel: 'error',
  });
  return described('floor', FLOOR_ENTRY, file, false, metafile);
}

/** A function bundled as CDK bundles it (its source map trimmed as CDK's afterBundling step trims it). */
export async function buildFunction(name: string, entry: string): Promise<Bundle> {
  const outdir = path.join(OUT, name);
  mkdirSync(outdir, { recursive: true });
  const options = esbuildOptions(entry, outdir);
  const { metafile } = await esbuild.build({ ...options, metafile: true, logLevel: 'error' });
  finishBundle(outdir);
  return described(name, entry, path.join(outdir, BUNDLE_FILE), Boolean(options.sourcemap), metafile);
}

function described(name: string, entry: string, file: string, mapped: boolean, metafile: esbuild.Metafile) {
  const code = readFileSync(file);
  return { name, entry, file, mapped, bytes: code.length, gzipBytes: gzipSync(code).length, metafile };
}

/** One import of a bundle in a fresh process: its CPU time, ms. */
export function importCpuMs(bundle: Pick<Bundle, 'file' | 'mapped'>, extraNodeArgs: string[] = []): number {
  const output = execFileSync(
    process.execPath,
    [...extraNodeArgs, '--input-type=module', '-e', PROBE, pathToFileURL(bundle.file).href],
    { env: lambdaEnv(bundle.mapped ? '--enable-source-maps' : ''), encoding: 'utf8' },
  );
  return (JSON.parse(output) as { cpu: number }).cpu;
}

/**
 * `runs` rounds; in each, every function's import follows one of the floor's. One warm-up import of each
 * first (the file cache), not counted.
 */
export function measureInit(floor: Bundle, bundles: Bundle[], runs: number): ColdFigures[] {
  for (const b of [floor, ...bundles]) importCpuMs(b);
  const own = new Map<string, number[]>(bundles.map((b) => [b.name, []]));
  const floors = new Map<string, number[]>(bundles.map((b) => [b.name, []]));
  for (let round = 0; round < runs; round++) {
    for (const b of bundles) {
      floors.get(b.name)?.push(importCpuMs(floor));
      own.get(b.name)?.push(importCpuMs(b));
    }
  }
  return bundles.map(({ metafile: _, file: __, ...b }) => {
    const initCpuMs = median(own.get(b.name) ?? []);
    const floorCpuMs = median(floors.get(b.name) ?? []);
    return { ...b, initCpuMs, floorCpuMs, ratio: initCpuMs / floorCpuMs, runs };
  });
}

/**
 * The same bundle, its whitespace not minified, into `<out>/profile/`: for the per-module profile (attribution.ts).
 * `plain` builds the floor's way.
 */
export async function buildForProfile(
  bundle: Bundle,
  plain: boolean,
): Promise<Pick<Bundle, 'name' | 'file' | 'mapped'>> {
  const outdir = path.join(path.dirname(bundle.file), 'profile');
  const options = esbuildOptions(bundle.entry, outdir);
  await esbuild.build({
    ...options,
    ...(plain ? { alias: {}, sourcesContent: false } : {}),
    sourcemap: true,
    // Short names (as deployed; the banner's `createRequire` would collide with an import of it
    // otherwise), but whitespace and syntax kept: one statement a line.
    minify: false,
    minifyIdentifiers: true,
    logLevel: 'error',
  });
  return { name: bundle.name, file: path.join(outdir, BUNDLE_FILE), mapped: bundle.mapped };
}

/** Builds the floor and every function (into tests/bench/out/cold, which git ignores). */
export async function buildAll(): Promise<{ floor: Bundle; bundles: Bundle[] }> {
  rmSync(OUT, { recursive: true, force: true });
  const floor = await buildFloor();
  const bundles: Bundle[] = [];
  for (const [name, entry] of functionEntries()) bundles.push(await buildFunction(name, entry));
  return { floor, bundles };
}
