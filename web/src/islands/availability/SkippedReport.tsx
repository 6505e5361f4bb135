/**
 * Which slots publishing left out because they overlap slots the doctor already has, in the doctor's
 * zone and words ("Sun, 6 Dec · 10:00 am – 10:30 am IST"), the first few, then how many more.
 */
import type { SkippedSlot } from '../../../../functions/contract/api.ts';
import { formatDay } from '../../lib/days.ts';
import { formatTimeRange } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

const SHOWN = 8;

export function SkippedReport({
  skipped,
  count,
  zone,
}: {
  skipped: SkippedSlot[];
  count: number;
  zone: string;
}) {
  if (!count) return null;
  const more = count - Math.min(SHOWN, skipped.length);
  return (
    <div data-testid="skipped-report">
      <p class="font-semibold">{m.skipped_title({ slots: m.count_slots({ count }) })}</p>
      <ul class="mt-1 list-disc pl-5">
        {skipped.slice(0, SHOWN).map((s) => (
          <li key={s.startAt} data-testid="skipped-slot">
            {`${formatDay(s.localDate, 'short')} · ${formatTimeRange(s.startAt, s.endAt, zone)}`}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{m.skipped_more({ count: more })}</p>}
    </div>
  );
}
