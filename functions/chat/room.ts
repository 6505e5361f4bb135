/**
 * The consultation room over the WebSocket API: who may connect, presence, chat frames, read receipts
 * and WebRTC signalling relayed to the other party. Every frame is answered; a bad frame gets an
 * `{type:'error'}` frame back, never a crash.
 */
import * as z from 'zod';
import { canJoin } from '../appointments/index.ts';
import type { ClientFrame, RoomErrorCode, ServerFrame } from '../contract/api.ts';
import { isDisabled } from '../core/account-state.ts';
import { authenticate } from '../core/auth.ts';
import { config } from '../core/config.ts';
import { type AppointmentStatus, entities, epochSeconds } from '../core/db/index.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { loadPartyAppointment } from '../core/party.ts';
import { MAX_TEXT, markRead, saveMessage, toMessageView } from './messages.ts';
import { broadcast, closeRoom, type Peer, peersOf, push, ROOM_CLOSING, type RoomClosing } from './push.ts';

export const CONNECTION_TTL_SECONDS = 3 * 3600;
export const FRAMES_PER_SECOND = 10;
/**
 * How long a container trusts what it read about a room's appointment. A cancellation or a disabled
 * account also closes the room's sockets at once (closeRoom); this bounds how long a frame can still
 * get through when that push was missed.
 */
export const ROOM_STATE_TTL_MS = 5_000;

type RoomAppointment = { status: AppointmentStatus; startAt: string; patientId: string; doctorId: string };

/** Why the room must not be used now, or null: the same rules as $connect, plus both parties' accounts. */
async function roomRefusal(a: RoomAppointment | null, now: Date): Promise<RoomClosing | null> {
  if (!a) return ROOM_CLOSING.over;
  if (a.status === 'CANCELLED') return ROOM_CLOSING.cancelled;
  if (!canJoin(a, now)) return ROOM_CLOSING.over;
  const disabled = await Promise.all([a.patientId, a.doctorId].map((id) => isDisabled(id, now.getTime())));
  return disabled.some(Boolean) ? ROOM_CLOSING.disabled : null;
}

const rooms = new Map<string, { appointment: RoomAppointment | null; until: number }>();

async function roomAppointment(appointmentId: string, now: Date): Promise<RoomAppointment | null> {
  const cached = rooms.get(appointmentId);
  if (cached && cached.until > now.getTime()) return cached.appointment;
  const { data } = await entities().appointment.get({ appointmentId }).go();
  if (rooms.size >= KNOWN_LIMIT) rooms.clear();
  const appointment = data && {
    status: data.status,
    startAt: data.startAt,
    patientId: data.patientId,
    doctorId: data.doctorId,
  };
  rooms.set(appointmentId, { appointment, until: now.getTime() + ROOM_STATE_TTL_MS });
  return appointment;
}

/** The frames a browser may send (the contract's ClientFrame; tests/unit/contract.test.ts checks both ways). */
export const clientFrameSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('chat.send'),
    text: z
      .string()
      .transform((t) => t.trim())
      .pipe(
        z
          .string()
          .min(1, 'Type a message first.')
          .max(MAX_TEXT, `Keep messages under ${MAX_TEXT} characters.`),
      ),
    clientMsgId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[\w-]+$/, 'clientMsgId must be letters, digits, - or _.'),
  }),
  z.object({
    action: z.literal('chat.read'),
    upTo: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'upTo must be a message id.'),
  }),
  z.object({ action: z.literal('signal'), data: z.record(z.string(), z.unknown()) }),
  z.object({ action: z.literal('hello') }),
]) satisfies z.ZodType<ClientFrame>;

export type ConnectResult = { ok: true } | { ok: false; status: 401 | 403 | 404 };

