/**
 * The header's menu, inside the panel the menu button opens below lg (always shown from lg up). It is
 * rendered at build time signed out ("Sign in", "Create account") and hydrated only in a browser that
 * may be signed in (header.ts): then, once /api/me answers, it adds "My appointments" (doctors also
 * "Today" and "Availability") and the user's menu: Dashboard (by role), Account and Sign out.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from '../../components/Icon.tsx';
import { onDismiss } from '../../lib/dismiss.ts';
import { initials } from '../../lib/format.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { isCurrent, mainNav } from '../../lib/nav.ts';
import { dashboardPath, getMeIfSignedIn, type Me, maybeSignedIn, signOut } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';
import { LanguageSwitch } from './LanguageSwitch.tsx';

const roleName = (me: Me) =>
  me.role === 'admin' ? m.role_admin() : me.role === 'doctor' ? m.role_doctor() : m.role_patient();

/** Links for a signed-in user, after the public ones. */
function signedInNav(me: Me) {
  const items = [
    { label: m.nav_my_appointments(), href: pageHref('/appointments/'), testid: 'nav-my-appointments' },
  ];
  if (me.role === 'patient')
    items.push({
      label: m.records_title(),
      href: pageHref('/health-records/'),
      testid: 'nav-health-records',
    });
  if (me.role === 'doctor')
    items.push(
      { label: m.nav_today(), href: pageHref('/dashboard/doctor/'), testid: 'nav-today' },
      { label: m.nav_availability(), href: pageHref('/doctor/availability/'), testid: 'nav-availability' },
    );
  return me.role === 'admin' ? [] : items;
}

/** While `open`, closes on Escape (focus back to the button), a click outside `root` or focus leaving it. */
function useDismiss(
  open: boolean,
  close: (returnFocus: boolean) => void,
  root: { current: HTMLElement | null },
) {
  useEffect(() => (open && root.current ? onDismiss(root.current, close) : undefined), [open]);
}

function NavLink({
  href,
  label,
  pathname,
  testid,
}: {
  href: string;
  label: string;
  pathname: string;
  testid?: string;
}) {
  const current = isCurrent(href, pathname);
  return (
    <li>
      <a
        href={href}
        aria-current={current ? 'page' : undefined}
        data-testid={testid}
        class={`block rounded-lg px-3 py-3 text-base font-medium whitespace-nowrap lg:px-2 lg:py-2 lg:text-sm xl:px-3 ${
          current ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
        }`}
      >
        {label}
      </a>
    </li>
  );
}

