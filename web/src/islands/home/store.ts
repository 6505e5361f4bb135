/**
 * The home page's one request (GET /api/home), shared by its four region islands the way Astro's
 * with-nanostores example shares a store: each region renders its part of the same answer.
 */
import { signal } from '@preact/signals';
import type { HomePayload } from '../../../../functions/contract/api.ts';
import { ApiError, api } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';

export type HomeLoad =
  | { state: 'loading' }
  | { state: 'ready'; home: HomePayload }
  | { state: 'error'; message: string };

export const homeLoad = signal<HomeLoad>({ state: 'loading' });
const inFlight = signal<AbortController | null>(null);

export async function loadHome(): Promise<void> {
  inFlight.value?.abort();
  const controller = new AbortController();
  inFlight.value = controller;
  homeLoad.value = { state: 'loading' };
  try {
    const home = await api.call('home', {}, { signal: controller.signal });
    homeLoad.value = { state: 'ready', home };
  } catch (err) {
    if (controller.signal.aborted) return;
    homeLoad.value = { state: 'error', message: err instanceof ApiError ? err.message : m.problem_generic() };
  } finally {
    if (inFlight.value === controller) inFlight.value = null;
  }
}
