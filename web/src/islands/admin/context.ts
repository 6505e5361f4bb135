/**
 * What every console view gets from the console (islands/admin/AdminConsole.tsx), through Preact
 * context: the admin, the view's address parameters, toasts, the navigation counts and the drawers.
 * Views import this module and ui.tsx, never the console or each other: a view opens another area's
 * drawer by name (`openDrawer({ kind: 'user', … })`) and drawers.tsx maps the name to the component.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AdminUser, Me } from '../../../../functions/contract/api.ts';

export type DrawerRequest =
  | { kind: 'user'; id: string; onChange?: (user: AdminUser) => void }
  | { kind: 'appointment'; id: string; onChange?: () => void };

export interface ViewContext {
  me: Me;
  /** The view's parameters from the address (#/doctors?tab=verified), as it was opened. */
  params: URLSearchParams;
  /** Records the view's filters in the address (no new history entry, no re-render). */
  setParams(changes: Record<string, string | null | undefined>): void;
  /** Shows a toast, announced politely; errors stay until dismissed. */
  notify(message: string, tone?: 'success' | 'error'): void;
  /** Re-reads the counts in the navigation (pending doctors, failed transcriptions). */
  refreshCounts(): void;
  /** Opens a drawer over the view (null closes it). */
  openDrawer(request: DrawerRequest | null): void;
}

/** Focus on the view's title (after navigating, or when what had focus is gone). */
export const focusTitle = () => document.getElementById('view-title')?.focus();
/** Focus on the first match of `selector`, after the current render (and a closing dialog's own focus). */
export const focusLater = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

export const ViewCtx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const ctx = useContext(ViewCtx);
  if (!ctx) throw new Error('A console view rendered outside the console');
  return ctx;
}
