/**
 * The admin console's building blocks: view headers, tabs, badges, toasts (announced through a polite
 * live region), confirmation dialogs (native <dialog>, so focus is trapped and Escape closes), a
 * detail drawer, and a cursor-paged list with its loading, empty, error and "Load more" states.
 */
import { ApiError } from '../../lib/api.ts';
import { confirmDialog } from '../../lib/dialog.ts';
import { type Child, h, replaceChildren } from '../../lib/dom.ts';
import { bindForm, clearFieldError, formErrorSummary } from '../../lib/forms.ts';
import { iconSvg } from '../../lib/icons.ts';
import { errorState, plural } from '../../lib/states.ts';
import { wireTabs } from '../../lib/tabs.ts';

export const messageOf = (err: unknown) =>
  err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';

export { dateOf } from '../../lib/content-ui.ts';

/** Once the admin changes a field that showed an error, the error goes (it no longer describes it). */
export function clearErrorsOnEdit(form: HTMLFormElement) {
  const clear = (event: Event) => {
    const name = (event.target as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name) clearFieldError(form, name);
  };
  form.addEventListener('input', clear);
  form.addEventListener('change', clear);
}

let uid = 0;
/** A document-unique id for aria wiring. */
export const nextId = (prefix: string) => `${prefix}-${++uid}`;

// ---- Buttons and badges ----------------------------------------------------------------------------

type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'danger-ghost';
const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'btn-primary',
  secondary: 'btn-secondary',
  danger: 'btn bg-red-700 text-white hover:bg-red-800',
  ghost: 'btn-ghost',
  'danger-ghost': 'btn text-red-700 hover:bg-red-50 hover:text-red-800',
};

export interface ButtonOptions {
  variant?: ButtonVariant;
  icon?: string;
  testid?: string;
  /** Extra context for screen readers, e.g. the name of the row the button acts on. */
  srSuffix?: string;
  ariaLabel?: string;
  small?: boolean;
  type?: 'button' | 'submit';
  class?: string;
  onClick?: (button: HTMLButtonElement) => void;
}

export function button(label: string, options: ButtonOptions = {}): HTMLButtonElement {
  const {
    variant = 'secondary',
    icon,
    testid,
    srSuffix,
    ariaLabel,
    small,
    type = 'button',
    onClick,
  } = options;
  const el = h(
    'button',
    {
      type,
      class:
        `${VARIANTS[variant]} ${small ? 'min-h-9 px-3 text-[0.8125rem]' : ''} ${options.class ?? ''}`.trim(),
      'aria-label': ariaLabel,
      dataset: testid ? { testid } : undefined,
    },
    h('span', { class: 'spinner', 'aria-hidden': 'true', hidden: true, dataset: { spinner: '' } }),
    icon ? iconSvg(icon, 'size-4 shrink-0') : null,
    h('span', { dataset: { label: '' }, text: label }),
    srSuffix ? h('span', { class: 'sr-only', text: ` ${srSuffix}` }) : null,
  );
  if (onClick) el.addEventListener('click', () => onClick(el));
  return el;
}

/** Shows a button as working (spinner, disabled) until `work` settles. */
export async function withBusy<T>(el: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  const spinner = el.querySelector<HTMLElement>('[data-spinner]');
  const icon = el.querySelector('svg');
  el.disabled = true;
  el.setAttribute('aria-busy', 'true');
  if (spinner) spinner.hidden = false;
  icon?.classList.add('hidden');
  try {
    return await work();
  } finally {
    el.disabled = false;
    el.removeAttribute('aria-busy');
    if (spinner) spinner.hidden = true;
    icon?.classList.remove('hidden');
  }
}

export type Tone = 'brand' | 'green' | 'amber' | 'red' | 'slate' | 'sky';
const TONES: Record<Tone, string> = {
  brand: 'bg-brand-50 text-brand-800 ring-brand-200',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  amber: 'bg-accent-50 text-accent-800 ring-accent-200',
  red: 'bg-red-50 text-red-800 ring-red-200',
  slate: 'bg-slate-100 text-slate-700 ring-slate-200',
  sky: 'bg-sky-50 text-sky-800 ring-sky-200',
};

export function badge(text: string, tone: Tone = 'slate', testid?: string): HTMLElement {
  return h('span', {
    class: `inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`,
    text,
    dataset: testid ? { testid } : undefined,
  });
}

