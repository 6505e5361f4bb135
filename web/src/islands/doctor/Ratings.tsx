/**
 * The published comments on a doctor's page, newest first, a page at a time; the patient is never
 * named. Loaded as its own chunk after the profile (the profile page's script stays within its
 * budget). The doctor viewing their own page gets a reply form under each comment not yet answered
 * (one reply each, shown under the comment).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicRating } from '../../../../functions/contract/api.ts';
import { RATING_REPLY_MAX } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { formatInstant } from '../../components/DateTime.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Stars } from '../../components/Rating.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';

const PAGE = 10;

function ReplyForm({ rating, onReplied }: { rating: PublicRating; onReplied: (r: PublicRating) => void }) {
  const id = `reply-${rating.id}`;
  const form = useForm({
    validate: (f) => (fieldValue(f, 'text').length < 2 ? { text: [m.doctor_reply_missing()] } : undefined),
    submit: async (f) => {
      const done = await api.call('replyToRating', {
        params: { ratingId: rating.id },
        body: { text: fieldValue(f, 'text') },
      });
      onReplied(done.rating);
    },
  });
  return (
    <form class="mt-3 grid gap-2" noValidate onSubmit={form.onSubmit} data-testid="reply-form">
      <FormError message={form.formError} boxRef={form.summary} />
      <label for={id} class="field-label">
        {m.doctor_reply_label()}
      </label>
      <textarea
        id={id}
        name="text"
        rows={2}
        maxLength={RATING_REPLY_MAX}
        required
        class="field-input h-auto min-h-16 py-2 leading-6"
        aria-invalid={form.errors.text ? 'true' : undefined}
        aria-describedby={form.errors.text ? `${id}-error` : undefined}
        data-msg-missing={m.doctor_reply_missing()}
        data-testid="reply-text"
      />
      <p id={`${id}-error`} class="field-error" data-error-for="text" hidden={!form.errors.text}>
        {form.errors.text}
      </p>
      <div>
        <Button
          type="submit"
          variant="secondary"
          testid="reply-send"
          busy={form.busy}
          busyLabel={m.sending()}
        >
          {m.doctor_reply_send()}
        </Button>
      </div>
    </form>
  );
}

export function DoctorRatings({
  doctorId,
  doctorName,
  canReply,
}: {
  doctorId: string;
  doctorName: string;
  canReply: boolean;
}) {
  const [ratings, setRatings] = useState<PublicRating[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [busy, setBusy] = useState(false);
  const [replied, setReplied] = useState<string | null>(null);
  const repliedBox = useRef<HTMLDivElement>(null);

  const load = async (from: string | null) => {
    setBusy(true);
    try {
      const page = await api.call('listDoctorRatings', {
        params: { id: doctorId },
        query: { limit: PAGE, ...(from ? { cursor: from } : {}) },
      });
      setRatings((old) => (from ? [...old, ...page.ratings] : page.ratings));
      setCursor(page.nextCursor);
      setState('ready');
    } catch {
      setState('error');
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, [doctorId]);

  return (
    <section class="card min-w-0 p-6 sm:p-8" aria-labelledby="ratings-heading" data-testid="doctor-ratings">
      <h2 id="ratings-heading" class="text-lg font-semibold text-slate-900">
        {canReply ? m.doctor_ratings_heading() : m.ratings_heading()}
      </h2>
      {canReply && <p class="mt-1 text-sm text-slate-600">{m.doctor_ratings_intro()}</p>}
      {replied && (
        <Notice tone="success" testid="reply-sent" focusable boxRef={repliedBox}>
          {replied}
        </Notice>
      )}
      {state === 'loading' ? (
        <div class="skeleton mt-4 h-16 w-full rounded-lg" aria-hidden="true" />
      ) : state === 'error' ? (
        <p class="mt-3 text-sm text-rose-700" role="alert">
          {m.ratings_load_failed()}
        </p>
      ) : ratings.length === 0 ? (
        <p class="mt-3 text-sm text-slate-600" data-testid="ratings-empty">
          {m.ratings_empty()}
        </p>
      ) : (
        <ul class="mt-4 divide-y divide-slate-100" data-testid="ratings-list">
          {ratings.map((r) => (
            <li key={r.id} class="py-4" data-testid="rating-item" data-rating-id={r.id}>
              <div class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
                <Stars stars={r.stars} />
                <span class="font-medium text-slate-700">{m.ratings_verified_patient()}</span>
                {formatInstant({ iso: r.ratedAt, format: 'date' })}
              </div>
              <p
                class="mt-2 text-sm leading-6 break-words whitespace-pre-line text-slate-700"
                data-testid="rating-comment"
              >
                {r.comment}
              </p>
              {r.reply ? (
                <div class="mt-3 rounded-lg bg-slate-50 px-4 py-3 text-sm" data-testid="rating-reply">
                  <p class="font-semibold text-slate-900">{m.ratings_reply_from({ name: doctorName })}</p>
                  <p class="mt-1 leading-6 break-words whitespace-pre-line text-slate-700">{r.reply.text}</p>
                </div>
              ) : (
                canReply && (
                  <ReplyForm
                    rating={r}
                    onReplied={(fresh) => {
                      setRatings((old) => old.map((x) => (x.id === fresh.id ? fresh : x)));
                      setReplied(m.doctor_reply_sent());
                      requestAnimationFrame(() => repliedBox.current?.focus());
                    }}
                  />
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {state === 'ready' && cursor && (
        <div class="mt-4">
          <Button
            variant="secondary"
            testid="ratings-more"
            busy={busy}
            busyLabel={m.loading()}
            onClick={() => void load(cursor)}
          >
            {m.ratings_more()}
          </Button>
        </div>
      )}
    </section>
  );
}
