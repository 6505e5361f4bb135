/**
 * The home page's search form (HeroSearch.tsx) opens /doctors/ with only what was filled in
 * (/doctors/?q=Anita, not ?q=Anita&specialty=); the search page cleans the rest. Without this script the
 * plain GET form still gets there.
 */
import { pageHref } from '../../lib/links.ts';

export function enhanceHeroSearch(form: HTMLFormElement) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      const v = String(value).trim();
      if (v) params.set(key, v);
    }
    const query = params.toString();
    window.location.assign(pageHref(`/doctors/${query ? `?${query}` : ''}`));
  });
}
