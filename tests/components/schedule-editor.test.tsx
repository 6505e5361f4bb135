/**
 * The weekly schedule editor (issue 19, part 7) in a DOM with the API answered by a stub: it loads the
 * saved schedule, edits hours, breaks and leave days with buttons and inputs (keyboard reachable,
 * labelled per day), checks what the API checks before sending, sends the body the API takes, and
 * says what publishing did, naming skipped overlaps in the doctor's zone.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SaveScheduleReply, WeeklySchedule } from '../../functions/contract/api.ts';
import { ScheduleEditor } from '../../web/src/islands/availability/ScheduleEditor.tsx';
import {
  checkDraft,
  draftOf,
  slotsPerWeek,
  toBody,
} from '../../web/src/islands/availability/schedule-store.ts';
import { fakeApi } from '../helpers/fake-api.ts';

const api = fakeApi();

const saved: WeeklySchedule = {
  slotMinutes: 30,
  windows: [
    { weekday: 1, start: '10:00', end: '13:00' },
    { weekday: 1, start: '17:00', end: '19:00' },
  ],
  breaks: [],
  leaveDates: [],
  timeZone: 'Asia/Kolkata',
  publishedThrough: '2026-12-31',
  updatedAt: '2026-12-03T10:00:00.000Z',
};

const renderEditor = () => {
  const onPublished = vi.fn(async () => {});
  render(<ScheduleEditor zone="Asia/Kolkata" today="2026-12-04" onPublished={onPublished} />);
  return onPublished;
};

describe('the schedule store', () => {
  it('round-trips a schedule, counts a week of slots without the breaks, and finds what the API refuses', () => {
    const d = draftOf(saved);
    expect(toBody(d)).toEqual({ slotMinutes: 30, windows: saved.windows, breaks: [], leaveDates: [] });
    expect(slotsPerWeek(d)).toBe(10);
    expect(slotsPerWeek({ ...d, breaks: [{ start: '11:00', end: '12:00' }] })).toBe(8);
    const bad = draftOf({
      ...saved,
      windows: [
        { weekday: 2, start: '10:00', end: '12:00' },
        { weekday: 2, start: '11:30', end: '13:00' },
        { weekday: 3, start: '10:00', end: '10:15' },
        { weekday: 4, start: '12:00', end: '11:00' },
      ],
    });
    expect(Object.keys(checkDraft(bad)).sort()).toEqual([
      'hours-2-1-start',
      'hours-3-0-end',
      'hours-4-0-end',
    ]);
    expect(checkDraft(draftOf(null))).toEqual({ windows: ['Add hours for at least one day.'] });
  });
});

describe('ScheduleEditor', () => {
  it('loads the saved hours, copies Monday to Saturday, adds a break and a leave day, and sends them', async () => {
    api.answers['GET /api/doctor/schedule'] = [{ status: 200, body: { schedule: saved, publishDays: 28 } }];
    const reply: SaveScheduleReply = {
      schedule: { ...saved, breaks: [{ start: '13:00', end: '14:00' }] },
      publishDays: 28,
      published: {
        from: '2026-12-04',
        to: '2026-12-31',
        timeZone: 'Asia/Kolkata',
        created: 118,
        alreadyPublished: 2,
        skipped: [
          {
            startAt: '2026-12-07T04:30:00.000Z',
            endAt: '2026-12-07T05:00:00.000Z',
            localDate: '2026-12-07',
            localStart: '10:00',
            localEnd: '10:30',
          },
        ],
        skippedCount: 1,
        removedOnLeave: 0,
        withdrawn: 3,
      },
    };
    api.answers['PUT /api/doctor/schedule'] = [{ status: 200, body: reply }];
    const onPublished = renderEditor();
    await screen.findByTestId('schedule-form');
    expect((screen.getByTestId('hours-1-0-start') as HTMLInputElement).value).toBe('10:00');
    expect(screen.getByTestId('schedule-preview').textContent).toBe('10 slots a week.');
    expect(screen.getByTestId('schedule-save').textContent).toContain('Save and open the next 28 days');
    // Every day's buttons are named for their day.
    expect(screen.getByRole('button', { name: 'Add hours on Wednesday' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the hours 17:00–19:00 on Monday' })).toBeTruthy();

    fireEvent.click(screen.getByTestId('copy-monday'));
    expect(screen.getByTestId('schedule-preview').textContent).toBe('60 slots a week.');
    // A new break starts at lunch (13:00–14:00, outside these hours); moved an hour earlier, it takes
    // two slots a day out.
    fireEvent.click(screen.getByTestId('add-break'));
    expect(screen.getByTestId('schedule-preview').textContent).toBe('60 slots a week.');
    fireEvent.input(screen.getByTestId('break-0-start'), { target: { value: '12:00' } });
    fireEvent.input(screen.getByTestId('break-0-end'), { target: { value: '13:00' } });
    expect(screen.getByTestId('schedule-preview').textContent).toBe('48 slots a week.');
    // A past leave date is refused; a good one is listed with its own remove button.
    fireEvent.input(screen.getByTestId('leave-date'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByTestId('add-leave'));
    expect(screen.getByText('Choose a date from today on.')).toBeTruthy();
    fireEvent.input(screen.getByTestId('leave-date'), { target: { value: '2026-12-25' } });
    fireEvent.keyDown(screen.getByTestId('leave-date'), { key: 'Enter' });
    expect(screen.getByRole('button', { name: /Remove the leave day .*25 December/ })).toBeTruthy();

    fireEvent.submit(screen.getByTestId('schedule-form'));
    await screen.findByTestId('schedule-result');
    const [put] = api.calls.filter((c) => c.method === 'PUT');
    expect(put?.body.windows).toHaveLength(12);
    expect(put?.body).toMatchObject({
      slotMinutes: 30,
      breaks: [{ start: '12:00', end: '13:00' }],
      leaveDates: ['2026-12-25'],
    });
    const result = screen.getByTestId('schedule-result').textContent ?? '';
    expect(result).toContain('118 slots newly open, up to Thursday, 31 December');
    expect(result).toContain('Already open: 2 slots.');
    expect(result).toContain('Withdrawn, as your new hours no longer cover them: 3 slots.');
    expect(result).toContain('Left out 1 slot that overlap slots you already have:');
    // The skipped slot in the doctor's zone: 04:30 UTC is 10:00 in India.
    expect(screen.getByTestId('skipped-slot').textContent).toMatch(/Mon, 7 Dec · 10:00\s?am – 10:30\s?am/i);
    await waitFor(() => expect(onPublished).toHaveBeenCalled());
  });

  it('refuses overlapping hours on one day before sending, on the field, and sends nothing', async () => {
    api.answers['GET /api/doctor/schedule'] = [{ status: 200, body: { schedule: saved, publishDays: 28 } }];
    renderEditor();
    await screen.findByTestId('schedule-form');
    fireEvent.click(screen.getByTestId('add-hours-1'));
    fireEvent.input(screen.getByTestId('hours-1-2-start'), { target: { value: '12:00' } });
    fireEvent.input(screen.getByTestId('hours-1-2-end'), { target: { value: '14:00' } });
    fireEvent.submit(screen.getByTestId('schedule-form'));
    await screen.findByText('These hours overlap other hours on the same day.');
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([]);
    // Removing them clears the way.
    fireEvent.click(screen.getByRole('button', { name: 'Remove the hours 12:00–14:00 on Monday' }));
    expect(screen.queryByTestId('hours-1-2-start')).toBeNull();
  });

  it('starts empty for a doctor without a schedule, and asks for hours first', async () => {
    api.answers['GET /api/doctor/schedule'] = [{ status: 200, body: { schedule: null, publishDays: 28 } }];
    renderEditor();
    await screen.findByTestId('schedule-form');
    expect(screen.getAllByText('Closed')).toHaveLength(7);
    fireEvent.submit(screen.getByTestId('schedule-form'));
    await waitFor(() =>
      expect(screen.getAllByText('Add hours for at least one day.').length).toBeGreaterThan(1),
    );
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
