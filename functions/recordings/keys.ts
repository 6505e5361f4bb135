/** Where a recording's pieces live in the bucket: recordings/{appointmentId}/{recordingId}/... */
import { recordingTrigger } from '../contract/routes.ts';

export const recordingPrefix = (appointmentId: string, recordingId: string) =>
  `${recordingTrigger.prefix}${appointmentId}/${recordingId}/`;
export const chunkKey = (appointmentId: string, recordingId: string, seq: number) =>
  `${recordingPrefix(appointmentId, recordingId)}${String(seq).padStart(5, '0')}.webm`;
export const markerKey = (appointmentId: string, recordingId: string) =>
  `${recordingPrefix(appointmentId, recordingId)}${recordingTrigger.suffix.slice(1)}`;
export const assembledKey = (appointmentId: string, recordingId: string) =>
  `${recordingPrefix(appointmentId, recordingId)}assembled.webm`;
export const providerResultKey = (appointmentId: string, recordingId: string) =>
  `${recordingPrefix(appointmentId, recordingId)}transcriber.json`;

/** recordings/{appointmentId}/{recordingId}/final.json → its ids; null for any other key. */
export function parseMarkerKey(key: string): { appointmentId: string; recordingId: string } | null {
  const [, appointmentId, recordingId] =
    /^recordings\/([0-9a-f-]{36})\/([0-9A-HJKMNP-TV-Z]{26})\/final\.json$/.exec(key) ?? [];
  return appointmentId && recordingId ? { appointmentId, recordingId } : null;
}

/** recordings/.../00003.webm → 3 */
export function chunkSeq(key: string): number | null {
  const m = /\/(\d{5})\.webm$/.exec(key);
  return m ? Number(m[1]) : null;
}

export const CHUNK_CONTENT_TYPE = 'audio/webm';
export const MAX_CHUNK_BYTES = 25 * 1024 * 1024;
/** 30-second chunks for up to ~4 hours. */
export const MAX_CHUNKS = 500;
