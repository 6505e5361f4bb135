/** What other contexts may use of transcription: a transcript as plain text. */
export { transcriptText } from './emails.ts';
