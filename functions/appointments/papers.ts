/**
 * An appointment's papers (its consents, its payment and its prescription versions) in ONE Query.
 *
 * They share the appointment's partition, and ElectroDB's sort keys start with the entity name, so the
 * partition is sorted by entity: appointment, chatMessage, connection, consent, payment, prescription,
 * receipt, recording, transcription. Consent to prescription is one contiguous range that skips the
 * chat (which may be long). Three ElectroDB queries would be three round trips on the appointment page,
 * the busiest read in the app (bench: DynamoDB calls per request, reads ≤ 2 with the appointment's own).
 */
import { QueryCommand } from '#aws-sdk/lib-dynamodb';
import { documentClient } from '../core/clients.ts';
import { type ConsentItem, entities, type PaymentItem, type PrescriptionItem } from '../core/db/index.ts';

export interface AppointmentPapers {
  consents: ConsentItem[];
  payment: PaymentItem | null;
  /** Oldest version first. */
  prescriptions: PrescriptionItem[];
}

type RawItem = Record<string, unknown> & { __edb_e__?: string };

export async function appointmentPapers(appointmentId: string): Promise<AppointmentPapers> {
  const e = entities();
  // The key values as ElectroDB writes them, asked of ElectroDB rather than spelled out here.
  const first = e.consent.query.byAppointment({ appointmentId }).params() as QueryParams;
  const last = e.prescription.query.byAppointment({ appointmentId }).params() as QueryParams;
  const pk = first.ExpressionAttributeValues[':pk'];
  const from = first.ExpressionAttributeValues[':sk1'];
  const to = `${last.ExpressionAttributeValues[':sk1']}\uffff`;

  const byEntity = new Map<string, RawItem[]>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: first.TableName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
        ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': to },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of (page.Items ?? []) as RawItem[]) {
      const kind = String(item.__edb_e__ ?? '');
      byEntity.set(kind, [...(byEntity.get(kind) ?? []), item]);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);

  const parse = <T>(entity: { parse: (r: { Items: RawItem[] }) => { data: unknown } }, kind: string) =>
    entity.parse({ Items: byEntity.get(kind) ?? [] }).data as T[];
  return {
    consents: parse<ConsentItem>(e.consent, 'consent'),
    payment: parse<PaymentItem>(e.payment, 'payment')[0] ?? null,
    prescriptions: parse<PrescriptionItem>(e.prescription, 'prescription').sort(
      (a, b) => a.version - b.version,
    ),
  };
}

interface QueryParams {
  TableName: string;
  ExpressionAttributeValues: Record<string, string>;
}
