/**
 * A doctor's page once the doctor is in: the profile, the fee, the free times (DayPicker) and booking
 * (choose a time, then BookForm for a signed-in patient, or sign in first). DoctorProfile loads this
 * module beside the doctor's answer, as the page waits for that anyway: the page's own script holds
 * only the loading and error states, within the content pages' 20 KB (issue 15).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DoctorDetail, Price, PublicSlot } from '../../../../functions/contract/api.ts';
import { AvailabilityPill, DoctorAvatar, DoctorFact, experienceText } from '../../components/DoctorCard.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { RatingSummary } from '../../components/Rating.tsx';
import { EmptyState } from '../../components/States.tsx';
import { api } from '../../lib/client.ts';
import { formatDay, ymdIn } from '../../lib/days.ts';
import { formatInr, languagesOf } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { loginUrl } from '../../lib/next.ts';
import type { Me } from '../../lib/session.ts';
import { describeTimeZone, formatTimeRange, sameZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { DayPicker } from './DayPicker.tsx';

/** The booking form, loaded only for a signed-in patient: visitors and doctors never fetch it. */
type BookFormComponent = typeof import('./BookForm.tsx').BookForm;
type RatingsComponent = typeof import('./Ratings.tsx').DoctorRatings;

const whenText = (slot: PublicSlot, zone: string) =>
  `${formatDay(ymdIn(slot.startAt, zone), 'long')}, ${formatTimeRange(slot.startAt, slot.endAt, zone)}`;

function Detail({ label, value, testid }: { label: string; value: string; testid?: string }) {
  return (
    <div class="border-t border-slate-100 pt-4">
      <dt class="text-sm text-slate-600">{label}</dt>
      <dd class="mt-1 font-medium break-words text-slate-900" data-testid={testid}>
        {value}
      </dd>
    </div>
  );
}

export interface DoctorViewProps {
  /** The doctor with the title and specialty in the page's language (localDoctor). */
  doctor: DoctorDetail;
  /** The server's price at the doctor's fee (lines, GST, total). */
  price: Price;
  slots: PublicSlot[];
  /** The viewer, or null for a visitor. */
  viewer: Me | null;
  /** The viewer's time zone. */
  zone: string;
}

