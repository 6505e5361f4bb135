/**
 * The patient's story for the home page ("patient stories", the Django app's testimonials), offered
 * after a completed consultation beside the doctor's rating (RateVisit): stars for Chikitsa360 (the
 * one StarPicker: arrow keys move between them), a few words, and a thank-you once sent. Stories are
 * published only after our team approves them.
 */
import { useRef, useState } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { CharCount, Field } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Notice } from '../../components/Notice.tsx';
import { StarPicker } from '../../components/StarPicker.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from './parts.tsx';

const MAX = 1000;

export function Feedback({ appointmentId }: { appointmentId: string }) {
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
    <Card id="feedback-heading" testid="feedback" title={m.feedback_heading()} icon={I.quote}>
      {thanks ? (
        <Notice tone="success" testid={thanks.testid} focusable boxRef={thanksBox}>
          {thanks.text}
        </Notice>
      ) : (
        <>
          <p class="mt-1 text-sm text-slate-600">{m.feedback_lead()}</p>
          <form class="mt-4 grid gap-5" data-testid="feedback-form" noValidate onSubmit={form.onSubmit}>
            <FormError message={form.formError} boxRef={form.summary} />
            <StarPicker
              name="rating"
              legend={m.feedback_rating()}
              value={rating}
              missingText={m.feedback_rating_missing()}
              error={form.errors.rating}
              onChange={(n) => {
                setRating(n);
                form.clear('rating');
              }}
            />
            <Field
              id="feedback-content"
              name="content"
              as="textarea"
              label={m.feedback_content_label()}
              hint={m.feedback_content_hint()}
              rows={4}
              maxLength={MAX}
              missing={m.feedback_content_missing()}
              testid="feedback-content"
              error={form.errors.content}
              describedBy="feedback-count"
              onInput={(e) => setLength(e.currentTarget.value.length)}
              after={<CharCount id="feedback-count" length={length} max={MAX} />}
            />
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
