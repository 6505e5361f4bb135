/**
 * Demo data for the local twin: an admin, a patient, verified doctors across specialties with free
 * slots over the next 7 days, services, health tips and approved testimonials. Idempotent: people and
 * content are created once (a marker records it); slots are topped up on every start so the next
 * 7 days always have availability.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ulid } from 'ulid';
import { createUserProfile } from '../../functions/accounts/profile.ts';
import { groupOf } from '../../functions/accounts/triggers.ts';
import { decideVerification } from '../../functions/admin/verification.ts';
import { cognito } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { entities, type Role } from '../../functions/core/db/index.ts';
import { isConditionalCheckFailed } from '../../functions/core/errors.ts';
import { addDays, localDate, zonedTimeToUtc } from '../../functions/core/time.ts';
import { totp } from './totp.ts';

export const DEMO_PASSWORD = 'Demo@2026';

interface DemoDoctor {
  email: string;
  firstName: string;
  lastName: string;
  specialty: string;
  registrationNumber: string;
  experienceYears: number;
  feeRupees: number;
  languages: string[];
  hospital: string;
  education: string;
  bio: string;
  featured: boolean;
  /** Consulting hours in the doctor's zone, [start, end) "HH:mm". */
  hours: [string, string][];
}

export const demoDoctors: DemoDoctor[] = [
  {
    email: 'anita.sharma@chikitsa360.local',
    firstName: 'Anita',
    lastName: 'Sharma',
    specialty: 'general-medicine',
    registrationNumber: 'DMC/R/04512',
    experienceYears: 14,
    feeRupees: 500,
    languages: ['English', 'Hindi'],
    hospital: 'Sir Ganga Ram Hospital, New Delhi',
    education: 'MBBS, MD (Internal Medicine), AIIMS New Delhi',
    bio: 'Family physician focused on fevers, infections, diabetes and blood-pressure follow-up. Believes in explaining every prescription in plain words.',
    featured: true,
    hours: [
      ['09:30', '12:30'],
      ['17:00', '19:00'],
    ],
  },
  {
    email: 'rahul.menon@chikitsa360.local',
    firstName: 'Rahul',
    lastName: 'Menon',
    specialty: 'cardiology',
    registrationNumber: 'TCMC/38821',
    experienceYears: 18,
    feeRupees: 1200,
    languages: ['English', 'Malayalam', 'Tamil', 'Hindi'],
    hospital: 'Amrita Institute of Medical Sciences, Kochi',
    education: 'MBBS, MD, DM (Cardiology)',
    bio: 'Interventional cardiologist. Second opinions on ECGs and echo reports, hypertension and cholesterol management, cardiac rehab follow-ups.',
    featured: true,
    hours: [['10:00', '13:00']],
  },
  {
    email: 'priya.iyer@chikitsa360.local',
    firstName: 'Priya',
    lastName: 'Iyer',
    specialty: 'pediatrics',
    registrationNumber: 'TNMC/72104',
    experienceYears: 9,
    feeRupees: 600,
    languages: ['English', 'Tamil'],
    hospital: 'Kanchi Kamakoti Childs Trust Hospital, Chennai',
    education: 'MBBS, DCH, DNB (Pediatrics)',
    bio: 'Paediatrician for newborns to teens: growth, vaccination schedules, feeding, coughs and colds, and worried-parent questions at odd hours.',
    featured: true,
    hours: [
      ['09:00', '12:00'],
      ['16:00', '18:00'],
    ],
  },
  {
    email: 'vikram.desai@chikitsa360.local',
    firstName: 'Vikram',
    lastName: 'Desai',
    specialty: 'dermatology',
    registrationNumber: 'MMC/2011/05533',
    experienceYears: 11,
    feeRupees: 800,
    languages: ['English', 'Marathi', 'Hindi'],
    hospital: 'Kokilaben Dhirubhai Ambani Hospital, Mumbai',
    education: 'MBBS, MD (Dermatology, Venereology & Leprosy)',
    bio: 'Acne, eczema, psoriasis, hair loss and pigmentation. Good photos in daylight make tele-dermatology work surprisingly well.',
    featured: true,
    hours: [['11:00', '14:00']],
  },
  {
    email: 'farah.khan@chikitsa360.local',
    firstName: 'Farah',
    lastName: 'Khan',
    specialty: 'psychiatry',
    registrationNumber: 'KMC/91422',
    experienceYears: 12,
    feeRupees: 1000,
    languages: ['English', 'Hindi', 'Urdu', 'Kannada'],
    hospital: 'NIMHANS, Bengaluru',
    education: 'MBBS, MD (Psychiatry), NIMHANS',
    bio: 'Anxiety, depression, sleep problems and stress at work. Confidential, unhurried conversations and evidence-based treatment.',
    featured: true,
    hours: [['18:00', '21:00']],
  },
  {
    email: 'sanjay.banerjee@chikitsa360.local',
    firstName: 'Sanjay',
    lastName: 'Banerjee',
    specialty: 'orthopedics',
    registrationNumber: 'WBMC/61207',
    experienceYears: 20,
    feeRupees: 900,
    languages: ['English', 'Bengali', 'Hindi'],
    hospital: 'AMRI Hospitals, Kolkata',
    education: 'MBBS, MS (Orthopaedics)',
    bio: 'Back and knee pain, sports injuries and fracture follow-up. Reviews X-rays and MRI reports with you on screen.',
    featured: true,
    hours: [
      ['10:00', '12:00'],
      ['15:00', '17:00'],
    ],
  },
  {
    email: 'meera.reddy@chikitsa360.local',
    firstName: 'Meera',
    lastName: 'Reddy',
    specialty: 'gynecology',
    registrationNumber: 'TSMC/45090',
    experienceYears: 15,
    feeRupees: 800,
    languages: ['English', 'Telugu', 'Hindi'],
    hospital: 'Rainbow Hospitals, Hyderabad',
    education: 'MBBS, MS (Obstetrics & Gynaecology)',
    bio: 'Periods, PCOS, pregnancy planning and antenatal questions, menopause care.',
    featured: false,
    hours: [['09:00', '11:00']],
  },
  {
    email: 'arjun.patel@chikitsa360.local',
    firstName: 'Arjun',
    lastName: 'Patel',
    specialty: 'endocrinology',
    registrationNumber: 'GMC/G-33817',
    experienceYears: 8,
    feeRupees: 700,
    languages: ['English', 'Gujarati', 'Hindi'],
    hospital: 'Zydus Hospitals, Ahmedabad',
    education: 'MBBS, MD (Medicine), DM (Endocrinology)',
    bio: 'Diabetes, thyroid disorders and weight management, with practical diet advice for Indian kitchens.',
    featured: false,
    hours: [['14:00', '17:00']],
  },
];

