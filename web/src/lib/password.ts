/**
 * The password rules. In English they are worded exactly as the API words them
 * (functions/accounts/schemas.ts `passwordRules`; the accounts browser test checks the two lists match),
 * and the catalog gives them in the page's language. components/PasswordField.tsx draws them as a
 * checklist.
 */
import { m } from '../paraglide/messages.js';

export const passwordRules: readonly {
  id: string;
  readonly message: string;
  test: (p: string) => boolean;
}[] = [
  {
    id: 'length',
    get message() {
      return m.password_rule_length();
    },
    test: (p) => p.length >= 8,
  },
  {
    id: 'lower',
    get message() {
      return m.password_rule_lower();
    },
    test: (p) => /[a-z]/.test(p),
  },
  {
    id: 'upper',
    get message() {
      return m.password_rule_upper();
    },
    test: (p) => /[A-Z]/.test(p),
  },
  {
    id: 'number',
    get message() {
      return m.password_rule_number();
    },
    test: (p) => /[0-9]/.test(p),
  },
  {
    id: 'symbol',
    get message() {
      return m.password_rule_symbol();
    },
    test: (p) => /[^A-Za-z0-9]/.test(p),
  },
];

/** The messages of the rules `password` breaks (empty when it is acceptable). */
export const brokenRules = (password: string) =>
  passwordRules.filter((rule) => !rule.test(password)).map((rule) => rule.message);
