import type { IconShapes } from './shape.ts';

export const xCircle = [
  ['circle', { cx: '12', cy: '12', r: '10' }],
  ['path', { d: 'm15 9-6 6' }],
  ['path', { d: 'm9 9 6 6' }],
] as const satisfies IconShapes;
