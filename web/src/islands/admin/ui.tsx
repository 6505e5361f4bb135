/**
 * The console's own pieces on top of the shared components: a view's header and tabs, label/value
 * grids, row buttons, a button that asks first, `useResource` (one thing, e.g. a drawer's record) and
 * `AdminList`, a cursor-paged list with every state it can be in (loading, empty, error with Retry,
 * "Load more", a row taken out with focus kept in the list).
 */
import { batch, useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { AdminUser } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog, type ConfirmDialogProps } from '../../components/Dialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { roleName } from '../../components/Protected.tsx';
import { ErrorState, Skeletons } from '../../components/States.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { ApiError } from '../../lib/client.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';

export const messageOf = (err: unknown) => (err instanceof ApiError ? err.message : m.problem_generic());

/** A date input's day as an instant: the start of that day (or of the day after) in the viewer's zone. */
export const startOfDay = (ymd: string, plusDays = 0) => {
  const d = new Date(`${ymd}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
};
export const YMD = /^\d{4}-\d{2}-\d{2}$/;
/** Rows per page of a list. */
export const PAGE = 20;

/** Focus on the view's title (after navigating, or when what had focus is gone). */
export const focusTitle = () => document.getElementById('view-title')?.focus();
/** Focus on the first match of `selector`, after the current render (and a closing dialog's own focus). */
export const focusLater = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

export const fullName = (u: Pick<AdminUser, 'firstName' | 'lastName' | 'role'>) =>
  u.role === 'doctor'
    ? m.admin_doctor_name({ name: `${u.firstName} ${u.lastName}` })
    : `${u.firstName} ${u.lastName}`;

/** The view's title (the page's only h1, focused after navigating), its description and actions. */
export function ViewHeader(props: { title: string; description: string; children?: ComponentChildren }) {
  return (
    <header class="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div class="min-w-0">
        <h1 id="view-title" tabIndex={-1} class="text-2xl font-bold text-slate-900" data-testid="view-title">
          {props.title}
        </h1>
        <p class="mt-1 max-w-2xl text-slate-600">{props.description}</p>
      </div>
      {props.children && <div class="flex shrink-0 flex-wrap items-center gap-2">{props.children}</div>}
    </header>
  );
}

/** A label/value grid; an empty value (falsy: numbers are shown formatted) says "Not given". */
export function Details({
  rows,
}: {
  rows: (readonly [label: string, value: ComponentChildren, testid?: string])[];
}) {
  return (
    <dl class="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {rows.map(([label, value, testid]) => (
        <div key={label} class="min-w-0">
          <dt class="text-slate-500">{label}</dt>
          <dd class="mt-0.5 font-medium break-words text-slate-900" data-testid={testid}>
            {!value ? <i class="font-normal text-slate-500">{m.admin_not_given()}</i> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A titled group inside a drawer. */
export const Section = ({ title, children }: { title: string; children: ComponentChildren }) => (
  <section class="mt-6 border-t border-slate-100 pt-5">
    <h3 class="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
    {children}
  </section>
);

/** Monospace, selectable ids. */
export const Mono = ({ text }: { text: string }) => (
  <span class="font-mono text-[0.8125rem] break-all">{text}</span>
);

const TONES = {
  slate: 'bg-slate-100 text-slate-700 ring-slate-200',
  red: 'bg-red-50 text-red-800 ring-red-200',
  amber: 'bg-accent-50 text-accent-900 ring-accent-300',
  sky: 'bg-sky-50 text-sky-800 ring-sky-200',
};

/** A small coloured label (role, "Disabled", "Featured", "Hidden", a count). */
export const Badge = (props: { tone?: keyof typeof TONES; testid?: string; children: ComponentChildren }) => (
  <span
    class={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[props.tone ?? 'slate']}`}
    data-testid={props.testid}
  >
    {props.children}
  </span>
);

/** Role, verification and "Disabled" as badges. */
export const UserBadges = ({ user: u }: { user: AdminUser }) => (
  <>
    <Badge tone={u.role === 'admin' ? 'sky' : 'slate'}>{roleName(u.role)}</Badge>
    {u.doctorProfile && <StatusBadge status={u.doctorProfile.verificationStatus} />}
    {u.disabled && (
      <Badge tone="red" testid="disabled-badge">
        {m.admin_disabled()}
      </Badge>
    )}
  </>
);

