/**
 * The console's own pieces on top of the shared components: a view's header and tabs, label/value
 * grids (one set of doctor rows for the queue and the account drawer), row buttons, a button that asks
 * first, `useResource` (one record, e.g. a drawer's) and `AdminList`, the one cursor-paged list every
 * view uses with every state it can be in (loading, empty, error with Retry, "Load more", a row taken
 * out with focus kept in the list). The console's shell does not import this module: it loads with
 * the first view.
 */
import { batch, useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { AdminUser, DoctorProfile } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog, type ConfirmDialogProps } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Form, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { roleName } from '../../components/Protected.tsx';
import {
  EmptyState,
  type EmptyStateProps,
  ErrorState,
  Region,
  type RegionState,
  Skeletons,
} from '../../components/States.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { type FormOptions, useForm } from '../../components/useForm.ts';
import { errorText } from '../../lib/client.ts';
import { listOf } from '../../lib/format.ts';
import type { IconShapes } from '../../lib/icons/index.ts';
import * as I from '../../lib/icons/index.ts';
import { feeText } from '../../lib/invoice.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';

/** A date input's day as an instant: the start of that day (or of the day after) in the viewer's zone. */
export const startOfDay = (ymd: string, plusDays = 0) => {
  const d = new Date(`${ymd}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
};
export const YMD = /^\d{4}-\d{2}-\d{2}$/;
/** Rows per page of a list. */
export const PAGE = 20;

export const fullName = (u: Pick<AdminUser, 'firstName' | 'lastName' | 'role'>) =>
  u.role === 'doctor'
    ? m.admin_doctor_name({ name: `${u.firstName} ${u.lastName}` })
    : `${u.firstName} ${u.lastName}`;

/**
 * A view's header (its h1, the page's only one, focused after navigating) or, given an `id`, a tab's
 * (an h2): the title, what it is for, and its actions.
 */
export function Header(props: { id?: string; title: string; intro: string; children?: ComponentChildren }) {
  const Title = props.id ? 'h2' : 'h1';
  return (
    <header
      class={`${props.id ? 'mb-4 ' : ''}flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between`}
    >
      <div class="min-w-0">
        <Title
          id={props.id ?? 'view-title'}
          tabIndex={-1}
          class={props.id ? 'text-lg font-semibold text-slate-900' : 'text-2xl font-bold text-slate-900'}
          data-testid={props.id ? undefined : 'view-title'}
        >
          {props.title}
        </Title>
        <p class={`max-w-2xl text-slate-600 ${props.id ? 'mt-0.5 text-sm' : 'mt-1'}`}>{props.intro}</p>
      </div>
      {props.children && <div class="flex shrink-0 flex-wrap items-center gap-2">{props.children}</div>}
    </header>
  );
}

export type Row = readonly [label: string, value: ComponentChildren, testid?: string];

/** A label/value grid; an empty value (falsy: numbers are shown formatted) says "Not given". */
export const Details = ({ rows }: { rows: Row[] }) => (
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

/** What an admin checks of a doctor's profile, in the verification queue and the account drawer. */
export const doctorRows = (p: DoctorProfile | undefined): Row[] => [
  [m.admin_registration(), p?.registrationNumber, 'doctor-registration'],
  [m.admin_specialty(), p?.specialtyName, 'doctor-specialty'],
  [m.doctor_experience_label(), p?.experienceYears && m.admin_years({ count: p.experienceYears })],
  [m.admin_fee(), p?.feePaise && feeText(p.feePaise, p.price), 'doctor-fee'],
  [m.doctor_languages_label(), p?.languages.length && listOf(p.languages), 'doctor-languages'],
  [m.admin_hospital(), p?.hospital],
  [m.admin_education(), p?.education],
  [m.admin_bio(), p?.bio && <Pre testid="doctor-bio">{p.bio}</Pre>],
];

/** Text as it was typed (line breaks kept), e.g. a bio or a visit reason. */
export const Pre = (props: { testid?: string; children: string }) => (
  <span class="font-normal whitespace-pre-line" data-testid={props.testid}>
    {props.children}
  </span>
);

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

export const Featured = () => (
  <Badge tone="amber" testid="featured-badge">
    {m.admin_featured()}
  </Badge>
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
    {u.featured && <Featured />}
  </>
);

export const rowClass = 'rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card sm:p-5';

const small = 'min-h-9 px-3 text-[0.8125rem]';

const LOOKS = {
  primary: ['primary', small],
  secondary: ['secondary', small],
  ghost: ['ghost', small],
  danger: ['ghost', `${small} text-red-700 hover:bg-red-50 hover:text-red-800`],
  /** Full size, for a drawer's or a panel's main action. */
  main: ['primary', ''],
  'main-danger': ['danger', ''],
} as const;

interface ActProps {
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
  const open = () => {
    onOpen?.();
    asking.value = true;
  };
  return (
    <>
      <Act look="danger" {...act} onClick={open} />
      {asking.value && (
        <ConfirmDialog
          tone="danger"
          testid={`${act.testid}-dialog`}
          {...dialog}
          open
          onClose={() => {
            asking.value = false;
          }}
        />
      )}
    </>
  );
}

/** Delete, after asking: the dialog names the record and says what deleting it means. */
export const DeleteButton = ({
  sr,
  testid,
  ...dialog
}: Pick<ConfirmDialogProps, 'title' | 'body' | 'confirmLabel' | 'onConfirm'> & {
  sr: string;
  testid: string;
}) => (
  <ConfirmButton
    icon={I.trash}
    label={m.admin_delete()}
    sr={sr}
    testid={testid}
    dialog={{ ...dialog, busyLabel: m.admin_deleting() }}
  />
);

/**
 * A content editor's form (a service, a health tip) on the shared Form: useForm's checks and errors,
 * and Cancel / Save. `ids` are the two buttons' testids.
 */
export function EditorForm(props: {
  class: string;
  testid?: string;
  ids: readonly [cancel: string, save: string];
  saveLabel: string;
  onCancel: () => void;
  validate?: FormOptions['validate'];
  submit: FormOptions['submit'];
  children: (errors: Record<string, string>) => ComponentChildren;
}) {
  const form = useForm(props);
  return (
    <Form
      form={form}
      class={props.class}
      data-testid={props.testid}
      onInput={(e) => form.clear((e.target as HTMLInputElement).name)}
    >
      {props.children(form.errors)}
      <div class="flex flex-col-reverse gap-2 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end">
        <Button variant="ghost" testid={props.ids[0]} onClick={props.onCancel} disabled={form.busy}>
          {m.cancel()}
        </Button>
        <Submit form={form} class="" testid={props.ids[1]} busyLabel={m.admin_saving()}>
          {props.saveLabel}
        </Submit>
      </div>
    </Form>
  );
}

/** A filter's field: its name, testid, label and the shared Field's attributes (a select's options too). */
export type FilterField<K extends string> = readonly [
  name: K,
  testid: string,
  label: () => string,
  attrs: object,
];

/**
 * A filter form (the audit log's, the appointments' date range): what is typed is a draft until
 * applied; `check` finds what is wrong (the first wrong field takes the focus); Clear applies none.
 */
export function FilterForm<K extends string>(props: {
  label: string;
  testid: string;
  class: string;
  fields: readonly FilterField<K>[];
  initial: Record<K, string>;
  check: (draft: Record<K, string>) => Partial<Record<K, string>>;
  onApply: (next: Record<K, string>) => void;
  ids: readonly [apply: string, clear: string];
  applyLabel: ComponentChildren;
}) {
  const draft = useSignal(props.initial);
  const errors = useSignal<Partial<Record<K, string>>>({});
  const none = Object.fromEntries(props.fields.map(([name]) => [name, ''])) as Record<K, string>;
  const idOf = (name: string) => `${props.testid}-${name}`;
  const submit = (event: Event) => {
    event.preventDefault();
    errors.value = props.check(draft.value);
    const first = Object.keys(errors.value)[0];
    if (first) document.getElementById(idOf(first))?.focus();
    else props.onApply(draft.value);
  };
  const clear = () => {
    [draft.value, errors.value] = [none, {}];
    props.onApply(none);
  };
  return (
    <form
      class={props.class}
      aria-label={props.label}
      data-testid={props.testid}
      noValidate
      onSubmit={submit}
    >
      {props.fields.map(([name, testid, label, attrs]) => (
        <Field
          key={name}
          id={idOf(name)}
          name={name}
          label={label()}
          optional
          autocomplete="off"
          testid={testid}
          {...attrs}
          value={draft.value[name]}
          error={errors.value[name]}
          onInput={(e) => {
            draft.value = { ...draft.value, [name]: e.currentTarget.value };
            errors.value = { ...errors.value, [name]: '' };
          }}
        />
      ))}
      <div class="flex items-end gap-2">
        <Button type="submit" class="h-12 flex-1" testid={props.ids[0]}>
          {props.applyLabel}
        </Button>
        <Button variant="ghost" class="h-12" testid={props.ids[1]} onClick={clear}>
          {m.admin_clear()}
        </Button>
      </div>
    </form>
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

interface ViewTabsProps<V extends string> {
  label: string;
  values: readonly V[];
  labelOf: (v: V) => string;
  param: string;
  fallback?: V;
  /** Parameters that belong to the tab being left (a sub-tab). */
  clear?: string[];
  testid: string;
}

/**
 * Tabs over one panel whose content follows the tab (shared Tabs: roving tabindex, arrows, Home, End).
 * The tab is the address parameter `param` (left out for `fallback`), so each tab has a link.
 */
export function ViewTabs<V extends string>(
  props: ViewTabsProps<V> & { children: (v: V) => ComponentChildren },
) {
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
const ListSkeleton = () => <Skeletons count={3} class="grid gap-3" card={skeleton} />;

/** Reads something on mount (and again on `load()`); a refresh keeps what is shown until it answers. */
export function useResource<T>(fetch: (signal: AbortSignal) => Promise<T>) {
  const data = useSignal<T | null>(null);
  const state = useSignal<RegionState>('loading');
  const error = useSignal('');
  const controller = useRef(new AbortController());
  const load = async () => {
    if (!data.value) state.value = 'loading';
    try {
      const value = await fetch(controller.current.signal);
      batch(() => {
        [data.value, state.value] = [value, 'ready'];
      });
    } catch (err) {
      if (controller.current.signal.aborted) return;
      batch(() => {
        [error.value, state.value] = [errorText(err), 'error'];
      });
    }
  };
  useEffect(() => {
    void load();
    return () => controller.current.abort();
  }, []);
  return { data, state, error, load };
}

/** One record's loading, error and loaded states, announced (a drawer's record, the dashboard's figures). */
export function Loaded<T>(props: {
  res: ReturnType<typeof useResource<T>>;
  /** The status line while loading and once loaded (a drawer's by default), and the error's title. */
  say?: readonly [loading: string, loaded: string];
  errorTitle?: string;
  /** After Retry has worked (e.g. to put the focus back). */
  retried?: () => void;
  class?: string;
  testid?: string;
  children: (data: T) => ComponentChildren;
}) {
  const { state, data, error, load } = props.res;
  const [loading, loaded] = props.say ?? [m.admin_loading_details(), m.admin_details_loaded()];
  const status = { loading, error: error.value }[state.value as string] ?? loaded;
  const retry = () => void load().then(props.retried);
  return (
    <Region
      state={state.value}
      status={status}
      skeleton={<ListSkeleton />}
      error={
        <ErrorState
          message={error.value}
          title={props.errorTitle ?? m.admin_details_error()}
          onRetry={retry}
        />
      }
      class={props.class}
      testid={props.testid}
    >
      {data.value && props.children(data.value)}
    </Region>
  );
}

// ---- Paged lists ------------------------------------------------------------------------------------

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What a list counts, for its announcements: "1 account", "2 accounts"; "accounts". */
type Noun = readonly [count: (p: { count: number }) => string, plural: () => string];

/**
 * A list read page by page through the API's cursor, from the moment it mounts; a newer load drops
 * an older one's late answer. `remove` takes a row out (after a decision or a delete) and keeps focus
 * in the list; `update` changes one in place. `testid` names the list on screen (AdminList).
 */
export function useList<T>(
  testid: string,
  noun: Noun,
  key: (item: T) => string,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
) {
  const items = useSignal<T[]>([]);
  const state = useSignal<RegionState>('loading');
  const status = useSignal<string>(m.loading());
  const error = useSignal('');
  const moreError = useSignal('');
  const cursor = useSignal<string | null>(null);
  const loadingMore = useSignal(false);
  const inFlight = useRef<AbortController | null>(null);
  const say = (page: Page<T>, append: boolean) => {
    const shown = items.value.length;
    const what = noun[0]({ count: append ? page.items.length : shown });
    if (append) return (page.nextCursor ? m.admin_list_loaded : m.admin_list_loaded_all)({ what, shown });
    if (!shown) return m.admin_list_none({ what: noun[1]() });
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
        status.value = errorText(err);
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
    testid,
    noun,
    key,
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

interface AdminListProps<T> {
  list: List<T>;
  renderItem: (item: T) => ComponentChildren;
  empty: EmptyStateProps;
  /** An ordered list (the services' order is what is being arranged). */
  ordered?: boolean;
  /** Runs once the list shows rows (e.g. to focus the one just edited). */
  onReady?: () => void;
}

/** A paged list on screen (from useList): its states, the rows and "Load more". */
export function AdminList<T>({ list, ...props }: AdminListProps<T>) {
  const { testid, noun } = list;
  useEffect(() => {
    if (list.state.value === 'ready') props.onReady?.();
  }, [list.state.value]);
  // After Retry (gone once it worked), keep focus in the list rather than dropping it on <body>.
  const retry = () =>
    void list.load().then(() => {
      const box = document.querySelector(`[data-testid="${testid}"]`);
      const target = box?.querySelector<HTMLElement>('[data-retry], li button, li a[href]');
      (target ?? document.getElementById('view-title'))?.focus();
    });
  return (
    <div data-testid={testid} data-state={list.state.value}>
      <PagedList
        state={list.state.value}
        status={list.status.value}
        skeleton={<ListSkeleton />}
        empty={<EmptyState {...props.empty} />}
        error={
          <ErrorState
            message={list.error.value}
            title={m.admin_list_error({ what: noun[1]() })}
            onRetry={retry}
          />
        }
        items={list.items.value}
        itemKey={list.key}
        renderItem={props.renderItem}
        listClass="grid grid-cols-1 gap-3"
        listTestid={`${testid}-items`}
        ordered={props.ordered}
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

interface TabListProps<V extends string, T> {
  list: string;
  noun: Noun;
  itemKey: (item: T) => string;
  fetch: (tab: V, cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;
  empty: (tab: V) => EmptyStateProps;
  renderItem: (item: T, list: List<T>, tab: V) => ComponentChildren;
}

function TabList<V extends string, T>({ tab, ...p }: TabListProps<V, T> & { tab: V }) {
  const list = useList(p.list, p.noun, p.itemKey, (cursor, signal) => p.fetch(tab, cursor, signal));
  return <AdminList list={list} empty={p.empty(tab)} renderItem={(item) => p.renderItem(item, list, tab)} />;
}

/**
 * Tabs over a paged list, one list per tab (Doctors, Appointments, Payments, Transcriptions, Stories):
 * the list is read afresh when the tab (or `listKey`, e.g. a date range) changes.
 */
export function TabbedList<V extends string, T>(
  props: ViewTabsProps<V> & TabListProps<V, T> & { listKey?: string },
) {
  const { list, noun, itemKey, fetch, empty, renderItem, listKey = '', ...tabs } = props;
  const listProps = { list, noun, itemKey, fetch, empty, renderItem };
  return (
    <ViewTabs {...tabs}>{(tab) => <TabList key={`${tab}|${listKey}`} tab={tab} {...listProps} />}</ViewTabs>
  );
}
