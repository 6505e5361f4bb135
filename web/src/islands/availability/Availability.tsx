/**
 * /doctor/availability/: a doctor keeps a weekly schedule (ScheduleEditor), publishes one-off
 * consultation slots and sees the next 14 days. Everything is
 * in the DOCTOR's time zone (their profile's), whatever the browser's zone is, because that is the
 * zone the API splits the hours in. The form previews how many slots it opens; the API's field errors
 * land on the matching fields; free slots can be deleted (held and booked ones link to their
 * appointment instead).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreateSlotsBody, CreateSlotsResult, DoctorSlot } from '../../../../functions/contract/api.ts';
import { appointmentHref } from '../../components/AppointmentRow.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Form, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { BackLink, PageHero } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { ErrorState, Region, type RegionState } from '../../components/States.tsx';
import { useForm } from '../../components/useForm.ts';
import { VerificationBanner } from '../../components/VerificationBanner.tsx';
import { ApiError, api, errorText } from '../../lib/client.ts';
import { addDaysYmd, formatDay, weekdayOf, ymdIn } from '../../lib/days.ts';
import { dateTimeFormat, intlLocale } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { describeTimeZone, formatTime, hhmmIn, minutesOfDay } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { VerificationEvidence } from '../documents/VerificationEvidence.tsx';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { SkippedReport } from './SkippedReport.tsx';

const DAYS_SHOWN = 14;
const MAX_SLOTS = 400;
const DURATIONS = [15, 20, 30, 45, 60];
const WEEKDAYS = [m.wd_mon, m.wd_tue, m.wd_wed, m.wd_thu, m.wd_fri, m.wd_sat, m.wd_sun];

const QUICK = [
  ['week', m.avail_next_week],
  ['weekdays', m.avail_weekdays],
  ['clear', m.avail_clear],
] as const;

const LOOK = {
  free: { dot: 'bg-emerald-500', label: m.slot_free, box: 'border-emerald-200 bg-emerald-50/60' },
  held: { dot: 'bg-accent-500', label: m.slot_held_long, box: 'border-accent-300 bg-accent-50' },
  booked: { dot: 'bg-brand-700', label: m.slot_booked, box: 'border-brand-200 bg-brand-50' },
} as const;

/** Whole days in the doctor's zone: `today` is theirs too. */
type Where = { zone: string; today: string };

function plan(start: string, end: string, duration: number, days: number) {
  if (!start || !end || !duration) return null;
  const span = minutesOfDay(end) - minutesOfDay(start);
  if (span <= 0) return null;
  const perDay = Math.floor(span / duration);
  const last = minutesOfDay(start) + perDay * duration;
  const lastEnd = `${String(Math.floor(last / 60)).padStart(2, '0')}:${String(last % 60).padStart(2, '0')}`;
  return { perDay, total: perDay * days, duration, leftover: span - perDay * duration, lastEnd };
}

