/**
 * The floor of the cold-start bench (tests/bench/cold.ts): the least a function on this stack can do,
 * a bare GetItem on @aws-sdk/client-dynamodb. Every function's init is reported as a ratio to this one's.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export const handler = async (event: { id: string }) =>
  client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.id } } }));
