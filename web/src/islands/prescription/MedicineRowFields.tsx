/**
 * One medicine of the prescription: the name, a combobox over the catalogue (GET /api/medicines; the
 * ARIA 1.2 pattern: arrows move through the options, Enter takes one, Escape closes the list; typing
 * on is free text, marked "not in catalogue"), then strength, form, dose, frequency, duration and
 * instructions. A refusal of the API for this medicine shows under its name.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MedicineOption } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { type MedicineField, type MedicineRow, PrescriptionEditor, rowErrorKey } from './editor.ts';

/** Waits for a pause in typing before asking the catalogue. */
const SEARCH_DELAY_MS = 200;

/** The catalogue's options for what is typed; empty until two letters. */
export function useMedicineSearch(query: string, active: boolean) {
  const [options, setOptions] = useState<MedicineOption[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!active || q.length < 2) {
      setOptions([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      api
        .call('searchMedicines', { query: { q, limit: 8 } }, { signal: abort.signal })
        .then(({ medicines }) => setOptions(medicines))
        // The list is only a help: on a failure the doctor types the name in full.
        .catch(() => !abort.signal.aborted && setOptions([]));
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, active]);
  return options;
}

const listName = (o: MedicineOption) =>
  o.tpgList === 'prohibited' ? m.rx_list_prohibited() : m.rx_list_name({ list: o.tpgList });

function MedicineName({
  editor,
  row,
  index,
  error,
}: {
  editor: PrescriptionEditor;
  row: MedicineRow;
  index: number;
  error: string | undefined;
}) {
  const id = `rx-med-${row.key}-name`;
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  // The highlighted option; typing resets it (the options change under it).
  const [highlighted, setActive] = useState(-1);
  const options = useMedicineSearch(row.name, open && !row.catalogueId);
  const shown = open && options.length > 0;
  const active = highlighted < options.length ? highlighted : -1;

  const take = (option: MedicineOption) => {
    if (option.tpgList === 'prohibited') return;
    editor.choose(row.key, option);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!shown) return setOpen(true);
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const n = options.length;
      setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      const option = options[active];
      if (option) take(option);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const describedBy = [
    `${id}-hint`,
    PrescriptionEditor.notInCatalogue(row) && `${id}-free`,
    error && `${id}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="relative sm:col-span-2 lg:col-span-3">
      <label for={id} class="field-label">
        {m.rx_medicine_name()}
      </label>
      <p id={`${id}-hint`} class="field-hint mt-0.5">
        {m.rx_medicine_name_hint()}
      </p>
      <input
        id={id}
        type="text"
        class="field-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        autocomplete="off"
        maxLength={120}
        value={row.name}
        data-testid="rx-medicine-name"
        data-row={index}
        onInput={(e) => {
          editor.updateRow(row.key, { name: e.currentTarget.value });
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {/* The ARIA 1.2 combobox's popup: the input keeps the focus and points into it (aria-activedescendant). */}
      <div
        id={listId}
        role="listbox"
        aria-label={m.rx_medicine_options()}
        hidden={!shown}
        class="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-xl border border-slate-200 bg-white py-1 shadow-lift"
        data-testid="rx-medicine-options"
      >
        {options.map((o, i) => {
          const prohibited = o.tpgList === 'prohibited';
          return (
            // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: an option of the combobox; the keys are the input's (arrows, Enter, Escape)
            <div
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={prohibited ? 'true' : undefined}
              class={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand-50' : ''} ${prohibited ? 'cursor-not-allowed text-slate-500' : 'text-slate-900'}`}
              data-testid="rx-medicine-option"
              data-id={o.id}
              // Keeps the focus in the input (a blur would close the list before the click lands).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => take(o)}
            >
              <span class="font-medium">{o.generic}</span>
              {o.matchedBy !== 'generic' && <span class="text-slate-600"> ({o.matched})</span>}
              <span class="block text-xs text-slate-600">
                {prohibited
                  ? m.rx_option_prohibited()
                  : `${o.forms.map((f) => `${f.form} ${f.strengths.join(', ')}`.trim()).join(' · ')} · ${listName(o)}`}
              </span>
            </div>
          );
        })}
      </div>
      {row.catalogueId && row.generic && (
        <p class="mt-1 flex items-center gap-1 text-xs text-emerald-800" data-testid="rx-in-catalogue">
          <Icon shape={I.check} class="size-3.5" />
          {m.rx_from_catalogue()}
        </p>
      )}
      {PrescriptionEditor.notInCatalogue(row) && (
        <p
          id={`${id}-free`}
          class="mt-1 text-xs font-medium text-accent-900"
          data-testid="rx-not-in-catalogue"
        >
          {m.rx_not_in_catalogue()}
        </p>
      )}
      <p id={`${id}-error`} class="field-error" role="alert" data-testid="rx-medicine-error" hidden={!error}>
        {error}
      </p>
    </div>
  );
}

