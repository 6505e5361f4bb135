/**
 * What a doctor may prescribe by teleconsultation in India, and the medicine catalogue behind the
 * prescription editor's autocomplete. Pure functions over the data in catalogue.json, whose header
 * names its sources.
 *
 * The rules are those of the Telemedicine Practice Guidelines 2020 (TPG: Board of Governors in
 * supersession of the Medical Council of India, 25 March 2020). Section numbers are as we read the
 * March 2020 text and should be checked against the PDF before they are quoted to users:
 * - §3.7.3 "Prescribing Medicines" defines the four categories: List O, List A, List B and the
 *   Prohibited List;
 * - the tables of §4 ("Framework for Telemedicine") say which list may be prescribed in which mode
 *   (video, audio, text) and nature (first consultation or follow-up) of consultation;
 * - Annexure 1 ("Drug List") gives the examples of each list; Annexure 2 is the sample prescription.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';

/** The catalogue's file name: beside this module, and beside the bundle of a function that reads it. */
export const CATALOGUE_FILE = 'catalogue.json';

export const TPG_LISTS = ['O', 'A', 'B', 'prohibited'] as const;
export type TpgList = (typeof TPG_LISTS)[number];

/** The grounds of the TPG Prohibited List (Drugs and Cosmetics Rules 1945 Schedule X; NDPS Act 1985). */
export const PROHIBITED_REASONS = ['Schedule X', 'NDPS narcotic', 'NDPS psychotropic'] as const;
export type ProhibitedReason = (typeof PROHIBITED_REASONS)[number];

