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

/**
 * What the room's two browsers say to each other through `signal` frames, besides the video engine's.
 * The relay neither keeps order nor promises delivery, so a state (`rec`, `media`) carries `n`, a number
 * that grows with every state its sender sends (the receiver keeps the newest), and is sent again when
 * the server refuses a frame.
 */
export type RoomSignal =
  /** The doctor's recording state, so the patient sees it too. */
  | { k: 'rec'; n: number; on: boolean }
  /** The sender ended the consultation on purpose (not a dropped connection). */
  | { k: 'bye' }
  /** The sender's camera and microphone switches, so the other side can say "camera off". */
  | { k: 'media'; n: number; cam: boolean; mic: boolean };

/** What the person sees: nobody yet, setting up, media flowing, or media lost after it flowed. */
export type LinkState = 'waiting' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** What a video provider tells the room. */
export interface CallEvents {
  state(state: LinkState): void;
  remoteStream(stream: MediaStream): void;
  /** The other party's audio track (again, after they reloaded): the doctor's recorder mixes it in. */
  remoteAudio(track: MediaStreamTrack): void;
}

/**
 * A video provider (p2p.ts: our own WebRTC engine, signalled over the room socket; daily.ts: Daily),
 * so the controls, the status, the chat and the recorder work the same with either.
 */
export interface VideoCall {
  /** Joins (p2p: nothing to do until the socket opens; Daily: joins its room). */
  start(): Promise<void>;
  // What a provider signalled over the room socket hears of it (Daily carries its own signalling).
  /** The room socket opened (again). */
  socketOpened?(reconnect: boolean): void;
  /** The server's presence for the other party. */
  peerPresence?(present: boolean): void;
  /** A `signal` frame's data; returns true when it was the provider's. */
  signal?(data: unknown): boolean;
  /** The server refused one of our frames (rate limit): whatever it was may have to be sent again. */
  framesDropped?(): void;
  setMicEnabled(on: boolean): void;
  setCameraEnabled(on: boolean): void;
  leave(): Promise<void>;
}

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
