/**
 * /doctors/: search verified doctors by name (any word, prefix), specialty and a day with a free slot.
 * The address bar always holds the search (?q=&specialty=&date=), so a search can be shared, reloaded
 * and stepped through with Back; "Load more" follows the API's cursor. State lives in signals here;
 * the form, the list and the summary render from them.
 */
import { batch, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { DoctorCard as Doctor, Specialty, SpecialtyId } from '../../../../functions/contract/api.ts';
import { DoctorCard, DoctorCardSkeletons } from '../../components/DoctorCard.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { EmptyState, ErrorState, type RegionState } from '../../components/States.tsx';
import { ApiError, api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { specialtyLabel } from '../../lib/specialties.ts';
import { formatDay, viewerZone, ymdIn } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

interface Search {
  q: string;
  specialty: string;
  date: string;
}

const PAGE_SIZE = 12;
const isYmd = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const hasFilters = (s: Search) => Boolean(s.q || s.specialty || s.date);

export function searchFromUrl(search: string): Search {
  const p = new URLSearchParams(search);
  const date = (p.get('date') ?? '').trim();
  return {
    q: (p.get('q') ?? '').trim().slice(0, 80),
    specialty: (p.get('specialty') ?? '').trim(),
    date: isYmd(date) ? date : '',
  };
}

export function toQuery(s: Search): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.specialty) p.set('specialty', s.specialty);
  if (s.date) p.set('date', s.date);
  return p;
}

