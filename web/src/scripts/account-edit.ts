/** /account/edit/: the personal details form (PATCH /api/me). */
import { api } from '../lib/api.ts';
import { h } from '../lib/dom.ts';
import { bindForm, fieldValue } from '../lib/forms.ts';
import { describeTimeZone } from '../lib/profile-ui.ts';
import { protectPage } from '../lib/protected.ts';
import type { Me } from '../lib/session.ts';

const form = document.querySelector<HTMLFormElement>('#profile-form');

/** Today as YYYY-MM-DD in the viewer's zone: the latest possible date of birth. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function fillTimeZones(select: HTMLSelectElement, current: string) {
  const zones = new Set<string>(['Asia/Kolkata', current]);
  try {
    for (const zone of Intl.supportedValuesOf('timeZone')) zones.add(zone);
  } catch {
    // Old browsers: India and the saved zone are enough to keep the form usable.
  }
  zones.delete('Asia/Calcutta'); // the old name of Asia/Kolkata; one entry for India is enough
  zones.delete('');
  const [india, ...rest] = [...zones];
  select.replaceChildren(
    h('option', { value: 'Asia/Kolkata', text: describeTimeZone('Asia/Kolkata') }),
    ...rest
      .filter((z) => z !== india)
      .sort()
      .map((zone) => h('option', { value: zone, text: zone.replace(/_/g, ' ') })),
  );
  select.value = current === 'Asia/Calcutta' ? 'Asia/Kolkata' : current;
}

/**
 * A verified doctor's name is what patients trust: changing it sends the profile back for verification
 * (functions/accounts/profile.ts updateMe). Say so as soon as the name differs from the saved one.
 */
function warnOnRename(me: Me) {
  const warning = form?.querySelector<HTMLElement>('[data-rename-warning]');
  if (!form || !warning || me.doctorProfile?.verificationStatus !== 'verified') return;
  const update = () => {
    warning.hidden =
      fieldValue(form, 'firstName') === me.firstName && fieldValue(form, 'lastName') === me.lastName;
  };
  for (const name of ['firstName', 'lastName'])
    form.querySelector(`[name="${name}"]`)?.addEventListener('input', update);
}

function fill(me: Me) {
  if (!form) return;
  warnOnRename(me);
  const set = (name: string, value: string) => {
    const el = form.elements.namedItem(name);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = value;
  };
  set('firstName', me.firstName);
  set('lastName', me.lastName);
  set('phone', me.phone);
  set('dateOfBirth', me.dateOfBirth);
  set('address', me.address);
  const email = form.querySelector('[data-email]');
  if (email) email.textContent = me.email;
  form.querySelector<HTMLInputElement>('[name="dateOfBirth"]')?.setAttribute('max', today());
  const select = form.querySelector<HTMLSelectElement>('[name="timeZone"]');
  if (select) fillTimeZones(select, me.timeZone || 'Asia/Kolkata');
}

/** The API's rule for Indian mobile numbers (functions/accounts/schemas.ts `indianPhone`). */
const INDIAN_MOBILE = /^(?:\+91|91|0)?[6-9]\d{9}$/;

if (form) {
  bindForm(form, {
    // Checked here as well as by the API, whose answer for a bad optional field is only "Invalid input".
    validate: () => {
      const phone = fieldValue(form, 'phone').replace(/[\s-]/g, '');
      return phone && !INDIAN_MOBILE.test(phone)
        ? { phone: ['Enter a 10-digit Indian mobile number, e.g. +91 98765 43210.'] }
        : undefined;
    },
    submit: async () => {
      // '' clears an optional field; the API normalises the phone number to +91XXXXXXXXXX.
      await api.patch('/api/me', {
        firstName: fieldValue(form, 'firstName'),
        lastName: fieldValue(form, 'lastName'),
        phone: fieldValue(form, 'phone'),
        dateOfBirth: fieldValue(form, 'dateOfBirth'),
        address: fieldValue(form, 'address'),
        timeZone: fieldValue(form, 'timeZone'),
      });
      window.location.assign('/account/?saved=1');
      return 'navigating';
    },
  });
  protectPage(fill);
}
