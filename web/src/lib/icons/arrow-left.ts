import type { IconShapes } from './shape.ts';

export const arrowLeft = [
  ['path', { d: 'm12 19-7-7 7-7' }],
  ['path', { d: 'M19 12H5' }],
] as const satisfies IconShapes;
