import { signatureBody } from '../accounts/index.ts';
import { auditStore } from '../core/audit-store.ts';
import { clearedSessionCookies } from '../core/cookies.ts';
import { httpHandler, ok, operation, Reply } from '../core/http.ts';
import { requestErasure } from './erasure.ts';
import { exportFor, refuseTooManyExports } from './export.ts';

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
    body: signatureBody('to delete your account'),
    run: async ({ auth, body, audit }) => {
      await requestErasure(auth.userId, body, audit.about(auth.userId));
      return ok({ erased: true as const }, { cookies: clearedSessionCookies() });
    },
  }),
});