const STATUS: Record<string, [string, Tone]> = {
  REQUESTED: ['Requested', 'amber'],
  CONFIRMED: ['Confirmed', 'brand'],
  COMPLETED: ['Completed', 'green'],
  CANCELLED: ['Cancelled', 'slate'],
  NO_SHOW: ['No-show', 'red'],
  PENDING: ['Pending', 'amber'],
  PROCESSING: ['Processing', 'sky'],
  FAILED: ['Failed', 'red'],
  REFUNDED: ['Refunded', 'sky'],
  pending: ['Pending', 'amber'],
  verified: ['Verified', 'green'],
  rejected: ['Rejected', 'red'],
};

/** "NO_SHOW" → "No-show"; unknown statuses are shown as they are. */
export const statusLabel = (status: string) => STATUS[status]?.[0] ?? status;

export const statusBadge = (status: string) =>
  badge(statusLabel(status), STATUS[status]?.[1] ?? 'slate', 'status-badge');

// ---- Layout pieces ---------------------------------------------------------------------------------------

/** The view's title (the page's only h1; focused after navigating, so it has tabindex -1). */
export function viewHeader(title: string, description: string, ...actions: Child[]): HTMLElement {
  return h(
    'header',
    { class: 'flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between' },
    h(
      'div',
      { class: 'min-w-0' },
      h('h1', {
        id: 'view-title',
        tabindex: '-1',
        class: 'text-2xl font-bold tracking-tight text-slate-900 sm:text-[1.75rem]',
        text: title,
        dataset: { testid: 'view-title' },
      }),
      h('p', { class: 'mt-1 max-w-2xl text-slate-600', text: description }),
    ),
    actions.some(Boolean) ? h('div', { class: 'flex shrink-0 flex-wrap gap-2' }, actions) : null,
  );
}

/** A section's h2 (focusable, so a view can move focus to it), its one-line description and an action. */
export function sectionHeader(id: string, title: string, description: string, action: Child): HTMLElement {
  return h(
    'div',
    { class: 'flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between' },
    h(
      'div',
      null,
      h('h2', { id, tabindex: '-1', class: 'text-lg font-semibold text-slate-900', text: title }),
      h('p', { class: 'mt-0.5 text-sm text-slate-600', text: description }),
    ),
    action,
  );
}

/** A label/value grid (a <dl>); rows with an empty value say "Not given". */
export function details(
  rows: [label: string, value: Child | Child[], testid?: string][],
  cols = 2,
): HTMLElement {
  return h(
    'dl',
    { class: `grid gap-x-6 gap-y-3 text-sm ${cols === 2 ? 'sm:grid-cols-2' : ''}` },
    rows.map(([label, value, testid]) => {
      const empty = value === '' || value === null || value === undefined;
      return h(
        'div',
        { class: 'min-w-0' },
        h('dt', { class: 'text-slate-500', text: label }),
        h(
          'dd',
          {
            class: `mt-0.5 break-words ${empty ? 'text-slate-500 italic' : 'font-medium text-slate-900'}`,
            dataset: testid ? { testid } : undefined,
          },
          empty ? 'Not given' : value,
        ),
      );
    }),
  );
}

/** Monospace, selectable ids (UUIDs, order ids). */
export const mono = (text: string) => h('span', { class: 'font-mono text-[0.8125rem] break-all', text });

// ---- Tabs ------------------------------------------------------------------------------------------------

