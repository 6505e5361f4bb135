/**
 * The 1–5 star picker made of real radio buttons (arrow keys move between them; a screen reader says
 * "3 stars, Good"): a doctor's rating and a patient's story both use it.
 */
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

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
