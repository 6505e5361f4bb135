/**
 * What travels over the wire: the values the API returns (views), what each operation of the route
 * table takes and answers (`Operations`), and the consultation room's WebSocket frames. Types and a few
 * lists of allowed values only; it imports nothing, so the server (functions/), CDK (lib/) and the web
 * (`import type`) can all read it without pulling anything else in.
 *
 * The server builds its answers against these types (functions/core/http.ts types every operation by
 * its entry here, and the view builders return these types), so a change on either side fails the
 * compile of the other.
 *
 * Instants are UTC ISO strings; money is integer paise; ids are strings.
 */

// ---- Allowed values ------------------------------------------------------------------------------

export const roles = ['patient', 'doctor', 'admin'] as const;

/**
 * The languages a person can choose (their emails, PDFs and pages); the same list as format.ts's
 * `locales`, which says how each writes numbers and dates (tests/unit/format.test.ts holds them equal).
 */
export const locales = ['en', 'hi'] as const;

/** Why a cancellation refunds what it does: by the clinic, with enough notice, late, or nothing paid. */
export type RefundRule = 'clinic' | 'notice' | 'late' | 'unpaid';
export type Locale = (typeof locales)[number];
export type Role = (typeof roles)[number];

export const verificationStatuses = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

export const appointmentStatuses = ['REQUESTED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** The patient's answer to recording the consultation: asked in the room, withdrawable by either party. */
export const recordingConsentStates = ['pending', 'given', 'withdrawn'] as const;
export type RecordingConsent = (typeof recordingConsentStates)[number];

/**
 * REFUND_FAILED: paid, a refund is owed, and the gateway refused it or did not answer; the admin
 * console lists these and retries them (POST /api/admin/payments/{appointmentId}/refund).
 */
export const paymentStatuses = ['PENDING', 'COMPLETED', 'FAILED', 'REFUNDED', 'REFUND_FAILED'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
/** The states of a payment whose money was received (it has a receipt). */
export const paidStatuses: readonly PaymentStatus[] = ['COMPLETED', 'REFUND_FAILED', 'REFUNDED'];

export const paymentProviders = ['razorpay', 'simulated'] as const;
export type PaymentProvider = (typeof paymentProviders)[number];

export const transcriptionStatuses = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
export type TranscriptionStatus = (typeof transcriptionStatuses)[number];

export const slotStates = ['free', 'held', 'booked'] as const;
export type SlotState = (typeof slotStates)[number];

/** The two people of a consultation. */
export type PartyRole = 'patient' | 'doctor';

export const sexes = ['female', 'male', 'other'] as const;
export type Sex = (typeof sexes)[number];

/** GST state codes of India's states and union territories; names and source in contract/gst-states.ts. */
// biome-ignore format: one row of codes reads better than 36 lines
export const gstStateCodes = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '26', '27', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38'] as const;
export type GstStateCode = (typeof gstStateCodes)[number];

/** How a dependant is related to the account holder who books for them. */
export const relationships = ['child', 'spouse', 'parent', 'sibling', 'other'] as const;
export type Relationship = (typeof relationships)[number];

/** What a message through the contact form is about (the admins sort their replies by it). */
export const contactTopics = ['appointment', 'payment', 'account', 'doctor', 'privacy', 'other'] as const;
export type ContactTopic = (typeof contactTopics)[number];

/** A message sent through the contact form, as the admin console lists it. */
export interface AdminContactMessage {
  id: string;
  name: string;
  email: string;
  topic: ContactTopic;
  message: string;
  /** The language of the page it was sent from. */
  locale: Locale;
  createdAt: string;
}

/** The most dependants one account keeps (the next one is a 409 `too_many_dependants`). */
export const MAX_DEPENDANTS = 10;

// ---- Documents (issue 18: reports before a visit, a doctor's verification evidence) -------------

/** What may be uploaded; the worker checks each file's first bytes against its declared type. */
export const documentContentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'] as const;
export type DocumentContentType = (typeof documentContentTypes)[number];
/** 10 MB, the largest file a patient or doctor may upload. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** The most reports one appointment holds (the next one is a 409 `too_many_documents`). */
export const MAX_DOCUMENTS_PER_APPOINTMENT = 10;
export const documentStatuses = ['pending', 'ready', 'rejected'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
/** A patient's report, or one of the two proofs a doctor applying uploads. */
export const documentKinds = ['report', 'registrationCertificate', 'photoId'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const verificationDocumentKinds = ['registrationCertificate', 'photoId'] as const;
export type VerificationDocumentKind = (typeof verificationDocumentKinds)[number];
/** Why the worker refused a file: its bytes are not the declared type, it is over the limit, or empty. */
export const documentRejections = ['type_mismatch', 'too_large', 'empty'] as const;
export type DocumentRejection = (typeof documentRejections)[number];

// ---- Doctors' photos (issue 19: uploaded, cropped in the browser, served from the CDN) -----------

/** What a photo may be: the browser's crop is a JPEG or WebP; a PNG is taken as it is. */
export const photoContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof photoContentTypes)[number];
/** 1 MB: a 512×512 crop is about 60 KB as JPEG, so this leaves room without hosting large files. */
export const MAX_PHOTO_BYTES = 1024 * 1024;
/** The square the browser renders a crop to (pixels). */
export const PHOTO_SIZE = 512;

export interface PhotoUploadBody {
  contentType: PhotoContentType;
  size: number;
}

/** A presigned POST for the cropped photo; publish it with its `uploadId` once it is posted. */
export interface PhotoUploadPermit {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/** The doctor's public photo: a site path under /media/ (served by the CDN), or null for none. */
export interface PhotoState {
  pictureUrl: string | null;
}

/**
 * The National Medical Commission's public Indian Medical Register search (by name, registration number
 * and council): https://www.nmc.org.in/information-desk/indian-medical-register/ . It takes no query in
 * its address, so the admin console shows the registration number beside the link, to copy.
 */
export const MEDICAL_REGISTER_URL = 'https://www.nmc.org.in/information-desk/indian-medical-register/';
/** What a doctor applying is told: checks are usually done within this many working days. */
export const VERIFICATION_WORKING_DAYS = 2;

export interface DocumentView {
  id: string;
  kind: DocumentKind;
  fileName: string;
  contentType: DocumentContentType;
  /** Declared at upload; the worker measures the real size. */
  size: number;
  status: DocumentStatus;
  rejection: DocumentRejection | null;
  uploadedAt: string;
  /** What the caller may do now; the server decides (DESIGN §10, views that decide `actions`). */
  actions: { view: boolean; remove: boolean };
}

export interface DocumentUploadBody {
  fileName: string;
  contentType: DocumentContentType;
  size: number;
}

/** A presigned POST: send `fields`, then the file as `file`, as multipart form data. */
export interface DocumentUploadPermit {
  document: DocumentView;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/** A 60-second presigned GET. */
export interface DocumentLink {
  url: string;
  expiresAt: string;
}

/** What a doctor applying sees of their verification, and what the admin checks it against. */
export interface VerificationEvidence {
  documents: DocumentView[];
  /** e.g. "usually within 2 working days" */
  usualWorkingDays: number;
}

/** The age from which a patient books for themself; younger people are booked as dependants (issue 17). */
export const ADULT_AGE_YEARS = 18;

/** A family member the account holder books for (GET /api/me/dependants). */
export interface Dependant {
  id: string;
  /** In any Indian script. */
  name: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  sex: Sex;
  relationship: Relationship;
  createdAt: string;
}

/**
 * Erasing one's account (DPDP Act 2023 s.12) is signed like a prescription: the password (and the
 * authenticator code where two-step sign-in is on), so a session left open cannot erase an account.
 */
export interface EraseAccountBody {
  password: string;
  code?: string;
}

export interface DependantBody {
  name: string;
  dateOfBirth: string;
  sex: Sex;
  relationship: Relationship;
}

/**
 * The person treated in a consultation, as at booking: the account holder ("self") or one of their
 * dependants. A snapshot, so removing a dependant or editing a profile never rewrites a past record.
 * dateOfBirth and sex are null only on appointments booked before they were required.
 */
export interface TreatedPerson {
  name: string;
  dateOfBirth: string | null;
  sex: Sex | null;
  relationship: Relationship | 'self';
}

/** The fixed list of specialties a doctor can choose (NMC broad specialties most asked for online). */
export const specialties = [
  {
    id: 'general-medicine',
    name: 'General Medicine',
    description: 'Fever, infections, chronic conditions and everyday health.',
  },
  { id: 'pediatrics', name: 'Pediatrics', description: 'Care for infants, children and adolescents.' },
  { id: 'dermatology', name: 'Dermatology', description: 'Skin, hair and nail conditions.' },
  { id: 'cardiology', name: 'Cardiology', description: 'Heart health, blood pressure and cholesterol.' },
  {
    id: 'gynecology',
    name: 'Obstetrics & Gynecology',
    description: "Women's health, pregnancy and fertility.",
  },
  { id: 'psychiatry', name: 'Psychiatry', description: 'Anxiety, depression, sleep and mental wellbeing.' },
  { id: 'orthopedics', name: 'Orthopedics', description: 'Bones, joints, back pain and sports injuries.' },
  { id: 'ent', name: 'ENT', description: 'Ear, nose and throat.' },
  { id: 'endocrinology', name: 'Endocrinology', description: 'Diabetes, thyroid and hormones.' },
  { id: 'gastroenterology', name: 'Gastroenterology', description: 'Stomach, liver and digestion.' },
  { id: 'neurology', name: 'Neurology', description: 'Headache, epilepsy, stroke follow-up.' },
  { id: 'pulmonology', name: 'Pulmonology', description: 'Asthma, COPD and breathing problems.' },
  { id: 'ophthalmology', name: 'Ophthalmology', description: 'Eyes and vision.' },
  { id: 'nutrition', name: 'Nutrition & Dietetics', description: 'Diet plans, weight and lifestyle.' },
] as const;
export type SpecialtyId = (typeof specialties)[number]['id'];

/** The icons a service can have (the web draws them: web/src/lib/icons.ts). */
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
export type ServiceIcon = (typeof serviceIconNames)[number];

/** The admin's user lists: patients, admins, and doctors by verification state (or disabled). */
export const directories = [
  'patient',
  'admin',
  'doctor-pending',
  'doctor-verified',
  'doctor-rejected',
  'doctor-disabled',
] as const;
export type Directory = (typeof directories)[number];

// ---- Shared shapes -------------------------------------------------------------------------------

/** A page of a cursor-paged list: pass `nextCursor` back as `cursor` for the next one (null: the last). */
export interface Paged {
  nextCursor: string | null;
}

/** A file the browser downloads (the body is the file, not JSON); the typed client hands back a Blob. */
export interface Download {
  readonly download: 'application/pdf' | 'text/csv' | 'application/zip' | 'text/calendar';
}

/**
 * One priced line of a consultation (functions/core/price.ts): what is supplied (its SAC), its
 * value before tax, and its GST. An exempt line carries no tax and says so on the invoice.
 */
export interface PriceLine {
  kind: 'consultation' | 'platform';
  sac: string;
  valuePaise: number;
  exempt: boolean;
  ratePercent: number;
  taxPaise: number;
}

/** What is charged GST, as the operator configured it (functions/core/config.ts GST_*). */
export interface TaxRules {
  consultation: 'taxable' | 'exempt';
  platformFeePaise: number;
  ratePercent: number;
}

/** What a consultation costs: its lines and their totals, always the server's numbers. */
export interface Price {
  /** The lines' value before tax. */
  basePaise: number;
  gstPaise: number;
  totalPaise: number;
  lines: PriceLine[];
}

// ---- Public content ------------------------------------------------------------------------------

/**
 * The language each admin-written text of a public item is in: the language asked for when the admin
 * wrote that version, English otherwise (the page marks such text `lang="en"` for screen readers).
 */
export type TextLangs<K extends string> = Record<K, Locale>;

export interface Service {
  id: string;
  name: string;
  description: string;
  lang: TextLangs<'name' | 'description'>;
  /** A ServiceIcon when it was saved; the web draws an unknown one as a stethoscope. */
  /** Always one of serviceIconNames: a stored name this version does not know reads as 'stethoscope'. */
  icon: ServiceIcon;
  displayOrder: number;
}

export interface Testimonial {
  id: string;
  name: string;
  imageUrl: string | null;
  content: string;
  /** 1 to 5. */
  rating: number;
  featured: boolean;
  createdAt: string;
}

export interface HealthTip {
  id: string;
  title: string;
  /** Markdown source. Show it as plain text, never as HTML. */
  content: string;
  lang: TextLangs<'title' | 'content'>;
  imageUrl: string | null;
  authorName: string | null;
  featured: boolean;
  createdAt: string;
}

export interface HomePayload {
  services: Service[];
  testimonials: Testimonial[];
  healthTips: HealthTip[];
  featuredDoctors: DoctorCard[];
}

export type DependencyState = { status: 'ok' | 'down'; ms: number };

/** GET /api/health: 200 when every dependency answers, 503 (with this same body) when one does not. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  stage: string;
  dependencies: {
    table: DependencyState;
    bucket: DependencyState;
    mailbox: DependencyState;
    identity: DependencyState;
  };
}

// ---- Doctors -------------------------------------------------------------------------------------

export interface Specialty {
  id: SpecialtyId;
  name: string;
  description: string;
}

/** The public face of a verified doctor, as lists show it. Never includes contact details. */
export interface DoctorCard {
  id: string;
  /** Display name with the title, e.g. "Dr. Anita Sharma". */
  name: string;
  firstName: string;
  lastName: string;
  /** Specialty id, e.g. "cardiology". */
  specialty: string;
  specialtyName: string;
  experienceYears: number;
  /** Consultation fee in paise (before GST). */
  feePaise: number;
  languages: string[];
  hospital: string;
  pictureUrl: string | null;
  bioExcerpt: string;
  available: boolean;
  /** The doctor's IANA time zone, e.g. "Asia/Kolkata". */
  timeZone: string;
  /** Patients' star ratings (functions/appointments/ratings.ts): how many, and their mean (null: none yet). */
  ratingCount: number;
  ratingAverage: number | null;

  /** Search results only: the start of the doctor's soonest free slot in the next 7 days, or null. */
  nextFreeAt?: string | null;
}

export interface DoctorDetail extends DoctorCard {
  bio: string;
  education: string;
  registrationNumber: string;
}

/** A free slot on a doctor's public page. */
export interface PublicSlot {
  /** Used to book it (POST /api/appointments). */
  id: string;
  startAt: string;
  endAt: string;
  /** The calendar date in the doctor's zone (YYYY-MM-DD). */
  localDate: string;
  timeZone: string;
}

export interface DoctorPagePayload {
  doctor: DoctorDetail;
  /** What a consultation at the doctor's fee costs, as the server charges it (lines, GST, total). */
  price: Price;
  /** Free slots for the next 7 days, soonest first. */
  slots: PublicSlot[];
}

// ---- Ratings of doctors (functions/appointments/ratings.ts) ---------------------------------------

/** Where a rating's comment stands: none (stars only), waiting for an admin, shown, or refused. */
export const ratingModerations = ['none', 'pending', 'approved', 'rejected'] as const;
export type RatingModeration = (typeof ratingModerations)[number];

/** Longest comment a patient may leave with their stars, and longest reply a doctor may write. */
export const RATING_COMMENT_MAX = 1000;
export const RATING_REPLY_MAX = 1000;

/** A published (approved) comment with its stars, as anyone sees it. The patient is never named. */
export interface PublicRating {
  id: string;
  stars: number;
  comment: string;
  ratedAt: string;
  reply: { text: string; at: string } | null;
}

export interface RatingsPage extends Paged {
  ratings: PublicRating[];
}

/** The patient's own rating of their visit. */
export interface MyRating {
  id: string;
  stars: number;
  comment: string | null;
  moderation: RatingModeration;
  ratedAt: string;
  /** Until when stars and comment can still be changed (an instant, UTC ISO). */
  editableUntil: string;
  editable: boolean;
  reply: { text: string; at: string } | null;
}

export interface MyRatingPayload {
  rating: MyRating | null;
  /** The visit is completed and the patient may rate it now (first time, or within the edit window). */
  canRate: boolean;
}

export interface RatingBody {
  stars: number;
  comment?: string;
}

/** A comment waiting for moderation. `revision` goes back with the decision, so a later edit is not approved unseen. */
export interface AdminRating {
  id: string;
  doctorId: string;
  stars: number;
  comment: string;
  commentedAt: string;
  moderation: RatingModeration;
  revision: number;
}

/**
 * How search orders doctors besides by surname: the soonest free slot in the next 7 days first (none
 * last), or the best average rating first (unrated last).
 */
export const searchSorts = ['soonest', 'rating'] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface DoctorsPage extends Paged {
  doctors: DoctorCard[];
}

export interface SpecialtiesPayload {
  specialties: readonly Specialty[];
}

// ---- Accounts ------------------------------------------------------------------------------------

/** A doctor's own profile, as they edit it. */
export interface DoctorProfile {
  /** Specialty id, e.g. "cardiology"; '' until the doctor chooses one. */
  specialty: string;
  specialtyName: string;
  registrationNumber: string;
  /** The medical council of the registration; '' until given (prescriptions need it). */
  registrationCouncil: string;
  experienceYears: number;
  bio: string;
  /** Consultation fee in paise (before GST); 0 until set. */
  feePaise: number;
  /** What a patient pays for a consultation at this fee today, as the server charges it. */
  price: Price;
  /**
   * The operator's GST configuration, for the fee form's live quote of a fee being typed: the form
   * prices it with contract/price.ts, the server's own code, never a sum of its own.
   */
  taxRules: TaxRules;
  /** Days after a completed consultation's end within which its follow-up can take place; 0: none offered. */
  followUpDays: number;
  /** The follow-up's fee in paise (before GST); 0: a free follow-up, confirmed without payment. */
  followUpFeePaise: number;
  education: string;
  hospital: string;
  languages: string[];
  available: boolean;
  verificationStatus: VerificationStatus;
  verificationNote: string;
}

/** What the signed-in user sees about themselves. */
export interface Me {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  /** '' when not given; otherwise +91XXXXXXXXXX. */
  phone: string;
  address: string;
  /** GST state code of their state or union territory (contract/gst-states.ts); '' when not given. */
  state: GstStateCode | '';
  /** YYYY-MM-DD or ''. */
  dateOfBirth: string;
  /** '' when not given; needed (with the date of birth) to book for oneself. */
  sex: Sex | '';
  /** A doctor's published photo (a site path under /media/), or ''; set by the photo routes only. */
  pictureUrl: string;
  timeZone: string;
  /** The language of their emails and PDFs: chosen in the profile, first taken from the registration. */
  locale: Locale;
  createdAt: string;
  /** Two-step sign-in (TOTP) is on; admins need it for the console. */
  mfaEnabled: boolean;
  /**
   * Appointment reminders 24 h and 15 min before a confirmed start, per channel (both on unless turned
   * off). SMS goes out only where the platform has SMS on and the profile has a phone number.
   */
  reminders: ReminderChannels;
  /** Doctors only. */
  doctorProfile?: DoctorProfile;
}

/** Both the instant and the lifetime: a client whose clock is off can still schedule its refresh. */
export interface SessionExpiry {
  sessionExpiresAt: string;
  sessionExpiresIn: number;
}

export interface RegisterBody {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  role: PartyRole;
  /** The site's language when they registered; without it, the browser's Accept-Language decides. */
  locale?: Locale;
}

/** '' clears an optional field. */
export interface UpdateMeBody {
  firstName?: string;
  lastName?: string;
  phone?: string;
  address?: string;
  /** '' clears it. */
  state?: GstStateCode | '';
  dateOfBirth?: string;
  /** '' clears it. */
  sex?: Sex | '';
  timeZone?: string;
  locale?: Locale;
  /** Either channel alone may be sent. */
  reminders?: Partial<ReminderChannels>;
}

export interface ReminderChannels {
  email: boolean;
  sms: boolean;
}

export interface DoctorProfileBody {
  specialty?: SpecialtyId;
  registrationNumber?: string;
  /** '' clears it. */
  registrationCouncil?: string;
  experienceYears?: number;
  bio?: string;
  /** Rupees with at most 2 decimals; stored as paise. */
  feeRupees?: number;
  /** 0–30 days; 0 offers no follow-up. */
  followUpDays?: number;
  /** Rupees with at most 2 decimals (0: free); stored as paise. */
  followUpFeeRupees?: number;
  education?: string;
  hospital?: string;
  languages?: string[];
  available?: boolean;
}

/** An answer that only says what happens next (a code is on its way, …). */
export interface Notice {
  message: string;
}

// ---- Appointments --------------------------------------------------------------------------------

/** Why an appointment cannot be moved now: not active, too close to its start, or moved the most times. */
export type RescheduleRefusal = 'closed' | 'too_late' | 'limit';

/** An appointment as one of its two parties (or an admin) sees it. */
export interface AppointmentView {
  id: string;
  status: AppointmentStatus;
  startAt: string;
  endAt: string;
  /** The doctor's zone when the slot was published. */
  timeZone: string;
  reason: string;
  notes: string;
  feePaise: number;
  /** When an unpaid booking's hold ends (REQUESTED only). */
  holdExpiresAt: string | null;
  doctor: { id: string; name: string; specialty: string; specialtyName: string };
  /** The account holder: who booked, pays and consents. */
  patient: { id: string; name: string };
  /** Who is treated: the account holder or one of their dependants, as at booking. */
  treated: TreatedPerson;
  /** The user id of whoever cancelled, or 'system' (an expired hold). */
  cancelledBy: string | null;
  cancelReason: string | null;
  recordingEnabled: boolean;
  /** Recording needs 'given'; the patient gives it in the room, either party withdraws it. */
  recordingConsent: RecordingConsent;
  createdAt: string;
  /** The appointment this one follows up (same doctor, same person treated), or null. */
  followUpOf: string | null;
  join: { canJoin: boolean; opensAt: string; closesAt: string };
  price: Price;
  /** What cancelling now would mean for this viewer, shown before they confirm; null when it cannot be. */
  /**
   * What cancelling now would refund, and the rule that decides it (the catalog's
   * `refund_rule_<rule>` phrases it, with {hours}: noticeHours); `explanation` is its English sentence.
   */
  cancellation: { refundPaise: number; rule: RefundRule; noticeHours: number; explanation: string } | null;
  /**
   * Moving it to another time of the same doctor (issue 19), by the one policy
   * (functions/appointments/lifecycle.ts reschedulePolicy): allowed until `cutoffHours` before the
   * current start (`until`), at most `max` times (`used` so far). `refusal` says why not, or is null.
   */
  reschedule: {
    allowed: boolean;
    refusal: RescheduleRefusal | null;
    until: string;
    used: number;
    max: number;
    cutoffHours: number;
  };
  /** The calendar event's RFC 5545 UID and SEQUENCE (the .ics files of this appointment share the UID). */
  calendar: { uid: string; sequence: number };
  actions: {
    canCancel: boolean;
    /** A party may move it now (reschedule.allowed, for its patient or doctor). */
    canReschedule: boolean;
    canPay: boolean;
    canRecordOutcome: boolean;
    canEditNotes: boolean;
    /** The doctor may write and issue a prescription now (CONFIRMED or COMPLETED, until 72 h after the start). */
    canPrescribe: boolean;
  };
}

export interface AppointmentsPage extends Paged {
  appointments: AppointmentView[];
}

export interface PaymentSummary {
  status: PaymentStatus;
  amountPaise: number;
  hasReceipt: boolean;
  /** The refund decided (or made) for a cancelled paid appointment. */
  refundPaise: number | null;
  failureReason: string | null;
}

export interface AppointmentPayload {
  appointment: AppointmentView;
  payment: PaymentSummary | null;
  /** Its prescription versions, newest first (the doctor also sees an unissued draft). */
  prescriptions: PrescriptionSummary[];
  /** The consents recorded for it, oldest first. */
  consents: ConsentView[];
  /** The follow-up this (original) appointment offers or has; null when the doctor offers none. */
  followUp: FollowUpOffer | null;
  /** For a follow-up: the original consultation and its prescriptions, shown beside it. */
  original: OriginalConsultation | null;
}

/**
 * An original appointment's follow-up, decided on the server: `open` (the patient may book one now,
 * with a slot starting by `until`), `booked` (its live follow-up is `appointmentId`), `closed` (the
 * window is over), `pending` (the consultation is not COMPLETED yet).
 */
export interface FollowUpOffer {
  state: 'pending' | 'open' | 'booked' | 'closed';
  /** When the window closes: the original's end plus the doctor's follow-up days (null while pending). */
  until: string | null;
  feePaise: number;
  price: Price;
  appointmentId: string | null;
  /** The patient (account holder) may book it now. */
  canBook: boolean;
}

export interface OriginalConsultation {
  id: string;
  startAt: string;
  timeZone: string;
  reason: string;
  /** Its issued prescription versions, newest first. */
  prescriptions: PrescriptionSummary[];
}

export interface FollowUpBody {
  slotId: string;
  reason: string;
  consent?: { termsVersion: string };
}

// ---- The record of a visit ------------------------------------------------------------------------

/**
 * One thing that happened in a visit, as the record page lists them (oldest first). Built by one plain
 * function on the server (functions/appointments/record.ts), which decides what each party sees.
 */
export type RecordEvent =
  | { kind: 'booked'; at: string; by: string; treatedName: string; reason: string; feePaise: number }
  | { kind: 'consent'; at: string; consent: ConsentView }
  | { kind: 'payment'; at: string; amountPaise: number; status: PaymentStatus; hasReceipt: boolean }
  | { kind: 'refund'; at: string; refundPaise: number }
  | { kind: 'cancelled'; at: string; by: PartyRole | 'system' | 'admin'; reason: string }
  | { kind: 'consultation'; at: string; endAt: string; status: AppointmentStatus }
  | { kind: 'chat'; at: string; from: PartyRole; text: string }
  | { kind: 'transcript'; at: string; status: TranscriptionStatus }
  /** A report the patient shared, once checked; it opens from the appointment's "Reports and images". */
  | { kind: 'document'; at: string; fileName: string; contentType: DocumentContentType }
  | { kind: 'notes'; at: string; text: string }
  | { kind: 'prescription'; at: string; prescription: PrescriptionSummary }
  | { kind: 'followUpOf'; at: string; appointmentId: string; startAt: string }
  | { kind: 'followUpBooked'; at: string; appointmentId: string; startAt: string; status: AppointmentStatus };
export type RecordEventKind = RecordEvent['kind'];

export interface VisitRecord {
  appointment: AppointmentView;
  events: RecordEvent[];
}

// ---- Health records ------------------------------------------------------------------------------

/** A visit that has records, on the patient's Health records page. */
export interface HealthRecordVisit {
  appointmentId: string;
  startAt: string;
  timeZone: string;
  doctorName: string;
  specialty: string;
  specialtyName: string;
  treated: TreatedPerson;
  /** 'self', or the dependant's id: what the person filter takes. */
  person: string;
  /** Issued and superseded versions, newest first (each has its PDF). */
  prescriptions: PrescriptionSummary[];
  /** The reports the patient shared for the visit, checked ones only, oldest first (each opens by a link). */
  documents: DocumentView[];
}

export interface HealthRecordsPage extends Paged {
  visits: HealthRecordVisit[];
}

/**
 * The version of the teleconsultation terms a booking agrees to: the statement of the catalog's
 * `consent_statement` (what a teleconsultation can and cannot do, and how the record is kept). A
 * change of that statement is a new version.
 */
export const TELECONSULTATION_TERMS_VERSION = '2026-12-03';

/**
 * A consent given or withdrawn, as recorded. Teleconsultation: with the booking; TPG 2020 §3.3: a
 * teleconsultation the patient starts (a booking) implies consent, `explicit` when the patient also
 * ticked the statement. Recording: asked in the room, always explicit, withdrawable by either party.
 */
export interface ConsentView {
  kind: 'teleconsultation' | 'recording';
  action: 'given' | 'withdrawn';
  by: PartyRole;
  basis: 'explicit' | 'implied';
  /** The teleconsultation terms agreed to; null for recording. */
  termsVersion: string | null;
  at: string;
  /** Where it was given from: shown to the patient who gave it, null for the doctor. */
  sourceIp: string | null;
}

/** Booking; `consent` when the patient ticked the teleconsultation statement of that version. */
export interface BookBody {
  slotId: string;
  reason: string;
  consent?: { termsVersion: string };
  /** Book for this dependant of the caller; absent: for the caller themself. */
  dependantId?: string;
}

export interface AppointmentReply {
  appointment: AppointmentView;
}

/** One of the doctor's own slots (GET /api/doctor/slots). */
export interface DoctorSlot {
  id: string;
  startAt: string;
  endAt: string;
  timeZone: string;
  localDate: string;
  status: SlotState;
  appointmentId: string | null;
}

export interface DoctorSlotsPayload {
  from: string;
  to: string;
  timeZone: string;
  slots: DoctorSlot[];
}

export interface CreateSlotsBody {
  /** YYYY-MM-DD, in the doctor's zone; 1 to 31 of them. */
  dates: string[];
  /** 24-hour HH:MM. */
  startTime: string;
  endTime: string;
  durationMinutes: 15 | 20 | 30 | 45 | 60;
  /** The doctor's profile zone when left out. */
  timeZone?: string;
}

export interface CreateSlotsResult {
  created: number;
  slots: { id: string; startAt: string; endAt: string; localDate: string }[];
  /** The zone the request was split in; the skipped slots are shown in it. */
  timeZone: string;
  /** Slots left out because they overlap slots the doctor already has (the first MAX_SKIPPED_LISTED). */
  skipped: SkippedSlot[];
  /** How many were left out in all. */
  skippedCount: number;
}

/**
 * A slot publishing left out because it overlaps one the doctor already has. `localDate`, `localStart`
 * and `localEnd` are the wall clock in the doctor's zone, so the client can say which without guessing.
 */
export interface SkippedSlot {
  startAt: string;
  endAt: string;
  localDate: string;
  localStart: string;
  localEnd: string;
}

/** At most this many skipped slots are named in a reply (the count says how many there were). */
export const MAX_SKIPPED_LISTED = 50;

// ---- A doctor's weekly schedule -----------------------------------------------------------------

/** The slot lengths a weekly schedule can use. */
export const scheduleSlotMinutes = [15, 20, 30] as const;
export type ScheduleSlotMinutes = (typeof scheduleSlotMinutes)[number];

/** Weekdays as ISO numbers: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Hours on one weekday, 24-hour HH:MM in the doctor's zone, end after start. */
export interface ScheduleWindow {
  weekday: IsoWeekday;
  start: string;
  end: string;
}

/** A daily break: no slot is published that overlaps it, whatever the day. */
export interface ScheduleBreak {
  start: string;
  end: string;
}

/** PUT /api/doctor/schedule. */
export interface WeeklyScheduleBody {
  slotMinutes: ScheduleSlotMinutes;
  windows: ScheduleWindow[];
  breaks: ScheduleBreak[];
  /** YYYY-MM-DD dates (doctor's zone) with no slots: leave, conferences, holidays. */
  leaveDates: string[];
  /** The doctor's profile zone when left out. */
  timeZone?: string;
}

export interface WeeklySchedule {
  slotMinutes: ScheduleSlotMinutes;
  windows: ScheduleWindow[];
  breaks: ScheduleBreak[];
  leaveDates: string[];
  timeZone: string;
  /** The last local date slots have been published for (the daily job moves it on). */
  publishedThrough: string | null;
  updatedAt: string;
}

/** What one publishing run did, over local dates `from`..`to` (inclusive) in `timeZone`. */
export interface PublishReport {
  from: string;
  to: string;
  timeZone: string;
  created: number;
  /** Slots the schedule wants that were already published exactly (re-publishing adds none). */
  alreadyPublished: number;
  skipped: SkippedSlot[];
  skippedCount: number;
  /** Free slots removed from dates that became leave days. */
  removedOnLeave: number;
  /** Free future slots of the previous schedule that the saved one no longer covers, withdrawn. */
  withdrawn: number;
}

/** GET /api/doctor/schedule. */
export interface ScheduleReply {
  schedule: WeeklySchedule | null;
  /** How many days ahead a schedule keeps slots published. */
  publishDays: number;
}

/** PUT /api/doctor/schedule: saved and published at once. */
export interface SaveScheduleReply {
  schedule: WeeklySchedule;
  publishDays: number;
  published: PublishReport;
}

export type AppointmentScope = 'upcoming' | 'past' | 'today';

// ---- Payments ------------------------------------------------------------------------------------

/** POST /api/appointments/{id}/payment: the order to pay. */
export interface PaymentOrder {
  provider: PaymentProvider;
  keyId: string;
  orderId: string;
  currency: string;
  basePaise: number;
  gstPaise: number;
  amountPaise: number;
  holdExpiresAt: string;
  prefill: { name: string; email: string };
  /** The local twin's test-payment page (simulated provider only). */
  checkoutUrl: string | null;
}

/** A priced line as invoiced: its tax split by the place of supply. */
export interface InvoiceLine extends PriceLine {
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
}

/** What GST Rule 46 (Rule 49 for a bill of supply) asks of the invoice, besides its serial and date. */
export interface Invoice {
  /** 'bill_of_supply' when nothing on it is taxable (CGST Rules 2017, Rule 49). */
  kind: 'tax_invoice' | 'bill_of_supply';
  supplier: { legalName: string; address: string[]; stateCode: string; gstin: string };
  /** GST state code of the patient's state; null when not on record. */
  recipientStateCode: string | null;
  recipientAddress: string | null;
  /** GST state code; the supplier's when the patient's state is not on record (IGST Act s.12(2)(b)). */
  placeOfSupply: string;
  /** CGST + SGST when true, IGST otherwise. */
  intraState: boolean;
  lines: InvoiceLine[];
  /** The rate of each tax on the taxable lines (0 where it does not apply): 9 + 9, or 18 IGST. */
  rates: { cgst: number; sgst: number; igst: number };
  taxablePaise: number;
  exemptPaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
}

export interface Receipt {
  /** The appointment id. */
  id: string;
  receiptNumber: string;
  /** The account holder, who paid. */
  patientName: string;
  /** The dependant treated, when it was not the account holder ("for <name>"); null otherwise. */
  treatedName: string | null;
  doctorName: string;
  doctorRegistrationNumber: string;
  appointmentStartAt: string;
  timeZone: string;
  basePaise: number;
  gstPaise: number;
  totalPaise: number;
  currency: string;
  providerPaymentId: string;
  paidAt: string;
  refund: { amountPaise: number; refundId: string; refundedAt: string } | null;
  issuer: { name: string; address: string[]; email: string };
  invoice: Invoice;
}

export interface VerifyPaymentResult {
  appointmentId: string;
  receipt: Receipt;
}

// ---- The consultation room -----------------------------------------------------------------------

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

interface JoinCommon {
  appointmentId: string;
  role: PartyRole;
  self: { id: string; name: string };
  peer: { id: string; name: string };
  /** Who is treated (the patient or their family member), and why they booked: the doctor's header. */
  treated: TreatedPerson;
  reason: string;
  startAt: string;
  endAt: string;
  /** After this the room refuses new connections. */
  closesAt: string;
  recordingEnabled: boolean;
  recordingConsent: RecordingConsent;
  /** Same origin: '/ws?appointmentId=…'. */
  wsPath: string;
}

export interface P2PSession extends JoinCommon {
  provider: 'p2p';
  iceServers: IceServer[];
}

export interface DailySession extends JoinCommon {
  provider: 'daily';
  roomUrl: string;
  roomName: string;
  token: string;
  expiresAt: string;
}

/** POST /api/appointments/{id}/join: what the browser needs for the configured video provider. */
export type JoinSession = P2PSession | DailySession;

export interface ChatMessage {
  /** A ULID: ids sort in the order the server stored the messages. */
  id: string;
  appointmentId: string;
  senderId: string;
  senderRole: PartyRole;
  text: string;
  clientMsgId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface HistoryPage {
  /** Newest first. */
  messages: ChatMessage[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextBefore: string | null;
}

/** WebSocket `/ws?appointmentId=…`: what the browser sends. */
export type ClientFrame =
  | { action: 'chat.send'; text: string; clientMsgId: string }
  | { action: 'chat.read'; upTo: string }
  /** WebRTC offer/answer/ICE and the browsers' own signals, relayed to the other party as they are. */
  | { action: 'signal'; data: Record<string, unknown> }
  /**
   * Asks whether the other party is in the room; answered with their `presence`, joined or left (API
   * Gateway cannot push during a connection's own $connect). Sent on every (re)connect and as a heartbeat.
   */
  | { action: 'hello' };

/** The codes of a room's `error` frames (functions/contract/errors.ts says what each means). */
export type RoomErrorCode =
  | 'bad_frame'
  | 'rate_limited'
  | 'appointment_cancelled'
  | 'account_disabled'
  | 'room_closed';

/** WebSocket: what the server sends. */
export type ServerFrame =
  | { type: 'chat.message'; message: ChatMessage }
  | { type: 'chat.read'; readerId: string; upTo: string; at: string }
  | { type: 'signal'; from: PartyRole; data: Record<string, unknown> }
  | { type: 'presence'; userId: string; role: PartyRole; state: 'joined' | 'left' }
  /** The patient gave or either party withdrew consent to recording; a withdrawal stops the recorder. */
  | { type: 'recording.consent'; consent: RecordingConsent; by: PartyRole; at: string }
  /**
   * `closed`: the server is closing the room for good (the appointment was cancelled, a party's
   * account disabled, or the join window is over); `message` says which, and the socket closes next.
   * `clientMsgId`: the chat message the error is about.
   */
  | { type: 'error'; code: RoomErrorCode; message: string; clientMsgId?: string; closed?: boolean };

export interface RecordingChunkPermit {
  recordingId: string;
  seq: number;
  key: string;
  /** A presigned POST: send `fields` and then the chunk as `file`, as multipart form data. */
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

export interface Utterance {
  speaker: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  text: string;
}

export interface Transcription {
  status: TranscriptionStatus;
  provider: string | null;
  language: string | null;
  durationSec: number | null;
  text: string | null;
  utterances: Utterance[];
  /** The whole transcript as text, ready to copy or download (COMPLETED only). */
  plainText: string | null;
  error: string | null;
  updatedAt: string;
}

// ---- The admin console ---------------------------------------------------------------------------

export interface AdminStats {
  users: { patients: number; doctors: number; admins: number; total: number };
  doctors: { verified: number; pending: number; rejected: number };
  appointments: { today: number; byStatus: Record<AppointmentStatus, number> };
  revenue: { todayPaise: number; monthPaise: number };
  transcriptions: { failed: number };
  /** The last 30 days, oldest first. */
  bookingsPerDay: { date: string; count: number }[];
  asOf: string;
}

export interface AdminUser extends Me {
  disabled: boolean;
  /** Doctors: shown among the home page's featured doctors (only while verified). */
  featured: boolean;
}

/** What an admin may change of someone's profile: the self-service fields (the same rules). */
export type AdminUserChanges = UpdateMeBody & DoctorProfileBody;

/** An account with the appointments it still has ahead (REQUESTED or CONFIRMED, not started). */
export interface AdminUserDetail {
  user: AdminUser;
  futureAppointments: AppointmentView[];
}

/** POST …/status answers with the account, what is still ahead of it, and what this call cancelled. */
export interface StatusChangeResult extends AdminUserDetail {
  cancelled: AppointmentView[];
}

export interface AdminAppointmentDetail {
  appointment: AppointmentView;
  payment: { status: PaymentStatus; amountPaise: number; refundPaise: number | null; orderId: string } | null;
  /** Status only: an admin does not read transcripts. */
  transcription: { status: TranscriptionStatus; error: string | null } | null;
}

export interface AdminPayment {
  appointmentId: string;
  status: PaymentStatus;
  provider: PaymentProvider;
  orderId: string;
  providerPaymentId: string | null;
  amountPaise: number;
  refundPaise: number | null;
  failureReason: string | null;
  /** Why the last refund attempt failed (REFUND_FAILED), and when. */
  refundFailure: string | null;
  refundFailedAt: string | null;
  createdAt: string;
  paidAt: string | null;
  refundedAt: string | null;
}

/** Content items as stored. Creating and changing one also answers with its stored key beside `id`. */
interface Stored {
  createdAt: string;
  updatedAt: string;
}

/** The admin sees the icon name as stored, even one this version cannot draw, so it can be changed. */
export interface AdminService extends Omit<Service, 'icon' | 'lang'>, Stored {
  icon: string;
  nameHi?: string;
  descriptionHi?: string;
  serviceId?: string;
  active: boolean;
}

export interface AdminHealthTip extends Stored {
  id: string;
  tipId?: string;
  title: string;
  content: string;
  titleHi?: string;
  contentHi?: string;
  imageUrl?: string;
  authorId?: string;
  authorName?: string;
  featured: boolean;
}

export interface AdminTestimonial extends Stored {
  id: string;
  testimonialId?: string;
  patientId?: string;
  appointmentId?: string;
  name: string;
  imageUrl?: string;
  content: string;
  rating: number;
  approved: boolean;
  featured: boolean;
}

export interface AdminTranscription {
  appointmentId: string;
  recordingId: string;
  status: TranscriptionStatus;
  error: string | null;
  attempts: number;
  updatedAt: string;
}

/** Content fields: the English is required; each Hindi version is optional ('' removes it). */
export interface ServiceFields {
  name: string;
  description: string;
  nameHi: string;
  descriptionHi: string;
  icon: ServiceIcon;
  active: boolean;
}

export interface HealthTipFields {
  title: string;
  content: string;
  titleHi: string;
  contentHi: string;
  /** An https:// link, or '' for none. */
  imageUrl: string;
  featured: boolean;
}

/** One audit event: who did what to which record, when and from where. */
export interface AuditEvent {
  id: string;
  at: string;
  /** One of the route table's audited actions (functions/contract/routes.ts `auditedActions`). */
  action: string;
  actorId: string;
  actorRole: string;
  actorName: string | null;
  /** A route table AuditSubject ('appointment' for events from before subjects had types). */
  subjectType: string;
  subjectId: string;
  sourceIp: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: string | null;
}

/** The audit log's filters; `from` is inclusive and `to` exclusive, both ISO instants. */
export interface AuditFilters {
  actorId?: string;
  subjectId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** `limit` of a paged list (each list has its own bound and default). */
interface PageQuery {
  cursor?: string;
  limit?: number;
}

// ---- Prescriptions -------------------------------------------------------------------------------

/** A version is a DRAFT until issued; a correction's issue marks the version it replaces SUPERSEDED. */
export const prescriptionStatuses = ['DRAFT', 'ISSUED', 'SUPERSEDED'] as const;
export type PrescriptionStatus = (typeof prescriptionStatuses)[number];

/** Telemedicine Practice Guidelines 2020 lists (functions/prescriptions/catalogue.json). */
export type TpgListName = 'O' | 'A' | 'B' | 'prohibited';

/** A medicine as the doctor writes it; `catalogueId` when chosen from the catalogue. */
export interface PrescriptionMedicineInput {
  name: string;
  catalogueId?: string;
  strength: string;
  form: string;
  dose: string;
  frequency: string;
  duration: string;
  instructions?: string;
}

/** A medicine as the prescription shows it. */
export interface PrescriptionMedicine {
  name: string;
  /** The generic name(s) from the catalogue; '' for a medicine not in the catalogue. */
  generic: string;
  catalogueId: string | null;
  strength: string;
  form: string;
  dose: string;
  frequency: string;
  duration: string;
  instructions: string;
  /** False: free text naming no catalogue medicine, marked "not in catalogue" on the prescription. */
  inCatalogue: boolean;
  tpgList: TpgListName | null;
}

/** The TPG Annex fields the doctor writes (PUT …/prescriptions/draft). '' leaves a text field empty. */
export interface PrescriptionDraftBody {
  chiefComplaints: string;
  relevantFindings?: string;
  provisionalDiagnosis: string;
  investigationsAdvised?: string;
  medicines: PrescriptionMedicineInput[];
  advice?: string;
  /** YYYY-MM-DD. */
  followUpDate?: string;
}

/** Signing: the doctor's password, or with two-step sign-in on, the password and the authenticator's code. */
export interface IssuePrescriptionBody {
  password: string;
  code?: string;
}

export interface PrescriptionSummary {
  version: number;
  /** Allocated when issued, e.g. "RX-2026-000042". */
  number: string | null;
  status: PrescriptionStatus;
  issuedAt: string | null;
  /** The version this one corrects. */
  supersedes: number | null;
  supersededBy: number | null;
}

export interface Prescription extends PrescriptionSummary {
  appointmentId: string;
  /** TPG: first consultation, or a follow-up (an earlier COMPLETED consultation with this doctor). */
  consultation: 'first' | 'follow-up';
  chiefComplaints: string;
  relevantFindings: string;
  provisionalDiagnosis: string;
  investigationsAdvised: string;
  medicines: PrescriptionMedicine[];
  advice: string;
  followUpDate: string | null;
  /** As at issue; null on a draft. */
  doctor: { name: string; qualification: string; registrationNumber: string; council: string } | null;
  /**
   * As at issue; null on a draft. Age in whole months on the day of issue (a reader phrases it: "34 years",
   * "8 months"), and sex as the profile has it; each null when the profile lacked it.
   */
  patient: { name: string; ageMonths: number | null; sex: Sex | null } | null;
  /** The date of the consultation. */
  consultedAt: string;
  timeZone: string;
  updatedAt: string;
}

/** An autocomplete answer: one catalogue medicine, under the name that matched. */
export interface MedicineOption {
  id: string;
  generic: string;
  matched: string;
  matchedBy: 'generic' | 'alias' | 'brand';
  forms: { form: string; strengths: string[] }[];
  tpgList: TpgListName;
  /** Why a prohibited medicine cannot be chosen; null otherwise. */
  prohibitedReason: string | null;
}

type AppointmentParams = { id: string };
/** Deleting answers with the id of what is gone. */
type Deleted = { deleted: string };

// ---- Every operation -----------------------------------------------------------------------------

/**
 * Each operation of the route table (functions/contract/routes.ts): its path parameters, query,
 * JSON body and answer. A part an operation does not take is absent. The typed client
 * (web/src/lib/client.ts) sends exactly these; the server's zod schemas must accept them.
 */
export interface Operations {
  health: { response: HealthReport };
  /** `lang`: the language of the page; admin-written text in it where there is a version, else English. */
  home: { query: { lang?: Locale }; response: HomePayload };
  listServices: { query: { lang?: Locale }; response: { services: Service[] } };
  listTestimonials: { response: { testimonials: Testimonial[] } };
  listHealthTips: { query: { lang?: Locale }; response: { healthTips: HealthTip[] } };
  getHealthTip: { params: { tipId: string }; query: { lang?: Locale }; response: { healthTip: HealthTip } };
  submitTestimonial: {
    body: { appointmentId: string; rating: number; content: string };
    response: { testimonial: { id: string; status: 'pending'; message: string } };
  };
  submitContact: {
    body: { name: string; email: string; topic: ContactTopic; message: string; locale?: Locale };
    response: { contact: { id: string } };
  };
  listSpecialties: { response: SpecialtiesPayload };
  searchDoctors: {
    query: {
      q?: string;
      specialty?: SpecialtyId;
      date?: string;
      /** A language the doctor consults in ("Tamil"). */
      language?: string;
      /** Fee bounds in paise, inclusive. */
      minFee?: number;
      maxFee?: number;
      /** A free slot later today (the date in Asia/Kolkata); not with `date`. */
      today?: boolean;
      /** Absent: by surname. */
      sort?: SearchSort;
      cursor?: string;
      limit?: number;
    };
    response: DoctorsPage;
  };
  getDoctor: { params: { id: string }; response: DoctorPagePayload };
  listDoctorRatings: { params: { id: string }; query: PageQuery; response: RatingsPage };
  getMyRating: { params: AppointmentParams; response: MyRatingPayload };
  rateAppointment: { params: AppointmentParams; body: RatingBody; response: MyRatingPayload };
  replyToRating: { params: { ratingId: string }; body: { text: string }; response: { rating: PublicRating } };
  adminListRatings: { query: PageQuery; response: { ratings: AdminRating[] } & Paged };
  adminModerateRating: {
    params: { ratingId: string };
    body: { decision: 'approve' | 'reject'; revision: number };
    response: { rating: AdminRating };
  };

  register: { body: RegisterBody; response: { email: string; codeSentTo: string } };
  confirm: { body: { email: string; code: string }; response: { confirmed: true } };
  resendCode: { body: { email: string }; response: Notice };
  /** With two-step sign-in on, the password step answers `mfaRequired` and completeMfa finishes it. */
  login: {
    body: { email: string; password: string };
    response: ({ user: Me } & SessionExpiry) | { mfaRequired: true };
  };
  completeMfa: { body: { code: string }; response: { user: Me } & SessionExpiry };
  startMfaSetup: { response: { secret: string; otpauthUri: string } };
  finishMfaSetup: { body: { code: string }; response: { user: Me } };
  refresh: { response: SessionExpiry };
  logout: { response: undefined };
  forgotPassword: { body: { email: string }; response: Notice };
  resetPassword: { body: { email: string; code: string; password: string }; response: { reset: true } };
  getMe: { response: { user: Me } };
  updateMe: { body: UpdateMeBody; response: { user: Me } };
  updateDoctorProfile: { body: DoctorProfileBody; response: { user: Me } };
  listDependants: { response: { dependants: Dependant[] } };
  addDependant: { body: DependantBody; response: { dependant: Dependant } };
  updateDependant: {
    params: { dependantId: string };
    body: Partial<DependantBody>;
    response: { dependant: Dependant };
  };
  removeDependant: { params: { dependantId: string }; response: Deleted };
  /** A ZIP: data.json (everything kept about the account) and the receipt and prescription PDFs. */
  exportMyData: { response: Download };
  eraseMyAccount: { body: EraseAccountBody; response: { erased: true } };

  listMySlots: { query: { from?: string; to?: string; tz?: string }; response: DoctorSlotsPayload };
  createSlots: { body: CreateSlotsBody; response: CreateSlotsResult };
  getSchedule: { response: ScheduleReply };
  saveSchedule: { body: WeeklyScheduleBody; response: SaveScheduleReply };
  deleteSlot: { params: { slotId: string }; response: Deleted & { at: string } };
  book: { body: BookBody; response: AppointmentReply };
  listAppointments: {
    query: { scope?: AppointmentScope; tz?: string } & PageQuery;
    response: AppointmentsPage;
  };
  getAppointment: { params: AppointmentParams; response: AppointmentPayload };
  updateAppointment: {
    params: AppointmentParams;
    body: { status?: 'COMPLETED' | 'NO_SHOW'; notes?: string; recordingEnabled?: boolean };
    response: AppointmentReply;
  };
  cancelAppointment: { params: AppointmentParams; body: { reason?: string }; response: AppointmentReply };
  bookFollowUp: { params: AppointmentParams; body: FollowUpBody; response: AppointmentReply };
  rescheduleAppointment: { params: AppointmentParams; body: { slotId: string }; response: AppointmentReply };
  /** The appointment as an iCalendar file (RFC 5545, METHOD:REQUEST, or CANCEL once cancelled). */
  getAppointmentCalendar: { params: AppointmentParams; response: Download };
  getRecord: { params: AppointmentParams; response: VisitRecord };

  startPayment: { params: AppointmentParams; response: PaymentOrder };
  verifyPayment: {
    body: { orderId: string; paymentId: string; signature: string };
    response: VerifyPaymentResult;
  };
  /** Razorpay's own call: the raw body is the provider's event, checked against its signature. */
  razorpayWebhook: { response: { handled: boolean; duplicate: boolean } };
  getReceipt: { params: AppointmentParams; response: { receipt: Receipt } };
  getReceiptPdf: { params: AppointmentParams; response: Download };

  joinRoom: { params: AppointmentParams; response: JoinSession };
  chatHistory: {
    params: AppointmentParams;
    query: { before?: string; limit?: number };
    response: HistoryPage;
  };
  setRecordingConsent: {
    params: AppointmentParams;
    body: { consent: 'given' | 'withdrawn' };
    response: { recordingConsent: RecordingConsent; consent: ConsentView | null };
  };

  presignRecordingChunk: {
    params: AppointmentParams;
    body: { recordingId?: string; seq: number };
    response: RecordingChunkPermit;
  };
  finishRecording: {
    params: AppointmentParams & { recordingId: string };
    body: { durationMs?: number };
    response: { closed: boolean };
  };
  getTranscription: { params: AppointmentParams; response: { transcription: Transcription } };

  adminStats: { response: AdminStats };
  adminListUsers: {
    query: { directory?: Directory } & PageQuery;
    response: { users: AdminUser[] } & Paged;
  };
  adminGetUser: { params: { userId: string }; response: AdminUserDetail };
  adminSetUserStatus: {
    params: { userId: string };
    body: { disabled: boolean; cancelAppointments?: boolean; reason?: string };
    response: StatusChangeResult;
  };
  adminFindUsers: {
    /** A name (words are prefixes), an email (exact) or a mobile number (a prefix of its 10 digits). */
    query: { q: string } & PageQuery;
    response: { users: AdminUser[] } & Paged;
  };
  adminUpdateUser: {
    params: { userId: string };
    body: AdminUserChanges;
    response: { user: AdminUser; changed: string[] };
  };
  adminSetDoctorFeatured: {
    params: { userId: string };
    body: { featured: boolean };
    response: { doctorId: string; featured: boolean };
  };
  adminDecideVerification: {
    params: { userId: string };
    body: { decision: 'verify' | 'reject'; note?: string };
    response: { doctorId: string; verificationStatus: 'verified' | 'rejected' };
  };
  adminListAppointments: {
    query: { status?: AppointmentStatus; from?: string; to?: string } & PageQuery;
    response: { appointments: AppointmentView[] } & Paged;
  };
  adminGetAppointment: { params: { appointmentId: string }; response: AdminAppointmentDetail };
  adminCancelAppointment: {
    params: { appointmentId: string };
    body: { reason: string };
    response: AppointmentReply;
  };
  adminListContactMessages: {
    query: PageQuery;
    response: { messages: AdminContactMessage[] } & Paged;
  };
  adminListPayments: {
    query: { status?: PaymentStatus } & PageQuery;
    response: { payments: AdminPayment[] } & Paged;
  };
  /** Retries a failed refund; answers with the payment as it stands after (REFUNDED, or REFUND_FAILED again). */
  adminRetryRefund: { params: { appointmentId: string }; response: { payment: AdminPayment } };
  adminListServices: { response: { services: AdminService[] } };
  adminCreateService: {
    body: Omit<ServiceFields, 'active' | 'nameHi' | 'descriptionHi'> &
      Partial<Pick<ServiceFields, 'active' | 'nameHi' | 'descriptionHi'>>;
    response: { service: AdminService };
  };
  adminReorderServices: { body: { ids: string[] }; response: { services: AdminService[] } };
  adminUpdateService: {
    params: { serviceId: string };
    body: Partial<ServiceFields>;
    response: { service: AdminService };
  };
  adminDeleteService: { params: { serviceId: string }; response: Deleted };
  adminListHealthTips: { response: { healthTips: AdminHealthTip[] } };
  adminCreateHealthTip: {
    body: Pick<HealthTipFields, 'title' | 'content'> & Partial<HealthTipFields>;
    response: { healthTip: AdminHealthTip };
  };
  adminUpdateHealthTip: {
    params: { tipId: string };
    body: Partial<HealthTipFields>;
    response: { healthTip: AdminHealthTip };
  };
  adminDeleteHealthTip: { params: { tipId: string }; response: Deleted };
  adminListTestimonials: {
    query: { state?: 'pending' | 'approved' };
    response: { testimonials: AdminTestimonial[] };
  };
  /** An admin's testimonial (e.g. from a letter) is created approved: they are its moderator. */
  adminCreateTestimonial: {
    body: { name: string; content: string; rating: number; imageUrl?: string; featured?: boolean };
    response: { testimonial: AdminTestimonial };
  };
  adminModerateTestimonial: {
    params: { testimonialId: string };
    /** imageUrl: an https:// link, or '' to remove it. */
    body: { approved?: boolean; featured?: boolean; imageUrl?: string };
    response: { testimonial: AdminTestimonial };
  };
  adminDeleteTestimonial: { params: { testimonialId: string }; response: Deleted };
  adminListTranscriptions: {
    query: { status?: TranscriptionStatus } & PageQuery;
    response: { transcriptions: AdminTranscription[] } & Paged;
  };
  adminRetryTranscription: {
    params: { appointmentId: string };
    response: { retried: boolean; execution: string };
  };
  adminAuditLog: { query: AuditFilters & PageQuery; response: { events: AuditEvent[] } & Paged };
  adminExportAudit: { query: AuditFilters; response: Download };

  searchMedicines: { query: { q: string; limit?: number }; response: { medicines: MedicineOption[] } };
  listPrescriptions: { params: AppointmentParams; response: { prescriptions: Prescription[] } };
  savePrescriptionDraft: {
    params: AppointmentParams;
    body: PrescriptionDraftBody;
    response: { prescription: Prescription };
  };
  issuePrescription: {
    params: AppointmentParams;
    body: IssuePrescriptionBody;
    response: { prescription: Prescription };
  };
  getPrescription: {
    params: AppointmentParams & { version: string };
    response: { prescription: Prescription };
  };
  getPrescriptionPdf: { params: AppointmentParams & { version: string }; response: Download };

  listAppointmentDocuments: {
    params: AppointmentParams;
    /** `canAdd`: the caller is the patient and the appointment still takes files. */
    response: { documents: DocumentView[]; canAdd: boolean };
  };
  startAppointmentUpload: {
    params: AppointmentParams;
    body: DocumentUploadBody;
    response: DocumentUploadPermit;
  };
  readAppointmentDocument: {
    params: AppointmentParams & { documentId: string };
    response: { link: DocumentLink };
  };
  removeAppointmentDocument: { params: AppointmentParams & { documentId: string }; response: Deleted };
  listVerificationDocuments: { response: VerificationEvidence };
  startVerificationUpload: {
    body: DocumentUploadBody & { kind: VerificationDocumentKind };
    response: DocumentUploadPermit;
  };
  adminListVerificationDocuments: {
    params: { userId: string };
    response: { documents: DocumentView[]; registrationNumber: string | null; registerUrl: string };
  };
  adminReadVerificationDocument: {
    params: { userId: string; documentId: string };
    response: { link: DocumentLink };
  };
  startPhotoUpload: { body: PhotoUploadBody; response: PhotoUploadPermit };
  publishPhoto: { params: { uploadId: string }; response: PhotoState };
  removePhoto: { response: PhotoState };
  listHealthRecords: {
    query: { person?: string } & PageQuery;
    response: HealthRecordsPage;
  };
}

export type OperationName = keyof Operations;
/** What an operation takes: any of `params`, `query` and `body`. */
export type RequestOf<O extends OperationName> = Omit<Operations[O], 'response'>;
export type ResponseOf<O extends OperationName> = Operations[O]['response'];