export interface TabsOptions<V extends string> {
  label: string;
  options: { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  testid?: string;
}

/**
 * A tab list over one shared panel (its content changes with the tab). lib/tabs.ts does the ARIA
 * part: roving tabindex, arrow keys, Home and End, and the panel's label.
 */
export function tabs<V extends string>(options: TabsOptions<V>) {
  const panelId = nextId('panel');
  const buttons = options.options.map((o) =>
    h('button', {
      type: 'button',
      role: 'tab',
      id: nextId('tab'),
      'aria-controls': panelId,
      'aria-selected': String(o.value === options.value),
      class:
        'relative -mb-px min-h-11 shrink-0 border-b-2 border-transparent px-3 text-sm font-semibold whitespace-nowrap text-slate-600 hover:text-slate-900 aria-selected:border-brand-700 aria-selected:text-brand-800',
      text: o.label,
      dataset: { value: o.value, testid: `tab-${o.value.toLowerCase()}` },
    }),
  );
  const el = h(
    'div',
    {
      role: 'tablist',
      'aria-label': options.label,
      class: 'flex gap-1 overflow-x-auto border-b border-slate-200',
      dataset: options.testid ? { testid: options.testid } : undefined,
    },
    buttons,
  );
  let value = options.value;
  let wired = false;
  const panel = (...children: Child[]) => {
    const p = h('div', { role: 'tabpanel', id: panelId, class: 'pt-5' }, children);
    // wireTabs finds the panel by id, so it can only run once the panel is in the document.
    queueMicrotask(() => {
      if (wired) return;
      wired = true;
      wireTabs(el, {
        onSelect: (tab) => {
          const next = tab.dataset.value as V;
          if (next === value) return;
          value = next;
          options.onChange(next);
        },
      });
    });
    return p;
  };
  return {
    el,
    panel,
    get value() {
      return value;
    },
  };
}

// ---- Toasts ------------------------------------------------------------------------------------------------

const TOAST_TONES = {
  success: { icon: 'check-circle', box: 'border-emerald-200', icon_: 'text-emerald-700' },
  error: { icon: 'alert-circle', box: 'border-red-200', icon_: 'text-red-700' },
  info: { icon: 'alert-circle', box: 'border-brand-200', icon_: 'text-brand-700' },
} as const;

/**
 * Shows a toast and announces it (the container is a polite live region in the page's HTML).
 * Success and info toasts leave after a while; errors stay until dismissed.
 */
export function notify(message: string, tone: keyof typeof TOAST_TONES = 'success') {
  const region = document.querySelector<HTMLElement>('[data-toasts]');
  if (!region) return;
  const spec = TOAST_TONES[tone];
  const close = h(
    'button',
    {
      type: 'button',
      class:
        'grid size-8 shrink-0 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800',
      'aria-label': 'Dismiss message',
    },
    iconSvg('x', 'size-4'),
  );
  const toast = h(
    'div',
    {
      class: `pointer-events-auto flex w-full items-start gap-3 rounded-xl border bg-white p-3 pl-4 text-sm text-slate-800 shadow-lift ${spec.box}`,
      dataset: { testid: 'toast', tone },
    },
    iconSvg(spec.icon, `mt-1.5 size-5 shrink-0 ${spec.icon_}`),
    h('p', { class: 'flex-1 py-1.5 leading-5', text: message }),
    close,
  );
  close.addEventListener('click', () => toast.remove());
  region.append(toast);
  while (region.children.length > 4) region.firstElementChild?.remove();
  if (tone !== 'error') setTimeout(() => toast.remove(), 7000);
}

// ---- Dialogs -------------------------------------------------------------------------------------------

function modal(testid: string, labelledBy: string, describedBy: string | undefined, extraClass: string) {
  const dialog = h('dialog', {
    class: `bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-950/50 ${extraClass}`,
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    dataset: { testid },
  });
  return dialog;
}

function show(dialog: HTMLDialogElement): Promise<void> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        dialog.remove();
        // The opener may be gone (its row was removed or re-rendered): fall back to the view's title.
        if (opener?.isConnected) opener.focus();
        else document.getElementById('view-title')?.focus();
        resolve();
      },
      { once: true },
    );
  });
}

export interface ReasonField {
  label: string;
  hint?: string;
  /** Message when left empty (or shorter than minLength). */
  missing: string;
  minLength?: number;
  maxLength?: number;
}

export interface ConfirmOptions {
  title: string;
  body: Child | Child[];
  confirmLabel: string;
  busyLabel?: string;
  danger?: boolean;
  /** A required free-text reason (sent to `run`). */
  reason?: ReasonField;
  testid?: string;
  /** Does the work; an ApiError it throws is shown in the dialog, which stays open. */
  run: (reason: string) => Promise<void>;
}

/**
 * Asks before acting. Resolves true once `run` succeeded (the dialog then closes), false when the
 * admin went back. A plain confirmation is lib/dialog.ts's; one that needs a reason is a small form
 * (lib/forms.ts checks it and shows the error on the field) in the same look.
 */