function PublishForm({ zone, today, onPublished }: Where & { onPublished: () => Promise<void> }) {
  const dates = useSignal<string[]>([]);
  const start = useSignal('09:00');
  const end = useSignal('13:00');
  const duration = useSignal(30);
  const result = useSignal<(CreateSlotsResult & { days: number }) | null>(null);
  const resultBox = useRef<HTMLDivElement>(null);
  const p = plan(start.value, end.value, duration.value, dates.value.length);
  const form = useForm({
    validate: () => {
      result.value = null;
      const errors: Record<string, string[]> = {};
      if (!dates.value.length) errors.dates = [m.avail_choose_day()];
      if (start.value && end.value && minutesOfDay(end.value) <= minutesOfDay(start.value))
        errors.endTime = [m.avail_end_after()];
      else if (p && !p.perDay) errors.endTime = [m.avail_room_for_one({ duration: p.duration })];
      if (
        !errors.dates &&
        dates.value.includes(today) &&
        start.value &&
        minutesOfDay(start.value) <= minutesOfDay(hhmmIn(new Date(), zone))
      )
        errors.dates = [m.avail_today_passed({ start: start.value })];
      if (!errors.dates && p && p.total > MAX_SLOTS)
        errors.dates = [m.avail_too_many({ total: p.total, max: MAX_SLOTS })];
      return Object.keys(errors).length ? errors : undefined;
    },
    submit: async () => {
      const res = await api.call('createSlots', {
        body: {
          dates: dates.value,
          startTime: start.value,
          endTime: end.value,
          durationMinutes: duration.value as CreateSlotsBody['durationMinutes'],
        },
      });
      dates.value = [];
      result.value = { ...res, days: new Set(res.slots.map((s) => s.localDate)).size };
      await onPublished();
      resultBox.current?.focus();
    },
  });
  const set = (next: string[]) => {
    dates.value = next;
    form.clear('dates');
  };
  const TIMES = [
    ['startTime', m.avail_from, m.avail_start_missing, 'start-time', start],
    ['endTime', m.avail_until, m.avail_end_missing, 'end-time', end],
  ] as const;
  // The next 7 days, or the weekdays of the next 14 (weekdayOf: 0 is Sunday, 6 Saturday).
  const quick = (kind: (typeof QUICK)[number][0]) =>
    set(
      kind === 'clear'
        ? []
        : Array.from({ length: kind === 'week' ? 7 : 14 }, (_, i) => addDaysYmd(today, i + 1)).filter(
            (d) => kind === 'week' || weekdayOf(d) % 6 !== 0,
          ),
    );
  // Monday of this week, then five weeks: every day from today to four weeks ahead fits.
  const monday = addDaysYmd(today, -((weekdayOf(today) + 6) % 7));
  const cells = Array.from({ length: 35 }, (_, i) => addDaysYmd(monday, i));
  const days = dates.value.length;
  const preview =
    !start.value || !end.value
      ? m.avail_preview_hours()
      : !p
        ? m.avail_preview_end()
        : !p.perDay
          ? m.avail_preview_short({ duration: p.duration })
          : !days
            ? m.avail_preview_per_day({ count: p.perDay, duration: p.duration })
            : `${m.avail_preview_total({ total: m.count_slots({ count: p.total }), perDay: p.perDay, duration: p.duration, start: start.value, end: p.lastEnd, days: m.count_days({ count: days }) })}${p.leftover ? ` ${m.avail_preview_leftover({ minutes: p.leftover })}` : ''}`;
  return (
    <Form
      form={form}
      id="publish-form"
      class="card grid min-w-0 gap-6 p-6 sm:p-7 lg:sticky lg:top-20"
      aria-labelledby="publish-heading"
      data-testid="publish-form"
    >
      <div>
        <h2 id="publish-heading" class="text-lg font-semibold text-slate-900">
          {m.avail_publish_heading()}
        </h2>
        <p class="mt-1 text-sm text-slate-600">{m.avail_publish_lead()}</p>
      </div>
      {result.value && (
        <Notice
          tone={result.value.created ? 'success' : 'warning'}
          testid="publish-success"
          focusable
          boxRef={resultBox}
        >
          {result.value.created ? (
            <>
              <p class="font-semibold">
                {m.avail_published({
                  slots: m.count_slots({ count: result.value.created }),
                  days: m.count_days({ count: result.value.days }),
                })}
              </p>
              <p>{m.avail_published_next()}</p>
            </>
          ) : (
            <p class="font-semibold">{m.avail_published_none()}</p>
          )}
          <SkippedReport
            skipped={result.value.skipped}
            count={result.value.skippedCount}
            zone={result.value.timeZone}
          />
        </Notice>
      )}
      <fieldset
        aria-describedby={`dates-count${form.errors.dates ? ' dates-error' : ''}`}
        aria-invalid={form.errors.dates ? 'true' : undefined}
      >
        <legend class="field-label">{m.avail_days()}</legend>
        <div class="mt-2 flex flex-wrap gap-2">
          {QUICK.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              class={`${kind === 'clear' ? 'btn-ghost' : 'btn-secondary'} min-h-9 px-3 text-xs`}
              data-testid={`quick-${kind}`}
              onClick={() => quick(kind)}
            >
              {label()}
            </button>
          ))}
        </div>
        <div
          class="mt-3 grid grid-cols-7 gap-1 text-center text-xs font-semibold text-slate-500"
          aria-hidden="true"
        >
          {WEEKDAYS.map((d) => (
            <span key={d()}>{d()}</span>
          ))}
        </div>
        <div class="mt-1 grid grid-cols-7 gap-1" data-testid="date-grid">
          {cells.map((day) =>
            day < today ? (
              <span key={day} class="h-12" aria-hidden="true" />
            ) : (
              <label key={day} for={`date-${day}`} class="relative block cursor-pointer">
                <input
                  type="checkbox"
                  name="dates"
                  value={day}
                  id={`date-${day}`}
                  class="peer sr-only"
                  data-testid={`date-${day}`}
                  checked={dates.value.includes(day)}
                  onChange={(e) =>
                    set(
                      e.currentTarget.checked ? [...dates.value, day] : dates.value.filter((d) => d !== day),
                    )
                  }
                />
                <span
                  class="flex h-12 flex-col items-center justify-center rounded-lg border border-slate-200 bg-white text-slate-800 transition-colors hover:border-brand-400 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500"
                  aria-hidden="true"
                >
                  <span class="text-sm leading-4 font-semibold">{String(Number(day.slice(8)))}</span>
                  <span class="text-[0.6875rem] leading-4">
                    {day === today
                      ? m.scope_today()
                      : dateTimeFormat(intlLocale(), { month: 'short', timeZone: 'UTC' }).format(
                          new Date(`${day}T12:00:00Z`),
                        )}
                  </span>
                </span>
                <span class="sr-only">{`${formatDay(day, 'long')}${day === today ? ` ${m.avail_today_sr()}` : ''}`}</span>
              </label>
            ),
          )}
        </div>
        <p id="dates-count" class="mt-2 text-sm text-slate-600" aria-live="polite">
          {days ? m.avail_days_chosen({ days: m.count_days({ count: days }) }) : m.avail_no_days()}
        </p>
        <p id="dates-error" class="field-error" data-error-for="dates" hidden={!form.errors.dates}>
          {form.errors.dates}
        </p>
      </fieldset>
      <div class="grid grid-cols-2 gap-4">
        {TIMES.map(([name, label, missing, testid, value]) => (
          <Field
            key={name}
            id={name}
            name={name}
            type="time"
            step={300}
            label={label()}
            missing={missing()}
            testid={testid}
            error={form.errors[name]}
            value={value.value}
            onInput={(e) => {
              value.value = e.currentTarget.value;
              form.clear(name);
            }}
          />
        ))}
      </div>
      <Field
        id="durationMinutes"
        name="durationMinutes"
        as="select"
        label={m.avail_length()}
        testid="duration"
        error={form.errors.durationMinutes}
        value={String(duration.value)}
        onChange={(e) => (duration.value = Number(e.currentTarget.value))}
      >
        {DURATIONS.map((d) => (
          <option key={d} value={String(d)}>
            {m.details_minutes_short({ count: d })}
          </option>
        ))}
      </Field>
      <div
        class="rounded-xl bg-brand-50 px-4 py-3 text-sm leading-6 text-brand-900 ring-1 ring-brand-100"
        aria-live="polite"
        data-testid="slot-preview"
      >
        {preview}
      </div>
      <Submit form={form} class="w-full" testid="publish-submit" busyLabel={m.avail_publishing()}>
        {p?.total ? m.avail_publish_n({ slots: m.count_slots({ count: p.total }) }) : m.avail_publish()}
      </Submit>
    </Form>
  );
}

