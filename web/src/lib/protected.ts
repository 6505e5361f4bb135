/**
 * Drives components/ProtectedPage.astro: waits for the signed-in user, sends signed-out visitors to
 * the sign-in page (coming back here afterwards), refuses the wrong role politely, and shows an error
 * with a retry when the API cannot be reached. The page's own rendering runs in `render`.
 */
import { ApiError } from './api.ts';
import { dashboardPath, getMe, loginUrl, type Me, roleLabel } from './session.ts';

type State = 'loading' | 'ready' | 'refused' | 'error';

function setState(root: HTMLElement, state: State) {
  root.dataset.state = state;
  root.setAttribute('aria-busy', String(state === 'loading'));
  for (const part of root.querySelectorAll<HTMLElement>(':scope > [data-when]'))
    part.hidden = part.dataset.when !== state;
}

/** A session that ends while the page is open (another tab signed out, the refresh failed). */
function leaveWhenSignedOut() {
  window.addEventListener('c360:signed-out', () => window.location.assign(loginUrl()), { once: true });
}

export function protectPage(render: (me: Me) => void | Promise<void>) {
  const root = document.querySelector<HTMLElement>('[data-protected]');
  if (!root) return;
  const roles = (root.dataset.roles ?? '').split(',').filter(Boolean);

  const run = async () => {
    setState(root, 'loading');
    try {
      const me = await getMe();
      if (!me) {
        window.location.replace(loginUrl());
        return;
      }
      if (roles.length && !roles.includes(me.role)) {
        const text = root.querySelector<HTMLElement>('[data-refusal-text]');
        if (text)
          text.textContent = `You are signed in as ${me.firstName} ${me.lastName}, with a ${roleLabel[me.role].toLowerCase()} account.`;
        const link = root.querySelector<HTMLAnchorElement>('[data-refusal-link]');
        if (link) {
          link.href = dashboardPath(me.role);
          if (me.role === 'admin') link.textContent = 'Go to the admin console';
        }
        setState(root, 'refused');
        return;
      }
      await render(me);
      setState(root, 'ready');
      leaveWhenSignedOut();
    } catch (err) {
      const text = root.querySelector<HTMLElement>('[data-error-text]');
      if (text)
        text.textContent = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
      setState(root, 'error');
    }
  };

  root.querySelector<HTMLButtonElement>('[data-retry]')?.addEventListener('click', () => void run());
  void run();
}