export function confirmAction(options: ConfirmOptions): Promise<boolean> {
  const testid = options.testid ?? 'confirm-dialog';
  if (!options.reason)
    return confirmDialog({
      title: options.title,
      body: options.body,
      confirmLabel: options.confirmLabel,
      busyLabel: options.busyLabel,
      tone: options.danger ? 'danger' : 'primary',
      testid,
      onConfirm: () => options.run(''),
    });

  const reason = options.reason;
  const titleId = nextId('dialog-title');
  const bodyId = nextId('dialog-body');
  const dialog = modal(
    testid,
    titleId,
    bodyId,
    'm-auto w-[calc(100%-2rem)] max-w-lg rounded-2xl border border-slate-200',
  );
  const reasonId = nextId('reason');
  const cancel = h('button', {
    type: 'button',
    class: 'btn-secondary',
    text: 'Go back',
    dataset: { testid: `${testid}-cancel` },
  });
  cancel.addEventListener('click', () => dialog.close());
  const confirm = h(
    'button',
    {
      type: 'submit',
      class: options.danger ? 'btn bg-red-700 text-white hover:bg-red-800' : 'btn-primary',
      'data-busy-label': options.busyLabel,
      dataset: { testid: `${testid}-confirm` },
    },
    h('span', { class: 'spinner', 'aria-hidden': 'true', hidden: true, dataset: { spinner: '' } }),
    h('span', { dataset: { label: '' }, text: options.confirmLabel }),
  );
  const form = h(
    'form',
    { class: 'p-6 sm:p-7' },
    h(
      'div',
      { class: 'flex items-start gap-4' },
      h(
        'span',
        {
          class: `grid size-11 shrink-0 place-items-center rounded-full ${options.danger ? 'bg-red-100 text-red-700' : 'bg-brand-50 text-brand-700'}`,
        },
        iconSvg(options.danger ? 'alert-triangle' : 'alert-circle', 'size-5'),
      ),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h('h2', { id: titleId, class: 'text-lg font-semibold text-slate-900', text: options.title }),
        h('div', { id: bodyId, class: 'mt-2 grid gap-2 text-sm leading-6 text-slate-700' }, options.body),
      ),
    ),
    h(
      'div',
      { class: 'mt-5' },
      h('label', { for: reasonId, class: 'field-label', text: reason.label }),
      reason.hint ? h('p', { id: `${reasonId}-hint`, class: 'field-hint mt-0.5', text: reason.hint }) : null,
      h('textarea', {
        id: reasonId,
        name: 'reason',
        required: true,
        rows: 3,
        maxlength: reason.maxLength ?? 1000,
        autofocus: true,
        class: 'field-input h-auto min-h-20 py-2.5 leading-6',
        'aria-describedby': reason.hint ? `${reasonId}-hint` : undefined,
        'data-msg-missing': reason.missing,
        dataset: { testid: `${testid}-text` },
      }),
      h('p', {
        id: `${reasonId}-error`,
        class: 'field-error',
        hidden: true,
        dataset: { errorFor: 'reason' },
      }),
    ),
    h(
      'div',
      {
        class: 'mt-5 flex gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900',
        role: 'alert',
        tabindex: '-1',
        hidden: true,
        dataset: { formError: '', testid: `${testid}-error` },
      },
      h('div', { dataset: { formErrorText: '' } }),
    ),
    h('div', { class: 'mt-5 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end' }, cancel, confirm),
  );
  dialog.append(form);

  let done = false;
  const text = () => (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
  clearErrorsOnEdit(form);
  bindForm(form, {
    validate: () => (text().length < (reason.minLength ?? 1) ? { reason: [reason.missing] } : undefined),
    submit: async () => {
      await options.run(text());
      done = true;
      dialog.close();
      return undefined;
    },
  });
  // Closing while the request is out would hide its answer: Escape waits until it is back.
  dialog.addEventListener('cancel', (event) => {
    if (form.getAttribute('aria-busy') === 'true') event.preventDefault();
  });
  return show(dialog).then(() => done);
}

export interface FormDialogOptions {
  title: string;
  testid: string;
  /** The form's fields (use components from admin/fields.ts). */
  fields: Child | Child[];
  submitLabel: string;
  busyLabel?: string;
  wide?: boolean;
  validate?: (form: HTMLFormElement) => Record<string, string[]> | undefined;
  run: (form: HTMLFormElement) => Promise<void>;
}

