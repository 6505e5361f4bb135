/**
 * A live countdown to an instant (a booking's 15-minute hold, a room that opens soon). `useRemaining`
 * ticks once a second; `Clock` shows "14:05" inside role="timer", which screen readers do not read on
 * every change; pages announce only the moments that matter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeRemaining, formatCountdown } from '../lib/zoned.ts';

/** Milliseconds left until `until` (never below 0), updated every second until it reaches 0. */
export function useRemaining(until: string | null): number {
  const end = until ? Date.parse(until) : 0;
  const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
  useEffect(() => {
    if (!until) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const ms = Math.max(0, end - Date.now());
      setLeft(ms);
      // Wake on the next whole second, so the clock never skips or repeats a second.
      if (ms > 0) timer = setTimeout(tick, ms % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until]);
  return left;
}

export function Clock({
  ms,
  testid,
  label,
  class: cls = 'font-mono font-semibold tabular-nums',
}: {
  ms: number;
  testid?: string;
  /** The timer's accessible name (e.g. "Time left to pay"). */
  label?: string;
  class?: string;
}) {
  return (
    <span class={cls} role="timer" aria-label={label} data-testid={testid} data-remaining-ms={String(ms)}>
      {formatCountdown(ms)}
    </span>
  );
}

const ANNOUNCE_AT_MINUTES = [10, 5, 2, 1];

/**
 * What a polite status line should say while `left` counts down: "Time left to pay: 5 minutes." at
 * 10, 5, 2 and 1 minutes (not those already behind when it starts), and `expired` at zero, when
 * `onExpire` runs once.
 */
export function useCountdownAnnouncements(
  left: number,
  say: (left: string) => string,
  expired: string,
  onExpire: () => void,
) {
  const [said, setSaid] = useState('');
  const pending = useRef(ANNOUNCE_AT_MINUTES.filter((n) => n < Math.ceil(left / 60_000)));
  const minutes = Math.ceil(left / 60_000);
  useEffect(() => {
    if (left <= 0) {
      setSaid(expired);
      onExpire();
      return;
    }
    if (pending.current.some((n) => minutes <= n)) {
      pending.current = pending.current.filter((n) => n < minutes);
      setSaid(say(describeRemaining(left)));
    }
  }, [minutes, left <= 0]);
  return said;
}
