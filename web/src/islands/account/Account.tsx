/**
 * /account/: the signed-in user's details, for doctors their doctor profile and verification, the
 * way to a new password, and two-step sign-in (#mfa): the API asks Cognito for a secret for an
 * authenticator app, and a first code from the app turns it on. Admins must have it for the console.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { Form } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Protected, roleName } from '../../components/Protected.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { VerificationBanner } from '../../components/VerificationBanner.tsx';
import { api, errorText } from '../../lib/client.ts';
import { dateTimeFormat, initials, intlLocale, languagesOf, specialtyLabel } from '../../lib/format.ts';
import { formatDateOnly, formatPhone } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { feeText, stateText } from '../../lib/invoice.ts';
import { pageHref } from '../../lib/links.ts';
import { sexName } from '../../lib/person.ts';
import { dashboardPath, type Me } from '../../lib/session.ts';
import { describeTimeZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { CodeField, withEmail } from '../auth/parts.tsx';
import { PhotoCard } from './PhotoEditor.tsx';

const card = 'card p-6 sm:p-8';
const editLink = 'text-sm font-semibold text-brand-700 underline-offset-2 hover:underline';

function Details({
  rows,
  testid,
}: {
  rows: [key: string, label: string, value: string, wide?: boolean][];
  testid: string;
}) {
  return (
    <dl class="mt-5 grid gap-x-8 gap-y-5 sm:grid-cols-2">
      {rows.map(([key, label, value, wide]) => (
        <div key={key} class={`border-t border-slate-100 pt-4 ${wide ? 'sm:col-span-2' : ''}`}>
          <dt class="text-sm text-slate-600">{label}</dt>
          <dd
            class={`mt-1 break-words whitespace-pre-line ${value ? 'font-medium text-slate-900' : 'text-slate-500'}`}
            data-testid={`${testid}-${key}`}
          >
            {value || m.account_not_added()}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Edit" beside a card's heading, naming what it edits for screen readers. */
const EditLink = ({ href, what }: { href: string; what: string }) => (
  <a href={pageHref(href)} class={editLink}>
    {m.account_edit()}
    <span class="sr-only"> {what}</span>
  </a>
);

function TwoStep({ me }: { me: Me }) {
  const [on, setOn] = useState(me.mfaEnabled);
  const [setup, setSetup] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const code = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (setup) code.current?.focus();
  }, [setup]);
  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setSetup(await api.call('startMfaSetup'));
    } catch (err) {
      setStartError(errorText(err));
    } finally {
      setStarting(false);
    }
  };
  const form = useForm({
    submit: async (f) => {
      const { user } = await api.call('finishMfaSetup', { body: { code: fieldValue(f, 'code') } });
      setOn(user.mfaEnabled);
      if (user.mfaEnabled) setSetup(null);
    },
  });
  return (
    <section id="mfa" class={card} aria-labelledby="mfa-heading" data-testid="mfa-section">
      <div class="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="mfa-heading" class="text-lg font-semibold text-slate-900">
            {m.mfa_heading()}
          </h2>
          <p class="mt-1 text-sm text-slate-600" data-testid="mfa-status">
            {on ? m.mfa_on() : me.role === 'admin' ? m.mfa_off_admin() : m.mfa_off()}
          </p>
        </div>
        {!on && (
          <Button
            variant="secondary"
            testid="mfa-setup"
            busy={starting}
            busyLabel={m.checking()}
            onClick={start}
          >
            {m.mfa_set_up()}
          </Button>
        )}
      </div>
      {startError && (
        <Notice tone="error" class="mt-4">
          <p>{startError}</p>
        </Notice>
      )}
      {setup && !on && (
        <div class="mt-6 grid gap-4">
          <p class="text-sm text-slate-700">{m.mfa_add_key()}</p>
          <p
            class="rounded-lg bg-slate-50 p-3 font-mono text-sm break-all text-slate-900"
            data-testid="mfa-secret"
          >
            {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
          </p>
          <p class="text-sm">
            <a class="font-semibold underline" href={setup.otpauthUri} data-testid="mfa-uri">
              {m.mfa_open_app()}
            </a>
          </p>
          <Form form={form} class="grid gap-4 sm:max-w-xs" data-testid="mfa-verify-form">
            <CodeField
              id="mfa-verify-code"
              label={m.mfa_code_from_app()}
              testid="mfa-verify-code"
              missing={m.mfa_code_missing()}
              invalid={m.mfa_code_invalid()}
              error={form.errors.code}
              large={false}
              inputRef={code}
            />
            <Button type="submit" testid="mfa-verify-submit" busy={form.busy} busyLabel={m.checking()}>
              {m.mfa_turn_on()}
            </Button>
          </Form>
        </div>
      )}
    </section>
  );
}

