/**
 * Doctors: the verification queue (pending) with everything needed to check a registration, and the
 * verified and rejected lists. Verify asks for confirmation; reject (or revoke) needs a reason, which is
 * emailed to the doctor.
 */
import { type AdminUser, adminApi } from '../../lib/admin-api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatInr, listOf } from '../../lib/format.ts';
import { iconSvg } from '../../lib/icons.ts';
import { avatar, missingDoctorDetails } from '../../lib/profile-ui.ts';
import type { VerificationStatus } from '../../lib/session.ts';
import { emptyState } from '../../lib/states.ts';
import type { ViewContext } from './console.ts';
import {
  badge,
  button,
  confirmAction,
  dateOf,
  details,
  nextId,
  notify,
  type PagedList,
  pagedList,
  row,
  statusBadge,
  tabs,
  viewHeader,
} from './ui.ts';
import { fullName, openUserDrawer } from './users.ts';

/** The verification statuses, and disabled doctors (out of every other list until enabled again). */
type DoctorTab = VerificationStatus | 'disabled';

const TABS: { value: DoctorTab; label: string }[] = [
  { value: 'pending', label: 'Verification queue' },
  { value: 'verified', label: 'Verified' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'disabled', label: 'Disabled' },
];

const EMPTY: Record<DoctorTab, [string, string, string]> = {
  pending: [
    'badge-check',
    'The queue is empty',
    'New doctors appear here when they register. Nobody is waiting.',
  ],
  verified: ['stethoscope', 'No verified doctors yet', 'Doctors you verify are listed here.'],
  rejected: ['x-circle', 'No rejected doctors', 'Doctors whose registration you reject are listed here.'],
  disabled: ['lock', 'No disabled doctors', 'Doctors whose accounts are disabled are listed here.'],
};

async function verify(ctx: ViewContext, u: AdminUser, li: HTMLElement, list: PagedList<AdminUser>) {
  const name = fullName(u);
  const ok = await confirmAction({
    title: `Verify ${name}?`,
    testid: 'verify-dialog',
    body: [
      h('p', {
        text: `Check registration number ${u.doctorProfile?.registrationNumber || '(none given)'} against the medical council's register first.`,
      }),
      h('p', {
        text: 'Once verified they appear in search, patients can book them, and we email them to say so.',
      }),
    ],
    confirmLabel: 'Verify doctor',
    busyLabel: 'Verifying…',
    run: async () => {
      await adminApi.decide(u.id, 'verify');
    },
  });
  if (!ok) return;
  list.remove(li, `${name} verified.`);
  notify(`${name} is verified and now appears in search.`);
  ctx.refreshCounts();
}

async function reject(ctx: ViewContext, u: AdminUser, li: HTMLElement, list: PagedList<AdminUser>) {
  const name = fullName(u);
  const revoking = u.doctorProfile?.verificationStatus === 'verified';
  const ok = await confirmAction({
    title: revoking ? `Revoke ${name}'s verification?` : `Reject ${name}?`,
    testid: 'reject-dialog',
    danger: true,
    body: [
      h('p', {
        text: revoking
          ? 'They leave search at once and cannot take new bookings. Existing appointments are not cancelled.'
          : 'They stay out of search until their registration is verified.',
      }),
      h('p', {
        text: 'Your reason is emailed to the doctor, so write it for them: what is wrong and what to fix.',
      }),
    ],
    reason: {
      label: 'Reason for the doctor',
      hint: 'For example: the registration number does not match the council register.',
      missing: 'Give the doctor a reason (at least a few words).',
      minLength: 5,
    },
    confirmLabel: revoking ? 'Revoke and email doctor' : 'Reject and email doctor',
    busyLabel: 'Sending…',
    run: async (reason) => {
      await adminApi.decide(u.id, 'reject', reason);
    },
  });
  if (!ok) return;
  list.remove(li, `${name} ${revoking ? 'is no longer verified' : 'rejected'}.`);
  notify(`${name} ${revoking ? 'is no longer verified' : 'was rejected'}; the reason is on its way to them.`);
  ctx.refreshCounts();
}