export const DOSAGE_FORMS = [
  'tablet',
  'chewable tablet',
  'dispersible tablet',
  'effervescent tablet',
  'modified-release tablet',
  'sublingual tablet',
  'capsule',
  'oral solution',
  'syrup',
  'suspension',
  'oral drops',
  'oral powder',
  'granules',
  'lozenge',
  'mouthwash',
  'gargle',
  'oral gel',
  'cream',
  'ointment',
  'gel',
  'lotion',
  'dusting powder',
  'shampoo',
  'topical solution',
  'eye drops',
  'eye ointment',
  'ear drops',
  'nasal drops',
  'nasal spray',
  'metered-dose inhaler',
  'dry powder inhaler',
  'nebuliser solution',
  'injection',
  'transdermal patch',
  'suppository',
  'vaginal tablet',
] as const;
export type DosageForm = (typeof DOSAGE_FORMS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const catalogueEntrySchema = z
  .object({
    id: z.string().regex(SLUG),
    /** The generic name as India's NLEM spells it; international names are in `aliases`. */
    generic: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1).optional(),
    /** A few Indian brand names, for autocomplete only. */
    brands: z.array(z.string().min(1)).min(1).optional(),
    forms: z
      .array(z.object({ form: z.enum(DOSAGE_FORMS), strengths: z.array(z.string().min(1)) }).strict())
      .min(1),
    tpgList: z.enum(TPG_LISTS),
    reason: z.enum(PROHIBITED_REASONS).optional(),
    schedule: z.enum(['H1', 'X']).optional(),
    /** annexure: TPG Annexure 1 names it or its class; statute: Schedule X / NDPS; judgement: ours. */
    basis: z.enum(['annexure', 'statute', 'judgement']),
    /** For a judgement, the rule applied (explained under `judgements` in the catalogue's header). */
    judgement: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((e) => (e.tpgList === 'prohibited') === (e.reason !== undefined), {
    message: 'A prohibited medicine has a reason, and only a prohibited one.',
  })
  .refine((e) => (e.tpgList === 'prohibited') === (e.basis === 'statute'), {
    message: 'Prohibition rests on Schedule X or the NDPS Act, and nothing else rests on a statute here.',
  })
  .refine((e) => (e.basis === 'judgement') === (e.judgement !== undefined), {
    message: 'A judgement names its rule, and only a judgement does.',
  });

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Lower-case words with accents folded and letters split from digits, so that "Alprazolam0.25mg",
 * "ALPRAZOLAM 0.25 mg" and "alprazolam-0.25" all contain the word "alprazolam".
 */
export const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/\p{L}+|\p{N}+/gu) ?? [];

type NameKind = 'generic' | 'alias' | 'brand';
interface NameRecord {
  entry: CatalogueEntry;
  name: string;
  kind: NameKind;
  words: string[];
  phrase: string;
}

const KIND_RANK: Record<NameKind, number> = { generic: 0, alias: 1, brand: 2 };

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Catalogue {
  entries: readonly CatalogueEntry[];
  byId: Map<string, CatalogueEntry>;
  /** Autocomplete looks names up by the initial of any of their words. */
  byInitial: Map<string, NameRecord[]>;
  /** The free-text check looks names up by their first word. */
  byFirstWord: Map<string, NameRecord[]>;
}

function load(): Catalogue {
  // Read from a file on first use rather than bundled: ~76 KB of JSON that every cold start of the
  // prescriptions function would otherwise compile, and check and index (~20 ms of CPU), though most
  // requests (reading, signing, the PDF) never look a medicine up. Beside this module when run from
  // source; beside index.mjs in the bundle (lib/stacks/api-stack.ts copies it: `dataFiles`).
  const file = JSON.parse(readFileSync(new URL(`./${CATALOGUE_FILE}`, import.meta.url), 'utf8')) as {
    medicines: unknown;
  };
  // Checked once per process: a catalogue edit that breaks the shape fails on first use (and in the
  // unit tests), never with half a catalogue. Frozen, because search hands out the entries.
  const entries: readonly CatalogueEntry[] = deepFreeze(z.array(catalogueEntrySchema).parse(file.medicines));
  const catalogue: Catalogue = { entries, byId: new Map(), byInitial: new Map(), byFirstWord: new Map() };
  for (const entry of entries) {
    catalogue.byId.set(entry.id, entry);
    const names: [string, NameKind][] = [
      [entry.generic, 'generic'],
      ...(entry.aliases ?? []).map((n): [string, NameKind] => [n, 'alias']),
      ...(entry.brands ?? []).map((n): [string, NameKind] => [n, 'brand']),
    ];
    for (const [name, kind] of names) {
      const w = words(name);
      const [firstWord] = w;
      if (!firstWord) continue;
      const record: NameRecord = { entry, name, kind, words: w, phrase: w.join(' ') };
      for (const initial of new Set(w.map((x) => x.charAt(0)))) push(catalogue.byInitial, initial, record);
      push(catalogue.byFirstWord, firstWord, record);
    }
  }
  return catalogue;
}

let loaded: Catalogue | undefined;
const indexed = (): Catalogue => {
  loaded ??= load();
  return loaded;
};

/** Every medicine of the catalogue, checked against its schema (on first use). */
export const catalogue = (): readonly CatalogueEntry[] => indexed().entries;

export const medicineById = (id: string): CatalogueEntry | undefined => indexed().byId.get(id);

export interface MedicineMatch {
  entry: CatalogueEntry;
  /** The name that matched: the generic, an alias or a brand ("Crocin" for paracetamol). */
  matched: string;
  matchedBy: NameKind;
}

/** 3: the whole name; 2: the name starts with the query; 1: every query word starts a word of the name. */
function matchScore(record: NameRecord, query: string[], phrase: string): number {
  if (record.phrase === phrase) return 3;
  if (record.phrase.startsWith(phrase)) return 2;
  return query.every((q) => record.words.some((w) => w.startsWith(q))) ? 1 : 0;
}

/**
 * Doctors type what they will write: "Tab. Dolo 650", "amox 500 mg". Numbers, units and form
 * abbreviations are not part of any name we search, so they do not narrow the search.
 */
const NOT_A_NAME = /^(?:\p{N}+|mg|mcg|g|ml|iu|tab|tabs|cap|caps|syp|syr|inj|oint)$/u;

interface Scored {
  record: NameRecord;
  score: number;
}

/** Best first: the closer match, then generic over alias over brand, then the shorter name. */
const ranking = (a: Scored, b: Scored) =>
  b.score - a.score ||
  KIND_RANK[a.record.kind] - KIND_RANK[b.record.kind] ||
  a.record.phrase.length - b.record.phrase.length ||
  (a.record.phrase < b.record.phrase ? -1 : a.record.phrase > b.record.phrase ? 1 : 0);

/**
 * Autocomplete on generic names, aliases and brands: case- and accent-insensitive, by whole-name
 * prefix or word prefixes ("clav" finds amoxicillin + clavulanic acid), best first. Each medicine
 * appears once, under its best-matching name. Prohibited medicines are returned too, so the editor
 * can show why they cannot be chosen.
 */
export function searchMedicines(query: string, limit = 10): MedicineMatch[] {
  const typed = words(String(query).slice(0, 100));
  const named = typed.filter((w) => !NOT_A_NAME.test(w));
  const q = named.length > 0 ? named : typed;
  const [firstWord] = q;
  if (!firstWord) return [];
  const max = Number.isFinite(limit) ? Math.min(Math.max(Math.floor(limit), 1), 50) : 10;
  const phrase = q.join(' ');
  const best = new Map<CatalogueEntry, Scored>();
  for (const record of indexed().byInitial.get(firstWord.charAt(0)) ?? []) {
    const scored = { record, score: matchScore(record, q, phrase) };
    const held = best.get(record.entry);
    if (scored.score > 0 && (!held || ranking(scored, held) < 0)) best.set(record.entry, scored);
  }
  return [...best.values()]
    .sort(ranking)
    .slice(0, max)
    .map(({ record }) => ({ entry: record.entry, matched: record.name, matchedBy: record.kind }));
}

/**
 * Every catalogue medicine whose generic name, alias or brand appears as whole words in free text:
 * "Tab. Alprazolam 0.25 mg HS" names alprazolam; "Telma-H" names telmisartan and its combination.
 */
export function medicinesNamedIn(text: string): CatalogueEntry[] {
  const w = words(String(text));
  const { byFirstWord } = indexed();
  const found = new Set<CatalogueEntry>();
  w.forEach((word, i) => {
    for (const record of byFirstWord.get(word) ?? []) {
      if (record.words.every((x, k) => w[i + k] === x)) found.add(record.entry);
    }
  });
  return [...found];
}

/**
 * TPG §3.7.3 and §4: the nature of the consultation. A follow-up is a consultation with the same
 * doctor for the same condition (the TPG's own test is within 6 months of the previous in-person
 * consultation); anything else, including a new condition of a known patient, is a first one.
 */
export type Consultation = 'first' | 'follow-up';
/** TPG §2: the modes of teleconsultation. Chikitsa360's consultations are video calls. */
export type ConsultationMode = 'video' | 'audio' | 'text';
export interface PrescribingContext {
  consultation: Consultation;
  mode?: ConsultationMode;
}

export type Refusal =
  | { code: 'prohibited_drug'; params: { name: string; reason: ProhibitedReason } }
  | { code: 'list_b_needs_follow_up'; params: { name: string } }
  | { code: 'list_a_needs_video'; params: { name: string } }
  | { code: 'unknown_catalogue_id'; params: { catalogueId: string } };

interface VerdictBase {
  index: number;
  /** The strictest list among the medicines the item names; null when it names none we know. */
  list: TpgList | null;
  /** The catalogue medicines the item names (its catalogue id and any named in its text). */
  catalogueIds: string[];
}
export type ItemVerdict =
  | (VerdictBase & {
      allowed: true;
      /** Free text that names no catalogue medicine: allowed, and marked so on the prescription. */
      notInCatalogue: boolean;
    })
  | (VerdictBase & { allowed: false; refusal: Refusal });

export interface PrescribableItem {
  name: string;
  catalogueId?: string | undefined;
}

const SEVERITY: Record<TpgList, number> = { prohibited: 3, B: 2, A: 1, O: 0 };

/**
 * Why a prohibited medicine is prohibited. The catalogue's schema refuses a prohibited entry without
 * its ground at start-up, so this never throws; if it did, the check would fail rather than let the
 * medicine through.
 */
function groundOf(entry: CatalogueEntry): ProhibitedReason {
  if (!entry.reason) throw new Error(`${entry.id}: a prohibited medicine without its ground`);
  return entry.reason;
}

function refusalFor(
  entry: CatalogueEntry,
  consultation: Consultation,
  mode: ConsultationMode,
): Refusal | null {
  const name = entry.generic;
  switch (entry.tpgList) {
    // Prohibited List: Schedule X and NDPS narcotic and psychotropic substances are never
    // prescribed by teleconsultation, whatever the mode or nature of the consultation.
    case 'prohibited':
      return { code: 'prohibited_drug', params: { name, reason: groundOf(entry) } };
    // List B: only in a follow-up (any mode), as an add-on for a condition already under treatment.
    // Whether the patient was first seen in person is the doctor's declaration, not ours to check.
    case 'B':
      return consultation === 'follow-up' ? null : { code: 'list_b_needs_follow_up', params: { name } };
    // List A: a first consultation must be a video consultation; a follow-up may re-fill it in any
    // mode. (The §4 tables put 'Video' beside List A without separating the follow-up row; we follow
    // the §3.7.3 text, which ties video to the first consultation only.)
    case 'A':
      return consultation === 'first' && mode !== 'video'
        ? { code: 'list_a_needs_video', params: { name } }
        : null;
    // List O: any mode, any consultation.
    case 'O':
      return null;
  }
}

function checkItem(
  item: PrescribableItem,
  index: number,
  consultation: Consultation,
  mode: ConsultationMode,
): ItemVerdict {
  const chosen = item.catalogueId === undefined ? undefined : medicineById(item.catalogueId);
  if (item.catalogueId !== undefined && !chosen) {
    const refusal: Refusal = { code: 'unknown_catalogue_id', params: { catalogueId: item.catalogueId } };
    return { index, list: null, catalogueIds: [], allowed: false, refusal };
  }
  // The typed name is read even when a catalogue entry was chosen: choosing paracetamol and typing
  // "Paracetamol + Tramadol" must not get tramadol past the Prohibited List.
  const named = new Set([...(chosen ? [chosen] : []), ...medicinesNamedIn(item.name)]);
  const entries = [...named].sort((a, b) => SEVERITY[b.tpgList] - SEVERITY[a.tpgList]);
  const base = { index, list: entries[0]?.tpgList ?? null, catalogueIds: entries.map((e) => e.id) };
  for (const entry of entries) {
    const refusal = refusalFor(entry, consultation, mode);
    if (refusal) return { ...base, allowed: false, refusal };
  }
  return { ...base, allowed: true, notInCatalogue: entries.length === 0 };
}

/**
 * Checks each item of a prescription against the TPG lists. An item is a catalogue id, free text,
 * or both. Free text naming no catalogue medicine is allowed and flagged `notInCatalogue`; free text
 * that names a catalogue medicine is held to that medicine's list, so typing a prohibited generic or
 * brand ("Alprazolam 0.25", "Restyl") is refused like choosing it.
 */
export function checkPrescribable(
  items: readonly PrescribableItem[],
  context: PrescribingContext,
): { ok: boolean; items: ItemVerdict[] } {
  const mode = context.mode ?? 'video';
  const verdicts: ItemVerdict[] = items.map((item, index) =>
    checkItem(item, index, context.consultation, mode),
  );
  return { ok: verdicts.every((v) => v.allowed), items: verdicts };
}

const REASON_TEXT: Record<ProhibitedReason, string> = {
  'Schedule X': 'a Schedule X drug',
  'NDPS narcotic': 'a narcotic drug under the NDPS Act',
  'NDPS psychotropic': 'a psychotropic substance under the NDPS Act',
};

/** The doctor-facing sentence for a refusal. */
export function describeRefusal(refusal: Refusal): string {
  switch (refusal.code) {
    case 'prohibited_drug':
      return `${refusal.params.name} cannot be prescribed by teleconsultation: it is ${REASON_TEXT[refusal.params.reason]} (Telemedicine Practice Guidelines 2020, Prohibited List).`;
    case 'list_b_needs_follow_up':
      return `${refusal.params.name} is on List B of the Telemedicine Practice Guidelines: it can be prescribed only in a follow-up consultation, as an add-on for a condition already under treatment.`;
    case 'list_a_needs_video':
      return `${refusal.params.name} is on List A of the Telemedicine Practice Guidelines: in a first consultation it can be prescribed only over video.`;
    case 'unknown_catalogue_id':
      return 'This medicine is no longer in the catalogue. Choose it again, or type its name.';
  }
}

// Prescription items as the API will accept them. Every field is trimmed and bounded, and refuses
// control characters and bidirectional overrides (which could make a printed prescription read
// differently from what was stored) and lone surrogates (which no font can render in the PDF).
// Zero-width joiners stay allowed: Indian scripts need them.
// `lines` lets a longer field (complaints, advice) keep its line breaks, the one control character
// the prescription prints (as a new line).
const UNSAFE_TEXT = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
export const printableText = (label: string, max: number, { lines = false } = {}) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine(
      (v) => !UNSAFE_TEXT.test(lines ? v.replace(/\r?\n/g, ' ') : v) && v.isWellFormed(),
      `The ${label} contains characters we cannot print.`,
    );
const text = (label: string, max: number) => printableText(label, max);
const required = (label: string, max: number) => text(label, max).min(1, `Enter the ${label}.`);

export const prescriptionItemSchema = z
  .object({
    /** As written on the prescription: the generic name, with the brand if the doctor wants one. */
    name: required('medicine name', 120),
    catalogueId: z.string().max(80).regex(SLUG, 'Choose the medicine again from the list.').optional(),
    strength: required('strength', 60),
    form: required('dosage form', 60),
    dose: required('dose', 60),
    frequency: required('frequency', 60),
    duration: required('duration', 60),
    instructions: text('instructions', 300).optional(),
  })
  .strict();
export type PrescriptionItem = z.infer<typeof prescriptionItemSchema>;

export const prescriptionItemsSchema = z
  .array(prescriptionItemSchema)
  .min(1, 'Add at least one medicine.')
  .max(30, 'A prescription can list at most 30 medicines.');
