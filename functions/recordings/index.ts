/**
 * What other contexts may use of recordings: where a recording's objects are, closing recordings whose
 * uploads stopped, and (re)starting a recording's transcription.
 */
export {
  assembledKey,
  CHUNK_CONTENT_TYPE,
  chunkKey,
  chunkSeq,
  MAX_CHUNK_BYTES,
  markerKey,
  providerResultKey,
  recordingPrefix,
} from './keys.ts';
export { closeStaleRecordings } from './recordings.ts';
export { startTranscription } from './start-transcription.ts';
