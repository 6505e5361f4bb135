/**
 * Where a function's bytes and init go. Bytes: esbuild's metafile (bytes each input file puts into the
 * minified output). Init: one import of the bundle under `--cpu-prof`, every sample's self time mapped
 * through the bundle's source map back to the file it came from. Both are summed per npm package (our
 * own code per file), so the report can name the ten largest contributors of each.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import type { Bundle } from './cold.ts';

export interface Contributor {
  /** An npm package, our own file, or a part of the runtime in parentheses. */
  name: string;
  value: number;
}

/** `node_modules/@scope/name/…` → `@scope/name`; our own files keep their path. */
export function owner(source: string): string {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage?.[1]) return inPackage[1];
  return source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(functions|lib|tests)\//, '$1/');
}

const ranked = (totals: Map<string, number>, top: number): Contributor[] =>
  [...totals]
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => b.value - a.value)
    .slice(0, top);

/** Output bytes per package (or own file), largest first. */
export function bytesByOwner(metafile: Metafile, top = 10): Contributor[] {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const name = owner(input);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return ranked(totals, top);
}

const INTERVAL_US = 100;

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string };
    hitCount?: number;
    positionTicks?: { line: number; ticks: number }[];
  }[];
}

/** What a sample outside the bundle was doing. */
function runtimePart(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return '(garbage collection)';
  if (functionName === '(program)') return '(V8: parsing and compiling)';
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(root)') return '(root)';
  // V8 compiles the whole bundle inside this one loader function: the cost of its bytes.
  if (functionName === 'compileSourceTextModule') return '(V8: compiling the bundle)';
  if (url.includes('source_map')) return '(Node: reading the source map)';
  if (url.startsWith('node:internal/modules')) return '(Node: module loader)';
  if (url.startsWith('node:')) return `(Node: ${url.replace(/^node:(internal\/)?/, '').split('/')[0]})`;
  return '(other)';
}

/**
 * One import under the CPU profiler (100 µs sampling) of the bundle built without minifying (the same
 * modules in the same order, one statement a line): esbuild runs the top-level code of every ES module
 * inside the bundle's one module function, so only line-level ticks, mapped line by line through the
 * source map, say whose top-level code ran. Ticks × 0.1 ms per package (or own file, or part of the
 * runtime), largest first.
 */
export function initByOwner(
  bundle: Pick<Bundle, 'name' | 'file' | 'mapped'>,
  profileDir: string,
  top = 10,
): Contributor[] {
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  execFileSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      `--cpu-prof-interval=${INTERVAL_US}`,
      '--input-type=module',
      '-e',
      'await import(process.argv[1]);',
      pathToFileURL(bundle.file).href,
    ],
    {
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'ap-south-1',
        NODE_OPTIONS: bundle.mapped ? '--enable-source-maps' : '',
      },
    },
  );
  const [file] = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile written for ${bundle.name}`);
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile;

  const bundleUrl = pathToFileURL(bundle.file).href;
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle.file}.map`, 'utf8')) as never);
  const mapDir = path.dirname(bundle.file);
  const sourceOf = (line: number, column: number) => {
    const entry = map.findEntry(line, column);
    const source = 'originalSource' in entry ? entry.originalSource : undefined;
    if (!source) return '(bundle, unmapped)';
    return owner(source.startsWith('file:') ? fileURLToPath(source) : path.resolve(mapDir, source));
  };
  const totals = new Map<string, number>();
  const add = (name: string, ticks: number) =>
    totals.set(name, (totals.get(name) ?? 0) + (ticks * INTERVAL_US) / 1000);
  for (const { callFrame, hitCount, positionTicks } of profile.nodes) {
    if (!hitCount) continue;
    if (callFrame.url !== bundleUrl) {
      const part = runtimePart(callFrame.url, callFrame.functionName);
      if (part !== '(idle)' && part !== '(root)') add(part, hitCount);
    } else if (positionTicks?.length) {
      // Lines are 1-based here, 0-based in the map.
      for (const { line, ticks } of positionTicks) add(sourceOf(line - 1, 0), ticks);
    } else add(sourceOf(callFrame.lineNumber, callFrame.columnNumber), hitCount);
  }
  return ranked(totals, top);
}
