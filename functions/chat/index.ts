/** What other contexts may use of chat: closing a consultation room, with the reason. */
export { closeRoomAfter, ROOM_CLOSING } from './push.ts';
