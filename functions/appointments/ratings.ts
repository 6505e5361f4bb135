/**
 * Ratings of doctors (issue 19): after a COMPLETED visit its patient gives 1–5 stars and maybe a
 * comment, once per appointment, and may change them for RATING_EDIT_DAYS after the first rating.
 * Stars count at once, on the doctor's user item (`ratingTotal`, `ratingCount`) in the same transaction
 * as the rating; a comment is public only after an admin approves it. The rated doctor may reply once.
 */
import { ulid } from 'ulid';
import type { AdminRating, MyRating, MyRatingPayload, RatingBody } from '../contract/api.ts';
import { INVALID_CURSOR } from '../core/cursor.ts';
import { entities, nowIso, type RatingItem } from '../core/db/index.ts';
import { badRequest, conflict, isInvalidCursor, notFound } from '../core/errors.ts';
import type { PartyAppointment } from '../core/party.ts';
import { tryTransact } from '../core/transact.ts';
import { replyOf, toPublicRating } from './published-ratings.ts';

/** How long after the first rating the patient may still change it. */
export const RATING_EDIT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The edit policy: a rating can be changed until RATING_EDIT_DAYS after it was first given. */
export function ratingEditableUntil(ratedAt: string): Date {
  return new Date(Date.parse(ratedAt) + RATING_EDIT_DAYS * DAY_MS);
}
export function canEditRating(ratedAt: string, now: Date): boolean {
  return now.getTime() < ratingEditableUntil(ratedAt).getTime();
}

/** The GSI composites, written again with every update (see rating.entity.ts). */
const keyAttributes = (
  r: Pick<RatingItem, 'ratingId' | 'doctorId' | 'moderation' | 'ratedAt' | 'commentedAt'>,
) => ({
  ratingId: r.ratingId,
  doctorId: r.doctorId,
  moderation: r.moderation,
  ratedAt: r.ratedAt,
  commentedAt: r.commentedAt,
});

export function toMyRating(r: RatingItem, now: Date): MyRating {
  return {
    id: r.ratingId,
    stars: r.stars,
    comment: r.comment ?? null,
    moderation: r.moderation,
    ratedAt: r.ratedAt,
    editableUntil: ratingEditableUntil(r.ratedAt).toISOString(),
    editable: canEditRating(r.ratedAt, now),
    reply: replyOf(r),
  };
}

export function toAdminRating(r: RatingItem): AdminRating {
  return {
    id: r.ratingId,
    doctorId: r.doctorId,
    stars: r.stars,
    comment: r.comment ?? '',
    commentedAt: r.commentedAt,
    moderation: r.moderation,
    revision: r.revision,
  };
}

const ratingOf = async (appointmentId: string) => (await entities().rating.get({ appointmentId }).go()).data;

const byRatingId = async (ratingId: string) =>
  (await entities().rating.query.byId({ ratingId }).go({ limit: 1 })).data[0] ?? null;

/** The patient's own rating of their visit, and whether they may rate it now. */
export async function myRating(appointment: PartyAppointment, now: Date): Promise<MyRatingPayload> {
  const rating = await ratingOf(appointment.appointmentId);
  const completed = appointment.status === 'COMPLETED';
  return {
    rating: rating ? toMyRating(rating, now) : null,
    canRate: completed && (!rating || canEditRating(rating.ratedAt, now)),
  };
}

/**
 * How often a transaction that lost only to a concurrent one (TransactionConflict on the doctor's item,
 * when patients of different visits rate the same doctor at once) is tried again. Nothing was written
 * by the lost attempt, so repeating it is safe; a failed condition is never retried.
 */
const CONFLICT_RETRIES = 8;

async function transactWithRetry(build: Parameters<typeof tryTransact>[0], message: string) {
  for (let attempt = 0; ; attempt++) {
    const result = await tryTransact(build);
    if (!result.canceled) return;
    const lostRace =
      result.reasons.includes('TransactionConflict') && !result.reasons.includes('ConditionalCheckFailed');
    if (!lostRace || attempt >= CONFLICT_RETRIES) throw conflict(message);
    // Jittered back-off, so the racers do not collide again in step.
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * (attempt + 1)));
  }
}

/**
 * Rates a completed visit, or changes its rating within the edit window. The doctor's total moves by
 * the difference in stars; a changed comment goes back to moderation.
 */
