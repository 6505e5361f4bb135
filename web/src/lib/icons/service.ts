/** The icons a Service can name (the `icon` field of /api/home services), by that name. */

import type { ServiceIcon as ServiceIconName } from '../../../../functions/contract/api.ts';
import { apple } from './apple.ts';
import { baby } from './baby.ts';
import { bone } from './bone.ts';
import { brain } from './brain.ts';
import { calendar } from './calendar.ts';
import { eye } from './eye.ts';
import { fileText } from './file-text.ts';
import { heart } from './heart.ts';
import { pill } from './pill.ts';
import type { IconShapes } from './shape.ts';
import { shield } from './shield.ts';
import { stethoscope } from './stethoscope.ts';
import { video } from './video.ts';

export const serviceIcons: Record<ServiceIconName, IconShapes> = {
  stethoscope,
  video,
  calendar,
  pill,
  heart,
  baby,
  brain,
  'file-text': fileText,
  shield,
  bone,
  eye,
  apple,
};
export type { ServiceIconName };

/** A service's icon by the name the API gives; an unknown name (added in the admin first) is a stethoscope. */
export const serviceIcon = (name: string): IconShapes =>
  Object.hasOwn(serviceIcons, name) ? serviceIcons[name as ServiceIconName] : stethoscope;
