import type { IconShapes } from './shape.ts';

export const lock = [
  ['rect', { x: '3', y: '11', width: '18', height: '11', rx: '2' }],
  ['path', { d: 'M7 11V7a5 5 0 0 1 10 0v4' }],
] as const satisfies IconShapes;
