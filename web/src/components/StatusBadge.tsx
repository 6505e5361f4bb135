/**
 * THE appointment status map: every page, the patient's, the doctor's and the admin's, shows a status
 * with this label, colour and icon. A booking whose hold ran out reads "Hold expired".
 */
import type { AppointmentView } from '../../../functions/contract/api.ts';
import type { IconShapes } from '../lib/icons/index.ts';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

type Status = AppointmentView['status'];

export const STATUS: Record<Status, { label: () => string; tone: string; icon: IconShapes }> = {
  REQUESTED: {
    label: m.status_requested,
    tone: 'bg-accent-50 text-accent-900 ring-accent-300',
    icon: I.hourglass,
  },
  CONFIRMED: {
    label: m.status_confirmed,
    tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    icon: I.checkCircle,
  },
  COMPLETED: {
    label: m.status_completed,
    tone: 'bg-brand-50 text-brand-800 ring-brand-200',
    icon: I.badgeCheck,
  },
  CANCELLED: { label: m.status_cancelled, tone: 'bg-red-50 text-red-800 ring-red-200', icon: I.xCircle },
  NO_SHOW: { label: m.status_no_show, tone: 'bg-slate-100 text-slate-700 ring-slate-300', icon: I.xCircle },
};

type Subject = Pick<AppointmentView, 'status' | 'holdExpiresAt'>;

export const holdExpired = (a: Subject, now = Date.now()) =>
  a.status === 'REQUESTED' && !!a.holdExpiresAt && Date.parse(a.holdExpiresAt) <= now;

export function statusLabel(a: Subject, now = Date.now()): string {
  return holdExpired(a, now) ? m.status_hold_expired() : STATUS[a.status].label();
}

export function StatusBadge({ appointment: a, size = 'sm' }: { appointment: Subject; size?: 'sm' | 'md' }) {
  const spec = STATUS[a.status];
  return (
    <span
      class={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ${spec.tone} ${size === 'md' ? 'px-3 py-1 text-sm' : 'px-2.5 py-0.5 text-xs'}`}
      data-testid="status-badge"
      data-status={a.status}
    >
      <Icon shape={spec.icon} class={size === 'md' ? 'size-4' : 'size-3.5'} />
      {statusLabel(a)}
    </span>
  );
}
