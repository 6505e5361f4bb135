/**
 * `npm run dev` as a user runs it: comes up, reuses its data on a second start, starts again after
 * being killed in the middle of writing, listens on loopback only, and never leaves a Java process
 * behind — neither on SIGTERM/Ctrl-C nor when it is killed outright.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../lib/local/ports.ts';
import { DEMO_PASSWORD, demoPeople } from '../../lib/local/seed.ts';
import { isLoopback, listenersOf, processTree } from '../helpers/listeners.ts';
import { until } from '../helpers/wait.ts';

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

async function startDev(port: number): Promise<{ child: ChildProcess; output: () => string }> {
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
  await until(() => out.includes('Chikitsa360 is running') || child.exitCode !== null, {
    what: 'npm run dev to start',
    timeoutMs: 120_000,
  }).catch(() => undefined);
  if (!out.includes('Chikitsa360 is running')) throw new Error(`dev did not start:\n${out}`);
  return { child, output: () => out };
}

/** Signs the demo patient in: the Cognito emulator read its pool file and the session works. */
async function demoPatientSignsIn(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ email: demoPeople.patient.email, password: DEMO_PASSWORD }),
  });
  return res.status;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );

describe('npm run dev', () => {
  it('starts, is healthy, listens on loopback only, and stops Java on SIGTERM', async () => {
    const port = await freePort();
    const { child, output } = await startDev(port);
    expect(output()).toContain('people and content created');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(javaProcesses().length).toBe(1);

    // Every port of the dev process and its children (DynamoDB Local's Java among them).
    const listeners = listenersOf(processTree(child.pid!));
    expect(listeners.map((l) => l.port)).toContain(port);
    expect(listeners.some((l) => l.pid !== child.pid)).toBe(true); // Java's own port was seen
    expect(listeners.filter((l) => !isLoopback(l.address))).toEqual([]);

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    await until(() => javaProcesses().length === 0, { what: 'Java to exit' });
  }, 180_000);

  it('reuses the data on a second start, and Java dies even when dev is killed with SIGKILL', async () => {
    const port = await freePort();
    const { child, output } = await startDev(port);
    expect(output()).toContain('people and content already there');
    const home = await (await fetch(`http://127.0.0.1:${port}/api/home`)).json();
    expect(home.featuredDoctors.length).toBeGreaterThan(0);
    expect(javaProcesses().length).toBe(1);

    child.kill('SIGKILL');
    await exited(child);
    await until(() => javaProcesses().length === 0, { what: 'Java to exit' });
  }, 180_000);

  it('starts again after being killed while it writes, with every account intact', async () => {
    for (let round = 0; round < 2; round++) {
      const port = await freePort();
      const { child } = await startDev(port);
      expect(await demoPatientSignsIn(port)).toBe(200);
      // Registrations rewrite the Cognito pool's file; kill the twin while they are under way.
      const origin = `http://127.0.0.1:${port}`;
      const registrations = Array.from({ length: 12 }, (_, i) =>
        fetch(`${origin}/api/auth/register`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({
            email: `killed-${round}-${i}-${Date.now()}@example.com`,
            password: 'Str0ng!Passw0rd',
            firstName: 'Asha',
            lastName: 'Kumar',
            role: 'patient',
          }),
        }).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await Promise.race(registrations);
      child.kill('SIGKILL');
      await Promise.all([exited(child), ...registrations]);
      await until(() => javaProcesses().length === 0, { what: 'Java to exit' });
    }
    const port = await freePort();
    const { child } = await startDev(port);
    expect(await demoPatientSignsIn(port)).toBe(200);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 400_000);
});
