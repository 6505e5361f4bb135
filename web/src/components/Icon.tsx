/** A decorative SVG icon from lib/icons.ts (24×24, stroked); with `label` it is an image with that name. */
import { shapesFor } from '../lib/icons.ts';

export interface IconProps {
  name: string;
  class?: string;
  label?: string;
}

export function Icon({ name, class: className = 'size-5', label }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
      focusable="false"
      class={className}
      aria-hidden={label ? undefined : 'true'}
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      {shapesFor(name).map(([Tag, attrs], i) => (
        // The shapes are constants in lib/icons.ts and never reorder.
        <Tag key={i} {...attrs} />
      ))}
    </svg>
  );
}
