/**
 * The console's generic pieces on their own: a view's chunk that fails to load (Retry), the filter form
 * (checks, focus, Clear), a record's Loaded region (error, Retry), and tabs that follow the address
 * with the keyboard.
 */
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ViewContext, ViewCtx } from '../../web/src/islands/admin/context.ts';
import { Chunk } from '../../web/src/islands/admin/drawers.tsx';
import {
  type FilterField,
  FilterForm,
  Loaded,
  useResource,
  ViewTabs,
} from '../../web/src/islands/admin/ui.tsx';
import { ApiError } from '../../web/src/lib/client.ts';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const withView = (children: ComponentChildren, params = '') => {
  const ctx = {
    me: {},
    params: new URLSearchParams(params),
    setParams: vi.fn(),
    notify: vi.fn(),
    refreshCounts: vi.fn(),
    openDrawer: vi.fn(),
  } as unknown as ViewContext;
  render(<ViewCtx.Provider value={ctx}>{children}</ViewCtx.Provider>);
  return ctx;
};

describe('Chunk', () => {
  it('says when a view could not be loaded, and Retry loads it', async () => {
    const View = ({ name }: { name: string }) => <p data-testid="view">Hello {name}</p>;
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ default: View });
    const shown = vi.fn();
    render(<Chunk load={load} props={{ name: 'Asha' }} onShown={shown} />);
    fireEvent.click(within(await screen.findByTestId('error-state')).getByTestId('retry'));
    expect((await screen.findByTestId('view')).textContent).toBe('Hello Asha');
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1));
    // Once loaded, it shows at once the next time.
    cleanup();
    render(<Chunk load={load} />);
    expect(screen.getByTestId('view')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

type Range = { from: string; to: string };
const FIELDS: FilterField<keyof Range>[] = [
  ['from', 'from', () => 'From', { type: 'date' }],
  ['to', 'to', () => 'To', { type: 'date' }],
];

describe('FilterForm', () => {
  it('refuses what its check finds (focusing the field), applies the rest, and Clear applies none', () => {
    const applied: Range[] = [];
    render(
      <FilterForm
        label="Range"
        testid="range"
        class=""
        fields={FIELDS}
        initial={{ from: '', to: '' }}
        check={(r: Range) => (r.from && r.to && r.to < r.from ? { to: 'Backwards' } : {})}
        ids={['apply', 'clear']}
        applyLabel="Apply"
        onApply={(r) => applied.push(r)}
      />,
    );
    fireEvent.input(screen.getByTestId('from'), { target: { value: '2026-03-05' } });
    fireEvent.input(screen.getByTestId('to'), { target: { value: '2026-03-01' } });
    fireEvent.submit(screen.getByTestId('range'));
    expect(document.querySelector('[data-error-for="to"]')?.textContent).toBe('Backwards');
    expect(document.activeElement).toBe(screen.getByTestId('to'));
    expect(applied).toEqual([]);

    fireEvent.input(screen.getByTestId('to'), { target: { value: '2026-03-09' } });
    expect(document.querySelector('[data-error-for="to"]')?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByTestId('apply'));
    fireEvent.click(screen.getByTestId('clear'));
    expect(applied).toEqual([
      { from: '2026-03-05', to: '2026-03-09' },
      { from: '', to: '' },
    ]);
    expect((screen.getByTestId('from') as HTMLInputElement).value).toBe('');
  });
});

describe('Loaded', () => {
  it('shows an API error with Retry, then the record, announcing each state', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(503, 'service_unavailable', 'Try again shortly.'))
      .mockResolvedValue({ name: 'Nila' });
    const Record = () => {
      const res = useResource<{ name: string }>(fetch);
      return (
        <Loaded res={res} testid="record">
          {(r) => <p data-testid="name">{r.name}</p>}
        </Loaded>
      );
    };
    render(<Record />);
    const error = await screen.findByTestId('error-state');
    expect(error.textContent).toContain('Try again shortly.');
    expect(screen.getByTestId('record').getAttribute('data-state')).toBe('error');
    fireEvent.click(within(error).getByTestId('retry'));
    expect((await screen.findByTestId('name')).textContent).toBe('Nila');
    expect(screen.getByRole('status').textContent).toBe('Details loaded.');
  });
});

describe('ViewTabs', () => {
  it('opens the tab the address names, and arrow keys move and record the tab', () => {
    const ctx = withView(
      <ViewTabs
        label="States"
        values={['a', 'b', 'c']}
        labelOf={(v) => v.toUpperCase()}
        param="tab"
        testid="tabs"
      >
        {(v) => <p data-testid="panel">{v}</p>}
      </ViewTabs>,
      'tab=b',
    );
    expect(screen.getByTestId('panel').textContent).toBe('b');
    fireEvent.keyDown(screen.getByTestId('tab-b'), { key: 'ArrowRight' });
    expect(screen.getByTestId('panel').textContent).toBe('c');
    expect(document.activeElement).toBe(screen.getByTestId('tab-c'));
    fireEvent.keyDown(screen.getByTestId('tab-c'), { key: 'Home' });
    expect(screen.getByTestId('panel').textContent).toBe('a');
    // The first tab is the default, so it leaves the address.
    expect(vi.mocked(ctx.setParams).mock.calls).toEqual([[{ tab: 'c' }], [{ tab: null }]]);
  });
});
