/**
 * The room's chat, without the DOM: history from the API, live messages over the room socket, an
 * outbox that survives reconnects (and reloads, in sessionStorage) and is resent with the same
 * clientMsgId (the server recognises a resend and never stores it twice), a back-fill of whatever was
 * said while the connection was down, and read receipts for what the viewer has on screen.
 */
import { signal } from '@preact/signals';
import { m } from '../../paraglide/messages.js';
import { api, errorText } from '../client.ts';
import type { ChatMessage, ClientFrame, HistoryPage, PartyRole, ServerFrame } from './types.ts';

export type OwnStatus = 'sending' | 'failed' | 'delivered' | 'read';

export interface ChatEntry {
  /** Stable across the sending → delivered change: our own messages are keyed by clientMsgId. */
  key: string;
  id: string | null;
  clientMsgId: string | null;
  own: boolean;
  text: string;
  createdAt: string;
  /** Our own messages only. */
  status: OwnStatus | null;
  /** Why a message failed to send. */
  problem: string | null;
}

interface OutboxItem {
  clientMsgId: string;
  text: string;
  createdAt: string;
  problem: string | null;
}

export const MAX_MESSAGE_LENGTH = 2000;
const PAGE_SIZE = 50;
/** How far back a reconnect looks for messages it missed. */
const MAX_BACKFILL_PAGES = 10;

export type ChatConnection = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface ChatOptions {
  appointmentId: string;
  self: { id: string; role: PartyRole };
  /** Sends a frame over the room socket (queued and paced there). */
  send(frame: ClientFrame): void;
  /** True while the room socket is open. */
  connected(): boolean;
}

export class ChatSession {
  readonly entries = signal<ChatEntry[]>([]);
  readonly connection = signal<ChatConnection>('connecting');
  readonly notice = signal<string | null>(null);
  readonly hasEarlier = signal(false);
  readonly loadingEarlier = signal(false);
  /** What the server stored, by id (ids are ULIDs: they sort by time). */
  private readonly messages = new Map<string, ChatMessage>();
  /** Our own messages the server has not confirmed yet, by clientMsgId. */
  private readonly outbox = new Map<string, OutboxItem>();
  private readonly outboxKey: string;
  private nextBefore: string | null = null;
  private loadedOnce = false;
  /** The history fetch under way (or last done). */
  private loading: Promise<void> | null = null;
  private lastReadSent = '';
  private seenUpTo = '';

  constructor(private readonly options: ChatOptions) {
    this.outboxKey = `c360.outbox.${options.appointmentId}`;
    for (const item of this.restoreOutbox()) this.outbox.set(item.clientMsgId, item);
    this.update();
  }

  /**
   * The socket is open. The first time, the history is loaded now (not before: anything said between
   * an earlier load and the connection would be missed); after a drop, what was missed is fetched.
   * Then whatever waits in the outbox is sent (the same clientMsgId, so nothing is stored twice).
   */
  async onOpen() {
    this.connection.value = 'connected';
    // A receipt sent before a drop may have been lost; the server ignores repeats.
    this.lastReadSent = '';
    await this.loading;
    this.loading = this.catchUp();
    await this.loading;
    this.flushOutbox();
    this.sendRead();
  }

  /** The socket dropped (or could not connect at all: then show the history we can get meanwhile). */
  onDown() {
    this.connection.value = 'reconnecting';
    this.loading ??= this.catchUp();
  }

  /** The room is over (call ended or the window closed): no more sending. */
  close() {
    this.connection.value = 'closed';
  }

  handleFrame(frame: ServerFrame) {
    if (frame.type === 'chat.message') {
      const message = frame.message;
      if (!message || typeof message.id !== 'string' || typeof message.text !== 'string') return;
      this.add(message);
      this.update();
    } else if (frame.type === 'chat.read') {
      if (frame.readerId === this.options.self.id) return;
      for (const [id, message] of this.messages)
        if (message.senderId === this.options.self.id && id <= frame.upTo && !message.readAt)
          this.messages.set(id, { ...message, readAt: frame.at });
      this.update();
    } else if (frame.type === 'error') {
      const item = frame.clientMsgId && this.outbox.get(frame.clientMsgId);
      if (item) {
        this.outbox.set(item.clientMsgId, { ...item, problem: frame.message });
        this.update();
      } else if (frame.code === 'rate_limited') {
        // Something we sent was refused: whatever is unconfirmed goes again shortly (same ids).
        setTimeout(() => this.flushOutbox(), 1500);
      }
    }
  }

  /** Queues a message; false (with a notice) when it is too long. */
  submit(text: string): boolean {
    if (this.connection.value === 'closed' || !text) return false;
    if (text.length > MAX_MESSAGE_LENGTH) {
      this.notice.value = m.room_chat_too_long({ max: MAX_MESSAGE_LENGTH });
      return false;
    }
    const item = {
      clientMsgId: crypto.randomUUID(),
      text,
      createdAt: new Date().toISOString(),
      problem: null,
    };
    this.outbox.set(item.clientMsgId, item);
    this.update();
    if (this.options.connected()) this.sendItem(item);
    return true;
  }

