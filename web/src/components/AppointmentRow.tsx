/**
 * One appointment in a list (the appointments page, the dashboards): date tile, the other party, the
 * time in the viewer's zone, the status and the next step. What a row offers comes from the server's
 * view (`actions`, `join`, `price`); an unpaid booking counts down its hold and stops offering to pay
 * when it runs out.
 */
import type { AppointmentView } from '../../../functions/contract/api.ts';
import { ymdIn } from '../lib/days.ts';
import { dateTimeFormat, formatInr, intlLocale, specialtyLabel, titledName } from '../lib/format.ts';
import * as I from '../lib/icons/index.ts';
import { appointmentHref, payHref, roomHref } from '../lib/links.ts';
import { ageAndSex } from '../lib/person.ts';
import type { Role } from '../lib/session.ts';
import { formatLongDate, formatTimeRange, viewerZone } from '../lib/zoned.ts';
import { m } from '../paraglide/messages.js';
import { Clock, useRemaining } from './Countdown.tsx';
import { Icon } from './Icon.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export { appointmentHref, formatLongDate, payHref, roomHref };

/** The party the viewer meets: the doctor for a patient, the person treated for a doctor. */
export const otherParty = (a: AppointmentView, role: Role) =>
  role === 'doctor' ? a.treated.name : titledName(a.doctor.name);

/** A calendar tile: weekday, day number and month of the start, in the viewer's zone. */
export function DateTile({ startAt, zone }: { startAt: string; zone: string }) {
  const part = (opts: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(intlLocale(), { ...opts, timeZone: zone }).format(new Date(startAt));
  return (
    <span
      class="flex size-16 shrink-0 flex-col items-center justify-center rounded-xl bg-brand-50 text-brand-800 ring-1 ring-brand-100"
      aria-hidden="true"
    >
      <span class="text-xs font-semibold uppercase">{part({ weekday: 'short' })}</span>
      <span class="text-xl leading-6 font-bold">{part({ day: 'numeric' })}</span>
      <span class="text-xs font-medium">{part({ month: 'short' })}</span>
    </span>
  );
}

/** "Held for 12:34", ticking; "Hold expired" once the time is up. */
export function HoldCountdown({ left }: { left: number }) {
  return left > 0 ? (
    <span class="inline-flex items-center gap-1.5 text-sm text-accent-900" data-testid="hold-countdown">
      <Icon shape={I.clock} class="size-4 text-accent-700" />
      <span>{m.hold_for()} </span>
      <Clock ms={left} />
    </span>
  ) : (
    <span
      class="inline-flex items-center gap-1.5 text-sm text-accent-900"
      data-testid="hold-countdown"
      data-expired="true"
    >
      <Icon shape={I.alertTriangle} class="size-4 text-accent-700" />
      {m.status_hold_expired()}
    </span>
  );
}

export function AppointmentRow({
  a,
  role,
  compact = false,
}: {
  a: AppointmentView;
  role: Role;
  compact?: boolean;
}) {
  const zone = viewerZone();
  const nameId = `appt-${a.id}-name`;
  const held = a.status === 'REQUESTED' && a.holdExpiresAt !== null;
  const left = useRemaining(held ? a.holdExpiresAt : null);
  const unpaid = held && left > 0;
  const today = ymdIn(new Date(), zone) === ymdIn(a.startAt, zone);
  return (
    <li
      class={`flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200/80 bg-white sm:flex-row sm:items-center ${compact ? 'p-4' : 'p-4 shadow-card sm:p-5'}`}
      data-testid="appointment-item"
      data-appointment-id={a.id}
      data-status={a.status}
    >
      <div class="flex min-w-0 flex-1 items-start gap-4">
        <DateTile startAt={a.startAt} zone={zone} />
        <div class="min-w-0 flex-1">
          <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p id={nameId} class="font-semibold break-words text-slate-900" data-testid="appointment-party">
              {otherParty(a, role)}
            </p>
            <StatusBadge appointment={a} />
          </div>
          <p class="mt-1 text-sm text-slate-700" data-testid="appointment-time">
            {today && <span class="font-semibold text-brand-800">{m.today_prefix()}</span>}
            {`${formatLongDate(a.startAt, zone)}, ${formatTimeRange(a.startAt, a.endAt, zone)}`}
          </p>
          {role === 'doctor' ? (
            <p class="mt-0.5 text-sm text-slate-700" data-testid="appointment-treated">
              {ageAndSex(a.treated, a.startAt, a.timeZone)}
            </p>
          ) : (
            a.treated.relationship !== 'self' && (
              <p class="mt-0.5 text-sm text-slate-700" data-testid="appointment-treated">
                {m.row_for({ name: a.treated.name })}
              </p>
            )
          )}
          <p class="mt-0.5 truncate text-sm text-slate-600">
            {role === 'doctor'
              ? m.row_reason({ reason: a.reason })
              : specialtyLabel(a.doctor.specialty, a.doctor.specialtyName)}
          </p>
          {held && (
            <p class="mt-1.5">
              <HoldCountdown left={left} />
            </p>
          )}
        </div>
      </div>
      <div class="flex shrink-0 flex-wrap gap-2 sm:justify-end">
        {role === 'patient' && a.actions.canPay && unpaid && (
          <a
            href={payHref(a.id)}
            class="btn-primary min-h-10 px-3"
            aria-describedby={nameId}
            data-testid="appointment-pay"
          >
            {m.row_pay({ amount: formatInr(a.price.totalPaise) })}
          </a>
        )}
        {a.join.canJoin && (
          <a
            href={roomHref(a.id)}
            class="btn-primary min-h-10 px-3"
            aria-describedby={nameId}
            data-testid="appointment-join"
          >
            <Icon shape={I.video} class="size-4" />
            {m.row_join()}
          </a>
        )}
        <a
          href={appointmentHref(a.id)}
          class="btn-secondary min-h-10 px-3"
          aria-describedby={nameId}
          data-testid="appointment-open"
        >
          {m.row_details()}
        </a>
      </div>
    </li>
  );
}
