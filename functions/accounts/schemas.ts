/**
 * Input rules for accounts. The password rules mirror the Cognito pool's policy exactly (the local
 * Cognito emulator enforces none, and the real pool's messages are worse than ours).
 */
import * as z from 'zod';
import { gstStateCodes, locales, relationships, sexes } from '../contract/api.ts';
import { fieldIssueOf, issueParams } from '../core/field-issues.ts';
import { lazy } from '../core/lazy.ts';
import { isValidTimeZone } from '../core/time.ts';
import { specialtyIds } from '../discovery/index.ts';

export const email = lazy(() =>
  z
    .string({ error: 'Enter your email address.' })
    .trim()
    .toLowerCase()
    .max(254, 'That email address is too long.')
    .pipe(z.email('Enter a valid email address, like name@example.com.')),
);

export const passwordRules = [
  {
    test: (p: string) => p.length >= 8,
    message: 'Use at least 8 characters.',
    issue: issueParams('password_length', { min: 8 }),
  },
  {
    test: (p: string) => /[a-z]/.test(p),
    message: 'Add a lower-case letter.',
    issue: issueParams('password_lower'),
  },
  {
    test: (p: string) => /[A-Z]/.test(p),
    message: 'Add an upper-case letter.',
    issue: issueParams('password_upper'),
  },
  { test: (p: string) => /[0-9]/.test(p), message: 'Add a number.', issue: issueParams('password_digit') },
  {
    test: (p: string) => /[^A-Za-z0-9]/.test(p),
    message: 'Add a symbol, such as @ or #.',
    issue: issueParams('password_symbol'),
  },
];

export const password = lazy(() =>
  z
    .string({ error: 'Enter a password.' })
    .max(256, 'That password is too long.')
    .superRefine((value, ctx) => {
      for (const rule of passwordRules)
        if (!rule.test(value)) ctx.addIssue({ code: 'custom', message: rule.message, params: rule.issue });
    }),
);

const personName = (what: string) =>
  z
    .string({ error: `Enter your ${what}.` })
    .trim()
    .min(1, `Enter your ${what}.`)
    .max(60, `Keep your ${what} under 60 characters.`)
    .regex(
      /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u,
      `Use letters, spaces, dots, apostrophes or hyphens in your ${what}.`,
    );

export const firstName = lazy(() => personName('first name'));
/** A dependant's name, in any Indian script (one field: many people have a single name). */
export const fullName = lazy(() => personName('name').pipe(z.string().max(60)));
export const lastName = lazy(() => personName('last name'));

export const code = lazy(() =>
  z
    .string({ error: 'Enter the code from the email.' })
    .trim()
    .regex(/^\d{6}$/, 'The code is the 6 digits from the email.'),
);

export const locale = lazy(() =>
  z.enum(locales, { error: `Choose one of the languages: ${locales.join(', ')}.` }),
);

export const registerBody = lazy(() =>
  z.object({
    email: email(),
    password: password(),
    firstName: firstName(),
    lastName: lastName(),
    role: z.enum(['patient', 'doctor'], { error: 'Choose patient or doctor.' }),
    locale: locale().optional(),
  }),
);

/**
 * What a sign-up stores in the pool, without the password (Cognito never shows a trigger the
 * password; the pool's own policy checks it). The PreSignUp trigger applies this, so a SignUp made
 * straight to Cognito with the public client id meets the same rules as POST /api/auth/register.
 */
export const signUpAttributes = lazy(() => registerBody().omit({ password: true }));

export const loginBody = lazy(() =>
  z.object({
    email: email(),
    password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(256),
  }),
);
export const confirmBody = lazy(() => z.object({ email: email(), code: code() }));
export const mfaCodeBody = lazy(() =>
  z.object({
    code: z
      .string({ error: 'Enter the 6-digit code from your authenticator app.' })
      .trim()
      .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
  }),
);
export const emailBody = lazy(() => z.object({ email: email() }));
export const resetBody = lazy(() => z.object({ email: email(), code: code(), password: password() }));

/** Indian mobile numbers: +91 then 10 digits starting 6–9; spaces, dashes and a leading 0 are tolerated. */
export const indianPhone = lazy(() =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .regex(/^(?:\+91|91|0)?[6-9]\d{9}$/, 'Enter a 10-digit Indian mobile number, e.g. +91 98765 43210.')
        .transform((v) => `+91${v.slice(-10)}`),
    ),
);

const isoDate = lazy(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.'));

export const dateOfBirth = lazy(() =>
  isoDate()
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, 'That is not a real date.')
    .refine((v) => v <= new Date().toISOString().slice(0, 10), 'Your date of birth cannot be in the future.')
    .refine((v) => v >= '1900-01-01', 'Enter a date of birth after 1900.'),
);

