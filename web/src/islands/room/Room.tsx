/**
 * /room/?id=<appointmentId>: asks the server to open the room (POST /join), then shows the device
 * check, the call and the end screen, or why the room cannot be entered. `?chunkMs=` shortens the
 * recording's chunks (tests). The call's state lives in lib/room (Consultation); this renders it.
 */
import { signal, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Logo } from '../../components/Logo.tsx';
import { Protected } from '../../components/Protected.tsx';
import { ApiError, api, errorText } from '../../lib/client.ts';
import { titledName } from '../../lib/format.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { appointmentHref, pageHref, payHref } from '../../lib/links.ts';
import { ageAndSex } from '../../lib/person.ts';
import type { CallSummary, Consultation } from '../../lib/room/consultation.ts';
import { DeviceCheck } from '../../lib/room/media.ts';
import type { JoinSession } from '../../lib/room/types.ts';
import { dashboardPath, type Me } from '../../lib/session.ts';
import { formatTimeRange } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import type { CallStage } from './CallStage.tsx';
import { Ended, reload } from './Ended.tsx';
import { PreJoin } from './PreJoin.tsx';

const DEFAULT_CHUNK_MS = 30_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Refusal {
  /** The server's code; `reason` refines it from the appointment's own view. */
  code: string;
  reason?: 'not_paid' | 'cancelled' | 'over';
  text: string;
  link?: { href: string; label: string };
}

type View =
  | { name: 'joining' }
  | { name: 'unavailable'; refusal: Refusal }
  | { name: 'prejoin'; session: JoinSession }
  | { name: 'call'; session: JoinSession; call: Consultation; Stage: typeof CallStage }
  | { name: 'ended'; session: JoinSession; summary: CallSummary };

/**
 * The call's code (socket, video engine, recorder, chat, the stage) is not needed for the device
 * check: it loads while the person checks their camera, so the first screen comes up sooner.
 */
const callCode = () => Promise.all([import('../../lib/room/consultation.ts'), import('./CallStage.tsx')]);

/** The recording timeslice: 30 s, or `?chunkMs=` (1–30 s) for tests. */
function chunkMs(): number {
  const value = Number(new URLSearchParams(window.location.search).get('chunkMs'));
  return Number.isInteger(value) && value >= 1000 && value <= DEFAULT_CHUNK_MS ? value : DEFAULT_CHUNK_MS;
}

/**
 * The server answers `not_joinable` alike for an unpaid, a cancelled and a finished appointment; the
 * appointment's own view (its status and actions) says which, and so what to do next.
 */
async function refine(id: string, refusal: Refusal): Promise<Refusal> {
  const a = await api.call('getAppointment', { params: { id } }).then(
    (p) => p.appointment,
    () => null,
  );
  if (a?.actions.canPay)
    return {
      ...refusal,
      reason: 'not_paid',
      text: m.room_not_paid_text(),
      link: { href: payHref(id), label: m.room_pay_now() },
    };
  if (a?.status === 'CANCELLED' || a?.status === 'REQUESTED')
    return {
      ...refusal,
      reason: 'cancelled',
      text: a.cancelReason ? m.room_cancelled_reason({ reason: a.cancelReason }) : m.room_cancelled_text(),
    };
  if (a?.status === 'COMPLETED' || a?.status === 'NO_SHOW')
    return { ...refusal, reason: 'over', text: m.room_over_text() };
  return refusal;
}

async function join(id: string | null): Promise<View> {
  if (!id || !UUID.test(id))
    return { name: 'unavailable', refusal: { code: 'not_found', text: m.room_bad_link() } };
  try {
    const session = await api.call('joinRoom', { params: { id } });
    // The doctor's title in the page's language: every name the room shows comes from here.
    return {
      name: 'prejoin',
      session: {
        ...session,
        self: { ...session.self, name: titledName(session.self.name) },
        peer: { ...session.peer, name: titledName(session.peer.name) },
      },
    };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400))
      return { name: 'unavailable', refusal: { code: 'not_found', text: m.room_no_appointment() } };
    // Not a refusal: the API could not be reached or failed; trying again may work.
    if (!(error instanceof ApiError && error.status === 409)) {
      const text = errorText(error);
      return { name: 'unavailable', refusal: { code: 'error', text } };
    }
    const refusal: Refusal = {
      code: error.code,
      text: error.message,
      link: { href: appointmentHref(id), label: m.room_view_appointment() },
    };
    return {
      name: 'unavailable',
      refusal: error.code === 'not_joinable' ? await refine(id, refusal) : refusal,
    };
  }
}

/** Who is in the room and the session once joined: the bar above the room shows them. */
const viewer = signal<Me | null>(null);
const joined = signal<JoinSession | null>(null);

