/** /register/: create a patient or doctor account, then go and verify the email. */
import { api } from '../lib/api.ts';
import { bindForm, fieldValue } from '../lib/forms.ts';
import { brokenRules, wirePasswordFields } from '../lib/password.ts';

const form = document.querySelector<HTMLFormElement>('#register-form');

function showRole(role: string) {
  const doctor = role === 'doctor';
  const patientAside = document.getElementById('aside-patient');
  const doctorAside = document.getElementById('aside-doctor');
  if (patientAside) patientAside.hidden = doctor;
  if (doctorAside) doctorAside.hidden = !doctor;
  const note = document.getElementById('doctor-note');
  if (note) note.hidden = !doctor;
}

if (form) {
  // Passwords are sent exactly as typed: spaces can be part of one.
  const password = () => form.querySelector<HTMLInputElement>('[name="password"]')?.value ?? '';
  wirePasswordFields(form);

  // /register/?role=doctor (the "Join as a doctor" links) starts with Doctor chosen.
  const wanted = new URLSearchParams(window.location.search).get('role');
  if (wanted === 'doctor' || wanted === 'patient') {
    const radio = form.querySelector<HTMLInputElement>(`input[name="role"][value="${wanted}"]`);
    if (radio) radio.checked = true;
  }
  showRole(fieldValue(form, 'role'));
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'role')
      showRole(event.target.value);
  });

  bindForm(form, {
    validate: () => {
      const broken = brokenRules(password());
      return password() && broken.length ? { password: broken } : undefined;
    },
    submit: async () => {
      const email = fieldValue(form, 'email');
      const body = {
        email,
        password: password(),
        firstName: fieldValue(form, 'firstName'),
        lastName: fieldValue(form, 'lastName'),
        role: fieldValue(form, 'role'),
      };
      const result = await api.post<{ email: string; codeSentTo: string }>('/api/auth/register', body);
      // A known email gets the same answer (its owner is told by email), so this is where everyone goes.
      window.location.assign(`/verify/?email=${encodeURIComponent(result.email)}`);
      return 'navigating';
    },
  });
}
