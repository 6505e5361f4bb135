/** What other contexts may use of discovery: listing doctors in search, and how a doctor is shown. */
export { listDoctor, nameTokens, unlistDoctor } from './directory.ts';
export { toDoctorCard } from './doctor-card.ts';
export { specialtyIds, specialtyLabel, specialtyName } from './specialties.ts';
