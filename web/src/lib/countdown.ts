/**
 * A live countdown to an instant (a booking's 15-minute hold, a room that opens soon). The visible
 * clock ticks every second inside role="timer" (which screen readers do not read on every change);
 * a separate polite status announces only the moments that matter, so nobody hears sixty updates a
 * minute.
 */
import { describeRemaining, formatCountdown } from './zoned.ts';

export interface CountdownOptions {
  until: string;
  /** Receives the clock text ("14:05") every second. */
  clock: HTMLElement;
  /** Announces "5 minutes left" style messages at the thresholds, and `expiredText`. */
  status?: HTMLElement | null;
  /** What to say before the remaining time, e.g. "Your slot is held for". */
  announcePrefix?: string;
  expiredText?: string;
  onExpire?: () => void;
}

const ANNOUNCE_AT_MINUTES = [10, 5, 2, 1];

/** Starts the countdown; returns a function that stops it. */
export function startCountdown({
  until,
  clock,
  status,
  announcePrefix = 'Time left:',
  expiredText = 'Time is up.',
  onExpire,
}: CountdownOptions): () => void {
  const end = Date.parse(until);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Thresholds already behind us when the countdown starts are never announced.
  let pending = ANNOUNCE_AT_MINUTES.filter((m) => m < Math.ceil((end - Date.now()) / 60_000));

  let ticks = 0;
  const tick = () => {
    // A clock taken out of the page (the list was re-rendered) stops by itself.
    if (stopped || (ticks++ > 0 && !clock.isConnected)) return;
    const left = end - Date.now();
    clock.textContent = formatCountdown(left);
    clock.dataset.remainingMs = String(Math.max(0, left));
    if (left <= 0) {
      if (status) status.textContent = expiredText;
      stopped = true;
      onExpire?.();
      return;
    }
    const minutes = Math.ceil(left / 60_000);
    if (pending.some((m) => minutes <= m)) {
      pending = pending.filter((m) => m < minutes);
      if (status) status.textContent = `${announcePrefix} ${describeRemaining(left)}.`;
    }
    // Tick on the second boundary of the remaining time, so the clock never skips a number.
    timer = setTimeout(tick, ((left - 1) % 1000) + 1);
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
