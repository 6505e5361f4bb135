/**
 * Doctors' ratings as people see them: the average (one decimal, in the page's language) with the count,
 * a row of stars for one rating, and the 1–5 star picker made of real radio buttons (arrow keys move
 * between them; a screen reader says "3 stars, Good").
 */
import { intlLocale } from '../lib/format.ts';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

/** 4.25 → "4.3" (hi: "4.3" with Hindi digits only where the locale uses them). */
export const formatAverage = (average: number) =>
  new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);

/** "★ 4.3 out of 5 · 12 ratings", or "No ratings yet". */
export function RatingSummary({
  average,
  count,
  class: cls = 'text-sm text-slate-700',
}: {
  average: number | null;
  count: number;
  class?: string;
}) {
  return (
    <p class={`flex flex-wrap items-center gap-x-1.5 ${cls}`} data-testid="rating-summary">
      <Icon
        shape={I.star}
        class={`size-4 shrink-0 ${count ? 'fill-accent-400 text-accent-600' : 'text-slate-400'}`}
      />
      <span class="sr-only">{m.rating_summary_label()}: </span>
      {count > 0 && average !== null ? (
        <>
          <span class="font-semibold text-slate-900" data-testid="rating-average">
            {m.rating_average({ average: formatAverage(average) })}
          </span>
          <span aria-hidden="true">·</span>
          <span data-testid="rating-count">{m.rating_count({ count })}</span>
        </>
      ) : (
        <span data-testid="rating-count">{m.rating_none()}</span>
      )}
    </p>
  );
}

/** One rating's stars, read out as "Rated 4 out of 5". */
export function Stars({ stars, size = 'size-4' }: { stars: number; size?: string }) {
  const value = Math.max(0, Math.min(5, Math.round(stars)));
  return (
    <span class="flex gap-0.5" role="img" aria-label={m.rating_label({ value })} data-stars={value}>
      {[0, 1, 2, 3, 4].map((i) => (
        <Icon
          key={i}
          shape={I.star}
          class={`${size} ${i < value ? 'fill-accent-400 text-accent-600' : 'fill-white text-slate-300'}`}
        />
      ))}
    </span>
  );
}

const WORDS = [() => '', m.rating_poor, m.rating_fair, m.rating_good, m.rating_very_good, m.rating_excellent];

/** The 1–5 star radio group. `name` and ids are unique per form; the error, when any, is described. */
export function StarPicker({
  name,
  legend,
  value,
  onChange,
  error,
  missingText,
}: {
  name: string;
  legend: string;
  value: number;
  onChange: (stars: number) => void;
  error?: string;
  missingText: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-invalid={error ? 'true' : undefined}>
      <legend class="field-label">{legend}</legend>
      <div class="mt-1.5 flex flex-wrap items-center gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} class="relative">
            <input
              type="radio"
              name={name}
              value={String(n)}
              id={`${name}-${n}`}
              class="peer sr-only"
              checked={value === n}
              required={n === 1}
              data-msg-missing={missingText}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? 'true' : undefined}
              data-testid={`${name}-${n}`}
              onChange={() => onChange(n)}
            />
            <label
              for={`${name}-${n}`}
              class="grid size-11 cursor-pointer place-items-center rounded-lg peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500"
            >
              <Icon
                shape={I.star}
                class={`size-8 transition-colors ${n <= value ? 'fill-accent-400 text-accent-600' : 'fill-white text-slate-400'}`}
              />
              <span class="sr-only">{m.feedback_star({ count: n, word: WORDS[n]?.() ?? '' })}</span>
            </label>
          </span>
        ))}
        <span class="ml-2 text-sm font-medium text-slate-700" data-testid={`${name}-word`}>
          {WORDS[value]?.()}
        </span>
      </div>
      <p id={errorId} class="field-error" data-error-for={name} hidden={!error}>
        {error}
      </p>
    </fieldset>
  );
}
