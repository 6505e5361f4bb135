/**
 * The weekly schedule on /doctor/availability/: hours per weekday, the slot length, daily breaks and
 * leave days, in the doctor's zone. Saving publishes the next `publishDays` days at once (the server
 * keeps the window moving daily) and says what it did, naming any slot left out for overlapping one
 * the doctor already has. State lives in schedule-store.ts; this renders it. Every control is a
 * native input or button, so the keyboard works as everywhere; adding hours focuses their start and
 * removing them focuses the day's "Add hours".
 */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { IsoWeekday, PublishReport, ScheduleSlotMinutes } from '../../../../functions/contract/api.ts';
import { scheduleSlotMinutes } from '../../../../functions/contract/api.ts';
import { Field } from '../../components/Field.tsx';
import { Form, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ErrorState, Region, type RegionState } from '../../components/States.tsx';
import { useForm } from '../../components/useForm.ts';
import { api, errorText } from '../../lib/client.ts';
import { formatDay } from '../../lib/days.ts';
import { dateTimeFormat, intlLocale } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { SkippedReport } from './SkippedReport.tsx';
import {
  breakName,
  checkDraft,
  draftOf,
  hoursName,
  type ScheduleStore,
  scheduleStore,
  slotsPerWeek,
  toBody,
  WEEKDAYS,
} from './schedule-store.ts';

/** "Monday" … "Sunday" in the page's language (1 January 2024 was a Monday). */
const weekdayName = (day: IsoWeekday) =>
  dateTimeFormat(intlLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day, 12)),
  );

const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

function TimePair({
  names,
  labels,
  values,
  errors,
  onChange,
  testid,
}: {
  names: [string, string];
  labels: [string, string];
  values: [string, string];
  errors: Record<string, string>;
  onChange: (which: 0 | 1, value: string) => void;
  testid: string;
}) {
  return (
    <div class="grid min-w-0 flex-1 grid-cols-2 gap-3">
      {([0, 1] as const).map((i) => (
        <Field
          key={names[i]}
          id={names[i]}
          name={names[i]}
          type="time"
          step={300}
          label={labels[i]}
          missing={i === 0 ? m.avail_start_missing() : m.avail_end_missing()}
          testid={`${testid}-${i === 0 ? 'start' : 'end'}`}
          error={errors[names[i]]}
          value={values[i]}
          onInput={(e) => onChange(i, e.currentTarget.value)}
        />
      ))}
    </div>
  );
}

function Result({ report, zone }: { report: PublishReport; zone: string }) {
  return (
    <>
      <p class="font-semibold">
        {m.sched_published({
          slots: m.count_slots({ count: report.created }),
          day: formatDay(report.to, 'long'),
        })}
      </p>
      {report.alreadyPublished > 0 && (
        <p>{m.sched_already({ slots: m.count_slots({ count: report.alreadyPublished }) })}</p>
      )}
      {report.removedOnLeave > 0 && (
        <p>{m.sched_removed_leave({ slots: m.count_slots({ count: report.removedOnLeave }) })}</p>
      )}
      {report.withdrawn > 0 && (
        <p>{m.sched_withdrawn({ slots: m.count_slots({ count: report.withdrawn }) })}</p>
      )}
      <SkippedReport skipped={report.skipped} count={report.skippedCount} zone={zone} />
    </>
  );
}

