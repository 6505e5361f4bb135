/**
 * The names of the icons a Service can name (its `icon`), without their shapes: the home page draws
 * them from the sprite (components/ServiceIcon.tsx) and needs only to know which names exist.
 * lib/icons/service.ts gives each its shapes, and a name without shapes fails tsc there.
 */
export const serviceIconNames = [
  'stethoscope',
  'video',
  'calendar',
  'pill',
  'heart',
  'baby',
  'brain',
  'file-text',
  'shield',
  'bone',
  'eye',
  'apple',
] as const;
export type ServiceIconName = (typeof serviceIconNames)[number];

/** A service's icon name as given, or the stethoscope for a name this build does not know. */
export const serviceIconName = (name: string): ServiceIconName =>
  (serviceIconNames as readonly string[]).includes(name) ? (name as ServiceIconName) : 'stethoscope';