export async function rateAppointment(
  appointment: PartyAppointment,
  patientId: string,
  body: RatingBody,
  now: Date,
): Promise<MyRatingPayload> {
  if (appointment.status !== 'COMPLETED')
    throw conflict('You can rate a consultation once it is completed.', 'not_completed');
  const comment = body.comment?.trim() || undefined;
  const existing = await ratingOf(appointment.appointmentId);
  const at = now.toISOString();

  if (!existing) {
    const ratingId = ulid();
    await transactWithRetry(
      (tx) => [
        tx.rating
          .create({
            appointmentId: appointment.appointmentId,
            ratingId,
            doctorId: appointment.doctorId,
            patientId,
            stars: body.stars,
            ...(comment ? { comment } : {}),
            moderation: comment ? 'pending' : 'none',
            ratedAt: at,
            commentedAt: at,
            revision: 1,
          })
          .commit(),
        tx.user
          .patch({ userId: appointment.doctorId })
          .add({ ratingTotal: body.stars, ratingCount: 1 })
          .commit(),
      ],
      // A concurrent first rating of the same visit won: the patient sees it on reload and edits that.
      'This visit was rated meanwhile. Reload to see the rating.',
    );
    return myRating(appointment, now);
  }

  if (!canEditRating(existing.ratedAt, now))
    throw conflict(
      `A rating can be changed only within ${RATING_EDIT_DAYS} days of giving it.`,
      'rating_locked',
    );
  const commentChanged = (existing.comment ?? undefined) !== comment;
  const moderation = commentChanged ? (comment ? 'pending' : 'none') : existing.moderation;
  const difference = body.stars - existing.stars;
  await transactWithRetry(
    (tx) => [
      editRating(tx, existing, {
        ...keyAttributes({
          ...existing,
          moderation,
          commentedAt: commentChanged ? at : existing.commentedAt,
        }),
        stars: body.stars,
        revision: existing.revision + 1,
        comment,
      }),
      ...(difference !== 0
        ? [tx.user.patch({ userId: appointment.doctorId }).add({ ratingTotal: difference }).commit()]
        : []),
    ],
    'This rating was changed meanwhile. Reload and try again.',
  );
  return myRating(appointment, now);
}

type Tx = Parameters<Parameters<typeof tryTransact>[0]>[0];

/** The edit of a rating, conditional on the revision that was read; no comment removes the old one. */
function editRating(
  tx: Tx,
  existing: RatingItem,
  change: ReturnType<typeof keyAttributes> & { stars: number; revision: number; comment: string | undefined },
) {
  const { comment, ...rest } = change;
  const patch = tx.rating.patch({ appointmentId: existing.appointmentId });
  const written = comment ? patch.set({ ...rest, comment }) : patch.set(rest).remove(['comment']);
  return written.where(({ revision }, { eq }) => eq(revision, existing.revision)).commit();
}

/** The rated doctor replies once to a published comment; to anyone else the rating does not exist. */
export async function replyToRating(doctorId: string, ratingId: string, text: string, now: Date) {
  const rating = await byRatingId(ratingId);
  // Only a published comment can be answered: the doctor sees no other (and a stranger sees none).
  if (!rating || rating.doctorId !== doctorId || rating.moderation !== 'approved')
    throw notFound('Rating not found.');
  if (rating.reply) throw conflict('You have already replied to this rating.', 'already_replied');
  const at = now.toISOString();
  const result = await tryTransact((tx) => [
    tx.rating
      .patch({ appointmentId: rating.appointmentId })
      .set({ reply: text, repliedAt: at })
      .where(
        ({ reply, doctorId: owner }, { notExists, eq }) => `${notExists(reply)} AND ${eq(owner, doctorId)}`,
      )
      .commit(),
  ]);
  if (result.canceled) throw conflict('You have already replied to this rating.', 'already_replied');
  return { rating: toPublicRating({ ...rating, reply: text, repliedAt: at }) };
}

/** The admin's queue: comments waiting for a decision, oldest first. */
export async function pendingRatings(page: { cursor?: string; limit: number }) {
  try {
    const result = await entities()
      .rating.query.byModeration({ moderation: 'pending' })
      .go({ cursor: page.cursor ?? null, limit: page.limit, order: 'asc' });
    return { ratings: result.data.map(toAdminRating), nextCursor: result.cursor ?? null };
  } catch (error) {
    if (isInvalidCursor(error)) throw badRequest(INVALID_CURSOR, { cursor: ['Invalid cursor.'] });
    throw error;
  }
}

/**
 * Approves or rejects a pending comment, as the admin read it: a comment the patient changed since
 * (another revision) is not decided unseen.
 */
export async function moderateRating(
  ratingId: string,
  decision: 'approve' | 'reject',
  revision: number,
  adminId: string,
) {
  const rating = await byRatingId(ratingId);
  if (!rating || rating.moderation === 'none') throw notFound('Rating not found.');
  if (rating.moderation !== 'pending')
    throw conflict('This comment has already been decided.', 'already_decided');
  if (rating.revision !== revision)
    throw conflict('The patient changed this comment meanwhile. Reload to read it again.');
  const moderation = decision === 'approve' ? 'approved' : 'rejected';
  const at = nowIso();
  const result = await tryTransact((tx) => [
    tx.rating
      .patch({ appointmentId: rating.appointmentId })
      .set({ ...keyAttributes({ ...rating, moderation }), moderatedAt: at, moderatedBy: adminId })
      .where(({ revision: r, moderation: m }, { eq }) => `${eq(r, revision)} AND ${eq(m, 'pending')}`)
      .commit(),
  ]);
  if (result.canceled) throw conflict('The patient changed this comment meanwhile. Reload to read it again.');
  return { rating: toAdminRating({ ...rating, moderation }) };
}