  retry(clientMsgId: string) {
    const item = this.outbox.get(clientMsgId);
    if (!item) return;
    this.outbox.set(clientMsgId, { ...item, problem: null });
    this.update();
    if (this.options.connected()) this.sendItem(item);
  }

  discard(clientMsgId: string) {
    this.outbox.delete(clientMsgId);
    this.update();
  }

  async loadEarlier() {
    if (!this.nextBefore) return;
    this.loadingEarlier.value = true;
    try {
      const page = await this.fetchPage(this.nextBefore);
      for (const message of page.messages) this.add(message);
      this.nextBefore = page.nextBefore;
      this.update();
    } catch (error) {
      this.notice.value = errorText(error, m.room_chat_earlier_failed());
    } finally {
      this.loadingEarlier.value = false;
    }
  }

  /** The newest message of the other party's that is on screen now (ids are ULIDs: they sort by time). */
  seen(upTo: string) {
    if (upTo > this.seenUpTo) this.seenUpTo = upTo;
    this.sendRead();
  }

  /** Tells the sender we read up to the newest of their messages we have had on screen. */
  readonly sendRead = () => {
    const upTo = this.seenUpTo;
    if (this.connection.value === 'closed' || document.visibilityState !== 'visible') return;
    if (!this.options.connected() || !upTo || upTo <= this.lastReadSent) return;
    this.lastReadSent = upTo;
    this.options.send({ action: 'chat.read', upTo });
  };

  /**
   * The history the first time (its newest page; older ones load on request). After that, pages back
   * from the newest message until one we already have: what was said while we were away.
   */
  private async catchUp() {
    let before: string | undefined;
    try {
      for (let i = 0; i < MAX_BACKFILL_PAGES; i++) {
        const page = await this.fetchPage(before);
        let reachedKnown = false;
        for (const message of page.messages) reachedKnown = !this.add(message) || reachedKnown;
        if (!this.loadedOnce) {
          this.nextBefore = page.nextBefore;
          this.loadedOnce = true;
          break;
        }
        if (reachedKnown || !page.nextBefore) break;
        before = page.nextBefore;
      }
      this.update();
    } catch (error) {
      // After the first load live messages still arrive, and the next reconnect tries again.
      if (!this.loadedOnce) this.notice.value = errorText(error, m.room_chat_history_failed());
    }
  }

  private fetchPage(before: string | undefined): Promise<HistoryPage> {
    return api.call('chatHistory', {
      params: { id: this.options.appointmentId },
      query: { limit: PAGE_SIZE, before },
    });
  }

  private sendItem(item: OutboxItem) {
    this.options.send({ action: 'chat.send', text: item.text, clientMsgId: item.clientMsgId });
  }

  private flushOutbox() {
    if (this.connection.value === 'closed' || !this.options.connected()) return;
    for (const item of this.outbox.values()) if (!item.problem) this.sendItem(item);
  }

  /** Adds or updates a stored message; returns true when it was not known before. */
  private add(message: ChatMessage): boolean {
    const known = this.messages.get(message.id);
    // Our own read state may be newer than a history page fetched a moment earlier.
    this.messages.set(
      message.id,
      known?.readAt && !message.readAt ? { ...message, readAt: known.readAt } : message,
    );
    if (message.senderId === this.options.self.id && message.clientMsgId)
      this.outbox.delete(message.clientMsgId);
    return !known;
  }

  /** Publishes what to show (stored messages by id, then our unconfirmed ones) and keeps the outbox for a reload. */
  private update() {
    const self = this.options.self.id;
    const stored = [...this.messages.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((message): ChatEntry => {
        const own = message.senderId === self;
        return {
          ...message,
          key: own && message.clientMsgId ? `c:${message.clientMsgId}` : `m:${message.id}`,
          own,
          status: own ? (message.readAt ? 'read' : 'delivered') : null,
          problem: null,
        };
      });
    const pending = [...this.outbox.values()].map(
      (item): ChatEntry => ({
        ...item,
        key: `c:${item.clientMsgId}`,
        id: null,
        own: true,
        status: item.problem ? 'failed' : 'sending',
      }),
    );
    this.entries.value = [...stored, ...pending];
    this.hasEarlier.value = !!this.nextBefore;
    try {
      const items = [...this.outbox.values()];
      if (items.length) window.sessionStorage.setItem(this.outboxKey, JSON.stringify(items));
      else window.sessionStorage.removeItem(this.outboxKey);
    } catch {
      // storage disabled: the outbox still lives for this page
    }
  }

  private restoreOutbox(): OutboxItem[] {
    try {
      const raw = JSON.parse(window.sessionStorage.getItem(this.outboxKey) ?? '[]') as unknown;
      if (!Array.isArray(raw)) return [];
      return raw.filter(
        (i): i is OutboxItem =>
          typeof i?.clientMsgId === 'string' &&
          typeof i?.text === 'string' &&
          typeof i?.createdAt === 'string',
      );
    } catch {
      return [];
    }
  }
}
