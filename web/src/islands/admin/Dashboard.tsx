/** Dashboard: the platform's counters as stat cards, and bookings per day as an accessible bar chart. */
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { type AdminStats, appointmentStatuses } from '../../../../functions/contract/api.ts';
import { Card } from '../../components/Card.tsx';
import { Icon } from '../../components/Icon.tsx';
import { STATUS } from '../../components/StatusBadge.tsx';
import { api } from '../../lib/client.ts';
import { dateTimeFormat, formatInr, intlLocale } from '../../lib/format.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { formatTime } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { focusTitle } from './context.ts';
import { Act, Badge, Header, Loaded, useResource } from './ui.tsx';

type Days = AdminStats['bookingsPerDay'];

const dayShort = dateTimeFormat(intlLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayLong = dateTimeFormat(intlLocale(), {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** Bucket dates are calendar days: read them at UTC noon so no zone moves them. */
const dayOf = (ymd: string) => new Date(`${ymd}T12:00:00Z`);
const n = (value: number) => value.toLocaleString(intlLocale());

/** A round axis maximum: 4 gridline steps of 1, 2 or 5 × 10ⁿ. */
export function niceMax(max: number): number {
  const raw = Math.max(1, Math.ceil(max / 4));
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? raw;
  return step * 4;
}

/** What the chart shows, in words (its <desc>). */
export function describeChart(data: Days): string {
  const first = data[0];
  const last = data[data.length - 1];
  if (!first || !last) return m.admin_chart_no_data();
  const total = data.reduce((a, d) => a + d.count, 0);
  const busiest = data.reduce((best, d) => (d.count > best.count ? d : best), first);
  return m.admin_chart_desc({
    days: data.length,
    from: dayShort.format(dayOf(first.date)),
    to: dayShort.format(dayOf(last.date)),
    total: m.admin_n_bookings({ count: total }),
    most:
      busiest.count > 0
        ? m.admin_chart_most({ day: dayShort.format(dayOf(busiest.date)), count: busiest.count })
        : '',
  });
}

function BookingsChart({ data, width }: { data: Days; width: number }) {
  const id = useId();
  const height = 240;
  // Margins: 16 above, 8 right, 30 below (the day labels), 36 left (the axis values).
  const [top0, left] = [16, 36];
  const plotW = Math.max(120, width - left - 8);
  const plotH = height - top0 - 30;
  const top = niceMax(Math.max(0, ...data.map((d) => d.count)));
  const total = data.reduce((a, d) => a + d.count, 0);
  const y = (v: number) => top0 + plotH - (v / top) * plotH;
  const band = plotW / Math.max(1, data.length);
  const barW = Math.max(3, Math.min(28, band * 0.66));
  // Label every k-th day, counting back from today so the newest day is always labelled.
  const every = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(plotW / 58))));
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      class="block max-w-full"
      font-size={11}
      fill="#64748b"
      data-testid="bookings-chart"
    >
      <title id={`${id}-t`}>{m.admin_chart_title()}</title>
      <desc id={`${id}-d`}>{describeChart(data)}</desc>
      {/* Gridlines every quarter of the axis, with their values. */}
      <g stroke-width={1} shape-rendering="crispEdges" text-anchor="end">
        {[0, 1, 2, 3, 4].map((i) => (
          <g key={i}>
            <line
              x1={left}
              x2={left + plotW}
              y1={y((top / 4) * i)}
              y2={y((top / 4) * i)}
              stroke={i ? '#e2e8f0' : '#94a3b8'}
            />
            <text x={left - 8} y={y((top / 4) * i) + 4}>
              {(top / 4) * i}
            </text>
          </g>
        ))}
      </g>
      {data.map((d, i) => {
        const h = d.count > 0 ? Math.max(2, (d.count / top) * plotH) : 0;
        const today = i === data.length - 1;
        const x = left + i * band;
        return (
          <g key={d.date} fill={today ? '#0f6e66' : undefined}>
            <rect
              x={x + (band - barW) / 2}
              y={y(0) - h}
              width={barW}
              height={h}
              rx={Math.min(4, barW / 3)}
              fill={today ? undefined : '#43b3a4'}
              data-date={d.date}
              data-count={d.count}
            >
              <title>{`${dayLong.format(dayOf(d.date))}: ${m.admin_n_bookings({ count: d.count })}`}</title>
            </rect>
            {(data.length - 1 - i) % every === 0 && (
              // "Today" ends at the plot's right edge, so it is never cut off on a narrow screen.
              <text
                x={today ? left + plotW : x + band / 2}
                y={height - 10}
                text-anchor={today ? 'end' : 'middle'}
                font-weight={today ? 600 : 400}
              >
                {today ? m.scope_today() : dayShort.format(dayOf(d.date))}
              </text>
            )}
          </g>
        );
      })}
      {total === 0 && (
        <text x={left + plotW / 2} y={top0 + plotH / 2} text-anchor="middle" font-size={13} fill="#475569">
          {m.admin_chart_empty()}
        </text>
      )}
    </svg>
  );
}

