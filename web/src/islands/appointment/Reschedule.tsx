/**
 * Moving an appointment (issue 19) and keeping it in a calendar. The policy line, and whether the
 * button is there, come from the server's view (`reschedule`, `actions.canReschedule`:
 * functions/appointments/lifecycle.ts reschedulePolicy); the picker is the doctor page's DayPicker
 * over the doctor's free times. The calendar card downloads the party's .ics (same UID as the emails')
 * and opens Google Calendar's event form.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AppointmentView, PublicSlot } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { api, errorText } from '../../lib/client.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { formatLongDate, formatTimeRange } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { DayPicker } from '../doctor/DayPicker.tsx';

const whenText = (startAt: string, endAt: string, zone: string) =>
  `${formatLongDate(startAt, zone)}, ${formatTimeRange(startAt, endAt, zone)}`;

/** Why the time cannot change now, in words (null: it can, or the state says it already). */
function refusalText(a: AppointmentView): string | null {
  const r = a.reschedule;
  if (r.refusal === 'too_late') return m.reschedule_refused_too_late({ hours: r.cutoffHours });
  if (r.refusal === 'limit') return m.reschedule_refused_limit({ max: r.max });
  return null;
}

export function RescheduleCard({
  a,
  zone,
  onMoved,
}: {
  a: AppointmentView;
  zone: string;
  onMoved: (updated: AppointmentView) => void;
}) {
  const [open, setOpen] = useState(false);
  // Only an active appointment has a time to change; a closed one shows nothing.
  if (a.reschedule.refusal === 'closed') return null;
  const r = a.reschedule;
  const refused = refusalText(a);
  return (
    <section class="card p-6" aria-labelledby="reschedule-heading" data-testid="reschedule-card">
      <h2 id="reschedule-heading" class="font-semibold text-slate-900">
        {m.reschedule_heading()}
      </h2>
      <p class="mt-1 text-sm leading-6 text-slate-600" data-testid="reschedule-policy">
        {m.reschedule_policy({ hours: r.cutoffHours, max: r.max })}
      </p>
      {refused ? (
        <p
          class="mt-3 text-sm font-medium text-slate-800"
          data-testid="reschedule-refused"
          data-refusal={r.refusal}
        >
          {refused}
        </p>
      ) : (
        <p class="mt-2 text-sm text-slate-700" data-testid="reschedule-until">
          {m.reschedule_until({ when: formatDateTime(r.until, zone), used: r.used, max: r.max })}
        </p>
      )}
      {a.actions.canReschedule && (
        <>
          <Button
            variant="secondary"
            class="mt-4 w-full"
            testid="reschedule-button"
            onClick={() => setOpen(true)}
          >
            <Icon shape={I.calendar} class="size-4" />
            {m.reschedule_button()}
          </Button>
          <RescheduleDialog a={a} zone={zone} open={open} onClose={() => setOpen(false)} onMoved={onMoved} />
        </>
      )}
    </section>
  );
}

