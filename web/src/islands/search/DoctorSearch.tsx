/**
 * /doctors/: search verified doctors by name (any word, prefix), specialty, a day with a free slot (or
 * today), the language they consult in and a fee range, sorted by name, soonest free slot or rating.
 * The address bar always holds the search (?q=&specialty=&date=&language=&minRupees=&maxRupees=
 * &today=1&sort=), so a search can be shared, reloaded and stepped through with Back; "Load more" follows the API's cursor. State lives in plain hooks here
 * (a content page ships no signals runtime); the form, the list and the summary render from it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type DoctorCard as Doctor,
  type SearchSort,
  type Specialty,
  type SpecialtyId,
  searchSorts,
} from '../../../../functions/contract/api.ts';
import { DoctorCard, DoctorCardSkeletons } from '../../components/DoctorCard.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { EmptyState, ErrorState, type RegionState } from '../../components/States.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { formatInr, languageName } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { specialtyLabel } from '../../lib/specialties.ts';
import { formatDay, viewerZone, ymdIn } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

interface Search {
  q: string;
  specialty: string;
  date: string;
  /** As doctors write it, in English: "Tamil". */
  language: string;
  /** Whole rupees as typed ('' for no bound); the API takes paise. */
  minRupees: string;
  maxRupees: string;
  /** A free slot later today (India time); clears `date`. */
  today: boolean;
  sort: '' | SearchSort;
}

const EMPTY: Search = {
  q: '',
  specialty: '',
  date: '',
  language: '',
  minRupees: '',
  maxRupees: '',
  today: false,
  sort: '',
};

/**
 * The languages offered in the filter, as doctors save them (in English, shown in the page's
 * language): English and the most spoken languages of India.
 */
export const SEARCH_LANGUAGES = [
  'English',
  'Hindi',
  'Bengali',
  'Marathi',
  'Telugu',
  'Tamil',
  'Gujarati',
  'Urdu',
  'Kannada',
  'Odia',
  'Malayalam',
  'Punjabi',
  'Assamese',
];

const PAGE_SIZE = 12;
/** The highest fee a doctor can set (₹50,000). */
const MAX_RUPEES = 50_000;
const isYmd = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isLanguage = (v: string) => /^[\p{L} ]{2,30}$/u.test(v);
const rupeesOf = (v: string) => {
  const n = Number(v.trim());
  return v.trim() && Number.isInteger(n) && n >= 0 && n <= MAX_RUPEES ? String(n) : '';
};
/** One end of the fee range, in whole rupees (the hint, shared by both ends, follows the second). */
function FeeInput(props: {
  bound: 'min' | 'max';
  label: string;
  value: string;
  onChange: (rupees: string) => void;
}) {
  const id = `search-${props.bound}-fee`;
  return (
    <>
      <label for={id} class="field-label">
        {props.label}
      </label>
      <input
        id={id}
        name={`${props.bound}Rupees`}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_RUPEES}
        step={1}
        class="field-input"
        aria-describedby="search-fee-hint"
        data-testid={id}
        value={props.value}
        onChange={(e) => props.onChange(rupeesOf(e.currentTarget.value))}
      />
    </>
  );
}

const hasFilters = (s: Search) =>
  Boolean(s.q || s.specialty || s.date || s.language || s.minRupees || s.maxRupees || s.today || s.sort);

/** A range typed backwards is the same range. */
function ordered(s: Search): Search {
  if (s.minRupees && s.maxRupees && Number(s.minRupees) > Number(s.maxRupees))
    return { ...s, minRupees: s.maxRupees, maxRupees: s.minRupees };
  return s;
}

export function searchFromUrl(search: string): Search {
  const p = new URLSearchParams(search);
  const date = (p.get('date') ?? '').trim();
  const language = (p.get('language') ?? '').trim();
  const sort = p.get('sort') ?? '';
  const today = ['1', 'true'].includes(p.get('today') ?? '');
  return ordered({
    q: (p.get('q') ?? '').trim().slice(0, 80),
    specialty: (p.get('specialty') ?? '').trim(),
    date: !today && isYmd(date) ? date : '',
    language: isLanguage(language) ? language : '',
    minRupees: rupeesOf(p.get('minRupees') ?? ''),
    maxRupees: rupeesOf(p.get('maxRupees') ?? ''),
    today,
    sort: (searchSorts as readonly string[]).includes(sort) ? (sort as SearchSort) : '',
  });
}

export function toQuery(s: Search): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.specialty) p.set('specialty', s.specialty);
  if (s.date) p.set('date', s.date);
  if (s.language) p.set('language', s.language);
  if (s.minRupees) p.set('minRupees', s.minRupees);
  if (s.maxRupees) p.set('maxRupees', s.maxRupees);
  if (s.today) p.set('today', '1');
  if (s.sort) p.set('sort', s.sort);
  return p;
}

