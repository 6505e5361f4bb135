import { getUser } from '../accounts/index.ts';
import { auditStore } from '../core/audit-store.ts';
import type { AuthContext } from '../core/auth.ts';
import { notFound } from '../core/errors.ts';
import { httpHandler, operation, Reply } from '../core/http.ts';
import { localeOf } from '../core/i18n.ts';
import type { PartyAppointment } from '../core/party.ts';
import { sendPrescriptionToPatient } from './notifications.ts';
import { pdfFileName, prescriptionPdf } from './pdf.ts';
import { toPrescriptionView, versionsOf, visibleTo } from './reads.ts';
import { healthRecords } from './records.ts';
import { searchMedicines } from './rules.ts';
import {
  appointmentParams,
  draftBody,
  healthRecordsQuery,
  issueBody,
  medicineQuery,
  versionParams,
} from './schemas.ts';
import { issue, saveDraft } from './writing.ts';

/** One version as the caller may see it (a patient asking for a draft gets the same 404 as for none). */
async function versionFor(a: PartyAppointment, auth: AuthContext, version: number) {
  const found = visibleTo(await versionsOf(a.appointmentId), auth.userId).find((p) => p.version === version);
  if (!found) throw notFound('There is no such prescription.');
  return toPrescriptionView(found, a);
}

export const handler = httpHandler('prescriptions', auditStore, {
  searchMedicines: operation({
    query: medicineQuery,
    run: async ({ query }) => ({
      medicines: searchMedicines(query.q, query.limit).map(({ entry, matched, matchedBy }) => ({
        id: entry.id,
        generic: entry.generic,
        matched,
        matchedBy,
        forms: entry.forms.map((f) => ({ form: f.form, strengths: [...f.strengths] })),
        tpgList: entry.tpgList,
        prohibitedReason: entry.reason ?? null,
      })),
    }),
  }),
  listPrescriptions: operation({
    params: appointmentParams,
    run: async ({ auth, appointment, audit }) => {
      const shown = visibleTo(await versionsOf(appointment.appointmentId), auth.userId).reverse();
      audit.note(`versions=${shown.map((p) => p.version).join(',')}`);
      return { prescriptions: shown.map((p) => toPrescriptionView(p, appointment)) };
    },
  }),
  savePrescriptionDraft: operation({
    params: appointmentParams,
    body: draftBody,
    run: async ({ appointment, body, audit }) => {
      const saved = await saveDraft(appointment, body, audit.note('draft'));
      return { prescription: toPrescriptionView(saved, appointment) };
    },
  }),
  issuePrescription: operation({
    params: appointmentParams,
    body: issueBody,
    run: async ({ auth, appointment, body, audit }) => {
      const issued = await issue(appointment, auth, body, audit);
      const view = toPrescriptionView(issued, appointment);
      await sendPrescriptionToPatient(appointment, view);
      return { prescription: view };
    },
  }),
  getPrescription: operation({
    params: versionParams,
    run: async ({ auth, appointment, params, audit }) => {
      audit.note(`version=${params.version}`);
      return { prescription: await versionFor(appointment, auth, params.version) };
    },
  }),
  listHealthRecords: operation({
    query: healthRecordsQuery,
    run: async ({ auth, query, audit }) => {
      const page = await healthRecords(auth.userId, query);
      // Whose records, and which visits' prescriptions the page listed.
      audit
        .about(auth.userId)
        .note(`person=${query.person ?? 'all'}; ids=${page.visits.map((v) => v.appointmentId).join(',')}`);
      return page;
    },
  }),
  getPrescriptionPdf: operation({
    params: versionParams,
    run: async ({ auth, appointment, params, audit }) => {
      audit.note(`version=${params.version}`);
      // In the caller's language: each party downloads their own.
      const [view, caller] = await Promise.all([
        versionFor(appointment, auth, params.version),
        getUser(auth.userId),
      ]);
      return new Reply(200, undefined, {
        binary: await prescriptionPdf(view, localeOf(caller)),
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${pdfFileName(view)}"`,
        },
      });
    },
  }),
});
