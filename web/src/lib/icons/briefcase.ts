import type { IconShapes } from './shape.ts';

export const briefcase = [
  ['path', { d: 'M16 20V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16' }],
  ['rect', { x: '2', y: '6', width: '20', height: '14', rx: '2' }],
] as const satisfies IconShapes;
