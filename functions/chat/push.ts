/**
 * Pushing frames to WebSocket clients through the API Gateway management API. A peer that is gone
 * (GoneException / 410) is removed from the room, so nobody keeps pushing to a dead connection.
 * Closing a room (the appointment was cancelled, a party disabled, the window over) tells every
 * connection why and then closes it from our side.
 */
import { DeleteConnectionCommand, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import type { RoomErrorCode, ServerFrame } from '../contract/api.ts';
import { wsManagement } from '../core/clients.ts';
import { entities } from '../core/db/index.ts';
import { logger } from '../core/logger.ts';

export interface Peer {
  appointmentId: string;
  connectionId: string;
  userId: string;
  role: 'patient' | 'doctor';
  /** When the connection was stored; a peer younger than CONNECTING_GRACE_MS may still be connecting. */
  createdAt?: string;
}

/**
 * API Gateway refuses posts to a connection whose $connect has not finished yet, with the same
 * GoneException as for a dead one. Two parties joining at the same moment hit exactly that, so a
 * just-stored connection is never deleted for being "gone".
 */
const CONNECTING_GRACE_MS = 10_000;

const isGone = (error: unknown) =>
  (error as { name?: string }).name === 'GoneException' ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 410;

/** Sends one frame; returns false (and forgets the connection) when the peer is gone. */
export async function push(
  peer: Pick<Peer, 'appointmentId' | 'connectionId' | 'createdAt'>,
  frame: ServerFrame,
  retryIfConnecting = true,
): Promise<boolean> {
  try {
    await wsManagement().send(
      new PostToConnectionCommand({ ConnectionId: peer.connectionId, Data: JSON.stringify(frame) }),
    );
    return true;
  } catch (error) {
    if (!isGone(error)) {
      logger.warn('push failed', { connectionId: peer.connectionId, error: (error as Error).name });
      return false;
    }
    const age = peer.createdAt ? Date.now() - Date.parse(peer.createdAt) : Number.POSITIVE_INFINITY;
    if (age < CONNECTING_GRACE_MS) {
      // Probably still inside its own $connect: try once more shortly, and never delete it.
      if (!retryIfConnecting) return false;
      await new Promise((resolve) => setTimeout(resolve, 250));
      return push(peer, frame, false);
    }
    await entities()
      .connection.delete({ appointmentId: peer.appointmentId, connectionId: peer.connectionId })
      .go();
    return false;
  }
}

export async function peersOf(appointmentId: string): Promise<Peer[]> {
  const { data } = await entities().connection.query.byAppointment({ appointmentId }).go({ pages: 'all' });
  return data;
}

/** Sends to every connection in the room that passes the filter, in parallel. */
export async function broadcast(
  peers: Peer[],
  frame: ServerFrame,
  filter: (p: Peer) => boolean = () => true,
) {
  await Promise.all(peers.filter(filter).map((p) => push(p, frame)));
}

/**
 * Why a room's sockets are closed. The browser ends the call on any `error` frame that carries
 * `closed: true`, and shows the message.
 */
export const ROOM_CLOSING = {
  cancelled: {
    code: 'appointment_cancelled',
    message: 'This appointment was cancelled, so the room is closed.',
  },
  disabled: {
    code: 'account_disabled',
    message: 'An account in this consultation has been disabled, so the room is closed.',
  },
  over: { code: 'room_closed', message: 'The consultation room is closed.' },
} as const satisfies Record<string, { code: RoomErrorCode; message: string }>;
export type RoomClosing = (typeof ROOM_CLOSING)[keyof typeof ROOM_CLOSING];

/** Sends every connection of the room the reason, then closes it and forgets it. */
export async function closeRoom(appointmentId: string, why: RoomClosing): Promise<number> {
  const peers = await peersOf(appointmentId);
  const frame: ServerFrame = { type: 'error', code: why.code, message: why.message, closed: true };
  await Promise.all(
    peers.map(async (peer) => {
      // A peer that is gone is forgotten by push itself; the rest are closed after hearing why.
      if (!(await push(peer, frame, false))) return;
      try {
        await wsManagement().send(new DeleteConnectionCommand({ ConnectionId: peer.connectionId }));
      } catch (error) {
        if (!isGone(error)) throw error;
      }
      await entities().connection.delete({ appointmentId, connectionId: peer.connectionId }).go();
    }),
  );
  return peers.length;
}

/**
 * closeRoom for callers whose own work is already done (a committed cancellation, a disabled
 * account): a failure is logged, not thrown, and the room's per-frame check closes it instead.
 */
export async function closeRoomAfter(appointmentId: string, why: RoomClosing): Promise<void> {
  try {
    await closeRoom(appointmentId, why);
  } catch (error) {
    logger.warn('room close failed', { appointmentId, error: (error as Error).name });
  }
}
