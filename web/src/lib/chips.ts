/**
 * A chip input: type a value and press Enter or a comma to add it; each chip has its own remove
 * button; Backspace in the empty input removes the last chip. Changes are announced through a
 * polite status element, because chips appear and vanish silently otherwise.
 */
import { h, replaceChildren } from './dom.ts';
import { iconSvg } from './icons.ts';

export interface ChipInputOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  status?: HTMLElement | null;
  max?: number;
  /** Returns an error message for a value that cannot be added, or null. */
  check?: (value: string, current: string[]) => string | null;
  /** Called with a message when a value is refused (e.g. to show it as the field's error). */
  onRefuse?: (message: string) => void;
  onChange?: (values: string[]) => void;
  /** Tidies a value before it is added, e.g. capitalisation. */
  normalise?: (value: string) => string;
}

export interface ChipInput {
  values(): string[];
  set(values: string[]): void;
  /** Adds whatever is typed but not yet added; returns the reason if some of it was refused. */
  commitPending(): string | null;
}

export function wireChipInput(options: ChipInputOptions): ChipInput {
  const { input, list, status, max = 12, check, onRefuse, onChange, normalise = (v) => v } = options;
  let values: string[] = [];

  const announce = (message: string) => {
    if (status) status.textContent = message;
  };

  const render = () => {
    replaceChildren(
      list,
      values.map((value, index) => {
        const remove = h(
          'button',
          {
            type: 'button',
            class:
              'grid size-7 place-items-center rounded-full text-brand-700 hover:bg-brand-100 hover:text-brand-900',
            'aria-label': `Remove ${value}`,
          },
          iconSvg('x', 'size-4'),
        );
        remove.addEventListener('click', () => {
          values = values.filter((_, i) => i !== index);
          render();
          announce(`${value} removed.`);
          onChange?.(values);
          input.focus();
        });
        return h(
          'li',
          {
            class:
              'inline-flex h-8 items-center gap-1 rounded-full border border-brand-200 bg-brand-50 pr-0.5 pl-3 text-sm font-medium text-brand-800',
            dataset: { chip: value },
          },
          value,
          remove,
        );
      }),
    );
  };

  /** Adds one value; returns why it was refused, or null. */
  const add = (raw: string): string | null => {
    const value = normalise(raw.trim().replace(/\s+/g, ' '));
    if (!value) return null;
    if (values.some((v) => v.toLowerCase() === value.toLowerCase())) return null;
    const problem = values.length >= max ? `List at most ${max}.` : (check?.(value, values) ?? null);
    if (problem) {
      onRefuse?.(problem);
      return problem;
    }
    values = [...values, value];
    render();
    announce(`${value} added.`);
    onChange?.(values);
    return null;
  };

  const commitPending = () => {
    let problem: string | null = null;
    const left: string[] = [];
    for (const part of input.value.split(',')) {
      const refused = add(part);
      if (refused) {
        problem ??= refused;
        left.push(part.trim());
      }
    }
    input.value = left.join(', ');
    return problem;
  };

  input.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ',') && input.value.trim()) {
      event.preventDefault();
      commitPending();
    } else if (event.key === ',') {
      event.preventDefault();
    } else if (event.key === 'Backspace' && !input.value && values.length) {
      const last = values[values.length - 1];
      values = values.slice(0, -1);
      render();
      announce(`${last} removed.`);
      onChange?.(values);
    }
  });
  // A pasted "Hindi, Tamil" becomes two chips.
  input.addEventListener('input', () => {
    if (input.value.includes(',')) commitPending();
  });
  input.addEventListener('blur', () => {
    if (input.value.trim()) commitPending();
  });

  return {
    values: () => [...values],
    set(next) {
      values = [];
      for (const v of next) add(v);
      announce('');
    },
    commitPending,
  };
}
