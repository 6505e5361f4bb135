import * as z from 'zod';
import { auditStore } from '../core/audit-store.ts';
import { clearedSessionCookies } from '../core/cookies.ts';
import { httpHandler, ok, operation, Reply } from '../core/http.ts';
import { requestErasure } from './erasure.ts';
import { exportFor, refuseTooManyExports } from './export.ts';

const eraseBody = z
  .object({
    password: z
      .string({ error: 'Enter your password to delete your account.' })
      .min(1, 'Enter your password to delete your account.')
      .max(256),
    code: z
      .string()
      .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.')
      .optional(),
  })
  .strict();

export const handler = httpHandler('privacy', auditStore, {
  exportMyData: operation({
    run: async ({ auth, audit }) => {
      audit.about(auth.userId);
      await refuseTooManyExports(auth.userId);
      const { fileName, zip } = await exportFor(auth);
      return new Reply(200, undefined, {
        binary: zip,
        headers: {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename="${fileName}"`,
        },
      });
    },
  }),
  eraseMyAccount: operation({
    body: eraseBody,
    run: async ({ auth, body, audit }) => {
      await requestErasure(auth.userId, body, audit.about(auth.userId));
      return ok({ erased: true as const }, { cookies: clearedSessionCookies() });
    },
  }),
});
