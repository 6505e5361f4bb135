/**
 * /dashboard/patient/ and /dashboard/doctor/: a greeting, quick actions, the next appointments (a
 * doctor's: today's), and beside them a doctor's listing and verification, or a patient's nudge to
 * complete their profile.
 */
import { AppointmentRow } from '../../components/AppointmentRow.tsx';
import { Card } from '../../components/Card.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHero } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState, ErrorState, Region, Skeletons, useRegion } from '../../components/States.tsx';
import { VerificationBanner } from '../../components/VerificationBanner.tsx';
import { api } from '../../lib/client.ts';
import { listOf, specialtyLabel } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { feeText } from '../../lib/invoice.ts';
import { pageHref } from '../../lib/links.ts';
import type { Me, Role } from '../../lib/session.ts';
import { viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

const SHOWN = 4;

function greeting(now = new Date()) {
  const hour = now.getHours();
  return hour < 12 ? m.greet_morning() : hour < 17 ? m.greet_afternoon() : m.greet_evening();
}

/** The three quick actions of each dashboard, the first one primary: [href, icon, title, text, testid]. */
const ACTIONS = {
  doctor: [
    [
      '/doctor/availability/',
      I.calendar,
      m.appts_set_availability_short,
      m.dash_qa_availability,
      'action-availability',
    ],
    [
      '/account/doctor/',
      I.stethoscope,
      m.dash_edit_profile,
      m.dash_qa_doctor_profile,
      'action-doctor-profile',
    ],
    ['/account/', I.user, m.dash_your_account, m.dash_qa_account, 'action-account'],
  ],
  patient: [
    ['/doctors/', I.userSearch, m.nav_find_doctor, m.dash_qa_find, 'action-find-doctor'],
    ['/appointments/', I.calendar, m.nav_my_appointments, m.dash_qa_appointments, 'action-appointments'],
    ['/account/', I.user, m.dash_your_profile, m.dash_qa_profile, 'action-account'],
  ],
} as const;

function QuickActions({ doctor }: { doctor: boolean }) {
  return (
    <ul class="mt-6 grid gap-4 sm:grid-cols-3" aria-label={m.dash_quick_actions()}>
      {ACTIONS[doctor ? 'doctor' : 'patient'].map(([href, icon, title, text, testid], i) => (
        <li key={testid}>
          <a
            href={pageHref(href)}
            data-testid={testid}
            class={`group flex h-full items-start gap-4 rounded-2xl border p-5 transition-shadow hover:shadow-lift ${i ? 'border-slate-200/80 bg-white shadow-card' : 'border-brand-700 bg-brand-700 text-white'}`}
          >
            <span
              class={`grid size-11 shrink-0 place-items-center rounded-xl ${i ? 'bg-brand-50 text-brand-700 ring-1 ring-brand-100' : 'bg-white/15 text-white'}`}
            >
              <Icon shape={icon} class="size-5" />
            </span>
            <span class="min-w-0 flex-1">
              <span class={`flex items-center gap-1.5 font-semibold ${i ? 'text-slate-900' : 'text-white'}`}>
                {title()}
                <Icon shape={I.arrowRight} class="size-4 transition-transform group-hover:translate-x-0.5" />
              </span>
              <span class={`mt-1 block text-sm leading-5 ${i ? 'text-slate-600' : 'text-brand-100'}`}>
                {text()}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function UpcomingPanel({ me }: { me: Me }) {
  const doctor = me.role === 'doctor';
  const region = useRegion(
    async () =>
      (
        await api.call('listAppointments', {
          query: { scope: doctor ? 'today' : 'upcoming', limit: SHOWN, tz: viewerZone() },
        })
      ).appointments,
    (list) => !list.length,
  );
  const items = region.data ?? [];
  return (
    <Card
      id="upcoming"
      title={doctor ? m.dash_today_heading() : m.dash_upcoming_heading()}
      testid="upcoming-appointments"
      aside={
        <a
          href={pageHref(doctor ? '/appointments/?tab=today' : '/appointments/')}
          class="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {m.dash_view_all()}
          <span class="sr-only"> {m.dash_appointments_sr()}</span>
        </a>
      }
    >
      <Region
        class="mt-5"
        state={region.state}
        status={region.status(doctor ? m.dash_none_today() : m.appts_upcoming_empty_title(), () =>
          doctor
            ? m.dash_count_today({ count: items.length })
            : m.dash_count_upcoming({ count: items.length }),
        )}
        skeleton={
          <Skeletons count={2} class="grid gap-3" card={() => <div class="skeleton h-12 w-full" />} />
        }
        empty={
          <EmptyState
            icon={I.calendar}
            title={doctor ? m.appts_today_empty_title() : m.dash_none_yet()}
            text={doctor ? m.dash_empty_doctor() : m.appts_upcoming_empty_patient()}
            link={{
              href: pageHref(doctor ? '/doctor/availability/' : '/doctors/'),
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
            message={region.error}
            retryTestid="retry-appointments"
            onRetry={() => void region.load()}
          />
        }
      >
        <ul class="grid gap-3" data-testid="dashboard-appointments">
          {items.map((a) => (
            <AppointmentRow key={a.id} a={a} role={me.role} compact />
          ))}
        </ul>
      </Region>
    </Card>
  );
}

function Listing({ me }: { me: Me }) {
  const p = me.doctorProfile;
  const rows = [
    [
      'specialty',
      m.search_specialty_label(),
      p?.specialty ? specialtyLabel(p.specialty, p.specialtyName) : m.dash_not_chosen(),
    ],
    ['fee', m.dash_fee(), p?.feePaise ? feeText(p.feePaise, p.price) : m.dash_not_set()],
    ['available', m.dash_bookings(), p?.available ? m.dash_open() : m.dash_paused()],
  ];
  return (
    <aside class="card p-6" aria-labelledby="listing-heading" data-testid="listing-summary">
      <h2 id="listing-heading" class="font-semibold text-slate-900">
        {m.dash_listing()}
      </h2>
      <dl class="mt-4 grid gap-3 text-sm">
        {rows.map(([key, label, value]) => (
          <div key={key} class="flex justify-between gap-4 border-t border-slate-100 pt-3">
            <dt class="text-slate-600">{label}</dt>
            <dd class="text-right font-medium text-slate-900" data-listing={key}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <a href={pageHref('/account/doctor/')} class="btn-secondary mt-5 w-full">
        {m.dash_edit_profile()}
      </a>
    </aside>
  );
}

function PatientAside({ me }: { me: Me }) {
  const missing = [
    !me.phone && m.missing_phone(),
    !me.dateOfBirth && m.missing_dob(),
    !me.sex && m.missing_sex(),
    !me.address && m.missing_address(),
  ].filter((x) => x !== false);
  return (
    <aside class="grid gap-6">
      {missing.length > 0 && (
        <Card
          id="profile-nudge"
          title={m.dash_complete_profile()}
          class="card p-6"
          titleClass="font-semibold text-slate-900"
          testid="profile-nudge"
        >
          <p class="mt-2 text-sm leading-6 text-slate-600">{m.dash_nudge({ missing: listOf(missing) })}</p>
          <a href={pageHref('/account/edit/')} class="btn-secondary mt-4 w-full">
            <Icon shape={I.pencil} class="size-4" /> {m.dash_add_details()}
          </a>
        </Card>
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
      <PageHero
        eyebrow={doctor ? m.dash_doctor_eyebrow() : m.dash_patient_eyebrow()}
        title={`${greeting()}, ${doctor ? m.doctor_title({ name: me.lastName }) : me.firstName}`}
        testid="greeting"
        lead={doctor ? m.dash_doctor_lead() : m.dash_patient_lead()}
      >
        {doctor && me.doctorProfile && (
          <div class="mt-6">
            <VerificationBanner profile={me.doctorProfile} />
          </div>
        )}
        <QuickActions doctor={doctor} />
      </PageHero>
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
