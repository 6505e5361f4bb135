import { Entity } from 'electrodb';
import { SERVICE, timestamps } from './common.ts';

/** A chat message; ULID ids give time order inside the appointment's partition. */
export const chatMessageEntity = () =>
  new Entity({
    model: { entity: 'chatMessage', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      messageId: { type: 'string', required: true, readOnly: true },
      senderId: { type: 'string', required: true },
      senderRole: { type: ['patient', 'doctor'] as const, required: true },
      text: { type: 'string', required: true },
      clientMsgId: { type: 'string' },
      readAt: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: ['messageId'] },
      },
    },
  });

/** A live WebSocket connection of one party to one appointment's room (TTL 3 h). */
export const connectionEntity = () =>
  new Entity({
    model: { entity: 'connection', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      connectionId: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true },
      role: { type: ['patient', 'doctor'] as const, required: true },
      /** Rate limiting: the current one-second window and the frames counted in it. */
      windowStart: { type: 'number' },
      windowCount: { type: 'number' },
      expiresAt: { type: 'number', required: true },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: ['connectionId'] },
      },
      byConnection: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['connectionId'] },
        sk: { field: 'gsi1sk', composite: [] },
      },
    },
  });
