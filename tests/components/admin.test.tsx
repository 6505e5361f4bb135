/**
 * The admin console's islands in a DOM with the API answered by a stub: routing, the dashboard's
 * chart text, paged lists (Load more, Retry), doctor verification through the one dialog system,
 * the audit log's filters, and reordering services with the keyboard.
 */
import { configure, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { priceWith } from '../../functions/contract/price.ts';
import AdminConsole, { parseHash } from '../../web/src/islands/admin/AdminConsole.tsx';
import { filterErrors, filtersFrom, toQuery } from '../../web/src/islands/admin/Audit.tsx';
import { describeChart, niceMax } from '../../web/src/islands/admin/Dashboard.tsx';
import { fakeApi } from '../helpers/fake-api.ts';

// A busy machine (two cores, several suites) can take more than the default second to render.
configure({ asyncUtilTimeout: 5000 });
const wait = (check: () => void) => vi.waitFor(check, { timeout: 5000 });

const admin = {
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  email: 'admin@x.in',
  firstName: 'Asha',
  lastName: 'Rao',
  role: 'admin',
  timeZone: 'Asia/Kolkata',
  createdAt: '2026-01-01T00:00:00Z',
  mfaEnabled: true,
};
const stats = {
  users: { total: 12, patients: 8, doctors: 3, admins: 1 },
  doctors: { verified: 2, pending: 1, rejected: 0 },
  appointments: {
    today: 2,
    byStatus: { REQUESTED: 1, CONFIRMED: 2, COMPLETED: 3, CANCELLED: 0, NO_SHOW: 0 },
  },
  revenue: { todayPaise: 59_000, monthPaise: 1_180_000 },
  transcriptions: { failed: 2 },
  bookingsPerDay: [
    { date: '2026-03-01', count: 0 },
    { date: '2026-03-02', count: 3 },
    { date: '2026-03-03', count: 1 },
  ],
  asOf: '2026-03-03T10:00:00Z',
};
/** The twin's default: the consultation taxable at 18%, no platform fee. */
const TAXABLE = { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 } as const;

const doctor = (id: string, name: string) => ({
  ...admin,
  id,
  firstName: name,
  lastName: 'Varma',
  role: 'doctor',
  disabled: false,
  doctorProfile: {
    specialty: 'cardiology',
    specialtyName: 'Cardiology',
    registrationNumber: 'KMC/1',
    experienceYears: 4,
    feePaise: 50_000,
    price: priceWith(50_000, TAXABLE),
    taxRules: TAXABLE,
    languages: ['English', 'Kannada'],
    bio: 'Hearts.',
    hospital: '',
    education: '',
    available: true,
    verificationStatus: 'pending',
    verificationNote: null,
  },
});

const api = fakeApi(() => ({
  '/api/me': [{ status: 200, body: { user: admin } }],
  '/api/admin/stats': [{ status: 200, body: stats }],
}));

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const open = async (hash: string) => {
  window.history.replaceState(null, '', `/admin/${hash}`);
  render(<AdminConsole />);
  await screen.findByTestId('admin-console');
};

describe('console logic', () => {
  it('reads a section and its parameters from the address', () => {
    const { section, params } = parseHash('#/doctors?tab=verified');
    expect(section.id).toBe('doctors');
    expect(params.get('tab')).toBe('verified');
    expect(parseHash('#/nope').section.id).toBe('dashboard');
    expect(parseHash('').section.id).toBe('dashboard');
  });

  it('keeps only valid audit filters and says what is wrong with typed ones', () => {
    const f = filtersFrom(
      new URLSearchParams('actorId=nope&subjectId=abc&action=appointment.read&from=2026-03-01&to=x'),
    );
    expect(f).toEqual({
      actorId: '',
      subjectId: 'abc',
      action: 'appointment.read',
      from: '2026-03-01',
      to: '',
    });
    expect(
      Object.keys(filterErrors({ ...f, actorId: 'not-an-id', subjectId: 'has space', to: '2026-02-01' })),
    ).toEqual(['actorId', 'subjectId', 'to']);
    const q = toQuery({ ...f, to: '2026-03-01' });
    expect(q.action).toBe('appointment.read');
    expect(Date.parse(q.to ?? '') - Date.parse(q.from ?? '')).toBe(86_400_000);
  });

  it('describes the bookings chart in words and rounds its axis', () => {
    expect(niceMax(0)).toBe(4);
    expect(niceMax(9)).toBe(20);
    expect(niceMax(37)).toBe(40);
    expect(describeChart(stats.bookingsPerDay)).toBe(
      "3 days from 1 Mar to 3 Mar: 4 bookings in all, most on 2 Mar (3). Every day's number is in the table that follows.",
    );
    expect(describeChart([])).toBe('No data.');
  });
});

describe('AdminConsole', { timeout: 20_000 }, () => {
  it('shows the dashboard, the counts in the navigation and marks the current section', async () => {
    await open('');
    await wait(() => expect(screen.getByTestId('dashboard').getAttribute('data-state')).toBe('ready'));
    expect(within(screen.getByTestId('stat-users')).getByText('12')).toBeTruthy();
    expect(screen.getByTestId('stat-revenue-month').textContent).toContain('₹11,800');
    expect(screen.getByTestId('bookings-table').querySelectorAll('tbody tr')).toHaveLength(3);
    expect(screen.getByTestId('nav-count-transcriptions').textContent).toBe('2 failed');
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
  });

  it('tells an admin without two-step sign-in to turn it on once the API asks for it', async () => {
    api.answers['/api/admin/stats'] = [
      { status: 403, body: { error: { code: 'mfa_required', message: 'Turn on two-step sign-in.' } } },
    ];
    await open('#/users');
    await screen.findByTestId('admin-mfa-required');
    expect(screen.getByTestId('admin-mfa-required').querySelector('a')?.getAttribute('href')).toBe(
      '/account/#mfa',
    );
    expect(screen.queryByTestId('view-title')).toBeNull();
  });

  it('verifies a doctor after confirming, and will not reject one without a reason', async () => {
    api.answers['/api/admin/users'] = [
      { status: 200, body: { users: [doctor('d1', 'Nila'), doctor('d2', 'Ira')], nextCursor: null } },
    ];
    api.answers['POST /api/admin/doctors/d1/verification'] = [
      { status: 200, body: { doctorId: 'd1', verificationStatus: 'verified' } },
    ];
    await open('#/doctors');
    await screen.findAllByTestId('doctor-row');
    expect(api.calls.find((c) => c.path === '/api/admin/users')?.query.get('directory')).toBe(
      'doctor-pending',
    );
    const [first, second] = screen.getAllByTestId('doctor-row');
    expect(within(first as HTMLElement).getByTestId('doctor-fee').textContent).toBe(
      '₹500 per consultation; patients pay ₹590 with GST',
    );
    expect(within(first as HTMLElement).getByTestId('doctor-languages').textContent).toBe(
      'English and Kannada',
    );

    fireEvent.click(within(second as HTMLElement).getByTestId('reject-doctor'));
    const reject = await screen.findByTestId('reject-dialog');
    fireEvent.click(within(reject).getByTestId('reject-dialog-confirm'));
    expect(reject.querySelector('[data-error-for="reason"]')?.hasAttribute('hidden')).toBe(false);
    expect(screen.getByTestId('reject-dialog-text').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(reject).getByTestId('reject-dialog-cancel'));
    expect(screen.queryByTestId('reject-dialog')).toBeNull();

    fireEvent.click(within(first as HTMLElement).getByTestId('verify-doctor'));
    const verify = await screen.findByTestId('verify-dialog');
    expect(verify.textContent).toContain('KMC/1');
    fireEvent.click(within(verify).getByTestId('verify-dialog-confirm'));
    await wait(() => expect(screen.getAllByTestId('doctor-row')).toHaveLength(1));
    expect(api.calls.filter((c) => c.path.endsWith('/verification')).map((c) => c.body)).toEqual([
      { decision: 'verify' },
    ]);
    expect(screen.getByTestId('toast').textContent).toContain('Dr. Nila Varma is verified');
  });

  it('pages a list with Load more and recovers from an error with Retry', async () => {
    api.answers['/api/admin/users'] = [
      { status: 503, body: { error: { code: 'unavailable', message: 'Try again shortly.' } } },
      { status: 200, body: { users: [doctor('u1', 'A')], nextCursor: 'c1' } },
      { status: 200, body: { users: [doctor('u2', 'B')], nextCursor: 'c2' } },
    ];
    await open('#/users');
    const error = await screen.findByTestId('error-state');
    expect(error.textContent).toContain('Try again shortly.');
    fireEvent.click(within(error).getByTestId('retry'));
    await screen.findByTestId('user-row');
    fireEvent.click(screen.getByTestId('load-more'));
    await wait(() => expect(screen.getAllByTestId('user-row')).toHaveLength(2));
    expect(
      api.calls
        .filter((c) => c.path === '/api/admin/users')
        .at(-1)
        ?.query.get('cursor'),
    ).toBe('c1');
    expect(within(screen.getByTestId('users-list')).getByRole('status').textContent).toBe(
      'Loaded 1 account; 2 shown.',
    );
  });

  it('filters the audit log through the address and refuses a malformed id before asking', async () => {
    api.answers['/api/admin/audit'] = [{ status: 200, body: { events: [], nextCursor: null } }];
    await open('#/audit');
    await screen.findByTestId('audit-empty');
    expect(screen.getByTestId('audit-empty').textContent).toContain('Nothing recorded yet');
    const asked = api.calls.filter((c) => c.path === '/api/admin/audit').length;
    fireEvent.input(screen.getByTestId('audit-actor'), { target: { value: 'not-an-id' } });
    fireEvent.submit(screen.getByTestId('audit-form'));
    await wait(() =>
      expect(document.querySelector('[data-error-for="actorId"]')?.hasAttribute('hidden')).toBe(false),
    );
    expect(api.calls.filter((c) => c.path === '/api/admin/audit')).toHaveLength(asked);

    fireEvent.input(screen.getByTestId('audit-actor'), { target: { value: '' } });
    fireEvent.input(screen.getByTestId('audit-subject'), { target: { value: 'appt-1' } });
    fireEvent.submit(screen.getByTestId('audit-form'));
    await wait(() => expect(api.calls.filter((c) => c.path === '/api/admin/audit')).toHaveLength(asked + 1));
    expect(api.calls.at(-1)?.query.get('subjectId')).toBe('appt-1');
    expect(window.location.hash).toBe('#/audit?subjectId=appt-1');
    expect(screen.getByTestId('audit-export').getAttribute('href')).toBe(
      '/api/admin/audit.csv?subjectId=appt-1',
    );
    await screen.findByText('No events match these filters');
  });

  it('reorders services with Move buttons, keeping focus on the moved one, and discards', async () => {
    const service = (id: string, name: string) => ({
      id,
      name,
      description: 'd',
      icon: 'heart',
      displayOrder: 1,
      active: true,
    });
    api.answers['/api/admin/services'] = [
      {
        status: 200,
        body: { services: [service('s1', 'Heart'), service('s2', 'Skin'), service('s3', 'Eyes')] },
      },
    ];
    await open('#/content');
    await screen.findByTestId('services-list-items');
    const names = () => screen.getAllByTestId('service-name').map((n) => n.textContent);
    fireEvent.click(screen.getAllByTestId('move-down')[0] as HTMLElement);
    expect(names()).toEqual(['Skin', 'Heart', 'Eyes']);
    expect(screen.getByTestId('order-bar')).toBeTruthy();
    expect(screen.getAllByTestId('move-up')[0]?.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('discard-order'));
    expect(names()).toEqual(['Heart', 'Skin', 'Eyes']);
    expect(screen.queryByTestId('order-bar')).toBeNull();
  });
});

describe('people and stories', { timeout: 20_000 }, () => {
  const verified = () => {
    const d = doctor('d9', 'Farah');
    return { ...d, featured: false, doctorProfile: { ...d.doctorProfile, verificationStatus: 'verified' } };
  };

  it('finds accounts by what is typed (paged like the lists) and says when nobody matches', async () => {
    api.answers['/api/admin/users'] = [{ status: 200, body: { users: [], nextCursor: null } }];
    api.answers['/api/admin/user-search'] = [
      { status: 200, body: { users: [verified()], nextCursor: 'c1' } },
      { status: 200, body: { users: [], nextCursor: null } },
    ];
    await open('#/users');
    await screen.findByTestId('users-list');
    fireEvent.input(screen.getByTestId('user-search-input'), { target: { value: ' farah ' } });
    fireEvent.submit(screen.getByTestId('user-search'));
    await screen.findByTestId('user-row');
    expect(api.calls.find((c) => c.path === '/api/admin/user-search')?.query.get('q')).toBe('farah');
    expect(window.location.hash).toBe('#/users?q=farah');
    // The directory choice is hidden while searching; Load more asks for the next page of the search.
    expect(screen.queryByTestId('directory-select')).toBeNull();
    fireEvent.click(screen.getByTestId('load-more'));
    await wait(() =>
      expect(
        api.calls
          .filter((c) => c.path === '/api/admin/user-search')
          .at(-1)
          ?.query.get('cursor'),
      ).toBe('c1'),
    );

    api.answers['/api/admin/user-search'] = [{ status: 200, body: { users: [], nextCursor: null } }];
    fireEvent.input(screen.getByTestId('user-search-input'), { target: { value: 'nobody' } });
    fireEvent.submit(screen.getByTestId('user-search'));
    await screen.findByText('No account found');
    fireEvent.click(screen.getByTestId('user-search-clear'));
    await screen.findByTestId('directory-select');
    expect(window.location.hash).toBe('#/users');
  });

  it('features a verified doctor after confirming, and edits only the fields that changed', async () => {
    api.answers['/api/admin/users'] = [{ status: 200, body: { users: [verified()], nextCursor: null } }];
    api.answers['/api/admin/users/d9'] = [
      { status: 200, body: { user: verified(), futureAppointments: [] } },
    ];
    api.answers['POST /api/admin/doctors/d9/featured'] = [
      { status: 200, body: { doctorId: 'd9', featured: true } },
    ];
    api.answers['PATCH /api/admin/users/d9'] = [
      {
        status: 200,
        body: { user: { ...verified(), featured: true, firstName: 'Farida' }, changed: ['firstName'] },
      },
    ];
    await open('#/users');
    fireEvent.click(await screen.findByTestId('user-details'));
    const drawer = await screen.findByTestId('user-drawer');
    fireEvent.click(await within(drawer).findByTestId('feature-doctor'));
    const dialog = await screen.findByTestId('feature-doctor-dialog');
    expect(api.calls.some((c) => c.path.endsWith('/featured'))).toBe(false);
    fireEvent.click(within(dialog).getByTestId('feature-doctor-dialog-confirm'));
    await within(drawer).findByTestId('unfeature-doctor');
    expect(api.calls.filter((c) => c.path.endsWith('/featured')).map((c) => c.body)).toEqual([
      { featured: true },
    ]);
    expect(within(drawer).getByTestId('featured-badge')).toBeTruthy();

    fireEvent.click(within(drawer).getByTestId('edit-profile'));
    fireEvent.input(await within(drawer).findByTestId('edit-firstName'), { target: { value: 'Farida' } });
    fireEvent.submit(within(drawer).getByTestId('profile-editor'));
    await wait(() => expect(within(drawer).getByTestId('drawer-name').textContent).toContain('Farida'));
    expect(api.calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { firstName: 'Farida' },
    ]);
    expect(screen.getAllByTestId('toast').at(-1)?.textContent).toContain('Saved 1 change');
  });

  it('will not offer featuring for a doctor who is not verified', async () => {
    api.answers['/api/admin/users'] = [
      { status: 200, body: { users: [doctor('d1', 'Nila')], nextCursor: null } },
    ];
    api.answers['/api/admin/users/d1'] = [
      { status: 200, body: { user: { ...doctor('d1', 'Nila'), featured: false }, futureAppointments: [] } },
    ];
    await open('#/users');
    fireEvent.click(await screen.findByTestId('user-details'));
    const drawer = await screen.findByTestId('user-drawer');
    await within(drawer).findByTestId('feature-unavailable');
    expect(within(drawer).queryByTestId('feature-doctor')).toBeNull();
  });

  it('adds a story: refuses a non-https image before asking, then adds it approved', async () => {
    api.answers['/api/admin/testimonials'] = [{ status: 200, body: { testimonials: [] } }];
    api.answers['POST /api/admin/testimonials'] = [
      {
        status: 201,
        body: {
          testimonial: {
            id: 't1',
            name: 'Ravi K.',
            content: 'Kind and clear advice.',
            rating: 5,
            approved: true,
            featured: false,
            createdAt: '2026-03-03T10:00:00Z',
            updatedAt: '2026-03-03T10:00:00Z',
          },
        },
      },
    ];
    await open('#/content?tab=stories');
    fireEvent.click(await screen.findByTestId('add-story'));
    const form = await screen.findByTestId('story-form');
    fireEvent.input(within(form).getByTestId('story-name'), { target: { value: 'Ravi K.' } });
    fireEvent.input(within(form).getByTestId('story-content'), {
      target: { value: 'Kind and clear advice.' },
    });
    fireEvent.input(within(form).getByTestId('story-image'), { target: { value: 'http://x.org/a.jpg' } });
    fireEvent.submit(form);
    await wait(() =>
      expect(form.querySelector('[data-error-for="imageUrl"]')?.hasAttribute('hidden')).toBe(false),
    );
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/admin/testimonials')).toBe(false);

    fireEvent.input(within(form).getByTestId('story-image'), { target: { value: '' } });
    fireEvent.submit(form);
    await wait(() => expect(screen.queryByTestId('story-form')).toBeNull());
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { name: 'Ravi K.', content: 'Kind and clear advice.', rating: 5, featured: false },
    ]);
    expect(screen.getByTestId('toast').textContent).toContain('Ravi K.');
  });
});
