/**
 * The search as the address bar holds it (?q=&specialty=&date=&language=&minRupees=&maxRupees=
 * &today=1&sort=): the one state of /doctors/. The form (search-form.ts) writes it and says so with
 * SEARCH_EVENT; the results (SearchResults.tsx) read it, on that event and on Back/Forward. So a search
 * can be shared, reloaded and stepped through with Back.
 */
import type { SearchSort } from '../../../../functions/contract/api.ts';

export interface Search {
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

/** Fired on window after the form has put a new search in the address. */
export const SEARCH_EVENT = 'c360:search';

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

/**
 * The sorts the API takes. A record, so that a sort missing from the contract's SearchSort, or one it
 * does not have, fails tsc; and so the page carries these two words, not the contract's other lists.
 */
const SORTS: Record<SearchSort, true> = { soonest: true, rating: true };

/** The highest fee a doctor can set (₹50,000). */
export const MAX_RUPEES = 50_000;
const isYmd = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isLanguage = (v: string) => /^[\p{L} ]{2,30}$/u.test(v);
const rupeesOf = (v: string) => {
  const n = Number(v.trim());
  return v.trim() && Number.isInteger(n) && n >= 0 && n <= MAX_RUPEES ? String(n) : '';
};

export const hasFilters = (s: Search) =>
  Boolean(s.q || s.specialty || s.date || s.language || s.minRupees || s.maxRupees || s.today || s.sort);

/**
 * The search a query string asks for, cleaned: unknown values are dropped, today wins over a date, and
 * a fee range typed backwards is the same range. The form's fields have the same names, so the form's
 * data read this way is the search it shows.
 */
export function searchFromUrl(search: string | URLSearchParams): Search {
  const p = new URLSearchParams(search);
  const date = (p.get('date') ?? '').trim();
  const language = (p.get('language') ?? '').trim();
  const sort = p.get('sort') ?? '';
  const today = ['1', 'true'].includes(p.get('today') ?? '');
  const min = rupeesOf(p.get('minRupees') ?? '');
  const max = rupeesOf(p.get('maxRupees') ?? '');
  const backwards = min && max && Number(min) > Number(max);
  return {
    q: (p.get('q') ?? '').trim().slice(0, 80),
    specialty: (p.get('specialty') ?? '').trim(),
    date: !today && isYmd(date) ? date : '',
    language: isLanguage(language) ? language : '',
    minRupees: backwards ? max : min,
    maxRupees: backwards ? min : max,
    today,
    sort: Object.hasOwn(SORTS, sort) ? (sort as SearchSort) : '',
  };
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
