import type { IconShapes } from './shape.ts';

export const mic = [
  ['path', { d: 'M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z' }],
  ['path', { d: 'M19 10v2a7 7 0 0 1-14 0v-2' }],
  ['path', { d: 'M12 19v3' }],
] as const satisfies IconShapes;
