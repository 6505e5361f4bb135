/**
 * One DynamoDB transaction through ElectroDB. ElectroDB reports a cancelled transaction as
 * `{ canceled: true }` instead of throwing; that always means "someone changed this first" (a condition
 * failed or a concurrent transaction won), which is a 409 for the caller, never a 500.
 */
import type { ErrorCode } from '../contract/errors.ts';
import type { Db } from './db/index.ts';
import { db } from './db/index.ts';
import { conflict } from './errors.ts';

type WriteBuilder = Parameters<Db['transaction']['write']>[0];

export interface Cancelled {
  canceled: true;
  /** Per item, in order: 'ConditionalCheckFailed', 'TransactionConflict' or 'None'. */
  reasons: string[];
}

/** Runs the transaction; returns the cancellation reasons instead of throwing, for callers that branch on them. */
export async function tryTransact(build: WriteBuilder): Promise<{ canceled: false } | Cancelled> {
  const result = await db().transaction.write(build).go();
  if (!result.canceled) return { canceled: false };
  const reasons = (result.data as { code?: string }[]).map((d) => d.code ?? 'None');
  return { canceled: true, reasons };
}

/** Runs the transaction; a cancellation becomes a 409 with the given message. */
export async function transact(
  build: WriteBuilder,
  conflictMessage: string,
  code: ErrorCode = 'conflict',
): Promise<void> {
  const result = await tryTransact(build);
  if (result.canceled) throw conflict(conflictMessage, code);
}
