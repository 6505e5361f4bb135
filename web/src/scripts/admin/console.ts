/**
 * /admin/: one static page, one script. The guard (lib/protected.ts) confirms an admin before anything
 * from /api/admin is asked for; a patient or doctor sees only the refusal. Sections are hash routes
 * (#/doctors?tab=verified) so the page never reloads and every view has a link of its own.
 */
import { adminApi } from '../../lib/admin-api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { protectPage } from '../../lib/protected.ts';
import type { Me } from '../../lib/session.ts';
import { appointmentsView } from './appointments.ts';
import { auditView } from './audit.ts';
import { contentView } from './content.ts';
import { dashboardView } from './dashboard.ts';
import { doctorsView } from './doctors.ts';
import { paymentsView } from './payments.ts';
import { transcriptionsView } from './transcriptions.ts';
import { usersView } from './users.ts';

export interface ViewContext {
  root: HTMLElement;
  params: URLSearchParams;
  /** Records the view's filters in the address (no new history entry, no re-render). */
  setParams(params: Record<string, string | null | undefined>): void;
  /** Aborted when the admin leaves the view, so late answers are dropped. */
  signal: AbortSignal;
  me: Me;
  /** Re-reads the counts shown in the navigation (pending doctors, failed transcriptions). */
  refreshCounts(): void;
}

type View = (ctx: ViewContext) => void;

const views: Record<string, View> = {
  dashboard: dashboardView,
  doctors: doctorsView,
  users: usersView,
  appointments: appointmentsView,
  payments: paymentsView,
  content: contentView,
  transcriptions: transcriptionsView,
  audit: auditView,
};

function parseHash(): { section: string; params: URLSearchParams } {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  return { section: Object.hasOwn(views, path) ? path : 'dashboard', params: new URLSearchParams(query) };
}

function start(me: Me) {
  const root = document.querySelector<HTMLElement>('[data-admin-view]');
  const nav = document.querySelector<HTMLElement>('[data-admin-nav]');
  const toggle = document.querySelector<HTMLButtonElement>('[data-admin-nav-toggle]');
  const list = document.getElementById('admin-nav-list');
  if (!root || !nav || !toggle || !list) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-section]')];
  const currentLabel = toggle.querySelector<HTMLElement>('[data-current-section]');
  const who = document.querySelector<HTMLElement>('[data-admin-name]');
  if (who) who.textContent = `${me.firstName} ${me.lastName}`;
  // The API refuses every admin route until two-step sign-in is on: say so once, instead of each view failing.
  if (!me.mfaEnabled) {
    replaceChildren(
      root,
      h(
        'div',
        { class: 'card p-6 sm:p-8', dataset: { testid: 'admin-mfa-required' } },
        h('h2', { class: 'text-lg font-semibold text-slate-900', text: 'Turn on two-step sign-in first' }),
        h('p', {
          class: 'mt-2 text-slate-700',
          text: 'Admins sign in with a code from an authenticator app as well as a password. Turn it on in your account, then come back.',
        }),
        h('a', {
          href: '/account/#mfa',
          class: 'btn-primary mt-4 inline-flex',
          text: 'Set up two-step sign-in',
        }),
      ),
    );
    return;
  }

  let controller: AbortController | null = null;
  let section = '';

  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    list.dataset.open = String(open);
  };
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) list.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
  });
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });

  const counts = async () => {
    try {
      const stats = await adminApi.stats();
      const set = (name: string, n: number, noun: string) => {
        const badge = nav.querySelector<HTMLElement>(`[data-nav-count="${name}"]`);
        if (!badge) return;
        badge.hidden = n <= 0;
        const number = badge.querySelector<HTMLElement>('[data-n]');
        const sr = badge.querySelector<HTMLElement>('[data-noun]');
        if (number) number.textContent = String(n);
        if (sr) sr.textContent = ` ${noun}`;
      };
      set('doctors', stats.doctors.pending, 'waiting for verification');
      set('transcriptions', stats.transcriptions.failed, 'failed');
    } catch {
      // The counts are a convenience; the views show the real lists.
    }
  };

  const render = ({ focus }: { focus: boolean }) => {
    const { section: next, params } = parseHash();
    controller?.abort();
    controller = new AbortController();
    section = next;
    for (const link of links) {
      if (link.dataset.section === next) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const label = links.find((l) => l.dataset.section === next)?.dataset.label ?? 'Dashboard';
    if (currentLabel) currentLabel.textContent = label;
    document.title = `${label} · Admin console · Chikitsa360`;
    setOpen(false);
    replaceChildren(root);
    root.dataset.view = next;
    views[next]?.({
      root,
      params,
      me,
      signal: controller.signal,
      refreshCounts: () => void counts(),
      setParams(changes) {
        const merged = new URLSearchParams(parseHash().params);
        for (const [key, value] of Object.entries(changes)) {
          if (value) merged.set(key, value);
          else merged.delete(key);
        }
        const query = merged.toString();
        history.replaceState(history.state, '', `#/${section}${query ? `?${query}` : ''}`);
      },
    });
    // After a navigation, start the keyboard and screen-reader user at the new view's title.
    if (focus) document.getElementById('view-title')?.focus();
  };

  window.addEventListener('hashchange', () => render({ focus: true }));
  // Choosing the section already shown starts it afresh (and still moves focus to its title).
  for (const link of links)
    link.addEventListener('click', (event) => {
      if (link.getAttribute('href') === window.location.hash) {
        event.preventDefault();
        render({ focus: true });
      }
    });

  render({ focus: false });
  void counts();
}

protectPage((me) => start(me));
