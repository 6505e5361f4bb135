/**
 * Which icon a Service's `icon` names, without the icons' shapes: the home page draws them from the
 * sprite (components/ServiceIcon.tsx) and needs only the names, which the contract lists
 * (lib/icons/service.ts gives each its shapes; a name without shapes fails tsc there).
 */
import { type ServiceIcon, serviceIconNames } from '../../../../functions/contract/api.ts';

export type ServiceIconName = ServiceIcon;

/** A service's icon name as given, or the stethoscope for a name this build does not know. */
export const serviceIconName = (name: string): ServiceIconName =>
  (serviceIconNames as readonly string[]).includes(name) ? (name as ServiceIconName) : 'stethoscope';
