/**
 * The frame of a page that needs a session: a skeleton until /api/me answers, then the page for the
 * signed-in user, a polite refusal for the wrong role, or an error with a retry. Signed-out visitors
 * go to /login/?next=<this page>, and so does anyone whose session ends while the page is open.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../lib/client.ts';
import { listOf } from '../lib/format.ts';
import * as I from '../lib/icons/index.ts';
import { pageHref } from '../lib/links.ts';
import { dashboardPath, getMe, loginUrl, type Me, type Role } from '../lib/session.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';
import { ErrorState } from './States.tsx';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; me: Me }
  | { state: 'refused'; me: Me }
  | { state: 'error'; message: string };

const audience = (roles: Role[]) =>
  listOf(
    roles.map((r) =>
      r === 'admin' ? m.audience_admins() : r === 'doctor' ? m.audience_doctors() : m.audience_patients(),
    ),
  );

export const roleName = (role: Role) =>
  role === 'admin' ? m.role_admin() : role === 'doctor' ? m.role_doctor() : m.role_patient();

export function PageSkeleton() {
  return (
    <div class="container-page py-10" aria-hidden="true">
      <div class="skeleton h-4 w-28" />
      <div class="skeleton mt-3 h-8 w-72 max-w-full" />
      <div class="mt-8 grid gap-5 lg:grid-cols-3">
        <div class="card p-6 lg:col-span-2">
          <div class="skeleton h-5 w-40" />
          <div class="skeleton mt-5 h-4 w-full" />
          <div class="skeleton mt-3 h-4 w-5/6" />
        </div>
        <div class="card p-6">
          <div class="skeleton h-5 w-32" />
          <div class="skeleton mt-5 h-10 w-full rounded-lg" />
        </div>
      </div>
    </div>
  );
}

export function Protected({
  roles = [],
  children,
}: {
  roles?: Role[];
  children: (me: Me) => ComponentChildren;
}) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const run = async () => {
    setLoad({ state: 'loading' });
    try {
      const me = await getMe();
      if (!me) {
        window.location.replace(loginUrl());
        return;
      }
      setLoad(roles.length && !roles.includes(me.role) ? { state: 'refused', me } : { state: 'ready', me });
    } catch (err) {
      setLoad({ state: 'error', message: errorText(err) });
    }
  };
  useEffect(() => {
    void run();
    const leave = () => window.location.assign(loginUrl());
    window.addEventListener('c360:signed-out', leave);
    return () => window.removeEventListener('c360:signed-out', leave);
  }, []);
  return (
    <div data-protected data-state={load.state} aria-busy={load.state === 'loading' ? 'true' : 'false'}>
      {load.state === 'loading' && (
        <>
          <p class="sr-only" role="status">
            {m.protected_loading()}
          </p>
          <PageSkeleton />
        </>
      )}
      {load.state === 'refused' && (
        <div class="container-page py-16 sm:py-24">
          <div class="mx-auto flex max-w-lg flex-col items-center text-center" data-testid="role-refusal">
            <span class="grid size-14 place-items-center rounded-2xl bg-white text-brand-700 shadow-lift ring-1 ring-brand-100">
              <Icon shape={I.lock} class="size-7" />
            </span>
            <h1 class="mt-6 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
              {m.protected_for({ audience: audience(roles) })}
            </h1>
            <p class="mt-3 text-slate-600">
              {m.protected_signed_in_as({
                name: `${load.me.firstName} ${load.me.lastName}`,
                role: roleName(load.me.role).toLowerCase(),
              })}
            </p>
            <a href={pageHref(dashboardPath(load.me.role))} class="btn-primary mt-8 px-6" data-refusal-link>
              {load.me.role === 'admin' ? m.protected_go_console() : m.protected_go_dashboard()}
            </a>
          </div>
        </div>
      )}
      {load.state === 'error' && (
        <div class="container-page py-16">
          <ErrorState
            class="mx-auto max-w-lg"
            alert
            testid="page-error"
            retryTestid="page-retry"
            title={m.protected_error_title()}
            message={load.message}
            retryLabel={m.try_again()}
            onRetry={() => void run()}
          />
        </div>
      )}
      {load.state === 'ready' && children(load.me)}
    </div>
  );
}
