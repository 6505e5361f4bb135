/**
 * What the page scripts not yet moved to components (checkout, the appointment page) use of a doctor:
 * the initials avatar and the link to the profile. Goes when those pages become islands.
 */
import { avatarTone } from '../components/DoctorCard.tsx';
import type { DoctorCard } from './api.ts';
import { h } from './dom.ts';
import { initials } from './format.ts';

/** A round initials avatar (pictures from other sites are not allowed by our CSP). */
export function doctorAvatar(d: Pick<DoctorCard, 'id' | 'name'>, sizeClass = 'size-14 text-lg') {
  return h('span', {
    class: `grid shrink-0 place-items-center rounded-full bg-gradient-to-br ${avatarTone(d.id)} ${sizeClass} font-semibold text-white`,
    'aria-hidden': 'true',
    text: initials(d.name),
  });
}

export { doctorPageHref } from '../components/DoctorCard.tsx';

/**
 * The price a patient pays: the fee plus 18% GST rounded half-up to the paisa, exactly as the API
 * charges it (functions/payments/money.ts). Only the doctor's public page uses it, because the
 * doctor's view has no `price` yet (asked of the server); the appointment and the receipt carry the
 * server's numbers.
 */
export function priceWithGst(feePaise: number) {
  const gstPaise = Math.floor((feePaise * 18 + 50) / 100);
  return { basePaise: feePaise, gstPaise, totalPaise: feePaise + gstPaise };
}
