/**
 * Lighthouse 13 (its CLI, in a child Node 24 process) against the twin for the home, search, doctor
 * detail and room pages, in English and in Hindi (/hi/): performance and accessibility scores with Lighthouse's default settings
 * (mobile emulation, simulated slow-4G and 4× CPU slowdown). Debian's Chromium is started once by us
 * (own temporary profile, own process group, killed at the end even on failure) and Lighthouse attaches
 * to it with --port, opening a fresh tab per page. The room needs a signed-in party and a paid
 * appointment that starts within 15 minutes: one is made through the API, and its session cookies go
 * in as an extra Cookie header (Lighthouse resets the origin's storage before loading a page).
 * Chromium also gets fake media-device flags so the room's device check can run without a camera.
 *
 * Targets (issue 15): performance ≥ 98, accessibility 100.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Twin } from '../../lib/local/twin.ts';
import { barChart } from './charts.ts';
import { confirmedAppointment, Session } from './fixtures.ts';
import { against, ms, type Section, table } from './stats.ts';

export const TARGET_PERFORMANCE = 98;
export const TARGET_ACCESSIBILITY = 100;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
const LIGHTHOUSE_CLI = path.resolve(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js');

interface Browser {
  port: number;
  stop(): Promise<void>;
}

/** Debian's Chromium with remote debugging on a free loopback port, in its own process group. */
async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chikitsa-bench-chromium-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the run is interrupted (the runner exits on SIGINT/SIGTERM), the browser goes too.
  const killOnExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`Chromium did not start: ${output.slice(-500)}`)),
        30_000,
      );
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}): ${output.slice(-500)}`));
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface Audit {
  name: string;
  url: string;
  /** Where the page ended up (a sign-in redirect would show here). */
  finalUrl: string;
  performance: number;
  accessibility: number;
  metrics: Record<string, number>;
  failedA11y: string[];
  warnings: string[];
  /** Lighthouse's measure of this machine's speed at the time (its 4× slowdown assumes about 1000+). */
  benchmarkIndex: number;
}

async function audit(
  port: number,
  name: string,
  url: string,
  headers?: Record<string, string>,
): Promise<Audit> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chikitsa-bench-lh-'));
  try {
    const output = path.join(dir, 'report.json');
    await promisify(execFile)(
      process.execPath,
      [
        LIGHTHOUSE_CLI,
        url,
        `--port=${port}`,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--no-enable-error-reporting',
        '--max-wait-for-load=45000',
        ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
      ],
      { timeout: 150_000, maxBuffer: 16 * 2 ** 20 },
    );
    // BENCH_LIGHTHOUSE_KEEP=<dir> keeps each page's full report, to read which audits cost points.
    const keep = process.env.BENCH_LIGHTHOUSE_KEEP;
    if (keep) copyFileSync(output, path.join(keep, `${name.replace(/\W+/g, '-')}.json`));
    const lhr = JSON.parse(readFileSync(output, 'utf8'));
    if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue as number;
    const a11yRefs = lhr.categories.accessibility.auditRefs as { id: string; weight: number }[];
    return {
      name,
      url,
      finalUrl: String(lhr.finalDisplayedUrl ?? lhr.finalUrl ?? url),
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      metrics: {
        fcp: numeric('first-contentful-paint'),
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        si: numeric('speed-index'),
      },
      failedA11y: a11yRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1)
        .map((r) => r.id),
      warnings: (lhr.runWarnings ?? []) as string[],
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? Number.NaN),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchLighthouse(twin: Twin): Promise<Section> {
  const anonymous = new Session(twin, '');
  const doctorId = (await anonymous.call('GET', '/api/doctors?q=shar')).body.doctors[0]?.id as string;
  const room = await confirmedAppointment(twin);
  const english: [string, string, Record<string, string>?][] = [
    ['home', '/'],
    ['search', '/doctors/'],
    ['doctor detail', `/doctors/view/?id=${doctorId}`],
    ['room', `/room/?id=${room.appointmentId}`, { Cookie: room.patient.cookie }],
  ];
  // The Hindi pages hold the same targets (issue 16): their own scripts, strings and Devanagari font.
  const pages = [
    ...english,
    ...english.map(([name, page, headers]): [string, string, Record<string, string>?] => [
      `${name} (hi)`,
      `/hi${page}`,
      headers,
    ]),
  ];
  const browser = await launchChromium();
  const audits: Audit[] = [];
  try {
    for (const [name, page, headers] of pages)
      audits.push(await audit(browser.port, name, twin.url + page, headers));
  } finally {
    await browser.stop();
  }

  const score = (value: number, target: number) => `${value} (≥ ${target}) ${against(value >= target)}`;
  const shown = (url: string) => url.replace(twin.url, '').replace(/=[0-9a-f-]{36}/, '={id}');
  const rows = audits.map((a) => [
    `${a.name} (\`${shown(a.url)}\`${a.finalUrl === a.url ? '' : `, ended at \`${shown(a.finalUrl)}\``})`,
    score(a.performance, TARGET_PERFORMANCE),
    score(a.accessibility, TARGET_ACCESSIBILITY),
    ms(a.metrics.fcp!),
    ms(a.metrics.lcp!),
    ms(a.metrics.tbt!),
    a.metrics.cls!.toFixed(3),
    ms(a.metrics.si!),
    a.failedA11y.join(', ') || 'none',
    a.benchmarkIndex,
  ]);
  const chart = barChart({
    file: 'lighthouse.svg',
    title: 'Lighthouse 13 scores (mobile, simulated throttling)',
    unit: 'score',
    max: 100,
    higherIsBetter: true,
    rows: audits.map((a) => ({ label: a.name, values: [a.performance, a.accessibility] })),
    series: [
      { name: 'performance', color: '#16a34a', target: TARGET_PERFORMANCE },
      { name: 'accessibility', color: '#9333ea', target: TARGET_ACCESSIBILITY },
    ],
  });
  const warnings = audits.flatMap((a) => a.warnings.map((w) => `- ${a.name}: ${w}`));
  const markdown = [
    `Lighthouse 13.5 CLI with its default settings (mobile emulation, simulated slow 4G, 4× CPU slowdown) attached to Debian Chromium (\`${CHROMIUM_FLAGS.join(' ')}\`), on loopback to the twin. Each page in English and in Hindi (/hi/). The room is loaded as the patient of a paid appointment starting in a few minutes (session cookie as an extra header). The twin's gateway compresses the site as CloudFront does (Brotli for Chromium). Metrics are Lighthouse's simulated values. The CPU benchmark index is Lighthouse's own measure of the machine at the time: its 4× slowdown is calibrated for an index of about 1000 and more, and on a slower (or busy) machine the simulated page is slower than a real mid-range phone, which lowers performance scores (mostly through TBT). Targets: performance ≥ ${TARGET_PERFORMANCE}, accessibility ≥ ${TARGET_ACCESSIBILITY}.`,
    '',
    table(
      [
        'page',
        'performance',
        'accessibility',
        'FCP',
        'LCP',
        'TBT',
        'CLS',
        'Speed Index',
        'failed accessibility audits',
        'CPU benchmark index',
      ],
      rows,
    ),
    '',
    `![Lighthouse scores](charts/${chart.file})`,
    ...(warnings.length ? ['', 'Lighthouse run warnings:', '', ...warnings] : []),
  ].join('\n');
  return {
    title: 'Lighthouse',
    markdown,
    figures: audits,
    ok: audits.every((a) => a.performance >= TARGET_PERFORMANCE && a.accessibility >= TARGET_ACCESSIBILITY),
    charts: [chart],
  };
}
