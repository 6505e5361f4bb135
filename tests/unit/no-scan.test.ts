import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('access patterns', () => {
  it('never scans the table: every read is a Query or a GetItem', () => {
    const offenders = files('functions').filter((f) =>
      /ScanCommand|\.scan\b|\.scan\(|Select:\s*['"]ALL_ATTRIBUTES/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