export const demoPeople = {
  admin: { email: 'admin@chikitsa360.local', firstName: 'Asha', lastName: 'Verma', role: 'admin' as Role },
  patient: {
    email: 'patient@chikitsa360.local',
    firstName: 'Rohan',
    lastName: 'Gupta',
    role: 'patient' as Role,
  },
};

/** The demo patient's details, so a demo can book for himself at once. */
const DEMO_PATIENT_DETAILS = { dateOfBirth: '1988-07-14', sex: 'male' };

const SLOT_MINUTES = 30;
const SLOT_DAYS = 7;

/** Creates (or finds) a confirmed Cognito user with the demo password in the role's group. */
export async function ensureCognitoUser(p: {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
}): Promise<string> {
  const UserPoolId = config().USER_POOL_ID;
  const existing = await cognito()
    .send(new AdminGetUserCommand({ UserPoolId, Username: p.email }))
    .catch(() => null);
  const sub =
    existing?.UserAttributes?.find((a) => a.Name === 'sub')?.Value ??
    (
      await cognito().send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: p.email,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: p.email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'given_name', Value: p.firstName },
            { Name: 'family_name', Value: p.lastName },
            { Name: 'custom:role', Value: p.role },
          ],
        }),
      )
    ).User?.Attributes?.find((a) => a.Name === 'sub')?.Value;
  if (!sub) throw new Error(`No sub for ${p.email}`);
  await cognito().send(
    new AdminSetUserPasswordCommand({
      UserPoolId,
      Username: p.email,
      Password: DEMO_PASSWORD,
      Permanent: true,
    }),
  );
  await cognito().send(
    new AdminAddUserToGroupCommand({ UserPoolId, Username: p.email, GroupName: groupOf[p.role] }),
  );
  return sub;
}

