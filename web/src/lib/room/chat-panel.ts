/**
 * The room's chat panel: history from the API, live messages over the WebSocket, our own messages'
 * state (sending → delivered ✓ → read ✓✓), read receipts for what the viewer has actually seen, an
 * outbox that survives reconnects (and reloads, in sessionStorage) and is resent with the same
 * clientMsgId, and a back-fill of whatever was said while the connection was down.
 *
 * Message text is only ever a text node (lib/dom.ts h()): what people type can never become markup.
 *
 * Markup contract (pages/room/index.astro): inside `root`, `[data-chat-scroll]` (the scrolling area),
 * `[data-chat-list]` (the <ol>), `[data-chat-earlier]`, `[data-chat-empty]`, `[data-chat-new]`,
 * `[data-chat-form]`, `[data-chat-input]`, `[data-chat-send]`, `[data-chat-connection]`, `[data-chat-count]`.
 */
import { ApiError, api } from '../client.ts';
import { h, replaceChildren } from '../dom.ts';
import { formatDateTime } from '../format.ts';
import { iconSvg } from '../icons.ts';
import { formatTime } from '../zoned.ts';
import { type ChatEntry, ChatStore, MAX_MESSAGE_LENGTH, type OutboxItem } from './chat-store.ts';
import type { ClientFrame, HistoryPage, PartyRole, ServerFrame } from './types.ts';

export interface ChatPanelOptions {
  root: HTMLElement;
  appointmentId: string;
  self: { id: string; name: string; role: PartyRole };
  peer: { id: string; name: string };
  /** Sends a frame over the room socket (queued and paced there). */
  send(frame: ClientFrame): void;
  /** True while the room socket is open. */
  connected(): boolean;
}

const PAGE_SIZE = 50;
/** How far back a reconnect looks for messages it missed. */
const MAX_BACKFILL_PAGES = 10;
/** Within this many pixels of the bottom counts as "at the bottom" (keep following new messages). */
const STICKY_PX = 48;

const q = <T extends HTMLElement>(root: HTMLElement, name: string) => {
  const el = root.querySelector<T>(`[data-${name}]`);
  if (!el) throw new Error(`chat markup is missing [data-${name}]`);
  return el;
};

export class ChatPanel {
  private readonly store: ChatStore;
  private readonly elements = new Map<string, { el: HTMLLIElement; signature: string }>();
  private readonly scroll: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly earlier: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private readonly newPill: HTMLButtonElement;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLTextAreaElement;
  private readonly connection: HTMLElement;
  private readonly count: HTMLElement;
  private readonly observer: IntersectionObserver;
  private readonly visiblePeerIds = new Set<string>();
  private lastReadSent = '';
  private nextBefore: string | null = null;
  private loadedOnce = false;
  /** True while the reader is at the newest message (so new ones and resizes keep it in view). */
  private pinned = true;
  /** The first history load, once started (after it, reconnects back-fill instead). */
  private historyLoad: Promise<void> | null = null;
  private closed = false;
  private readonly outboxKey: string;

  constructor(private readonly options: ChatPanelOptions) {
    const { root } = options;
    this.scroll = q(root, 'chat-scroll');
    this.list = q<HTMLOListElement>(root, 'chat-list');
    this.earlier = q<HTMLButtonElement>(root, 'chat-earlier');
    this.empty = q(root, 'chat-empty');
    this.newPill = q<HTMLButtonElement>(root, 'chat-new');
    this.form = q<HTMLFormElement>(root, 'chat-form');
    this.input = q<HTMLTextAreaElement>(root, 'chat-input');
    this.connection = q(root, 'chat-connection');
    this.count = q(root, 'chat-count');
    this.outboxKey = `c360.outbox.${options.appointmentId}`;
    this.store = new ChatStore(options.self.id, options.self.role, this.restoreOutbox());

    this.observer = new IntersectionObserver((entries) => this.onVisibility(entries), {
      // The viewport: a message counts as seen only when it is on screen, inside the chat's scroll area.
      root: null,
      threshold: 0.6,
    });

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      // Enter sends; Shift+Enter is a new line (and Enter while composing, e.g. Hindi input, is not a send).
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.maxLength = MAX_MESSAGE_LENGTH;
    this.earlier.addEventListener('click', () => void this.loadEarlier());
    this.newPill.addEventListener('click', () => this.scrollToBottom(true));
    this.scroll.addEventListener('scroll', () => {
      this.pinned = this.atBottom();
      if (this.pinned) this.newPill.hidden = true;
    });
    // The area shrinks when a phone's keyboard opens or the screen turns: keep following if we were.
    new ResizeObserver(() => {
      if (this.pinned) this.scroll.scrollTop = this.scroll.scrollHeight;
    }).observe(this.scroll);
    this.list.addEventListener('click', (event) => this.onListClick(event));
    document.addEventListener('visibilitychange', this.sendReadIfSeen);
    this.setConnection('connecting');
    this.render();
  }

