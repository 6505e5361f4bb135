/**
 * The home page's client-rendered sections. One GET /api/home fills services, featured doctors,
 * health tips and testimonials; each section shows its own loading, empty or error state.
 */
import {
  ApiError,
  api,
  type HealthTip,
  type HomePayload,
  type Service,
  type SpecialtiesPayload,
  type Testimonial,
} from '../lib/api.ts';
import { doctorCard } from '../lib/doctor-ui.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { initials, plainTextExcerpt } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import { plural, emptyState as sharedEmptyState, errorState as sharedErrorState } from '../lib/states.ts';

type RegionName = 'services' | 'doctors' | 'tips' | 'testimonials';

interface RegionSpec {
  /** The section's items, or [] when the payload lacks them. */
  items: (home: HomePayload) => unknown[];
  render: (home: HomePayload) => HTMLElement;
  noun: (n: number) => string;
  empty: () => HTMLElement;
}

// ---- Cards -----------------------------------------------------------------------------------

function serviceCard(s: Service) {
  return h(
    'li',
    {
      class: 'card group p-6 transition-shadow hover:shadow-lift',
      dataset: { testid: 'service-card', serviceId: s.id },
    },
    h(
      'span',
      {
        class: 'grid size-12 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100',
      },
      iconSvg(s.icon, 'size-6'),
    ),
    h('h3', { class: 'mt-5 text-lg font-semibold text-slate-900', text: s.name }),
    h('p', { class: 'mt-2 text-sm leading-6 text-slate-600', text: s.description }),
  );
}

function tipCard(t: HealthTip) {
  return h(
    'li',
    {
      class: 'card flex flex-col p-6 transition-shadow hover:shadow-lift',
      dataset: { testid: 'tip-card', tipId: t.id },
    },
    h(
      'span',
      {
        class:
          'inline-flex w-fit items-center gap-1.5 rounded-full bg-accent-50 px-2.5 py-1 text-xs font-semibold text-accent-800 ring-1 ring-accent-200',
      },
      iconSvg('heart', 'size-3.5'),
      'Health tip',
    ),
    h(
      'h3',
      { class: 'mt-4 text-lg leading-7 font-semibold text-slate-900' },
      h('a', {
        href: `/health-tips/view/?id=${encodeURIComponent(t.id)}`,
        class: 'rounded hover:text-brand-700 hover:underline',
        text: t.title,
      }),
    ),
    h('p', { class: 'mt-3 text-sm leading-6 text-slate-600', text: plainTextExcerpt(t.content, 170) }),
    h('p', {
      class: 'mt-auto pt-5 text-sm font-medium text-slate-700',
      text: t.authorName ? `By ${t.authorName}` : 'By the Chikitsa360 medical team',
    }),
  );
}

function stars(rating: number) {
  const value = Math.max(0, Math.min(5, Math.round(rating)));
  return h(
    'div',
    {
      class: 'flex gap-0.5',
      role: 'img',
      'aria-label': `Rated ${value} out of 5`,
      dataset: { testid: 'rating' },
    },
    Array.from({ length: 5 }, (_, i) => {
      const svg = iconSvg(
        'star',
        `size-5 ${i < value ? 'fill-accent-400 text-accent-500' : 'fill-slate-100 text-slate-300'}`,
      );
      return svg;
    }),
  );
}

function testimonialCard(t: Testimonial) {
  return h(
    'li',
    { class: 'card flex flex-col p-6', dataset: { testid: 'testimonial-card', testimonialId: t.id } },
    h(
      'figure',
      { class: 'flex h-full flex-col' },
      h(
        'div',
        { class: 'flex items-center justify-between' },
        stars(t.rating),
        iconSvg('quote', 'size-7 text-brand-100'),
      ),
      h('blockquote', { class: 'mt-4 flex-1 leading-7 text-slate-700' }, h('p', { text: t.content })),
      h(
        'figcaption',
        { class: 'mt-6 flex items-center gap-3' },
        h('span', {
          class:
            'grid size-10 place-items-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800',
          'aria-hidden': 'true',
          text: initials(t.name),
        }),
        h('span', { class: 'font-semibold text-slate-900', text: t.name }),
      ),
    ),
  );
}

// ---- States ------------------------------------------------------------------------------------

const emptyState = (icon: string, title: string, text: string, link?: { href: string; label: string }) =>
  sharedEmptyState({ icon, title, text, link });

function errorState(region: RegionName, message: string) {
  return sharedErrorState({
    message,
    onRetry: () => void loadHome({ focusRegion: region }),
    retryTestid: `retry-${region}`,
  });
}

const list = (cls: string, items: HTMLElement[], testid: string) =>
  h('ul', { class: cls, dataset: { testid } }, items);