export const rowClass = 'rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card sm:p-5';

const LOOKS = {
  primary: ['primary', 'min-h-9 px-3 text-[0.8125rem]'],
  secondary: ['secondary', 'min-h-9 px-3 text-[0.8125rem]'],
  ghost: ['ghost', 'min-h-9 px-3 text-[0.8125rem]'],
  danger: ['ghost', 'min-h-9 px-3 text-[0.8125rem] text-red-700 hover:bg-red-50 hover:text-red-800'],
  /** Full size, for a drawer's or a panel's main action. */
  main: ['primary', ''],
  'main-danger': ['danger', ''],
} as const;

export interface ActProps {
  label: string;
  /** What the button acts on, for screen readers ("Verify" → "Verify Dr. Nila Varma"). */
  sr?: string;
  icon?: IconShapes;
  look?: keyof typeof LOOKS;
  testid?: string;
  busy?: boolean;
  disabled?: boolean;
  class?: string;
  onClick: () => void;
}

/** A button with an icon, a label and its object for screen readers. */
export function Act({ label, sr, icon, look = 'secondary', class: cls = '', ...rest }: ActProps) {
  const [variant, size] = LOOKS[look];
  return (
    <Button variant={variant} class={`${size} ${cls}`} {...rest}>
      {icon && <Icon shape={icon} class="size-4 shrink-0" />}
      {label}
      {sr && <span class="sr-only"> {sr}</span>}
    </Button>
  );
}

/**
 * A button that asks first (the one dialog system) and runs `onConfirm` inside the dialog, which
 * shows an API error and stays open. The dialog's testid is the button's with "-dialog".
 */
export function ConfirmButton({
  dialog,
  onOpen,
  ...act
}: Omit<ActProps, 'onClick'> & {
  testid: string;
  onOpen?: () => void;
  dialog: Omit<ConfirmDialogProps, 'open' | 'onClose'>;
}) {
  const asking = useSignal(false);
  const close = () => {
    asking.value = false;
  };
  return (
    <>
      <Act
        look="danger"
        {...act}
        onClick={() => {
          onOpen?.();
          asking.value = true;
        }}
      />
      {asking.value && (
        <ConfirmDialog tone="danger" testid={`${act.testid}-dialog`} {...dialog} open onClose={close} />
      )}
    </>
  );
}

/** An on/off switch (a checkbox with role="switch"), label and hint on the left. */
export function Switch(props: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  testid: string;
}) {
  const id = useId();
  const on = useSignal(props.checked);
  return (
    <div class="flex items-start justify-between gap-4 rounded-xl border border-slate-200 p-4">
      <div>
        <label for={id} class="field-label">
          {props.label}
        </label>
        <p id={`${id}-hint`} class="field-hint mt-0.5">
          {props.hint}
        </p>
      </div>
      <input
        id={id}
        name={props.name}
        type="checkbox"
        role="switch"
        class="switch mt-0.5"
        aria-describedby={`${id}-hint`}
        checked={on.value}
        aria-checked={on.value}
        onChange={(e) => {
          on.value = e.currentTarget.checked;
        }}
        data-testid={props.testid}
      />
    </div>
  );
}

/**
 * Tabs over one panel whose content follows the tab (shared Tabs: roving tabindex, arrows, Home, End).
 * The tab is the address parameter `param` (left out for `fallback`), so each tab has a link; `clear`
 * names parameters that belong to the tab being left (a sub-tab).
 */
