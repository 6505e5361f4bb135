/** A consent as each viewer may see it. The IP is shown to the person who gave it and to admins. */
import type { ConsentView } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import type { ConsentItem } from '../core/db/index.ts';

export const toConsentView = (c: ConsentItem, viewer: AuthContext): ConsentView => ({
  kind: c.kind,
  action: c.action ?? 'given',
  by: c.role ?? 'patient',
  basis: c.basis,
  termsVersion: c.termsVersion ?? null,
  at: c.at,
  sourceIp: viewer.userId === c.userId || viewer.role === 'admin' ? (c.sourceIp ?? '') : null,
});