const regions: Record<RegionName, RegionSpec> = {
  services: {
    items: (home) => home.services ?? [],
    render: (home) =>
      list('grid gap-5 sm:grid-cols-2 lg:grid-cols-3', home.services.map(serviceCard), 'services-list'),
    noun: (n) => plural(n, 'service', 'services'),
    empty: () =>
      emptyState(
        'stethoscope',
        'Services are on their way',
        'Our list of services will appear here soon. You can already search for a doctor.',
        { href: '/doctors/', label: 'Find a doctor' },
      ),
  },
  doctors: {
    items: (home) => home.featuredDoctors ?? [],
    render: (home) =>
      list(
        'grid gap-5 sm:grid-cols-2 lg:grid-cols-3',
        home.featuredDoctors.map((d) => doctorCard(d)),
        'featured-doctors-list',
      ),
    noun: (n) => plural(n, 'featured doctor', 'featured doctors'),
    empty: () =>
      emptyState(
        'user-search',
        'No featured doctors right now',
        'Browse all our verified doctors to find the right specialist for you.',
        { href: '/doctors/', label: 'Browse all doctors' },
      ),
  },
  tips: {
    items: (home) => home.healthTips ?? [],
    render: (home) => list('grid gap-5 md:grid-cols-3', home.healthTips.map(tipCard), 'health-tips-list'),
    noun: (n) => plural(n, 'health tip', 'health tips'),
    empty: () =>
      emptyState(
        'file-text',
        'No health tips yet',
        'Our doctors are writing practical advice. Check back soon.',
      ),
  },
  testimonials: {
    items: (home) => home.testimonials ?? [],
    render: (home) =>
      list('grid gap-5 md:grid-cols-3', home.testimonials.map(testimonialCard), 'testimonials-list'),
    noun: (n) => plural(n, 'patient story', 'patient stories'),
    empty: () =>
      emptyState(
        'quote',
        'No patient stories yet',
        'After a consultation, patients can share their experience here.',
      ),
  },
};

const container = (name: RegionName) => document.querySelector<HTMLElement>(`[data-home-region="${name}"]`);
const status = (name: RegionName) => document.querySelector<HTMLElement>(`[data-status-for="${name}"]`);

// The skeletons are in the static HTML; keep a copy to show again while retrying.
const skeletons = new Map<RegionName, Node>();
for (const name of Object.keys(regions) as RegionName[]) {
  const skeleton = container(name)?.querySelector('[data-skeleton]');
  if (skeleton) skeletons.set(name, skeleton.cloneNode(true));
}

function setState(
  name: RegionName,
  state: 'loading' | 'ready' | 'empty' | 'error',
  content: Node | null,
  announce: string,
) {
  const el = container(name);
  if (!el) return;
  el.dataset.state = state;
  el.setAttribute('aria-busy', String(state === 'loading'));
  if (content) replaceChildren(el, content);
  const live = status(name);
  if (live) live.textContent = announce;
}

let inFlight: AbortController | null = null;

async function loadHome({ focusRegion }: { focusRegion?: RegionName } = {}) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;

  for (const name of Object.keys(regions) as RegionName[]) {
    const skeleton = skeletons.get(name);
    const el = container(name);
    if (el && el.dataset.state !== 'loading')
      setState(name, 'loading', skeleton ? skeleton.cloneNode(true) : null, 'Loading…');
  }

  try {
    const home = await api.get<HomePayload>('/api/home', { signal: controller.signal });
    for (const [name, spec] of Object.entries(regions) as [RegionName, RegionSpec][]) {
      const count = spec.items(home).length;
      if (count === 0)
        setState(name, 'empty', spec.empty(), `No ${spec.noun(0).replace(/^0 /, '')} to show.`);
      else setState(name, 'ready', spec.render(home), `Showing ${spec.noun(count)}.`);
    }
  } catch (err) {
    if (controller.signal.aborted) return;
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    for (const name of Object.keys(regions) as RegionName[])
      setState(name, 'error', errorState(name, message), message);
    if (focusRegion) container(focusRegion)?.querySelector<HTMLElement>('[data-retry]')?.focus();
    return;
  } finally {
    if (inFlight === controller) inFlight = null;
  }
  // After a successful retry the button is gone: move focus to the section's heading, not to <body>.
  if (focusRegion) {
    const section = container(focusRegion)?.closest('section');
    const heading = document.getElementById(section?.getAttribute('aria-labelledby') ?? '');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }
}

// ---- Hero search -------------------------------------------------------------------------------

const form = document.querySelector<HTMLFormElement>('#hero-search');
const select = document.querySelector<HTMLSelectElement>('#hero-specialty');

// Submit /doctors/?q=… or /doctors/?specialty=… (or both), never empty parameters.
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    const v = String(value).trim();
    if (v) params.set(key, v);
  }
  const query = params.toString();
  window.location.assign(`${form.getAttribute('action') ?? '/doctors/'}${query ? `?${query}` : ''}`);
});

async function loadSpecialties() {
  if (!select) return;
  try {
    const { specialties } = await api.get<SpecialtiesPayload>('/api/specialties');
    const chosen = select.value;
    const options = specialties.map((s) => h('option', { value: s.id, text: s.name }));
    select.append(...options);
    if (chosen) select.value = chosen;

    const chips = document.querySelector<HTMLElement>('[data-testid="popular-specialties"]');
    if (chips && specialties.length > 0) {
      replaceChildren(
        chips,
        specialties.slice(0, 5).map((s) =>
          h(
            'li',
            null,
            h('a', {
              href: `/doctors/?specialty=${encodeURIComponent(s.id)}`,
              class:
                'inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-white/80 px-3 text-sm font-medium text-brand-800 hover:border-brand-400 hover:bg-white',
              text: s.name,
            }),
          ),
        ),
      );
      chips.closest<HTMLElement>('#popular-specialties')?.removeAttribute('hidden');
    }
  } catch {
    // The select still works with "All specialties"; the doctors page offers the full filter.
  }
}

void loadHome();
void loadSpecialties();