async function seedDoctor(d: DemoDoctor, now: Date) {
  const userId = await ensureCognitoUser({ ...d, role: 'doctor' });
  await createUserProfile({
    userId,
    email: d.email,
    firstName: d.firstName,
    lastName: d.lastName,
    role: 'doctor',
  });
  await entities()
    .user.patch({ userId })
    .set({
      firstName: d.firstName,
      lastName: d.lastName,
      specialty: d.specialty,
      registrationNumber: d.registrationNumber,
      experienceYears: d.experienceYears,
      feePaise: d.feeRupees * 100,
      languages: d.languages,
      hospital: d.hospital,
      education: d.education,
      bio: d.bio,
      featured: d.featured,
      available: true,
      timeZone: 'Asia/Kolkata',
    })
    .go();
  // Verified the way an admin verifies (listing, counters), without the email.
  await decideVerification(userId, 'verify', undefined, { now, notify: false });
}

async function seedPeopleAndContent(now: Date): Promise<void> {
  const adminId = await ensureCognitoUser(demoPeople.admin);
  await createUserProfile({ userId: adminId, ...demoPeople.admin });
  const patientId = await ensureCognitoUser(demoPeople.patient);
  await createUserProfile({ userId: patientId, ...demoPeople.patient });
  // Booking for oneself needs an age and sex (issue 17); only set when absent, so a demo user's own
  // edits survive a restart.
  await entities()
    .user.patch({ userId: patientId })
    .set(DEMO_PATIENT_DETAILS)
    .where(({ dateOfBirth }, { notExists }) => notExists(dateOfBirth))
    .go()
    .catch((err: unknown) => {
      if (!isConditionalCheckFailed(err)) throw err;
    });

  await Promise.all(demoDoctors.map((d) => seedDoctor(d, now)));

  // [name, description, icon, Hindi name, Hindi description]: the Hindi as people say it.
  const services: [string, string, string, string, string][] = [
    [
      'Video consultations',
      'See a verified doctor face to face from home, on your phone or laptop.',
      'video',
      'वीडियो कंसल्टेशन',
      'घर बैठे अपने फ़ोन या लैपटॉप पर वेरिफ़ाइड डॉक्टर से आमने-सामने बात करें।',
    ],
    [
      'Book in minutes',
      'Pick a time that suits you from real availability and pay securely online.',
      'calendar',
      'मिनटों में बुकिंग',
      'डॉक्टर के खाली समय में से अपनी सुविधा का टाइम चुनें और ऑनलाइन सुरक्षित पेमेंट करें।',
    ],
    [
      'Specialist second opinions',
      'Cardiology, dermatology, psychiatry and more, without travelling.',
      'stethoscope',
      'स्पेशलिस्ट से दूसरी राय',
      'दिल, स्किन, मन की सेहत और दूसरे स्पेशलिस्ट डॉक्टर, बिना कहीं आए-जाए।',
    ],
    [
      'Child health',
      'Paediatricians for growth, vaccination schedules and everyday illnesses.',
      'baby',
      'बच्चों की सेहत',
      'बच्चे की ग्रोथ, टीकों के शेड्यूल और रोज़ की बीमारियों के लिए बच्चों के डॉक्टर।',
    ],
    [
      'Mental wellbeing',
      'Confidential consultations for anxiety, low mood and sleep.',
      'brain',
      'मन की सेहत',
      'घबराहट, उदासी और नींद की परेशानी के लिए गोपनीय कंसल्टेशन।',
    ],
    [
      'Consultation transcripts',
      'A written transcript of your consultation, emailed to you afterwards.',
      'file-text',
      'कंसल्टेशन का ट्रांसक्रिप्ट',
      'आपके कंसल्टेशन में हुई बात लिखकर, बाद में आपके ईमेल पर।',
    ],
  ];
  await entities()
    .service.put(
      services.map(([name, description, icon, nameHi, descriptionHi], i) => ({
        serviceId: ulid(),
        name,
        description,
        nameHi,
        descriptionHi,
        icon,
        displayOrder: i + 1,
        active: true,
      })),
    )
    .go();

  // [title, content, Hindi title, Hindi content]
  const tips: [string, string, string, string][] = [
    [
      'Staying well through the monsoon',
      'Drink boiled or filtered water, keep food covered, and do not let water stand in pots and coolers: dengue mosquitoes breed in clean, still water.\n\nSee a doctor if a fever lasts more than two days.',
      'बरसात में सेहत का ध्यान',
      'उबला या फ़िल्टर किया पानी पिएँ, खाना ढककर रखें, और गमलों-कूलरों में पानी जमा न होने दें: डेंगू के मच्छर साफ़, रुके हुए पानी में पनपते हैं।\n\nबुख़ार दो दिन से ज़्यादा रहे तो डॉक्टर को दिखाएँ।',
    ],
    [
      'Know your blood pressure numbers',
      'High blood pressure usually has no symptoms. Check it at least once a year after 30, and more often if you have diabetes or a family history of heart disease.\n\nLess salt, a daily walk and regular sleep all help.',
      'अपना ब्लड प्रेशर जानें',
      'हाई ब्लड प्रेशर में अक्सर कोई तकलीफ़ महसूस नहीं होती। 30 की उम्र के बाद साल में कम से कम एक बार जाँच कराएँ; डायबिटीज़ हो या परिवार में किसी को दिल की बीमारी रही हो, तो और जल्दी-जल्दी।\n\nकम नमक, रोज़ थोड़ा पैदल चलना और समय पर सोना — सबसे फ़ायदा होता है।',
    ],
    [
      'Preparing for an online consultation',
      'Sit somewhere quiet and well lit, keep your prescriptions and reports handy, and write down your questions beforehand. Test your camera and microphone a few minutes early.',
      'ऑनलाइन कंसल्टेशन की तैयारी',
      'किसी शांत और रोशनी वाली जगह बैठें, अपने पर्चे और रिपोर्ट पास रखें, और जो पूछना है वह पहले से लिख लें। कुछ मिनट पहले कैमरा और माइक चलाकर देख लें।',
    ],
  ];
  await entities()
    .healthTip.put(
      tips.map(([title, content, titleHi, contentHi]) => ({
        tipId: ulid(),
        title,
        content,
        titleHi,
        contentHi,
        authorId: adminId,
        authorName: 'Chikitsa360 Care Team',
        featured: true,
      })),
    )
    .go();

  const testimonials: [string, string, number][] = [
    [
      'Kavya R., Bengaluru',
      'I spoke to a paediatrician at 9 pm about my son’s fever without leaving home. Clear advice and a transcript I could show my husband.',
      5,
    ],
    [
      'Mohammed S., Hyderabad',
      'Booking and paying took two minutes and the GST receipt went straight to my company for reimbursement.',
      5,
    ],
    [
      'Lakshmi N., Chennai',
      'The cardiologist went through my echo report line by line on screen. Very patient and thorough.',
      4,
    ],
  ];
  await entities()
    .testimonial.put(
      testimonials.map(([name, content, rating]) => ({
        testimonialId: ulid(),
        name,
        content,
        rating,
        approved: true,
        featured: true,
      })),
    )
    .go();
}