/**
 * The patient's state or union territory, by GST state code: the place of supply on their invoices.
 * '' clears it (one enum, so a wrong value is `not_in_list`, not a failed union).
 */
const gstStateOrNone = lazy(() =>
  z.enum(['', ...gstStateCodes], {
    error: 'Choose your state or union territory from the list.',
  }),
);

export const sex = lazy(() => z.enum(sexes, { error: `Choose one of: ${sexes.join(', ')}.` }));

export const dependantBody = lazy(() =>
  z
    .object({
      name: fullName(),
      dateOfBirth: dateOfBirth(),
      sex: sex(),
      relationship: z.enum(relationships, { error: `Choose one of: ${relationships.join(', ')}.` }),
    })
    .strict(),
);

export const dependantPatch = lazy(() => dependantBody().partial().strict());

/** Dependant ids are ULIDs. */
export const dependantParams = lazy(() =>
  z.object({
    dependantId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Unknown family member.'),
  }),
);

/**
 * An optional field that '' clears. The value is checked against the field's own schema, so the
 * person sees that schema's message (a union would only say "Invalid input").
 */
const clearable = <T extends z.ZodType<string, string>>(schema: T) =>
  z.string().transform((value, ctx): string => {
    if (value.trim() === '') return '';
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, params: { fieldIssue: fieldIssueOf(issue) } });
    return z.NEVER;
  });

export const updateMeBody = lazy(() =>
  z
    .object({
      firstName: firstName(),
      lastName: lastName(),
      phone: clearable(indianPhone()),
      address: z.string().trim().max(500, 'Keep the address under 500 characters.'),
      state: gstStateOrNone(),
      dateOfBirth: clearable(dateOfBirth()),
      sex: z.union([sex(), z.literal('')]),
      timeZone: z.string().refine(isValidTimeZone, 'Choose a valid time zone.'),
      locale: locale(),
      reminders: z
        .object({
          email: z.boolean({ error: 'Say true or false for email reminders.' }),
          sms: z.boolean({ error: 'Say true or false for SMS reminders.' }),
        })
        .partial()
        .strict(),
    })
    .partial()
    .strict(),
);

export const languages = lazy(() =>
  z
    .array(
      z
        .string()
        .trim()
        .min(2)
        .max(30)
        .regex(/^[\p{L} ]+$/u, 'Languages are words, like Hindi.'),
      {
        error: 'List the languages you consult in.',
      },
    )
    .min(1, 'Add at least one language.')
    .max(12, 'List at most 12 languages.'),
);

/** A fee in rupees with at most 2 decimals (stored as paise), from `min` to ₹50,000. */
const rupees = (min: number, tooLow: string) =>
  z
    .number({ error: 'Enter the fee in rupees.' })
    .min(min, tooLow)
    .max(50_000, 'The fee must be at most ₹50,000.')
    .refine(
      (v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
      'Use at most 2 decimal places.',
    );

export const doctorProfileBody = lazy(() =>
  z
    .object({
      specialty: z.enum(specialtyIds, { error: 'Choose a specialty from the list.' }),
      registrationNumber: z
        .string()
        .trim()
        .regex(
          /^[A-Za-z0-9][A-Za-z0-9/ .-]{3,29}$/,
          'Enter your medical council registration number, e.g. DMC/R/04512.',
        ),
      registrationCouncil: z
        .string()
        .trim()
        .max(120, 'Keep the council under 120 characters.')
        .regex(/^[\p{L}\p{M} .,&()'-]*$/u, 'Enter the council by name, e.g. Delhi Medical Council.'),
      experienceYears: z
        .number({ error: 'Enter whole years of experience.' })
        .int('Enter whole years of experience.')
        .min(0, 'Experience cannot be negative.')
        .max(70, 'Enter at most 70 years.'),
      bio: z.string().trim().max(2000, 'Keep the bio under 2,000 characters.'),
      feeRupees: rupees(100, 'The fee must be at least ₹100.'),
      followUpDays: z
        .number({ error: 'Enter the follow-up window in whole days.' })
        .int('Enter the follow-up window in whole days.')
        .min(0, 'Enter 0 for no follow-ups, or up to 30 days.')
        .max(30, 'The follow-up window is at most 30 days.'),
      // A follow-up may be free (0): it is then confirmed without a payment.
      followUpFeeRupees: rupees(0, 'The follow-up fee cannot be negative.'),
      education: z.string().trim().max(500, 'Keep education under 500 characters.'),
      hospital: z.string().trim().max(200, 'Keep the hospital name under 200 characters.'),
      languages: languages(),
      available: z.boolean({ error: 'Say whether you are taking consultations.' }),
    })
    .partial()
    .strict(),
);