  /**
   * The socket is open. The first time, the history is loaded now (not before: anything said between
   * an earlier load and the connection would be missed); after a drop, what was missed is fetched.
   * Then whatever waits in the outbox is sent (the same clientMsgId, so nothing is stored twice).
   */
  async onOpen() {
    this.setConnection('connected');
    // A receipt sent before a drop may have been lost; the server ignores repeats.
    this.lastReadSent = '';
    if (this.historyLoad) {
      // Loaded (or loading) while the socket was down: fetch what was said in between.
      await this.historyLoad;
      await this.backfill();
    } else {
      this.historyLoad = this.loadHistory();
      await this.historyLoad;
    }
    this.flushOutbox();
    this.sendReadIfSeen();
  }

  /** The socket dropped (or could not connect at all: then show the history we can get meanwhile). */
  onDown() {
    this.setConnection('reconnecting');
    this.historyLoad ??= this.loadHistory();
  }

  /** The first page of history. Errors are shown in the panel; the live chat still works. */
  private async loadHistory() {
    try {
      const page = await this.fetchPage(undefined);
      for (const m of page.messages) this.store.add(m);
      this.nextBefore = page.nextBefore;
      this.loadedOnce = true;
      this.persistOutbox();
      this.render({ scroll: 'bottom' });
    } catch (error) {
      this.showNotice(
        error instanceof ApiError ? error.message : 'The earlier messages could not be loaded.',
      );
    }
  }

  /** The room is over (call ended or the window closed): no more sending. */
  close(reason: string) {
    this.closed = true;
    this.setConnection('closed', reason);
    this.input.disabled = true;
    q<HTMLButtonElement>(this.options.root, 'chat-send').disabled = true;
    this.observer.disconnect();
    document.removeEventListener('visibilitychange', this.sendReadIfSeen);
  }

  handleFrame(frame: ServerFrame) {
    switch (frame.type) {
      case 'chat.message': {
        const m = frame.message;
        if (!m || typeof m.id !== 'string' || typeof m.text !== 'string') return;
        const own = m.senderId === this.options.self.id;
        const followed = this.atBottom();
        const isNew = this.store.add(m);
        this.persistOutbox();
        this.render({ scroll: own || followed ? 'bottom' : 'keep' });
        if (isNew && !own && !followed) this.newPill.hidden = false;
        return;
      }
      case 'chat.read':
        if (this.store.markRead(frame.readerId, frame.upTo, frame.at)) this.render();
        return;
      case 'error':
        if (frame.clientMsgId) {
          this.store.fail(frame.clientMsgId, frame.message);
          this.persistOutbox();
          this.render();
        } else if (frame.code === 'rate_limited') {
          // Something we sent was refused: whatever is unconfirmed goes again shortly (same ids).
          setTimeout(() => this.flushOutbox(), 1500);
        }
        return;
      default:
        return;
    }
  }

  // ---- Sending ----------------------------------------------------------------------------------

  private submit() {
    if (this.closed) return;
    const text = this.input.value.trim();
    if (!text) return;
    if (text.length > MAX_MESSAGE_LENGTH) {
      this.showNotice(`Keep messages under ${MAX_MESSAGE_LENGTH} characters.`);
      return;
    }
    const item = this.store.queue(text);
    this.persistOutbox();
    this.input.value = '';
    this.render({ scroll: 'bottom' });
    if (this.options.connected()) this.sendItem(item);
  }

  private sendItem(item: OutboxItem) {
    this.options.send({ action: 'chat.send', text: item.text, clientMsgId: item.clientMsgId });
  }

  private flushOutbox() {
    if (this.closed || !this.options.connected()) return;
    for (const item of this.store.unsent()) this.sendItem(item);
  }

  private onListClick(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = button?.dataset.clientMsgId;
    if (!button || !id) return;
    if (button.dataset.action === 'retry') {
      const item = this.store.retry(id);
      if (item && this.options.connected()) this.sendItem(item);
    } else {
      this.store.discard(id);
    }
    this.persistOutbox();
    this.render();
  }

