/**
 * The password rules, worded exactly as the API words them (functions/accounts/schemas.ts
 * `passwordRules`; the accounts browser test checks the two lists match), so they stay here beside the
 * checks rather than in the message catalog. components/PasswordField.tsx draws them as a checklist.
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
