import { Entity } from 'electrodb';
import { locales, roles, verificationStatuses } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * A person, with the doctor profile on the same item (a doctor is read with their profile far more
 * often than without it).
 *
 * Index upkeep (found by experiment): ElectroDB rebuilds a GSI key only when that index's composite
 * attributes are in the write, and evaluates `condition` only then. So the verified-doctor listing uses
 * dedicated attributes, `listedSpecialty` and `listedName`, written together by the discovery domain
 * when a doctor is listed (verified) and cleared when unlisted; nothing else writes them.
 */
export const userEntity = () =>
  new Entity({
    model: { entity: 'user', version: '1', service: SERVICE },
    attributes: {
      userId: { type: 'string', required: true, readOnly: true },
      email: { type: 'string', required: true },
      firstName: { type: 'string', required: true },
      lastName: { type: 'string', required: true },
      role: { type: roles, required: true },
      /** gsi2 partition: 'patient' | 'admin' | 'doctor-pending' | 'doctor-verified' | 'doctor-rejected' | 'erasing'. */
      directory: { type: 'string', required: true },
      disabled: { type: 'boolean', default: false },
      /** Two-step sign-in (TOTP) is on in the user pool; admins need it for the admin routes. */
      mfaEnabled: { type: 'boolean', default: false },
      phone: { type: 'string' },
      address: { type: 'string' },
      /** GST state code of the state they live in (contract/gst-states.ts): their invoices' place of supply. */
      state: { type: 'string' },
      dateOfBirth: { type: 'string' },
      /** With dateOfBirth, required to book for oneself (issue 17); older profiles may lack both. */
      sex: { type: 'string' },
      /** How many dependants the account has: the cap's guard, moved in the same transaction as each add or removal. */
      dependantCount: { type: 'number' },
      pictureUrl: { type: 'string' },
      /**
       * Set when the patient asked to erase their account (functions/privacy/erasure.ts), with directory
       * 'erasing' (where the sweeper finds an erasure a crash left unfinished) and disabled.
       */
      erasureRequestedAt: { type: 'string' },
      timeZone: { type: 'string', default: 'Asia/Kolkata' },
      /** The language of their emails and PDFs (and of the site once signed in); absent reads 'en'. */
      locale: { type: locales },
      /** Appointment reminders (functions/reminders) by email and by SMS; absent reads on. */
      remindByEmail: { type: 'boolean' },
      remindBySms: { type: 'boolean' },
      // Doctor profile
      specialty: { type: 'string' },
      registrationNumber: { type: 'string' },
      /** The medical council that registered the doctor (e.g. "Delhi Medical Council"); printed on prescriptions. */
      registrationCouncil: { type: 'string' },
      experienceYears: { type: 'number' },
      bio: { type: 'string' },
      feePaise: { type: 'number' },
      /** Follow-ups (issue 18): days after a completed consultation's end (absent or 0: none), and their fee. */
      followUpDays: { type: 'number' },
      followUpFeePaise: { type: 'number' },
      education: { type: 'string' },
      hospital: { type: 'string' },
      languages: { type: 'list', items: { type: 'string' } },
      available: { type: 'boolean' },
      featured: { type: 'boolean' },
      /** When an admin last featured the doctor: the home page shows the most recently featured first. */
      featuredAt: { type: 'string' },
      verificationStatus: { type: verificationStatuses },
      verificationNote: { type: 'string' },
      verifiedAt: { type: 'string' },
      /** Set only while the doctor is verified and listed: the specialty, and "surname first id". */
      listedSpecialty: { type: 'string' },
      listedName: { type: 'string' },
      /**
       * A doctor's ratings (functions/appointments/ratings.ts): the sum of all stars and how many ratings,
       * moved with ADD in the same transaction as each rating or edit. Search sorts by them; the mean is
       * ratingTotal / ratingCount. Absent: no ratings yet.
       */
      ratingTotal: { type: 'number' },
      ratingCount: { type: 'number' },
      ...timestamps,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['userId'] }, sk: { field: 'sk', composite: [] } },
      byEmail: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['email'] },
        sk: { field: 'gsi1sk', composite: [] },
      },
      byDirectory: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['directory'] },
        sk: { field: 'gsi2sk', composite: ['createdAt', 'userId'] },
      },
      /** Listed (verified) doctors only — sparse — by specialty, ordered by surname. */
      doctorsBySpecialty: {
        index: 'gsi3',
        condition: (a) => Boolean(a.listedSpecialty),
        pk: { field: 'gsi3pk', composite: ['listedSpecialty'] },
        sk: { field: 'gsi3sk', composite: ['listedName'] },
      },
    },
  });