/** A dialog holding a form (create/edit); resolves true once it was saved. */
export function formDialog(options: FormDialogOptions): Promise<boolean> {
  const titleId = nextId('dialog-title');
  const dialog = modal(
    options.testid,
    titleId,
    undefined,
    `m-auto max-h-[calc(100dvh-2rem)] rounded-2xl ${options.wide ? 'w-[min(44rem,calc(100%-2rem))]' : 'w-[min(34rem,calc(100%-2rem))]'}`,
  );
  const form = h(
    'form',
    { class: 'flex max-h-[calc(100dvh-2rem)] flex-col' },
    h(
      'div',
      { class: 'flex items-center justify-between gap-4 border-b border-slate-100 px-6 py-4' },
      h('h2', { id: titleId, class: 'text-lg font-semibold text-slate-900', text: options.title }),
      h(
        'button',
        {
          type: 'button',
          class:
            'grid size-10 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800',
          'aria-label': 'Close',
          dataset: { close: '' },
        },
        iconSvg('x', 'size-5'),
      ),
    ),
    h(
      'div',
      { class: 'grid gap-5 overflow-y-auto px-6 py-5' },
      options.fields,
      formErrorSummary({ compact: true }),
    ),
    h(
      'div',
      {
        class:
          'flex flex-col-reverse gap-2 rounded-b-2xl border-t border-slate-100 bg-slate-50 px-6 py-4 sm:flex-row sm:justify-end',
      },
      button('Cancel', { variant: 'ghost', onClick: () => dialog.close(), testid: 'dialog-cancel' }),
      (() => {
        const submit = button(options.submitLabel, {
          variant: 'primary',
          type: 'submit',
          testid: 'dialog-save',
        });
        if (options.busyLabel) submit.dataset.busyLabel = options.busyLabel;
        return submit;
      })(),
    ),
  );
  form.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  dialog.append(form);
  let done = false;
  clearErrorsOnEdit(form);
  bindForm(form, {
    validate: () => options.validate?.(form),
    submit: async () => {
      await options.run(form);
      done = true;
      dialog.close();
      return undefined;
    },
  });
  return show(dialog).then(() => done);
}

// ---- Drawer --------------------------------------------------------------------------------------------

export interface DrawerControl {
  body: HTMLElement;
  footer: HTMLElement;
  close(): void;
  /** Shows a skeleton, runs `load`, and on failure an error with a retry. */
  load(load: () => Promise<void>): Promise<void>;
}

/** A side panel (a modal <dialog> from the right edge) for an item's details and actions. */
export function openDrawer(title: string, testid: string, fill: (drawer: DrawerControl) => Promise<void>) {
  const titleId = nextId('drawer-title');
  const dialog = modal(
    testid,
    titleId,
    undefined,
    'my-0 mr-0 ml-auto h-dvh max-h-dvh w-full max-w-xl sm:rounded-l-2xl',
  );
  const body = h('div', { class: 'flex-1 overflow-y-auto px-5 py-5 sm:px-6', dataset: { drawerBody: '' } });
  const footer = h('div', {
    class:
      'flex flex-wrap justify-end gap-2 border-t border-slate-100 bg-slate-50 px-5 py-4 empty:hidden sm:px-6',
  });
  const close = h(
    'button',
    {
      type: 'button',
      class:
        'grid size-10 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800',
      'aria-label': 'Close details',
      autofocus: true,
      dataset: { testid: 'drawer-close' },
    },
    iconSvg('x', 'size-5'),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.append(
    h(
      'div',
      { class: 'flex h-full flex-col' },
      h(
        'div',
        { class: 'flex items-center justify-between gap-4 border-b border-slate-100 px-5 py-4 sm:px-6' },
        h('h2', { id: titleId, class: 'text-lg font-semibold text-slate-900', text: title }),
        close,
      ),
      h('p', { class: 'sr-only', role: 'status', dataset: { drawerStatus: '' } }),
      body,
      footer,
    ),
  );
  // A click on the backdrop (outside the panel's box) closes it, as people expect of a side panel.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      const r = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= r.left &&
        event.clientX <= r.right &&
        event.clientY >= r.top &&
        event.clientY <= r.bottom;
      if (!inside) dialog.close();
    }
  });
  const status = dialog.querySelector<HTMLElement>('[data-drawer-status]');
  const control: DrawerControl = {
    body,
    footer,
    close: () => dialog.close(),
    async load(work) {
      replaceChildren(body, detailSkeleton());
      replaceChildren(footer);
      body.setAttribute('aria-busy', 'true');
      if (status) status.textContent = 'Loading details…';
      try {
        await work();
        if (status) status.textContent = 'Details loaded.';
      } catch (err) {
        replaceChildren(
          body,
          errorState({
            message: messageOf(err),
            title: 'We could not load these details',
            onRetry: () => void control.load(work),
          }),
        );
        if (status) status.textContent = messageOf(err);
      } finally {
        body.removeAttribute('aria-busy');
      }
    },
  };
  const closed = show(dialog);
  void fill(control);
  return closed;
}

