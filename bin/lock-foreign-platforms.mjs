#!/usr/bin/env node
// The npm registry mirror this project is built against lacks some other-platform binaries
// (e.g. @biomejs/cli-darwin-arm64). `npm install` then silently leaves them out of
// package-lock.json, and `npm ci` refuses the lock as "out of sync". This adds an entry for
// each missing optional platform package, with os/cpu/libc taken from its name, so that npm ci
// skips it on this platform exactly as it would with the full registry. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const tail = name.split('/').pop();
  const os = ['android', 'darwin', 'linux', 'win32', 'freebsd'].find((o) => tail.includes(`-${o}-`));
  const cpu = ['arm64', 'x64', 'wasm32', 'arm', 'ia32'].find((c) => new RegExp(`-${c}(-|$)`).test(tail));
  if (!cpu) return undefined;
  const libc = tail.endsWith('-musl')
    ? ['musl']
    : os === 'linux' && /-(gnu|gnueabihf)$/.test(tail)
      ? ['glibc']
      : undefined;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ''}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[key] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    packages[hoisted] = { version: spec, dev: entry.dev, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-foreign-platforms: added ${added} entries`);
