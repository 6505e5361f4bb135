/**
 * The consultation room's wire formats: POST /api/appointments/{id}/join, the chat history, and the
 * WebSocket frames both ways (functions/chat/*.ts is the other side of each). Messages and history are
 * the server's types; the join answer and the frames are still written out here, because the server
 * builds them inline without a named type (the neutral contract, functions/contract/, is to name them).
 */
import type { history, MessageView } from '../../../../functions/chat/messages.ts';

export type PartyRole = 'patient' | 'doctor';

interface JoinCommon {
  appointmentId: string;
  role: PartyRole;
  self: { id: string; name: string };
  peer: { id: string; name: string };
  startAt: string;
  endAt: string;
  /** After this the room refuses new connections. */
  closesAt: string;
  recordingEnabled: boolean;
  /** Same origin: '/ws?appointmentId=…'. */
  wsPath: string;
}

export interface P2PSession extends JoinCommon {
  provider: 'p2p';
  iceServers: RTCIceServer[];
}

export interface DailySession extends JoinCommon {
  provider: 'daily';
  roomUrl: string;
  roomName: string;
  token: string;
  expiresAt: string;
}

export type JoinSession = P2PSession | DailySession;

/** A chat message and a page of history: the server's own types (functions/chat/messages.ts). */
export type ChatMessage = MessageView;
export type HistoryPage = Awaited<ReturnType<typeof history>>;

/** What the room's two browsers say to each other through `signal` frames, besides the video engine's. */
export type RoomSignal =
  /** The doctor's recording state, so the patient sees it too. */
  | { k: 'rec'; on: boolean }
  /** The sender ended the consultation on purpose (not a dropped connection). */
  | { k: 'bye' }
  /** The sender's camera and microphone switches, so the other side can say "camera off". */
  | { k: 'media'; cam: boolean; mic: boolean };

export type ClientFrame =
  | { action: 'chat.send'; text: string; clientMsgId: string }
  | { action: 'chat.read'; upTo: string }
  | { action: 'signal'; data: Record<string, unknown> }
  | { action: 'hello' };

export type ServerFrame =
  | { type: 'chat.message'; message: ChatMessage }
  | { type: 'chat.read'; readerId: string; upTo: string; at: string }
  | { type: 'signal'; from: PartyRole; data: Record<string, unknown> }
  | { type: 'presence'; userId: string; role: PartyRole; state: 'joined' | 'left' }
  /**
   * `closed`: the server is closing the room for good (the appointment was cancelled, a party's
   * account disabled, or the join window is over); `message` says which, and the socket closes next.
   */
  | { type: 'error'; code: string; message: string; clientMsgId?: string; closed?: boolean };

/** Narrows an untrusted WebSocket payload to a frame with a known `type` (fields are checked where used). */
export function parseServerFrame(raw: unknown): ServerFrame | null {
  if (typeof raw !== 'string') return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const type = (value as { type?: unknown }).type;
    return ['chat.message', 'chat.read', 'signal', 'presence', 'error'].includes(type as string)
      ? (value as ServerFrame)
      : null;
  } catch {
    return null;
  }
}
