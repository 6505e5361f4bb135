/**
 * Form controls built in the browser with the same markup contract as components/Field.astro, so
 * lib/forms.ts shows errors under them (`[data-error-for]`, aria-describedby, aria-invalid).
 */
import { h } from '../../lib/dom.ts';
import { iconSvg, serviceIcons } from '../../lib/icons.ts';
import { nextId } from './ui.ts';

interface FieldOptions {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  optional?: boolean;
  missing?: string;
  invalid?: string;
  testid?: string;
  maxLength?: number;
  minLength?: number;
  placeholder?: string;
  type?: string;
  rows?: number;
  class?: string;
}

function describe(id: string, hint?: string) {
  return hint
    ? { hintId: `${id}-hint`, hintEl: h('p', { id: `${id}-hint`, class: 'field-hint mt-0.5', text: hint }) }
    : { hintId: undefined, hintEl: null };
}

function wrap(
  o: FieldOptions,
  id: string,
  control: HTMLElement,
  hintEl: HTMLElement | null,
  after?: HTMLElement,
) {
  return h(
    'div',
    { class: o.class },
    h(
      'label',
      { for: id, class: 'field-label' },
      o.label,
      o.optional ? h('span', { class: 'font-normal text-slate-600', text: ' (optional)' }) : null,
    ),
    hintEl,
    control,
    after ?? null,
    h('p', { id: `${id}-error`, class: 'field-error', hidden: true, dataset: { errorFor: o.name } }),
  );
}

export function textField(o: FieldOptions): HTMLElement {
  const id = nextId(o.name);
  const { hintId, hintEl } = describe(id, o.hint);
  const input = h('input', {
    id,
    name: o.name,
    type: o.type ?? 'text',
    value: o.value ?? '',
    required: !o.optional,
    maxlength: o.maxLength,
    minlength: o.minLength,
    placeholder: o.placeholder,
    autocomplete: 'off',
    class: 'field-input',
    'aria-describedby': hintId,
    'data-msg-missing': o.missing,
    'data-msg-invalid': o.invalid,
    dataset: o.testid ? { testid: o.testid } : undefined,
  });
  return wrap(o, id, input, hintEl);
}

export function textareaField(o: FieldOptions, after?: HTMLElement): HTMLElement {
  const id = nextId(o.name);
  const { hintId, hintEl } = describe(id, o.hint);
  const area = h('textarea', {
    id,
    name: o.name,
    rows: o.rows ?? 4,
    required: !o.optional,
    maxlength: o.maxLength,
    minlength: o.minLength,
    placeholder: o.placeholder,
    class: 'field-input h-auto py-2.5 leading-6',
    'aria-describedby': hintId,
    'data-msg-missing': o.missing,
    'data-msg-invalid': o.invalid,
    dataset: o.testid ? { testid: o.testid } : undefined,
  });
  area.value = o.value ?? '';
  return wrap(o, id, area, hintEl, after);
}

/** An on/off switch (a checkbox with role="switch"), label on the left. */
export function switchField(o: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  testid?: string;
}) {
  const id = nextId(o.name);
  const hintId = o.hint ? `${id}-hint` : undefined;
  const input = h('input', {
    id,
    name: o.name,
    type: 'checkbox',
    role: 'switch',
    class: 'switch mt-0.5',
    'aria-describedby': hintId,
    dataset: o.testid ? { testid: o.testid } : undefined,
  });
  input.checked = o.checked;
  return h(
    'div',
    { class: 'flex items-start justify-between gap-4 rounded-xl border border-slate-200 p-4' },
    h(
      'div',
      null,
      h('label', { for: id, class: 'field-label', text: o.label }),
      o.hint ? h('p', { id: hintId, class: 'field-hint mt-0.5', text: o.hint }) : null,
    ),
    input,
  );
}

/** The service icon picker: a radio group drawn as tiles, each with its icon and name. */
export function iconPicker(name: string, value: string, testid = 'icon-picker'): HTMLElement {
  const legendId = nextId('icon-legend');
  return h(
    'fieldset',
    { 'aria-labelledby': legendId, dataset: { errorTarget: name, testid } },
    h('legend', { id: legendId, class: 'field-label', text: 'Icon' }),
    h(
      'div',
      { class: 'mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4' },
      Object.keys(serviceIcons).map((icon) => {
        const id = nextId(`icon-${icon}`);
        const input = h('input', {
          id,
          type: 'radio',
          name,
          value: icon,
          class: 'peer sr-only',
          dataset: { testid: `icon-${icon}` },
        });
        input.checked = icon === value;
        return h(
          'div',
          { class: 'relative' },
          input,
          h(
            'label',
            {
              for: id,
              class:
                'flex min-h-16 cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border border-slate-200 bg-white px-2 py-2 text-xs font-medium text-slate-700 peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:text-brand-800 peer-checked:ring-1 peer-checked:ring-brand-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500 hover:border-brand-300',
            },
            iconSvg(icon, 'size-5'),
            icon.replace('-', ' '),
          ),
        );
      }),
    ),
    h('p', { id: `${legendId}-error`, class: 'field-error', hidden: true, dataset: { errorFor: name } }),
  );
}

/** A checkbox's state (lib/forms.ts fieldValue() gives text values). */
export const checked = (form: HTMLFormElement, name: string) => {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement && el.checked;
};
