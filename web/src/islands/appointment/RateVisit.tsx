/**
 * "Rate your visit": after a completed consultation its patient gives the doctor 1–5 stars and maybe a
 * comment, and may change them until the edit window closes (the server says until when, and whether
 * the visit can be rated at all). Stars count at once; a comment shows on the doctor's page once our
 * team approves it, never with the patient's name.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MyRatingPayload } from '../../../../functions/contract/api.ts';
import { RATING_COMMENT_MAX } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { formatInstant } from '../../components/DateTime.tsx';
import { CharCount, Field } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Stars } from '../../components/Rating.tsx';
import { StarPicker } from '../../components/StarPicker.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from './parts.tsx';

const MODERATION = {
  none: null,
  pending: m.rate_moderation_pending,
  approved: m.rate_moderation_approved,
  rejected: m.rate_moderation_rejected,
} as const;

export function RateVisit({ appointmentId, doctorName }: { appointmentId: string; doctorName: string }) {
  const [payload, setPayload] = useState<MyRatingPayload | null>(null);
  const [stars, setStars] = useState(0);
  const [length, setLength] = useState(0);
  const [saved, setSaved] = useState(false);
  const savedBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void api
      .call('getMyRating', { params: { id: appointmentId } })
      .then((p) => {
        setPayload(p);
        setStars(p.rating?.stars ?? 0);
        setLength(p.rating?.comment?.length ?? 0);
      })
      .catch(() => setPayload({ rating: null, canRate: false }));
  }, [appointmentId]);

  const form = useForm({
    submit: async (f) => {
      const fresh = await api.call('rateAppointment', {
        params: { id: appointmentId },
        body: { stars, comment: fieldValue(f, 'comment') },
      });
      setPayload(fresh);
      setSaved(true);
      requestAnimationFrame(() => savedBox.current?.focus());
    },
  });

  if (!payload || (!payload.canRate && !payload.rating)) return null;
  const rating = payload.rating;
  const moderation = rating ? MODERATION[rating.moderation] : null;
  return (
    <Card id="rate-heading" testid="rate-visit" title={m.rate_heading()} icon={I.star}>
      {saved && (
        <Notice tone="success" testid="rate-saved" focusable boxRef={savedBox}>
          {m.rate_saved()}
        </Notice>
      )}
      {rating && !payload.canRate ? (
        <div class="mt-3 grid gap-2 text-sm text-slate-700" data-testid="rate-locked">
          <Stars stars={rating.stars} size="size-5" />
          <p>{m.rate_locked({ stars: rating.stars })}</p>
          {rating.comment && <p class="whitespace-pre-line">{rating.comment}</p>}
          {moderation && <p class="text-slate-600">{moderation()}</p>}
        </div>
      ) : (
        <>
          <p class="mt-1 text-sm text-slate-600">{m.rate_lead({ name: doctorName })}</p>
          {rating && (
            <p class="mt-2 text-sm text-slate-600" data-testid="rate-edit-until">
              {m.rate_edit_until({ date: formatInstant({ iso: rating.editableUntil, format: 'datetime' }) })}{' '}
              {moderation?.()}
            </p>
          )}
          <form class="mt-4 grid gap-5" data-testid="rate-form" noValidate onSubmit={form.onSubmit}>
            <FormError message={form.formError} boxRef={form.summary} />
            <StarPicker
              name="stars"
              legend={m.rate_stars_legend()}
              value={stars}
              missingText={m.rate_stars_missing()}
              error={form.errors.stars}
              onChange={(n) => {
                setStars(n);
                form.clear('stars');
              }}
            />
            <Field
              id="rate-comment"
              name="comment"
              as="textarea"
              optional
              label={m.rate_comment_label()}
              hint={m.rate_comment_hint()}
              rows={3}
              maxLength={RATING_COMMENT_MAX}
              testid="rate-comment"
              error={form.errors.comment}
              describedBy="rate-comment-count"
              defaultValue={rating?.comment ?? ''}
              onInput={(e) => setLength(e.currentTarget.value.length)}
              after={<CharCount id="rate-comment-count" length={length} max={RATING_COMMENT_MAX} />}
            />
            <div>
              <Button type="submit" testid="rate-submit" busy={form.busy} busyLabel={m.sending()}>
                {m.rate_save()}
              </Button>
            </div>
          </form>
        </>
      )}
    </Card>
  );
}
