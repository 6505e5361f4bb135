/**
 * safeNext (web/src/lib/next.ts): `?next=` after signing in stays on this site, whatever
 * normalisation trick the link uses; the value returned is the value checked.
 */
import { describe, expect, it } from 'vitest';
import { safeNext } from '../../web/src/lib/next.ts';

const origin = 'https://chikitsa360.example';

describe('safeNext', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNext('/account/edit/', origin)).toBe('/account/edit/');
    expect(safeNext('/appointments/view/?id=abc#chat', origin)).toBe('/appointments/view/?id=abc#chat');
    // Dot segments are resolved; what comes back is the resolved path.
    expect(safeNext('/doctors/../account/', origin)).toBe('/account/');
    // Encoded slashes stay encoded in a path: the browser goes to that path on this site.
    expect(safeNext('/%2F%2Fevil.example/phish', origin)).toBe('/%2F%2Fevil.example/phish');
  });

  it.each([
    ['/.//evil.example/phish'], // normalises to //evil.example/phish
    ['/..//evil.example/phish'],
    ['/./\\evil.example/phish'],
    ['//evil.example/phish'],
    ['/\\evil.example/phish'],
    ['/\\/evil.example/phish'],
    ['/\t/evil.example/phish'], // the parser strips tabs and newlines: //evil.example
    ['/\n/evil.example/phish'],
    ['/\t\\evil.example'],
    ['%2F%2Fevil.example/phish'],
    ['https://evil.example/phish'],
    ['http:evil.example'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    [' /account/'],
    ['data:text/html,hi'],
    ['/login/'],
    ['/register/?role=doctor'],
    ['/reset-password'],
    [''],
    [null],
    [undefined],
  ])('refuses %j', (next) => {
    expect(safeNext(next, origin)).toBeNull();
  });

  it('never returns a value that leaves the origin, for any input', () => {
    const pieces = ['/', '\\', '.', '..', '%2F', '%5C', '\t', '\n', 'evil.example', '@', ':', '?', '#', '//'];
    const seen: string[] = [];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const next = `/${a}${b}${c}evil.example/x`;
          const safe = safeNext(next, origin);
          if (safe === null) continue;
          seen.push(safe);
          expect(new URL(safe, origin).origin).toBe(origin);
          expect(safe).toMatch(/^\/(?![/\\])/);
        }
    expect(seen.length).toBeGreaterThan(0);
  });
});
