/** What other contexts may use of transcription: a transcript as plain text, and what a party is told of a failure. */
export { transcriptText } from './emails.ts';
export { partyFailureMessages } from './errors.ts';
