/** Ratings in a DOM: the summary's Intl average, the star radio group by keyboard, and "Rate your visit" against a stubbed API. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RatingSummary } from '../../web/src/components/Rating.tsx';
import { StarPicker } from '../../web/src/components/StarPicker.tsx';
import { RateVisit } from '../../web/src/islands/appointment/RateVisit.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let calls: { method: string; path: string; body: unknown }[];
let answers: Record<string, unknown>;

beforeEach(() => {
  calls = [];
  answers = {};
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const path = new URL(input, 'http://localhost').pathname;
      const method = init?.method ?? 'GET';
      calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = answers[`${method} ${path}`];
      return answer ? json(200, answer) : json(404, { error: { code: 'not_found', message: 'Not found' } });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RatingSummary', () => {
  it('shows the average with one decimal and the count, or that there are none yet', () => {
    const { rerender } = render(<RatingSummary average={4.25} count={12} />);
    expect(screen.getByTestId('rating-average').textContent).toBe('4.3 out of 5');
    expect(screen.getByTestId('rating-count').textContent).toBe('12 ratings');
    rerender(<RatingSummary average={5} count={1} />);
    expect(screen.getByTestId('rating-average').textContent).toBe('5.0 out of 5');
    expect(screen.getByTestId('rating-count').textContent).toBe('1 rating');
    rerender(<RatingSummary average={null} count={0} />);
    expect(screen.queryByTestId('rating-average')).toBeNull();
    expect(screen.getByTestId('rating-count').textContent).toBe('No ratings yet');
  });
});

describe('StarPicker', () => {
  function Harness() {
    const [value, setValue] = useState(0);
    return (
      <StarPicker name="stars" legend="Your stars" value={value} onChange={setValue} missingText="Choose" />
    );
  }

  it('is a radio group with a legend; each star is a labelled radio and a choice shows its word', () => {
    render(<Harness />);
    expect(screen.getByRole('group', { name: 'Your stars' })).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(screen.getByRole('radio', { name: '4 stars, Very good' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '3 stars, Good' }));
    expect((screen.getByTestId('stars-3') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('stars-word').textContent).toBe('Good');
    // Keyboard: the browser moves the checked radio with the arrow keys and fires change on it.
    fireEvent.change(screen.getByTestId('stars-4'), { target: { checked: true } });
    fireEvent.click(screen.getByTestId('stars-4'));
    expect(screen.getByTestId('stars-word').textContent).toBe('Very good');
  });
});

describe('RateVisit', () => {
  const id = '6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
  const path = `/api/appointments/${id}/rating`;

  it('asks for stars, sends them with the comment, and then says until when it can be changed', async () => {
    answers[`GET ${path}`] = { rating: null, canRate: true };
    answers[`PUT ${path}`] = {
      canRate: true,
      rating: {
        id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
        stars: 4,
        comment: 'Very patient.',
        moderation: 'pending',
        ratedAt: '2026-12-01T10:00:00.000Z',
        editableUntil: '2026-12-08T10:00:00.000Z',
        editable: true,
        reply: null,
      },
    };
    render(<RateVisit appointmentId={id} doctorName="Dr. Anita Sharma" />);
    const form = await screen.findByTestId('rate-form');
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('stars-1').getAttribute('aria-invalid')).toBe('true'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('stars-4'));
    fireEvent.input(screen.getByTestId('rate-comment'), { target: { value: 'Very patient.' } });
    fireEvent.submit(form);
    await screen.findByTestId('rate-saved');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ stars: 4, comment: 'Very patient.' });
    expect(screen.getByTestId('rate-edit-until').textContent).toContain(
      'Your comment is waiting for review.',
    );
  });

  it('shows a locked rating without a form, and nothing for a visit that cannot be rated', async () => {
    answers[`GET ${path}`] = {
      canRate: false,
      rating: {
        id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
        stars: 2,
        comment: null,
        moderation: 'none',
        ratedAt: '2026-11-01T10:00:00.000Z',
        editableUntil: '2026-11-08T10:00:00.000Z',
        editable: false,
        reply: null,
      },
    };
    const { unmount } = render(<RateVisit appointmentId={id} doctorName="Dr. Anita Sharma" />);
    expect((await screen.findByTestId('rate-locked')).textContent).toContain('Your rating: 2 out of 5');
    expect(screen.queryByTestId('rate-form')).toBeNull();
    unmount();
    answers[`GET ${path}`] = { canRate: false, rating: null };
    render(<RateVisit appointmentId={id} doctorName="Dr. Anita Sharma" />);
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2));
    expect(screen.queryByTestId('rate-visit')).toBeNull();
  });
});
