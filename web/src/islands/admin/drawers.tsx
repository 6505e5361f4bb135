/**
 * The drawer registry: which component shows which kind of record. Views ask for a drawer by kind
 * through the ViewContext, so the doctors, payments, transcriptions and audit views open the account
 * and appointment drawers without importing the views that also list them.
 */
import { AppointmentDrawer } from './AppointmentDrawer.tsx';
import type { DrawerRequest } from './context.ts';
import { UserDrawer } from './UserDrawer.tsx';

export function DrawerHost({ request, onClose }: { request: DrawerRequest | null; onClose: () => void }) {
  if (!request) return null;
  // Keyed by the record, so opening another one starts afresh.
  if (request.kind === 'user')
    return (
      <UserDrawer key={`u${request.id}`} id={request.id} onChange={request.onChange} onClose={onClose} />
    );
  return (
    <AppointmentDrawer key={`a${request.id}`} id={request.id} onChange={request.onChange} onClose={onClose} />
  );
}
