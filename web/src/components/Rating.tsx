/**
 * Ratings as people see them: the average (one decimal, in the page's language) with the count, and a
 * row of stars for one rating. The picker that sets one is StarPicker.tsx, apart so that the content
 * pages (search, home, a doctor's page), which only show ratings, do not carry it.
 */
import { intlLocale, numberFormat } from '../lib/format.ts';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

/** 4.25 → "4.3" (hi: "4.3" with Hindi digits only where the locale uses them). */
export const formatAverage = (average: number) =>
  numberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);

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