function Editor({
  store,
  zone,
  today,
  publishDays,
  publishedThrough,
  onSaved,
}: {
  store: ScheduleStore;
  zone: string;
  today: string;
  publishDays: number;
  publishedThrough: string | null;
  onSaved: (through: string) => Promise<void>;
}) {
  const d = store.draft.value;
  const result = useSignal<PublishReport | null>(null);
  const resultBox = useRef<HTMLDivElement>(null);
  const leave = useSignal('');
  const leaveError = useSignal('');
  const status = useSignal('');
  const form = useForm({
    validate: () => {
      result.value = null;
      const errors = checkDraft(store.draft.value);
      return Object.keys(errors).length ? errors : undefined;
    },
    submit: async () => {
      const res = await api.call('saveSchedule', { body: toBody(store.draft.value) });
      store.load(draftOf(res.schedule));
      result.value = res.published;
      await onSaved(res.published.to);
      resultBox.current?.focus();
    },
  });
  const perWeek = slotsPerWeek(d);
  const addLeave = () => {
    const date = leave.value;
    if (!date || date < today) leaveError.value = m.sched_leave_pick();
    else if (d.leaveDates.includes(date)) leaveError.value = m.sched_leave_twice();
    else {
      store.addLeave(date);
      leave.value = '';
      leaveError.value = '';
    }
    if (leaveError.value) focusSoon('#leave-date');
  };
  return (
    <Form
      form={form}
      id="schedule-form"
      class="grid gap-6"
      aria-labelledby="weekly-heading"
      data-testid="schedule-form"
    >
      {result.value && (
        <Notice tone="success" testid="schedule-result" focusable boxRef={resultBox}>
          <Result report={result.value} zone={zone} />
        </Notice>
      )}
      {!result.value && publishedThrough && (
        <p class="text-sm text-slate-600" data-testid="schedule-through">
          {m.sched_saved_through({ day: formatDay(publishedThrough, 'long') })}
        </p>
      )}
      <Field
        id="slotMinutes"
        name="slotMinutes"
        as="select"
        label={m.sched_length()}
        testid="schedule-length"
        value={String(d.slotMinutes)}
        onChange={(e) => store.setSlotMinutes(Number(e.currentTarget.value) as ScheduleSlotMinutes)}
        class="max-w-xs"
      >
        {scheduleSlotMinutes.map((n) => (
          <option key={n} value={String(n)}>
            {m.details_minutes_short({ count: n })}
          </option>
        ))}
      </Field>
      <ol class="grid gap-3" data-testid="schedule-week">
        {WEEKDAYS.map((day) => {
          const name = weekdayName(day);
          const hours = d.days[day];
          return (
            <li key={day} class="rounded-xl border border-slate-200 p-4" data-testid={`weekday-${day}`}>
              <fieldset>
                <legend class="font-semibold text-slate-900">{name}</legend>
                {!hours.length && <p class="mt-1 text-sm text-slate-600">{m.sched_closed()}</p>}
                <ul class="mt-2 grid gap-3">
                  {hours.map((h, i) => (
                    <li key={`${day}-${i}`} class="flex items-end gap-2" data-testid="schedule-hours">
                      <TimePair
                        names={[hoursName(day, i, 'start'), hoursName(day, i, 'end')]}
                        labels={[m.avail_from(), m.avail_until()]}
                        values={[h.start, h.end]}
                        errors={form.errors}
                        testid={`hours-${day}-${i}`}
                        onChange={(which, value) => {
                          store.setHours(day, i, which === 0 ? 'start' : 'end', value);
                          form.clear(hoursName(day, i, which === 0 ? 'start' : 'end'));
                        }}
                      />
                      <button
                        type="button"
                        class="mb-1 grid size-10 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-red-50 hover:text-red-700"
                        aria-label={m.sched_remove_hours_label({ start: h.start, end: h.end, day: name })}
                        data-testid={`remove-hours-${day}-${i}`}
                        onClick={() => {
                          store.removeHours(day, i);
                          focusSoon(`#add-hours-${day}`);
                        }}
                      >
                        <Icon shape={I.trash} class="size-4" />
                      </button>
                    </li>
                  ))}
                </ul>
                <div class="mt-3 flex flex-wrap gap-2">
                  <button
                    type="button"
                    id={`add-hours-${day}`}
                    class="btn-secondary min-h-9 px-3 text-xs"
                    aria-label={m.sched_add_hours_label({ day: name })}
                    data-testid={`add-hours-${day}`}
                    onClick={() => {
                      store.addHours(day);
                      form.setFormError(null);
                      focusSoon(`#${hoursName(day, store.draft.value.days[day].length - 1, 'start')}`);
                    }}
                  >
                    {m.sched_add_hours()}
                  </button>
                  {day === 1 && hours.length > 0 && (
                    <button
                      type="button"
                      class="btn-ghost min-h-9 px-3 text-xs"
                      data-testid="copy-monday"
                      onClick={() => {
                        store.copyMondayToSaturday();
                        status.value = m.sched_copied();
                      }}
                    >
                      {m.sched_copy()}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <fieldset class="rounded-xl border border-slate-200 p-4" data-testid="schedule-breaks">
        <legend class="px-1 font-semibold text-slate-900">{m.sched_breaks()}</legend>
        {!d.breaks.length && <p class="text-sm text-slate-600">{m.sched_breaks_none()}</p>}
        <ul class="grid gap-3">
          {d.breaks.map((b, i) => (
            <li key={`break-${i}`} class="flex items-end gap-2">
              <TimePair
                names={[breakName(i, 'start'), breakName(i, 'end')]}
                labels={[m.avail_from(), m.avail_until()]}
                values={[b.start, b.end]}
                errors={form.errors}
                testid={`break-${i}`}
                onChange={(which, value) => {
                  store.setBreak(i, which === 0 ? 'start' : 'end', value);
                  form.clear(breakName(i, which === 0 ? 'start' : 'end'));
                }}
              />
              <button
                type="button"
                class="mb-1 grid size-10 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-red-50 hover:text-red-700"
                aria-label={m.sched_remove_break_label({ start: b.start, end: b.end })}
                data-testid={`remove-break-${i}`}
                onClick={() => {
                  store.removeBreak(i);
                  focusSoon('#add-break');
                }}
              >
                <Icon shape={I.trash} class="size-4" />
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          id="add-break"
          class="btn-secondary mt-3 min-h-9 px-3 text-xs"
          data-testid="add-break"
          onClick={() => {
            store.addBreak();
            focusSoon(`#${breakName(store.draft.value.breaks.length - 1, 'start')}`);
          }}
        >
          {m.sched_add_break()}
        </button>
      </fieldset>
      <fieldset class="rounded-xl border border-slate-200 p-4" data-testid="schedule-leave">
        <legend class="px-1 font-semibold text-slate-900">{m.sched_leave()}</legend>
        <p class="text-sm text-slate-600">{m.sched_leave_hint()}</p>
        <div class="mt-3 flex items-end gap-2">
          <Field
            id="leave-date"
            name="leave-date"
            type="date"
            optional
            label={m.sched_leave_date()}
            testid="leave-date"
            min={today}
            error={leaveError.value}
            value={leave.value}
            class="min-w-0 flex-1"
            onInput={(e) => {
              leave.value = e.currentTarget.value;
              leaveError.value = '';
            }}
            onKeyDown={(e) => {
              // Enter adds the date rather than saving the whole schedule.
              if (e.key === 'Enter') {
                e.preventDefault();
                addLeave();
              }
            }}
          />
          <button
            type="button"
            class="btn-secondary mb-1 min-h-10 px-3 text-xs"
            data-testid="add-leave"
            onClick={addLeave}
          >
            {m.sched_add_leave()}
          </button>
        </div>
        {d.leaveDates.length ? (
          <ul class="mt-3 flex flex-wrap gap-2" data-testid="leave-list">
            {d.leaveDates.map((date) => (
              <li
                key={date}
                class="flex items-center gap-1 rounded-full border border-slate-200 bg-slate-50 py-1 pr-1 pl-3 text-sm"
              >
                <span>{formatDay(date, 'short')}</span>
                <button
                  type="button"
                  class="grid size-8 place-items-center rounded-full text-slate-600 hover:bg-red-50 hover:text-red-700"
                  aria-label={m.sched_remove_leave_label({ day: formatDay(date, 'long') })}
                  data-testid={`remove-leave-${date}`}
                  onClick={() => {
                    store.removeLeave(date);
                    focusSoon('#leave-date');
                  }}
                >
                  <Icon shape={I.x} class="size-4" />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="mt-2 text-sm text-slate-600">{m.sched_leave_none()}</p>
        )}
      </fieldset>
      <p class="sr-only" aria-live="polite">
        {status.value}
      </p>
      <div
        class="rounded-xl bg-brand-50 px-4 py-3 text-sm leading-6 text-brand-900 ring-1 ring-brand-100"
        aria-live="polite"
        data-testid="schedule-preview"
      >
        {perWeek ? m.sched_per_week({ slots: m.count_slots({ count: perWeek }) }) : m.sched_no_hours()}
      </div>
      <Submit form={form} class="w-full sm:w-auto" testid="schedule-save" busyLabel={m.sched_saving()}>
        {m.sched_save({ days: publishDays })}
      </Submit>
    </Form>
  );
}

/** The section: loads the saved schedule, then the editor. */
export function ScheduleEditor({
  zone,
  today,
  onPublished,
}: {
  zone: string;
  today: string;
  onPublished: () => Promise<void>;
}) {
  const store = useMemo(() => scheduleStore(draftOf(null)), []);
  const state = useSignal<RegionState>('loading');
  const error = useSignal('');
  const publishDays = useSignal(28);
  const through = useSignal<string | null>(null);
  const load = async () => {
    state.value = 'loading';
    try {
      const res = await api.call('getSchedule', {});
      store.load(draftOf(res.schedule));
      publishDays.value = res.publishDays;
      through.value = res.schedule?.publishedThrough ?? null;
      state.value = 'ready';
    } catch (err) {
      error.value = errorText(err);
      state.value = 'error';
    }
  };
  useEffect(() => void load(), []);
  return (
    <section class="card min-w-0 p-6 sm:p-7" aria-labelledby="weekly-heading" data-testid="weekly-schedule">
      <h2 id="weekly-heading" class="text-lg font-semibold text-slate-900">
        {m.sched_heading()}
      </h2>
      <p class="mt-1 text-sm text-slate-600">{m.sched_lead({ days: publishDays.value })}</p>
      <Region
        class="mt-5"
        state={state.value}
        status=""
        skeleton={<div class="skeleton h-40 w-full rounded-lg" aria-hidden="true" />}
        error={
          <ErrorState
            title={m.sched_error_title()}
            message={error.value}
            retryTestid="retry-weekly"
            onRetry={() => void load()}
          />
        }
      >
        <Editor
          store={store}
          zone={zone}
          today={today}
          publishDays={publishDays.value}
          publishedThrough={through.value}
          onSaved={async (to) => {
            through.value = to;
            await onPublished();
          }}
        />
      </Region>
    </section>
  );
}
