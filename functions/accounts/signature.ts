import * as z from 'zod';

/**
 * An act signed with the password, and the authenticator code where two-step sign-in is on (issuing a
 * prescription, erasing an account); `confirmSignature` checks them. `purpose` ends "Enter your password …".
 * A module of its own, so the contexts that sign carry nothing else of the account schemas.
 */
export const signatureBody = (purpose: string) =>
  z
    .object({
      password: z
        .string({ error: `Enter your password ${purpose}.` })
        .min(1, `Enter your password ${purpose}.`)
        .max(256),
      code: z
        .string()
        .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.')
        .optional(),
    })
    .strict();
