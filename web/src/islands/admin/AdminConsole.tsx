/**
 * /admin/: the console, one island. The guard (Protected) confirms an admin before anything from
 * /api/admin is asked for; anyone else sees only the refusal. Sections are hash routes
 * (#/doctors?tab=verified), so the page never reloads and every view has a link of its own. The
 * console owns the route, the toasts, the navigation counts and the open drawer, and hands views a
 * ViewContext (context.ts); views never import the console or each other.
 */
import { batch, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { Icon } from '../../components/Icon.tsx';
import { Protected } from '../../components/Protected.tsx';
import { ApiError, api } from '../../lib/client.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';
import { type DrawerRequest, focusLater, focusTitle, type ViewContext, ViewCtx } from './context.ts';
import { Chunk, DrawerHost, type Loader } from './drawers.tsx';

type SectionSpec = { id: string; label: () => string; icon: IconShapes; view: Loader };

/** The sections: each view is its own chunk, fetched when the section is first opened. */
const SECTIONS: SectionSpec[] = (
  [
    ['dashboard', m.admin_nav_dashboard, I.layoutDashboard, () => import('./Dashboard.tsx')],
    ['doctors', m.admin_nav_doctors, I.stethoscope, () => import('./Doctors.tsx')],
    ['users', m.admin_nav_users, I.user, () => import('./Users.tsx')],
    ['appointments', m.admin_nav_appointments, I.calendar, () => import('./Appointments.tsx')],
    ['payments', m.admin_nav_payments, I.indianRupee, () => import('./Payments.tsx')],
    ['content', m.admin_nav_content, I.pencil, () => import('./Content.tsx')],
    ['transcriptions', m.admin_nav_transcriptions, I.fileText, () => import('./Transcriptions.tsx')],
    ['messages', m.admin_nav_messages, I.inbox, () => import('./Messages.tsx')],
    ['audit', m.admin_nav_audit, I.shieldCheck, () => import('./Audit.tsx')],
  ] as const
).map(([id, label, icon, view]) => ({ id, label, icon, view }));

export function parseHash(hash: string): { section: SectionSpec; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const section = SECTIONS.find((s) => s.id === path) ?? (SECTIONS[0] as SectionSpec);
  return { section, params: new URLSearchParams(query) };
}

type Toast = { id: number; message: string; tone: 'success' | 'error' };

function Console({ me }: { me: Me }) {
  const route = useSignal({ ...parseHash(window.location.hash), key: 0 });
  const navOpen = useSignal(false);
  const counts = useSignal({ doctors: 0, transcriptions: 0 });
  const toasts = useSignal<Toast[]>([]);
  const drawer = useSignal<DrawerRequest | null>(null);
  const toastId = useRef(0);
  const focusOnShow = useRef(false);
  /** The address the view on screen stands for (its filters included), to tell a real navigation apart. */
  const shown = useRef(window.location.hash);
  // The API refuses every admin route until two-step sign-in is on (403 mfa_required): say so once.
  const mfaNeeded = useSignal(!me.mfaEnabled);

  const dismiss = (id: number) => {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  };

  const refreshCounts = async () => {
    if (mfaNeeded.value) return;
    try {
      const stats = await api.call('adminStats');
      counts.value = { doctors: stats.doctors.pending, transcriptions: stats.transcriptions.failed };
    } catch (err) {
      // The counts are a convenience; the views show the real lists.
      if (err instanceof ApiError && err.code === 'mfa_required') mfaNeeded.value = true;
    }
  };

  const show = (focus: boolean) => {
    focusOnShow.current = focus;
    shown.current = window.location.hash;
    batch(() => {
      route.value = { ...parseHash(window.location.hash), key: route.value.key + 1 };
      navOpen.value = false;
      drawer.value = null;
    });
  };

  useEffect(() => {
    const onHash = () => {
      if (window.location.hash !== shown.current) show(true);
    };
    window.addEventListener('hashchange', onHash);
    // The address may have changed between the first render and now (a link followed at once).
    onHash();
    void refreshCounts();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const { section, params, key } = route.value;
  useEffect(() => {
    document.title = `${section.label()} · ${m.console_badge()} · Chikitsa360`;
  }, [key]);
  // After a navigation, start the keyboard and screen-reader user at the new view's title.
  const shownView = () => {
    if (focusOnShow.current) focusTitle();
    focusOnShow.current = false;
  };

  const ctx = useMemo<ViewContext>(
    () => ({
      me,
      params,
      setParams(changes) {
        const merged = new URLSearchParams(parseHash(window.location.hash).params);
        for (const [name, value] of Object.entries(changes)) {
          if (value) merged.set(name, value);
          else merged.delete(name);
        }
        const query = merged.toString();
        shown.current = `#/${section.id}${query ? `?${query}` : ''}`;
        history.replaceState(history.state, '', shown.current);
      },
      notify(message, tone = 'success') {
        const id = ++toastId.current;
        toasts.value = [...toasts.value, { id, message, tone }].slice(-4);
        if (tone !== 'error') setTimeout(() => dismiss(id), 7000);
      },
      refreshCounts: () => void refreshCounts(),
      openDrawer(request) {
        drawer.value = request;
      },
    }),
    [key],
  );

  /** Opens the phone's menu at the current section, or closes it back to its button. */
  const toggleNav = () => {
    navOpen.value = !navOpen.value;
    focusLater(navOpen.value ? '#admin-nav-list a[aria-current="page"]' : '[data-testid="admin-nav-toggle"]');
  };

  return (
    <ViewCtx.Provider value={ctx}>
      <div
        class="mx-auto w-full max-w-[96rem] md:flex md:min-h-[calc(100dvh-4rem)]"
        data-testid="admin-console"
      >
        {/* The column's white runs the full height; on phones it is display:contents, so the nav sticks. */}
        <div class="contents md:block md:w-60 md:shrink-0 md:border-r md:border-slate-200 md:bg-white lg:w-64">
          <nav
            aria-label={m.console_badge()}
            class="sticky top-16 z-30 border-b border-slate-200 bg-white/95 backdrop-blur md:max-h-[calc(100dvh-4rem)] md:overflow-y-auto md:border-b-0 md:bg-white"
            onKeyDown={(event) => event.key === 'Escape' && navOpen.value && toggleNav()}
          >
            <div class="flex items-center justify-between gap-3 px-4 py-2 md:px-5 md:pt-6 md:pb-3">
              <p class="flex items-center gap-2 text-xs font-semibold tracking-wide text-brand-800 uppercase">
                <Icon shape={I.shieldCheck} class="size-4 text-brand-700" />
                {m.console_badge()}
              </p>
              <button
                type="button"
                class="btn-ghost -mr-2 min-h-11 gap-1.5 px-3 text-slate-900 md:hidden"
                aria-expanded={navOpen.value}
                aria-controls="admin-nav-list"
                data-testid="admin-nav-toggle"
                onClick={toggleNav}
              >
                <span class="sr-only">{m.admin_nav_section()} </span>
                <span>{section.label()}</span>
                <Icon shape={I.chevronDown} class="size-4" />
              </button>
            </div>
            <ul
              id="admin-nav-list"
              class={`${navOpen.value ? 'grid' : 'hidden'} gap-0.5 px-3 pb-4 md:grid`}
              data-testid="admin-nav"
            >
              {SECTIONS.map((s) => {
                const count = counts.value[s.id as keyof typeof counts.value] ?? 0;
                return (
                  <li key={s.id}>
                    <a
                      href={`#/${s.id}`}
                      data-testid={`nav-${s.id}`}
                      aria-current={s.id === section.id ? 'page' : undefined}
                      class="group flex min-h-11 items-center gap-3 rounded-lg px-3 py-2 text-[0.9375rem] font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 aria-[current=page]:ring-1 aria-[current=page]:ring-brand-100"
                      onClick={(event) => {
                        // Choosing the section already shown starts it afresh (and still moves focus).
                        if (`#/${s.id}` === window.location.hash) {
                          event.preventDefault();
                          show(true);
                        }
                      }}
                    >
                      <Icon
                        shape={s.icon}
                        class="size-5 text-slate-500 group-aria-[current=page]:text-brand-700"
                      />
                      <span class="flex-1">{s.label()}</span>
                      {count > 0 && (
                        <span
                          class="rounded-full bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-900"
                          data-testid={`nav-count-${s.id}`}
                        >
                          {count}
                          <span class="sr-only">
                            {' '}
                            {s.id === 'doctors' ? m.admin_nav_count_pending() : m.admin_nav_count_failed()}
                          </span>
                        </span>
                      )}
                    </a>
                  </li>
                );
              })}
              <li class="mt-4 border-t border-slate-100 px-3 pt-4 text-sm text-slate-600">
                {m.admin_signed_in_as()}{' '}
                <span class="font-medium text-slate-900">
                  {me.firstName} {me.lastName}
                </span>
              </li>
              <li>
                <a
                  href={pageHref('/')}
                  class="flex min-h-11 items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
                >
                  <Icon shape={I.arrowLeft} class="size-4" /> {m.admin_back_to_site()}
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <div
          class="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-10 lg:py-8"
          data-admin-view
          data-view={section.id}
          data-testid="admin-view"
        >
          {mfaNeeded.value ? (
            <div class="card p-6 sm:p-8" data-testid="admin-mfa-required">
              <h1 class="text-lg font-semibold text-slate-900">{m.admin_mfa_title()}</h1>
              <p class="mt-2 text-slate-700">{m.admin_mfa_text()}</p>
              <a href={pageHref('/account/#mfa')} class="btn-primary mt-4">
                {m.admin_mfa_link()}
              </a>
            </div>
          ) : (
            <Chunk key={key} load={section.view} onShown={shownView} />
          )}
        </div>
      </div>
      <div
        class="pointer-events-none fixed inset-x-3 bottom-3 z-50 flex flex-col items-stretch gap-2 sm:inset-x-auto sm:right-5 sm:bottom-5 sm:w-96"
        role="status"
        aria-live="polite"
        data-testid="toasts"
      >
        {toasts.value.map((t) => (
          <div
            key={t.id}
            class={`pointer-events-auto flex w-full items-start gap-3 rounded-xl border bg-white p-3 pl-4 text-sm text-slate-800 shadow-lift ${t.tone === 'error' ? 'border-red-200' : 'border-emerald-200'}`}
            data-testid="toast"
            data-tone={t.tone}
          >
            <Icon
              shape={t.tone === 'error' ? I.alertCircle : I.checkCircle}
              class={`mt-1.5 size-5 shrink-0 ${t.tone === 'error' ? 'text-red-700' : 'text-emerald-700'}`}
            />
            <p class="flex-1 py-1.5 leading-5">{t.message}</p>
            <button
              type="button"
              class="grid size-8 shrink-0 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800"
              onClick={() => dismiss(t.id)}
            >
              <Icon shape={I.x} class="size-4" />
              <span class="sr-only">{m.admin_dismiss()}</span>
            </button>
          </div>
        ))}
      </div>
      <DrawerHost request={drawer.value} onClose={() => ctx.openDrawer(null)} />
    </ViewCtx.Provider>
  );
}

export default function AdminConsole() {
  // Fetch the opening view's code while the guard asks who is signed in.
  useEffect(() => void parseHash(window.location.hash).section.view(), []);
  return <Protected roles={['admin']}>{(me) => <Console me={me} />}</Protected>;
}