export function DoctorView({ doctor: d, price, slots: firstSlots, viewer, zone }: DoctorViewProps) {
  // Plain hooks, not signals: a content page ships no signals runtime.
  const [slots, setSlots] = useState<PublicSlot[]>(firstSlots);
  const [selected, setSelected] = useState<PublicSlot | null>(null);
  const [keepDay, setKeepDay] = useState<string | null>(null);
  const [slotNote, setSlotNote] = useState<{
    testid: string;
    tone: 'error' | 'warning';
    text: string;
  } | null>(null);
  const [announce, setAnnounce] = useState('');
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const signInLink = useRef<HTMLAnchorElement>(null);
  const noteBox = useRef<HTMLDivElement>(null);
  const [BookForm, setBookForm] = useState<BookFormComponent | null>(null);
  const [Ratings, setRatings] = useState<RatingsComponent | null>(null);
  // The day picker (a tab per day, a button per time) is the costliest part of this page's render: it
  // comes a task after the profile, so neither task blocks a phone's main thread for long (issue 15).
  const [pickerShown, setPickerShown] = useState(false);
  /** A time was chosen before the form's code arrived: its reason box takes the focus on arrival. */
  const focusReason = useRef(false);

  const canBook = () => !viewer || viewer.role === 'patient';
  const backHere = (slotId?: string) =>
    `/doctors/view/?id=${encodeURIComponent(d.id)}${slotId ? `&slot=${encodeURIComponent(slotId)}` : ''}`;

  function choose(slot: PublicSlot) {
    setSelected(slot);
    const when = whenText(slot, zone);
    setAnnounce(viewer ? m.book_chosen({ when }) : m.book_chosen_sign_in({ when }));
    focusReason.current = Boolean(viewer);
    requestAnimationFrame(() => {
      const target = viewer ? reasonBox.current : signInLink.current;
      if (!target) return;
      target.focus();
      focusReason.current = false;
    });
  }

  /** The chosen time was taken or has passed: reload the times, keep the day, say so. */
  async function slotLost(message: string) {
    const gone = selected;
    setKeepDay(gone ? ymdIn(gone.startAt, zone) : null);
    setSelected(null);
    setSlots((now) => now.filter((s) => s.id !== gone?.id));
    try {
      setSlots((await api.call('getDoctor', { params: { id: d.id } })).slots);
    } catch {
      // Keep what we have; the taken slot was removed above.
    }
    setSlotNote({ testid: 'slot-taken', tone: 'error', text: message });
    requestAnimationFrame(() => noteBox.current?.focus());
  }

  useEffect(() => {
    setPickerShown(true); // effects run in a task after the first paint
    // The comments come after the profile, in their own chunk (see Ratings.tsx).
    void import('./Ratings.tsx').then((module) => setRatings(() => module.DoctorRatings));
    if (viewer?.role === 'patient')
      void import('./BookForm.tsx').then((module) => setBookForm(() => module.BookForm));
    // Back from signing in (or a shared link) with a time: it is chosen again, if still free.
    const wanted = new URLSearchParams(window.location.search).get('slot');
    if (wanted && canBook()) {
      const slot = firstSlots.find((s) => s.id === wanted);
      if (slot) choose(slot);
      else if (viewer) setSlotNote({ testid: 'slot-gone', tone: 'warning', text: m.book_slot_gone() });
    }
  }, []);

  useEffect(() => {
    if (!BookForm || !focusReason.current) return;
    reasonBox.current?.focus();
    focusReason.current = false;
  }, [BookForm]);

  const bio = d.bio
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const sel = selected;
  return (
    <div data-state="ready">
      <p class="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <section class="hero border-b border-brand-100">
        <div class="container-page py-8 sm:py-10">
          <a
            href={pageHref('/doctors/')}
            class="inline-flex items-center gap-1.5 rounded text-sm font-semibold text-brand-700 hover:text-brand-800"
          >
            <Icon shape={I.arrowLeft} class="size-4" /> {m.search_results_all()}
          </a>
          <div class="mt-5 flex flex-col gap-5 sm:flex-row sm:items-center">
            <DoctorAvatar doctor={d} size="size-20 text-2xl" px={80} lazy={false} />
            <div class="min-w-0 flex-1">
              <h1
                class="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl"
                data-testid="doctor-profile-name"
              >
                {d.name}
              </h1>
              <p class="mt-1 font-medium text-brand-700" data-testid="doctor-profile-specialty">
                {d.specialtyName}
              </p>
              <RatingSummary
                average={d.ratingAverage}
                count={d.ratingCount}
                class="mt-1.5 text-sm text-slate-700"
              />
              <AvailabilityPill available={d.available} />
            </div>
            <a
              href="#book-heading"
              class="btn-primary self-start sm:self-center lg:hidden"
              data-testid="jump-to-times"
            >
              <Icon shape={I.calendar} class="size-4" /> {m.doctor_see_times()}
            </a>
          </div>
          <dl class="mt-6 flex flex-wrap gap-x-8 gap-y-3">
            {[
              [I.briefcase, m.doctor_experience_label(), experienceText(d.experienceYears)] as const,
              ...(d.languages.length
                ? [
                    [
                      I.languages,
                      m.doctor_languages_label(),
                      m.doctor_speaks({ languages: languagesOf(d.languages) }),
                    ] as const,
                  ]
                : []),
              ...(d.hospital ? [[I.building, m.doctor_hospital_label(), d.hospital] as const] : []),
            ].map(([icon, label, value]) => (
              <DoctorFact
                key={label}
                icon={icon}
                label={label}
                class="flex items-center gap-2 text-sm text-slate-700"
                iconClass="size-4 shrink-0 text-brand-700"
              >
                {value}
              </DoctorFact>
            ))}
          </dl>
        </div>
      </section>

      <div class="container-page grid gap-6 py-8 sm:py-10 lg:grid-cols-[1fr_27rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <section class="card min-w-0 p-6 sm:p-8" aria-labelledby="about-heading" data-testid="doctor-about">
          <h2 id="about-heading" class="text-lg font-semibold text-slate-900">
            {m.doctor_about({ name: d.name })}
          </h2>
          <div class="mt-3 space-y-3 leading-7 break-words text-slate-700">
            {bio.length ? (
              bio.map((p) => <p key={p}>{p}</p>)
            ) : (
              <p class="text-slate-600">{m.doctor_no_bio({ name: d.name })}</p>
            )}
          </div>
          <dl class="mt-6 grid gap-x-8 gap-y-5 sm:grid-cols-2">
            <Detail label={m.search_specialty_label()} value={d.specialtyName} />
            <Detail label={m.doctor_experience_label()} value={experienceText(d.experienceYears)} />
            <Detail
              label={m.doctor_registration_label()}
              value={d.registrationNumber || m.doctor_registration_checked()}
              testid="registration-number"
            />
            {d.education && (
              <Detail label={m.doctor_education_label()} value={d.education} testid="education" />
            )}
            {d.languages.length > 0 && (
              <Detail label={m.doctor_languages_label()} value={languagesOf(d.languages)} />
            )}
            {d.hospital && <Detail label={m.doctor_clinic_label()} value={d.hospital} />}
          </dl>
          <p class="mt-6 flex gap-2 rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-900">
            <Icon shape={I.badgeCheck} class="mt-0.5 size-4 shrink-0 text-brand-700" />
            <span>{m.doctor_checked_note()}</span>
          </p>
        </section>

        {Ratings && (
          <div class="min-w-0 lg:col-start-1">
            <Ratings doctorId={d.id} doctorName={d.name} canReply={viewer?.id === d.id} />
          </div>
        )}

        {/* On a wide screen the booking card holds the right column from the top, beside the profile and
            the comments (which arrive later, and would otherwise push it down a row). */}
        <section
          class="card min-w-0 p-6 sm:p-7 lg:sticky lg:top-20 lg:col-start-2 lg:row-span-2 lg:row-start-1"
          aria-labelledby="book-heading"
          data-testid="booking-card"
        >
          <div class="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200/80" data-testid="fee-box">
            <p class="text-sm text-slate-600">{m.doctor_fee_label()}</p>
            <p class="mt-0.5 text-2xl font-bold text-slate-900" data-testid="profile-fee">
              {formatInr(d.feePaise)}
            </p>
            {price.totalPaise !== d.feePaise && (
              <p class="mt-1 text-sm text-slate-600" data-testid="profile-fee-total">
                {m.doctor_fee_total({ total: formatInr(price.totalPaise) })}
              </p>
            )}
          </div>

          <h2 id="book-heading" class="mt-6 text-lg font-semibold text-slate-900">
            {m.book_heading()}
          </h2>
          <p class="mt-1 text-sm text-slate-600" data-testid="zone-note">
            {m.book_zone_note({ zone: describeTimeZone(zone) })}
            {!sameZone(d.timeZone, zone) &&
              ` ${m.book_zone_doctor({ name: d.name, zone: describeTimeZone(d.timeZone) })}`}
          </p>
          <div class="mt-4 grid gap-3">
            {slotNote && (
              <Notice tone={slotNote.tone} testid={slotNote.testid} focusable boxRef={noteBox}>
                {slotNote.text}
              </Notice>
            )}
            {viewer && viewer.role !== 'patient' && (
              <Notice tone="info" live={false} testid="patients-only-note">
                <p class="font-semibold">{m.book_patients_only()}</p>
                <p>
                  {viewer.role === 'admin' ? m.book_patients_only_admin() : m.book_patients_only_doctor()}
                </p>
              </Notice>
            )}
            {!d.available && (
              <Notice tone="warning" live={false} testid="doctor-unavailable-note">
                {m.book_doctor_unavailable({ name: d.name })}
              </Notice>
            )}
          </div>

          <div class="mt-4" data-testid="slots">
            {slots.length ? (
              pickerShown ? (
                <DayPicker
                  slots={slots}
                  zone={zone}
                  selectedId={sel?.id ?? null}
                  wantedDay={
                    keepDay ??
                    (sel ? ymdIn(sel.startAt, zone) : new URLSearchParams(window.location.search).get('date'))
                  }
                  disabled={!canBook()}
                  onChoose={choose}
                />
              ) : (
                <div class="skeleton h-48 w-full rounded-xl" aria-hidden="true" />
              )
            ) : (
              <EmptyState
                icon={I.calendar}
                title={m.book_no_slots_title()}
                text={m.book_no_slots_text({ name: d.name })}
                link={{ href: pageHref('/doctors/'), label: m.book_find_another() }}
                testid="no-slots"
              />
            )}
          </div>

          {sel && (
            <div class="mt-5 border-t border-slate-100 pt-5">
              <p class="text-sm text-slate-600">{m.book_your_time()}</p>
              <p class="mt-0.5 font-semibold text-slate-900" data-testid="selected-slot">
                {whenText(sel, zone)}
              </p>
              {viewer ? (
                BookForm ? (
                  <BookForm
                    slot={sel}
                    me={viewer}
                    reasonRef={reasonBox}
                    backHere={backHere}
                    onSlotLost={(message) => void slotLost(message)}
                  />
                ) : (
                  <div class="skeleton mt-4 h-48 w-full rounded-lg" aria-hidden="true" />
                )
              ) : (
                <div class="mt-4">
                  <p class="text-sm text-slate-700">{m.book_sign_in_text()}</p>
                  <div class="mt-4 grid gap-3 sm:grid-cols-2">
                    <a
                      href={loginUrl(backHere(sel.id))}
                      ref={signInLink}
                      class="btn-primary"
                      data-testid="sign-in-to-book"
                    >
                      <Icon shape={I.logIn} class="size-4" /> {m.book_sign_in()}
                    </a>
                    <a href={pageHref('/register/')} class="btn-secondary" data-testid="register-to-book">
                      {m.footer_create_account()}
                    </a>
                  </div>
                </div>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