function doctorRow(ctx: ViewContext, u: AdminUser, list: PagedList<AdminUser>): HTMLLIElement {
  const p = u.doctorProfile;
  const name = fullName(u);
  const headingId = nextId('doctor');
  const missing = p ? missingDoctorDetails(p) : ['doctor profile'];
  const status = p?.verificationStatus ?? 'pending';
  const actions = h('div', { class: 'flex flex-wrap gap-2' });
  const li = row(
    'doctor-row',
    { userId: u.id, status },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h(
        'div',
        { class: 'flex items-start gap-4' },
        avatar(u, 'size-12 text-base'),
        h(
          'div',
          { class: 'min-w-0 flex-1' },
          h(
            'div',
            { class: 'flex flex-wrap items-center gap-x-3 gap-y-1' },
            h('h2', {
              id: headingId,
              class: 'text-base font-semibold text-slate-900',
              text: name,
              dataset: { testid: 'doctor-name' },
            }),
            statusBadge(status),
            u.disabled ? badge('Disabled', 'red') : null,
          ),
          h('p', {
            class: 'mt-0.5 text-sm break-all text-slate-600',
            text: `${u.email} · registered ${dateOf(u.createdAt)}`,
          }),
        ),
      ),
      h(
        'div',
        { class: 'mt-4 rounded-xl bg-slate-50/80 p-4' },
        details(
          [
            ['Registration number', p?.registrationNumber ?? '', 'doctor-registration'],
            ['Specialty', p?.specialtyName ?? '', 'doctor-specialty'],
            ['Experience', p?.experienceYears ? `${p.experienceYears} years` : ''],
            ['Fee', p?.feePaise ? `${formatInr(p.feePaise)} + GST` : '', 'doctor-fee'],
            ['Languages', p?.languages.length ? listOf(p.languages) : '', 'doctor-languages'],
            ['Hospital or clinic', p?.hospital ?? ''],
          ],
          2,
        ),
        p?.education
          ? h(
              'p',
              { class: 'mt-3 text-sm text-slate-700' },
              h('span', { class: 'text-slate-500', text: 'Education: ' }),
              p.education,
            )
          : null,
        h(
          'div',
          { class: 'mt-3 border-t border-slate-200/70 pt-3' },
          h('p', { class: 'text-sm text-slate-500', text: 'Bio' }),
          p?.bio
            ? h('p', {
                class: 'mt-0.5 text-sm leading-6 whitespace-pre-line text-slate-800',
                text: p.bio,
                dataset: { testid: 'doctor-bio' },
              })
            : h('p', { class: 'mt-0.5 text-sm text-slate-500 italic', text: 'Not given' }),
        ),
      ),
      status !== 'verified' && missing.length
        ? h(
            'p',
            {
              class:
                'mt-3 flex gap-2 rounded-xl border border-accent-300 bg-accent-50 p-3 text-sm text-accent-900',
              dataset: { testid: 'doctor-incomplete' },
            },
            iconSvg('alert-triangle', 'mt-0.5 size-4 shrink-0 text-accent-700'),
            `Cannot be verified yet: the doctor has not given their ${listOf(missing)}.`,
          )
        : null,
      status === 'rejected' && p?.verificationNote
        ? h(
            'p',
            { class: 'mt-3 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900' },
            h('span', { class: 'font-semibold', text: 'Reason given: ' }),
            p.verificationNote,
          )
        : null,
      // Back in the queue after a change (a new name or registration number): the note says what changed.
      status === 'pending' && p?.verificationNote
        ? h(
            'p',
            {
              class: 'mt-3 rounded-xl border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900',
              dataset: { testid: 'doctor-change-note' },
            },
            h('span', { class: 'font-semibold', text: 'Changed since the last check: ' }),
            p.verificationNote,
          )
        : null,
      h('div', { class: 'mt-4 flex flex-wrap items-center justify-between gap-3' }, actions),
    ),
  );
  const more = button('Account', {
    variant: 'ghost',
    small: true,
    icon: 'user',
    srSuffix: `details of ${name}`,
    testid: 'doctor-account',
    onClick: () => void openUserDrawer(ctx, u.id),
  });
  if (u.disabled) {
    // Disabled: decisions wait until the account is enabled again (from the account drawer).
    actions.append(more);
  } else if (status === 'verified') {
    actions.append(
      button('Revoke verification', {
        variant: 'danger-ghost',
        small: true,
        srSuffix: `of ${name}`,
        testid: 'revoke-doctor',
        onClick: () => void reject(ctx, u, li, list),
      }),
      more,
    );
  } else {
    const verifyButton = button('Verify', {
      variant: 'primary',
      small: true,
      icon: 'badge-check',
      srSuffix: name,
      testid: 'verify-doctor',
      onClick: () => void verify(ctx, u, li, list),
    });
    actions.append(verifyButton);
    if (status === 'pending')
      actions.append(
        button('Reject', {
          variant: 'danger-ghost',
          small: true,
          srSuffix: name,
          testid: 'reject-doctor',
          onClick: () => void reject(ctx, u, li, list),
        }),
      );
    actions.append(more);
  }
  return li;
}

export function doctorsView(ctx: ViewContext) {
  const initial = ctx.params.get('tab') as DoctorTab | null;
  const start = TABS.some((t) => t.value === initial) ? (initial as DoctorTab) : 'pending';
  const panel = h('div');
  const t = tabs<DoctorTab>({
    label: 'Doctors by verification status',
    options: TABS,
    value: start,
    testid: 'doctor-tabs',
    onChange: (value) => {
      ctx.setParams({ tab: value === 'pending' ? null : value });
      load(value);
    },
  });
  const tabpanel = t.panel(panel);
  ctx.root.append(
    viewHeader(
      'Doctors',
      'Check each registration before verifying: verified doctors appear in search and can be booked.',
    ),
    h('div', { class: 'mt-6' }, t.el, tabpanel),
  );

  const load = (status: DoctorTab) => {
    const list: PagedList<AdminUser> = pagedList<AdminUser>({
      testid: 'admin-doctors',
      noun: ['doctor', 'doctors'],
      signal: ctx.signal,
      tall: true,
      fetch: async (cursor, signal) => {
        const page = await adminApi.users(`doctor-${status}`, cursor, { signal });
        return { items: page.users, nextCursor: page.nextCursor };
      },
      render: (u, l) => doctorRow(ctx, u, l),
      empty: () => {
        const [icon, title, text] = EMPTY[status];
        return emptyState({ icon, title, text, testid: 'doctors-empty' });
      },
    });
    replaceChildren(panel, list.el);
    void list.reload();
  };
  load(start);
}
