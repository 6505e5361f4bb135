/**
 * ElectroDB's page cursors are base64url JSON of DynamoDB's LastEvaluatedKey, and every key attribute
 * of our table is a string. A cursor that does not decode to such a key was not made by us; it is
 * refused at validation, before the SDK (which throws on, say, a number beyond 2^53) or DynamoDB sees
 * it. A well-formed key from elsewhere is refused by DynamoDB itself (see isInvalidCursor).
 */
export function isWellFormedCursor(cursor: string): boolean {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return false;
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) return false;
  const values = Object.values(key);
  return values.length > 0 && values.every((v) => typeof v === 'string');
}

export const INVALID_CURSOR = 'That page link is no longer valid. Start from the first page.';
