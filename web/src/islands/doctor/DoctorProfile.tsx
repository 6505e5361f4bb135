/**
 * /doctors/view/?id=: a verified doctor's profile and free times for the next 7 days, grouped by day
 * in the VIEWER's time zone (a patient abroad sees their own clock), and booking: choose a time, say
 * why, and the slot is held while the patient pays. Signed-out visitors sign in first and come back
 * to the same time; doctors and admins can look but not book.
 *
 * This island is what the page loads up front: the loading shape (also rendered at build time) and
 * the error states. The profile and booking (DoctorView, with the day picker) load beside the doctor's
 * answer, which the page waits for anyway, so the page's script stays within the content pages'
 * 20 KB (issue 15).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DoctorPagePayload } from '../../../../functions/contract/api.ts';
import { EmptyState, ErrorState } from '../../components/States.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { localDoctor, viewerZone } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { maybeSignedIn } from '../../lib/session-mark.ts';
import { m } from '../../paraglide/messages.js';

type DoctorViewComponent = typeof import('./DoctorView.tsx').DoctorView;

let doctorView: Promise<DoctorViewComponent> | null = null;
const loadDoctorView = () => {
  doctorView ??= import('./DoctorView.tsx').then(
    (module) => module.DoctorView,
    (err: unknown) => {
      doctorView = null; // a retry fetches it again
      throw err;
    },
  );
  return doctorView;
};

type Load =
  | { state: 'loading' }
  | {
      state: 'ready';
      payload: DoctorPagePayload;
      viewer: Me | null;
      zone: string;
      DoctorView: DoctorViewComponent;
    }
  | { state: 'missing'; message: string }
  | { state: 'error'; message: string };

/**
 * The viewer, or null for a visitor: the session's code (renewal, the API's 401 retry) loads only in a
 * browser that holds a session mark, so a signed-out visitor never fetches it.
 */
const viewerIfSignedIn = async (): Promise<Me | null> =>
  maybeSignedIn() ? (await import('../../lib/session.ts')).getMeIfSignedIn() : null;

export default function DoctorProfile() {
  // Plain hooks, not signals: a content page ships no signals runtime.
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  async function fetchDoctor() {
    const id = (new URLSearchParams(window.location.search).get('id') ?? '').trim();
    setLoad({ state: 'loading' });
    if (!/^[0-9a-f-]{36}$/i.test(id)) {
      setLoad({ state: 'missing', message: m.doctor_missing_link() });
      return;
    }
    try {
      const [payload, viewer, DoctorView] = await Promise.all([
        api.call('getDoctor', { params: { id } }),
        viewerIfSignedIn().catch(() => null),
        loadDoctorView(),
      ]);
      const doctor = localDoctor(payload.doctor);
      document.title = `${doctor.name}, ${doctor.specialtyName} · ${m.brand()}`;
      setLoad({
        state: 'ready',
        payload: { ...payload, doctor },
        viewer,
        zone: viewerZone(),
        DoctorView,
      });
    } catch (err) {
      setLoad(
        err instanceof ApiError && err.status === 404
          ? { state: 'missing', message: m.doctor_missing_gone() }
          : { state: 'error', message: err instanceof ApiError ? err.message : m.problem_generic() },
      );
    }
  }

  useEffect(() => void fetchDoctor(), []);

  const l = load;
  if (l.state === 'loading')
    return (
      <div data-state="loading" aria-busy="true">
        <p class="sr-only" role="status">
          {m.doctor_loading()}
        </p>
        <section class="hero border-b border-brand-100" aria-hidden="true">
          <div class="container-page py-8 sm:py-10">
            {/* The shape of the ready page (below), so nothing jumps when the doctor arrives. */}
            <div class="skeleton h-5 w-24" />
            <div class="mt-5 flex flex-col gap-5 sm:flex-row sm:items-center">
              <div class="skeleton size-20 shrink-0 rounded-full" />
              <div class="min-w-0 flex-1">
                <div class="skeleton h-8 w-72 max-w-full" />
                <div class="skeleton mt-2 h-5 w-40" />
                <div class="skeleton mt-2 h-5 w-28 rounded-full" />
              </div>
              <div class="skeleton h-11 w-40 rounded-lg lg:hidden" />
            </div>
            <div class="mt-6 flex flex-wrap gap-x-8 gap-y-3">
              <div class="skeleton h-5 w-36" />
              <div class="skeleton h-5 w-48" />
              <div class="skeleton h-5 w-56" />
            </div>
          </div>
        </section>
        {/* At least a screen high: the footer stays out of sight until the real (taller) content is in. */}
        <div
          class="container-page grid min-h-screen gap-6 py-8 sm:py-10 lg:grid-cols-[1fr_27rem] lg:items-start"
          aria-hidden="true"
        >
          <div class="card p-6">
            <div class="skeleton h-5 w-40" />
            <div class="skeleton mt-5 h-4 w-full" />
            <div class="skeleton mt-3 h-4 w-5/6" />
          </div>
          <div class="card p-6">
            <div class="skeleton h-6 w-32" />
            <div class="skeleton mt-5 h-10 w-full rounded-lg" />
          </div>
        </div>
      </div>
    );
  if (l.state !== 'ready')
    return (
      <div data-state="error" class="container-page py-16">
        <div class="mx-auto max-w-lg">
          {l.state === 'missing' ? (
            <EmptyState
              icon={I.userSearch}
              title={m.doctor_missing_title()}
              text={l.message}
              link={{ href: pageHref('/doctors/'), label: m.nav_find_doctor(), primary: true }}
              testid="doctor-not-found"
            />
          ) : (
            <ErrorState
              title={m.doctor_error_title()}
              message={l.message}
              retryTestid="retry-doctor"
              onRetry={() => void fetchDoctor()}
            />
          )}
        </div>
      </div>
    );

  const { DoctorView, payload, viewer, zone } = l;
  return (
    <DoctorView
      doctor={payload.doctor}
      price={payload.price}
      slots={payload.slots}
      viewer={viewer}
      zone={zone}
    />
  );
}
