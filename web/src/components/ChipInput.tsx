/**
 * A chip input: type a value and press Enter or a comma to add it; each chip has its own remove
 * button; Backspace in the empty input removes the last chip; a pasted "Hindi, Tamil" becomes two
 * chips. Changes are announced through a polite status line, because chips appear and vanish silently
 * otherwise. The caller owns the values; `commit` adds what is typed but not yet added.
 */
import type { Ref } from 'preact';
import { useImperativeHandle, useRef, useState } from 'preact/hooks';
import * as I from '../lib/icons/index.ts';
import { m } from '../paraglide/messages.js';
import { Icon } from './Icon.tsx';

export interface ChipInputHandle {
  /** Adds what is typed but not yet added: the values now, and why some of it was refused (or null). */
  commit(): { values: string[]; refused: string | null };
}

export interface ChipInputProps {
  id: string;
  name: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Returns why a value cannot be added, or null. */
  check?: (value: string) => string | null;
  onRefuse?: (message: string) => void;
  normalise?: (value: string) => string;
  max?: number;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  listLabel: string;
  suggestions?: readonly string[];
  testid?: string;
  handle?: Ref<ChipInputHandle>;
}

export function ChipInput({
  id,
  name,
  values,
  onChange,
  check,
  onRefuse,
  normalise = (v) => v,
  max = 12,
  invalid,
  describedBy,
  placeholder,
  listLabel,
  suggestions,
  testid,
  handle,
}: ChipInputProps) {
  const [typed, setTyped] = useState('');
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const commitText = (text: string, current: string[]) => {
    let next = current;
    let problem: string | null = null;
    const left: string[] = [];
    for (const part of text.split(',')) {
      const value = normalise(part.trim().replace(/\s+/g, ' '));
      if (!value || next.some((v) => v.toLowerCase() === value.toLowerCase())) continue;
      const refused = next.length >= max ? m.chips_at_most({ max }) : (check?.(value) ?? null);
      if (refused) {
        problem ??= refused;
        left.push(part.trim());
        continue;
      }
      next = [...next, value];
      setSaid(m.chips_added({ value }));
    }
    if (next !== current) onChange(next);
    if (problem) onRefuse?.(problem);
    setTyped(left.join(', '));
    return { values: next, refused: problem };
  };
  useImperativeHandle(handle ?? null, () => ({ commit: () => commitText(typed, values) }), [typed, values]);

  const remove = (index: number) => {
    const value = values[index];
    onChange(values.filter((_, i) => i !== index));
    setSaid(m.chips_removed({ value: value ?? '' }));
  };
  return (
    <>
      <div class="mt-1.5 flex min-h-12 flex-wrap items-center gap-2 rounded-lg border border-slate-300 bg-white px-2 py-1.5 focus-within:border-brand-600 has-[[aria-invalid=true]]:border-red-600">
        {values.length > 0 && (
          <ul
            class="flex flex-wrap gap-2"
            data-testid={testid ? `${testid}-chips` : undefined}
            aria-label={listLabel}
          >
            {values.map((value, i) => (
              <li
                key={value}
                class="inline-flex h-8 items-center gap-1 rounded-full border border-brand-200 bg-brand-50 pr-0.5 pl-3 text-sm font-medium text-brand-800"
                data-chip={value}
              >
                {value}
                <button
                  type="button"
                  class="grid size-7 place-items-center rounded-full text-brand-700 hover:bg-brand-100 hover:text-brand-900"
                  aria-label={m.chips_remove({ value })}
                  onClick={() => {
                    remove(i);
                    input.current?.focus();
                  }}
                >
                  <Icon shape={I.x} class="size-4" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={input}
          id={id}
          data-name={name}
          type="text"
          list={suggestions ? `${id}-suggestions` : undefined}
          autocomplete="off"
          maxLength={30}
          enterkeyhint="enter"
          placeholder={placeholder}
          class="h-9 min-w-32 flex-1 border-0 bg-transparent px-1 text-base text-slate-900 placeholder:text-slate-500 focus:outline-none"
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          data-testid={testid ? `${testid}-input` : undefined}
          value={typed}
          onInput={(e) => {
            const text = e.currentTarget.value;
            if (text.includes(',')) commitText(text, values);
            else setTyped(text);
          }}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' || e.key === ',') && typed.trim()) {
              e.preventDefault();
              commitText(typed, values);
            } else if (e.key === ',') e.preventDefault();
            else if (e.key === 'Backspace' && !typed && values.length) remove(values.length - 1);
          }}
          onBlur={() => {
            if (typed.trim()) commitText(typed, values);
          }}
        />
      </div>
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <p class="sr-only" role="status">
        {said}
      </p>
    </>
  );
}