/** $connect: a signed-in party of a joinable appointment, from our own origin. */
export async function connect(
  connectionId: string,
  input: { cookie: string | undefined; origin: string | undefined; appointmentId: string | undefined },
  now = new Date(),
): Promise<ConnectResult> {
  // Browsers always send Origin on a WebSocket handshake; another site's page must not open our room.
  if (input.origin !== new URL(config().APP_ORIGIN).origin) return { ok: false, status: 403 };
  const auth = await authenticate(input.cookie);
  if (!auth) return { ok: false, status: 401 };
  if (auth.role !== 'patient' && auth.role !== 'doctor') return { ok: false, status: 403 };
  const appointment = await loadPartyAppointment(input.appointmentId, auth);
  if (!appointment) return { ok: false, status: 404 };
  if (await roomRefusal(appointment, now)) return { ok: false, status: 403 };
  const peer: Peer = {
    appointmentId: appointment.appointmentId,
    connectionId,
    userId: auth.userId,
    role: auth.role,
  };
  await entities()
    .connection.put({ ...peer, expiresAt: epochSeconds(now) + CONNECTION_TTL_SECONDS })
    .go();
  const others = await peersOf(peer.appointmentId);
  await broadcast(
    others,
    { type: 'presence', userId: peer.userId, role: peer.role, state: 'joined' },
    (p) => p.userId !== peer.userId,
  );
  return { ok: true };
}

/** $disconnect: forget the connection; tell the other party if this user has no connection left. */
export async function disconnect(connectionId: string) {
  const { data } = await entities().connection.query.byConnection({ connectionId }).go();
  const peer = data[0];
  if (!peer) return;
  await entities().connection.delete({ appointmentId: peer.appointmentId, connectionId }).go();
  const remaining = await peersOf(peer.appointmentId);
  if (!remaining.some((p) => p.userId === peer.userId)) {
    await broadcast(remaining, { type: 'presence', userId: peer.userId, role: peer.role, state: 'left' });
  }
}

/**
 * Finds the connection and counts the frame in its one-second window, with conditional writes so the
 * limit holds across concurrent Lambdas. A frame that arrives while a later window is already open
 * counts in that window (frames may be handled slightly out of order). null: unknown connection.
 */
