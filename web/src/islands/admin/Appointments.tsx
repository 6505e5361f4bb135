/**
 * Appointments: by status and date range (the viewer's days), each opening the appointment drawer
 * (payment, transcription, cancel with refund).
 */
import { useSignal } from '@preact/signals';
import {
  type AppointmentStatus,
  type AppointmentView,
  appointmentStatuses,
} from '../../../../functions/contract/api.ts';
import { STATUS, StatusBadge } from '../../components/StatusBadge.tsx';
import { api } from '../../lib/client.ts';
import { formatInr } from '../../lib/format.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import {
  Act,
  type FilterField,
  FilterForm,
  Header,
  PAGE,
  rowClass,
  startOfDay,
  TabbedList,
  YMD,
} from './ui.tsx';

function AppointmentRow({ appointment: a, reload }: { appointment: AppointmentView; reload: () => void }) {
  const ctx = useView();
  const who = m.admin_appt_title({ doctor: a.doctor.name, patient: a.patient.name });
  return (
    <li
      class={`${rowClass} flex flex-col gap-3 sm:flex-row sm:items-center`}
      data-testid="appointment-row"
      data-appointment-id={a.id}
      data-status={a.status}
    >
      <div class="w-full shrink-0 text-sm font-semibold text-slate-900 sm:w-44">
        <p class="mb-1">{formatDateTime(a.startAt).replace(/, (?=\d)/, ' · ')}</p>
        <StatusBadge appointment={a} />
      </div>
      <div class="min-w-0 flex-1">
        <p class="font-medium text-slate-900">{who}</p>
        <p class="truncate text-sm text-slate-600">
          {a.doctor.specialtyName} · {a.reason || m.admin_no_reason_given()}
        </p>
      </div>
      <p class="text-sm font-semibold text-slate-900 tabular-nums">{formatInr(a.price.totalPaise)}</p>
      <Act
        label={m.admin_details()}
        sr={m.admin_details_of({ name: who })}
        testid="appointment-details"
        onClick={() => ctx.openDrawer({ kind: 'appointment', id: a.id, onChange: reload })}
      />
    </li>
  );
}

type Range = { from: string; to: string };
const FIELDS: FilterField<keyof Range>[] = [
  ['from', 'range-from', m.admin_range_from, { type: 'date' }],
  ['to', 'range-to', m.admin_range_to, { type: 'date' }],
];

export default function Appointments() {
  const ctx = useView();
  const day = (name: string) =>
    YMD.test(ctx.params.get(name) ?? '') ? (ctx.params.get(name) as string) : '';
  const range = useSignal({ from: day('from'), to: day('to') });
  const { from, to } = range.value;
  return (
    <>
      <Header title={m.admin_nav_appointments()} intro={m.admin_appts_intro()} />
      <FilterForm
        class="mt-5 grid gap-3 sm:grid-cols-2 xl:grid-cols-[1fr_1fr_auto] xl:items-start"
        label={m.admin_date_range()}
        testid="range-form"
        fields={FIELDS}
        initial={range.value}
        check={(r: Range) => (r.from && r.to && r.to < r.from ? { to: m.admin_range_backwards() } : {})}
        ids={['range-apply', 'range-clear']}
        applyLabel={m.admin_apply()}
        onApply={(next) => {
          range.value = next;
          ctx.setParams({ from: next.from || null, to: next.to || null });
        }}
      />
      <TabbedList<AppointmentStatus, AppointmentView>
        label={m.admin_appts_tabs()}
        values={appointmentStatuses}
        labelOf={(s) => STATUS[s].label()}
        param="status"
        fallback="CONFIRMED"
        testid="appointment-tabs"
        list="appointments-list"
        listKey={`${from}|${to}`}
        noun={[m.admin_n_appointments, m.admin_appointments_noun]}
        itemKey={(a) => a.id}
        fetch={(status, cursor, signal) => {
          const q = {
            status,
            from: from ? startOfDay(from) : undefined,
            to: to ? startOfDay(to, 1) : undefined,
          };
          return api
            .call('adminListAppointments', { query: { ...q, cursor, limit: PAGE } }, { signal })
            .then((p) => ({ items: p.appointments, nextCursor: p.nextCursor }));
        }}
        renderItem={(a, list) => <AppointmentRow appointment={a} reload={() => void list.load()} />}
        empty={(status) => ({
          icon: I.calendar,
          title: m.admin_appts_empty({ status: STATUS[status].label().toLowerCase() }),
          text: from || to ? m.admin_appts_empty_range() : m.admin_none_now(),
        })}
      />
    </>
  );
}