function RescheduleDialog({
  a,
  zone,
  open,
  onClose,
  onMoved,
}: {
  a: AppointmentView;
  zone: string;
  open: boolean;
  onClose: () => void;
  onMoved: (updated: AppointmentView) => void;
}) {
  const [slots, setSlots] = useState<PublicSlot[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<PublicSlot | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    setFailed(false);
    api.call('getDoctor', { params: { id: a.doctor.id } }).then(
      // The doctor's free times (the appointment's own is held, so it is not among them).
      (r) => setSlots(r.slots),
      () => setFailed(true),
    );
  };
  useEffect(() => {
    if (!open) return;
    setChosen(null);
    setError(null);
    setSlots(null);
    load();
  }, [open]);
  const confirm = async () => {
    if (!chosen) {
      setError(m.reschedule_choose());
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { appointment } = await api.call('rescheduleAppointment', {
        params: { id: a.id },
        body: { slotId: chosen.id },
      });
      onClose();
      onMoved(appointment);
    } catch (err) {
      setError(errorText(err));
      // A time taken meanwhile is gone from the list on the next look.
      load();
      setChosen(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={() => !busy && onClose()}
      title={m.reschedule_title()}
      testid="reschedule-dialog"
      class="dialog m-auto w-[min(40rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-lift backdrop:bg-slate-900/50"
    >
      <p class="mt-1 text-sm text-slate-700" data-testid="reschedule-current">
        {m.reschedule_current({ when: whenText(a.startAt, a.endAt, zone) })}
      </p>
      <div class="mt-4">
        {failed ? (
          <p class="text-sm text-red-700" role="alert" data-testid="reschedule-slots-error">
            {m.reschedule_slots_error()}
          </p>
        ) : !slots ? (
          <div aria-busy="true">
            <p class="sr-only" role="status">
              {m.loading()}
            </p>
            <div class="skeleton h-24 w-full" />
          </div>
        ) : slots.length === 0 ? (
          <p class="text-sm text-slate-700" data-testid="reschedule-no-slots">
            {m.reschedule_no_slots()}
          </p>
        ) : (
          <DayPicker
            slots={slots}
            zone={zone}
            selectedId={chosen?.id ?? null}
            wantedDay={null}
            disabled={busy}
            onChoose={(s) => {
              setChosen(s);
              setError(null);
            }}
          />
        )}
      </div>
      {chosen && (
        <p
          class="mt-4 rounded-lg bg-brand-50 px-3 py-2 text-sm font-semibold text-brand-900"
          data-testid="reschedule-new"
        >
          {m.reschedule_new({ when: whenText(chosen.startAt, chosen.endAt, zone) })}
        </p>
      )}
      {error && (
        <p
          class="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
          role="alert"
          data-testid="reschedule-error"
        >
          {error}
        </p>
      )}
      <div class="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button
          variant="secondary"
          testid="reschedule-cancel"
          disabled={busy}
          onClick={onClose}
          data-autofocus
        >
          {m.reschedule_keep()}
        </Button>
        <Button testid="reschedule-confirm" busy={busy} busyLabel={m.reschedule_busy()} onClick={confirm}>
          {m.reschedule_confirm()}
        </Button>
      </div>
    </Dialog>
  );
}

/** 2026-12-05T10:30:00.000Z → 20261205T103000Z, as Google Calendar's `dates` wants it. */
const googleTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Google Calendar's "new event" form, filled in (it has no .ics import by link). */
export function googleCalendarHref(a: AppointmentView, patient: boolean, pageUrl: string): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set(
    'text',
    patient
      ? m.calendar_summary_patient({ doctor: a.doctor.name })
      : m.calendar_summary_doctor({ patient: a.treated.name }),
  );
  url.searchParams.set('dates', `${googleTime(a.startAt)}/${googleTime(a.endAt)}`);
  url.searchParams.set('details', `${m.calendar_description({ minutes: 15 })}\n\n${pageUrl}`);
  return url.href;
}

export function CalendarCard({ a, patient }: { a: AppointmentView; patient: boolean }) {
  if (a.status !== 'CONFIRMED' && a.status !== 'REQUESTED') return null;
  return (
    <section class="card p-6" aria-labelledby="calendar-heading" data-testid="calendar-card">
      <h2 id="calendar-heading" class="font-semibold text-slate-900">
        {m.calendar_heading()}
      </h2>
      <p class="mt-1 text-sm leading-6 text-slate-600">{m.calendar_text()}</p>
      <div class="mt-4 grid gap-2">
        <a
          href={api.url('getAppointmentCalendar', { params: { id: a.id } })}
          class="btn-secondary"
          download
          data-testid="calendar-ics-link"
        >
          <Icon shape={I.download} class="size-4" />
          {m.calendar_download()}
        </a>
        <a
          href={googleCalendarHref(a, patient, typeof window === 'undefined' ? '' : window.location.href)}
          class="btn-ghost"
          target="_blank"
          rel="noopener noreferrer"
          data-testid="calendar-google-link"
        >
          <Icon shape={I.calendar} class="size-4" />
          {m.calendar_google()}
        </a>
      </div>
    </section>
  );
}
