/**
 * THE status map: every page, the patient's, the doctor's and the admin's, shows an appointment's
 * status with this label, colour and icon (a booking whose hold ran out reads "Hold expired"), and the
 * console shows payments, transcriptions and doctors' verification from the same map.
 */
import type { AppointmentView } from '../../../functions/contract/api.ts';
import type { IconShapes } from '../lib/icons/index.ts';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

type Status = AppointmentView['status'];

type Spec = { label: () => string; tone: string; icon: IconShapes };
const [AMBER, GREEN, TEAL, RED, GREY, SKY] = [
  'bg-accent-50 text-accent-900 ring-accent-300',
  'bg-emerald-50 text-emerald-800 ring-emerald-200',
  'bg-brand-50 text-brand-800 ring-brand-200',
  'bg-red-50 text-red-800 ring-red-200',
  'bg-slate-100 text-slate-700 ring-slate-300',
  'bg-sky-50 text-sky-800 ring-sky-200',
];

export const STATUS: Record<Status, Spec> = {
  REQUESTED: { label: m.status_requested, tone: AMBER, icon: I.hourglass },
  CONFIRMED: { label: m.status_confirmed, tone: GREEN, icon: I.checkCircle },
  COMPLETED: { label: m.status_completed, tone: TEAL, icon: I.badgeCheck },
  CANCELLED: { label: m.status_cancelled, tone: RED, icon: I.xCircle },
  NO_SHOW: { label: m.status_no_show, tone: GREY, icon: I.xCircle },
};

/** The other states (payments, transcriptions, verification); COMPLETED and CANCELLED read as above. */
const STATES: Record<string, Spec> = {
  ...STATUS,
  PENDING: { label: m.state_pending, tone: AMBER, icon: I.hourglass },
  PROCESSING: { label: m.state_processing, tone: SKY, icon: I.refreshCw },
  FAILED: { label: m.state_failed, tone: RED, icon: I.alertCircle },
  REFUNDED: { label: m.state_refunded, tone: SKY, icon: I.receipt },
  REFUND_FAILED: { label: m.state_refund_failed, tone: RED, icon: I.alertCircle },
  pending: { label: m.state_pending, tone: AMBER, icon: I.hourglass },
  verified: { label: m.state_verified, tone: GREEN, icon: I.badgeCheck },
  rejected: { label: m.state_rejected, tone: RED, icon: I.xCircle },
};

/** A state's label from the map ("FAILED" → "Failed"); an unknown one as it is. */
export const stateLabel = (status: string) => STATES[status]?.label() ?? status;

type Subject = Pick<AppointmentView, 'status' | 'holdExpiresAt'>;

export const holdExpired = (a: Subject, now = Date.now()) =>
  a.status === 'REQUESTED' && !!a.holdExpiresAt && Date.parse(a.holdExpiresAt) <= now;

export function statusLabel(a: Subject, now = Date.now()): string {
  return holdExpired(a, now) ? m.status_hold_expired() : STATUS[a.status].label();
}

export function StatusBadge({
  appointment: a,
  status = a?.status ?? '',
  size = 'sm',
}: {
  appointment?: Subject;
  /** A payment's, transcription's or verification's state, when there is no appointment. */
  status?: string;
  size?: 'sm' | 'md';
}) {
  const spec = STATES[status] ?? { label: () => status, tone: GREY, icon: I.circle };
  return (
    <span
      class={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ${spec.tone} ${size === 'md' ? 'px-3 py-1 text-sm' : 'px-2.5 py-0.5 text-xs'}`}
      data-testid="status-badge"
      data-status={status}
    >
      <Icon shape={spec.icon} class={size === 'md' ? 'size-4' : 'size-3.5'} />
      {a ? statusLabel(a) : spec.label()}
    </span>
  );
}