async function admitFrame(connectionId: string, now: Date): Promise<{ peer: Peer; limited: boolean } | null> {
  const peer = await connectionById(connectionId);
  if (!peer) return null;
  const second = Math.floor(now.getTime() / 1000);
  const key = { appointmentId: peer.appointmentId, connectionId };
  const countInOpenWindow = () =>
    entities()
      .connection.patch(key)
      .add({ windowCount: 1 })
      .where(
        ({ windowStart, windowCount }, { gte, lt }) =>
          `${gte(windowStart, second)} AND ${lt(windowCount, FRAMES_PER_SECOND)}`,
      )
      .go();
  const openWindow = () =>
    entities()
      .connection.patch(key)
      .set({ windowStart: second, windowCount: 1 })
      .where(
        ({ windowStart }, { lt, notExists }) => `(${lt(windowStart, second)} OR ${notExists(windowStart)})`,
      )
      .go();
  // Start with the write this container expects to succeed; on a condition failure try the other once.
  const attempts =
    (windows.get(connectionId) ?? -1) >= second
      ? [countInOpenWindow, openWindow]
      : [openWindow, countInOpenWindow];
  for (const attempt of attempts) {
    try {
      await attempt();
      windows.set(connectionId, Math.max(second, windows.get(connectionId) ?? second));
      return { peer, limited: false };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
  // Both conditions also fail when the connection is gone: its $disconnect ran first (a browser that
  // says goodbye and closes at once; API Gateway does not order the two). The frame was sent while the
  // connection was open, so it is relayed, not refused as a flood.
  const { data } = await entities().connection.get(key).go();
  return { peer, limited: data !== null };
}

/**
 * A connection's identity never changes, so each container remembers it after the first lookup
 * (saving a GSI query per frame). The writes above are `patch`, which requires the item to exist, so
 * a connection removed meanwhile is never brought back by a stale entry.
 */
const known = new Map<string, Peer>();
/** The rate window this container last saw for each connection (a hint; the condition decides). */
const windows = new Map<string, number>();
const KNOWN_LIMIT = 5000;

async function connectionById(connectionId: string): Promise<Peer | null> {
  const cached = known.get(connectionId);
  if (cached) return cached;
  const { data } = await entities().connection.query.byConnection({ connectionId }).go();
  const peer = data[0];
  if (!peer) return null;
  if (known.size >= KNOWN_LIMIT) {
    known.clear();
    windows.clear();
  }
  const { appointmentId, userId, role } = peer;
  const found = { appointmentId, connectionId, userId, role };
  known.set(connectionId, found);
  return found;
}

const errorFrame = (
  code: RoomErrorCode,
  message: string,
  about: { clientMsgId?: string } = {},
): ServerFrame => ({
  type: 'error',
  code,
  message,
  ...about,
});

/**
 * A browser's goodbye (`signal` with `k: 'bye'`: the sender ended the consultation). It is relayed even
 * over the rate limit: dropping it would leave the other party in a call that is over.
 */
const isGoodbye = (frame: unknown) =>
  (frame as { action?: unknown; data?: { k?: unknown } } | null)?.action === 'signal' &&
  (frame as { data?: { k?: unknown } }).data?.k === 'bye';

/** $default: one client frame. */
export async function receive(connectionId: string, body: string | undefined, now = new Date()) {
  const admitted = await admitFrame(connectionId, now);
  if (!admitted) return;
  const { peer } = admitted;
  const self = { appointmentId: peer.appointmentId, connectionId };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    parsed = undefined;
  }
  if (admitted.limited && !isGoodbye(parsed)) {
    await push(
      self,
      errorFrame('rate_limited', `Slow down: at most ${FRAMES_PER_SECOND} messages a second.`),
    );
    return;
  }
  // Every frame re-checks that the room may still be used: cancelled, a party disabled, or the window
  // over closes it for everyone, with the reason.
  const appointment = await roomAppointment(peer.appointmentId, now);
  const refused = await roomRefusal(appointment, now);
  if (refused || !appointment) {
    await closeRoom(peer.appointmentId, refused ?? ROOM_CLOSING.over);
    return;
  }
  if (parsed === undefined) {
    await push(self, errorFrame('bad_frame', 'Frames must be JSON.'));
    return;
  }
  const frame = clientFrameSchema.safeParse(parsed);
  if (!frame.success) {
    const clientMsgId = (parsed as { clientMsgId?: unknown })?.clientMsgId;
    await push(
      self,
      errorFrame(
        'bad_frame',
        frame.error.issues[0]?.message ?? 'Unknown frame.',
        typeof clientMsgId === 'string' ? { clientMsgId } : {},
      ),
    );
    return;
  }
  const f = frame.data;
  switch (f.action) {
    case 'chat.send': {
      const { message, duplicate } = await saveMessage({
        appointmentId: peer.appointmentId,
        senderId: peer.userId,
        senderRole: peer.role,
        text: f.text,
        clientMsgId: f.clientMsgId,
      });
      const out: ServerFrame = { type: 'chat.message', message: toMessageView(message) };
      // A resend only needs the original echoed back to its sender; everyone else already has it.
      if (duplicate) await push(peer, out);
      else await broadcast(await peersOf(peer.appointmentId), out);
      return;
    }
    case 'chat.read': {
      const changed = await markRead(peer.appointmentId, peer.userId, f.upTo);
      if (changed) {
        await broadcast(
          await peersOf(peer.appointmentId),
          { type: 'chat.read', readerId: peer.userId, upTo: f.upTo, at: now.toISOString() },
          (p) => p.userId !== peer.userId,
        );
      }
      return;
    }
    case 'signal':
      await broadcast(
        await peersOf(peer.appointmentId),
        { type: 'signal', from: peer.role, data: f.data },
        (p) => p.userId !== peer.userId,
      );
      return;
    case 'hello':
      await push(peer, await otherPartyPresence(peer, appointment));
      return;
  }
}

/**
 * The other party's presence as the server sees it now: the answer to `hello`, which the browser sends
 * on every (re)connect and then every few seconds, so a presence frame that was lost or overtaken is
 * corrected. Their stored connections are probed by pushing them this party's own presence: one that
 * is gone is forgotten (push), so a connection that vanished without a $disconnect (API Gateway
 * delivers those best-effort) does not count as present.
 */
async function otherPartyPresence(peer: Peer, a: RoomAppointment): Promise<ServerFrame> {
  const other =
    peer.role === 'doctor'
      ? { userId: a.patientId, role: 'patient' as const }
      : { userId: a.doctorId, role: 'doctor' as const };
  const theirs = (list: Peer[]) => list.filter((p) => p.userId === other.userId);
  const probed = theirs(await peersOf(peer.appointmentId));
  await broadcast(probed, { type: 'presence', userId: peer.userId, role: peer.role, state: 'joined' });
  const present = probed.length > 0 && theirs(await peersOf(peer.appointmentId)).length > 0;
  return { type: 'presence', ...other, state: present ? 'joined' : 'left' };
}

export function logFrameFailure(error: unknown, connectionId: string) {
  logger.error('frame failed', { connectionId, error: error as Error });
}
