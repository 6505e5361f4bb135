/**
 * A patient's copy of everything kept about them (DPDP Act 2023 s.11, the right to access; issue 18): one
 * ZIP built on request, with `data.json` (the profile, family members, and for every appointment its
 * payment and receipt, consents, chat, transcript and prescriptions) and the receipt and prescription
 * PDFs, in the patient's language. New kinds of record (documents) are one more field of
 * `AppointmentRecords` and one more folder of files.
 */
import { zipSync } from 'fflate';
import { getUser, listDependants, toMe } from '../accounts/index.ts';
import { appointmentPapers, toAppointmentView, toConsentView } from '../appointments/index.ts';
import type { AuthContext } from '../core/auth.ts';
import { type AppointmentItem, entities } from '../core/db/index.ts';
import { tooMany } from '../core/errors.ts';
import { localeOf } from '../core/i18n.ts';
import * as m from '../core/paraglide/messages.js';
import { receiptFileStem, receiptPdf, toReceiptView } from '../payments/index.ts';
import { pdfFileName, prescriptionPdf, toPrescriptionView, visibleTo } from '../prescriptions/index.ts';

/** The export's format: a reader of an older file can tell what it holds. */
export const EXPORT_FORMAT = 'chikitsa360-export/1';

/**
 * At most EXPORTS_PER_DAY exports in 24 hours: each one reads the whole history and renders every PDF,
 * and a few copies a day are plenty to exercise the right. Counted from the audit log, where every
 * export is recorded anyway (so a refused or failed one counts nothing); two sent at the very same
 * moment may both pass, which a limit of this kind can allow.
 */
export const EXPORTS_PER_DAY = 3;

export async function refuseTooManyExports(userId: string, now = new Date()) {
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  const { data } = await entities()
    .auditEvent.query.byActor({ actorId: userId })
    .gte({ at: since })
    .where(({ action }, { eq }) => eq(action, 'account.export'))
    .go({ pages: 'all' });
  if (data.length >= EXPORTS_PER_DAY)
    throw tooMany(`You can download your data ${EXPORTS_PER_DAY} times a day. Please try again tomorrow.`);
}

export interface ExportFile {
  fileName: string;
  zip: Uint8Array;
}

export async function exportFor(viewer: AuthContext, now = new Date()): Promise<ExportFile> {
  const user = await getUser(viewer.userId);
  const locale = localeOf(user);
  const [dependants, { data: appointments }] = await Promise.all([
    listDependants(viewer.userId),
    entities().appointment.query.byPatient({ patientId: viewer.userId }).go({ pages: 'all' }),
  ]);
  const files: Record<string, Uint8Array> = {};
  const records = [];
  // One appointment at a time: a long history must not open hundreds of reads at once.
  for (const a of appointments) records.push(await recordsOf(a, viewer, locale, files));
  const data = {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    profile: toMe(user),
    dependants,
    appointments: records,
  };
  const text = new TextEncoder();
  files['data.json'] = text.encode(JSON.stringify(data, null, 2));
  files['README.txt'] = text.encode(m.export_readme({ date: now.toISOString().slice(0, 10) }, { locale }));
  return { fileName: `chikitsa360-${now.toISOString().slice(0, 10)}.zip`, zip: zipSync(files) };
}

async function recordsOf(
  a: AppointmentItem,
  viewer: AuthContext,
  locale: ReturnType<typeof localeOf>,
  files: Record<string, Uint8Array>,
) {
  const { appointmentId } = a;
  const [papers, receipt, messages, transcription, documents] = await Promise.all([
    appointmentPapers(appointmentId),
    entities().receipt.get({ appointmentId }).go(),
    entities().chatMessage.query.byAppointment({ appointmentId }).go({ pages: 'all' }),
    entities().transcription.get({ appointmentId }).go(),
    entities().document.query.byScope({ scopeId: appointmentId }).go({ pages: 'all' }),
  ]);
  const receiptView = receipt.data ? toReceiptView(receipt.data, papers.payment) : null;
  if (receiptView)
    files[`receipts/${receiptFileStem(receiptView.receiptNumber)}.pdf`] = await receiptPdf(
      receiptView,
      locale,
    );
  const prescriptions = visibleTo(papers.prescriptions, viewer.userId).map((p) => toPrescriptionView(p, a));
  for (const p of prescriptions) files[`prescriptions/${pdfFileName(p)}`] = await prescriptionPdf(p, locale);
  const t = transcription.data;
  return {
    appointment: toAppointmentView(a, viewer),
    receipt: receiptView,
    consents: papers.consents.map((c) => toConsentView(c, viewer)),
    chat: messages.data.map((c) => ({ from: c.senderRole, text: c.text, at: c.createdAt })),
    transcript:
      t?.status === 'COMPLETED'
        ? { language: t.language ?? null, text: t.text ?? '', utterances: t.utterances ?? [] }
        : null,
    prescriptions,
    // The reports shared for the visit, listed: the files themselves open from the appointment's page
    // (ten of 10 MB would not fit in one answer, and the patient sent them in the first place).
    reports: documents.data.map((d) => ({
      fileName: d.fileName,
      contentType: d.contentType,
      size: d.measuredSize ?? d.size,
      sharedAt: d.createdAt,
      status: d.status,
    })),
  };
}
