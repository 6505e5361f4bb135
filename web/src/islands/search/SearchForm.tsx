/**
 * The search form of /doctors/, rendered at build time: a plain GET form whose fields are named as the
 * address's parameters (search-url.ts), so it searches even before any script runs. search-form.ts then
 * fills it from the address and makes it search as you choose, without loading the page again. It is
 * not an island: the page ships no component code for it.
 */
import { specialties } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import { languageName } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { specialtyLabel } from '../../lib/specialties.ts';
import { m } from '../../paraglide/messages.js';
import { MAX_RUPEES, SEARCH_LANGUAGES } from './search-url.ts';

/** One end of the fee range, in whole rupees (the hint, shared by both ends, follows the second). */
function FeeInput(props: { bound: 'min' | 'max'; label: string }) {
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
      />
    </>
  );
}

export function SearchForm() {
  return (
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
          action={pageHref('/doctors/')}
          method="get"
          role="search"
          aria-label={m.search_form_label()}
          class="mt-6 rounded-2xl border border-slate-200 bg-white p-3 shadow-lift sm:p-4"
          data-testid="search-form"
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
              <select id="search-language" name="language" class="field-input" data-testid="search-language">
                <option value="">{m.search_any_language()}</option>
                {SEARCH_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </div>
            <div class="min-w-0">
              <FeeInput bound="min" label={m.search_fee_min_label()} />
            </div>
            <div class="min-w-0">
              <FeeInput bound="max" label={m.search_fee_max_label()} />
              <p id="search-fee-hint" class="sr-only">
                {m.search_fee_hint()}
              </p>
            </div>
            <div class="min-w-0">
              <label for="search-sort" class="field-label">
                {m.search_sort_label()}
              </label>
              <select id="search-sort" name="sort" class="field-input" data-testid="search-sort">
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
  );
}
