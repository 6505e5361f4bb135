/**
 * What anyone may read of ratings: a doctor's approved comments, newest first, never naming the patient
 * or the visit. Apart from ratings.ts so that the public (read-only) discovery function bundles only this.
 */
import type { PublicRating } from '../contract/api.ts';
import { INVALID_CURSOR } from '../core/cursor.ts';
import { entities, type RatingItem } from '../core/db/index.ts';
import { badRequest, isInvalidCursor } from '../core/errors.ts';

export const replyOf = (r: RatingItem) =>
  r.reply && r.repliedAt ? { text: r.reply, at: r.repliedAt } : null;

export function toPublicRating(r: RatingItem): PublicRating {
  return { id: r.ratingId, stars: r.stars, comment: r.comment ?? '', ratedAt: r.ratedAt, reply: replyOf(r) };
}

/** Paged, newest first: a doctor's approved comments, for anyone. */
export async function approvedRatings(doctorId: string, page: { cursor?: string; limit: number }) {
  try {
    const result = await entities()
      .rating.query.byDoctor({ doctorId, moderation: 'approved' })
      .go({ cursor: page.cursor ?? null, limit: page.limit, order: 'desc' });
    return { ratings: result.data.map(toPublicRating), nextCursor: result.cursor ?? null };
  } catch (error) {
    if (isInvalidCursor(error)) throw badRequest(INVALID_CURSOR, { cursor: ['Invalid cursor.'] });
    throw error;
  }
}
