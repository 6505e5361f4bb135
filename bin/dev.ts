/**
 * `npm run dev`: the whole platform on this machine. Builds the site if needed, starts the emulators
 * and the gateway, seeds demo data, and stops every child on Ctrl-C / SIGTERM.
 *
 * Environment: PORT (default 3000), CHIKITSA_DATA_DIR (default ./.data), SKIP_WEB_BUILD=1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoDoctors, demoPeople } from '../lib/local/seed.ts';
import { ROOT, startTwin } from '../lib/local/twin.ts';

const started = Date.now();
const port = Number(process.env.PORT ?? 3000);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildSiteIfStale() {
  const dist = join(ROOT, 'web/dist/index.html');
  const sources = [join(ROOT, 'web/src'), join(ROOT, 'web/public')].filter(existsSync);
  const stale = !existsSync(dist) || sources.some((dir) => newestMtime(dir) > statSync(dist).mtimeMs);
  if (!stale) return;
  console.log('Building the web site (web/dist)…');
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web build failed');
}

if (!process.env.SKIP_WEB_BUILD) buildSiteIfStale();
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const dataDir = process.env.CHIKITSA_DATA_DIR ?? join(ROOT, '.data');
const twin = await startTwin({
  port,
  dataDir,
  persistent: true,
  seed: true,
  log: (line) => console.log(line),
});

// Where `npm run admin:create` finds this twin's endpoints (removed again on stop).
const twinFile = join(dataDir, 'twin.json');
// Written aside and renamed, so a stop at any moment leaves the whole file or none.
writeFileSync(`${twinFile}.tmp`, JSON.stringify(twin.env, null, 2), { mode: 0o600 });
renameSync(`${twinFile}.tmp`, twinFile);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the local twin…`);
  rmSync(twinFile, { force: true });
  await twin.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => void shutdown(signal));
process.on('uncaughtException', (error) => {
  console.error(error);
  void shutdown('uncaughtException');
});

const [firstDoctor] = demoDoctors;
console.log(`
Chikitsa360 is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  Site and API   ${twin.url}/
  Health         ${twin.url}/api/health
  Mailbox        ${twin.mailboxUrl}/   (verification codes, receipts, transcripts)

Demo logins (password ${DEMO_PASSWORD}):
  admin     ${demoPeople.admin.email}  (two-step sign-in: add secret ${twin.env.DEMO_ADMIN_TOTP_SECRET ?? '(not seeded)'} to an authenticator app)
  patient   ${demoPeople.patient.email}
  doctor    ${firstDoctor?.email}  (and ${demoDoctors.length - 1} more: *.*@chikitsa360.local)

Press Ctrl-C to stop.`);
