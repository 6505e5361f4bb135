/**
 * The header's account area (every page). Signed out it keeps the static "Sign in" / "Create account"
 * links; signed in it becomes the user's menu: Dashboard (by role), Account and Sign out. Below lg the
 * menu's links sit in the header panel; from lg up they drop down from a button with the first name.
 */
import { h, replaceChildren } from '../lib/dom.ts';
import { initials } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import {
  dashboardPath,
  getMeIfSignedIn,
  type Me,
  maybeSignedIn,
  roleLabel,
  signOut,
} from '../lib/session.ts';

const area = document.getElementById('auth-area');

function avatar(me: Me, size: string) {
  return h('span', {
    class: `grid ${size} shrink-0 place-items-center rounded-full bg-brand-700 text-xs font-semibold text-white`,
    'aria-hidden': 'true',
    text: initials(`${me.firstName} ${me.lastName}`),
  });
}

function menuLink(href: string, icon: string, label: string, testid: string) {
  const current = new URL(href, window.location.origin).pathname === window.location.pathname;
  return h(
    'li',
    null,
    h(
      'a',
      {
        href,
        class:
          'flex items-center gap-3 rounded-lg px-3 py-3 text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:py-2 lg:text-sm',
        'aria-current': current ? 'page' : undefined,
        dataset: { testid },
      },
      iconSvg(icon, 'size-5 text-slate-500'),
      label,
    ),
  );
}

function renderSignedIn(container: HTMLElement, me: Me) {
  const fullName = `${me.firstName} ${me.lastName}`;
  const signOutButton = h(
    'button',
    {
      type: 'button',
      class:
        'flex w-full items-center gap-3 rounded-lg px-3 py-3 text-left text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:py-2 lg:text-sm',
      dataset: { testid: 'sign-out' },
    },
    iconSvg('log-out', 'size-5 text-slate-500'),
    h('span', { text: 'Sign out' }),
  );
  const failure = h('p', { class: 'px-3 py-2 text-sm text-red-700', role: 'alert', hidden: true });

  const list = h(
    'div',
    {
      id: 'user-menu-list',
      class:
        'user-menu-list lg:absolute lg:top-full lg:right-0 lg:mt-2 lg:w-72 lg:rounded-xl lg:border lg:border-slate-200 lg:bg-white lg:p-2 lg:shadow-lift',
      dataset: { open: 'false', testid: 'user-menu' },
    },
    h(
      'div',
      { class: 'mb-1 hidden border-b border-slate-100 px-3 pt-1 pb-3 lg:block' },
      h('p', { class: 'font-semibold text-slate-900', text: fullName }),
      h('p', { class: 'truncate text-sm text-slate-600', text: me.email }),
    ),
    h(
      'ul',
      null,
      menuLink(
        dashboardPath(me.role),
        'layout-dashboard',
        me.role === 'admin' ? 'Admin console' : 'Dashboard',
        'menu-dashboard',
      ),
      menuLink('/account/', 'user', 'Account', 'menu-account'),
      h('li', null, signOutButton),
    ),
    failure,
  );

  const button = h(
    'button',
    {
      type: 'button',
      id: 'user-menu-button',
      class: 'btn-ghost hidden gap-2 pr-2 pl-1.5 lg:inline-flex',
      'aria-expanded': 'false',
      'aria-controls': 'user-menu-list',
      dataset: { testid: 'user-menu-button' },
    },
    avatar(me, 'size-8'),
    h('span', { class: 'max-w-32 truncate', text: me.firstName }),
    h('span', { class: 'sr-only', text: ', account menu' }),
    iconSvg('chevron-down', 'size-4 text-slate-500'),
  );

  // Below lg the panel shows who is signed in above the links.
  const who = h(
    'div',
    { class: 'flex items-center gap-3 px-3 pb-2 lg:hidden' },
    avatar(me, 'size-10'),
    h(
      'p',
      { class: 'min-w-0 text-sm' },
      h('span', { class: 'block font-semibold text-slate-900', text: fullName }),
      h('span', { class: 'block truncate text-slate-600', text: `${roleLabel[me.role]} · ${me.email}` }),
    ),
  );

  container.className = 'mt-3 border-t border-slate-200 pt-4 lg:relative lg:mt-0 lg:border-0 lg:pt-0';
  replaceChildren(container, who, button, list);

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean, returnFocus = false) => {
    button.setAttribute('aria-expanded', String(open));
    list.dataset.open = String(open);
    if (!open && returnFocus) button.focus();
  };
  button.addEventListener('click', () => setOpen(!isOpen()));
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false, true);
    }
  });
  document.addEventListener('click', (event) => {
    if (isOpen() && event.target instanceof Node && !container.contains(event.target)) setOpen(false);
  });
  container.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (isOpen() && next instanceof Node && !container.contains(next)) setOpen(false);
  });

  signOutButton.addEventListener('click', async () => {
    signOutButton.disabled = true;
    failure.hidden = true;
    try {
      await signOut();
      window.location.assign('/login/?signedOut=1');
    } catch {
      failure.textContent = 'We could not sign you out. Check your connection and try again.';
      failure.hidden = false;
      signOutButton.disabled = false;
    }
  });
}

if (area) {
  const signedOutContent = [...area.childNodes].map((n) => n.cloneNode(true));
  const signedOutClass = area.className;
  const showSignedOut = () => {
    area.className = signedOutClass;
    replaceChildren(
      area,
      signedOutContent.map((n) => n.cloneNode(true)),
    );
  };

  // With a session on record, hide the sign-in links until /api/me answers, so they do not flash.
  if (maybeSignedIn()) area.classList.add('invisible');
  getMeIfSignedIn()
    .then((me) => {
      if (me) renderSignedIn(area, me);
    })
    .catch(() => undefined)
    .finally(() => area.classList.remove('invisible'));

  window.addEventListener('c360:signed-out', showSignedOut);
}
