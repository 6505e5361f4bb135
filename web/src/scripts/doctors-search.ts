/**
 * /doctors/: search verified doctors by name (any word, prefix), specialty and a day with a free
 * slot. The address bar always holds the search (?q=&specialty=&date=), so a search can be shared,
 * reloaded and stepped through with Back; "Load more" follows the API's cursor.
 */
import { ApiError, api, type DoctorCard, type DoctorsPage, type SpecialtiesPayload } from '../lib/api.ts';
import { doctorCard } from '../lib/doctor-ui.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { emptyStateWithAction as emptyState } from '../lib/page-ui.ts';
import { errorState, plural } from '../lib/states.ts';
import { formatDay, viewerZone, ymdIn } from '../lib/zoned.ts';

interface Search {
  q: string;
  specialty: string;
  date: string;
}

const PAGE_SIZE = 12;

const form = document.querySelector<HTMLFormElement>('#doctor-search');
const qInput = document.querySelector<HTMLInputElement>('#search-q');
const specialtySelect = document.querySelector<HTMLSelectElement>('#search-specialty');
const dateInput = document.querySelector<HTMLInputElement>('#search-date');
const results = document.querySelector<HTMLElement>('[data-results]');
const status = document.querySelector<HTMLElement>('[data-status-for="doctors"]');
const heading = document.querySelector<HTMLElement>('[data-results-heading]');
const summary = document.querySelector<HTMLElement>('[data-results-summary]');
const clearLink = document.querySelector<HTMLElement>('[data-clear-filters]');
const loadMoreArea = document.querySelector<HTMLElement>('[data-load-more-area]');
const loadMore = document.querySelector<HTMLButtonElement>('[data-load-more]');
const skeleton = results?.querySelector('[data-skeleton]')?.cloneNode(true) ?? null;

const specialtyNames = new Map<string, string>();
let shown: DoctorCard[] = [];
let nextCursor: string | null = null;
let inFlight: AbortController | null = null;

const isYmd = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function fromUrl(): Search {
  const p = new URLSearchParams(window.location.search);
  const date = (p.get('date') ?? '').trim();
  return {
    q: (p.get('q') ?? '').trim().slice(0, 80),
    specialty: (p.get('specialty') ?? '').trim(),
    date: isYmd(date) ? date : '',
  };
}

function fromForm(): Search {
  return {
    q: qInput?.value.trim() ?? '',
    specialty: specialtySelect?.value ?? '',
    date: dateInput?.value && isYmd(dateInput.value) ? dateInput.value : '',
  };
}

function toQuery(s: Search, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.specialty) p.set('specialty', s.specialty);
  if (s.date) p.set('date', s.date);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

function fillForm(s: Search) {
  if (qInput) qInput.value = s.q;
  if (dateInput) dateInput.value = s.date;
  if (specialtySelect) specialtySelect.value = specialtyNames.has(s.specialty) ? s.specialty : '';
  // Kept until the list arrives, so a ?specialty= link works before the options are loaded.
  if (specialtySelect) specialtySelect.dataset.wanted = s.specialty;
}

const hasFilters = (s: Search) => Boolean(s.q || s.specialty || s.date);

function describe(s: Search): string {
  const parts: string[] = [];
  if (s.specialty) parts.push(specialtyNames.get(s.specialty) ?? 'this specialty');
  if (s.q) parts.push(`named “${s.q}”`);
  if (s.date) parts.push(`free on ${formatDay(s.date, 'long')}`);
  return parts.join(', ');
}

function setState(state: 'loading' | 'ready' | 'empty' | 'error', content: Node | null, announce: string) {
  if (!results) return;
  results.dataset.state = state;
  results.setAttribute('aria-busy', String(state === 'loading'));
  if (content) replaceChildren(results, content);
  if (status) status.textContent = announce;
}

function setLoadMoreBusy(busy: boolean) {
  if (!loadMore) return;
  loadMore.disabled = busy;
  const spinner = loadMore.querySelector<HTMLElement>('[data-spinner]');
  const label = loadMore.querySelector<HTMLElement>('[data-label]');
  if (spinner) spinner.hidden = !busy;
  if (label) label.textContent = busy ? 'Loading…' : 'Load more doctors';
}

function renderHeader(s: Search) {
  if (heading) heading.textContent = hasFilters(s) ? 'Doctors matching your search' : 'All doctors';
  if (clearLink) clearLink.hidden = !hasFilters(s);
}