function detailSkeleton() {
  return h(
    'div',
    { 'aria-hidden': 'true' },
    h('div', { class: 'skeleton h-5 w-1/2' }),
    h('div', { class: 'skeleton mt-3 h-4 w-1/3' }),
    h(
      'div',
      { class: 'mt-8 grid gap-5 sm:grid-cols-2' },
      Array.from({ length: 6 }, () =>
        h(
          'div',
          null,
          h('div', { class: 'skeleton h-3.5 w-1/3' }),
          h('div', { class: 'skeleton mt-2 h-4 w-2/3' }),
        ),
      ),
    ),
  );
}

/** A titled group inside a drawer. */
export const drawerSection = (title: string, ...children: Child[]) =>
  h(
    'section',
    { class: 'border-t border-slate-100 pt-5 first:border-0 first:pt-0 [&+section]:mt-6' },
    h('h3', { class: 'mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase', text: title }),
    children,
  );

// ---- Skeleton and paged list ------------------------------------------------------------------------

/** Placeholder rows while a list loads; hidden from assistive technology (a status line says "Loading"). */
export function skeletonRows(count = 3, { tall = false } = {}): HTMLElement {
  return h(
    'ul',
    { class: 'grid gap-3', 'aria-hidden': 'true', dataset: { skeleton: '' } },
    Array.from({ length: count }, () =>
      h(
        'li',
        { class: 'flex items-start gap-4 rounded-2xl border border-slate-200/80 bg-white p-5' },
        h('div', { class: 'skeleton size-10 shrink-0 rounded-xl' }),
        h(
          'div',
          { class: 'flex-1' },
          h('div', { class: 'skeleton h-4 w-2/5' }),
          h('div', { class: 'skeleton mt-3 h-3.5 w-3/4' }),
          tall ? h('div', { class: 'skeleton mt-2 h-3.5 w-2/3' }) : null,
          tall ? h('div', { class: 'skeleton mt-2 h-3.5 w-1/2' }) : null,
        ),
      ),
    ),
  );
}

export interface PageResult<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedListOptions<T> {
  testid: string;
  /** Singular and plural nouns for announcements, e.g. ['doctor', 'doctors']. */
  noun: [string, string];
  fetch: (cursor: string | null, signal: AbortSignal) => Promise<PageResult<T>>;
  render: (item: T, list: PagedList<T>) => HTMLLIElement;
  empty: () => HTMLElement;
  /** The view's signal: a navigation away aborts what is in flight. */
  signal: AbortSignal;
  tall?: boolean;
}

export interface PagedList<T> {
  el: HTMLElement;
  reload(): Promise<void>;
  /** Takes a row out (after a decision or a delete), moving focus to a sensible neighbour. */
  remove(row: HTMLElement, message?: string): void;
  /** Replaces a row with a freshly rendered one (after an edit), keeping focus in it if it had it. */
  replace(row: HTMLElement, item: T): HTMLLIElement;
  say(message: string): void;
}

