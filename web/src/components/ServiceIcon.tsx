/**
 * A service's icon by the name the API gives (an admin chooses it; the view only gives names the
 * contract lists), drawn from the build's sprite (/service-icons.svg, pages/service-icons.svg.ts) with
 * the same stroke as Icon. Decorative: the service's name is beside it.
 */
import type { ServiceIcon as ServiceIconName } from '../../../functions/contract/api.ts';
import { iconFrame } from './Icon.tsx';

export function ServiceIcon({
  name,
  class: className = 'size-5',
}: {
  name: ServiceIconName;
  class?: string;
}) {
  return (
    <svg {...iconFrame} class={className} aria-hidden="true">
      <use href={`/service-icons.svg#${name}`} />
    </svg>
  );
}
