/** Where a document's object lives: documents/{appointmentId or ownerId}/{documentId} (DESIGN §9). */
import { documentsPrefix } from '../contract/routes.ts';

export const documentKey = (scopeId: string, documentId: string) =>
  `${documentsPrefix}${scopeId}/${documentId}`;

/** documents/{scopeId}/{documentId} → its ids; null for any other key. */
export function parseDocumentKey(key: string): { scopeId: string; documentId: string } | null {
  const [, scopeId, documentId] = /^documents\/([0-9a-f-]{36})\/([0-9A-HJKMNP-TV-Z]{26})$/.exec(key) ?? [];
  return scopeId && documentId ? { scopeId, documentId } : null;
}