const TONES = {
  brand: 'bg-brand-50 text-brand-700 ring-brand-100',
  amber: 'bg-accent-50 text-accent-800 ring-accent-200',
  red: 'bg-red-50 text-red-700 ring-red-200',
};
const link = (section: string, text: string) => (
  <a href={`#/${section}`} class="font-semibold text-brand-700 hover:underline">
    {text}
  </a>
);

type Counter = [id: string, label: string, value: string, icon: IconShapes, note: ComponentChildren];

/** The counters, each with a note that explains it or links to what needs doing. */
function counters(s: AdminStats): Counter[] {
  const { pending, rejected } = s.doctors;
  const { failed } = s.transcriptions;
  const { patients, doctors, admins } = s.users;
  const users = m.admin_users_note({
    patients: m.admin_n_patients({ count: patients }),
    doctors: m.admin_n_doctors({ count: doctors }),
    admins: m.admin_n_admins({ count: admins }),
  });
  const waiting = pending
    ? [m.admin_waiting({ count: pending }), ' · ', link('doctors', m.admin_review())]
    : m.admin_nobody_waiting();
  const gone = m.admin_rejected_count({ doctors: m.admin_n_doctors({ count: rejected }) });
  const retry = failed ? link('transcriptions', m.admin_review_retry()) : m.admin_nothing_to_retry();
  const money = m.admin_revenue_note();
  const today = link('appointments', m.admin_see_appointments());
  return [
    ['users', m.admin_nav_users(), n(s.users.total), I.user, users],
    ['doctors-verified', m.admin_verified_doctors(), n(s.doctors.verified), I.badgeCheck, waiting],
    ['doctors-pending', m.admin_pending_verification(), n(pending), I.hourglass, gone],
    ['patients', m.admin_patients(), n(patients), I.user, m.admin_patients_note()],
    ['appointments-today', m.admin_appointments_today(), n(s.appointments.today), I.calendar, today],
    ['transcriptions-failed', m.admin_failed_transcriptions(), n(failed), I.alertTriangle, retry],
    // Last, as on a phone they take a whole row each (see Figures).
    ['revenue-today', m.admin_revenue_today(), formatInr(s.revenue.todayPaise), I.indianRupee, money],
    ['revenue-month', m.admin_revenue_month(), formatInr(s.revenue.monthPaise), I.indianRupee, money],
  ];
}

/** What needs attention stands out. */
const toneOf = (id: string, s: AdminStats): keyof typeof TONES =>
  id === 'doctors-pending' && s.doctors.pending
    ? 'amber'
    : id === 'transcriptions-failed' && s.transcriptions.failed
      ? 'red'
      : 'brand';

