/**
 * The password rules, worded exactly as the API words them (functions/accounts/schemas.ts
 * `passwordRules`; the accounts browser test checks the two lists match), the live checklist that
 * ticks them off as the user types, and the show/hide toggle.
 */
export const passwordRules: readonly { id: string; message: string; test: (p: string) => boolean }[] = [
  { id: 'length', message: 'Use at least 8 characters.', test: (p) => p.length >= 8 },
  { id: 'lower', message: 'Add a lower-case letter.', test: (p) => /[a-z]/.test(p) },
  { id: 'upper', message: 'Add an upper-case letter.', test: (p) => /[A-Z]/.test(p) },
  { id: 'number', message: 'Add a number.', test: (p) => /[0-9]/.test(p) },
  { id: 'symbol', message: 'Add a symbol, such as @ or #.', test: (p) => /[^A-Za-z0-9]/.test(p) },
];

/** The messages of the rules `password` breaks (empty when it is acceptable). */
export const brokenRules = (password: string) =>
  passwordRules.filter((rule) => !rule.test(password)).map((rule) => rule.message);

/**
 * Ticks the checklist items (`[data-rule="<id>"]` inside `list`) as `input` changes. Each item has a
 * visually hidden state word ("done" / "still needed") in `[data-rule-state]`; the list itself is not
 * a live region, because announcing every keystroke would drown the typing.
 */
export function wirePasswordChecklist(input: HTMLInputElement, list: HTMLElement) {
  const update = () => {
    for (const rule of passwordRules) {
      const item = list.querySelector<HTMLElement>(`[data-rule="${rule.id}"]`);
      if (!item) continue;
      const met = rule.test(input.value);
      item.dataset.met = String(met);
      const state = item.querySelector<HTMLElement>('[data-rule-state]');
      if (state) state.textContent = met ? 'done: ' : 'still needed: ';
    }
  };
  input.addEventListener('input', update);
  update();
}

/** A button that shows or hides the password in `input` (aria-pressed says which). */
export function wirePasswordToggle(button: HTMLButtonElement, input: HTMLInputElement) {
  const label = button.querySelector<HTMLElement>('[data-toggle-label]');
  const [showIcon, hideIcon] = button.querySelectorAll('svg');
  button.addEventListener('click', () => {
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    button.setAttribute('aria-pressed', String(show));
    if (label) label.textContent = show ? 'Hide' : 'Show';
    showIcon?.classList.toggle('hidden', show);
    hideIcon?.classList.toggle('hidden', !show);
  });
}

/** Wires every password field on the page (components/PasswordField.astro). */
export function wirePasswordFields(root: ParentNode = document) {
  for (const wrapper of root.querySelectorAll<HTMLElement>('[data-password-field]')) {
    const input = wrapper.querySelector<HTMLInputElement>('input');
    if (!input) continue;
    const toggle = wrapper.querySelector<HTMLButtonElement>('[data-password-toggle]');
    if (toggle) wirePasswordToggle(toggle, input);
    const list = wrapper.querySelector<HTMLElement>('[data-password-rules]');
    if (list) wirePasswordChecklist(input, list);
  }
}