type OnDelete = (slot: DoctorSlot, day: string) => void;

function SlotChip({
  slot,
  day,
  zone,
  onDelete,
}: {
  slot: DoctorSlot;
  day: string;
  zone: string;
  onDelete: OnDelete;
}) {
  const look = LOOK[slot.status];
  const minutes = Math.round((Date.parse(slot.endAt) - Date.parse(slot.startAt)) / 60_000);
  const where = m.avail_where({ time: formatTime(slot.startAt, zone), day: formatDay(day, 'long') });
  return (
    <li
      class={`flex min-h-12 items-center gap-2.5 rounded-lg border py-1.5 pr-1 pl-3 text-sm ${look.box}`}
      data-testid="schedule-slot"
      data-status={slot.status}
      data-slot-id={slot.id}
      data-start={slot.startAt}
    >
      <span class={`size-2.5 shrink-0 rounded-full ${look.dot}`} aria-hidden="true" />
      <span class="min-w-0 flex-1 leading-5">
        <span class="block font-semibold text-slate-900 tabular-nums">{formatTime(slot.startAt, zone)}</span>
        <span class="block text-xs text-slate-600">{`${m.avail_minutes({ count: minutes })} · ${slot.status === 'held' ? m.slot_held() : look.label()}`}</span>
        {slot.status === 'held' && <span class="sr-only">{m.avail_awaiting_payment()}</span>}
      </span>
      {slot.status === 'free' ? (
        <button
          type="button"
          class="grid size-9 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-red-50 hover:text-red-700"
          aria-label={m.avail_delete_label({ where })}
          data-testid="delete-slot"
          onClick={() => onDelete(slot, day)}
        >
          <Icon shape={I.trash} class="size-4" />
        </button>
      ) : (
        slot.appointmentId && (
          <a
            href={appointmentHref(slot.appointmentId)}
            class="shrink-0 rounded px-1 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
            aria-label={m.avail_view_label({ where })}
            data-testid="slot-appointment-link"
          >
            {m.avail_view()}
          </a>
        )
      )}
    </li>
  );
}

