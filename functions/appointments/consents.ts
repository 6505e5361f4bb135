/** The consents recorded for an appointment, as each viewer may see them. */
import type { ConsentView } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import { type ConsentItem, entities } from '../core/db/index.ts';

/** Oldest first (the sort key is a ULID). The IP is shown to the person who gave it and to admins. */
export async function consentsOf(appointmentId: string, viewer: AuthContext): Promise<ConsentView[]> {
  const { data } = await entities().consent.query.byAppointment({ appointmentId }).go({ pages: 'all' });
  return data.map((c) => toConsentView(c, viewer));
}

export const toConsentView = (c: ConsentItem, viewer: AuthContext): ConsentView => ({
  kind: c.kind,
  action: c.action ?? 'given',
  by: c.role ?? 'patient',
  basis: c.basis,
  termsVersion: c.termsVersion ?? null,
  at: c.at,
  sourceIp: viewer.userId === c.userId || viewer.role === 'admin' ? (c.sourceIp ?? '') : null,
});
