/**
 * A "send a new code" button with a cooldown, so an impatient second click does not trip the email
 * provider's rate limit (and the older code stays the one in the inbox a little longer).
 */
import { ApiError } from './api.ts';

export interface ResendOptions {
  button: HTMLButtonElement;
  status: HTMLElement;
  /** Sends the code; resolves to the message to show. Return null to show nothing (e.g. a field is empty). */
  send: () => Promise<string | null>;
  seconds?: number;
}

export function wireResend({ button, status, send, seconds = 30 }: ResendOptions) {
  const label = button.querySelector<HTMLElement>('[data-resend-label]') ?? button;
  const idle = label.textContent ?? '';
  let timer: ReturnType<typeof setInterval> | undefined;

  const coolDown = () => {
    let left = seconds;
    button.disabled = true;
    const tick = () => {
      label.textContent = `${idle} (${left} s)`;
      if (left-- <= 0) {
        clearInterval(timer);
        button.disabled = false;
        label.textContent = idle;
      }
    };
    tick();
    timer = setInterval(tick, 1000);
  };

  button.addEventListener('click', async () => {
    if (button.disabled) return;
    button.disabled = true;
    status.textContent = '';
    status.classList.remove('text-red-700');
    try {
      const message = await send();
      if (message === null) {
        button.disabled = false;
        return;
      }
      status.textContent = message;
      coolDown();
    } catch (err) {
      status.textContent =
        err instanceof ApiError ? err.message : 'We could not send a code. Please try again.';
      status.classList.add('text-red-700');
      button.disabled = false;
    }
  });
}