export default function DoctorSearch() {
  const search = useSignal<Search>({ q: '', specialty: '', date: '' });
  const specialties = useSignal<readonly Specialty[]>([]);
  const doctors = useSignal<Doctor[]>([]);
  const cursor = useSignal<string | null>(null);
  const state = useSignal<RegionState>('loading');
  const error = useSignal('');
  const moreError = useSignal('');
  const loadingMore = useSignal(false);
  const minDate = useSignal<string | undefined>(undefined);
  /** The name as typed; the search follows it after a pause. */
  const draft = useSignal('');
  const inFlight = useRef<AbortController | null>(null);
  const typing = useRef<number | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  const describe = (s: Search) => {
    const parts: string[] = [];
    if (s.specialty) {
      const chosen = specialties.value.find((x) => x.id === s.specialty);
      parts.push(chosen ? specialtyLabel(chosen.id, chosen.name) : m.search_this_specialty());
    }
    if (s.q) parts.push(m.search_named({ q: s.q }));
    if (s.date) parts.push(m.search_free_on({ day: formatDay(s.date, 'long') }));
    return parts.join(', ');
  };

  async function run(s: Search, append = false) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    if (append) loadingMore.value = true;
    else state.value = 'loading';
    moreError.value = '';
    try {
      const page = await api.call(
        'searchDoctors',
        {
          query: {
            ...s,
            // An empty filter is no filter (the client leaves it out); the server checks the id.
            specialty: s.specialty as SpecialtyId,
            limit: PAGE_SIZE,
            cursor: append ? (cursor.value ?? undefined) : undefined,
          },
        },
        { signal: controller.signal },
      );
      batch(() => {
        doctors.value = append ? [...doctors.value, ...page.doctors] : page.doctors;
        cursor.value = page.nextCursor;
        state.value = doctors.value.length ? 'ready' : 'empty';
      });
    } catch (err) {
      if (controller.signal.aborted) return;
      const message = err instanceof ApiError ? err.message : m.problem_generic();
      if (append) moreError.value = message;
      else {
        error.value = message;
        state.value = 'error';
      }
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
      if (append) loadingMore.value = false;
    }
  }

  /** Puts the search in the address bar (a new history entry unless `replace`) and runs it. */
  function go(s: Search, replace = false) {
    const query = toQuery(s).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    search.value = s;
    draft.value = s.q;
    cursor.value = null;
    void run(s);
  }

  useEffect(() => {
    minDate.value = ymdIn(new Date(), viewerZone());
    const initial = searchFromUrl(window.location.search);
    search.value = initial;
    draft.value = initial.q;
    void run(initial);
    api
      .call('listSpecialties')
      .then((r) => {
        specialties.value = r.specialties;
      })
      // Searching by name and date still works; the select offers "All specialties".
      .catch(() => undefined);
    const onPop = () => {
      const s = searchFromUrl(window.location.search);
      search.value = s;
      draft.value = s.q;
      cursor.value = null;
      void run(s);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const s = search.value;
  const filtered = hasFilters(s);
  const what = describe(s);
  const count = m.count_doctors({ count: doctors.value.length });
  const summary =
    moreError.value ||
    (state.value === 'ready'
      ? `${cursor.value ? m.search_first({ count }) : count}${what ? ` · ${what}` : ''}`
      : '');
  const status =
    moreError.value ||
    (state.value === 'loading'
      ? m.search_searching()
      : state.value === 'error'
        ? error.value
        : state.value === 'empty'
          ? m.search_none_status()
          : m.showing({ what: count }));
  const field = (key: keyof Search, value: string, replace = false) => {
    window.clearTimeout(typing.current);
    go({ ...search.value, [key]: value }, replace);
  };

  return (
    <>
      <section class="hero border-b border-brand-100" aria-labelledby="search-heading">
        <div class="container-page py-8 sm:py-12">
          <p class="eyebrow">{m.nav_find_doctor()}</p>
          <h1 id="search-heading" class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {m.search_heading()}
          </h1>
          <p class="mt-2 max-w-2xl text-slate-600">{m.search_lead()}</p>
          {/* biome-ignore lint/a11y/useSemanticElements: role=search on the form is what assistive technology supports widely today */}
          <form
            id="doctor-search"
            action="/doctors/"
            method="get"
            role="search"
            aria-label={m.search_form_label()}
            class="mt-6 rounded-2xl border border-slate-200 bg-white p-3 shadow-lift sm:p-4"
            data-testid="search-form"
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              window.clearTimeout(typing.current);
              go({
                q: String(data.get('q') ?? '').trim(),
                specialty: String(data.get('specialty') ?? ''),
                date: isYmd(String(data.get('date') ?? '')) ? String(data.get('date')) : '',
              });
            }}
          >
            <div class="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1.5fr_1fr_1fr_auto] lg:items-end">
              <div class="sm:col-span-2 lg:col-span-1">
                <label for="search-q" class="field-label">
                  {m.search_name_label()}
                </label>
                <div class="relative mt-1.5">
                  <Icon
                    shape={I.search}
                    class="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500"
                  />
                  <input
                    id="search-q"
                    name="q"
                    type="search"
                    autocomplete="off"
                    enterkeyhint="search"
                    maxLength={80}
                    placeholder={m.search_name_placeholder()}
                    class="field-input mt-0 pl-10"
                    data-testid="search-q"
                    value={draft.value}
                    onInput={(e) => {
                      // Results follow the name as it is typed, without a history entry per keystroke.
                      draft.value = e.currentTarget.value;
                      const value = e.currentTarget.value.trim();
                      window.clearTimeout(typing.current);
                      typing.current = window.setTimeout(() => field('q', value, true), 400);
                    }}
                  />
                </div>
              </div>
              <div class="min-w-0">
                <label for="search-specialty" class="field-label">
                  {m.search_specialty_label()}
                </label>
                <select
                  id="search-specialty"
                  name="specialty"
                  class="field-input"
                  data-testid="search-specialty"
                  value={specialties.value.some((x) => x.id === s.specialty) ? s.specialty : ''}
                  onChange={(e) => field('specialty', e.currentTarget.value)}
                >
                  <option value="">{m.search_all_specialties()}</option>
                  {specialties.value.map((x) => (
                    <option key={x.id} value={x.id}>
                      {specialtyLabel(x.id, x.name)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="min-w-0">
                <label for="search-date" class="field-label">
                  {m.search_date_label()}
                </label>
                <input
                  id="search-date"
                  name="date"
                  type="date"
                  class="field-input"
                  aria-describedby="search-date-hint"
                  data-testid="search-date"
                  min={minDate.value}
                  value={s.date}
                  onChange={(e) => field('date', isYmd(e.currentTarget.value) ? e.currentTarget.value : '')}
                />
                <p id="search-date-hint" class="sr-only">
                  {m.search_date_hint()}
                </p>
              </div>
              <button
                type="submit"
                class="btn-primary h-12 px-6 text-base sm:col-span-2 lg:col-span-1"
                data-testid="search-submit"
              >
                <Icon shape={I.search} class="size-5" />
                {m.search_submit()}
              </button>
            </div>
          </form>
        </div>
      </section>

      <section class="container-page py-8 sm:py-10" aria-labelledby="results-heading">
        <div class="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h2 id="results-heading" ref={heading} tabIndex={-1} class="text-xl font-semibold text-slate-900">
              {filtered ? m.search_results_matching() : m.search_results_all()}
            </h2>
            <p class="mt-1 text-sm text-slate-600" data-testid="results-summary">
              {summary}
            </p>
          </div>
          {filtered && (
            <a
              href={pageHref('/doctors/')}
              class="self-start text-sm font-semibold text-brand-700 underline-offset-2 hover:underline sm:self-auto"
              data-testid="clear-filters"
            >
              {m.search_clear()}
            </a>
          )}
        </div>
        <PagedList
          state={state.value}
          status={status}
          class="mt-6"
          testid="search-results"
          skeleton={<DoctorCardSkeletons />}
          empty={
            <EmptyState
              icon={I.userSearch}
              title={filtered ? m.search_empty_title() : m.search_empty_none_title()}
              text={filtered ? m.search_empty_text({ what }) : m.search_empty_none_text()}
              link={
                filtered
                  ? { href: pageHref('/doctors/'), label: m.search_reset(), testid: 'search-reset' }
                  : undefined
              }
              testid="search-empty"
            />
          }
          error={
            <ErrorState
              title={m.search_error_title()}
              message={error.value}
              retryTestid="retry-search"
              onRetry={() => void run(search.value).then(() => heading.current?.focus())}
            />
          }
          items={doctors.value}
          itemKey={(d) => d.id}
          renderItem={(d) => <DoctorCard doctor={d} date={s.date || undefined} />}
          listClass="grid gap-5 sm:grid-cols-2 lg:grid-cols-3"
          listTestid="doctors-list"
          hasMore={Boolean(cursor.value)}
          loadingMore={loadingMore.value}
          onMore={() => void run(search.value, true)}
          moreLabel={m.search_more()}
          moreBusyLabel={m.loading()}
          focusSelector='[data-testid="doctor-view-profile"]'
        />
      </section>
    </>
  );
}
