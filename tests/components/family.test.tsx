/**
 * The family page and the booking form's choice of who is treated (issue 17), in a DOM with the API
 * answered by a stub: the requests they send, the fields they ask for, and how they phrase refusals.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TELECONSULTATION_TERMS_VERSION } from '../../functions/contract/api.ts';
import Family from '../../web/src/islands/account/Family.tsx';
import { BookForm } from '../../web/src/islands/doctor/BookForm.tsx';
import type { Me } from '../../web/src/lib/session.ts';
import { fakeApi } from '../helpers/fake-api.ts';

const api = fakeApi();

const me: Me = {
  id: 'u1',
  email: 'sunita@example.com',
  firstName: 'Sunita',
  lastName: 'Mehta',
  role: 'patient',
  phone: '',
  address: '',
  state: '',
  dateOfBirth: '',
  sex: '',
  pictureUrl: '',
  timeZone: 'Asia/Kolkata',
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  mfaEnabled: false,
  reminders: { email: true, sms: true },
};
const child = {
  id: '01JDEPENDANT0000000000000A',
  name: 'आरव मेहता',
  dateOfBirth: '2019-01-10',
  sex: 'male',
  relationship: 'child',
  createdAt: '2026-01-02T00:00:00.000Z',
};
const slot = {
  id: 'doc_1',
  startAt: '2026-06-01T04:30:00.000Z',
  endAt: '2026-06-01T05:00:00.000Z',
  localDate: '2026-06-01',
  timeZone: 'Asia/Kolkata',
};

beforeEach(() => {
  vi.stubGlobal('location', { ...window.location, assign: vi.fn(), search: '', pathname: '/' });
});

const { sent } = api;

function renderForm(viewer: Me = me) {
  const onSlotLost = vi.fn();
  render(
    <BookForm
      slot={slot}
      me={viewer}
      reasonRef={{ current: null }}
      backHere={() => '/'}
      onSlotLost={onSlotLost}
    />,
  );
  return onSlotLost;
}

describe('BookForm', () => {
  it('books for a family member with the consent tick: dependantId and the terms version are sent', async () => {
    api.answers['GET /api/me/dependants'] = [{ status: 200, body: { dependants: [child] } }];
    api.answers['POST /api/appointments'] = [{ status: 201, body: { appointment: { id: 'a1' } } }];
    renderForm();
    await vi.waitFor(() => expect(screen.getAllByTestId('book-for-option')).toHaveLength(2));
    const [self, theChild] = screen.getAllByTestId('book-for-option');
    expect(self!.textContent).toBe('Myself (Sunita Mehta)');
    // Seven years old on the day of the consultation.
    expect(theChild!.textContent).toBe('आरव मेहताChild · 7 years · Male');
    // Her own profile lacks date of birth and sex: asked for while booking for herself only.
    expect(screen.queryByTestId('book-self-details')).not.toBeNull();
    fireEvent.click(theChild!.querySelector('input')!);
    await vi.waitFor(() => expect(screen.queryByTestId('book-self-details')).toBeNull());
    fireEvent.input(screen.getByTestId('reason'), { target: { value: 'Fever for two days' } });
    fireEvent.click(screen.getByTestId('book-consent').querySelector('input')!);
    fireEvent.submit(screen.getByTestId('book-form'));
    await vi.waitFor(() => expect(sent('POST', '/api/appointments')).toHaveLength(1));
    expect(sent('POST', '/api/appointments')[0]!.body).toEqual({
      slotId: 'doc_1',
      reason: 'Fever for two days',
      dependantId: child.id,
      consent: { termsVersion: TELECONSULTATION_TERMS_VERSION },
    });
    expect(sent('PATCH', '/api/me')).toEqual([]);
    await vi.waitFor(() =>
      expect(window.location.assign).toHaveBeenCalledWith('/appointments/view/?id=a1&booked=1'),
    );
  });

  it('for oneself: the missing date of birth and sex are required, saved to the profile, then the booking (no tick: no consent field)', async () => {
    api.answers['GET /api/me/dependants'] = [{ status: 200, body: { dependants: [] } }];
    api.answers['PATCH /api/me'] = [
      { status: 200, body: { user: { ...me, dateOfBirth: '1984-11-30', sex: 'female' } } },
    ];
    api.answers['POST /api/appointments'] = [{ status: 201, body: { appointment: { id: 'a2' } } }];
    renderForm();
    await screen.findByTestId('book-self-details');
    fireEvent.input(screen.getByTestId('reason'), { target: { value: 'Back pain' } });
    fireEvent.submit(screen.getByTestId('book-form'));
    await vi.waitFor(() =>
      expect(document.querySelector('[data-error-for="dateOfBirth"]')?.textContent).toBe(
        'Enter the date of birth.',
      ),
    );
    expect(document.querySelector('[data-error-for="sex"]')?.textContent).toBe('Choose the sex.');
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);

    fireEvent.input(screen.getByTestId('book-date-of-birth'), { target: { value: '1984-11-30' } });
    fireEvent.change(screen.getByTestId('book-sex'), { target: { value: 'female' } });
    fireEvent.submit(screen.getByTestId('book-form'));
    await vi.waitFor(() => expect(sent('POST', '/api/appointments')).toHaveLength(1));
    expect(sent('PATCH', '/api/me')[0]!.body).toEqual({ dateOfBirth: '1984-11-30', sex: 'female' });
    expect(sent('POST', '/api/appointments')[0]!.body).toEqual({ slotId: 'doc_1', reason: 'Back pain' });
  });

  it('phrases the under-18 refusal in the page language', async () => {
    api.answers['GET /api/me/dependants'] = [{ status: 200, body: { dependants: [] } }];
    api.answers['POST /api/appointments'] = [
      { status: 422, body: { error: { code: 'patient_under_18', message: 'English fallback' } } },
    ];
    renderForm({ ...me, dateOfBirth: '2012-01-01', sex: 'female' });
    fireEvent.input(await screen.findByTestId('reason'), { target: { value: 'Sore throat' } });
    fireEvent.submit(screen.getByTestId('book-form'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toContain('booked by a parent or guardian'),
    );
  });
});

describe('Family', () => {
  beforeEach(() => {
    api.answers['GET /api/me'] = [{ status: 200, body: { user: me } }];
  });

  it('lists the family, adds one (required fields asked for), and says when the list is full', async () => {
    api.answers['GET /api/me/dependants'] = [
      { status: 200, body: { dependants: [child] } },
      {
        status: 200,
        body: { dependants: [child, { ...child, id: '01JDEPENDANT0000000000000B', name: 'Kamla' }] },
      },
    ];
    api.answers['POST /api/me/dependants'] = [
      { status: 201, body: { dependant: { ...child, id: '01JDEPENDANT0000000000000B', name: 'Kamla' } } },
    ];
    render(<Family />);
    await screen.findByTestId('family-member');
    expect(screen.getByTestId('member-name-text').textContent).toBe('आरव मेहता');
    fireEvent.click(screen.getByTestId('family-add'));
    fireEvent.submit(await screen.findByTestId('family-form'));
    await vi.waitFor(() =>
      expect(document.querySelector('[data-error-for="name"]')?.textContent).toBe('Enter their name.'),
    );
    expect(sent('POST', '/api/me/dependants')).toEqual([]);
    fireEvent.input(screen.getByTestId('member-name'), { target: { value: 'Kamla' } });
    fireEvent.input(screen.getByTestId('member-date-of-birth'), { target: { value: '1950-03-02' } });
    fireEvent.change(screen.getByTestId('member-sex'), { target: { value: 'female' } });
    fireEvent.change(screen.getByTestId('member-relationship'), { target: { value: 'parent' } });
    fireEvent.submit(screen.getByTestId('family-form'));
    await screen.findByTestId('family-notice');
    expect(sent('POST', '/api/me/dependants')[0]!.body).toEqual({
      name: 'Kamla',
      dateOfBirth: '1950-03-02',
      sex: 'female',
      relationship: 'parent',
    });
    await vi.waitFor(() => expect(screen.getAllByTestId('family-member')).toHaveLength(2));
  });

  it('phrases the cap refusal', async () => {
    api.answers['GET /api/me/dependants'] = [{ status: 200, body: { dependants: [] } }];
    api.answers['POST /api/me/dependants'] = [
      { status: 409, body: { error: { code: 'too_many_dependants', message: 'x', params: { max: 10 } } } },
    ];
    render(<Family />);
    fireEvent.click(await screen.findByTestId('family-add'));
    fireEvent.input(await screen.findByTestId('member-name'), { target: { value: 'Kamla' } });
    fireEvent.input(screen.getByTestId('member-date-of-birth'), { target: { value: '1950-03-02' } });
    fireEvent.change(screen.getByTestId('member-sex'), { target: { value: 'female' } });
    fireEvent.change(screen.getByTestId('member-relationship'), { target: { value: 'parent' } });
    fireEvent.submit(screen.getByTestId('family-form'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toContain(
        'You can keep at most 10 family members',
      ),
    );
  });
});
