/**
 * The room's chat, without the DOM: history from the API, live messages over the room socket, an
 * outbox that survives reconnects (and reloads, in sessionStorage) and is resent with the same
 * clientMsgId, a back-fill of whatever was said while the connection was down, and read receipts for
 * what the viewer has on screen. The ChatStore holds the messages; this exposes them as signals.
 */
import { signal } from '@preact/signals';
import { m } from '../../paraglide/messages.js';
import { ApiError, api } from '../client.ts';
import { type ChatEntry, ChatStore, MAX_MESSAGE_LENGTH, type OutboxItem } from './chat-store.ts';
import type { ClientFrame, HistoryPage, PartyRole, ServerFrame } from './types.ts';

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
  private readonly store: ChatStore;
  private readonly outboxKey: string;
  private nextBefore: string | null = null;
  private loadedOnce = false;
  /** The first history load, once started (after it, reconnects back-fill instead). */
  private historyLoad: Promise<void> | null = null;
  private lastReadSent = '';
  private seenUpTo = '';

  constructor(private readonly options: ChatOptions) {
    this.outboxKey = `c360.outbox.${options.appointmentId}`;
    this.store = new ChatStore(options.self.id, options.self.role, this.restoreOutbox());
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
    if (this.historyLoad) {
      await this.historyLoad;
      await this.backfill();
    } else {
      this.historyLoad = this.loadHistory();
      await this.historyLoad;
    }
    this.flushOutbox();
    this.sendRead();
  }

  /** The socket dropped (or could not connect at all: then show the history we can get meanwhile). */
  onDown() {
    this.connection.value = 'reconnecting';
    this.historyLoad ??= this.loadHistory();
  }

  /** The room is over (call ended or the window closed): no more sending. */
  close() {
    this.connection.value = 'closed';
  }

  handleFrame(frame: ServerFrame) {
    if (frame.type === 'chat.message') {
      const message = frame.message;
      if (!message || typeof message.id !== 'string' || typeof message.text !== 'string') return;
      this.store.add(message);
      this.update();
    } else if (frame.type === 'chat.read') {
      if (this.store.markRead(frame.readerId, frame.upTo, frame.at)) this.update();
    } else if (frame.type === 'error') {
      if (frame.clientMsgId) {
        this.store.fail(frame.clientMsgId, frame.message);
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
    const item = this.store.queue(text);
    this.update();
    if (this.options.connected()) this.sendItem(item);
    return true;
  }

  retry(clientMsgId: string) {
    const item = this.store.retry(clientMsgId);
    this.update();
    if (item && this.options.connected()) this.sendItem(item);
  }

  discard(clientMsgId: string) {
    this.store.discard(clientMsgId);
    this.update();
  }

  async loadEarlier() {
    if (!this.nextBefore) return;
    this.loadingEarlier.value = true;
    try {
      const page = await this.fetchPage(this.nextBefore);
      for (const message of page.messages) this.store.add(message);
      this.nextBefore = page.nextBefore;
      this.update();
    } catch (error) {
      this.notice.value = error instanceof ApiError ? error.message : m.room_chat_earlier_failed();
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

  private async loadHistory() {
    try {
      const page = await this.fetchPage(undefined);
      for (const message of page.messages) this.store.add(message);
      this.nextBefore = page.nextBefore;
      this.loadedOnce = true;
      this.update();
    } catch (error) {
      this.notice.value = error instanceof ApiError ? error.message : m.room_chat_history_failed();
    }
  }

  /** Pages back from the newest message until one we already have (what was said while we were away). */
  private async backfill() {
    let before: string | undefined;
    try {
      for (let i = 0; i < MAX_BACKFILL_PAGES; i++) {
        const page = await this.fetchPage(before);
        let reachedKnown = false;
        for (const message of page.messages) {
          if (this.store.has(message.id)) reachedKnown = true;
          this.store.add(message);
        }
        if (!this.loadedOnce) {
          // The first load had failed: this is the history now.
          this.nextBefore = page.nextBefore;
          this.loadedOnce = true;
        }
        if (reachedKnown || !page.nextBefore) break;
        before = page.nextBefore;
      }
      this.update();
    } catch {
      // Live messages still arrive; the next reconnect tries again.
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
    for (const item of this.store.unsent()) this.sendItem(item);
  }

  /** Publishes the store's state and keeps the outbox for a reload. */
  private update() {
    this.entries.value = this.store.entries();
    this.hasEarlier.value = !!this.nextBefore;
    try {
      const items = this.store.outboxItems();
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
