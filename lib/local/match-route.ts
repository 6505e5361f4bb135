/**
 * Route matching for the local gateway, which plays API Gateway: a concrete method and path against
 * the route table (functions/contract/routes.ts), with the path parameters decoded.
 */
import { type HttpMethod, type HttpRoute, httpRoutes } from '../../functions/contract/routes.ts';

/** Matches a concrete path against the table; returns the route and its path parameters. */
export function matchRoute(
  method: string,
  path: string,
): { route: HttpRoute; pathParameters: Record<string, string> } | { allowed: HttpMethod[] } | null {
  const allowed: HttpMethod[] = [];
  for (const route of httpRoutes as readonly HttpRoute[]) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method) return { route, pathParameters: params };
    allowed.push(route.method);
  }
  return allowed.length ? { allowed } : null;
}

function matchPath(template: string, path: string): Record<string, string> | null {
  const t = template.split('/');
  const p = path.replace(/\/+$/, '').split('/');
  if (t.length !== p.length) return null;
  const params: Record<string, string> = {};
  for (const [i, seg] of t.entries()) {
    const value = p[i] ?? '';
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (!value) return null;
      try {
        params[seg.slice(1, -1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (seg !== value) return null;
  }
  return params;
}
