/** The shared components in a DOM (happy-dom): what each renders per state, errors and keyboard. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../web/src/components/Button.tsx';
import { DateTime } from '../../web/src/components/DateTime.tsx';
import { ConfirmDialog } from '../../web/src/components/Dialog.tsx';
import { DoctorAvatar, DoctorCard } from '../../web/src/components/DoctorCard.tsx';
import { Field } from '../../web/src/components/Field.tsx';
import { FormError } from '../../web/src/components/FormError.tsx';
import { Markdown } from '../../web/src/components/Markdown.tsx';
import { Money } from '../../web/src/components/Money.tsx';
import { Notice } from '../../web/src/components/Notice.tsx';
import { PagedList } from '../../web/src/components/PagedList.tsx';
import { PasswordField } from '../../web/src/components/PasswordField.tsx';
import { ErrorState } from '../../web/src/components/States.tsx';
import { STATUS, StatusBadge } from '../../web/src/components/StatusBadge.tsx';
import { Tabs } from '../../web/src/components/Tabs.tsx';
import { ApiError } from '../../web/src/lib/client.ts';

afterEach(cleanup);

describe('Notice', () => {
  it('is a status, an alert for errors, and silent when not live', () => {
    const { container, rerender } = render(<Notice tone="success">Saved</Notice>);
    expect(container.firstElementChild?.getAttribute('role')).toBe('status');
    rerender(<Notice tone="error">Failed</Notice>);
    expect(container.firstElementChild?.getAttribute('role')).toBe('alert');
    rerender(
      <Notice tone="info" live={false}>
        Note
      </Notice>,
    );
    expect(container.firstElementChild?.hasAttribute('role')).toBe(false);
  });
});

describe('FormError', () => {
  it('is hidden without a message and an alert with one', () => {
    const { rerender } = render(<FormError message={null} />);
    expect(screen.getByTestId('form-error').hidden).toBe(true);
    rerender(<FormError message="Check the form" />);
    expect(screen.getByTestId('form-error').hidden).toBe(false);
    expect(screen.getByRole('alert').textContent).toContain('Check the form');
  });
});

describe('Field', () => {
  it('labels the control, names the hint and marks an error', () => {
    const { rerender } = render(
      <Field id="email" name="email" label="Email" hint="We never share it" testid="email" />,
    );
    const input = screen.getByLabelText('Email');
    expect(input.getAttribute('aria-describedby')).toBe('email-hint');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('required')).toBe(true);
    rerender(<Field id="email" name="email" label="Email" hint="We never share it" error="Enter an email" />);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('email-hint email-error');
    const error = document.querySelector<HTMLElement>('[data-error-for="email"]');
    expect(error?.hidden).toBe(false);
    expect(error?.textContent).toBe('Enter an email');
  });

  it('says (optional) for optional fields and renders selects and textareas', () => {
    render(
      <>
        <Field id="a" name="a" label="Notes" as="textarea" optional />
        <Field id="b" name="b" label="Zone" as="select">
          <option value="x">X</option>
        </Field>
      </>,
    );
    expect(screen.getByText('(optional)')).toBeTruthy();
    expect(screen.getByLabelText(/Notes/).tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Zone').tagName).toBe('SELECT');
  });
});

describe('PasswordField', () => {
  it('shows and hides the password with a pressed button', () => {
    render(<PasswordField id="pw" name="password" label="Password" testid="password" />);
    const input = screen.getByLabelText('Password') as HTMLInputElement;
    const toggle = screen.getByTestId('password-toggle');
    expect(input.type).toBe('password');
    fireEvent.click(toggle);
    expect(input.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toContain('Hide password');
  });
});

describe('Button', () => {
  it('is disabled and says so while busy', () => {
    const { rerender } = render(
      <Button busyLabel="Saving…" testid="b">
        Save
      </Button>,
    );
    expect(screen.getByTestId('b').textContent).toBe('Save');
    rerender(
      <Button busy busyLabel="Saving…" testid="b">
        Save
      </Button>,
    );
    const button = screen.getByTestId('b') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toBe('Saving…');
  });
});

describe('StatusBadge', () => {
  it('has one label and colour per status, the same for every viewer', () => {
    render(
      <StatusBadge
        appointment={{ status: 'REQUESTED', holdExpiresAt: new Date(Date.now() + 60_000).toISOString() }}
      />,
    );
    expect(screen.getByTestId('status-badge').textContent).toBe('Awaiting payment');
    expect(STATUS.CANCELLED.tone).toContain('red');
    expect(Object.keys(STATUS).sort()).toEqual([
      'CANCELLED',
      'COMPLETED',
      'CONFIRMED',
      'NO_SHOW',
      'REQUESTED',
    ]);
  });

  it('says the hold expired once it has', () => {
    render(
      <StatusBadge
        appointment={{ status: 'REQUESTED', holdExpiresAt: new Date(Date.now() - 1000).toISOString() }}
      />,
    );
    expect(screen.getByTestId('status-badge').textContent).toBe('Hold expired');
    expect(screen.getByTestId('status-badge').dataset.status).toBe('REQUESTED');
  });
});

describe('Money and DateTime', () => {
  it('formats integer paise with Indian grouping', () => {
    render(<Money paise={14_160_000} testid="m" />);
    expect(screen.getByTestId('m').textContent).toBe('₹1,41,600');
  });

  it('shows an instant in the zone asked for, with its ISO time', () => {
    render(<DateTime iso="2026-03-12T05:00:00Z" zone="Asia/Kolkata" format="time" testid="t" />);
    expect(screen.getByTestId('t').getAttribute('datetime')).toBe('2026-03-12T05:00:00Z');
    expect(screen.getByTestId('t').textContent?.replace(/\s/g, ' ')).toBe('10:30 am');
  });
});

describe('Tabs', () => {
  function Harness() {
    const [selected, setSelected] = useState(0);
    return (
      <Tabs
        label="Days"
        tabs={['Mon', 'Tue', 'Wed'].map((d) => ({ id: `t-${d}`, label: d }))}
        selected={selected}
        onSelect={setSelected}
        panelId={(i) => `p-${i}`}
      />
    );
  }

  it('moves with the arrow keys, Home and End, keeping one tab in the Tab order', () => {
    render(<Harness />);
    const tabs = () => screen.getAllByRole('tab');
    const list = screen.getByRole('tablist');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(tabs()[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'End' });
    expect(tabs()[2]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(tabs()[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    expect(tabs()[2]?.tabIndex).toBe(0);
    fireEvent.keyDown(list, { key: 'Home' });
    expect(tabs()[0]?.getAttribute('aria-controls')).toBe('p-0');
  });
});

describe('ConfirmDialog', () => {
  it('shows an API error inside the dialog and stays open; closes after success', async () => {
    const onClose = vi.fn();
    const onConfirm = vi
      .fn<(text: string) => Promise<void>>()
      .mockRejectedValueOnce(new ApiError(409, 'conflict', 'It changed meanwhile.'))
      .mockResolvedValueOnce(undefined);
    render(
      <ConfirmDialog
        open
        onClose={onClose}
        title="Cancel this appointment?"
        body="You will get a full refund."
        confirmLabel="Cancel appointment"
        testid="cancel-dialog"
        textField={{ label: 'Reason', maxLength: 200, name: 'reason' }}
        onConfirm={onConfirm}
      />,
    );
    fireEvent.input(screen.getByTestId('cancel-dialog-text'), { target: { value: ' Feeling better ' } });
    fireEvent.click(screen.getByTestId('cancel-dialog-confirm'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('cancel-dialog-error').textContent).toBe('It changed meanwhile.'),
    );
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('cancel-dialog-confirm'));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(onConfirm).toHaveBeenLastCalledWith('Feeling better');
  });
});

describe('states and lists', () => {
  it('ErrorState retries', () => {
    const onRetry = vi.fn();
    render(<ErrorState message="Offline" onRetry={onRetry} retryTestid="retry-x" />);
    fireEvent.click(screen.getByTestId('retry-x'));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('PagedList shows skeleton, items and a Load more button while there are more', () => {
    const props = {
      status: '',
      skeleton: <p>loading</p>,
      empty: <p>none</p>,
      itemKey: (n: number) => String(n),
      renderItem: (n: number) => <li>item {n}</li>,
      listClass: 'grid',
      listTestid: 'list',
      loadingMore: false,
      onMore: vi.fn(),
      moreLabel: 'Load more',
      moreBusyLabel: 'Loading…',
    };
    const { rerender } = render(<PagedList {...props} state="loading" items={[]} hasMore={false} />);
    expect(screen.getByText('loading')).toBeTruthy();
    rerender(<PagedList {...props} state="ready" items={[1, 2]} hasMore />);
    expect(screen.getByTestId('list').children.length).toBe(2);
    fireEvent.click(screen.getByTestId('load-more'));
    expect(props.onMore).toHaveBeenCalledOnce();
    rerender(<PagedList {...props} state="empty" items={[]} hasMore={false} />);
    expect(screen.getByText('none')).toBeTruthy();
    expect(screen.queryByTestId('load-more')).toBeNull();
  });
});

describe('DoctorCard and Markdown', () => {
  it('renders a doctor with fee, experience and a link naming the day', () => {
    render(
      <ul>
        <DoctorCard
          date="2026-03-12"
          doctor={{
            id: 'd1',
            name: 'Dr. Anita Sharma',
            firstName: 'Anita',
            lastName: 'Sharma',
            specialty: 'cardiology',
            specialtyName: 'Cardiology',
            experienceYears: 1,
            feePaise: 65_000,
            languages: ['Hindi', 'English'],
            hospital: '',
            pictureUrl: null,
            bioExcerpt: '',
            available: true,
            timeZone: 'Asia/Kolkata',
            ratingCount: 3,
            ratingAverage: 13 / 3,
          }}
        />
      </ul>,
    );
    expect(screen.getByTestId('doctor-fee').textContent).toBe('₹650');
    expect(screen.getByTestId('rating-average').textContent).toBe('4.3 out of 5');
    expect(screen.getByTestId('rating-count').textContent).toBe('3 ratings');
    expect(screen.getByText('1 year experience')).toBeTruthy();
    expect(screen.getByText('Hindi and English')).toBeTruthy();
    expect(screen.getByTestId('doctor-view-profile').getAttribute('href')).toBe(
      '/doctors/view/?id=d1&date=2026-03-12',
    );
  });

  it('shows the next free slot in search results, or that the week is full', () => {
    const base = {
      id: 'd2',
      name: 'Dr. Kavya Iyer',
      firstName: 'Kavya',
      lastName: 'Iyer',
      specialty: 'general-medicine',
      specialtyName: 'General Medicine',
      experienceYears: 3,
      feePaise: 40_000,
      languages: ['Tamil'],
      hospital: '',
      pictureUrl: null,
      bioExcerpt: '',
      available: true,
      timeZone: 'Asia/Kolkata',
      ratingCount: 0,
      ratingAverage: null,
    };
    const { unmount } = render(
      <ul>
        <DoctorCard doctor={base} />
      </ul>,
    );
    // Outside search (no nextFreeAt at all) the card says nothing about slots.
    expect(screen.queryByTestId('doctor-next-free')).toBeNull();
    unmount();
    render(
      <ul>
        <DoctorCard doctor={{ ...base, nextFreeAt: '2026-03-12T04:30:00.000Z' }} />
        <DoctorCard doctor={{ ...base, id: 'd3', nextFreeAt: null }} />
      </ul>,
    );
    const [next, none] = screen.getAllByTestId('doctor-next-free');
    expect(next?.textContent).toMatch(/^Next free: .*12 Mar/);
    expect(next?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-12T04:30:00.000Z');
    expect(none?.textContent).toBe('No free slot in the next 7 days');
  });

  it("shows a doctor's published photo (size, the name as alt, lazy), else the initials, never another site's picture", () => {
    const doctor = { id: 'd4', name: 'Dr. Meera Rao' };
    const { unmount } = render(
      <DoctorAvatar doctor={{ ...doctor, pictureUrl: '/media/doctors/d4/01J.jpg' }} />,
    );
    const img = screen.getByTestId('doctor-photo');
    expect(img.getAttribute('src')).toBe('/media/doctors/d4/01J.jpg');
    expect(img.getAttribute('alt')).toBe('Dr. Meera Rao');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['56', '56']);
    expect(img.getAttribute('loading')).toBe('lazy');
    unmount();
    for (const pictureUrl of [null, 'https://example.com/me.png']) {
      const { container, unmount: done } = render(<DoctorAvatar doctor={{ ...doctor, pictureUrl }} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.textContent).toBe('MR');
      done();
    }
  });

  it('renders Markdown as elements and never a script or an unsafe link', () => {
    render(
      <Markdown
        source={
          '## Water\n\nDrink **more**, see [this](javascript:alert(1)) and [that](https://example.org).\n\n<script>x</script>'
        }
        testid="md"
      />,
    );
    const md = screen.getByTestId('md');
    expect(md.querySelector('h2')?.textContent).toBe('Water');
    expect(md.querySelector('strong')?.textContent).toBe('more');
    expect([...md.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/',
    ]);
    expect(md.querySelector('script')).toBeNull();
    expect(md.textContent).toContain('<script>x</script>');
  });
});
