/** Island logic in a DOM with the API answered by a stub: loading, results, errors, retry, keyboard. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DayPicker } from '../../web/src/islands/doctor/DayPicker.tsx';
import DoctorProfile from '../../web/src/islands/doctor/DoctorProfile.tsx';
import HomeRegion from '../../web/src/islands/home/HomeRegion.tsx';
import { SearchForm } from '../../web/src/islands/search/SearchForm.tsx';
import SearchResults from '../../web/src/islands/search/SearchResults.tsx';
import { enhanceSearchForm } from '../../web/src/islands/search/search-form.ts';
import { SEARCH_EVENT, searchFromUrl, toQuery } from '../../web/src/islands/search/search-url.ts';
import { overwriteGetLocale } from '../../web/src/paraglide/runtime.js';
import { fakeApi } from '../helpers/fake-api.ts';

const doctor = (id: string, name: string) => ({
  id,
  name: `Dr. ${name}`,
  firstName: name,
  lastName: 'X',
  specialty: 'cardiology',
  specialtyName: 'Cardiology',
  experienceYears: 3,
  feePaise: 50_000,
  languages: ['English'],
  hospital: 'City Hospital',
  pictureUrl: null,
  bioExcerpt: '',
  available: true,
  timeZone: 'Asia/Kolkata',
});

const api = fakeApi();
afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('the search of /doctors/', () => {
  it('reads and writes the search in the address', () => {
    const none = { language: '', minRupees: '', maxRupees: '', today: false, sort: '' as const };
    expect(searchFromUrl('?q=%20anita%20&specialty=cardiology&date=nope')).toEqual({
      q: 'anita',
      specialty: 'cardiology',
      date: '',
      ...none,
    });
    expect(toQuery({ q: 'a', specialty: '', date: '2026-03-12', ...none }).toString()).toBe(
      'q=a&date=2026-03-12',
    );
    // A backward fee range is the same range; today wins over a date; unknown values are dropped.
    expect(
      searchFromUrl('?language=Tamil&minRupees=800&maxRupees=300&today=1&date=2026-03-12&sort=soonest'),
    ).toEqual({
      q: '',
      specialty: '',
      date: '',
      language: 'Tamil',
      minRupees: '300',
      maxRupees: '800',
      today: true,
      sort: 'soonest',
    });
    expect(searchFromUrl('?language=%3Cb%3E&minRupees=-5&maxRupees=1.5&sort=price')).toEqual({
      q: '',
      specialty: '',
      date: '',
      ...none,
    });
    expect(
      toQuery({
        ...searchFromUrl(''),
        language: 'Tamil',
        maxRupees: '500',
        today: true,
        sort: 'rating',
      }).toString(),
    ).toBe('language=Tamil&maxRupees=500&today=1&sort=rating');
  });

  it('shows results, loads more, and retries after an error', async () => {
    api.answers['/api/doctors'] = [
      { status: 503, body: { error: { code: 'unavailable', message: 'Try again shortly.' } } },
      { status: 200, body: { doctors: [doctor('a', 'Anita')], nextCursor: 'c1' } },
      { status: 200, body: { doctors: [doctor('b', 'Bela')], nextCursor: null } },
    ];
    render(<SearchResults />);
    await screen.findByTestId('retry-search');
    expect(screen.getByRole('status').textContent).toBe('Try again shortly.');
    fireEvent.click(screen.getByTestId('retry-search'));
    await screen.findByTestId('doctors-list');
    expect(screen.getByTestId('results-summary').textContent).toBe('Showing the first 1 doctor');
    fireEvent.click(screen.getByTestId('load-more'));
    await vi.waitFor(() => expect(screen.getAllByTestId('doctor-card')).toHaveLength(2));
    expect(screen.queryByTestId('load-more')).toBeNull();
    expect(screen.getByTestId('results-summary').textContent).toBe('2 doctors');
  });

  it('says when nothing matches and offers a reset', async () => {
    window.history.replaceState(null, '', '/?q=zzz');
    api.answers['/api/doctors'] = [{ status: 200, body: { doctors: [], nextCursor: null } }];
    render(<SearchResults />);
    await screen.findByTestId('search-empty');
    expect(screen.getByTestId('search-empty').textContent).toContain('named “zzz”');
    expect(screen.getByTestId('search-reset').getAttribute('href')).toBe('/doctors/');
    expect(screen.getByTestId('clear-filters')).toBeTruthy();
  });
  it('the form shows the address, searches as you choose, and follows the name after a pause', async () => {
    window.history.replaceState(null, '', '/doctors/?language=Kashmiri&minRupees=800&maxRupees=300&today=1');
    render(<SearchForm />);
    const form = screen.getByTestId('search-form') as HTMLFormElement;
    enhanceSearchForm(form);
    const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;
    // A shared link's language outside the list stays chosen; a backward fee range is the same range.
    expect(field('search-language').value).toBe('Kashmiri');
    expect([field('search-min-fee').value, field('search-max-fee').value]).toEqual(['300', '800']);
    expect(field('search-today').checked).toBe(true);
    expect(field('search-date').disabled).toBe(true);
    expect(field('search-date').min).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    let told = 0;
    const listen = () => told++;
    window.addEventListener(SEARCH_EVENT, listen);
    try {
      // A choice is a new history entry, and the results are told.
      fireEvent.change(field('search-specialty'), { target: { value: 'cardiology' } });
      expect(window.location.search).toBe(
        '?specialty=cardiology&language=Kashmiri&minRupees=300&maxRupees=800&today=1',
      );
      expect(told).toBe(1);
      // "Free today" and a day exclude each other: unticking it opens the day.
      fireEvent.click(field('search-today'));
      expect(field('search-date').disabled).toBe(false);
      expect(told).toBe(2);
      fireEvent.change(field('search-date'), { target: { value: '2031-05-06' } });
      expect(new URLSearchParams(window.location.search).get('date')).toBe('2031-05-06');
      expect(new URLSearchParams(window.location.search).has('today')).toBe(false);
      // The name searches once typing pauses, replacing the address (no entry per keystroke).
      const entries = window.history.length;
      fireEvent.input(field('search-q'), { target: { value: 'anita' } });
      await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('anita'));
      expect(window.history.length).toBe(entries);
      expect(told).toBe(4);
    } finally {
      window.removeEventListener(SEARCH_EVENT, listen);
    }
  });
});

describe('HomeRegion', () => {
  it('renders its part of /api/home, or an empty state', async () => {
    api.answers['/api/home'] = [
      {
        status: 200,
        body: { services: [], testimonials: [], healthTips: [], featuredDoctors: [doctor('a', 'Anita')] },
      },
    ];
    render(
      <>
        <HomeRegion region="doctors" first />
        <HomeRegion region="services" />
      </>,
    );
    await screen.findByTestId('featured-doctors-list');
    expect(screen.getByText('Dr. Anita')).toBeTruthy();
    // Each region renders in its own task: the services' empty state may come a moment later.
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Services are on their way');
  });

  it('renders each region in a task of its own, so one answer does not become one long task', async () => {
    api.answers['/api/home'] = [
      {
        status: 200,
        body: { services: [], testimonials: [], healthTips: [], featuredDoctors: [doctor('a', 'Anita')] },
      },
    ];
    const { container } = render(
      <>
        <HomeRegion region="doctors" first />
        <HomeRegion region="services" />
      </>,
    );
    const states = () =>
      [...container.querySelectorAll('[data-state]')].map((r) => r.getAttribute('data-state'));
    // What the regions show as each task starts: by then the previous task's render is done.
    const seen: (string | null)[][] = [];
    const setTimeoutOf = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) =>
      setTimeoutOf(() => {
        seen.push(states());
        run();
      }, ms)) as typeof setTimeout);
    await waitFor(() => expect(states()).toEqual(['ready', 'empty']));
    expect(seen).toContainEqual(['ready', 'loading']);
  });
});

describe('DoctorProfile', () => {
  it('says a malformed link finds no doctor', async () => {
    window.history.replaceState(null, '', '/doctors/view/?id=nope');
    render(<DoctorProfile />);
    await screen.findByTestId('doctor-not-found');
  });

  it('asks a signed-out visitor to sign in after choosing a time', async () => {
    const id = '11111111-2222-3333-4444-555555555555';
    window.history.replaceState(null, '', `/doctors/view/?id=${id}`);
    const start = new Date(Date.now() + 26 * 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const slot = {
      id: 's1',
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + 1800_000).toISOString(),
      localDate: '',
      timeZone: 'Asia/Kolkata',
    };
    api.answers[`/api/doctors/${id}`] = [
      {
        status: 200,
        body: {
          doctor: {
            ...doctor(id, 'Anita'),
            bio: 'Heart doctor.',
            education: 'MBBS',
            registrationNumber: 'R/1',
          },
          // The server's price: the island shows it and computes nothing.
          price: { basePaise: 50_000, gstPaise: 9_000, totalPaise: 59_000, lines: [] },
          slots: [slot],
        },
      },
    ];
    render(<DoctorProfile />);
    await screen.findByTestId('day-tabs');
    expect(screen.getByTestId('profile-fee-total').textContent).toBe('₹590 in total, with GST and fees');
    fireEvent.click(screen.getByTestId('slot'));
    await screen.findByTestId('sign-in-to-book');
    expect(screen.getByTestId('slot').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('sign-in-to-book').getAttribute('href')).toContain(
      encodeURIComponent('&slot=s1'),
    );
  });
});

describe('hydrateIslands', () => {
  it("builds the page's first Intl formatter (the viewer's zone) in a task of its own, after hydrating", async () => {
    const steps: string[] = [];
    vi.resetModules();
    vi.doMock('../../web/src/lib/format.ts', () => ({ viewerZone: () => steps.push('zone') }));
    const { hydrateIslands } = await import('../../web/src/islands/mount.ts');
    const { h } = await import('preact');
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<c360-island data-island="Hello" data-props="{}"><p>hi</p></c360-island>';
      const Hello = () => {
        steps.push('render');
        return h('p', null, 'hi');
      };
      hydrateIslands({ Hello });
      expect(steps).toEqual(['render']);
      vi.runOnlyPendingTimers();
      expect(steps).toEqual(['render', 'zone']);
    } finally {
      vi.useRealTimers();
      vi.doUnmock('../../web/src/lib/format.ts');
      document.body.innerHTML = '';
    }
  });
});

describe('DayPicker', () => {
  afterEach(() => overwriteGetLocale(() => 'en'));

  it('names each day once: the weekday (or today, tomorrow) above the date, in English and Hindi', () => {
    // Times on each of the next 7 days, at noon in the viewer's zone.
    const slots = Array.from({ length: 7 }, (_, i) => {
      const start = new Date(Date.now() + (i + 1) * 86_400_000);
      start.setUTCHours(6, 30, 0, 0);
      return {
        id: `s${i}`,
        startAt: start.toISOString(),
        endAt: start.toISOString(),
        localDate: '',
        timeZone: 'Asia/Kolkata',
      };
    });
    for (const [locale, month] of [
      ['en', /^\d{1,2} [A-Z][a-z]{2}$/],
      ['hi', /^\d{1,2} [\u0900-\u097f]+॰?$/],
    ] as const) {
      overwriteGetLocale(() => locale);
      const { unmount } = render(
        <DayPicker
          slots={slots}
          zone="Asia/Kolkata"
          selectedId={null}
          wantedDay={null}
          disabled={false}
          onChoose={() => undefined}
        />,
      );
      const tabs = screen.getAllByTestId('day-tab');
      expect(tabs.length).toBeGreaterThanOrEqual(7);
      for (const tab of tabs) {
        const [name, date] = [...tab.querySelectorAll('span')].map((span) => span.textContent ?? '');
        expect(date, `${locale}: ${name} / ${date}`).toMatch(month);
      }
      unmount();
    }
  });
});
