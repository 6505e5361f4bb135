import { electroClient } from '../clients.ts';
import { config } from '../config.ts';

export const SERVICE = 'chikitsa';

/** ElectroDB options shared by every entity: one table, one document client (wrapped as ElectroDB does). */
export const entityConfig = () => ({ client: electroClient(), table: config().TABLE_NAME });

export const nowIso = () => new Date().toISOString();

/** createdAt/updatedAt, maintained by ElectroDB on every write. */
export const timestamps = {
  createdAt: { type: 'string', readOnly: true, required: true, default: nowIso },
  updatedAt: { type: 'string', required: true, default: nowIso, watch: '*', set: () => nowIso() },
} as const;

/** DynamoDB TTL wants epoch seconds. */
export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
