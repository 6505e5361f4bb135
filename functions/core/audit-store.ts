/** Audit events in the table: a PutItem of its own, or an item of the operation's transaction. */
import type { AuditStore } from './audit.ts';
import { entities } from './db/index.ts';

export const auditStore: AuditStore = {
  async put(event) {
    await entities().auditEvent.create(event).go();
  },
  inTransaction: (tx, event) => tx.auditEvent.create(event).commit(),
};
