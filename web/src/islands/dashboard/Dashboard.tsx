/**
 * /dashboard/patient/ and /dashboard/doctor/: a greeting, quick actions, the next appointments (a
 * doctor's: today's), and beside them a doctor's listing and verification, or a patient's nudge to
 * complete their profile.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { AppointmentView } from '../../../../functions/contract/api.ts';
import { AppointmentRow } from '../../components/AppointmentRow.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState, ErrorState, Region, type RegionState, Skeletons } from '../../components/States.tsx';
import { VerificationBanner } from '../../components/VerificationBanner.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { formatInr, listOf } from '../../lib/format.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import type { Me, Role } from '../../lib/session.ts';
import { viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

const SHOWN = 4;

function greeting(now = new Date()) {
  const hour = now.getHours();
  return hour < 12 ? m.greet_morning() : hour < 17 ? m.greet_afternoon() : m.greet_evening();
}

function QuickAction({
  href,
  icon,
  title,
  text,
  testid,
  primary = false,
}: {
  href: string;
  icon: IconShapes;
  title: string;
  text: string;
  testid: string;
  primary?: boolean;
}) {
  return (
    <li>
      <a
        href={href}
        data-testid={testid}
        class={`group flex h-full items-start gap-4 rounded-2xl border p-5 transition-shadow hover:shadow-lift ${primary ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-200/80 bg-white shadow-card'}`}
      >
        <span
          class={`grid size-11 shrink-0 place-items-center rounded-xl ${primary ? 'bg-white/15 text-white' : 'bg-brand-50 text-brand-700 ring-1 ring-brand-100'}`}
        >
          <Icon shape={icon} class="size-5" />
        </span>
        <span class="min-w-0 flex-1">
          <span
            class={`flex items-center gap-1.5 font-semibold ${primary ? 'text-white' : 'text-slate-900'}`}
          >
            {title}
            <Icon shape={I.arrowRight} class="size-4 transition-transform group-hover:translate-x-0.5" />
          </span>
          <span class={`mt-1 block text-sm leading-5 ${primary ? 'text-brand-100' : 'text-slate-600'}`}>
            {text}
          </span>
        </span>
      </a>
    </li>
  );
}

function UpcomingPanel({ me }: { me: Me }) {
  const doctor = me.role === 'doctor';
  const state = useSignal<RegionState>('loading');
  const items = useSignal<AppointmentView[]>([]);
  const error = useSignal('');
  const load = async () => {
    state.value = 'loading';
    try {
      const page = await api.call('listAppointments', {
        query: { scope: doctor ? 'today' : 'upcoming', limit: SHOWN, tz: viewerZone() },
      });
      items.value = page.appointments;
      state.value = page.appointments.length ? 'ready' : 'empty';
    } catch (err) {
      error.value = err instanceof ApiError ? err.message : m.problem_generic();
      state.value = 'error';
    }
  };
  useEffect(() => void load(), []);
  const n = items.value.length;
  return (
    <section
      class="card min-w-0 p-6 sm:p-8"
      aria-labelledby="upcoming-heading"
      data-testid="upcoming-appointments"
    >
      <div class="flex items-center justify-between gap-4">
        <h2 id="upcoming-heading" class="text-lg font-semibold text-slate-900">
          {doctor ? m.dash_today_heading() : m.dash_upcoming_heading()}
        </h2>
        <a
          href={doctor ? '/appointments/?tab=today' : '/appointments/'}
          class="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {m.dash_view_all()}
          <span class="sr-only"> {m.dash_appointments_sr()}</span>
        </a>
      </div>
      <Region
        class="mt-5"
        state={state.value}
        status={
          state.value === 'loading'
            ? m.loading()
            : state.value === 'error'
              ? error.value
              : state.value === 'empty'
                ? doctor
                  ? m.dash_none_today()
                  : m.appts_upcoming_empty_title()
                : doctor
                  ? m.dash_count_today({ count: n })
                  : m.dash_count_upcoming({ count: n })
        }
        skeleton={
          <Skeletons count={2} class="grid gap-3" card={() => <div class="skeleton h-12 w-full" />} />
        }
        empty={
          <EmptyState
            icon={I.calendar}
            title={doctor ? m.appts_today_empty_title() : m.dash_none_yet()}
            text={doctor ? m.dash_empty_doctor() : m.appts_upcoming_empty_patient()}
            link={{
              href: doctor ? '/doctor/availability/' : '/doctors/',
              label: doctor ? m.appts_set_availability() : m.nav_find_doctor(),
              primary: true,
              testid: 'appointments-cta',
            }}
            testid="appointments-empty"
          />
        }
        error={
          <ErrorState
            title={m.appts_error_title()}
            message={error.value}
            retryTestid="retry-appointments"
            onRetry={() => void load()}
          />
        }
      >
        <ul class="grid gap-3" data-testid="dashboard-appointments">
          {items.value.map((a) => (
            <AppointmentRow key={a.id} a={a} role={me.role} compact />
          ))}
        </ul>
      </Region>
    </section>
  );
}

function Listing({ me }: { me: Me }) {
  const p = me.doctorProfile;
  const row = (label: string, value: string, key: string) => (
    <div class="flex justify-between gap-4 border-t border-slate-100 pt-3">
      <dt class="text-slate-600">{label}</dt>
      <dd class="text-right font-medium text-slate-900" data-listing={key}>
        {value}
      </dd>
    </div>
  );
  return (
    <aside class="card p-6" aria-labelledby="listing-heading" data-testid="listing-summary">
      <h2 id="listing-heading" class="font-semibold text-slate-900">
        {m.dash_listing()}
      </h2>
      <dl class="mt-4 grid gap-3 text-sm">
        {row(m.search_specialty_label(), p?.specialty ? p.specialtyName : m.dash_not_chosen(), 'specialty')}
        {row(
          m.dash_fee(),
          p?.feePaise ? m.dash_fee_plus_gst({ fee: formatInr(p.feePaise) }) : m.dash_not_set(),
          'fee',
        )}
        {row(m.dash_bookings(), p?.available ? m.dash_open() : m.dash_paused(), 'available')}
      </dl>
      <a href="/account/doctor/" class="btn-secondary mt-5 w-full">
        {m.dash_edit_profile()}
      </a>
    </aside>
  );
}

function PatientAside({ me }: { me: Me }) {
  const missing: string[] = [];
  if (!me.phone) missing.push(m.missing_phone());
  if (!me.dateOfBirth) missing.push(m.missing_dob());
  if (!me.address) missing.push(m.missing_address());
  return (
    <aside class="grid gap-6">
      {missing.length > 0 && (
        <section class="card p-6" aria-labelledby="profile-nudge-heading" data-testid="profile-nudge">
          <h2 id="profile-nudge-heading" class="font-semibold text-slate-900">
            {m.dash_complete_profile()}
          </h2>
          <p class="mt-2 text-sm leading-6 text-slate-600">{m.dash_nudge({ missing: listOf(missing) })}</p>
          <a href="/account/edit/" class="btn-secondary mt-4 w-full">
            <Icon shape={I.pencil} class="size-4" /> {m.dash_add_details()}
          </a>
        </section>
      )}
      <section
        class="rounded-2xl border border-accent-200 bg-accent-50 p-6 text-sm leading-6 text-accent-900"
        aria-labelledby="emergency-heading"
      >
        <h2 id="emergency-heading" class="flex items-center gap-2 font-semibold">
          <Icon shape={I.phone} class="size-4 text-accent-700" /> {m.dash_not_emergencies()}
        </h2>
        <p class="mt-2">{m.dash_emergency_text()}</p>
      </section>
    </aside>
  );
}

function Page({ me }: { me: Me }) {
  const doctor = me.role === 'doctor';
  return (
    <div data-dashboard={me.role} data-testid={doctor ? 'doctor-dashboard' : 'patient-dashboard'}>
      <section class="hero border-b border-brand-100">
        <div class="container-page py-8 sm:py-10">
          <p class="eyebrow">{doctor ? m.dash_doctor_eyebrow() : m.dash_patient_eyebrow()}</p>
          <h1
            class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl"
            data-testid="greeting"
          >
            {`${greeting()}, ${doctor ? `Dr. ${me.lastName}` : me.firstName}`}
          </h1>
          <p class="mt-2 max-w-2xl text-slate-600">{doctor ? m.dash_doctor_lead() : m.dash_patient_lead()}</p>
          {doctor && me.doctorProfile && (
            <div class="mt-6">
              <VerificationBanner profile={me.doctorProfile} />
            </div>
          )}
          <ul class="mt-6 grid gap-4 sm:grid-cols-3" aria-label={m.dash_quick_actions()}>
            {doctor ? (
              <>
                <QuickAction
                  primary
                  href="/doctor/availability/"
                  icon={I.calendar}
                  title={m.appts_set_availability_short()}
                  text={m.dash_qa_availability()}
                  testid="action-availability"
                />
                <QuickAction
                  href="/account/doctor/"
                  icon={I.stethoscope}
                  title={m.dash_edit_profile()}
                  text={m.dash_qa_doctor_profile()}
                  testid="action-doctor-profile"
                />
                <QuickAction
                  href="/account/"
                  icon={I.user}
                  title={m.dash_your_account()}
                  text={m.dash_qa_account()}
                  testid="action-account"
                />
              </>
            ) : (
              <>
                <QuickAction
                  primary
                  href="/doctors/"
                  icon={I.userSearch}
                  title={m.nav_find_doctor()}
                  text={m.dash_qa_find()}
                  testid="action-find-doctor"
                />
                <QuickAction
                  href="/appointments/"
                  icon={I.calendar}
                  title={m.nav_my_appointments()}
                  text={m.dash_qa_appointments()}
                  testid="action-appointments"
                />
                <QuickAction
                  href="/account/"
                  icon={I.user}
                  title={m.dash_your_profile()}
                  text={m.dash_qa_profile()}
                  testid="action-account"
                />
              </>
            )}
          </ul>
        </div>
      </section>
      <div class="container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[2fr_1fr] lg:items-start">
        <UpcomingPanel me={me} />
        {doctor ? <Listing me={me} /> : <PatientAside me={me} />}
      </div>
    </div>
  );
}

export default function Dashboard({ role }: { role: Role }) {
  return <Protected roles={[role]}>{(me) => <Page me={me} />}</Protected>;
}
