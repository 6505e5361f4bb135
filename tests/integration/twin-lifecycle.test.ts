/**
 * `npm run dev` as a user runs it: comes up, reuses its data on a second start, and never leaves a
 * Java process behind — neither on SIGTERM/Ctrl-C nor when it is killed outright.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../lib/local/ports.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'chikitsa-dev-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const p of running) p.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Processes whose command line mentions our data dir: DynamoDB Local's java, with -dbPath inside it. */
const javaProcesses = () => {
  try {
    return execFileSync('pgrep', ['-f', `^java .*${dataDir}`])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
};

async function eventually(check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

async function startDev(
  port: number,
): Promise<{ child: ChildProcess; output: () => string; readyMs: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/dev.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      CHIKITSA_DATA_DIR: dataDir,
      SKIP_WEB_BUILD: '1',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = await eventually(
    () => out.includes('Chikitsa360 is running') || child.exitCode !== null,
    60_000,
  );
  if (!ready || child.exitCode !== null) throw new Error(`dev did not start:\n${out}`);
  return { child, output: () => out, readyMs: Date.now() - started };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );

describe('npm run dev', () => {
  it('starts in under 30 s, is healthy, and stops Java on SIGTERM', async () => {
    const port = await freePort();
    const { child, readyMs, output } = await startDev(port);
    expect(readyMs).toBeLessThan(30_000);
    expect(output()).toContain('people and content created');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(javaProcesses().length).toBe(1);

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(await eventually(() => javaProcesses().length === 0, 5000)).toBe(true);
  }, 90_000);

  it('reuses the data on a second start, and Java dies even when dev is killed with SIGKILL', async () => {
    const port = await freePort();
    const { child, output } = await startDev(port);
    expect(output()).toContain('people and content already there');
    const home = await (await fetch(`http://127.0.0.1:${port}/api/home`)).json();
    expect(home.featuredDoctors.length).toBeGreaterThan(0);
    expect(javaProcesses().length).toBe(1);

    child.kill('SIGKILL');
    await exited(child);
    expect(await eventually(() => javaProcesses().length === 0, 5000)).toBe(true);
  }, 90_000);
});
