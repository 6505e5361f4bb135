import type { IconShapes } from './shape.ts';

export const menu = [
  ['path', { d: 'M4 6h16' }],
  ['path', { d: 'M4 12h16' }],
  ['path', { d: 'M4 18h16' }],
] as const satisfies IconShapes;
