import type { IconShapes } from './shape.ts';

export const arrowRight = [
  ['path', { d: 'M5 12h14' }],
  ['path', { d: 'm12 5 7 7-7 7' }],
] as const satisfies IconShapes;