  // ---- History ----------------------------------------------------------------------------------

  private fetchPage(before: string | undefined): Promise<HistoryPage> {
    return api.call('chatHistory', {
      params: { id: this.options.appointmentId },
      query: { limit: PAGE_SIZE, before },
    });
  }

  /** Pages back from the newest message until one we already have (what was said while we were away). */
  private async backfill() {
    let before: string | undefined;
    try {
      for (let i = 0; i < MAX_BACKFILL_PAGES; i++) {
        const page = await this.fetchPage(before);
        let reachedKnown = false;
        for (const m of page.messages) {
          if (this.store.has(m.id)) reachedKnown = true;
          this.store.add(m);
        }
        if (!this.loadedOnce) {
          // The first load had failed: this is the history now.
          this.nextBefore = page.nextBefore;
          this.loadedOnce = true;
        }
        if (reachedKnown || !page.nextBefore) break;
        before = page.nextBefore;
      }
      this.persistOutbox();
      const followed = this.atBottom();
      this.render({ scroll: followed ? 'bottom' : 'keep' });
    } catch {
      // Live messages still arrive; the next reconnect tries again.
    }
  }

  private async loadEarlier() {
    if (!this.nextBefore) return;
    this.earlier.disabled = true;
    try {
      const page = await this.fetchPage(this.nextBefore);
      for (const m of page.messages) this.store.add(m);
      this.nextBefore = page.nextBefore;
      this.render({ scroll: 'anchor-top' });
    } catch (error) {
      this.showNotice(error instanceof ApiError ? error.message : 'Could not load earlier messages.');
    } finally {
      this.earlier.disabled = false;
    }
  }

  // ---- Read receipts ------------------------------------------------------------------------------

