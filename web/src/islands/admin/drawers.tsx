/**
 * How the console loads code: each view and each drawer's content is its own chunk, fetched the first
 * time it is opened and kept. The drawer registry maps a kind to its frame (title, testid) and its
 * chunk, so the doctors, payments, transcriptions and audit views open the account and appointment
 * drawers by name without importing the views that also list them.
 */
import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { Drawer } from '../../components/Drawer.tsx';
import { ErrorState } from '../../components/States.tsx';
import { m } from '../../paraglide/messages.js';
import type { DrawerRequest } from './context.ts';

// biome-ignore lint/suspicious/noExplicitAny: each chunk's component takes its own props
export type Loader = () => Promise<{ default: ComponentType<any> }>;
const loaded = new Map<Loader, ComponentType<object>>();

/** A chunk's component once it has arrived (at once when it came before); `onShown` runs when it shows. */
export function Chunk({ load, props = {}, onShown }: { load: Loader; props?: object; onShown?: () => void }) {
  const View = useSignal(loaded.get(load));
  const failed = useSignal(false);
  const fetch = () => {
    failed.value = false;
    load().then(
      (mod) => {
        loaded.set(load, mod.default);
        View.value = mod.default;
      },
      () => {
        failed.value = true;
      },
    );
  };
  useEffect(() => {
    if (!View.value) fetch();
  }, []);
  useEffect(() => {
    if (View.value) onShown?.();
  }, [View.value]);
  if (View.value) return <View.value {...props} />;
  if (failed.value) return <ErrorState message={m.problem_generic()} onRetry={fetch} />;
  return <div class="skeleton h-8 w-1/3" aria-busy="true" />;
}

const DRAWERS: Record<DrawerRequest['kind'], [title: () => string, testid: string, load: Loader]> = {
  user: [m.admin_account_details, 'user-drawer', () => import('./UserDrawer.tsx')],
  appointment: [m.admin_appointment, 'appointment-drawer', () => import('./AppointmentDrawer.tsx')],
};

export function DrawerHost({ request, onClose }: { request: DrawerRequest | null; onClose: () => void }) {
  if (!request) return null;
  const [title, testid, load] = DRAWERS[request.kind];
  return (
    // Keyed by the record, so opening another one starts afresh.
    <Drawer key={`${request.kind}${request.id}`} open onClose={onClose} title={title()} testid={testid}>
      <Chunk load={load} props={request} />
    </Drawer>
  );
}
