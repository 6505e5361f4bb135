/** A real WebSocket client for the consultation room, as the browser opens it (cookie + Origin). */
import { afterEach, inject } from 'vitest';
import WebSocket from 'ws';
import type { TestUser } from './users.ts';

export interface RoomClient {
  ws: WebSocket;
  frames: Record<string, any>[];
  send(frame: unknown): void;
  next(match: (f: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>;
  close(): Promise<void>;
  /** Settles with the close code when the connection closes, from either side. */
  closed: Promise<number>;
}

export function roomUrl(appointmentId: string) {
  return `${inject('twin').url.replace('http', 'ws')}/ws?appointmentId=${appointmentId}`;
}

export const cookieOf = (user: TestUser) =>
  [...user.client.cookies].map(([k, v]) => `${k}=${v.value}`).join('; ');

/** Opens the room; rejects with the HTTP status when the handshake is refused. */
export function openRoom(
  user: TestUser | null,
  appointmentId: string,
  origin = inject('twin').url,
): Promise<RoomClient> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { origin };
    if (user) headers.cookie = cookieOf(user);
    const ws = new WebSocket(roomUrl(appointmentId), { headers });
    const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
    const frames: Record<string, any>[] = [];
    const waiters: {
      match: (f: Record<string, any>) => boolean;
      resolve: (f: Record<string, any>) => void;
    }[] = [];
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Record<string, any>;
      frames.push(frame);
      for (const w of [...waiters]) {
        if (w.match(frame)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(frame);
        }
      }
    });
    ws.once('unexpected-response', (_req, res) =>
      reject(Object.assign(new Error(`refused ${res.statusCode}`), { status: res.statusCode })),
    );
    ws.once('error', (e) => reject(e));
    ws.once('open', () =>
      resolve({
        ws,
        frames,
        closed,
        send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
        next: (match, timeoutMs = 15_000) => {
          const seen = frames.find(match);
          if (seen) return Promise.resolve(seen);
          return new Promise((res, rej) => {
            const timer = setTimeout(() => rej(new Error('timed out waiting for a frame')), timeoutMs);
            waiters.push({
              match,
              resolve: (f) => {
                clearTimeout(timer);
                res(f);
              },
            });
          });
        },
        close: () =>
          new Promise((res) => {
            if (ws.readyState === WebSocket.CLOSED) return res();
            ws.once('close', () => res());
            ws.close();
          }),
      }),
    );
  });
}

/** Closes every room client a test registers, after each test; returns the function that registers one. */
export function closeRoomsAfterEach(): (client: RoomClient) => RoomClient {
  const open: RoomClient[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  return (client) => {
    open.push(client);
    return client;
  };
}

export const refusedStatus = (p: Promise<unknown>) =>
  p.then(
    () => 0,
    (e: { status?: number }) => e.status ?? -1,
  );