const LABELS: Record<Exclude<MedicineField, 'name'>, () => string> = {
  strength: () => m.rx_strength(),
  form: () => m.rx_form(),
  dose: () => m.rx_dose(),
  frequency: () => m.rx_frequency(),
  duration: () => m.rx_duration(),
  instructions: () => m.rx_instructions(),
};

const PLACEHOLDERS: Partial<Record<MedicineField, () => string>> = {
  strength: () => m.rx_strength_example(),
  dose: () => m.rx_dose_example(),
  frequency: () => m.rx_frequency_example(),
  duration: () => m.rx_duration_example(),
  instructions: () => m.rx_instructions_example(),
};

export function MedicineRowFields({
  editor,
  row,
  index,
  count,
  onRemove,
}: {
  editor: PrescriptionEditor;
  row: MedicineRow;
  index: number;
  count: number;
  onRemove: () => void;
}) {
  const errors = editor.errors.value;
  const strengths = row.forms.find((f) => f.form === row.form)?.strengths ?? row.forms[0]?.strengths ?? [];
  const suggestions: Partial<Record<MedicineField, string[]>> = {
    form: row.forms.map((f) => f.form),
    strength: strengths,
  };
  const field = (name: Exclude<MedicineField, 'name'>) => {
    const id = `rx-med-${row.key}-${name}`;
    const error = errors[rowErrorKey(row.key, name)];
    const list = suggestions[name]?.length ? `${id}-suggestions` : undefined;
    return (
      <div>
        <label for={id} class="field-label">
          {LABELS[name]()}
          {name === 'instructions' && <span class="font-normal text-slate-600"> {m.field_optional()}</span>}
        </label>
        <input
          id={id}
          type="text"
          class="field-input"
          maxLength={name === 'instructions' ? 300 : 60}
          value={row[name]}
          placeholder={PLACEHOLDERS[name]?.()}
          list={list}
          aria-required={name === 'instructions' ? undefined : 'true'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={`rx-medicine-${name}`}
          onInput={(e) => editor.updateRow(row.key, { [name]: e.currentTarget.value })}
        />
        {list && (
          <datalist id={list}>
            {suggestions[name]?.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
        <p id={`${id}-error`} class="field-error" hidden={!error}>
          {error}
        </p>
      </div>
    );
  };
  const title = m.rx_medicine_n({ n: index + 1 });
  return (
    <fieldset class="rounded-xl border border-slate-200 p-4" data-testid="rx-medicine-row" data-key={row.key}>
      <legend class="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <MedicineName editor={editor} row={row} index={index} error={errors[rowErrorKey(row.key, 'name')]} />
        {field('strength')}
        {field('form')}
        {field('dose')}
        {field('frequency')}
        {field('duration')}
        {field('instructions')}
      </div>
      {count > 1 && (
        <button
          type="button"
          class="btn-ghost mt-3 text-red-700 hover:bg-red-50"
          data-testid="rx-remove-medicine"
          onClick={onRemove}
        >
          <Icon shape={I.trash} class="size-4" />
          {m.rx_remove_medicine({ name: row.name.trim() || title })}
        </button>
      )}
    </fieldset>
  );
}
