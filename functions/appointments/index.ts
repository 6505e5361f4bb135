/**
 * What other contexts may use of appointments: the state machine's rules (when a room is open),
 * cancelling, a user's active appointments, a doctor's free slots, and how an appointment is shown.
 */
export { cancelAppointment } from './booking.ts';
export { toConsentView } from './consents.ts';
export { canJoin, JOIN_CLOSES_MINUTES_AFTER, JOIN_OPENS_MINUTES_BEFORE, joinWindow } from './lifecycle.ts';
export { activeAppointmentsOf } from './lists.ts';
export { appointmentPapers } from './papers.ts';
export { approvedRatings } from './published-ratings.ts';
export { moderateRating, pendingRatings } from './ratings.ts';
export { removeSchedule } from './schedule.ts';
export { upcomingFreeSlots } from './slots.ts';
export { toAppointmentView } from './views.ts';
