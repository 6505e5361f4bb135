/** What other contexts may use of privacy: the sweeper's part of erasure and retention. */
export { finishInterruptedErasures } from './erasure.ts';
export { purgeDue } from './purge.ts';