function Schedule({
  zone,
  today,
  slots,
  state,
  error,
  status,
  onRetry,
  onDelete,
}: {
  zone: string;
  today: string;
  slots: DoctorSlot[];
  state: RegionState;
  error: string;
  status: string;
  onRetry: () => void;
  onDelete: (slot: DoctorSlot, day: string) => void;
}) {
  const byDay = new Map<string, DoctorSlot[]>();
  for (const s of slots) byDay.set(ymdIn(s.startAt, zone), [...(byDay.get(ymdIn(s.startAt, zone)) ?? []), s]);
  const counts = (list: DoctorSlot[]) => {
    const n = { free: 0, held: 0, booked: 0 };
    for (const s of list) n[s.status]++;
    return n;
  };
  const all = counts(slots);
  return (
    <section class="card min-w-0 p-6 sm:p-7" aria-labelledby="schedule-heading" data-testid="schedule">
      <div class="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="schedule-heading" class="text-lg font-semibold text-slate-900">
            {m.avail_next_14()}
          </h2>
          <p class="mt-1 text-sm text-slate-600" data-testid="schedule-summary">
            {state === 'ready' &&
              (slots.length
                ? m.avail_summary({ ...all, zone: describeTimeZone(zone) })
                : m.avail_summary_none({ zone: describeTimeZone(zone) }))}
          </p>
        </div>
        <ul class="flex flex-wrap gap-3 text-xs text-slate-700" aria-label={m.avail_legend()}>
          {(['free', 'held', 'booked'] as const).map((k) => (
            <li key={k} class="flex items-center gap-1.5">
              <span class={`size-3 rounded-full ${LOOK[k].dot}`} aria-hidden="true" /> {LOOK[k].label()}
            </li>
          ))}
        </ul>
      </div>
      <Region
        class="mt-5"
        state={state}
        status={status}
        skeleton={
          <div class="grid gap-4" aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} class="border-t border-slate-100 pt-4">
                <div class="skeleton h-5 w-48" />
                <div class="skeleton mt-3 h-10 w-full rounded-lg" />
              </div>
            ))}
          </div>
        }
        error={
          <ErrorState
            title={m.avail_error_title()}
            message={error}
            retryTestid="retry-schedule"
            onRetry={onRetry}
          />
        }
      >
        <ol class="grid gap-1" data-testid="schedule-days">
          {Array.from({ length: DAYS_SHOWN }, (_, i) => addDaysYmd(today, i)).map((day, i) => {
            const list = (byDay.get(day) ?? []).sort((a, b) => a.startAt.localeCompare(b.startAt));
            const c = counts(list);
            return (
              <li
                key={day}
                class="border-t border-slate-100 py-4 first:border-0 first:pt-0"
                data-testid="schedule-day"
                data-day={day}
              >
                <div class="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <h3 id={`day-${day}`} tabIndex={-1} class="font-semibold text-slate-900">
                    {formatDay(day, 'long')}
                    {i === 0 && (
                      <span class="ml-2 text-sm font-medium text-brand-700">{m.scope_today()}</span>
                    )}
                  </h3>
                  <p class="text-sm text-slate-600">
                    {list.length
                      ? [
                          c.free && m.avail_n_free({ n: c.free }),
                          c.held && m.avail_n_held({ n: c.held }),
                          c.booked && m.avail_n_booked({ n: c.booked }),
                        ]
                          .filter(Boolean)
                          .join(' · ')
                      : m.avail_no_slots()}
                  </p>
                </div>
                {list.length > 0 && (
                  <ul
                    class="mt-3 grid grid-cols-1 gap-2 min-[420px]:grid-cols-2 sm:grid-cols-3 lg:grid-cols-2 xl:grid-cols-3"
                    aria-labelledby={`day-${day}`}
                  >
                    {list.map((s) => (
                      <SlotChip key={s.id} slot={s} day={day} zone={zone} onDelete={onDelete} />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </Region>
    </section>
  );
}

function Page({ me }: { me: Me }) {
  const zone = me.timeZone || 'Asia/Kolkata';
  const today = ymdIn(new Date(), zone);
  const slots = useSignal<DoctorSlot[]>([]);
  const state = useSignal<RegionState>('loading');
  const error = useSignal('');
  const status = useSignal('');
  const [deleting, setDeleting] = useState<{ slot: DoctorSlot; day: string } | null>(null);
  const load = async (announce = true) => {
    try {
      slots.value = (
        await api.call('listMySlots', { query: { from: today, to: addDaysYmd(today, DAYS_SHOWN - 1) } })
      ).slots;
      state.value = 'ready';
      if (announce) status.value = m.avail_loaded({ slots: m.count_slots({ count: slots.value.length }) });
    } catch (err) {
      error.value = errorText(err);
      status.value = error.value;
      state.value = 'error';
    }
  };
  useEffect(() => void load(false), []);
  const profile = me.doctorProfile;
  const d = deleting;
  return (
    <>
      <PageHero
        back={<BackLink href={pageHref('/dashboard/doctor/')}>{m.header_dashboard()}</BackLink>}
        eyebrow={m.nav_availability()}
        title={m.avail_heading()}
        testid="availability-heading"
        lead={
          <>
            {m.avail_lead()}{' '}
            <span data-testid="availability-zone">{m.avail_zone({ zone: describeTimeZone(zone) })}</span>{' '}
            <a
              href={pageHref('/account/edit/')}
              class="font-semibold text-brand-700 underline underline-offset-2"
            >
              {m.avail_change_zone()}
            </a>
            .
          </>
        }
      >
        {profile && (profile.verificationStatus !== 'verified' || !profile.available) && (
          <div class="mt-6 grid gap-3">
            {profile.verificationStatus !== 'verified' && <VerificationBanner profile={profile} />}
            {profile.verificationStatus !== 'verified' && <VerificationEvidence />}
            {!profile.available && (
              <Notice tone="warning" testid="bookings-paused" live={false}>
                <p class="font-semibold">{m.avail_paused_title()}</p>
                <p>
                  {m.avail_paused_text()}{' '}
                  <a href={pageHref('/account/doctor/')} class="font-semibold underline underline-offset-2">
                    {m.verify_doctor_profile()}
                  </a>
                  .
                </p>
              </Notice>
            )}
          </div>
        )}
      </PageHero>
      <div class="container-page pt-8 sm:pt-10">
        <ScheduleEditor zone={zone} today={today} onPublished={() => load(true)} />
      </div>
      <div class="container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[25rem_1fr] lg:items-start">
        <PublishForm zone={zone} today={today} onPublished={() => load(true)} />
        <Schedule
          zone={zone}
          today={today}
          slots={slots.value}
          state={state.value}
          error={error.value}
          status={status.value}
          onRetry={() => void load()}
          onDelete={(slot, day) => setDeleting({ slot, day })}
        />
      </div>
      <ConfirmDialog
        open={d !== null}
        onClose={() => setDeleting(null)}
        title={m.avail_delete_title()}
        body={
          d && (
            <>
              <p class="font-medium text-slate-900">{`${formatTime(d.slot.startAt, zone)} – ${formatTime(d.slot.endAt, zone)}, ${formatDay(d.day, 'long')}`}</p>
              <p>{m.avail_delete_text()}</p>
            </>
          )
        }
        confirmLabel={m.avail_delete_confirm()}
        busyLabel={m.avail_deleting()}
        cancelLabel={m.avail_keep()}
        tone="danger"
        testid="delete-dialog"
        onConfirm={async () => {
          if (!d) return;
          try {
            await api.call('deleteSlot', { params: { slotId: d.slot.id } });
          } catch (err) {
            // Booked meanwhile: show the state as it is now behind the dialog, and say why.
            if (err instanceof ApiError && err.status === 409) void load(false);
            throw err;
          }
          const free = slots.value.filter((s) => ymdIn(s.startAt, zone) === d.day && s.status === 'free');
          const at = free.findIndex((s) => s.id === d.slot.id);
          const next = free[at + 1] ?? free[at - 1];
          slots.value = slots.value.filter((s) => s.id !== d.slot.id);
          status.value = m.avail_deleted({
            time: formatTime(d.slot.startAt, zone),
            day: formatDay(d.day, 'long'),
          });
          // Keep the keyboard where it was: the neighbouring slot's button, or the day's heading.
          requestAnimationFrame(() =>
            (
              (next &&
                document.querySelector<HTMLElement>(
                  `[data-slot-id="${CSS.escape(next.id)}"] [data-testid="delete-slot"]`,
                )) ??
              document.getElementById(`day-${d.day}`)
            )?.focus(),
          );
        }}
      />
    </>
  );
}

export default function Availability() {
  return <Protected roles={['doctor']}>{(me) => <Page me={me} />}</Protected>;
}
