/**
 * The consultation room's wire formats are the contract's (functions/contract/api.ts: the join answer,
 * chat messages, history and the WebSocket frames both ways). What is the room's own: the signals its
 * two browsers exchange, and the narrowing of an untrusted frame.
 */
import type { ServerFrame } from '../../../../functions/contract/api.ts';

export type {
  ChatMessage,
  ClientFrame,
  DailySession,
  HistoryPage,
  JoinSession,
  P2PSession,
  PartyRole,
  RecordingConsent,
  ServerFrame,
} from '../../../../functions/contract/api.ts';

/** What the room's two browsers say to each other through `signal` frames, besides the video engine's. */
export type RoomSignal =
  /** The doctor's recording state, so the patient sees it too. */
  | { k: 'rec'; on: boolean }
  /** The sender ended the consultation on purpose (not a dropped connection). */
  | { k: 'bye' }
  /** The sender's camera and microphone switches, so the other side can say "camera off". */
  | { k: 'media'; cam: boolean; mic: boolean };

/** Narrows an untrusted WebSocket payload to a frame with a known `type` (fields are checked where used). */
export function parseServerFrame(raw: unknown): ServerFrame | null {
  if (typeof raw !== 'string') return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const type = (value as { type?: unknown }).type;
    return ['chat.message', 'chat.read', 'signal', 'presence', 'recording.consent', 'error'].includes(
      type as string,
    )
      ? (value as ServerFrame)
      : null;
  } catch {
    return null;
  }
}
