/** What other contexts may use of discovery: listing doctors in search, and how a doctor is shown. */
export { listDoctor, unlistDoctor } from './directory.ts';
export { toDoctorCard } from './doctor-card.ts';
export { specialtyIds, specialtyName } from './specialties.ts';
