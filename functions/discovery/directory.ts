/**
 * The searchable directory of verified doctors: name tokens for prefix search. The user item's own
 * specialty index is kept by the accounts domain; these token items are kept here.
 */
import { entities } from '../core/db/index.ts';
import { isConditionalCheckFailed } from '../core/errors.ts';

/** Lower-case words of a name, accents folded, honorifics dropped: "Dr. Anita Sharma" → anita, sharma. */
export function nameTokens(...names: string[]): string[] {
  const words = names
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['dr', 'doctor'].includes(w));
  return [...new Set(words)];
}

export const searchToken = (query: string) => nameTokens(query)[0] ?? '';

interface Listable {
  userId: string;
  firstName: string;
  lastName: string;
  specialty?: string;
  feePaise?: number;
  languages?: string[];
}

/** A fee in paise as a GSI sort key: zero-padded so that text order is numeric order (₹50,000 max). */
export const feeKey = (paise: number) => String(Math.max(0, Math.round(paise))).padStart(10, '0');

/** A language as a facet: "Tamil", " tamil " and "TAMIL" are one language. */
export const languageFacet = (language: string) =>
  `lang:${language.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** Every listed doctor is under this facet, by fee (the fee-only filter). */
export const ANY_FACET = 'any';

/** The user-item attributes that put a doctor in the specialty index (see user.entity.ts). */
export const listingAttributes = (d: Listable) => ({
  listedSpecialty: d.specialty ?? 'general-medicine',
  listedName: `${d.lastName.toLowerCase()} ${d.firstName.toLowerCase()} ${d.userId}`,
});

/**
 * Makes a verified doctor findable by specialty, by every word of their name, by each language they
 * consult in and by fee. Called again whenever a listed doctor's specialty, fee or languages change,
 * so the facet items follow the profile. Guarded on the
 * doctor still being verified and not disabled, so a listing that races an admin's decision can
 * never put an unverified or disabled doctor back into search.
 */
export async function listDoctor(doctor: Listable) {
  try {
    await entities()
      .user.patch({ userId: doctor.userId })
      .set(listingAttributes(doctor))
      .where(
        ({ verificationStatus, disabled }, { eq, notExists }) =>
          `${eq(verificationStatus, 'verified')} AND (${notExists(disabled)} OR ${eq(disabled, false)})`,
      )
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) return;
    throw error;
  }
  await Promise.all([indexDoctorName(doctor), indexDoctorFacets(doctor)]);
}

/** Removes a doctor from search (rejected, suspended or disabled). */
export async function unlistDoctor(doctorId: string) {
  try {
    await entities().user.patch({ userId: doctorId }).remove(['listedSpecialty', 'listedName']).go();
  } catch (error) {
    // An account already deleted has no listing to remove; its tokens and facets still go.
    if (!isConditionalCheckFailed(error)) throw error;
  }
  await Promise.all([unindexDoctorName(doctorId), unindexDoctorFacets(doctorId)]);
}

/** Writes one token item per word of the doctor's name (replacing earlier ones). */
async function indexDoctorName(doctor: Listable) {
  await unindexDoctorName(doctor.userId);
  const tokens = nameTokens(doctor.firstName, doctor.lastName);
  if (!tokens.length) return;
  await entities()
    .doctorNameToken.put(
      tokens.map((token) => ({
        doctorId: doctor.userId,
        token,
        initial: token.charAt(0),
        specialty: doctor.specialty ?? 'general-medicine',
      })),
    )
    .go();
}

async function unindexDoctorName(doctorId: string) {
  const { data } = await entities().doctorNameToken.query.byDoctor({ doctorId }).go({ pages: 'all' });
  if (data.length)
    await entities()
      .doctorNameToken.delete(data.map(({ doctorId, token }) => ({ doctorId, token })))
      .go();
}

/** Writes the doctor's facet items (`any` and one per language, each keyed by fee), replacing earlier ones. */
async function indexDoctorFacets(doctor: Listable) {
  await unindexDoctorFacets(doctor.userId);
  const facets = [ANY_FACET, ...new Set((doctor.languages ?? []).map(languageFacet))];
  await entities()
    .doctorFacet.put(
      facets.map((facet) => ({
        doctorId: doctor.userId,
        facet,
        feeKey: feeKey(doctor.feePaise ?? 0),
        specialty: doctor.specialty ?? 'general-medicine',
      })),
    )
    .go();
}

async function unindexDoctorFacets(doctorId: string) {
  const { data } = await entities().doctorFacet.query.byDoctor({ doctorId }).go({ pages: 'all' });
  if (data.length)
    await entities()
      .doctorFacet.delete(data.map(({ doctorId, facet }) => ({ doctorId, facet })))
      .go();
}
