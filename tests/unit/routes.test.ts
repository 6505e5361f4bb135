import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type HttpRoute, httpRoutes, routeKey } from '../../functions/contract/routes.ts';
import { contextEntry, contextsWithRoutes } from '../../lib/functions.ts';
import { matchRoute } from '../../lib/local/match-route.ts';

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

  it('writes down an audit decision for every route: an action on a signed-in route, or why not', () => {
    const actions = new Set<string>();
    for (const r of httpRoutes as readonly HttpRoute[]) {
      const key = routeKey(r);
      if ('skip' in r.audit) {
        expect(r.audit.skip.length, `${key}: say why it is not audited`).toBeGreaterThan(20);
        continue;
      }
      expect(['public', 'webhook'], `${key}: an audited route needs a caller`).not.toContain(r.auth);
      expect(r.audit.action, key).toMatch(/^[a-z]+(\.[a-zA-Z]+){1,3}$/);
      // One action per route, so an event always says which route wrote it.
      expect(actions.has(r.audit.action), `${key}: action ${r.audit.action} is used twice`).toBe(false);
      actions.add(r.audit.action);
      if (r.audit.subjectParam) expect(r.path, key).toContain(`{${r.audit.subjectParam}}`);
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