const paise = (rupees: string) => (rupees ? Number(rupees) * 100 : undefined);

export default function DoctorSearch() {
  const [search, setSearch] = useState<Search>(EMPTY);
  const [specialties, setSpecialties] = useState<readonly Specialty[]>([]);
  const [doctors, setDoctors] = useState<Doctor[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<RegionState>('loading');
  const [error, setError] = useState('');
  const [moreError, setMoreError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const [minDate, setMinDate] = useState<string | undefined>(undefined);
  /** The name as typed; the search follows it after a pause. */
  const [draft, setDraft] = useState('');
  const inFlight = useRef<AbortController | null>(null);
  const typing = useRef<number | undefined>(undefined);
  const latest = useRef(search);
  const heading = useRef<HTMLHeadingElement>(null);

  const describe = (s: Search) => {
    const parts: string[] = [];
    if (s.specialty) {
      const chosen = specialties.find((x) => x.id === s.specialty);
      parts.push(chosen ? specialtyLabel(chosen.id, chosen.name) : m.search_this_specialty());
    }
    if (s.q) parts.push(m.search_named({ q: s.q }));
    if (s.date) parts.push(m.search_free_on({ day: formatDay(s.date, 'long') }));
    if (s.today) parts.push(m.search_free_today());
    if (s.language) parts.push(m.search_speaks({ language: languageName(s.language) }));
    const min = s.minRupees ? formatInr(Number(s.minRupees) * 100) : '';
    const max = s.maxRupees ? formatInr(Number(s.maxRupees) * 100) : '';
    if (min && max) parts.push(m.search_fee_between({ min, max }));
    else if (min) parts.push(m.search_fee_from({ min }));
    else if (max) parts.push(m.search_fee_up_to({ max }));
    return parts.join(', ');
  };

  async function run(s: Search, append = false) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    if (append) setLoadingMore(true);
    else setState('loading');
    setMoreError('');
    try {
      const page = await api.call(
        'searchDoctors',
        {
          query: {
            q: s.q,
            date: s.date,
            language: s.language,
            minFee: paise(s.minRupees),
            maxFee: paise(s.maxRupees),
            today: s.today || undefined,
            sort: s.sort || undefined,
            // An empty filter is no filter (the client leaves it out); the server checks the id.
            specialty: s.specialty as SpecialtyId,
            limit: PAGE_SIZE,
            cursor: append ? (cursor ?? undefined) : undefined,
          },
        },
        { signal: controller.signal },
      );
      setDoctors((shown) => (append ? [...shown, ...page.doctors] : page.doctors));
      setCursor(page.nextCursor);
      // More is only offered under a list that has doctors.
      setState(append || page.doctors.length ? 'ready' : 'empty');
    } catch (err) {
      if (controller.signal.aborted) return;
      const message = err instanceof ApiError ? err.message : m.problem_generic();
      if (append) setMoreError(message);
      else {
        setError(message);
        setState('error');
      }
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
      if (append) setLoadingMore(false);
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
    setSearch(s);
    setDraft(s.q);
    setCursor(null);
    void run(s);
  }

  useEffect(() => {
    setMinDate(ymdIn(new Date(), viewerZone()));
    const initial = searchFromUrl(window.location.search);
    setSearch(initial);
    setDraft(initial.q);
    void run(initial);
    api
      .call('listSpecialties')
      .then((r) => {
        setSpecialties(r.specialties);
      })
      // Searching by name and date still works; the select offers "All specialties".
      .catch(() => undefined);
    const onPop = () => {
      const s = searchFromUrl(window.location.search);
      setSearch(s);
      setDraft(s.q);
      setCursor(null);
      void run(s);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const s = search;
  const filtered = hasFilters(s);
  const what = describe(s);
  const count = m.count_doctors({ count: doctors.length });
  const summary =
    moreError ||
    (state === 'ready' ? `${cursor ? m.search_first({ count }) : count}${what ? ` · ${what}` : ''}` : '');
  const status =
    moreError ||
    (state === 'loading'
      ? m.search_searching()
      : state === 'error'
        ? error
        : state === 'empty'
          ? m.search_none_status()
          : m.showing({ what: count }));
  // The typing pause's timer reads the search as it is then, not as it was at the keystroke.
  latest.current = search;
  const field = (changes: Partial<Search>, replace = false) => {
    window.clearTimeout(typing.current);
    go(ordered({ ...latest.current, ...changes }), replace);
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
              const today = data.get('today') === '1';
              const language = String(data.get('language') ?? '');
              const sort = String(data.get('sort') ?? '');
              go(
                ordered({
                  q: String(data.get('q') ?? '').trim(),
                  specialty: String(data.get('specialty') ?? ''),
                  date: !today && isYmd(String(data.get('date') ?? '')) ? String(data.get('date')) : '',
                  language: isLanguage(language) ? language : '',
                  minRupees: rupeesOf(String(data.get('minRupees') ?? '')),
                  maxRupees: rupeesOf(String(data.get('maxRupees') ?? '')),
                  today,
                  sort: (searchSorts as readonly string[]).includes(sort) ? (sort as SearchSort) : '',
                }),
              );
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
                    value={draft}
                    onInput={(e) => {
                      // Results follow the name as it is typed, without a history entry per keystroke.
                      setDraft(e.currentTarget.value);
                      const value = e.currentTarget.value.trim();
                      window.clearTimeout(typing.current);
                      typing.current = window.setTimeout(() => field({ q: value }, true), 400);
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
                  value={specialties.some((x) => x.id === s.specialty) ? s.specialty : ''}
                  onChange={(e) => field({ specialty: e.currentTarget.value })}
                >
                  <option value="">{m.search_all_specialties()}</option>
                  {specialties.map((x) => (
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
                  min={minDate}
                  value={s.date}
                  disabled={s.today}
                  onChange={(e) =>
                    field({ date: isYmd(e.currentTarget.value) ? e.currentTarget.value : '', today: false })
                  }
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
            <div class="mt-3 grid gap-3 border-t border-slate-100 pt-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto] lg:items-end">
              <div class="min-w-0">
                <label for="search-language" class="field-label">
                  {m.search_language_label()}
                </label>
                <select
                  id="search-language"
                  name="language"
                  class="field-input"
                  data-testid="search-language"
                  value={s.language}
                  onChange={(e) => field({ language: e.currentTarget.value })}
                >
                  <option value="">{m.search_any_language()}</option>
                  {/* A shared link may name a language outside the list: it stays chosen. */}
                  {[
                    ...SEARCH_LANGUAGES,
                    ...(s.language && !SEARCH_LANGUAGES.includes(s.language) ? [s.language] : []),
                  ].map((l) => (
                    <option key={l} value={l}>
                      {languageName(l)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="min-w-0">
                <FeeInput
                  bound="min"
                  label={m.search_fee_min_label()}
                  value={s.minRupees}
                  onChange={(minRupees) => field({ minRupees })}
                />
              </div>
              <div class="min-w-0">
                <FeeInput
                  bound="max"
                  label={m.search_fee_max_label()}
                  value={s.maxRupees}
                  onChange={(maxRupees) => field({ maxRupees })}
                />
                <p id="search-fee-hint" class="sr-only">
                  {m.search_fee_hint()}
                </p>
              </div>
              <div class="min-w-0">
                <label for="search-sort" class="field-label">
                  {m.search_sort_label()}
                </label>
                <select
                  id="search-sort"
                  name="sort"
                  class="field-input"
                  data-testid="search-sort"
                  value={s.sort}
                  onChange={(e) => field({ sort: e.currentTarget.value as Search['sort'] })}
                >
                  <option value="">{m.search_sort_name()}</option>
                  <option value="soonest">{m.search_sort_soonest()}</option>
                  <option value="rating">{m.search_sort_rating()}</option>
                </select>
              </div>
              <label class="flex min-h-12 cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
                <input
                  type="checkbox"
                  name="today"
                  value="1"
                  class="size-5 rounded border-slate-300 text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
                  aria-describedby="search-today-hint"
                  data-testid="search-today"
                  checked={s.today}
                  onChange={(e) => field({ today: e.currentTarget.checked, date: '' })}
                />
                {m.search_today_label()}
                <span id="search-today-hint" class="sr-only">
                  {m.search_today_hint()}
                </span>
              </label>
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
          state={state}
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
              message={error}
              retryTestid="retry-search"
              onRetry={() => void run(search).then(() => heading.current?.focus())}
            />
          }
          items={doctors}
          itemKey={(d) => d.id}
          renderItem={(d) => <DoctorCard doctor={d} date={s.date || undefined} />}
          listClass="grid gap-5 sm:grid-cols-2 lg:grid-cols-3"
          listTestid="doctors-list"
          hasMore={Boolean(cursor)}
          loadingMore={loadingMore}
          onMore={() => void run(search, true)}
          moreLabel={m.search_more()}
          moreBusyLabel={m.loading()}
          focusSelector='[data-testid="doctor-view-profile"]'
        />
      </section>
    </>
  );
}
