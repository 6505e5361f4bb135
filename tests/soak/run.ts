/**
 * `npm run test:soak`: the determinism gate. Runs the browser suite and the integration tests that
 * start and stop twins or drive the room (twin-lifecycle, room, gateway) N rounds in a row, with a
 * busy loop holding one of the machine's cores the whole time, and prints each test's passes and
 * failures. A test that fails even once here is flaky, and a flaky test is a bug.
 *
 *   npm run test:soak                      5 rounds, with the CPU hog
 *   npm run test:soak -- --rounds 3        fewer rounds
 *   npm run test:soak -- --no-hog          without the hog
 *   npm run test:soak -- --only room       only the test files whose path contains "room"
 *   npm run test:soak -- --max-minutes 60  stop starting rounds after an hour (default 180)
 *
 * Exits 1 if any test failed in any round. Reports go to tests/soak/out/ (git-ignored).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'tests', 'soak', 'out');

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'no-hog': { type: 'boolean', default: false },
    only: { type: 'string' },
    'max-minutes': { type: 'string', default: '180' },
  },
});
const rounds = Number(values.rounds);
const deadline = Date.now() + Number(values['max-minutes']) * 60_000;

/** The suites of a round: every browser test, and the integration files that proved flaky before. */
const suites = [
  {
    project: 'e2e',
    files: readdirSync(join(ROOT, 'tests', 'e2e'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `tests/e2e/${f}`),
  },
  {
    project: 'integration',
    files: [
      'tests/integration/twin-lifecycle.test.ts',
      'tests/integration/room.test.ts',
      'tests/integration/gateway.test.ts',
    ],
  },
]
  .map((s) => ({ ...s, files: s.files.filter((f) => !values.only || f.includes(values.only)) }))
  .filter((s) => s.files.length > 0);
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

/**
 * One core kept busy by a child process, as another job on a shared CI machine would. It stops by
 * itself at the deadline as well, so it can never outlive the soak by much.
 */
function startHog() {
  const until = deadline + 10 * 60_000;
  const hog = spawn(process.execPath, ['-e', `const end = ${until}; while (Date.now() < end) {}`], {
    stdio: 'ignore',
  });
  return () => hog.kill('SIGKILL');
}

interface Outcome {
  passed: number;
  failed: number;
  /** The rounds it failed in. */
  failedIn: number[];
}

interface VitestJson {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
}

function runSuite(project: string, files: string[], round: number, report: string): VitestJson | null {
  const args = [VITEST, 'run', '--project', project, '--reporter=dot', '--reporter=json'];
  args.push(`--outputFile.json=${report}`, ...files);
  console.log(`\n[soak] round ${round}: ${project} ${files.join(' ')}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  try {
    return JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
  } catch {
    return null; // vitest died before writing a report: counted below as a failed run
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
console.log('[soak] building the web site once');
if (spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const stopHog = values['no-hog'] ? () => undefined : startHog();
process.on('exit', stopHog);
const outcomes = new Map<string, Outcome>();
const count = (name: string, ok: boolean, round: number) => {
  const o = outcomes.get(name) ?? { passed: 0, failed: 0, failedIn: [] };
  if (ok) o.passed++;
  else {
    o.failed++;
    o.failedIn.push(round);
  }
  outcomes.set(name, o);
};

let roundsRun = 0;
for (let round = 1; round <= rounds; round++) {
  if (Date.now() > deadline) {
    console.log(`[soak] --max-minutes reached; stopping after ${roundsRun} rounds`);
    break;
  }
  for (const [i, suite] of suites.entries()) {
    const report = join(OUT, `round-${round}-${i}.json`);
    const json = runSuite(suite.project, suite.files, round, report);
    if (!json) {
      count(`${suite.project}: the run itself (no report)`, false, round);
      continue;
    }
    for (const file of json.testResults) {
      const path = relative(ROOT, file.name);
      // A file that failed outside any test (a hook, an import) has no assertion results to blame.
      if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
        count(`${path} (outside its tests: ${file.message?.split('\n')[0] ?? 'failed'})`, false, round);
      }
      for (const test of file.assertionResults) {
        if (test.status === 'passed' || test.status === 'failed') {
          count(`${path} › ${test.fullName}`, test.status === 'passed', round);
        } else {
          count(`${path} › ${test.fullName} [${test.status}]`, false, round); // skipped is not passing
        }
      }
    }
  }
  roundsRun++;
}
stopHog();

const rows = [...outcomes.entries()].sort(([a], [b]) => a.localeCompare(b));
const failures = rows.filter(([, o]) => o.failed > 0);
console.log(`\n[soak] ${roundsRun} rounds, ${values['no-hog'] ? 'no CPU hog' : 'one core kept busy'}`);
console.log('passed  failed  test');
for (const [name, o] of rows) {
  const where = o.failed ? `   (failed in round ${o.failedIn.join(', ')})` : '';
  console.log(`${String(o.passed).padStart(6)}  ${String(o.failed).padStart(6)}  ${name}${where}`);
}
console.log(
  failures.length
    ? `\n[soak] ${failures.length} of ${rows.length} tests failed at least once`
    : `\n[soak] all ${rows.length} tests passed in every round`,
);
process.exit(failures.length ? 1 : 0);
