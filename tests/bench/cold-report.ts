/**
 * The cold-start section of the bench report: builds the floor and every function, measures their
 * init interleaved (cold.ts), attributes bytes and init (attribution.ts), and writes the figures to
 * tests/bench/report-cold.md and report-cold.json (committed; the bundles and profiles stay in
 * tests/bench/out/, which git ignores).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleBudgets } from '../../lib/bundling/budgets.ts';
import { projectRoot } from '../../lib/stacks/node-function.ts';
import { bytesByOwner, type Contributor, initByOwner } from './attribution.ts';
import { barChart } from './charts.ts';
import {
  buildAll,
  buildForProfile,
  type ColdFigures,
  measureInit,
  OUT,
  TARGET_BYTES,
  TARGET_RATIO,
} from './cold.ts';
import { against, type Section, table } from './stats.ts';

const REPORT = path.join(projectRoot, 'tests/bench/report-cold.md');
const REPORT_JSON = path.join(projectRoot, 'tests/bench/report-cold.json');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

interface Attributed extends ColdFigures {
  budget: number | undefined;
  topBytes: Contributor[];
  topInit: Contributor[];
}

const contributors = (list: Contributor[], unit: (n: number) => string) =>
  list.map((c) => `${c.name} ${unit(c.value)}`).join(', ');

export async function coldSection(runs: number): Promise<Section> {
  const started = new Date().toISOString();
  const { floor, bundles } = await buildAll();
  const figures = measureInit(floor, bundles, runs);
  const attributed: Attributed[] = [];
  for (const f of figures) {
    const bundle = bundles.find((b) => b.name === f.name);
    if (!bundle) throw new Error(`no bundle for ${f.name}`);
    attributed.push({
      ...f,
      budget: (bundleBudgets as Record<string, number | undefined>)[f.name],
      topBytes: bytesByOwner(bundle.metafile),
      topInit: initByOwner(await buildForProfile(bundle, false), path.join(OUT, 'profiles', f.name)),
    });
  }
  const floorTop = initByOwner(await buildForProfile(floor, true), path.join(OUT, 'profiles', 'floor'));
  const floorMs = attributed.map((f) => f.floorCpuMs).sort((a, b) => a - b);
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
  const ok = attributed.every((f) => f.bytes <= TARGET_BYTES && f.ratio <= TARGET_RATIO);

  const markdown = [
    `Run ${started} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}, load average ${load} at the end. Bundles built as CDK builds them (\`esbuildOptions\`, lib/stacks/node-function.ts); bytes are the minified \`index.mjs\` without its source map. Init is the CPU time of \`await import(bundle)\` in a fresh process (with --enable-source-maps, as deployed), median of ${runs} runs, each right after an import of the floor; the ratio is that median over the median of those floor runs.`,
    '',
    `**The floor**: a bare GetItem handler on @aws-sdk/client-dynamodb (tests/bench/floor.ts), bundled plainly (ESM, minified, node24, mainFields module/main, no aliases, no map): ${kb(floor.bytes)}, init ${ms(floorMs[0] ?? 0)}–${ms(floorMs.at(-1) ?? 0)} of CPU across the pairs below. Targets: bundle ≤ ${kb(TARGET_BYTES)}, init ≤ ${TARGET_RATIO} × floor.`,
    '',
    table(
      ['function', 'bundle', 'budget', 'gzip', 'init (CPU)', 'floor beside it', 'init ÷ floor'],
      attributed.map((f) => [
        `${f.name} (\`${f.entry}\`)`,
        `${kb(f.bytes)} ${against(f.bytes <= TARGET_BYTES)}`,
        f.budget ? kb(f.budget) : '—',
        kb(f.gzipBytes),
        ms(f.initCpuMs),
        ms(f.floorCpuMs),
        `${f.ratio.toFixed(2)} ${against(f.ratio <= TARGET_RATIO)}`,
      ]),
    ),
    '',
    '### Where the bytes and the init go (top 10 per function)',
    '',
    "Bytes from esbuild's metafile per npm package (our own code per file). Init from one import under `--cpu-prof` (100 µs sampling, the whole process) of the same bundle built without minifying: ticks per line, mapped through the source map to a package (esbuild runs every ES module's top-level code in one function, so only lines tell them apart); parts of the runtime are in parentheses. One profiled run on a shared machine: compare the figures within a row, not across rows.",
    '',
    `- **floor** init: ${contributors(floorTop, ms)}`,
    '',
    table(
      ['function', 'largest bytes', 'largest init (profiled)'],
      attributed.map((f) => [f.name, contributors(f.topBytes, kb), contributors(f.topInit, ms)]),
    ),
  ].join('\n');

  writeFileSync(REPORT, `# Cold start per function\n\n${markdown}\n`);
  writeFileSync(
    REPORT_JSON,
    `${JSON.stringify({ run: started, runs, floor: { bytes: floor.bytes, initCpuMs: floorMs, top: floorTop }, functions: attributed }, null, 2)}\n`,
  );

  const sizes = barChart({
    file: 'cold-bundle-size.svg',
    title: 'Bundle size per function (minified, without the source map)',
    unit: 'KB',
    rows: attributed.map((f) => ({ label: f.name, values: [f.bytes / 1024, f.gzipBytes / 1024] })),
    series: [
      { name: 'raw', color: '#7c3aed', target: TARGET_BYTES / 1024 },
      { name: 'gzip', color: '#c4b5fd' },
    ],
  });
  const inits = barChart({
    file: 'cold-init.svg',
    title: 'Module init per function ÷ the floor beside it (CPU time, median)',
    unit: '×',
    rows: attributed.map((f) => ({ label: f.name, values: [f.ratio] })),
    series: [{ name: 'init ÷ floor', color: '#0891b2', target: TARGET_RATIO }],
  });
  return {
    title: 'Cold start per function',
    markdown: `${markdown}\n\n![Bundle size per function](charts/${sizes.file})\n\n![Init ÷ floor per function](charts/${inits.file})`,
    figures: attributed,
    ok,
    charts: [sizes, inits],
  };
}