export function ViewTabs<V extends string>(props: {
  label: string;
  values: readonly V[];
  labelOf: (v: V) => string;
  param: string;
  fallback?: V;
  clear?: string[];
  testid: string;
  children: (value: V) => ComponentChildren;
}) {
  const { values, param, fallback = values[0] as V } = props;
  const ctx = useView();
  const id = useId();
  const value = useSignal<V>(values.find((v) => v === ctx.params.get(param)) ?? fallback);
  const select = (next: V) => {
    value.value = next;
    const cleared = Object.fromEntries((props.clear ?? []).map((k) => [k, null]));
    ctx.setParams({ [param]: next === fallback ? null : next, ...cleared });
  };
  return (
    <div class="mt-6">
      <Tabs
        label={props.label}
        testid={props.testid}
        tabs={values.map((v) => ({
          id: `${id}-${v}`,
          label: props.labelOf(v),
          attrs: { 'data-testid': `tab-${v.toLowerCase()}` },
        }))}
        selected={values.indexOf(value.value)}
        onSelect={(i) => values[i] && values[i] !== value.value && select(values[i])}
        panelId={() => `${id}-panel`}
        class="flex gap-1 overflow-x-auto border-b border-slate-200"
        tabClass="-mb-px min-h-11 shrink-0 border-b-2 border-transparent px-3 text-sm font-semibold whitespace-nowrap text-slate-600 hover:text-slate-900 aria-selected:border-brand-700 aria-selected:text-brand-800"
      />
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${value.value}`} class="pt-5">
        {props.children(value.value)}
      </div>
    </div>
  );
}

const skeleton = () => (
  <>
    <div class="skeleton h-4 w-2/5" />
    <div class="skeleton mt-3 h-3.5 w-3/4" />
  </>
);
export const ListSkeleton = () => <Skeletons count={3} class="grid gap-3" card={skeleton} />;

type LoadState = 'loading' | 'ready' | 'empty' | 'error';

/** Reads something on mount (and again on `load()`); a refresh keeps what is shown until it answers. */
export function useResource<T>(fetch: (signal: AbortSignal) => Promise<T>) {
  const data = useSignal<T | null>(null);
  const state = useSignal<LoadState>('loading');
  const error = useSignal('');
  const controller = useRef(new AbortController());
  const load = async () => {
    if (!data.value) state.value = 'loading';
    try {
      const value = await fetch(controller.current.signal);
      batch(() => {
        data.value = value;
        state.value = 'ready';
      });
    } catch (err) {
      if (controller.current.signal.aborted) return;
      batch(() => {
        error.value = messageOf(err);
        state.value = 'error';
      });
    }
  };
  useEffect(() => {
    void load();
    return () => controller.current.abort();
  }, []);
  return { data, state, error, load };
}

/** A drawer's loading, error and loaded states, announced. */
export function DrawerBody<T>({
  res,
  children,
}: {
  res: ReturnType<typeof useResource<T>>;
  children: (data: T) => ComponentChildren;
}) {
  const { state, data, error } = res;
  return (
    <div aria-busy={state.value === 'loading' ? 'true' : 'false'}>
      <p class="sr-only" role="status">
        {state.value === 'loading'
          ? m.admin_loading_details()
          : state.value === 'error'
            ? error.value
            : m.admin_details_loaded()}
      </p>
      {state.value === 'error' ? (
        <ErrorState message={error.value} title={m.admin_details_error()} onRetry={() => void res.load()} />
      ) : data.value ? (
        children(data.value)
      ) : (
        <ListSkeleton />
      )}
    </div>
  );
}

// ---- Paged lists ------------------------------------------------------------------------------------

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What a list counts, for its announcements: "1 account", "2 accounts"; "accounts". */
export interface Noun {
  count: (n: number) => string;
  plural: string;
}

/**
 * A list read page by page through the API's cursor, from the moment it mounts; a newer load drops
 * an older one's late answer. `remove` takes a row out (after a decision or a delete) and keeps focus
 * in the list; `update` changes one in place.
 */
export function useList<T>(
  key: (item: T) => string,
  noun: Noun,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
  testid: string,
) {
  const items = useSignal<T[]>([]);
  const state = useSignal<LoadState>('loading');
  const status = useSignal<string>(m.loading());
  const error = useSignal('');
  const moreError = useSignal('');
  const cursor = useSignal<string | null>(null);
  const loadingMore = useSignal(false);
  const inFlight = useRef<AbortController | null>(null);
  const say = (page: Page<T>, append: boolean) => {
    const shown = items.value.length;
    const what = noun.count(append ? page.items.length : shown);
    if (append) return (page.nextCursor ? m.admin_list_loaded : m.admin_list_loaded_all)({ what, shown });
    if (!shown) return m.admin_list_none({ what: noun.plural });
    return (page.nextCursor ? m.admin_list_showing_more : m.admin_list_showing)({ what });
  };
  const run = async (append: boolean) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    batch(() => {
      moreError.value = '';
      if (append) loadingMore.value = true;
      else [state.value, status.value] = ['loading', m.loading()];
    });
    try {
      const page = await fetchPage(append ? (cursor.value ?? undefined) : undefined, controller.signal);
      if (controller.signal.aborted) return;
      batch(() => {
        items.value = append ? [...items.value, ...page.items] : page.items;
        cursor.value = page.nextCursor;
        state.value = items.value.length ? 'ready' : 'empty';
        status.value = say(page, append);
      });
    } catch (err) {
      if (controller.signal.aborted) return;
      batch(() => {
        status.value = messageOf(err);
        if (append) moreError.value = status.value;
        else [error.value, state.value] = [status.value, 'error'];
      });
    } finally {
      if (append) loadingMore.value = false;
    }
  };
  useEffect(() => {
    void run(false);
    return () => inFlight.current?.abort();
  }, []);
  return {
    items,
    state,
    status,
    error,
    moreError,
    cursor,
    loadingMore,
    load: () => run(false),
    more: () => run(true),
    remove(id: string, message?: string) {
      const index = items.value.findIndex((item) => key(item) === id);
      if (index < 0) return;
      batch(() => {
        items.value = items.value.filter((_, i) => i !== index);
        if (!items.value.length && !cursor.value) state.value = 'empty';
        if (message) status.value = message;
      });
      // After the dialog has closed (and tried to give focus back to a row that is gone).
      requestAnimationFrame(() => {
        const rows = document.querySelector(`[data-testid="${testid}-items"]`)?.children;
        const next = rows?.[index] ?? rows?.[index - 1];
        (
          next?.querySelector<HTMLElement>('button, a[href]') ?? document.getElementById('view-title')
        )?.focus();
      });
    },
    update(id: string, change: (item: T) => T) {
      items.value = items.value.map((item) => (key(item) === id ? change(item) : item));
    },
  };
}
export type List<T> = ReturnType<typeof useList<T>>;

/** A paged list on screen: its states, the rows and "Load more". */
export function AdminList<T>(props: {
  testid: string;
  noun: Noun;
  itemKey: (item: T) => string;
  fetch: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;
  renderItem: (item: T, list: List<T>) => ComponentChildren;
  empty: ComponentChildren;
  /** Runs once the list shows rows (e.g. to focus the one just edited). */
  onReady?: () => void;
}) {
  const { testid } = props;
  const list = useList(props.itemKey, props.noun, props.fetch, testid);
  useEffect(() => {
    if (list.state.value === 'ready') props.onReady?.();
  }, [list.state.value]);
  // After Retry (gone once it worked), keep focus in the list rather than dropping it on <body>.
  const retry = () =>
    void list.load().then(() => {
      const box = document.querySelector(`[data-testid="${testid}"]`);
      (
        box?.querySelector<HTMLElement>('[data-retry], li button, li a[href]') ??
        document.getElementById('view-title')
      )?.focus();
    });
  return (
    <div data-testid={testid} data-state={list.state.value}>
      <PagedList
        state={list.state.value}
        status={list.status.value}
        skeleton={<ListSkeleton />}
        empty={props.empty}
        error={
          <ErrorState
            message={list.error.value}
            title={m.admin_list_error({ what: props.noun.plural })}
            onRetry={retry}
          />
        }
        items={list.items.value}
        itemKey={props.itemKey}
        renderItem={(item) => props.renderItem(item, list)}
        listClass="grid grid-cols-1 gap-3"
        listTestid={`${testid}-items`}
        hasMore={Boolean(list.cursor.value)}
        loadingMore={list.loadingMore.value}
        onMore={() => void list.more()}
        moreLabel={m.admin_load_more()}
        moreBusyLabel={m.loading()}
        focusSelector="button, a[href]"
      />
      {list.moreError.value && (
        <p class="mt-2 text-center text-sm font-medium text-red-700" role="alert">
          {list.moreError.value}
        </p>
      )}
    </div>
  );
}