function renderList(s: Search) {
  const list = h(
    'ul',
    { class: 'grid gap-5 sm:grid-cols-2 lg:grid-cols-3', dataset: { testid: 'doctors-list' } },
    shown.map((d) => doctorCard(d, { date: s.date || undefined })),
  );
  const count = plural(shown.length, 'doctor', 'doctors');
  const what = describe(s);
  if (summary)
    summary.textContent = `${nextCursor ? `Showing the first ${count}` : `${count}`}${what ? ` · ${what}` : ''}`;
  setState('ready', list, `Showing ${count}.`);
  if (loadMoreArea) loadMoreArea.hidden = !nextCursor;
}

async function search(s: Search, { append = false, focusNew = false } = {}) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  renderHeader(s);
  if (append) setLoadMoreBusy(true);
  else {
    if (loadMoreArea) loadMoreArea.hidden = true;
    if (summary) summary.textContent = '';
    setState('loading', skeleton ? skeleton.cloneNode(true) : null, 'Searching…');
  }
  const query = toQuery(s, {
    limit: String(PAGE_SIZE),
    ...(append && nextCursor ? { cursor: nextCursor } : {}),
  });
  try {
    const page = await api.get<DoctorsPage>(`/api/doctors?${query}`, { signal: controller.signal });
    const before = shown.length;
    shown = append ? [...shown, ...page.doctors] : page.doctors;
    nextCursor = page.nextCursor;
    if (!shown.length) {
      if (summary) summary.textContent = '';
      setState(
        'empty',
        emptyState({
          icon: 'user-search',
          title: hasFilters(s) ? 'No doctors match your search' : 'No doctors are listed yet',
          text: hasFilters(s)
            ? `We found no verified doctor ${describe(s)}. Try another day, fewer words of the name, or all specialties.`
            : 'Verified doctors will appear here as soon as they join.',
          link: hasFilters(s)
            ? { href: '/doctors/', label: 'Reset the search', testid: 'search-reset' }
            : undefined,
          testid: 'search-empty',
        }),
        'No doctors match your search.',
      );
      return;
    }
    renderList(s);
    if (focusNew) {
      // Keep keyboard users where the new doctors start, not at the top of the list.
      results?.querySelectorAll<HTMLElement>('[data-testid="doctor-view-profile"]')[before]?.focus();
    }
  } catch (err) {
    if (controller.signal.aborted) return;
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    if (append) {
      if (status) status.textContent = message;
      if (summary) summary.textContent = message;
      return;
    }
    setState(
      'error',
      errorState({
        title: 'We could not load doctors',
        message,
        onRetry: () => void search(s).then(() => heading?.focus()),
        retryTestid: 'retry-search',
      }),
      message,
    );
  } finally {
    if (inFlight === controller) inFlight = null;
    if (append) setLoadMoreBusy(false);
  }
}

/** Puts the search in the address bar (a new history entry unless `replace`) and runs it. */
function go(s: Search, { replace = false } = {}) {
  const query = toQuery(s);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) {
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  nextCursor = null;
  void search(s);
}

async function loadSpecialties() {
  if (!specialtySelect) return;
  try {
    const { specialties } = await api.get<SpecialtiesPayload>('/api/specialties');
    for (const s of specialties) specialtyNames.set(s.id, s.name);
    specialtySelect.append(...specialties.map((s) => h('option', { value: s.id, text: s.name })));
    const wanted = specialtySelect.dataset.wanted;
    if (wanted && specialtyNames.has(wanted)) specialtySelect.value = wanted;
    // The summary names the specialty once its name is known.
    if (results?.dataset.state === 'ready') renderList(fromUrl());
  } catch {
    // Searching by name and date still works; the select offers "All specialties".
  }
}

if (form && results) {
  heading?.setAttribute('tabindex', '-1');
  if (dateInput) dateInput.min = ymdIn(new Date(), viewerZone());
  const initial = fromUrl();
  fillForm(initial);
  void loadSpecialties();
  void search(initial);
  let typing: number | undefined;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    go(fromForm());
  });
  specialtySelect?.addEventListener('change', () => go(fromForm()));
  dateInput?.addEventListener('change', () => go(fromForm()));

  // Results follow the name as it is typed, without a history entry per keystroke.
  qInput?.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => go(fromForm(), { replace: true }), 400);
  });

  loadMore?.addEventListener('click', () => {
    if (nextCursor) void search(fromUrl(), { append: true, focusNew: true });
  });

  window.addEventListener('popstate', () => {
    const s = fromUrl();
    fillForm(s);
    nextCursor = null;
    void search(s);
  });
}
