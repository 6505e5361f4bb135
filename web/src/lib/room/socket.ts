/**
 * The room's WebSocket (same origin; the HttpOnly session cookie authenticates the handshake):
 *
 * - reconnects by itself with exponential backoff and jitter, at once when the browser comes back
 *   online or the tab becomes visible again, and asks `shouldRetry` after repeated failures (the room
 *   may have closed, which a refused handshake cannot say);
 * - paces what it sends: the server refuses more than 10 frames a second per connection, so this
 *   sends at most 5 in any sliding second, which stays under the limit even when the network bunches
 *   frames together;
 * - accepts lazy frames (a function called at the moment of sending), so a sender can keep adding to a
 *   frame that is still waiting (ICE candidates batch up this way) and number frames in the order they
 *   really leave;
 * - says `hello` every `keepAliveMs`: that keeps an idle connection alive (API Gateway drops WebSockets
 *   idle for 10 minutes), and its answer refreshes who is present.
 *
 * Frames still queued when the connection drops are discarded, never sent on the next connection:
 * the chat resends its own outbox and the video engine starts a fresh negotiation on reconnect.
 */
import { type ClientFrame, parseServerFrame, type ServerFrame } from './types.ts';

export type Outgoing = ClientFrame | (() => ClientFrame | null);

export type SocketState = 'idle' | 'connecting' | 'open' | 'down' | 'closed';

export interface RoomSocketOptions {
  /** The room's path on this origin (the HttpOnly session cookie authenticates the handshake). */
  wsPath: string;
  onOpen(info: { reconnect: boolean }): void;
  onFrame(frame: ServerFrame): void;
  /** The connection dropped (or could not be made); another attempt follows in `retryInMs`. */
  onDown?(info: { failures: number; retryInMs: number }): void;
  /** Retrying stopped for good (`shouldRetry` said no). */
  onGiveUp?(): void;
  /** Asked after `failures` attempts in a row failed; resolve false to stop (e.g. the room closed). */
  shouldRetry?(failures: number): Promise<boolean>;
  /** How often an idle connection says `hello`. */
  keepAliveMs: number;
}

const MAX_FRAMES_PER_SECOND = 5;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;
/** After this many failed attempts in a row, `shouldRetry` is asked before every further one. */
const ASK_AFTER_FAILURES = 3;

export class RoomSocket {
  private ws: WebSocket | null = null;
  private queue: Outgoing[] = [];
  private sentAt: number[] = [];
  private pacer: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private keepAlive: ReturnType<typeof setInterval> | undefined;
  private failures = 0;
  private everOpened = false;
  private closing = false;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private _state: SocketState = 'idle';

  constructor(private readonly options: RoomSocketOptions) {
    window.addEventListener('online', this.reconnectNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  get isOpen(): boolean {
    return this._state === 'open';
  }

  connect() {
    if (this._state === 'closed' || this.ws) return;
    clearTimeout(this.retry);
    this._state = 'connecting';
    let ws: WebSocket;
    try {
      const { protocol, host } = window.location;
      ws = new WebSocket(`${protocol === 'https:' ? 'wss' : 'ws'}://${host}${this.options.wsPath}`);
    } catch {
      this.dropped();
      return;
    }
    this.ws = ws;
    ws.addEventListener('open', () => {
      if (this.ws !== ws) return;
      const reconnect = this.everOpened;
      this.everOpened = true;
      this.failures = 0;
      this._state = 'open';
      clearInterval(this.keepAlive);
      this.keepAlive = setInterval(() => this.send({ action: 'hello' }), this.options.keepAliveMs);
      this.options.onOpen({ reconnect });
      this.flush();
    });
    ws.addEventListener('message', (event) => {
      if (this.ws !== ws) return;
      const frame = parseServerFrame(event.data);
      if (frame) this.options.onFrame(frame);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.dropped();
    });
  }

  /** Queues a frame (or a function producing it when its turn comes); `priority` puts it first. */
  send(frame: Outgoing, { priority = false }: { priority?: boolean } = {}) {
    if (this._state === 'closed') return;
    if (priority) this.queue.unshift(frame);
    else this.queue.push(frame);
    this.flush();
  }

  /** Closes once everything queued has left (a goodbye frame, a last receipt); at most a few seconds. */
  closeWhenSent() {
    if (!this.queue.length || !this.isOpen) {
      this.close();
      return;
    }
    this.closing = true;
    this.closeTimer = setTimeout(() => this.close(), 3000);
  }

  /** Ends the connection for good (the call ended or the page is going away). */
  close() {
    this._state = 'closed';
    clearTimeout(this.closeTimer);
    clearTimeout(this.retry);
    clearTimeout(this.pacer);
    clearInterval(this.keepAlive);
    this.queue = [];
    window.removeEventListener('online', this.reconnectNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    const ws = this.ws;
    this.ws = null;
    ws?.close(1000, 'left');
  }

  private flush() {
    clearTimeout(this.pacer);
    this.pacer = undefined;
    while (this.queue.length && this.ws && this._state === 'open') {
      const now = performance.now();
      this.sentAt = this.sentAt.filter((t) => now - t < 1000);
      if (this.sentAt.length >= MAX_FRAMES_PER_SECOND) {
        const wait = 1000 - (now - (this.sentAt[0] ?? now)) + 1;
        this.pacer = setTimeout(() => this.flush(), wait);
        return;
      }
      const item = this.queue.shift();
      const frame = typeof item === 'function' ? item() : item;
      if (!frame) continue;
      this.ws.send(JSON.stringify(frame));
      this.sentAt.push(now);
    }
    // WebSocket.close() still delivers what send() was given before it.
    if (this.closing && !this.queue.length) this.close();
  }

  private dropped() {
    clearInterval(this.keepAlive);
    clearTimeout(this.pacer);
    this.queue = [];
    if (this._state === 'closed') return;
    this._state = 'down';
    this.failures++;
    const delay =
      Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (this.failures - 1)) * (0.75 + Math.random() * 0.5);
    this.options.onDown?.({ failures: this.failures, retryInMs: Math.round(delay) });
    this.retry = setTimeout(() => void this.attempt(), delay);
  }

  private async attempt() {
    if (this._state !== 'down') return;
    if (this.failures >= ASK_AFTER_FAILURES && this.options.shouldRetry) {
      let go = true;
      try {
        go = await this.options.shouldRetry(this.failures);
      } catch {
        go = true; // could not find out (offline): keep trying
      }
      if (this._state !== 'down') return;
      if (!go) {
        this.close();
        this.options.onGiveUp?.();
        return;
      }
    }
    this.connect();
  }

  private readonly reconnectNow = () => {
    if (this._state !== 'down') return;
    clearTimeout(this.retry);
    void this.attempt();
  };

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.reconnectNow();
  };
}