/** Free 30-minute slots within each demo doctor's hours for the next 7 days, where none exist yet. */
async function topUpSlots(now: Date): Promise<number> {
  let created = 0;
  const today = localDate(now, 'Asia/Kolkata');
  for (const d of demoDoctors) {
    const { data: user } = await entities().user.query.byEmail({ email: d.email }).go();
    const doctorId = user[0]?.userId;
    if (!doctorId) continue;
    const { data: existing } = await entities()
      .slot.query.byDoctor({ doctorId })
      .gte({ startAt: now.toISOString() })
      .go({ pages: 'all' });
    const daysWithSlots = new Set(existing.map((s) => s.localDate));
    const items = [];
    for (let day = 0; day < SLOT_DAYS; day++) {
      const date = addDays(today, day);
      if (daysWithSlots.has(date)) continue;
      for (const [from, to] of d.hours) {
        const end = zonedTimeToUtc(date, to, 'Asia/Kolkata').getTime();
        for (
          let t = zonedTimeToUtc(date, from, 'Asia/Kolkata').getTime();
          t + SLOT_MINUTES * 60_000 <= end;
          t += SLOT_MINUTES * 60_000
        ) {
          if (t <= now.getTime()) continue;
          items.push({
            doctorId,
            startAt: new Date(t).toISOString(),
            endAt: new Date(t + SLOT_MINUTES * 60_000).toISOString(),
            timeZone: 'Asia/Kolkata',
            localDate: date,
            freeOn: date,
            status: 'free' as const,
          });
        }
      }
    }
    if (items.length) await entities().slot.put(items).go();
    created += items.length;
  }
  return created;
}

