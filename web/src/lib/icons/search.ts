import type { IconShapes } from './shape.ts';

export const search = [
  ['circle', { cx: '11', cy: '11', r: '8' }],
  ['path', { d: 'm21 21-4.3-4.3' }],
] as const satisfies IconShapes;
