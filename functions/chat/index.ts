/** What other contexts may use of chat: closing a consultation room, with the reason; the resend marker of a message (purged with its visit). */

export { clientMessageMarker } from './messages.ts';
export { closeRoomAfter, ROOM_CLOSING } from './push.ts';
