/**
 * Chat messages: persisted (ULID order) before anyone is told; a client message id makes a resend
 * return the original message instead of a duplicate; read receipts; history newest first.
 */
import { monotonicFactory } from 'ulid';
import type { ChatMessage, HistoryPage } from '../contract/api.ts';
import { type ChatMessageItem, entities } from '../core/db/index.ts';
import { tryTransact } from '../core/transact.ts';

const nextId = monotonicFactory();

export const MAX_TEXT = 2000;

export const toMessageView = (m: ChatMessageItem): ChatMessage => ({
  id: m.messageId,
  appointmentId: m.appointmentId,
  senderId: m.senderId,
  senderRole: m.senderRole,
  text: m.text,
  clientMsgId: m.clientMsgId ?? null,
  createdAt: m.createdAt,
  readAt: m.readAt ?? null,
});

/** The marker that keeps a resent message (same client message id) from being stored twice. */
export const clientMessageMarker = (appointmentId: string, senderId: string, clientMsgId: string) => ({
  namespace: 'chat-client-msg',
  key: `${appointmentId}#${senderId}#${clientMsgId}`,
});

/** Stores a message once per client message id; a duplicate returns the stored original. */
export async function saveMessage(input: {
  appointmentId: string;
  senderId: string;
  senderRole: 'patient' | 'doctor';
  text: string;
  clientMsgId: string;
}): Promise<{ message: ChatMessageItem; duplicate: boolean }> {
  const now = new Date().toISOString();
  const message: ChatMessageItem = { ...input, messageId: nextId(), createdAt: now, updatedAt: now };
  const markerKey = clientMessageMarker(input.appointmentId, input.senderId, input.clientMsgId);
  const result = await tryTransact((tx) => [
    tx.marker.create({ ...markerKey, ref: message.messageId }).commit(),
    tx.chatMessage.create(message).commit(),
  ]);
  if (!result.canceled) return { message, duplicate: false };
  const { data: marker } = await entities().marker.get(markerKey).go();
  const { data: original } = marker?.ref
    ? await entities().chatMessage.get({ appointmentId: input.appointmentId, messageId: marker.ref }).go()
    : { data: null };
  if (!original) throw new Error('Message could not be stored');
  return { message: original, duplicate: true };
}

/** Marks the other party's unread messages up to `upTo` as read; returns how many changed. */
export async function markRead(appointmentId: string, readerId: string, upTo: string): Promise<number> {
  const { data } = await entities()
    .chatMessage.query.byAppointment({ appointmentId })
    .lte({ messageId: upTo })
    .where(({ senderId, readAt }, { ne, notExists }) => `${ne(senderId, readerId)} AND ${notExists(readAt)}`)
    .go({ order: 'desc', pages: 'all', limit: 200 });
  const readAt = new Date().toISOString();
  await Promise.all(
    data.map((m) =>
      entities()
        .chatMessage.patch({ appointmentId, messageId: m.messageId })
        .set({ readAt })
        .go()
        .catch(() => undefined),
    ),
  );
  return data.length;
}

/** A page of history, newest first, before a message id (exclusive). */
export async function history(
  appointmentId: string,
  before: string | undefined,
  limit: number,
): Promise<HistoryPage> {
  const query = entities().chatMessage.query.byAppointment({ appointmentId });
  const { data } = await (before ? query.lt({ messageId: before }) : query).go({ order: 'desc', limit });
  return {
    messages: data.map(toMessageView),
    nextBefore: data.length === limit ? (data.at(-1)?.messageId ?? null) : null,
  };
}
