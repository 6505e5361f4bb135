/**
 * Services on the home page: add and edit (with an icon picker), show or hide, delete, and reorder
 * with Move up / Move down (keyboard friendly, unlike drag and drop), then Save order.
 */
import { batch, useSignal } from '@preact/signals';
import type { AdminService, ServiceIcon } from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { fieldValue } from '../../components/useForm.ts';
import { ApiError, api, errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { serviceIcon, serviceIcons } from '../../lib/icons/service.ts';
import { m } from '../../paraglide/messages.js';
import { focusLater, useView } from './context.ts';
import { Act, AdminList, Badge, DeleteButton, EditorForm, Header, Switch, useList } from './ui.tsx';

const HEADING = 'services-heading';
const focusHeading = () => focusLater(`#${HEADING}`);
const row = (id: string) => `[data-service-id="${id}"]`;

/** The service icon picker: a radio group drawn as tiles, each with its icon and name. */
const IconPicker = ({ value, error }: { value: string; error?: string }) => (
  <fieldset aria-describedby={error ? 'icon-error' : undefined} data-testid="icon-picker">
    <legend class="field-label">{m.admin_icon()}</legend>
    <div class="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
      {Object.keys(serviceIcons).map((icon) => (
        <div key={icon}>
          <input
            id={`icon-${icon}`}
            type="radio"
            name="icon"
            value={icon}
            class="peer sr-only"
            defaultChecked={icon === value}
            data-testid={`icon-${icon}`}
          />
          <label
            for={`icon-${icon}`}
            class="flex min-h-16 cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border border-slate-200 p-2 text-xs font-medium text-slate-700 peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:text-brand-800 peer-checked:ring-1 peer-checked:ring-brand-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500 hover:border-brand-300"
          >
            <Icon shape={serviceIcon(icon)} class="size-5" />
            {icon.replace('-', ' ')}
          </label>
        </div>
      ))}
    </div>
    <p id="icon-error" class="field-error" data-error-for="icon" hidden={!error}>
      {error}
    </p>
  </fieldset>
);

function ServiceDialog({
  existing,
  ...props
}: {
  existing: AdminService | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  return (
    <Dialog
      open
      onClose={props.onClose}
      title={existing ? m.admin_edit_service({ name: existing.name }) : m.admin_add_service_title()}
      testid="service-dialog"
      class="dialog w-[min(34rem,calc(100vw-2rem))] rounded-2xl p-6 shadow-lift backdrop:bg-slate-900/50"
    >
      <EditorForm
        class="mt-4 grid gap-5"
        ids={['dialog-cancel', 'dialog-save']}
        saveLabel={existing ? m.admin_save_changes() : m.admin_add_service()}
        onCancel={props.onClose}
        validate={(f) => (fieldValue(f, 'icon') ? undefined : { icon: [m.admin_choose_icon()] })}
        submit={async (f) => {
          const body = {
            name: fieldValue(f, 'name'),
            description: fieldValue(f, 'description'),
            // '' removes a Hindi version: Hindi pages then show the English.
            nameHi: fieldValue(f, 'nameHi'),
            descriptionHi: fieldValue(f, 'descriptionHi'),
            icon: fieldValue(f, 'icon') as ServiceIcon,
            active: (f.elements.namedItem('active') as HTMLInputElement).checked,
          };
          await (existing
            ? api.call('adminUpdateService', { params: { serviceId: existing.id }, body })
            : api.call('adminCreateService', { body }));
          await props.onSaved();
        }}
      >
        {(errors) => (
          <>
            <Field
              id="service-name"
              name="name"
              label={m.admin_name()}
              defaultValue={existing?.name}
              minLength={2}
              maxLength={80}
              missing={m.admin_service_name_missing()}
              invalid={m.admin_service_name_invalid()}
              error={errors.name}
              testid="service-name-input"
              autocomplete="off"
            />
            <Field
              id="service-description"
              name="description"
              as="textarea"
              label={m.admin_description()}
              hint={m.admin_service_description_hint()}
              defaultValue={existing?.description}
              minLength={5}
              maxLength={300}
              rows={3}
              missing={m.admin_service_description_missing()}
              invalid={m.admin_service_description_invalid()}
              error={errors.description}
              testid="service-description-input"
            />
            <Field
              id="service-name-hi"
              name="nameHi"
              optional
              lang="hi"
              label={m.admin_name_hi()}
              hint={m.admin_hindi_hint()}
              defaultValue={existing?.nameHi}
              minLength={2}
              maxLength={80}
              invalid={m.admin_service_name_invalid()}
              error={errors.nameHi}
              testid="service-name-hi-input"
              autocomplete="off"
            />
            <Field
              id="service-description-hi"
              name="descriptionHi"
              as="textarea"
              optional
              lang="hi"
              label={m.admin_description_hi()}
              defaultValue={existing?.descriptionHi}
              minLength={5}
              maxLength={300}
              rows={3}
              invalid={m.admin_service_description_invalid()}
              error={errors.descriptionHi}
              testid="service-description-hi-input"
            />
            <IconPicker value={existing?.icon ?? ''} error={errors.icon} />
            <Switch
              name="active"
              label={m.admin_active()}
              hint={m.admin_active_hint()}
              checked={existing?.active ?? true}
              testid="service-active-input"
            />
          </>
        )}
      </EditorForm>
    </Dialog>
  );
}

/**
 * The services as listed (the order being arranged, until it is saved or discarded) against the saved
 * order, and everything that changes either.
 */
function useServices() {
  const ctx = useView();
  /** The ids in their saved order, as last read or saved. */
  const saved = useSignal<string[]>([]);
  const noun = [m.admin_n_services, m.admin_services_noun] as const;
  const list = useList<AdminService>(
    'services-list',
    noun,
    (s) => s.id,
    async (_cursor, signal) => {
      const { services } = await api.call('adminListServices', undefined, { signal });
      saved.value = services.map((s) => s.id);
      return { items: services, nextCursor: null };
    },
  );
  const items = list.items.value;
  const dirty = items.some((s, i) => s.id !== saved.value[i]);
  const inOrder = (ids: string[]) => {
    const byId = new Map(list.items.value.map((s) => [s.id, s]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  const arrange = (next: AdminService[], status: string) =>
    batch(() => {
      [list.items.value, list.status.value] = [next, status];
    });
  /** Reads the saved list again; an unsaved order is kept (`keep`: after an edit) or dropped. */
  const reload = async (keep: boolean) => {
    const kept = keep && dirty ? items.map((s) => s.id) : null;
    await list.load();
    if (kept) list.items.value = [...inOrder(kept), ...list.items.value.filter((s) => !kept.includes(s.id))];
  };
  const move = (index: number, delta: -1 | 1) => {
    const next = [...items];
    const [item, other] = [next[index], next[index + delta]];
    if (!item || !other) return;
    [next[index], next[index + delta]] = [other, item];
    arrange(next, m.admin_moved({ name: item.name, position: index + delta + 1, count: next.length }));
    // Focus follows the moved service, on the same button while it can still move that way.
    requestAnimationFrame(() => {
      const moved = document.querySelector(row(item.id));
      const again = moved?.querySelector<HTMLElement>(
        `[data-testid="move-${delta < 0 ? 'up' : 'down'}"]:not(:disabled)`,
      );
      (again ?? moved?.querySelector<HTMLElement>('button:not(:disabled)'))?.focus();
    });
  };
  const discard = () => {
    arrange(inOrder(saved.value), m.admin_order_discarded());
    focusHeading();
  };
  const saving = useSignal(false);
  const save = async () => {
    saving.value = true;
    try {
      const { services } = await api.call('adminReorderServices', { body: { ids: items.map((s) => s.id) } });
      batch(() => {
        [list.items.value, saved.value] = [services, services.map((s) => s.id)];
      });
      focusHeading();
      ctx.notify(m.admin_order_saved());
    } catch (err) {
      const conflict = err instanceof ApiError && err.status === 409;
      ctx.notify(conflict ? m.admin_order_conflict() : errorText(err), 'error');
      if (conflict) await reload(false);
    } finally {
      saving.value = false;
    }
  };
  /** Shows or hides one at once (the switch follows the click) and puts it back if the API refuses. */
  const toggle = async (s: AdminService, active: boolean) => {
    const set = (value: boolean) => list.update(s.id, (x) => ({ ...x, active: value }));
    set(active);
    try {
      await api.call('adminUpdateService', { params: { serviceId: s.id }, body: { active } });
      ctx.notify((active ? m.admin_service_shown : m.admin_service_hidden)({ name: s.name }));
    } catch (err) {
      set(!active);
      ctx.notify(errorText(err), 'error');
    }
  };
  const remove = async (s: AdminService) => {
    await api.call('adminDeleteService', { params: { serviceId: s.id } });
    await reload(false);
    ctx.notify(m.admin_service_deleted({ name: s.name }));
    focusHeading();
  };
  return { list, dirty, reload, move, discard, save, saving, toggle, remove };
}

export default function Services() {
  const ctx = useView();
  const services = useServices();
  const { list } = services;
  const editing = useSignal<AdminService | 'new' | null>(null);
  const edit = (s: AdminService | 'new' | null) => {
    editing.value = s;
  };
  const onSaved = async () => {
    const existing = editing.value === 'new' ? null : editing.value;
    const hadOrder = services.dirty;
    // An edit keeps an unsaved order; adding one starts from the saved order (the new one is last).
    await services.reload(Boolean(existing));
    const fresh = list.items.value;
    const target = fresh.find((x) => x.id === existing?.id) ?? fresh[fresh.length - 1];
    edit(null);
    const name = target?.name ?? '';
    const added = `${m.admin_service_added({ name })}${hadOrder ? ` ${m.admin_order_dropped()}` : ''}`;
    ctx.notify(existing ? m.admin_service_saved({ name }) : added);
    if (target) focusLater(`${row(target.id)} [data-testid="edit-service"]`);
  };
  const last = list.items.value.length - 1;
  return (
    <section aria-labelledby={HEADING}>
      <Header id={HEADING} title={m.admin_services()} intro={m.admin_services_intro()}>
        <Act
          look="main"
          icon={I.plus}
          label={m.admin_add_service()}
          testid="add-service"
          onClick={() => edit('new')}
        />
      </Header>
      {services.dirty && (
        <div
          class="sticky top-32 z-10 mb-4 flex flex-col gap-3 rounded-xl border border-accent-300 bg-accent-50 p-3 pl-4 text-sm font-medium text-accent-900 shadow-card sm:flex-row sm:items-center sm:justify-between md:top-20"
          data-testid="order-bar"
        >
          <p class="flex items-center gap-2">
            <Icon shape={I.alertTriangle} class="size-4 shrink-0 text-accent-700" />
            {m.admin_order_unsaved()}
          </p>
          <div class="flex gap-2">
            <Button variant="ghost" testid="discard-order" onClick={services.discard}>
              {m.admin_discard()}
            </Button>
            <Button testid="save-order" busy={services.saving.value} onClick={() => void services.save()}>
              {m.admin_save_order()}
            </Button>
          </div>
        </div>
      )}
      <div class="@container">
        <AdminList
          list={list}
          ordered
          empty={{
            icon: I.stethoscope,
            title: m.admin_services_empty(),
            text: m.admin_services_empty_text(),
            testid: 'services-empty',
          }}
          renderItem={(s) => {
            const index = list.items.value.indexOf(s);
            return (
              <li
                class="flex flex-col gap-3 rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card @3xl:flex-row @3xl:items-center"
                data-testid="service-row"
                data-service-id={s.id}
                data-position={index + 1}
              >
                <div class="flex min-w-0 flex-1 items-start gap-3">
                  <span
                    class="w-5 pt-2.5 text-right text-sm font-semibold text-slate-500 tabular-nums"
                    aria-hidden="true"
                  >
                    {index + 1}
                  </span>
                  <span class="grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
                    <Icon shape={serviceIcon(s.icon)} class="size-5" />
                  </span>
                  <div class="min-w-0">
                    <h3 class="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                      <span data-testid="service-name">{s.name}</span>
                      {!s.active && <Badge>{m.admin_hidden()}</Badge>}
                    </h3>
                    <p class="mt-0.5 line-clamp-2 text-sm text-slate-600">{s.description}</p>
                  </div>
                </div>
                <div class="flex flex-wrap items-center gap-2 pl-8 @3xl:pl-0">
                  <fieldset class="flex gap-1">
                    <legend class="sr-only">{m.admin_position_of({ name: s.name })}</legend>
                    {(['up', 'down'] as const).map((dir) => (
                      <button
                        key={dir}
                        type="button"
                        class="grid size-10 place-items-center rounded-lg border border-slate-200 bg-white text-slate-700 hover:border-brand-300 hover:bg-brand-50 disabled:opacity-40"
                        aria-label={(dir === 'up' ? m.admin_move_up : m.admin_move_down)({ name: s.name })}
                        data-testid={`move-${dir}`}
                        disabled={index === (dir === 'up' ? 0 : last)}
                        onClick={() => services.move(index, dir === 'up' ? -1 : 1)}
                      >
                        <Icon
                          shape={I.arrowRight}
                          class={`size-4 ${dir === 'up' ? '-rotate-90' : 'rotate-90'}`}
                        />
                      </button>
                    ))}
                  </fieldset>
                  <label class="ml-1 flex min-h-10 cursor-pointer items-center gap-2 px-2 text-sm font-medium text-slate-700">
                    <input
                      type="checkbox"
                      role="switch"
                      class="switch"
                      checked={s.active}
                      aria-checked={s.active}
                      data-testid="service-active"
                      onChange={(e) => void services.toggle(s, e.currentTarget.checked)}
                    />
                    {m.admin_active()}
                    <span class="sr-only">: {s.name}</span>
                  </label>
                  <Act
                    icon={I.pencil}
                    label={m.admin_edit()}
                    sr={s.name}
                    testid="edit-service"
                    onClick={() => edit(s)}
                  />
                  <DeleteButton
                    sr={s.name}
                    testid="delete-service"
                    title={m.admin_delete_named({ name: s.name })}
                    body={[
                      <p key="b">{m.admin_service_delete_body()}</p>,
                      <p key="h">{m.admin_service_delete_hint()}</p>,
                    ]}
                    confirmLabel={m.admin_service_delete_confirm()}
                    onConfirm={() => services.remove(s)}
                  />
                </div>
              </li>
            );
          }}
        />
      </div>
      {editing.value && (
        <ServiceDialog
          existing={editing.value === 'new' ? null : editing.value}
          onClose={() => edit(null)}
          onSaved={onSaved}
        />
      )}
    </section>
  );
}
