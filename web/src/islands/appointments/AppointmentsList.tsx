/**
 * /appointments/: the signed-in patient's or doctor's own appointments in tabs: Upcoming and Past (and
 * Today for doctors). Times are in the viewer's zone (sent as ?tz= so "today" is the viewer's day);
 * unpaid bookings count down their hold; more load with the API's cursor. The tab is in ?tab=.
 */
import { batch, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AppointmentView } from '../../../../functions/contract/api.ts';
import { AppointmentRow } from '../../components/AppointmentRow.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { PageHero } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import {
  EmptyState,
  ErrorState,
  type RegionState,
  SkeletonLines,
  Skeletons,
} from '../../components/States.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { api, errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { describeTimeZone, viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

type Scope = 'today' | 'upcoming' | 'past';
const PAGE_SIZE = 10;

const scopeLabel = (s: Scope) =>
  s === 'today' ? m.scope_today() : s === 'upcoming' ? m.scope_upcoming() : m.scope_past();

function Empty({ scope, doctor }: { scope: Scope; doctor: boolean }) {
  const cta = (href: string, label: string, primary: boolean) => ({
    href: pageHref(href),
    label,
    primary,
    testid: 'appointments-cta',
  });
  return (
    <EmptyState
      icon={scope === 'past' ? I.inbox : I.calendar}
      {...(scope === 'past'
        ? {
            title: m.appts_past_empty_title(),
            text: doctor ? m.appts_past_empty_doctor() : m.appts_past_empty_patient(),
          }
        : scope === 'today'
          ? {
              title: m.appts_today_empty_title(),
              text: m.appts_today_empty_text(),
              link: cta('/doctor/availability/', m.appts_open_more(), false),
            }
          : {
              title: m.appts_upcoming_empty_title(),
              text: doctor ? m.appts_upcoming_empty_doctor() : m.appts_upcoming_empty_patient(),
              link: doctor
                ? cta('/doctor/availability/', m.appts_set_availability(), true)
                : cta('/doctors/', m.nav_find_doctor(), true),
            })}
      testid="appointments-empty"
    />
  );
}

function List({ me }: { me: Me }) {
  const doctor = me.role === 'doctor';
  const scopes: Scope[] = doctor ? ['today', 'upcoming', 'past'] : ['upcoming', 'past'];
  const wanted = new URLSearchParams(window.location.search).get('tab') as Scope;
  const scope = useSignal<Scope>(scopes.includes(wanted) ? wanted : 'upcoming');
  const items = useSignal<AppointmentView[]>([]);
  const cursor = useSignal<string | null>(null);
  const state = useSignal<RegionState>('loading');
  const error = useSignal('');
  const moreError = useSignal('');
  const loadingMore = useSignal(false);
  const inFlight = useRef<AbortController | null>(null);

  async function load(append = false) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    if (append) loadingMore.value = true;
    else
      batch(() => {
        cursor.value = null;
        state.value = 'loading';
      });
    moreError.value = '';
    try {
      const page = await api.call(
        'listAppointments',
        {
          query: {
            scope: scope.value,
            limit: PAGE_SIZE,
            tz: viewerZone(),
            cursor: append ? (cursor.value ?? undefined) : undefined,
          },
        },
        { signal: controller.signal },
      );
      batch(() => {
        items.value = append ? [...items.value, ...page.appointments] : page.appointments;
        cursor.value = page.nextCursor;
        state.value = items.value.length ? 'ready' : 'empty';
      });
    } catch (err) {
      if (controller.signal.aborted) return;
      const message = errorText(err);
      if (append) moreError.value = message;
      else
        batch(() => {
          error.value = message;
          state.value = 'error';
        });
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
      if (append) loadingMore.value = false;
    }
  }
  useEffect(() => void load(), []);

  const words = scopeLabel(scope.value).toLowerCase();
  const status =
    moreError.value ||
    (state.value === 'loading'
      ? m.appts_loading()
      : state.value === 'error'
        ? error.value
        : state.value === 'empty'
          ? m.appts_none({ scope: words })
          : m.showing({ what: m.count_appointments({ count: items.value.length, scope: words }) }));
  return (
    <>
      <PageHero
        eyebrow={m.appts_eyebrow()}
        title={m.nav_my_appointments()}
        testid="appointments-heading"
        lead={doctor ? m.appts_intro_doctor() : m.appts_intro_patient()}
        action={
          <a
            href={pageHref(doctor ? '/doctor/availability/' : '/doctors/')}
            class="btn-primary self-start sm:self-auto"
            data-testid="appointments-primary-action"
          >
            <Icon shape={I.userSearch} class="size-4" />{' '}
            <span>{doctor ? m.appts_set_availability_short() : m.home_book_consultation()}</span>
          </a>
        }
      />
      <div class="container-page py-8 sm:py-10" data-testid="appointments-page">
        <Tabs
          label={m.appts_tabs_label()}
          testid="scope-tabs"
          class="inline-flex max-w-full gap-1 overflow-x-auto rounded-xl bg-slate-200/70 p-1"
          tabClass="min-h-10 rounded-lg px-4 text-sm font-semibold whitespace-nowrap text-slate-700 hover:text-slate-900 aria-selected:bg-white aria-selected:text-brand-800 aria-selected:shadow-card"
          selected={scopes.indexOf(scope.value)}
          panelId={() => 'scope-panel'}
          onSelect={(i) => {
            const next = scopes[i] ?? 'upcoming';
            if (next === scope.value) return;
            scope.value = next;
            const url = new URL(window.location.href);
            url.searchParams.set('tab', next);
            window.history.replaceState(null, '', url);
            void load();
          }}
          tabs={scopes.map((s) => ({
            id: `tab-${s}`,
            label: scopeLabel(s),
            attrs: { 'data-scope': s, 'data-testid': `tab-${s}` },
          }))}
        />
        <p class="mt-3 text-sm text-slate-600">
          {m.book_zone_note({ zone: describeTimeZone(viewerZone()) })}
        </p>
        <div
          id="scope-panel"
          role="tabpanel"
          aria-labelledby={`tab-${scope.value}`}
          class="mt-6 focus:outline-none"
          tabIndex={-1}
        >
          <PagedList
            state={state.value}
            status={status}
            testid="appointment-list"
            skeleton={
              <Skeletons
                count={3}
                class="grid gap-3"
                card={() => (
                  <div class="flex items-center gap-4">
                    <div class="skeleton size-16 rounded-xl" />
                    <SkeletonLines class="flex-1" lines="h-5 w-1/3 | mt-2 h-4 w-1/2" />
                  </div>
                )}
              />
            }
            empty={<Empty scope={scope.value} doctor={doctor} />}
            error={
              <ErrorState
                title={m.appts_error_title()}
                message={error.value}
                retryTestid="retry-appointments"
                onRetry={() => void load()}
              />
            }
            items={items.value}
            itemKey={(a) => a.id}
            renderItem={(a) => <AppointmentRow a={a} role={me.role} />}
            listClass="grid gap-3"
            listTestid={`appointments-${scope.value}`}
            hasMore={Boolean(cursor.value)}
            loadingMore={loadingMore.value}
            onMore={() => void load(true)}
            moreLabel={m.show_more()}
            moreBusyLabel={m.loading()}
            moreTestid="appointments-load-more"
            focusSelector='[data-testid="appointment-open"]'
          />
        </div>
      </div>
    </>
  );
}

export default function AppointmentsList() {
  return <Protected roles={['patient', 'doctor']}>{(me) => <List me={me} />}</Protected>;
}
