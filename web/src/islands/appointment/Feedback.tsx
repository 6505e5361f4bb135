/**
 * The patient's feedback after a completed consultation: a 1–5 star rating made of real radio buttons
 * (arrow keys move between them; a screen reader says "3 stars, Good"), a few words, and a thank-you
 * once sent. Reviews are published only after our team approves them.
 */
import { useRef, useState } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { intlLocale } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from './parts.tsx';

const WORDS = [() => '', m.rating_poor, m.rating_fair, m.rating_good, m.rating_very_good, m.rating_excellent];
const MAX = 1000;

export function Feedback({ appointmentId, doctorName }: { appointmentId: string; doctorName: string }) {
  const [rating, setRating] = useState(0);
  const [length, setLength] = useState(0);
  const [thanks, setThanks] = useState<{ text: string; testid: string } | null>(null);
  const thanksBox = useRef<HTMLDivElement>(null);
  const done = (text: string, testid = 'feedback-thanks') => {
    setThanks({ text, testid });
    requestAnimationFrame(() => thanksBox.current?.focus());
  };
  const form = useForm({
    validate: (f) => {
      const content = fieldValue(f, 'content');
      return content && content.length < 10 ? { content: [m.feedback_too_short()] } : undefined;
    },
    submit: async (f) => {
      const { testimonial } = await api.call('submitTestimonial', {
        body: {
          appointmentId,
          rating: Number(fieldValue(f, 'rating')),
          content: fieldValue(f, 'content'),
        },
      });
      done(testimonial.message);
    },
    onError: (err) => {
      if (err.code !== 'already_submitted') return false;
      done(m.feedback_already(), 'feedback-already');
      return true;
    },
  });
  return (
    <Card id="feedback-heading" testid="feedback" title={m.feedback_heading()} icon={I.star}>
      {thanks ? (
        <Notice tone="success" testid={thanks.testid} focusable boxRef={thanksBox}>
          {thanks.text}
        </Notice>
      ) : (
        <>
          <p class="mt-1 text-sm text-slate-600">{m.feedback_lead({ name: doctorName })}</p>
          <form class="mt-4 grid gap-5" data-testid="feedback-form" noValidate onSubmit={form.onSubmit}>
            <FormError message={form.formError} boxRef={form.summary} />
            <fieldset aria-invalid={form.errors.rating ? 'true' : undefined}>
              <legend class="field-label">{m.feedback_rating()}</legend>
              <div class="mt-1.5 flex flex-wrap items-center gap-1">
                {[1, 2, 3, 4, 5].map((n) => (
                  <span key={n} class="relative">
                    <input
                      type="radio"
                      name="rating"
                      value={String(n)}
                      id={`rating-${n}`}
                      class="peer sr-only"
                      required={n === 1}
                      data-msg-missing={m.feedback_rating_missing()}
                      aria-describedby={form.errors.rating ? 'rating-error' : undefined}
                      aria-invalid={form.errors.rating ? 'true' : undefined}
                      data-testid={`rating-${n}`}
                      onChange={() => {
                        setRating(n);
                        form.clear('rating');
                      }}
                    />
                    <label
                      for={`rating-${n}`}
                      class="grid size-11 cursor-pointer place-items-center rounded-lg peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500"
                    >
                      <Icon
                        shape={I.star}
                        class={`size-8 transition-colors ${n <= rating ? 'fill-accent-400 text-accent-600' : 'fill-white text-slate-400'}`}
                      />
                      <span class="sr-only">{m.feedback_star({ count: n, word: WORDS[n]?.() ?? '' })}</span>
                    </label>
                  </span>
                ))}
                <span class="ml-2">
                  <span class="text-sm font-medium text-slate-700" data-testid="rating-word">
                    {WORDS[rating]?.()}
                  </span>
                </span>
              </div>
              <p id="rating-error" class="field-error" data-error-for="rating" hidden={!form.errors.rating}>
                {form.errors.rating}
              </p>
            </fieldset>
            <div>
              <label for="feedback-content" class="field-label">
                {m.feedback_content_label()}
              </label>
              <p id="feedback-hint" class="field-hint mt-0.5">
                {m.feedback_content_hint()}
              </p>
              <textarea
                id="feedback-content"
                name="content"
                rows={4}
                maxLength={MAX}
                required
                class="field-input h-auto min-h-28 py-2.5 leading-6"
                aria-describedby={`feedback-hint feedback-count${form.errors.content ? ' content-error' : ''}`}
                aria-invalid={form.errors.content ? 'true' : undefined}
                data-msg-missing={m.feedback_content_missing()}
                data-testid="feedback-content"
                onInput={(e) => setLength(e.currentTarget.value.length)}
              />
              <p id="feedback-count" class="mt-1 text-right text-xs text-slate-500">
                {m.book_reason_count({
                  count: length.toLocaleString(intlLocale()),
                  max: MAX.toLocaleString(intlLocale()),
                })}
              </p>
              <p
                id="content-error"
                class="field-error"
                data-error-for="content"
                hidden={!form.errors.content}
              >
                {form.errors.content}
              </p>
            </div>
            <div>
              <Button type="submit" testid="feedback-submit" busy={form.busy} busyLabel={m.sending()}>
                {m.feedback_send()}
              </Button>
            </div>
          </form>
        </>
      )}
    </Card>
  );
}
