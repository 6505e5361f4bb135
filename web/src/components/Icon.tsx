/**
 * A decorative SVG icon (24×24, stroked: Lucide's, through lib/icons/); with `label` it is an image with
 * that name. Pass the icon's shapes (`shape={I.search}`), so a bundle carries only the icons it uses.
 */
import { h } from 'preact';
import type { IconShapes } from '../lib/icons/index.ts';

export interface IconProps {
  shape: IconShapes;
  class?: string;
  label?: string;
}

/** The frame every icon is drawn in: 24×24, stroked with the text's colour. */
export const iconFrame = {
  xmlns: 'http://www.w3.org/2000/svg',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.75',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  focusable: 'false',
} as const;

export function Icon({ shape, class: className = 'size-5', label }: IconProps) {
  return (
    <svg
      {...iconFrame}
      class={className}
      aria-hidden={label ? undefined : 'true'}
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      {/* The shapes are constants and never reorder. */}
      {shape.map(([tag, attrs], i) => h(tag, { key: i, ...attrs }))}
    </svg>
  );
}