const ADMIN_TOTP_MARKER = { namespace: 'seed', key: 'demo-admin-totp' };

/**
 * Turns on two-step sign-in for the demo admin (admins need it for the console), the way a person
 * does: a password sign-in, the secret for the app, a first code. The secret is kept in the local
 * table, so `npm run dev` can print it for an authenticator app and the tests can compute codes: it is
 * demo data of a local twin.
 */
async function enrollDemoAdminMfa(): Promise<void> {
  const { data: admin } = await entities().user.query.byEmail({ email: demoPeople.admin.email }).go();
  const profile = admin[0];
  if (!profile || profile.mfaEnabled) return;
  const signedIn = await cognito().send(
    new InitiateAuthCommand({
      ClientId: config().USER_POOL_CLIENT_ID,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: demoPeople.admin.email, PASSWORD: DEMO_PASSWORD },
    }),
  );
  const AccessToken = signedIn.AuthenticationResult?.AccessToken;
  if (!AccessToken) throw new Error('The demo admin could not sign in to turn on two-step sign-in');
  const { SecretCode } = await cognito().send(new AssociateSoftwareTokenCommand({ AccessToken }));
  if (!SecretCode) throw new Error('No secret for the demo admin');
  await cognito().send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totp(SecretCode) }));
  await cognito().send(
    new SetUserMFAPreferenceCommand({
      AccessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
  await entities().user.patch({ userId: profile.userId }).set({ mfaEnabled: true }).go();
  await entities()
    .marker.put({ ...ADMIN_TOTP_MARKER, ref: SecretCode })
    .go();
}

/** The demo admin's authenticator secret (base32), once seeded. */
export async function demoAdminTotpSecret(): Promise<string | undefined> {
  return (await entities().marker.get(ADMIN_TOTP_MARKER).go()).data?.ref;
}

export async function seedDemoData(
  now = new Date(),
): Promise<{ seededPeople: boolean; slotsCreated: number }> {
  const marker = { namespace: 'seed', key: 'demo-v1' };
  const { data: done } = await entities().marker.get(marker).go();
  if (!done) {
    await seedPeopleAndContent(now);
    await entities()
      .marker.put({ ...marker, ref: now.toISOString() })
      .go();
  }
  // Also for data seeded before admins needed two-step sign-in.
  await enrollDemoAdminMfa();
  return { seededPeople: !done, slotsCreated: await topUpSlots(now) };
}
