/**
 * Our API as a DOM test sees it: `fetch` answered from `answers` ("METHOD /path", or a bare "/path" for
 * any method → the answers in turn; the last one repeats), every request recorded in `calls`, and 404
 * `not_found` for anything else. Installs itself before each test, starting from `initial()`'s answers,
 * and removes itself (and the rendered DOM) after it.
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';

export type Answer = { status: number; body: unknown };
export type Call = { method: string; path: string; query: URLSearchParams; body: any };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function fakeApi(initial: () => Record<string, Answer[]> = () => ({})) {
  const api = {
    answers: {} as Record<string, Answer[]>,
    calls: [] as Call[],
    /** The requests sent with this method to this path. */
    sent: (method: string, path: string) => api.calls.filter((c) => c.method === method && c.path === path),
  };
  beforeEach(() => {
    api.answers = initial();
    api.calls = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string, init?: RequestInit) => {
        const url = new URL(input, 'http://localhost');
        const method = init?.method ?? 'GET';
        api.calls.push({
          method,
          path: url.pathname,
          query: url.searchParams,
          body: init?.body ? JSON.parse(String(init.body)) : undefined,
        });
        const queue = api.answers[`${method} ${url.pathname}`] ?? api.answers[url.pathname];
        const next = queue && queue.length > 1 ? queue.shift() : queue?.[0];
        return next
          ? json(next.status, next.body)
          : json(404, { error: { code: 'not_found', message: 'Not found' } });
      }),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  return api;
}
