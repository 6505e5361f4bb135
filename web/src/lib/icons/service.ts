/** The icons a Service can name (the `icon` field of /api/home services), by that name. */

import type { ServiceIcon as ServiceIconName } from '../../../../functions/contract/api.ts';
import * as I from './index.ts';

export const serviceIcons: Record<ServiceIconName, I.IconShapes> = {
  stethoscope: I.stethoscope,
  video: I.video,
  calendar: I.calendar,
  pill: I.pill,
  heart: I.heart,
  baby: I.baby,
  brain: I.brain,
  'file-text': I.fileText,
  shield: I.shield,
  bone: I.bone,
  eye: I.eye,
  apple: I.apple,
};

/** A service's icon by the name the API gives; an unknown name (added in the admin first) is a stethoscope. */
export const serviceIcon = (name: string): I.IconShapes =>
  Object.hasOwn(serviceIcons, name) ? serviceIcons[name as ServiceIconName] : I.stethoscope;