export default function Room() {
  const session = joined.value;
  const me = viewer.value;
  return (
    <>
      <header class="sticky top-0 z-40 border-b border-slate-200/80 bg-white">
        <div class="mx-auto flex h-14 w-full items-center gap-3 px-3 sm:px-5">
          <a
            href={pageHref('/')}
            class="-m-1 shrink-0 rounded-lg p-1 max-sm:[&>span>span]:hidden"
            aria-label={m.room_home()}
          >
            <Logo />
          </a>
          {session && (
            <div class="min-w-0 flex-1 border-l border-slate-200 pl-3">
              <p class="truncate text-sm font-semibold text-slate-900" data-testid="room-title">
                {m.room_title({ peer: session.peer.name })}
              </p>
              {session.role === 'doctor' ? (
                <p
                  class="truncate text-xs text-slate-700"
                  data-testid="room-treated"
                  title={`${session.treated.name} · ${ageAndSex(session.treated, session.startAt)} · ${session.reason}`}
                >
                  {`${formatTimeRange(session.startAt, session.endAt)} · ${m.room_treated({
                    name: session.treated.name,
                    facts: ageAndSex(session.treated, session.startAt),
                    reason: session.reason,
                  })}`}
                </p>
              ) : (
                <p class="truncate text-xs text-slate-600">
                  {formatTimeRange(session.startAt, session.endAt)}
                </p>
              )}
            </div>
          )}
          <a
            href={
              session ? appointmentHref(session.appointmentId) : pageHref(me ? dashboardPath(me.role) : '/')
            }
            class="btn-ghost ml-auto min-h-10 shrink-0 px-2.5 text-slate-700 sm:px-3"
            data-testid="room-back"
          >
            <Icon shape={I.arrowLeft} class="size-4" />
            <span class="max-sm:sr-only">
              {session ? m.room_back_appointment() : m.room_back_dashboard()}
            </span>
          </a>
        </div>
      </header>
      <main id="main-content" tabindex={-1} class="flex flex-1 flex-col focus:outline-none">
        <Protected roles={['patient', 'doctor']}>{(who) => <RoomFor me={who} />}</Protected>
      </main>
    </>
  );
}

function RoomFor({ me }: { me: Me }) {
  const view = useSignal<View>({ name: 'joining' });
  const check = useMemo(() => new DeviceCheck(), []);
  const v = view.value;

  useEffect(() => {
    viewer.value = me;
    void join(new URLSearchParams(window.location.search).get('id')).then((next) => {
      view.value = next;
      if (next.name !== 'prejoin') return;
      joined.value = next.session;
      void check.open();
      void callCode();
    });
    const leave = () => check.dispose();
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, []);
  useEffect(() => {
    // The call fills the screen under the bar; the other views scroll like a page.
    document.body.classList.toggle('overflow-hidden', v.name === 'call');
  }, [v.name]);

  const onJoin = async (session: JoinSession) => {
    // Made inside the click, so the browser lets it run: the doctor's recorder mixes audio with it.
    const audioContext =
      session.role === 'doctor' && typeof AudioContext !== 'undefined' ? new AudioContext() : null;
    const [{ Consultation }, { CallStage: Stage }] = await callCode();
    const stream = check.take();
    if (!stream) return;
    const call = new Consultation({
      session,
      localStream: stream,
      audioContext,
      chunkMs: chunkMs(),
      onEnded: (summary) => {
        // The recorder mixes through this context until its last chunk is out.
        void summary.saved.finally(() => audioContext?.close().catch(() => undefined));
        view.value = { name: 'ended', session, summary };
      },
    });
    view.value = { name: 'call', session, call, Stage };
    try {
      await call.start();
    } catch (error) {
      await call.end('closed', error instanceof Error ? error.message : m.room_start_failed());
    }
  };

  return (
    <div class="flex min-h-[calc(100dvh-3.5rem)] flex-col" data-testid="room" data-view={v.name}>
      {v.name === 'joining' && (
        <section class="grid flex-1 place-items-center px-4 py-16" aria-busy="true">
          <p class="flex items-center gap-3 text-slate-700" role="status">
            <span class="spinner size-5 text-brand-700" aria-hidden="true" /> {m.room_opening()}
          </p>
        </section>
      )}
      {v.name === 'unavailable' && <Unavailable refusal={v.refusal} />}
      {v.name === 'prejoin' && <PreJoin session={v.session} check={check} onJoin={() => onJoin(v.session)} />}
      {v.name === 'call' && <v.Stage call={v.call} />}
      {v.name === 'ended' && (
        <Ended session={v.session} summary={v.summary} dashboard={pageHref(dashboardPath(me.role))} />
      )}
    </div>
  );
}

const REFUSALS: Record<string, [title: () => string, icon: IconShapes]> = {
  room_not_open: [m.room_not_open_title, I.clock],
  error: [m.protected_error_title, I.alertCircle],
  room_closed: [m.room_closed_title, I.clock],
  not_joinable: [m.room_not_joinable_title, I.alertCircle],
  not_found: [m.room_not_found_title, I.alertCircle],
  not_paid: [m.room_not_paid_title, I.creditCard],
  cancelled: [m.room_cancelled_title, I.xCircle],
  over: [m.room_over_title, I.checkCircle],
};

function Unavailable({ refusal }: { refusal: Refusal }) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const [heading, icon] = REFUSALS[refusal.reason ?? refusal.code] ?? [m.room_not_found_title, I.alertCircle];
  const link = refusal.link ?? { href: pageHref('/appointments/'), label: m.room_your_appointments() };
  return (
    <section class="hero flex-1 px-4 py-16 sm:py-24">
      <div
        class="mx-auto flex max-w-lg flex-col items-center text-center"
        data-testid="room-unavailable"
        data-code={refusal.code}
        data-reason={refusal.reason}
      >
        <span class="grid size-14 place-items-center rounded-2xl bg-white text-brand-700 shadow-lift ring-1 ring-brand-100">
          <Icon shape={icon} class="size-7" />
        </span>
        <h1
          ref={title}
          tabindex={-1}
          class="mt-6 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl"
        >
          {heading()}
        </h1>
        <p class="mt-3 text-slate-700">{refusal.text}</p>
        <div class="mt-8 flex flex-col gap-3 sm:flex-row">
          <a href={link.href} class="btn-primary px-6" data-testid="unavailable-appointment-link">
            {link.label}
          </a>
          {(refusal.code === 'room_not_open' || refusal.code === 'error') && (
            <Button variant="secondary" class="px-6" testid="unavailable-retry" onClick={reload}>
              <Icon shape={I.refreshCw} class="size-4" /> {m.room_check_again()}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