function UserMenu({ me, pathname }: { me: Me; pathname: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(
    open,
    (back) => {
      setOpen(false);
      if (back) button.current?.focus();
    },
    root,
  );
  const fullName = `${me.firstName} ${me.lastName}`;
  const avatar = (size: string) => (
    <span
      class={`grid ${size} shrink-0 place-items-center rounded-full bg-brand-700 text-xs font-semibold text-white`}
      aria-hidden="true"
    >
      {initials(fullName)}
    </span>
  );
  const link = (href: string, icon: IconShapes, label: string, testid: string) => (
    <li>
      <a
        href={href}
        aria-current={new URL(href, 'http://x').pathname === pathname ? 'page' : undefined}
        data-testid={testid}
        class="flex items-center gap-3 rounded-lg px-3 py-3 text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:py-2 lg:text-sm"
      >
        <Icon shape={icon} class="size-5 text-slate-500" />
        {label}
      </a>
    </li>
  );
  const leave = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
      window.location.assign(pageHref('/login/?signedOut=1'));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <div ref={root} class="mt-3 border-t border-slate-200 pt-4 lg:relative lg:mt-0 lg:border-0 lg:pt-0">
      <div class="flex items-center gap-3 px-3 pb-2 lg:hidden">
        {avatar('size-10')}
        <p class="min-w-0 text-sm">
          <span class="block font-semibold text-slate-900">{fullName}</span>
          <span class="block truncate text-slate-600">{`${roleName(me)} · ${me.email}`}</span>
        </p>
      </div>
      <button
        ref={button}
        type="button"
        id="user-menu-button"
        class="btn-ghost hidden gap-2 pr-2 pl-1.5 lg:inline-flex"
        aria-expanded={open}
        aria-controls="user-menu-list"
        data-testid="user-menu-button"
        onClick={() => setOpen(!open)}
      >
        {avatar('size-8')}
        {/* Below xl the avatar stands alone, so a doctor's six links fit a 1024 px screen. */}
        <span class="hidden max-w-32 truncate xl:inline">{me.firstName}</span>
        <span class="sr-only">{m.header_account_menu()}</span>
        <Icon shape={I.chevronDown} class="size-4 text-slate-500" />
      </button>
      <div
        id="user-menu-list"
        class="user-menu-list lg:absolute lg:top-full lg:right-0 lg:mt-2 lg:w-72 lg:rounded-xl lg:border lg:border-slate-200 lg:bg-white lg:p-2 lg:shadow-lift"
        data-open={String(open)}
        data-testid="user-menu"
      >
        <div class="mb-1 hidden border-b border-slate-100 px-3 pt-1 pb-3 lg:block">
          <p class="font-semibold text-slate-900">{fullName}</p>
          <p class="truncate text-sm text-slate-600">{me.email}</p>
        </div>
        <ul>
          {link(
            pageHref(dashboardPath(me.role)),
            I.layoutDashboard,
            me.role === 'admin' ? m.header_admin_console() : m.header_dashboard(),
            'menu-dashboard',
          )}
          {link(pageHref('/account/'), I.user, m.header_account(), 'menu-account')}
          <li>
            <button
              type="button"
              disabled={busy}
              data-testid="sign-out"
              onClick={leave}
              class="flex w-full items-center gap-3 rounded-lg px-3 py-3 text-left text-base font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:py-2 lg:text-sm"
            >
              <Icon shape={I.logOut} class="size-5 text-slate-500" />
              <span>{m.header_sign_out()}</span>
            </button>
          </li>
        </ul>
        {failed && (
          <p class="px-3 py-2 text-sm text-red-700" role="alert">
            {m.header_sign_out_failed()}
          </p>
        )}
      </div>
    </div>
  );
}

export default function HeaderMenu({ pathname, console = false }: { pathname: string; console?: boolean }) {
  const [me, setMe] = useState<Me | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    setPending(maybeSignedIn());
    getMeIfSignedIn()
      .then(setMe)
      .catch(() => undefined)
      .finally(() => setPending(false));
    const out = () => setMe(null);
    window.addEventListener('c360:signed-out', out);
    return () => window.removeEventListener('c360:signed-out', out);
  }, []);

  // The admin console has its own navigation: its header keeps only the account menu.
  const nav = console
    ? []
    : [
        ...mainNav(!!me).map((i) => ({ ...i, testid: undefined as string | undefined })),
        ...(me ? signedInNav(me) : []),
      ];
  return (
    <>
      {nav.length > 0 && (
        <nav aria-label={m.header_main_nav()}>
          <ul class="flex flex-col lg:flex-row lg:items-center lg:gap-1">
            {nav.map((item) => (
              <NavLink
                key={item.href}
                href={item.href}
                label={item.label}
                pathname={pathname}
                testid={item.testid}
              />
            ))}
          </ul>
        </nav>
      )}
      {/* The console's header has its name beside the logo, so there the switch is inside the panel. */}
      {console && (
        <div class="mt-2 lg:mt-0 lg:ml-auto">
          <LanguageSwitch pathname={pathname} />
        </div>
      )}
      {me ? (
        <UserMenu me={me} pathname={pathname} />
      ) : (
        <div
          class={`mt-3 grid grid-cols-2 gap-3 border-t border-slate-200 pt-4 lg:mt-0 lg:flex lg:items-center lg:gap-2 lg:border-0 lg:pt-0 ${pending ? 'invisible' : ''}`}
        >
          <a
            href={pageHref('/login/')}
            class="btn border border-brand-200 bg-white whitespace-nowrap text-brand-800 hover:bg-brand-50 lg:border-transparent lg:bg-transparent lg:text-slate-700 lg:hover:bg-slate-100 lg:hover:text-slate-900"
            data-testid="sign-in-link"
          >
            {m.header_sign_in()}
          </a>
          <a
            href={pageHref('/register/')}
            class="btn-primary whitespace-nowrap"
            data-testid="create-account-link"
          >
            {m.header_create_account()}
          </a>
        </div>
      )}
    </>
  );
}
