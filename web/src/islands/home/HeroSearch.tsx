/**
 * The home page's search: a doctor's name and a specialty, rendered at build time with the contract's
 * fixed specialties (and five "Popular" chips). A plain GET form to /doctors/; hero-search.ts makes it
 * send only the filled fields (/doctors/?q=Anita).
 */
import { specialties } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { specialtyLabel } from '../../lib/specialties.ts';
import { m } from '../../paraglide/messages.js';

export function HeroSearch() {
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: role=search on the form is what assistive technology supports widely today */}
      <form
        id="hero-search"
        action={pageHref('/doctors/')}
        method="get"
        role="search"
        aria-label={m.nav_find_doctor()}
        class="mt-8 rounded-2xl border border-slate-200 bg-white p-3 shadow-lift sm:p-4"
      >
        <div class="grid gap-3 sm:grid-cols-[1.4fr_1fr_auto] sm:items-end lg:grid-cols-[1fr_auto]">
          <div class="lg:col-span-2">
            <label for="hero-q" class="mb-1.5 block text-sm font-medium text-slate-700">
              {m.search_name_label()}
            </label>
            <div class="relative">
              <Icon
                shape={I.search}
                class="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500"
              />
              <input
                id="hero-q"
                name="q"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                maxLength={80}
                placeholder={m.hero_name_placeholder()}
                class="h-12 w-full rounded-lg border border-slate-300 bg-white pr-3 pl-10 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600"
              />
            </div>
          </div>
          <div class="min-w-0">
            <label for="hero-specialty" class="mb-1.5 block text-sm font-medium text-slate-700">
              {m.search_specialty_label()}
            </label>
            <select
              id="hero-specialty"
              name="specialty"
              class="h-12 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus:border-brand-600"
            >
              <option value="">{m.search_all_specialties()}</option>
              {specialties.map((s) => (
                <option key={s.id} value={s.id}>
                  {specialtyLabel(s.id, s.name)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="btn-primary h-12 px-6 text-base">
            <Icon shape={I.search} class="size-5" />
            {m.hero_find_doctors()}
          </button>
        </div>
      </form>
      <div id="popular-specialties" class="mt-5 flex flex-wrap items-center gap-2">
        <span class="text-sm font-medium text-slate-600">{m.hero_popular()}</span>
        <ul class="contents" data-testid="popular-specialties">
          {specialties.slice(0, 5).map((s) => (
            <li key={s.id}>
              <a
                href={pageHref(`/doctors/?specialty=${encodeURIComponent(s.id)}`)}
                class="inline-flex min-h-9 items-center rounded-full border border-brand-200 bg-white/80 px-3 text-sm font-medium text-brand-800 hover:border-brand-400 hover:bg-white"
              >
                {specialtyLabel(s.id, s.name)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
