/** /account/doctor/: the doctor profile form (PATCH /api/me/doctor-profile). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Specialty, SpecialtyId } from '../../../../functions/contract/api.ts';
import { priceWith } from '../../../../functions/contract/price.ts';
import { ChipInput, type ChipInputHandle } from '../../components/ChipInput.tsx';
import { Field, FieldFrame, fieldAria } from '../../components/Field.tsx';
import { Form, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { BackLink } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { VerificationBanner } from '../../components/VerificationBanner.tsx';
import { api } from '../../lib/client.ts';
import { intlLocale, numberFormat, specialtyLabel } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { patientsPayText } from '../../lib/invoice.ts';
import { pageHref } from '../../lib/links.ts';
import type { DoctorProfile, Me } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';

const BIO_MAX = 2000;
const COMMON_LANGUAGES =
  'English Hindi Bengali Marathi Telugu Tamil Gujarati Urdu Kannada Odia Malayalam Punjabi Assamese Konkani Sindhi Nepali'.split(
    ' ',
  );
const count = numberFormat(intlLocale());

function ProfileForm({ profile }: { profile: DoctorProfile }) {
  const [specialties, setSpecialties] = useState<readonly Specialty[]>([]);
  const [languages, setLanguages] = useState(profile.languages);
  const [fee, setFee] = useState(profile.feePaise ? String(profile.feePaise / 100) : '');
  const [bio, setBio] = useState(profile.bio);
  const [registration, setRegistration] = useState(profile.registrationNumber);
  const [available, setAvailable] = useState(profile.available);
  const [specialty, setSpecialty] = useState(profile.specialty);
  const chips = useRef<ChipInputHandle>(null);
  /** The languages as the last check left them (with anything typed but not yet added). */
  const committed = useRef(languages);
  useEffect(() => {
    api.call('listSpecialties').then(
      (r) => setSpecialties(r.specialties),
      () => undefined,
    );
  }, []);
  const form = useForm({
    validate: () => {
      const errors: Record<string, string[]> = {};
      const { values, refused } = chips.current?.commit() ?? { values: languages, refused: null };
      committed.current = values;
      if (refused) errors.languages = [refused];
      else if (!values.length) errors.languages = [m.doctor_form_languages_missing()];
      if (bio.trim().length > BIO_MAX) errors.bio = [m.doctor_form_bio_long()];
      return Object.keys(errors).length ? errors : undefined;
    },
    submit: async (f) => {
      await api.call('updateDoctorProfile', {
        body: {
          specialty: fieldValue(f, 'specialty') as SpecialtyId,
          registrationNumber: fieldValue(f, 'registrationNumber'),
          experienceYears: Number(fieldValue(f, 'experienceYears')),
          feeRupees: Number(fieldValue(f, 'feeRupees')),
          followUpDays: Number(fieldValue(f, 'followUpDays')),
          followUpFeeRupees: Number(fieldValue(f, 'followUpFeeRupees')),
          languages: committed.current,
          education: fieldValue(f, 'education'),
          hospital: fieldValue(f, 'hospital'),
          bio: fieldValue(f, 'bio'),
          available,
        },
      });
      window.location.assign(pageHref('/account/?saved=1'));
      return 'navigating';
    },
  });
  // What patients would pay for the fee being typed: the server's own pricing code with the rules it
  // sent (contract/price.ts), so the quote follows the operator's GST configuration.
  const feePaise = Math.round(Number(fee) * 100);
  const preview =
    fee && Number.isFinite(feePaise) && feePaise >= 10_000 && feePaise <= 5_000_000
      ? patientsPayText(priceWith(feePaise, profile.taxRules))
      : '';
  const reverify =
    profile.verificationStatus === 'verified' && registration.trim() !== profile.registrationNumber;
  return (
    <Form form={form} id="doctor-form" class="card mt-6 grid gap-6 p-6 sm:p-8" data-testid="doctor-form">
      <div class="grid gap-5 sm:grid-cols-2">
        <Field
          id="specialty"
          name="specialty"
          as="select"
          label={m.search_specialty_label()}
          missing={m.doctor_form_specialty_missing()}
          testid="specialty"
          error={form.errors.specialty}
          value={specialties.length ? specialty : ''}
          onChange={(e) => setSpecialty(e.currentTarget.value)}
        >
          <option value="">{m.doctor_form_choose_specialty()}</option>
          {specialties.map((s) => (
            <option key={s.id} value={s.id}>
              {specialtyLabel(s.id, s.name)}
            </option>
          ))}
        </Field>
        <Field
          id="experienceYears"
          name="experienceYears"
          type="number"
          label={m.doctor_form_experience()}
          inputMode="numeric"
          min="0"
          max="70"
          step="1"
          missing={m.doctor_form_experience_missing()}
          invalid={m.doctor_form_experience_invalid()}
          testid="experience"
          error={form.errors.experienceYears}
          defaultValue={String(profile.experienceYears ?? 0)}
        />
      </div>
      <Field
        id="registrationNumber"
        name="registrationNumber"
        label={m.doctor_form_registration()}
        hint={m.doctor_form_registration_hint()}
        autocomplete="off"
        spellcheck={false}
        autocapitalize="characters"
        maxLength={30}
        missing={m.doctor_form_registration_missing()}
        testid="registration"
        error={form.errors.registrationNumber}
        value={registration}
        onInput={(e) => setRegistration(e.currentTarget.value)}
        after={
          reverify && (
            <p class="mt-2 flex gap-2 rounded-lg bg-accent-50 px-3 py-2 text-sm text-accent-900">
              <Icon shape={I.alertTriangle} class="mt-0.5 size-4 shrink-0 text-accent-700" />
              <span>{m.doctor_form_reverify()}</span>
            </p>
          )
        }
      />
      <FieldFrame
        id="feeRupees"
        name="feeRupees"
        label={m.doctor_fee_label()}
        hint={m.doctor_form_fee_hint()}
        error={form.errors.feeRupees}
      >
        <div class="relative mt-1.5 max-w-xs">
          <span
            class="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-base font-semibold text-slate-600"
            aria-hidden="true"
          >
            ₹
          </span>
          <input
            id="feeRupees"
            name="feeRupees"
            type="number"
            inputMode="decimal"
            min="100"
            max="50000"
            step="0.01"
            required
            class="field-input mt-0 pl-8"
            {...fieldAria('feeRupees', form.errors.feeRupees, 'feeRupees-hint', 'fee-preview')}
            data-msg-missing={m.doctor_form_fee_missing()}
            data-msg-invalid={m.doctor_form_fee_invalid()}
            data-testid="fee"
            value={fee}
            onInput={(e) => setFee(e.currentTarget.value)}
          />
        </div>
        <p id="fee-preview" class="field-hint" data-testid="fee-preview" aria-live="polite">
          {preview}
        </p>
      </FieldFrame>
      <div class="grid gap-5 sm:grid-cols-2" data-testid="follow-up-settings">
        <Field
          id="followUpDays"
          name="followUpDays"
          type="number"
          label={m.doctor_form_follow_up_days()}
          hint={m.doctor_form_follow_up_days_hint()}
          inputMode="numeric"
          min="0"
          max="30"
          step="1"
          required
          missing={m.doctor_form_follow_up_days_invalid()}
          invalid={m.doctor_form_follow_up_days_invalid()}
          testid="follow-up-days"
          error={form.errors.followUpDays}
          defaultValue={String(profile.followUpDays ?? 0)}
        />
        <Field
          id="followUpFeeRupees"
          name="followUpFeeRupees"
          type="number"
          label={m.doctor_form_follow_up_fee()}
          hint={m.doctor_form_follow_up_fee_hint()}
          inputMode="decimal"
          min="0"
          max="50000"
          step="0.01"
          required
          missing={m.doctor_form_follow_up_fee_invalid()}
          invalid={m.doctor_form_follow_up_fee_invalid()}
          testid="follow-up-fee"
          error={form.errors.followUpFeeRupees}
          defaultValue={String((profile.followUpFeePaise ?? 0) / 100)}
        />
      </div>
      <FieldFrame
        id="languages"
        name="languages"
        control="language-input"
        label={m.doctor_form_languages()}
        hint={m.doctor_form_languages_hint()}
        error={form.errors.languages}
      >
        <ChipInput
          id="language-input"
          name="languages"
          values={languages}
          onChange={(next) => {
            setLanguages(next);
            form.clear('languages');
          }}
          normalise={(v) => v.charAt(0).toLocaleUpperCase('en-IN') + v.slice(1)}
          check={(v) =>
            v.length < 2 || v.length > 30 || !/^[\p{L} ]+$/u.test(v) ? m.doctor_form_language_invalid() : null
          }
          invalid={Boolean(form.errors.languages)}
          describedBy={fieldAria('languages', form.errors.languages, 'languages-hint')['aria-describedby']}
          placeholder={m.doctor_form_add_language()}
          listLabel={m.doctor_form_chosen_languages()}
          suggestions={COMMON_LANGUAGES}
          testid="language"
          handle={chips}
        />
      </FieldFrame>
      <div class="grid gap-5 sm:grid-cols-2">
        <Field
          id="education"
          name="education"
          label={m.doctor_education_label()}
          optional
          maxLength={500}
          hint={m.doctor_form_education_hint()}
          testid="education"
          error={form.errors.education}
          defaultValue={profile.education}
        />
        <Field
          id="hospital"
          name="hospital"
          label={m.doctor_clinic_label()}
          optional
          maxLength={200}
          hint={m.doctor_form_hospital_hint()}
          testid="hospital"
          error={form.errors.hospital}
          defaultValue={profile.hospital}
        />
      </div>
      <Field
        id="bio"
        name="bio"
        as="textarea"
        label={m.doctor_form_bio()}
        optional
        rows={5}
        maxLength={BIO_MAX}
        hint={m.doctor_form_bio_hint()}
        testid="bio"
        error={form.errors.bio}
        describedBy="bio-counter"
        value={bio}
        onInput={(e) => setBio(e.currentTarget.value)}
        after={
          <p
            class={`mt-1 text-right text-sm ${bio.length > BIO_MAX * 0.9 ? 'text-accent-800' : 'text-slate-600'}`}
            id="bio-counter"
            data-testid="bio-counter"
            aria-live="polite"
          >
            {`${count.format(bio.length)} / ${count.format(BIO_MAX)}`}
          </p>
        }
      />
      <div class="flex items-start justify-between gap-4 rounded-xl border border-slate-200 bg-slate-50/70 p-4">
        <label for="available" class="min-w-0">
          <span class="block font-medium text-slate-900">{m.doctor_form_accepting()}</span>
          <span class="mt-0.5 block text-sm text-slate-600" id="available-hint">
            {m.doctor_form_accepting_hint()}
          </span>
        </label>
        <input
          id="available"
          name="available"
          type="checkbox"
          role="switch"
          class="switch mt-0.5"
          aria-describedby="available-hint"
          data-testid="available"
          checked={available}
          aria-checked={available}
          onChange={(e) => setAvailable(e.currentTarget.checked)}
        />
      </div>
      <div class="flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-end">
        <a href={pageHref('/account/')} class="btn-ghost">
          {m.cancel()}
        </a>
        <Submit form={form} class="px-6" testid="doctor-save" busyLabel={m.saving()}>
          {m.doctor_form_save()}
        </Submit>
      </div>
    </Form>
  );
}

function Page({ me }: { me: Me }) {
  return (
    <div class="container-page max-w-3xl py-8 sm:py-10">
      <BackLink href={pageHref('/account/')}>{m.profile_back()}</BackLink>
      <h1 class="mt-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {m.doctor_form_title()}
      </h1>
      <p class="mt-2 text-slate-600">{m.doctor_form_lead()}</p>
      {me.doctorProfile && (
        <>
          <div class="mt-6">
            <VerificationBanner profile={me.doctorProfile} onProfileForm />
          </div>
          <ProfileForm profile={me.doctorProfile} />
        </>
      )}
    </div>
  );
}

export default function DoctorProfileForm() {
  return <Protected roles={['doctor']}>{(me) => <Page me={me} />}</Protected>;
}