  private onVisibility(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.messageId;
      if (!id) continue;
      if (entry.isIntersecting) this.visiblePeerIds.add(id);
      else this.visiblePeerIds.delete(id);
    }
    this.sendReadIfSeen();
  }

  /** Tells the sender we read up to the newest of their messages that is on screen right now. */
  private readonly sendReadIfSeen = () => {
    if (this.closed || document.visibilityState !== 'visible' || !this.options.connected()) return;
    let upTo = '';
    for (const id of this.visiblePeerIds) if (id > upTo) upTo = id;
    if (!upTo || upTo <= this.lastReadSent) return;
    this.lastReadSent = upTo;
    this.options.send({ action: 'chat.read', upTo });
  };

  // ---- Rendering ------------------------------------------------------------------------------------

  private render({ scroll = 'keep' }: { scroll?: 'keep' | 'bottom' | 'anchor-top' } = {}) {
    const before = { height: this.scroll.scrollHeight, top: this.scroll.scrollTop };
    const entries = this.store.entries();
    const wanted = new Set(entries.map((e) => e.key));
    for (const [key, { el }] of this.elements) {
      if (!wanted.has(key)) {
        this.observer.unobserve(el);
        el.remove();
        this.elements.delete(key);
      }
    }
    let previous: HTMLLIElement | null = null;
    for (const entry of entries) {
      const signature = `${entry.id}|${entry.status}|${entry.problem}`;
      let record = this.elements.get(entry.key);
      if (!record || record.signature !== signature) {
        const el = this.messageElement(entry);
        if (record) {
          this.observer.unobserve(record.el);
          record.el.replaceWith(el);
        }
        record = { el, signature };
        this.elements.set(entry.key, record);
        if (!entry.own && entry.id) this.observer.observe(el);
      }
      const expectedNext: ChildNode | null = previous ? previous.nextSibling : this.list.firstChild;
      if (record.el !== expectedNext) this.list.insertBefore(record.el, expectedNext);
      previous = record.el;
    }
    this.empty.hidden = entries.length > 0;
    this.earlier.hidden = !this.nextBefore;
    this.count.textContent = entries.length ? String(entries.length) : '';
    if (scroll === 'bottom') this.scrollToBottom(false);
    else if (scroll === 'anchor-top')
      this.scroll.scrollTop = before.top + (this.scroll.scrollHeight - before.height);
  }

  private messageElement(entry: ChatEntry): HTMLLIElement {
    const sender = entry.own ? 'You' : this.options.peer.name;
    const time = formatTime(entry.createdAt);
    const bubble = h(
      'div',
      {
        class: entry.own
          ? `max-w-[85%] rounded-2xl rounded-br-md px-3.5 py-2 shadow-sm ${entry.status === 'failed' ? 'bg-red-50 text-red-950 ring-1 ring-red-200' : 'bg-brand-700 text-white'}`
          : 'max-w-[85%] rounded-2xl rounded-bl-md bg-slate-100 px-3.5 py-2 text-slate-900',
      },
      h('p', {
        class: 'text-[0.9375rem] leading-6 break-words whitespace-pre-wrap',
        text: entry.text,
        dataset: { testid: 'chat-text' },
      }),
    );
    const meta = h(
      'p',
      {
        class: 'mt-1 flex items-center gap-1 px-1 text-xs text-slate-500',
        dataset: { testid: 'chat-meta' },
      },
      h('span', { class: 'font-medium text-slate-600', text: sender, dataset: { testid: 'chat-sender' } }),
      h('span', { 'aria-hidden': 'true', text: '·' }),
      h('time', {
        datetime: entry.createdAt,
        title: formatDateTime(entry.createdAt),
        text: time,
        dataset: { testid: 'chat-time' },
      }),
    );
    if (entry.own && entry.status) meta.append(statusMark(entry.status));
    const problem =
      entry.status === 'failed'
        ? h(
            'p',
            { class: 'mt-1 flex flex-wrap items-center gap-2 px-1 text-xs text-red-800', role: 'alert' },
            h('span', { text: entry.problem ? `Not sent: ${entry.problem}` : 'Not sent.' }),
            h('button', {
              type: 'button',
              class: 'font-semibold underline underline-offset-2',
              text: 'Try again',
              dataset: { action: 'retry', clientMsgId: entry.clientMsgId ?? '' },
            }),
            h('button', {
              type: 'button',
              class: 'font-semibold underline underline-offset-2',
              text: 'Delete',
              dataset: { action: 'discard', clientMsgId: entry.clientMsgId ?? '' },
            }),
          )
        : null;
    return h(
      'li',
      {
        class: `flex flex-col ${entry.own ? 'items-end' : 'items-start'}`,
        dataset: {
          testid: 'chat-message',
          own: String(entry.own),
          status: entry.status ?? '',
          ...(entry.id ? { messageId: entry.id } : {}),
        },
      },
      bubble,
      meta,
      problem,
    );
  }

  private atBottom() {
    return this.scroll.scrollHeight - this.scroll.scrollTop - this.scroll.clientHeight <= STICKY_PX;
  }

  private scrollToBottom(smooth: boolean) {
    this.scroll.scrollTo({ top: this.scroll.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    this.pinned = true;
    this.newPill.hidden = true;
  }

  private setConnection(state: 'connecting' | 'connected' | 'reconnecting' | 'closed', reason?: string) {
    const text = {
      connecting: 'Connecting…',
      connected: 'Connected',
      reconnecting: 'Reconnecting… messages will be sent when you are back',
      closed: reason ?? 'Chat closed',
    }[state];
    this.connection.dataset.state = state;
    replaceChildren(
      this.connection,
      h('span', {
        class: `inline-block size-2 rounded-full ${state === 'connected' ? 'bg-emerald-500' : state === 'closed' ? 'bg-slate-400' : 'animate-pulse bg-accent-500'}`,
        'aria-hidden': 'true',
      }),
      text,
    );
  }

  private showNotice(message: string) {
    const notice = this.options.root.querySelector<HTMLElement>('[data-chat-notice]');
    if (!notice) return;
    notice.textContent = message;
    notice.hidden = false;
  }

  // ---- The outbox across reloads ------------------------------------------------------------------------

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

  private persistOutbox() {
    try {
      const items = this.store.outboxItems();
      if (items.length) window.sessionStorage.setItem(this.outboxKey, JSON.stringify(items));
      else window.sessionStorage.removeItem(this.outboxKey);
    } catch {
      // storage disabled: the outbox still lives for this page
    }
  }
}

function statusMark(status: NonNullable<ChatEntry['status']>): HTMLElement {
  const spec = {
    sending: { icon: 'clock', label: 'Sending', tone: 'text-current opacity-70' },
    failed: { icon: 'alert-circle', label: 'Not sent', tone: 'text-red-700' },
    delivered: { icon: 'check', label: 'Delivered', tone: 'text-slate-500' },
    read: { icon: 'check-check', label: 'Read', tone: 'text-brand-600' },
  }[status];
  return h(
    'span',
    {
      class: `inline-flex items-center ${spec.tone}`,
      title: spec.label,
      dataset: { testid: 'chat-status', status },
    },
    iconSvg(spec.icon, 'size-3.5'),
    h('span', { class: 'sr-only', text: spec.label }),
  );
}
