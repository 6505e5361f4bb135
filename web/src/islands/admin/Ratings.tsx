/**
 * Ratings: comments patients left with their stars, oldest waiting first. Approving one publishes it on
 * the doctor's page; rejecting keeps it off. The stars count either way. The decision carries the
 * revision the admin read, so a comment the patient changed meanwhile is not decided unseen (409).
 */
import { useSignal } from '@preact/signals';
import type { AdminRating } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { Stars } from '../../components/Rating.tsx';
import { api, errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import { Act, AdminList, Header, type List, PAGE, rowClass, useList } from './ui.tsx';

function RatingRow({ rating: r, list }: { rating: AdminRating; list: List<AdminRating> }) {
  const ctx = useView();
  const busy = useSignal<string | null>(null);
  const when = formatInstant({ iso: r.commentedAt, format: 'datetime' });
  const sr = m.admin_rating_of({ date: when });
  const decide = async (decision: 'approve' | 'reject') => {
    busy.value = decision;
    try {
      await api.call('adminModerateRating', {
        params: { ratingId: r.id },
        body: { decision, revision: r.revision },
      });
      const approved = decision === 'approve';
      list.remove(r.id, approved ? m.admin_rating_approved_status() : m.admin_rating_rejected_status());
      ctx.notify(approved ? m.admin_rating_approved_toast() : m.admin_rating_rejected_toast());
    } catch (err) {
      ctx.notify(errorText(err), 'error');
    } finally {
      busy.value = null;
    }
  };
  return (
    <li class={rowClass} data-testid="rating-row" data-rating-id={r.id}>
      <figure aria-labelledby={`rating-${r.id}`}>
        <div class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
          <Stars stars={r.stars} />
          <figcaption id={`rating-${r.id}`}>{sr}</figcaption>
        </div>
        <blockquote class="mt-2 text-sm leading-6 break-words whitespace-pre-line text-slate-700">
          {r.comment}
        </blockquote>
      </figure>
      <div class="mt-4 flex flex-wrap gap-2">
        <Act
          look="primary"
          icon={I.check}
          label={m.admin_approve()}
          sr={sr}
          busy={busy.value === 'approve'}
          testid="approve-rating"
          onClick={() => void decide('approve')}
        />
        <Act
          look="danger"
          label={m.admin_reject()}
          sr={sr}
          busy={busy.value === 'reject'}
          testid="reject-rating"
          onClick={() => void decide('reject')}
        />
      </div>
    </li>
  );
}

export default function Ratings() {
  const list = useList<AdminRating>(
    'ratings-list',
    [m.admin_n_comments, m.admin_comments_noun],
    (r) => r.id,
    (cursor, signal) =>
      api
        .call('adminListRatings', { query: { cursor, limit: PAGE } }, { signal })
        .then((p) => ({ items: p.ratings, nextCursor: p.nextCursor })),
  );
  return (
    <section aria-labelledby="ratings-heading">
      <Header id="ratings-heading" title={m.admin_ratings()} intro={m.admin_ratings_intro()} />
      <div class="mt-6">
        <AdminList
          list={list}
          empty={{ icon: I.star, title: m.admin_ratings_empty(), text: m.admin_ratings_empty_text() }}
          renderItem={(r) => <RatingRow rating={r} list={list} />}
        />
      </div>
    </section>
  );
}
