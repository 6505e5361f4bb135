/**
 * Pushing frames to WebSocket clients through the API Gateway management API. A peer that is gone
 * (GoneException / 410) is removed from the room, so nobody keeps pushing to a dead connection.
 */
import { PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
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
  frame: unknown,
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
export async function broadcast(peers: Peer[], frame: unknown, filter: (p: Peer) => boolean = () => true) {
  await Promise.all(peers.filter(filter).map((p) => push(p, frame)));
}
