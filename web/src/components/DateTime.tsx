/**
 * An instant as a `<time>`, in the viewer's own zone unless `zone` is given. Render it in islands
 * only (after data arrives): at build time there is no viewer and so no zone.
 */

import { formatDay, ymdIn } from '../lib/days.ts';
import { dateTimeFormat, intlLocale, viewerZone } from '../lib/format.ts';
import { formatDateTime } from '../lib/format-app.ts';
import { formatTime, formatTimeRange } from '../lib/zoned.ts';

export interface DateTimeProps {
  iso: string;
  /** An IANA zone; the viewer's by default. */
  zone?: string;
  /** date-time "12 Mar 2026, 10:30 am IST"; date "12 March 2026"; day "Thursday, 12 March"; time "10:30 am"; range needs `end`. */
  format?: 'datetime' | 'date' | 'day' | 'time' | 'range';
  end?: string;
  testid?: string;
  class?: string;
}

export function formatInstant({
  iso,
  zone,
  format = 'datetime',
  end,
}: Omit<DateTimeProps, 'testid' | 'class'>) {
  const z = zone ?? viewerZone();
  if (format === 'date')
    return dateTimeFormat(intlLocale(), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: z,
    }).format(new Date(iso));
  if (format === 'day') return formatDay(ymdIn(iso, z), 'long');
  if (format === 'time') return formatTime(iso, z);
  if (format === 'range' && end) return formatTimeRange(iso, end, z);
  return formatDateTime(iso, zone);
}

export function DateTime({ testid, class: cls, ...props }: DateTimeProps) {
  return (
    <time dateTime={props.iso} class={cls} data-testid={testid}>
      {formatInstant(props)}
    </time>
  );
}
