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
export const specialtyIds = specialties.map((s) => s.id) as [SpecialtyId, ...SpecialtyId[]];
export const specialtyName = (id: string | undefined) =>
  specialties.find((s) => s.id === id)?.name ?? 'General Medicine';
