import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextEntry, contextsWithRoutes, httpRoutes, matchRoute, routeKey } from '../../lib/routes.ts';

describe('route table', () => {
  it('has unique route keys and unique operation names', () => {
    const keys = httpRoutes.map(routeKey);
    expect(new Set(keys).size).toBe(keys.length);
    const ops = httpRoutes.map((r) => r.operation);
    expect(new Set(ops).size).toBe(ops.length);
  });

  it('declares an auth rule for every route and keeps every path under /api', () => {
    for (const r of httpRoutes) {
      expect(r.auth, routeKey(r)).toMatch(
        /^(public|user|patient|doctor|admin|party|patientParty|doctorParty|webhook)$/,
      );
      expect(r.path.startsWith('/api/')).toBe(true);
    }
  });

  it('uses {id} as the appointment id on every party route (the stack loads the appointment by it)', () => {
    for (const r of httpRoutes.filter((r) => r.auth.toLowerCase().includes('party'))) {
      expect(r.path, routeKey(r)).toContain('{id}');
    }
  });

  it('has a handler file for every context that has routes', () => {
    for (const c of contextsWithRoutes()) expect(existsSync(contextEntry(c)), c).toBe(true);
  });

  it('matches concrete paths, decodes parameters and reports the allowed methods', () => {
    expect(matchRoute('GET', '/api/home')).toMatchObject({
      route: { operation: 'home' },
      pathParameters: {},
    });
    expect(matchRoute('GET', '/api/home/')).toMatchObject({ route: { operation: 'home' } });
    expect(matchRoute('DELETE', '/api/home')).toEqual({ allowed: ['GET'] });
    expect(matchRoute('GET', '/api/nothing-here')).toBeNull();
  });
});
