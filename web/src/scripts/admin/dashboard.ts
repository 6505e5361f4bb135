/** Dashboard: the platform's counters as stat cards, and bookings per day as an accessible bar chart. */
import { type AdminStats, adminApi } from '../../lib/admin-api.ts';
import { type Child, h, replaceChildren } from '../../lib/dom.ts';
import { formatInr } from '../../lib/format.ts';
import { iconSvg } from '../../lib/icons.ts';
import { errorState, plural } from '../../lib/states.ts';
import { formatTime } from '../../lib/zoned.ts';
import type { ViewContext } from './console.ts';
import { badge, button, messageOf, nextId, statusLabel, withBusy } from './ui.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]) => {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const child of children) el.append(child);
  return el;
};

const dayLabel = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayLabelLong = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** Bucket dates are calendar days: read them at UTC noon so no zone moves them. */
const dayOf = (ymd: string) => new Date(`${ymd}T12:00:00Z`);

/** A round axis maximum: 4 gridline steps of 1, 2 or 5 × 10ⁿ. */
function niceMax(max: number): number {
  const raw = Math.max(1, Math.ceil(max / 4));
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return step * 4;
}

export function bookingsChart(data: AdminStats['bookingsPerDay'], width: number): SVGSVGElement {
  const height = 240;
  const margin = { top: 16, right: 8, bottom: 30, left: 36 };
  const plotW = Math.max(120, width - margin.left - margin.right);
  const plotH = height - margin.top - margin.bottom;
  const counts = data.map((d) => d.count);
  const top = niceMax(Math.max(0, ...counts));
  const total = counts.reduce((a, b) => a + b, 0);
  const busiest = data.reduce((best, d) => (d.count > (best?.count ?? -1) ? d : best), data[0]);
  const first = data[0];
  const last = data[data.length - 1];
  const titleId = nextId('chart-title');
  const descId = nextId('chart-desc');
  const description =
    first && last
      ? `${data.length} days from ${dayLabel.format(dayOf(first.date))} to ${dayLabel.format(dayOf(last.date))}: ${plural(total, 'booking', 'bookings')} in all${
          busiest && busiest.count > 0
            ? `, most on ${dayLabel.format(dayOf(busiest.date))} (${busiest.count})`
            : ''
        }. Every day's number is in the table that follows.`
      : 'No data.';

  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    class: 'block max-w-full',
    'data-testid': 'bookings-chart',
  }) as SVGSVGElement;
  root.append(
    svg('title', { id: titleId }, 'Bookings per day, last 30 days'),
    svg('desc', { id: descId }, description),
  );

  const y = (v: number) => margin.top + plotH - (v / top) * plotH;
  const grid = svg('g', { 'aria-hidden': 'true' });
  for (let i = 0; i <= 4; i++) {
    const value = (top / 4) * i;
    grid.append(
      svg('line', {
        x1: margin.left,
        x2: margin.left + plotW,
        y1: y(value),
        y2: y(value),
        stroke: i === 0 ? '#94a3b8' : '#e2e8f0',
        'stroke-width': 1,
        'shape-rendering': 'crispEdges',
      }),
      svg(
        'text',
        { x: margin.left - 8, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#64748b' },
        String(value),
      ),
    );
  }
  root.append(grid);

  const band = plotW / Math.max(1, data.length);
  const barW = Math.max(3, Math.min(28, band * 0.66));
  // Label every k-th day, counting back from today so the newest day is always labelled.
  const every = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(plotW / 58))));
  const bars = svg('g', {});
  data.forEach((d, i) => {
    const x = margin.left + i * band + (band - barW) / 2;
    const h = d.count > 0 ? Math.max(2, (d.count / top) * plotH) : 0;
    const isToday = i === data.length - 1;
    const bar = svg(
      'rect',
      {
        x,
        y: margin.top + plotH - h,
        width: barW,
        height: h,
        rx: Math.min(4, barW / 3),
        fill: isToday ? '#0f6e66' : '#43b3a4',
        'data-date': d.date,
        'data-count': d.count,
      },
      svg('title', {}, `${dayLabelLong.format(dayOf(d.date))}: ${plural(d.count, 'booking', 'bookings')}`),
    );
    bars.append(bar);
    if ((data.length - 1 - i) % every === 0)
      bars.append(
        svg(
          'text',
          {
            // "Today" ends at the plot's right edge, so it is never cut off on a narrow screen.
            x: isToday ? margin.left + plotW : margin.left + i * band + band / 2,
            y: height - 10,
            'text-anchor': isToday ? 'end' : 'middle',
            'font-size': 11,
            fill: isToday ? '#0f6e66' : '#64748b',
            'font-weight': isToday ? 600 : 400,
            'aria-hidden': 'true',
          },
          isToday ? 'Today' : dayLabel.format(dayOf(d.date)),
        ),
      );
  });
  root.append(bars);
  if (total === 0)
    root.append(
      svg(
        'text',
        {
          x: margin.left + plotW / 2,
          y: margin.top + plotH / 2,
          'text-anchor': 'middle',
          'font-size': 13,
          fill: '#475569',
          'aria-hidden': 'true',
        },
        'No bookings in the last 30 days',
      ),
    );
  return root;
}