/** The chart at its box's width (measured, so its text keeps its size), with its numbers as a table. */
function Chart({ data }: { data: Days }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useSignal(0);
  useEffect(() => {
    const el = box.current as HTMLDivElement;
    const measure = () => {
      width.value = Math.floor(el.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(() => requestAnimationFrame(measure));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div class="mt-5 w-full" ref={box}>
      {width.value > 0 && <BookingsChart data={data} width={width.value} />}
      {/* For screen readers (the wrapper is hidden: a table ignores sr-only). */}
      <div class="sr-only">
        <table data-testid="bookings-table">
          <caption>{m.admin_chart_title()}</caption>
          <thead>
            <tr>
              <th scope="col">{m.admin_date()}</th>
              <th scope="col">{m.admin_bookings()}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.date}>
                <th scope="row">{dayLong.format(dayOf(d.date))}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const TITLE = 'text-base font-semibold text-slate-900';

function Figures({ s }: { s: AdminStats }) {
  const total = s.bookingsPerDay.reduce((a, d) => a + d.count, 0);
  const statusTotal = appointmentStatuses.reduce((a, k) => a + (s.appointments.byStatus[k] ?? 0), 0);
  return (
    <>
      <dl class="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        {counters(s).map(([id, label, value, icon, note]) => (
          <div
            key={id}
            // A sum in rupees and paise (₹12,34,567.89) is wider than half a phone: it takes the row.
            class={`card flex flex-col p-4 sm:p-5 ${id.startsWith('revenue-') ? 'col-span-2 sm:col-span-1' : ''}`}
            data-testid={`stat-${id}`}
          >
            {/* On a phone the icon sits above the label, so "Appointments today" has the card's width. */}
            <dt class="flex flex-col items-start gap-2 text-sm font-medium text-slate-600 sm:flex-row sm:items-center sm:gap-2.5">
              <span
                class={`grid size-8 shrink-0 place-items-center rounded-lg ring-1 ${TONES[toneOf(id, s)]}`}
              >
                <Icon shape={icon} class="size-4" />
              </span>
              {label}
            </dt>
            <dd class="mt-3 text-2xl font-bold text-slate-900 tabular-nums" data-value>
              {value}
            </dd>
            <dd class="mt-1 text-sm text-slate-600">{note}</dd>
          </div>
        ))}
      </dl>
      <div class="mt-6 grid gap-6 xl:grid-cols-3">
        <Card
          id="bookings-per-day"
          title={m.admin_bookings_per_day()}
          aside={m.admin_last_30({ total: m.admin_n_bookings({ count: total }) })}
          class="card p-5 text-sm text-slate-600 sm:p-6 xl:col-span-2"
          titleClass={TITLE}
          testid="bookings-card"
        >
          <Chart data={s.bookingsPerDay} />
        </Card>
        <Card
          id="appointments-by-status"
          title={m.admin_by_status()}
          class="card p-5 sm:p-6"
          titleClass={TITLE}
          testid="appointments-by-status"
        >
          <p class="mt-1 text-sm text-slate-600">{m.admin_in_all({ count: n(statusTotal) })}</p>
          <ul class="mt-4 divide-y divide-slate-100">
            {appointmentStatuses.map((k) => (
              <li key={k} class="flex items-center justify-between gap-3 py-2.5">
                <a
                  href={`#/appointments?status=${k}`}
                  class="text-sm font-medium text-slate-700 hover:underline"
                >
                  {STATUS[k].label()}
                </a>
                <Badge tone={k === 'NO_SHOW' ? 'red' : k === 'REQUESTED' ? 'amber' : 'slate'}>
                  {n(s.appointments.byStatus[k] ?? 0)}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

export default function Dashboard() {
  const stats = useResource((signal) => api.call('adminStats', undefined, { signal }));
  const refreshing = useSignal(false);
  const { data } = stats;
  return (
    <>
      <Header title={m.admin_nav_dashboard()} intro={m.admin_dashboard_intro()}>
        {data.value && (
          <p class="text-sm text-slate-600" data-testid="stats-as-of">
            {m.admin_updated({ time: formatTime(data.value.asOf) })}
          </p>
        )}
        <Act
          icon={I.refreshCw}
          label={m.admin_refresh()}
          testid="refresh-stats"
          busy={refreshing.value}
          onClick={async () => {
            refreshing.value = true;
            await stats.load();
            refreshing.value = false;
          }}
        />
      </Header>
      <Loaded
        res={stats}
        say={[m.admin_dashboard_loading(), m.admin_dashboard_loaded()]}
        errorTitle={m.admin_dashboard_error()}
        retried={focusTitle}
        class="mt-6"
        testid="dashboard"
      >
        {(s) => <Figures s={s} />}
      </Loaded>
    </>
  );
}