function Page({ me }: { me: Me }) {
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    // The page is drawn after /api/me answers: go to the part the link names (e.g. #mfa) now.
    if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    // Arrived from a save: confirm it once, then drop ?saved=1 so a reload does not repeat it.
    const params = new URLSearchParams(window.location.search);
    if (params.get('saved') !== '1') return;
    setSaved(true);
    params.delete('saved');
    const rest = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`,
    );
  }, []);
  const name = `${me.firstName} ${me.lastName}`;
  const [photo, setPhoto] = useState(me.pictureUrl);
  const since = new Date(me.createdAt);
  const p = me.role === 'doctor' ? me.doctorProfile : undefined;
  return (
    <>
      <section class="hero border-b border-brand-100">
        <div class="container-page flex flex-col gap-6 py-8 sm:flex-row sm:items-center sm:justify-between sm:py-10">
          <div class="flex items-center gap-4">
            {p && photo ? (
              <img
                src={photo}
                alt={m.doctor_name({ name })}
                width={64}
                height={64}
                class="size-16 shrink-0 rounded-full bg-slate-100 object-cover"
                data-testid="account-photo"
              />
            ) : (
              <span
                class="grid size-16 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-600 to-brand-800 text-xl font-semibold text-white"
                aria-hidden="true"
              >
                {initials(name)}
              </span>
            )}
            <div>
              <p class="eyebrow">{m.account_eyebrow()}</p>
              <h1
                class="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl"
                data-testid="account-heading"
              >
                {me.role === 'doctor' ? m.doctor_name({ name }) : name}
              </h1>
              <p class="mt-1 text-sm text-slate-600">
                {Number.isNaN(since.getTime())
                  ? m.account_kind({ role: roleName(me.role) })
                  : m.account_since({
                      role: roleName(me.role),
                      since: dateTimeFormat(intlLocale(), { month: 'long', year: 'numeric' }).format(since),
                    })}
              </p>
            </div>
          </div>
          <div class="flex flex-wrap gap-3">
            <a href={pageHref('/account/edit/')} class="btn-primary" data-testid="edit-profile-link">
              <Icon shape={I.pencil} class="size-4" /> {m.account_edit_profile()}
            </a>
            {p && (
              <a
                href={pageHref('/account/doctor/')}
                class="btn-secondary"
                data-testid="edit-doctor-profile-link"
              >
                <Icon shape={I.stethoscope} class="size-4" /> {m.account_edit_doctor()}
              </a>
            )}
            <a href={pageHref(dashboardPath(me.role))} class="btn-secondary">
              <Icon shape={I.layoutDashboard} class="size-4" /> {m.header_dashboard()}
            </a>
          </div>
        </div>
      </section>
      <div class="container-page grid gap-6 py-8 sm:py-10">
        {saved && (
          <Notice tone="success" testid="saved-notice">
            <p>
              <strong class="font-semibold">{m.account_saved_title()}</strong> {m.account_saved_text()}
            </p>
          </Notice>
        )}
        {p && <VerificationBanner profile={p} />}
        <Card
          id="personal"
          title={m.account_personal()}
          aside={<EditLink href={pageHref('/account/edit/')} what={m.account_personal_what()} />}
          testid="personal-details"
        >
          <Details
            testid="profile"
            rows={[
              ['name', m.account_name(), name],
              ['email', m.profile_email(), me.email],
              ['phone', m.profile_phone(), me.phone ? formatPhone(me.phone) : ''],
              ['address', m.profile_address(), me.address],
              ['state', m.invoice_state_label(), me.state ? stateText(me.state) : ''],
              ['dob', m.profile_dob(), me.dateOfBirth ? formatDateOnly(me.dateOfBirth) : ''],
              ['sex', m.profile_sex(), me.sex ? sexName(me.sex) : ''],
              ['timezone', m.profile_zone(), describeTimeZone(me.timeZone)],
            ]}
          />
        </Card>
        {me.role === 'patient' && (
          <section
            class={`${card} flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between`}
            aria-labelledby="family-heading"
            data-testid="family-card"
          >
            <div>
              <h2 id="family-heading" class="text-lg font-semibold text-slate-900">
                {m.family_title()}
              </h2>
              <p class="mt-1 text-sm text-slate-600">{m.family_card_text()}</p>
            </div>
            <a href={pageHref('/account/family/')} class="btn-secondary" data-testid="family-link">
              {m.family_manage()}
            </a>
          </section>
        )}
        {me.role === 'patient' && (
          <section
            class={`${card} flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between`}
            aria-labelledby="privacy-heading"
            data-testid="privacy-card"
          >
            <div>
              <h2 id="privacy-heading" class="text-lg font-semibold text-slate-900">
                {m.privacy_title()}
              </h2>
              <p class="mt-1 text-sm text-slate-600">{m.privacy_card_text()}</p>
            </div>
            <a href={pageHref('/account/privacy/')} class="btn-secondary" data-testid="privacy-link">
              {m.privacy_manage()}
            </a>
          </section>
        )}
        {p && (
          <PhotoCard
            doctor={{ id: me.id, name: m.doctor_name({ name }), pictureUrl: photo }}
            onChange={setPhoto}
          />
        )}
        {p && (
          <Card
            id="doctor"
            title={m.account_doctor()}
            aside={<EditLink href={pageHref('/account/doctor/')} what={m.account_doctor_what()} />}
            testid="doctor-profile"
          >
            <Details
              testid="doctor"
              rows={[
                [
                  'specialty',
                  m.account_specialty(),
                  p.specialty ? specialtyLabel(p.specialty, p.specialtyName) : '',
                ],
                ['registration', m.account_registration(), p.registrationNumber],
                ['experience', m.doctor_experience_label(), m.account_years({ count: p.experienceYears })],
                ['fee', m.doctor_fee_label(), p.feePaise ? feeText(p.feePaise, p.price) : ''],
                ['languages', m.account_languages(), languagesOf(p.languages)],
                ['education', m.account_education(), p.education],
                ['hospital', m.account_hospital(), p.hospital],
                [
                  'available',
                  m.account_available(),
                  p.available ? m.account_available_yes() : m.account_available_no(),
                ],
                ['bio', m.account_bio(), p.bio, true],
              ]}
            />
          </Card>
        )}
        <section
          class={`${card} flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between`}
          aria-labelledby="security-heading"
        >
          <div>
            <h2 id="security-heading" class="text-lg font-semibold text-slate-900">
              {m.login_password()}
            </h2>
            <p class="mt-1 text-sm text-slate-600">{m.account_password_text()}</p>
          </div>
          <a href={withEmail('/forgot-password/', me.email)} class="btn-secondary">
            {m.reset_submit()}
          </a>
        </section>
        <TwoStep me={me} />
      </div>
    </>
  );
}

export default function Account() {
  return <Protected>{(me) => <Page me={me} />}</Protected>;
}