function chartTable(data: AdminStats['bookingsPerDay']) {
  // The wrapper is what is visually hidden: a table box ignores the 1px height that sr-only sets.
  return h(
    'div',
    { class: 'sr-only' },
    h(
      'table',
      { dataset: { testid: 'bookings-table' } },
      h('caption', { text: 'Bookings per day, last 30 days' }),
      h(
        'thead',
        null,
        h('tr', null, h('th', { scope: 'col', text: 'Date' }), h('th', { scope: 'col', text: 'Bookings' })),
      ),
      h(
        'tbody',
        null,
        data.map((d) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row', text: dayLabelLong.format(dayOf(d.date)) }),
            h('td', { text: String(d.count) }),
          ),
        ),
      ),
    ),
  );
}

function stat(
  label: string,
  value: string,
  icon: string,
  testid: string,
  note?: Child,
  tone: 'brand' | 'amber' | 'red' = 'brand',
) {
  const tones = {
    brand: 'bg-brand-50 text-brand-700 ring-brand-100',
    amber: 'bg-accent-50 text-accent-800 ring-accent-200',
    red: 'bg-red-50 text-red-700 ring-red-200',
  };
  return h(
    'div',
    { class: 'card flex flex-col p-4 sm:p-5', dataset: { testid: `stat-${testid}` } },
    h(
      'dt',
      { class: 'flex items-start gap-2.5 text-sm font-medium text-slate-600 sm:items-center' },
      h(
        'span',
        { class: `grid size-8 shrink-0 place-items-center rounded-lg ring-1 ${tones[tone]}` },
        iconSvg(icon, 'size-4'),
      ),
      label,
    ),
    h('dd', {
      class:
        'mt-3 text-2xl font-bold tracking-tight text-slate-900 tabular-nums sm:text-[1.75rem] sm:leading-9',
      dataset: { value: '' },
      text: value,
    }),
    note ? h('dd', { class: 'mt-1 text-sm text-slate-600' }, note) : null,
  );
}

const link = (href: string, text: string) =>
  h('a', { href, class: 'font-semibold text-brand-700 underline-offset-2 hover:underline', text });

