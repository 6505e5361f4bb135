/** Small pieces shared by the public health-tip pages and the admin console. */
import type { HealthTip } from './api.ts';
import { formatDateOnly } from './profile-ui.ts';
import { viewerZone, ymdIn } from './zoned.ts';

/** An instant as a calendar date in the viewer's zone, e.g. "12 March 2026". */
export const dateOf = (iso: string) => formatDateOnly(ymdIn(iso, viewerZone()));

/** The byline of a tip; tips without an author are from the medical team. */
export const tipAuthor = (t: Pick<HealthTip, 'authorName'>) =>
  t.authorName ? `By ${t.authorName}` : 'By the Chikitsa360 medical team';