/** A list that loads page by page through the API's cursor, with every state it can be in. */
export function pagedList<T>(options: PagedListOptions<T>): PagedList<T> {
  const status = h('p', { class: 'sr-only', role: 'status', text: 'Loading…' });
  const body = h('div');
  const more = h('div', { class: 'mt-4 flex flex-col items-center gap-2' });
  const el = h(
    'div',
    { dataset: { testid: options.testid, state: 'loading' }, 'aria-busy': 'true' },
    status,
    body,
    more,
  );
  const listEl = h('ul', {
    class: 'grid grid-cols-1 gap-3',
    dataset: { testid: `${options.testid}-items` },
  });
  let cursor: string | null = null;
  let shown = 0;
  let controller: AbortController | null = null;
  const [one, many] = options.noun;

  const setState = (state: 'loading' | 'ready' | 'empty' | 'error') => {
    el.dataset.state = state;
    el.setAttribute('aria-busy', String(state === 'loading'));
  };
  const say = (message: string) => {
    status.textContent = message;
  };

  const renderMore = () => {
    replaceChildren(more);
    if (!cursor) return;
    const loadMore = button('Load more', {
      variant: 'secondary',
      testid: 'load-more',
      srSuffix: many,
      onClick: (b) => void loadNext(b),
    });
    more.append(loadMore);
  };

  const fetchPage = async (c: string | null) => {
    controller?.abort();
    const local = new AbortController();
    controller = local;
    const abort = () => local.abort();
    options.signal.addEventListener('abort', abort, { once: true });
    try {
      return await options.fetch(c, local.signal);
    } finally {
      options.signal.removeEventListener('abort', abort);
    }
  };

  const api: PagedList<T> = {
    el,
    say,
    async reload() {
      cursor = null;
      shown = 0;
      setState('loading');
      say('Loading…');
      replaceChildren(body, skeletonRows(3, { tall: options.tall }));
      replaceChildren(more);
      try {
        const page = await fetchPage(null);
        if (options.signal.aborted) return;
        cursor = page.nextCursor;
        if (!page.items.length) {
          replaceChildren(body, options.empty());
          setState('empty');
          say(`No ${many} to show.`);
          return;
        }
        replaceChildren(
          listEl,
          page.items.map((item) => options.render(item, api)),
        );
        shown = page.items.length;
        replaceChildren(body, listEl);
        setState('ready');
        say(`Showing ${plural(shown, one, many)}${cursor ? '; more can be loaded' : ''}.`);
        renderMore();
      } catch (err) {
        if (options.signal.aborted || (err instanceof DOMException && err.name === 'AbortError')) return;
        replaceChildren(
          body,
          errorState({
            message: messageOf(err),
            title: `We could not load the ${many}`,
            onRetry: () => {
              void api.reload().then(() => {
                // The retry button is gone: keep focus in the list rather than dropping it on <body>.
                if (el.contains(document.activeElement) || document.activeElement === document.body)
                  (
                    el.querySelector<HTMLElement>('[data-retry], li button, li a[href]') ??
                    document.getElementById('view-title')
                  )?.focus();
              });
            },
          }),
        );
        setState('error');
        say(messageOf(err));
      }
    },
    remove(row, message) {
      const rows = [...listEl.children] as HTMLElement[];
      const index = rows.indexOf(row);
      const neighbour = rows[index + 1] ?? rows[index - 1];
      row.remove();
      shown = Math.max(0, shown - 1);
      if (!listEl.children.length && !cursor) {
        replaceChildren(body, options.empty());
        setState('empty');
      }
      if (message) say(message);
      const target =
        neighbour?.querySelector<HTMLElement>('button, a[href]') ??
        document.getElementById('view-title') ??
        undefined;
      target?.focus();
    },
    replace(row, item) {
      const hadFocus = row.contains(document.activeElement);
      const fresh = options.render(item, api);
      row.replaceWith(fresh);
      if (hadFocus) fresh.querySelector<HTMLElement>('button, a[href]')?.focus();
      return fresh;
    },
  };

  async function loadNext(trigger: HTMLButtonElement) {
    const errorId = 'load-more-error';
    more.querySelector(`#${errorId}`)?.remove();
    try {
      const page = await withBusy(trigger, () => fetchPage(cursor));
      if (options.signal.aborted) return;
      cursor = page.nextCursor;
      const rows = page.items.map((item) => options.render(item, api));
      listEl.append(...rows);
      shown += rows.length;
      renderMore();
      say(`Loaded ${plural(rows.length, one, many)}; ${shown} shown${cursor ? '' : ', that is all'}.`);
      // Keep the keyboard user where they were: on Load more, or on the first new row when it is gone.
      const again = more.querySelector<HTMLElement>('button');
      (again ?? rows[0]?.querySelector<HTMLElement>('button, a[href]') ?? rows[0])?.focus();
    } catch (err) {
      if (options.signal.aborted) return;
      more.append(
        h('p', {
          id: errorId,
          class: 'text-sm font-medium text-red-700',
          role: 'alert',
          text: messageOf(err),
        }),
      );
    }
  }

  return api;
}

/** A row of the standard list look. */
export function row(testid: string, dataset: Record<string, string>, ...children: Child[]): HTMLLIElement {
  return h(
    'li',
    {
      class: 'rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card sm:p-5',
      dataset: { testid, ...dataset },
    },
    children,
  );
}
