/**
 * The single table's physical shape. The CDK data stack and the local twin both create the table from
 * this, so the keys can never drift between the cloud and the laptop. ElectroDB entities map onto it
 * in functions/core/db.
 */
export const tableShape = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;

export const tableName = (stage: string) => `chikitsa360-${stage}`;
