import type { IconShapes } from './shape.ts';

export const plus = [
  ['path', { d: 'M5 12h14' }],
  ['path', { d: 'M12 5v14' }],
] as const satisfies IconShapes;
