/**
 * The doctor's free times as day tabs (today and the next days, with each day's count) and, for the
 * chosen day, the times grouped into morning, afternoon and evening. Days are in the viewer's zone.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicSlot } from '../../../../functions/contract/api.ts';
import { Tabs } from '../../components/Tabs.tsx';
import { addDaysYmd, formatDay, relativeDayName, ymdIn } from '../../lib/days.ts';
import { dateTimeFormat } from '../../lib/format.ts';
import { formatTime } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

function period(iso: string, zone: string) {
  const hour = Number(
    dateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(iso)),
  );
  return hour < 12 ? m.period_morning() : hour < 17 ? m.period_afternoon() : m.period_evening();
}

export interface DayPickerProps {
  slots: readonly PublicSlot[];
  zone: string;
  selectedId: string | null;
  /** The day to open first (YYYY-MM-DD) if it has times; else the first day that has. */
  wantedDay: string | null;
  disabled: boolean;
  onChoose: (slot: PublicSlot) => void;
}

export function DayPicker({ slots, zone, selectedId, wantedDay, disabled, onChoose }: DayPickerProps) {
  const today = ymdIn(new Date(), zone);
  const byDay = new Map<string, PublicSlot[]>();
  for (const s of slots) {
    const day = ymdIn(s.startAt, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const lastDay = [...byDay.keys()].sort().at(-1) ?? today;
  const days: string[] = [];
  for (let d = today; d <= lastDay || days.length < 7; d = addDaysYmd(d, 1)) days.push(d);
  const initial = () => {
    const wanted = days.findIndex((d) => d === wantedDay && byDay.has(d));
    return wanted >= 0
      ? wanted
      : Math.max(
          0,
          days.findIndex((d) => byDay.has(d)),
        );
  };
  const [index, setIndex] = useState(initial);
  // New times (after a slot was taken) may move the day; follow the wanted day again.
  useEffect(() => setIndex(initial()), [slots, wantedDay]);
  // Scroll the day strip (not the page) so the chosen day is in view on a narrow screen.
  useEffect(() => {
    const tab = document.getElementById(`day-tab-${index}`);
    const list = tab?.parentElement;
    if (tab && list)
      list.scrollLeft += tab.getBoundingClientRect().left - list.getBoundingClientRect().left - 8;
  }, []);
  const day = days[index] ?? today;
  const daySlots = byDay.get(day) ?? [];
  const groups = new Map<string, PublicSlot[]>();
  for (const s of daySlots) {
    const name = period(s.startAt, zone);
    groups.set(name, [...(groups.get(name) ?? []), s]);
  }
  return (
    <>
      <Tabs
        label={m.book_days_label()}
        testid="day-tabs"
        class="flex snap-x gap-2 overflow-x-auto px-1 pt-1 pb-2"
        tabClass="flex min-w-[4.75rem] shrink-0 snap-start flex-col items-center rounded-xl border border-slate-200 bg-white px-2 py-2 text-center text-slate-700 transition-colors hover:border-brand-300 aria-selected:border-brand-700 aria-selected:bg-brand-700 aria-selected:text-white"
        selected={index}
        onSelect={setIndex}
        panelId={(i) => `day-panel-${i}`}
        tabs={days.map((d, i) => {
          const count = byDay.get(d)?.length ?? 0;
          return {
            id: `day-tab-${i}`,
            attrs: { 'data-testid': 'day-tab', 'data-day': d, 'data-count': String(count) },
            label: (
              <>
                <span class="text-xs font-semibold">{relativeDayName(d, today)}</span>
                <span class="text-base leading-6 font-bold">{formatDay(d, 'date')}</span>
                <span class="text-xs">{count ? m.count_slots({ count }) : m.book_none()}</span>
              </>
            ),
          };
        })}
      />
      <div
        id={`day-panel-${index}`}
        role="tabpanel"
        aria-labelledby={`day-tab-${index}`}
        tabIndex={daySlots.length ? undefined : 0}
        class="mt-4"
        data-testid="day-panel"
        data-day={day}
      >
        {daySlots.length ? (
          [...groups].map(([name, list]) => (
            // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form's fieldset
            <div
              key={name}
              class="mt-3 first:mt-0"
              role="group"
              aria-label={`${name}, ${formatDay(day, 'long')}`}
            >
              <p class="text-xs font-semibold tracking-wide text-slate-600 uppercase">{name}</p>
              <div class="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-3">
                {list.map((slot) => (
                  <button
                    key={slot.id}
                    type="button"
                    class="min-h-11 rounded-lg border border-brand-200 bg-white px-2 text-sm font-semibold text-brand-800 tabular-nums transition-colors hover:border-brand-400 hover:bg-brand-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-50 disabled:text-slate-600"
                    aria-pressed={selectedId === slot.id}
                    aria-label={`${formatTime(slot.startAt, zone)}, ${formatDay(ymdIn(slot.startAt, zone), 'long')}`}
                    disabled={disabled}
                    data-testid="slot"
                    data-slot-id={slot.id}
                    data-start={slot.startAt}
                    onClick={() => onChoose(slot)}
                  >
                    {formatTime(slot.startAt, zone)}
                  </button>
                ))}
              </div>
            </div>
          ))
        ) : (
          <p class="rounded-lg bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
            {m.book_no_times_day({ day: formatDay(day, 'long') })}
          </p>
        )}
      </div>
    </>
  );
}
