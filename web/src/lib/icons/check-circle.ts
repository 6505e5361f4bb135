import type { IconShapes } from './shape.ts';

export const checkCircle = [
  ['circle', { cx: '12', cy: '12', r: '10' }],
  ['path', { d: 'm9 12 2 2 4-4' }],
] as const satisfies IconShapes;
