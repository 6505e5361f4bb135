/**
 * The patient's Health records page (issue 18): their visits that have records, newest first, across
 * their own appointments and their dependants' (the account holder books both, so both are on the
 * holder's index). A visit lists its prescription versions and the checked reports shared for it; a
 * visit with neither is left out.
 */
import type { HealthRecordsPage, HealthRecordVisit } from '../contract/api.ts';
import { type AppointmentItem, entities, treatedOf } from '../core/db/index.ts';
import { badRequest, isInvalidCursor } from '../core/errors.ts';
import { specialtyName } from '../discovery/index.ts';
import { toDocumentView } from '../documents/index.ts';
import { toPrescriptionSummary, versionsOf } from './reads.ts';

/** How many pages of appointments one answer reads at most while it looks for visits with records. */
const MAX_READS = 5;

export async function healthRecords(
  patientId: string,
  query: { person?: string; cursor?: string; limit: number },
): Promise<HealthRecordsPage> {
  const visits: HealthRecordVisit[] = [];
  let cursor = query.cursor ?? null;
  for (let reads = 0; reads < MAX_READS && visits.length < query.limit; reads++) {
    const page = await appointmentsPage(patientId, query.person, cursor, query.limit - visits.length);
    const found = await Promise.all(page.data.map(visitOf));
    visits.push(...found.filter((v): v is HealthRecordVisit => v !== null));
    cursor = page.cursor ?? null;
    if (!cursor) break;
  }
  return { visits, nextCursor: cursor };
}

/** Only a CONFIRMED or COMPLETED appointment can have been prescribed for (prescriptions/window.ts). */
async function appointmentsPage(
  patientId: string,
  person: string | undefined,
  cursor: string | null,
  limit: number,
) {
  try {
    return await entities()
      .appointment.query.byPatient({ patientId })
      .where(({ status, dependantId }, { eq, notExists }) => {
        const held = `(${eq(status, 'CONFIRMED')} OR ${eq(status, 'COMPLETED')})`;
        if (!person) return held;
        return `${held} AND ${person === 'self' ? notExists(dependantId) : eq(dependantId, person)}`;
      })
      .go({ cursor, limit, order: 'desc' });
  } catch (error) {
    if (isInvalidCursor(error))
      throw badRequest('That page link is no longer valid. Start from the first page.', {
        cursor: ['Invalid cursor.'],
      });
    throw error;
  }
}

async function visitOf(a: AppointmentItem): Promise<HealthRecordVisit | null> {
  const [allVersions, { data: files }] = await Promise.all([
    versionsOf(a.appointmentId),
    entities().document.query.byScope({ scopeId: a.appointmentId }).go({ pages: 'all' }),
  ]);
  // The patient's records: issued versions and those a correction superseded, never a draft; the
  // reports the checker passed (a pending or refused one is not a record).
  const versions = allVersions.filter((p) => p.status !== 'DRAFT');
  const documents = files.filter((d) => d.status === 'ready').map((d) => toDocumentView(d));
  if (!versions.length && !documents.length) return null;
  return {
    appointmentId: a.appointmentId,
    startAt: a.startAt,
    timeZone: a.timeZone,
    doctorName: `Dr. ${a.doctorName}`,
    specialty: a.specialty ?? '',
    specialtyName: specialtyName(a.specialty),
    treated: treatedOf(a),
    person: a.dependantId ?? 'self',
    prescriptions: versions.reverse().map(toPrescriptionSummary),
    documents,
  };
}