function skeleton() {
  return h(
    'div',
    { 'aria-hidden': 'true' },
    h(
      'div',
      { class: 'grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4' },
      Array.from({ length: 8 }, () =>
        h(
          'div',
          { class: 'card p-5' },
          h('div', { class: 'skeleton h-4 w-1/2' }),
          h('div', { class: 'skeleton mt-3 h-8 w-1/3' }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'card mt-6 p-6' },
      h('div', { class: 'skeleton h-5 w-48' }),
      h('div', { class: 'skeleton mt-6 h-48 w-full' }),
    ),
  );
}

export function dashboardView(ctx: ViewContext) {
  const status = h('p', { class: 'sr-only', role: 'status', text: 'Loading the dashboard…' });
  const updated = h('p', { class: 'text-sm text-slate-600', dataset: { testid: 'stats-as-of' } });
  const body = h('div', {
    class: 'mt-6',
    dataset: { testid: 'dashboard', state: 'loading' },
    'aria-busy': 'true',
  });
  const refresh = button('Refresh', {
    icon: 'refresh-cw',
    testid: 'refresh-stats',
    onClick: (b) => void withBusy(b, load),
  });
  ctx.root.append(
    h(
      'header',
      { class: 'flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between' },
      h(
        'div',
        null,
        h('h1', {
          id: 'view-title',
          tabindex: '-1',
          class: 'text-2xl font-bold tracking-tight text-slate-900 sm:text-[1.75rem]',
          text: 'Dashboard',
          dataset: { testid: 'view-title' },
        }),
        h('p', { class: 'mt-1 text-slate-600', text: 'The platform at a glance, from live counters.' }),
      ),
      h('div', { class: 'flex items-center gap-3' }, updated, refresh),
    ),
    status,
    body,
  );

  let observer: ResizeObserver | null = null;
  ctx.signal.addEventListener('abort', () => observer?.disconnect());

  const render = (s: AdminStats) => {
    const pending = s.doctors.pending;
    const failed = s.transcriptions.failed;
    const cards = h(
      'dl',
      { class: 'grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4' },
      stat(
        'Users',
        s.users.total.toLocaleString('en-IN'),
        'user',
        'users',
        `${plural(s.users.patients, 'patient', 'patients')} · ${plural(s.users.doctors, 'doctor', 'doctors')} · ${plural(s.users.admins, 'admin', 'admins')}`,
      ),
      stat(
        'Verified doctors',
        s.doctors.verified.toLocaleString('en-IN'),
        'badge-check',
        'doctors-verified',
        pending > 0
          ? h('span', null, `${pending} waiting for verification · `, link('#/doctors', 'Review'))
          : 'No one waiting for verification',
        'brand',
      ),
      stat(
        'Pending verification',
        pending.toLocaleString('en-IN'),
        'hourglass',
        'doctors-pending',
        `${plural(s.doctors.rejected, 'doctor', 'doctors')} rejected`,
        pending > 0 ? 'amber' : 'brand',
      ),
      stat(
        'Patients',
        s.users.patients.toLocaleString('en-IN'),
        'user',
        'patients',
        'Registered patient accounts',
      ),
      stat(
        'Appointments today',
        s.appointments.today.toLocaleString('en-IN'),
        'calendar',
        'appointments-today',
        link('#/appointments', 'See appointments'),
      ),
      stat(
        'Revenue today',
        formatInr(s.revenue.todayPaise),
        'indian-rupee',
        'revenue-today',
        'Net of refunds, incl. GST',
      ),
      stat(
        'Revenue this month',
        formatInr(s.revenue.monthPaise),
        'indian-rupee',
        'revenue-month',
        'Net of refunds, incl. GST',
      ),
      stat(
        'Failed transcriptions',
        failed.toLocaleString('en-IN'),
        'alert-triangle',
        'transcriptions-failed',
        failed > 0 ? link('#/transcriptions', 'Review and retry') : 'Nothing to retry',
        failed > 0 ? 'red' : 'brand',
      ),
    );

    const total = s.bookingsPerDay.reduce((a, d) => a + d.count, 0);
    const chartBox = h('div', { class: 'mt-5 w-full', dataset: { chart: '' } });
    const chartHeadingId = nextId('chart-heading');
    const chartCard = h(
      'section',
      {
        class: 'card p-5 sm:p-6 xl:col-span-2',
        'aria-labelledby': chartHeadingId,
        dataset: { testid: 'bookings-card' },
      },
      h(
        'div',
        { class: 'flex flex-wrap items-baseline justify-between gap-2' },
        h('h2', {
          id: chartHeadingId,
          class: 'text-base font-semibold text-slate-900',
          text: 'Bookings per day',
        }),
        h('p', {
          class: 'text-sm text-slate-600',
          text: `${plural(total, 'booking', 'bookings')} in the last 30 days`,
        }),
      ),
      chartBox,
      chartTable(s.bookingsPerDay),
    );

    const byStatusId = nextId('status-heading');
    const order = ['REQUESTED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
    const statusTotal = order.reduce((a, k) => a + (s.appointments.byStatus[k] ?? 0), 0);
    const statusCard = h(
      'section',
      {
        class: 'card p-5 sm:p-6',
        'aria-labelledby': byStatusId,
        dataset: { testid: 'appointments-by-status' },
      },
      h('h2', {
        id: byStatusId,
        class: 'text-base font-semibold text-slate-900',
        text: 'Appointments by status',
      }),
      h('p', { class: 'mt-1 text-sm text-slate-600', text: `${statusTotal.toLocaleString('en-IN')} in all` }),
      h(
        'ul',
        { class: 'mt-4 divide-y divide-slate-100' },
        order.map((k) =>
          h(
            'li',
            { class: 'flex items-center justify-between gap-3 py-2.5' },
            h('a', {
              href: `#/appointments?status=${k}`,
              class: 'rounded text-sm font-medium text-slate-700 hover:text-brand-800 hover:underline',
              text: statusLabel(k),
            }),
            badge(
              (s.appointments.byStatus[k] ?? 0).toLocaleString('en-IN'),
              k === 'NO_SHOW' ? 'red' : k === 'REQUESTED' ? 'amber' : 'slate',
            ),
          ),
        ),
      ),
    );

    replaceChildren(
      body,
      cards,
      h('div', { class: 'mt-6 grid gap-6 xl:grid-cols-3' }, chartCard, statusCard),
    );

    let lastWidth = 0;
    const draw = () => {
      const width = Math.floor(chartBox.clientWidth);
      if (!width || width === lastWidth) return;
      lastWidth = width;
      replaceChildren(chartBox, bookingsChart(s.bookingsPerDay, width));
    };
    observer?.disconnect();
    observer = new ResizeObserver(() => requestAnimationFrame(draw));
    observer.observe(chartBox);
    draw();
    updated.textContent = `Updated ${formatTime(s.asOf)}`;
  };

  async function load() {
    // A refresh keeps the figures on screen (the button shows it is working); otherwise a skeleton.
    if (body.dataset.state !== 'ready') replaceChildren(body, skeleton());
    body.dataset.state = body.dataset.state === 'ready' ? 'ready' : 'loading';
    body.setAttribute('aria-busy', 'true');
    try {
      const stats = await adminApi.stats({ signal: ctx.signal });
      if (ctx.signal.aborted) return;
      render(stats);
      body.dataset.state = 'ready';
      status.textContent = 'Dashboard loaded.';
    } catch (err) {
      if (ctx.signal.aborted) return;
      replaceChildren(
        body,
        errorState({
          message: messageOf(err),
          title: 'We could not load the dashboard',
          onRetry: () => void load().then(() => document.getElementById('view-title')?.focus()),
        }),
      );
      body.dataset.state = 'error';
      status.textContent = messageOf(err);
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  }
  void load();
}
