/**
 * The chat's state, without the DOM: messages the server stored (keyed by id, ordered by id: ids are
 * ULIDs), the outbox of our own messages it has not confirmed yet (keyed by clientMsgId, so a resend
 * after a reconnect is recognised by the server and never duplicated), and read receipts.
 */
import type { ChatMessage, PartyRole } from './types.ts';

export type OwnStatus = 'sending' | 'failed' | 'delivered' | 'read';

export interface ChatEntry {
  /** Stable across the sending → delivered change: our own messages are keyed by clientMsgId. */
  key: string;
  id: string | null;
  clientMsgId: string | null;
  own: boolean;
  senderRole: PartyRole;
  text: string;
  createdAt: string;
  /** Our own messages only. */
  status: OwnStatus | null;
  /** Why a message failed to send. */
  problem: string | null;
}

export interface OutboxItem {
  clientMsgId: string;
  text: string;
  createdAt: string;
  problem: string | null;
}

export const MAX_MESSAGE_LENGTH = 2000;

export function newClientMsgId(): string {
  return crypto.randomUUID();
}

export class ChatStore {
  private readonly messages = new Map<string, ChatMessage>();
  private readonly outbox = new Map<string, OutboxItem>();

  constructor(
    private readonly selfId: string,
    private readonly selfRole: PartyRole,
    restoredOutbox: OutboxItem[] = [],
  ) {
    for (const item of restoredOutbox) this.outbox.set(item.clientMsgId, item);
  }

  /** Adds or updates a stored message; returns true when it was not known before. */
  add(message: ChatMessage): boolean {
    const known = this.messages.get(message.id);
    // Our own read state may be newer than a history page fetched a moment earlier.
    this.messages.set(
      message.id,
      known?.readAt && !message.readAt ? { ...message, readAt: known.readAt } : message,
    );
    if (message.senderId === this.selfId && message.clientMsgId) this.outbox.delete(message.clientMsgId);
    return !known;
  }

  has(id: string) {
    return this.messages.has(id);
  }

  /** The other party read our messages up to `upTo`. Returns true when anything changed. */
  markRead(readerId: string, upTo: string, at: string): boolean {
    if (readerId === this.selfId) return false;
    let changed = false;
    for (const [id, m] of this.messages) {
      if (m.senderId === this.selfId && id <= upTo && !m.readAt) {
        this.messages.set(id, { ...m, readAt: at });
        changed = true;
      }
    }
    return changed;
  }

  queue(text: string): OutboxItem {
    const item = { clientMsgId: newClientMsgId(), text, createdAt: new Date().toISOString(), problem: null };
    this.outbox.set(item.clientMsgId, item);
    return item;
  }

  fail(clientMsgId: string, problem: string) {
    const item = this.outbox.get(clientMsgId);
    if (item) this.outbox.set(clientMsgId, { ...item, problem });
  }

  retry(clientMsgId: string): OutboxItem | null {
    const item = this.outbox.get(clientMsgId);
    if (!item) return null;
    const again = { ...item, problem: null };
    this.outbox.set(clientMsgId, again);
    return again;
  }

  discard(clientMsgId: string) {
    this.outbox.delete(clientMsgId);
  }

  /** Unconfirmed messages that should be (re)sent, oldest first. */
  unsent(): OutboxItem[] {
    return [...this.outbox.values()].filter((item) => !item.problem);
  }

  outboxItems(): OutboxItem[] {
    return [...this.outbox.values()];
  }

  /** Everything to show, oldest first: stored messages by id, then our unconfirmed ones. */
  entries(): ChatEntry[] {
    const stored = [...this.messages.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((m): ChatEntry => {
        const own = m.senderId === this.selfId;
        return {
          key: own && m.clientMsgId ? `c:${m.clientMsgId}` : `m:${m.id}`,
          id: m.id,
          clientMsgId: m.clientMsgId,
          own,
          senderRole: m.senderRole,
          text: m.text,
          createdAt: m.createdAt,
          status: own ? (m.readAt ? 'read' : 'delivered') : null,
          problem: null,
        };
      });
    const pending = [...this.outbox.values()].map(
      (item): ChatEntry => ({
        key: `c:${item.clientMsgId}`,
        id: null,
        clientMsgId: item.clientMsgId,
        own: true,
        senderRole: this.selfRole,
        text: item.text,
        createdAt: item.createdAt,
        status: item.problem ? 'failed' : 'sending',
        problem: item.problem,
      }),
    );
    return [...stored, ...pending];
  }
}
