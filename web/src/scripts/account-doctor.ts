/** /account/doctor/: the doctor profile form (PATCH /api/me/doctor-profile). */
import { api, type SpecialtiesPayload } from '../lib/api.ts';
import { wireChipInput } from '../lib/chips.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { formatInr } from '../lib/format.ts';
import { bindForm, clearFieldError, fieldValue, showFieldErrors } from '../lib/forms.ts';
import { verificationBanner } from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';

const BIO_MAX = 2000;
const GST_RATE = 0.18;
const count = new Intl.NumberFormat('en-IN');

const form = document.querySelector<HTMLFormElement>('#doctor-form');

if (form) {
  const input = <T extends HTMLElement>(name: string) => form.querySelector<T>(`[name="${name}"]`);
  const fee = input<HTMLInputElement>('feeRupees');
  const bio = input<HTMLTextAreaElement>('bio');
  const registration = input<HTMLInputElement>('registrationNumber');
  const available = input<HTMLInputElement>('available');
  const specialty = input<HTMLSelectElement>('specialty');
  let savedRegistration = '';
  let verified = false;

  const languages = wireChipInput({
    input: form.querySelector<HTMLInputElement>('#language-input') as HTMLInputElement,
    list: form.querySelector<HTMLElement>('[data-chip-list]') as HTMLElement,
    status: form.querySelector<HTMLElement>('[data-chip-status]'),
    max: 12,
    normalise: (v) => v.charAt(0).toLocaleUpperCase('en-IN') + v.slice(1),
    check: (v) =>
      v.length < 2 || v.length > 30 || !/^[\p{L} ]+$/u.test(v) ? 'Languages are words, like Hindi.' : null,
    onRefuse: (message) => showFieldErrors(form, { languages: [message] }, { focus: false }),
    onChange: () => clearFieldError(form, 'languages'),
  });

  // "Patient pays ₹590.00 with GST": the fee the doctor types is before tax.
  const preview = form.querySelector<HTMLElement>('#fee-preview');
  const updateFee = () => {
    if (!fee || !preview) return;
    const rupees = Number(fee.value);
    preview.textContent =
      fee.value && Number.isFinite(rupees) && rupees >= 100 && rupees <= 50_000
        ? `Patients pay ${formatInr(Math.round(rupees * 100 * (1 + GST_RATE)))} including GST.`
        : '';
  };
  fee?.addEventListener('input', updateFee);

  const counter = form.querySelector<HTMLElement>('#bio-counter');
  const updateCounter = () => {
    if (!bio || !counter) return;
    const n = bio.value.length;
    counter.textContent = `${count.format(n)} / ${count.format(BIO_MAX)}`;
    counter.classList.toggle('text-accent-800', n > BIO_MAX * 0.9);
  };
  bio?.addEventListener('input', updateCounter);

  const warning = form.querySelector<HTMLElement>('[data-reverify-warning]');
  registration?.addEventListener('input', () => {
    if (warning) warning.hidden = !(verified && registration.value.trim() !== savedRegistration);
  });

  async function fill(me: Me) {
    const profile = me.doctorProfile;
    if (!profile || !form) return;
    const { specialties } = await api.get<SpecialtiesPayload>('/api/specialties');
    if (specialty) {
      specialty.append(...specialties.map((s) => h('option', { value: s.id, text: s.name })));
      specialty.value = profile.specialty;
    }
    savedRegistration = profile.registrationNumber;
    verified = profile.verificationStatus === 'verified';
    const set = (name: string, value: string) => {
      const el = input<HTMLInputElement | HTMLTextAreaElement>(name);
      if (el) el.value = value;
    };
    set('registrationNumber', profile.registrationNumber);
    set('experienceYears', String(profile.experienceYears ?? 0));
    set('feeRupees', profile.feePaise ? String(profile.feePaise / 100) : '');
    set('education', profile.education);
    set('hospital', profile.hospital);
    set('bio', profile.bio);
    if (available) available.checked = profile.available;
    languages.set(profile.languages);
    updateFee();
    updateCounter();

    const banner = document.querySelector<HTMLElement>('[data-banner]');
    if (banner) {
      replaceChildren(banner, verificationBanner(profile, { onProfileForm: true }));
      banner.hidden = false;
    }
  }

  bindForm(form, {
    validate: () => {
      const errors: Record<string, string[]> = {};
      const refused = languages.commitPending();
      if (refused) errors.languages = [refused];
      else if (languages.values().length === 0) errors.languages = ['Add at least one language.'];
      if (bio && bio.value.trim().length > BIO_MAX) errors.bio = ['Keep the bio under 2,000 characters.'];
      return Object.keys(errors).length ? errors : undefined;
    },
    submit: async () => {
      await api.patch('/api/me/doctor-profile', {
        specialty: fieldValue(form, 'specialty'),
        registrationNumber: fieldValue(form, 'registrationNumber'),
        experienceYears: Number(fieldValue(form, 'experienceYears')),
        feeRupees: Number(fieldValue(form, 'feeRupees')),
        languages: languages.values(),
        education: fieldValue(form, 'education'),
        hospital: fieldValue(form, 'hospital'),
        bio: fieldValue(form, 'bio'),
        available: available?.checked ?? true,
      });
      window.location.assign('/account/?saved=1');
      return 'navigating';
    },
  });

  protectPage(fill);
}
