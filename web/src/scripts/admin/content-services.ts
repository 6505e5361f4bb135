/**
 * Services on the home page: create, edit (with an icon picker), show or hide, delete, and reorder with
 * Move up / Move down buttons (keyboard friendly, unlike drag and drop) and then Save order.
 */
import { type AdminService, adminApi } from '../../lib/admin-api.ts';
import { ApiError } from '../../lib/api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { fieldValue } from '../../lib/forms.ts';
import { iconSvg } from '../../lib/icons.ts';
import { emptyState, errorState, plural } from '../../lib/states.ts';
import type { ViewContext } from './console.ts';
import { checked, iconPicker, switchField, textareaField, textField } from './fields.ts';
import {
  badge,
  button,
  confirmAction,
  formDialog,
  messageOf,
  nextId,
  notify,
  sectionHeader,
  skeletonRows,
  withBusy,
} from './ui.ts';

export function servicesPanel(ctx: ViewContext, container: HTMLElement) {
  let saved: AdminService[] = [];
  let order: AdminService[] = [];
  const headingId = nextId('services-heading');
  const status = h('p', { class: 'sr-only', role: 'status' });
  const listBox = h('div', { class: 'mt-4', dataset: { testid: 'services-region', state: 'loading' } });
  const dirty = () => order.some((s, i) => s.id !== saved[i]?.id);

  const add = button('Add service', {
    variant: 'primary',
    icon: 'plus',
    class: 'shrink-0 self-start sm:self-auto',
    testid: 'add-service',
    onClick: () => void edit(),
  });
  const saveOrder = button('Save order', { variant: 'primary', testid: 'save-order' });
  const discard = button('Discard', { variant: 'ghost', testid: 'discard-order' });
  const bar = h(
    'div',
    {
      class:
        'sticky top-32 z-10 mt-4 flex flex-col gap-3 rounded-xl border border-accent-300 bg-accent-50 p-3 pl-4 shadow-card sm:flex-row sm:items-center sm:justify-between md:top-20',
      hidden: true,
      dataset: { testid: 'order-bar' },
    },
    h(
      'p',
      { class: 'flex items-center gap-2 text-sm font-medium text-accent-900' },
      iconSvg('alert-triangle', 'size-4 shrink-0 text-accent-700'),
      'The new order is not saved yet. The home page still shows the old one.',
    ),
    h('div', { class: 'flex gap-2' }, discard, saveOrder),
  );

  container.append(
    h(
      'section',
      { 'aria-labelledby': headingId },
      sectionHeader(
        headingId,
        'Services',
        'Shown on the home page in this order. Inactive services are hidden from patients.',
        add,
      ),
      status,
      bar,
      listBox,
    ),
  );

  const focusIn = (id: string, action: string) => {
    const rowEl = listBox.querySelector<HTMLElement>(`[data-service-id="${id}"]`);
    const wanted = rowEl?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    const fallback = rowEl?.querySelector<HTMLButtonElement>(
      `[data-action="${action === 'up' ? 'down' : 'up'}"]`,
    );
    (wanted && !wanted.disabled
      ? wanted
      : fallback && !fallback.disabled
        ? fallback
        : rowEl?.querySelector<HTMLElement>('button')
    )?.focus();
  };

  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    const item = order[index];
    const other = order[to];
    if (!item || !other) return;
    order = [...order];
    order[index] = other;
    order[to] = item;
    render();
    focusIn(item.id, delta < 0 ? 'up' : 'down');
    status.textContent = `${item.name} moved to position ${to + 1} of ${order.length}.${dirty() ? ' Save the order to publish it.' : ''}`;
  };

  function serviceRow(s: AdminService, index: number) {
    const nameId = nextId('service-name');
    const switchId = nextId('active');
    const active = h('input', {
      id: switchId,
      type: 'checkbox',
      role: 'switch',
      class: 'switch',
      dataset: { testid: 'service-active' },
    });
    active.checked = s.active;
    active.addEventListener('change', async () => {
      const want = active.checked;
      active.disabled = true;
      try {
        const { service } = await adminApi.updateService(s.id, { active: want });
        for (const list of [saved, order]) {
          const i = list.findIndex((x) => x.id === s.id);
          if (i >= 0) list[i] = { ...list[i], ...service } as AdminService;
        }
        s.active = service.active;
        const label = listBox.querySelector<HTMLElement>(`[data-service-id="${s.id}"] [data-inactive]`);
        if (label) label.hidden = service.active;
        notify(
          service.active ? `${s.name} is shown on the home page.` : `${s.name} is hidden from the home page.`,
        );
      } catch (err) {
        active.checked = !want;
        notify(messageOf(err), 'error');
      } finally {
        active.disabled = false;
        active.focus();
      }
    });
    const iconButton = (action: 'up' | 'down') => {
      const b = h(
        'button',
        {
          type: 'button',
          class:
            'grid size-10 place-items-center rounded-lg border border-slate-200 bg-white text-slate-700 hover:border-brand-300 hover:bg-brand-50 hover:text-brand-800 disabled:cursor-not-allowed disabled:opacity-40',
          'aria-label': `Move ${s.name} ${action}`,
          dataset: { action, testid: `move-${action}` },
        },
        iconSvg('arrow-right', `size-4 ${action === 'up' ? '-rotate-90' : 'rotate-90'}`),
      );
      b.disabled = action === 'up' ? index === 0 : index === order.length - 1;
      b.addEventListener('click', () => move(index, action === 'up' ? -1 : 1));
      return b;
    };
    return h(
      'li',
      {
        class:
          'flex flex-col gap-3 rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card @3xl:flex-row @3xl:items-center',
        dataset: { testid: 'service-row', serviceId: s.id, position: String(index + 1) },
      },
      h(
        'div',
        { class: 'flex min-w-0 flex-1 items-start gap-3' },
        h('span', {
          class: 'w-5 pt-2.5 text-right text-sm font-semibold text-slate-500 tabular-nums',
          'aria-hidden': 'true',
          text: String(index + 1),
        }),
        h(
          'span',
          {
            class:
              'grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100',
          },
          iconSvg(s.icon, 'size-5'),
        ),
        h(
          'div',
          { class: 'min-w-0' },
          h(
            'div',
            { class: 'flex flex-wrap items-center gap-2' },
            h('h3', {
              id: nameId,
              class: 'font-semibold text-slate-900',
              text: s.name,
              dataset: { testid: 'service-name' },
            }),
            h('span', { hidden: s.active, dataset: { inactive: '' } }, badge('Hidden', 'slate')),
          ),
          h('p', { class: 'mt-0.5 line-clamp-2 text-sm text-slate-600', text: s.description }),
        ),
      ),
      h(
        'div',
        { class: 'flex flex-wrap items-center gap-2 pl-8 @3xl:pl-0' },
        h(
          'div',
          { class: 'flex gap-1', role: 'group', 'aria-label': `Position of ${s.name}` },
          iconButton('up'),
          iconButton('down'),
        ),
        h(
          'label',
          {
            for: switchId,
            class:
              'ml-1 flex min-h-10 cursor-pointer items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-700',
          },
          active,
          'Active',
          h('span', { class: 'sr-only', text: `: ${s.name}` }),
        ),
        button('Edit', {
          small: true,
          icon: 'pencil',
          srSuffix: s.name,
          testid: 'edit-service',
          onClick: () => void edit(s),
        }),
        button('Delete', {
          small: true,
          variant: 'danger-ghost',
          icon: 'trash',
          srSuffix: s.name,
          testid: 'delete-service',
          onClick: () => void remove(s),
        }),
      ),
    );
  }

  function render() {
    bar.hidden = !dirty();
    if (!order.length) {
      replaceChildren(
        listBox,
        emptyState({
          icon: 'stethoscope',
          title: 'No services yet',
          text: 'Add the services patients can book, such as general consultations or second opinions.',
          testid: 'services-empty',
        }),
      );
      listBox.dataset.state = 'empty';
      return;
    }
    replaceChildren(
      listBox,
      h(
        'ol',
        {
          class: '@container grid gap-2.5',
          'aria-labelledby': headingId,
          dataset: { testid: 'services-list' },
        },
        order.map((s, i) => serviceRow(s, i)),
      ),
    );
    listBox.dataset.state = 'ready';
  }

  async function load({ announce = true } = {}) {
    listBox.dataset.state = 'loading';
    listBox.setAttribute('aria-busy', 'true');
    replaceChildren(listBox, skeletonRows(4));
    try {
      const { services } = await adminApi.services({ signal: ctx.signal });
      if (ctx.signal.aborted) return;
      saved = services;
      order = [...services];
      render();
      if (announce) status.textContent = `${plural(services.length, 'service', 'services')}.`;
    } catch (err) {
      if (ctx.signal.aborted) return;
      replaceChildren(
        listBox,
        errorState({
          message: messageOf(err),
          title: 'We could not load the services',
          onRetry: () => void load().then(() => document.getElementById(headingId)?.focus()),
        }),
      );
      listBox.dataset.state = 'error';
      status.textContent = messageOf(err);
    } finally {
      listBox.setAttribute('aria-busy', 'false');
    }
  }

  discard.addEventListener('click', () => {
    order = [...saved];
    render();
    status.textContent = 'Order changes discarded.';
    document.getElementById(headingId)?.focus();
  });
  saveOrder.addEventListener('click', async () => {
    try {
      const { services } = await withBusy(saveOrder, () => adminApi.reorderServices(order.map((s) => s.id)));
      saved = services;
      order = [...services];
      render();
      document.getElementById(headingId)?.focus();
      notify('Order saved. The home page shows the services in this order.');
    } catch (err) {
      notify(
        err instanceof ApiError && err.status === 409
          ? 'The services changed while you were reordering. The list is reloaded; please reorder again.'
          : messageOf(err),
        'error',
      );
      if (err instanceof ApiError && err.status === 409) await load();
    }
  });

  async function edit(existing?: AdminService) {
    const ok = await formDialog({
      title: existing ? `Edit ${existing.name}` : 'Add a service',
      testid: 'service-dialog',
      submitLabel: existing ? 'Save changes' : 'Add service',
      busyLabel: 'Saving…',
      fields: [
        textField({
          name: 'name',
          label: 'Name',
          value: existing?.name,
          minLength: 2,
          maxLength: 80,
          missing: 'Give the service a name.',
          invalid: 'Use 2 to 80 characters.',
          testid: 'service-name-input',
        }),
        textareaField({
          name: 'description',
          label: 'Description',
          hint: 'One or two sentences for the home page.',
          value: existing?.description,
          minLength: 5,
          maxLength: 300,
          rows: 3,
          missing: 'Describe the service in a sentence.',
          invalid: 'Use 5 to 300 characters.',
          testid: 'service-description-input',
        }),
        iconPicker('icon', existing?.icon ?? ''),
        switchField({
          name: 'active',
          label: 'Active',
          hint: 'Inactive services are kept but not shown to patients.',
          checked: existing?.active ?? true,
          testid: 'service-active-input',
        }),
      ],
      validate: (form) => (fieldValue(form, 'icon') ? undefined : { icon: ['Choose an icon.'] }),
      run: async (form) => {
        const body = {
          name: fieldValue(form, 'name'),
          description: fieldValue(form, 'description'),
          icon: fieldValue(form, 'icon'),
          active: checked(form, 'active'),
        };
        if (existing) await adminApi.updateService(existing.id, body);
        else await adminApi.createService(body);
      },
    });
    if (!ok) return;
    const hadOrderChanges = dirty();
    const keep = existing ? order.map((s) => s.id) : null;
    await load({ announce: false });
    // An edit keeps an unsaved order; adding a service starts from the saved order (the new one is last).
    if (keep && hadOrderChanges) {
      const byId = new Map(saved.map((s) => [s.id, s]));
      order = keep.map((id) => byId.get(id)).filter((s): s is AdminService => Boolean(s));
      render();
    }
    // A new service gets the highest position, so it is the last one.
    const target = existing?.id ?? saved[saved.length - 1]?.id;
    const name = order.find((x) => x.id === target)?.name ?? 'The service';
    notify(
      existing
        ? `${name} is saved.`
        : `${name} is added at the end of the list.${hadOrderChanges ? ' Your unsaved order changes were discarded.' : ''}`,
    );
    listBox.querySelector<HTMLElement>(`[data-service-id="${target}"] [data-testid="edit-service"]`)?.focus();
  }

  async function remove(s: AdminService) {
    const ok = await confirmAction({
      title: `Delete ${s.name}?`,
      testid: 'delete-service-dialog',
      danger: true,
      body: [
        h('p', { text: 'It disappears from the home page. This cannot be undone.' }),
        h('p', { text: 'To take it off the site for a while, turn it inactive instead.' }),
      ],
      confirmLabel: 'Delete service',
      busyLabel: 'Deleting…',
      run: async () => {
        await adminApi.deleteService(s.id);
      },
    });
    if (!ok) return;
    await load({ announce: false });
    document.getElementById(headingId)?.focus();
    notify(`${s.name} is deleted.`);
  }

  void load();
}
