/**
 * The whole table, item by item, for tests that must prove a request changed nothing. Only tests scan:
 * the application reads with Query and GetItem (tests/unit/no-scan.test.ts checks functions/).
 */
import { isDeepStrictEqual } from 'node:util';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { until } from './wait.ts';

export type TableItem = Record<string, unknown> & { pk: string; sk: string };

export async function scanTable(): Promise<TableItem[]> {
  const items: TableItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new ScanCommand({ TableName: config().TABLE_NAME, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...((page.Items ?? []) as TableItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export interface TableDiff {
  added: TableItem[];
  removed: TableItem[];
  changed: { before: TableItem; after: TableItem }[];
}

const keyOf = (item: TableItem) => `${item.pk}\u0000${item.sk}`;

export function diffItems(before: TableItem[], after: TableItem[]): TableDiff {
  const old = new Map(before.map((i) => [keyOf(i), i]));
  const now = new Map(after.map((i) => [keyOf(i), i]));
  return {
    added: after.filter((i) => !old.has(keyOf(i))),
    removed: before.filter((i) => !now.has(keyOf(i))),
    changed: after
      .filter((i) => old.has(keyOf(i)) && !isDeepStrictEqual(old.get(keyOf(i)), i))
      .map((i) => ({ before: old.get(keyOf(i))!, after: i })),
  };
}

export const isEmptyDiff = (d: TableDiff) => !d.added.length && !d.removed.length && !d.changed.length;

/** The entity an item belongs to (ElectroDB writes its name into every item). */
export const entityOf = (item: TableItem) => String(item.__edb_e__ ?? '?');

/**
 * Waits until the table stops changing (two equal scans in a row), so background work a fixture
 * started (emails, the pipeline, a closing WebSocket) cannot be mistaken for a probe's write.
 */
export async function settledTable(
  select: (item: TableItem) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<TableItem[]> {
  let last = (await scanTable()).filter(select);
  return until(
    async () => {
      const next = (await scanTable()).filter(select);
      const unchanged = isEmptyDiff(diffItems(last, next));
      last = next;
      return unchanged && next;
    },
    { what: 'the table to stop changing (the fixture to settle)', timeoutMs, intervalMs: 300 },
  );
}
