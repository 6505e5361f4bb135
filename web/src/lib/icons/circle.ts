import type { IconShapes } from './shape.ts';

export const circle = [['circle', { cx: '12', cy: '12', r: '9' }]] as const satisfies IconShapes;
