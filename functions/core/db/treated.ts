import type { TreatedPerson } from '../../contract/api.ts';
import type { appointmentEntity } from './appointment.entity.ts';

type Appointment = import('electrodb').EntityItem<ReturnType<typeof appointmentEntity>>;

/**
 * The person an appointment treats, from its snapshot. An appointment booked before the snapshot was
 * kept treated the account holder, whose age and sex were not recorded with it.
 */
export const treatedOf = (a: Appointment): TreatedPerson => ({
  name: a.treatedName ?? a.patientName,
  dateOfBirth: a.treatedDateOfBirth ?? null,
  sex: a.treatedSex ?? null,
  relationship: a.treatedRelationship ?? 'self',
});
