/**
 * Every built page is valid HTML: the site is built into a temporary folder and the Nu Html Checker
 * (the vnu-jar package, run by the system's Java) must report no error in any page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'c360-html-'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

beforeAll(async () => {
  await run(
    path.join(ROOT, 'node_modules/.bin/astro'),
    ['build', '--root', 'web', '--outDir', outDir, '--silent'],
    {
      cwd: ROOT,
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` },
      maxBuffer: 16 * 2 ** 20,
    },
  );
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('built pages', () => {
  it('pass the Nu Html Checker with no errors', async () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(20);
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const result = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], {
      maxBuffer: 16 * 2 ** 20,
    }).catch((error: { stdout?: string; stderr?: string }) => error);
    const report = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as {
      messages: { type: string; url: string; message: string; lastLine?: number }[];
    };
    const errors = report.messages
      .filter((m) => m.type === 'error')
      .map((m) => `${path.relative(outDir, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
