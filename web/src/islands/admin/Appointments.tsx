/**
 * Appointments: by status and date range (the viewer's days), each opening the appointment drawer
 * (payment, transcription, cancel with refund).
 */
import { useSignal } from '@preact/signals';
import { type AppointmentView, appointmentStatuses } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { Field } from '../../components/Field.tsx';
import { EmptyState } from '../../components/States.tsx';
import { STATUS, StatusBadge } from '../../components/StatusBadge.tsx';
import { api } from '../../lib/client.ts';
import { formatDateTime, formatInr } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import { Act, AdminList, PAGE, rowClass, startOfDay, ViewHeader, ViewTabs, YMD } from './ui.tsx';

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

export default function Appointments() {
  const ctx = useView();
  const day = (name: string) =>
    YMD.test(ctx.params.get(name) ?? '') ? (ctx.params.get(name) as string) : '';
  const range = useSignal({ from: day('from'), to: day('to') });
  const draft = useSignal(range.value);
  const rangeError = useSignal('');
  const apply = (next: { from: string; to: string }) => {
    range.value = next;
    ctx.setParams({ from: next.from || null, to: next.to || null });
  };
  const input = (name: 'from' | 'to', label: string) => (
    <Field
      id={`range-${name}`}
      name={name}
      type="date"
      optional
      label={label}
      testid={`range-${name}`}
      value={draft.value[name]}
      error={name === 'to' ? rangeError.value : null}
      onInput={(e) => {
        draft.value = { ...draft.value, [name]: e.currentTarget.value };
      }}
    />
  );
  return (
    <>
      <ViewHeader title={m.admin_nav_appointments()} description={m.admin_appts_intro()} />
      <form
        class="mt-5 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-start"
        aria-label={m.admin_date_range()}
        data-testid="range-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const { from, to } = draft.value;
          rangeError.value = from && to && to < from ? m.admin_range_backwards() : '';
          if (rangeError.value) document.getElementById('range-to')?.focus();
          else apply(draft.value);
        }}
      >
        {input('from', m.admin_range_from())}
        {input('to', m.admin_range_to())}
        <Button type="submit" variant="secondary" class="h-12 sm:mt-7" testid="range-apply">
          {m.admin_apply()}
        </Button>
        <Button
          variant="ghost"
          class="h-12 sm:mt-7"
          testid="range-clear"
          onClick={() => {
            draft.value = { from: '', to: '' };
            rangeError.value = '';
            apply(draft.value);
          }}
        >
          {m.admin_clear()}
        </Button>
      </form>
      <ViewTabs
        label={m.admin_appts_tabs()}
        values={appointmentStatuses}
        labelOf={(s) => STATUS[s].label()}
        param="status"
        fallback="CONFIRMED"
        testid="appointment-tabs"
      >
        {(status) => (
          <AdminList<AppointmentView>
            key={`${status}|${range.value.from}|${range.value.to}`}
            testid="appointments-list"
            noun={{
              count: (count) => m.admin_n_appointments({ count }),
              plural: m.admin_appointments_noun(),
            }}
            itemKey={(a) => a.id}
            fetch={(cursor, signal) => {
              const { from, to } = range.value;
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
            empty={
              <EmptyState
                icon={I.calendar}
                title={m.admin_appts_empty({ status: STATUS[status].label().toLowerCase() })}
                text={range.value.from || range.value.to ? m.admin_appts_empty_range() : m.admin_none_now()}
                testid="appointments-empty"
              />
            }
          />
        )}
      </ViewTabs>
    </>
  );
}
