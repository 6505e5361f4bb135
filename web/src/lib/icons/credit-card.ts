import type { IconShapes } from './shape.ts';

export const creditCard = [
  ['rect', { x: '2', y: '5', width: '20', height: '14', rx: '2' }],
  ['path', { d: 'M2 10h20' }],
] as const satisfies IconShapes;
