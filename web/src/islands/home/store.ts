/**
 * The home page's one request (GET /api/home), shared by its four region islands the way Astro's
 * with-nanostores example shares a store: each region renders its part of the same answer. A plain
 * store with subscribers, not a signal: the home page ships no signals runtime.
 */
import { useEffect, useState } from 'preact/hooks';
import type { HomePayload } from '../../../../functions/contract/api.ts';
import { ApiError, api } from '../../lib/client.ts';
import { contentQuery } from '../../lib/content-lang.ts';
import { m } from '../../paraglide/messages.js';

export type HomeLoad =
  | { state: 'loading' }
  | { state: 'ready'; home: HomePayload }
  | { state: 'error'; message: string };

let current: HomeLoad = { state: 'loading' };
const listeners = new Set<(load: HomeLoad) => void>();
let inFlight: AbortController | null = null;

function set(load: HomeLoad) {
  current = load;
  // Each region renders the answer in a task of its own. Rendered together, the four sections were
  // one task of 100-165 ms on this machine (four times that on Lighthouse's simulated phone), in
  // which the page could not answer a tap. A newer answer, or a region gone meanwhile, skips its turn.
  for (const listener of listeners)
    setTimeout(() => {
      if (current === load && listeners.has(listener)) listener(load);
    }, 0);
}

/** The shared answer; the calling component renders again when it changes. */
export function useHomeLoad(): HomeLoad {
  const [load, setLoad] = useState(current);
  useEffect(() => {
    listeners.add(setLoad);
    setLoad(current); // it may have changed between the render and this subscription
    return () => void listeners.delete(setLoad);
  }, []);
  return load;
}

export async function loadHome(): Promise<void> {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  set({ state: 'loading' });
  try {
    const home = await api.call('home', { query: contentQuery() }, { signal: controller.signal });
    set({ state: 'ready', home });
  } catch (err) {
    if (controller.signal.aborted) return;
    set({ state: 'error', message: err instanceof ApiError ? err.message : m.problem_generic() });
  } finally {
    if (inFlight === controller) inFlight = null;
  }
}
