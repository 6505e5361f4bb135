/**
 * A service's icon by the name the API gives (an admin chooses it), drawn from the build's sprite
 * (/service-icons.svg, pages/service-icons.svg.ts) with the same stroke as Icon; a name this build does
 * not know is a stethoscope. Decorative: the service's name is beside it.
 */
import { serviceIconName } from '../lib/icons/service-names.ts';
import { iconFrame } from './Icon.tsx';

export function ServiceIcon({ name, class: className = 'size-5' }: { name: string; class?: string }) {
  return (
    <svg {...iconFrame} class={className} aria-hidden="true">
      <use href={`/service-icons.svg#${serviceIconName(name)}`} />
    </svg>
  );
}
