/**
 * Makes the search form of /doctors/ (SearchForm.tsx, rendered at build time) search as you choose,
 * without loading the page again: a choice puts the search in the address (search-url.ts) and fires
 * SEARCH_EVENT, which the results answer. The name searches after a pause in typing, replacing the
 * address rather than adding a history entry per keystroke. Back and Forward show their search in the
 * form. Plain DOM on purpose: the form needs a few listeners, not a component runtime.
 */
import { ymdIn } from '../../lib/days.ts';
import { languageName, viewerZone } from '../../lib/format.ts';
import { SEARCH_EVENT, type Search, searchFromUrl, toQuery } from './search-url.ts';

const TYPING_PAUSE_MS = 400;

interface Fields {
  q: HTMLInputElement;
  specialty: HTMLSelectElement;
  date: HTMLInputElement;
  language: HTMLSelectElement;
  minRupees: HTMLInputElement;
  maxRupees: HTMLInputElement;
  sort: HTMLSelectElement;
  today: HTMLInputElement;
}

const fieldsOf = (form: HTMLFormElement) => form.elements as unknown as Fields;

/** Chooses `value` in a select, or its first option ("any") when it has no such option. */
function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  if (select.selectedIndex < 0) select.selectedIndex = 0;
}

/** Shows a search in the form; the name is left as typed while its owner is still typing it. */
function showSearch(form: HTMLFormElement, s: Search, keepName = false) {
  const f = fieldsOf(form);
  if (!keepName) f.q.value = s.q;
  choose(f.specialty, s.specialty);
  f.date.value = s.date;
  f.date.disabled = s.today;
  // A shared link may name a language outside the list: it gets an option, so it stays chosen.
  if (s.language && ![...f.language.options].some((o) => o.value === s.language)) {
    const option = document.createElement('option');
    option.value = s.language;
    option.text = languageName(s.language);
    f.language.add(option);
  }
  choose(f.language, s.language);
  f.minRupees.value = s.minRupees;
  f.maxRupees.value = s.maxRupees;
  choose(f.sort, s.sort);
  f.today.checked = s.today;
}

export function enhanceSearchForm(form: HTMLFormElement) {
  const f = fieldsOf(form);
  let typing: number | undefined;

  /** Puts the form's search in the address (a new history entry unless `replace`) and says so. */
  const search = (replace = false) => {
    window.clearTimeout(typing);
    const s = searchFromUrl(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    showSearch(form, s, true);
    const query = toQuery(s).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history[replace ? 'replaceState' : 'pushState'](null, '', url);
    }
    window.dispatchEvent(new Event(SEARCH_EVENT));
  };

  f.date.min = ymdIn(new Date(), viewerZone());
  showSearch(form, searchFromUrl(window.location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  f.q.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => search(true), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target === f.q) return;
    // A day and "free today" exclude each other: the one chosen last wins.
    if (event.target === f.today) {
      f.date.value = '';
      f.date.disabled = f.today.checked;
    }
    search();
  });
  window.addEventListener('popstate', () => showSearch(form, searchFromUrl(window.location.search)));
}
