/**
 * The results of /doctors/: the doctors the address's search finds (search-url.ts), with what was
 * searched in words, a count, "Load more" following the API's cursor, an empty state with a reset, and
 * an error with Retry. It follows the address: at first, when the form (search-form.ts) changes it, and
 * on Back/Forward. State lives in plain hooks here (a content page ships no signals runtime).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DoctorCard as Doctor, SpecialtyId } from '../../../../functions/contract/api.ts';
import { DoctorCard, DoctorCardSkeletons } from '../../components/DoctorCard.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { EmptyState, ErrorState, type RegionState } from '../../components/States.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { formatDay } from '../../lib/days.ts';
import { formatInr, languageName } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { specialtyLabel } from '../../lib/specialties.ts';
import { m } from '../../paraglide/messages.js';
import { hasFilters, SEARCH_EVENT, type Search, searchFromUrl } from './search-url.ts';

const PAGE_SIZE = 12;
const paise = (rupees: string) => (rupees ? Number(rupees) * 100 : undefined);

export default function SearchResults() {
  const [search, setSearch] = useState<Search>(() => searchFromUrl(''));
  const [doctors, setDoctors] = useState<Doctor[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<RegionState>('loading');
  const [error, setError] = useState('');
  const [moreError, setMoreError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const inFlight = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const describe = (s: Search) => {
    const parts: string[] = [];
    if (s.specialty) parts.push(specialtyLabel(s.specialty) || m.search_this_specialty());
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

  useEffect(() => {
    // The address is the search: read it at first, after the form changed it, and on Back/Forward.
    const follow = () => {
      const s = searchFromUrl(window.location.search);
      setSearch(s);
      setCursor(null);
      void run(s);
    };
    follow();
    window.addEventListener(SEARCH_EVENT, follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener(SEARCH_EVENT, follow);
      window.removeEventListener('popstate', follow);
    };
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
  return (
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
  );
}
