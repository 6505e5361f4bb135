/**
 * The medicine catalogue and the Telemedicine Practice Guidelines 2020 prescribing rules
 * (functions/prescriptions): the data itself, autocomplete, and which items a prescription may carry
 * in which consultation.
 */
import { describe, expect, it } from 'vitest';
import catalogueFile from '../../functions/prescriptions/catalogue.json' with { type: 'json' };
import {
  type CatalogueEntry,
  type ConsultationMode,
  catalogue,
  catalogueEntrySchema,
  checkPrescribable,
  describeRefusal,
  medicineById,
  medicinesNamedIn,
  prescriptionItemSchema,
  prescriptionItemsSchema,
  type Refusal,
  searchMedicines,
  TPG_LISTS,
  words,
} from '../../functions/prescriptions/rules.ts';

/** The entry whose generic name or alias is `name` (case-insensitive). */
function entry(name: string): CatalogueEntry {
  const key = name.toLowerCase();
  const found = catalogue().find(
    (e) => e.generic.toLowerCase() === key || e.aliases?.some((a) => a.toLowerCase() === key),
  );
  if (!found) throw new Error(`${name} is not in the catalogue`);
  return found;
}

const namesOf = (e: CatalogueEntry) => [e.generic, ...(e.aliases ?? []), ...(e.brands ?? [])];

const first = (mode?: ConsultationMode) => ({ consultation: 'first' as const, mode });
const followUp = (mode?: ConsultationMode) => ({ consultation: 'follow-up' as const, mode });
const checkOne = (
  item: { name: string; catalogueId?: string },
  context: Parameters<typeof checkPrescribable>[1],
) => checkPrescribable([item], context).items[0]!;
const refusalOf = (
  item: { name: string; catalogueId?: string },
  context: Parameters<typeof checkPrescribable>[1],
) => {
  const verdict = checkOne(item, context);
  return verdict.allowed ? undefined : verdict.refusal;
};

describe('the catalogue data', () => {
  it('has a few hundred medicines, every entry valid, in every list', () => {
    const invalid = catalogueFile.medicines.flatMap((m) => {
      const result = catalogueEntrySchema.safeParse(m);
      return result.success ? [] : [`${m.id}: ${result.error.message}`];
    });
    expect(invalid).toEqual([]);
    expect(catalogue().length).toBeGreaterThanOrEqual(250);
    expect(catalogue().length).toBeLessThanOrEqual(400);
    for (const list of TPG_LISTS)
      expect(catalogue().filter((e) => e.tpgList === list).length).toBeGreaterThan(15);
  });

  it('has unique ids, unique generic names and no name shared by two medicines', () => {
    const ids = catalogue().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const generics = catalogue().map((e) => e.generic.toLowerCase());
    expect(new Set(generics).size).toBe(generics.length);
    // A name that meant two medicines would make autocomplete and the free-text check ambiguous.
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const e of catalogue()) {
      for (const name of new Set(namesOf(e).map((n) => words(n).join(' ')))) {
        const held = owner.get(name);
        if (held && held !== e.id) shared.push(`${name}: ${held} and ${e.id}`);
        owner.set(name, e.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('gives every medicine at least one dosage form, and strengths to all but fixed combinations', () => {
    for (const e of catalogue()) {
      expect(e.forms.length, e.id).toBeGreaterThan(0);
      const strengthless = e.forms.filter((f) => f.strengths.length === 0);
      if (strengthless.length > 0) expect(e.note, e.id).toMatch(/strength as labelled/);
    }
  });

  it('gives every prohibited medicine its legal reason, and every Schedule X one the schedule', () => {
    for (const e of catalogue().filter((x) => x.tpgList === 'prohibited')) {
      expect(e.reason, e.id).toMatch(/^(Schedule X|NDPS narcotic|NDPS psychotropic)$/);
      expect(e.basis, e.id).toBe('statute');
      if (e.reason === 'Schedule X') expect(e.schedule, e.id).toBe('X');
    }
    // Schedule X of the Drugs and Cosmetics Rules 1945 is prohibited in full.
    for (const e of catalogue().filter((x) => x.schedule === 'X')) expect(e.tpgList, e.id).toBe('prohibited');
    for (const e of catalogue().filter((x) => x.tpgList !== 'prohibited'))
      expect(e.reason, e.id).toBeUndefined();
  });

  it('says where a classification is our judgement, by a rule the header explains', () => {
    const rules = Object.keys(catalogueFile.judgements);
    for (const e of catalogue().filter((x) => x.basis === 'judgement'))
      expect(rules, e.id).toContain(e.judgement);
    const used = new Set(
      catalogue()
        .map((e) => e.judgement)
        .filter(Boolean),
    );
    expect([...used].sort()).toEqual([...rules].sort());
  });

  it('names its sources: TPG 2020 and its annexure, Schedule X, the NDPS Act and NLEM 2022', () => {
    const sources = JSON.stringify(catalogueFile.sources);
    expect(sources).toMatch(/Telemedicine Practice Guidelines/);
    expect(sources).toMatch(/supersession of the Medical Council of India/);
    expect(sources).toMatch(/Annexure 1/);
    expect(sources).toMatch(/Schedule X/);
    expect(sources).toMatch(/Narcotic Drugs and Psychotropic Substances Act, 1985/);
    expect(sources).toMatch(/National List of Essential Medicines 2022/);
  });

  it.each([
    ['Alprazolam', 'NDPS psychotropic'],
    ['Diazepam', 'NDPS psychotropic'],
    ['Lorazepam', 'NDPS psychotropic'],
    ['Clonazepam', 'NDPS psychotropic'],
    ['Chlordiazepoxide', 'NDPS psychotropic'],
    ['Nitrazepam', 'NDPS psychotropic'],
    ['Midazolam', 'NDPS psychotropic'],
    ['Clobazam', 'NDPS psychotropic'],
    ['Zolpidem', 'NDPS psychotropic'],
    ['Phenobarbital', 'NDPS psychotropic'],
    ['Tramadol', 'NDPS psychotropic'],
    ['Pentazocine', 'NDPS psychotropic'],
    ['Buprenorphine', 'NDPS psychotropic'],
    ['Morphine', 'NDPS narcotic'],
    ['Codeine', 'NDPS narcotic'],
    ['Pethidine', 'NDPS narcotic'],
    ['Fentanyl', 'NDPS narcotic'],
    ['Methadone', 'NDPS narcotic'],
    ['Oxycodone', 'NDPS narcotic'],
    ['Diphenoxylate', 'NDPS narcotic'],
    ['Dextropropoxyphene', 'NDPS narcotic'],
    ['Ketamine', 'Schedule X'],
    ['Methylphenidate', 'Schedule X'],
    ['Meprobamate', 'Schedule X'],
    ['Pentobarbital', 'Schedule X'],
    ['Amphetamine', 'Schedule X'],
    ['Dexamphetamine', 'Schedule X'],
  ])('prohibits %s (%s)', (name, reason) => {
    expect(entry(name)).toMatchObject({ tpgList: 'prohibited', reason });
  });

  it.each([
    ...['Paracetamol', 'ORS', 'Cetirizine', 'Zinc sulphate', 'Antacid', 'Cholecalciferol', 'Folic acid'].map(
      (n) => [n, 'O'] as const,
    ),
    ...['Saline nasal drops', 'Multivitamin', 'Dextromethorphan', 'Levonorgestrel'].map(
      (n) => [n, 'O'] as const,
    ),
    ...['Clotrimazole', 'Mupirocin', 'Calamine', 'Benzyl benzoate', 'Ciprofloxacin', 'Amoxicillin'].map(
      (n) => [n, 'A'] as const,
    ),
    ...['Azithromycin', 'Ibuprofen', 'Pantoprazole', 'Ondansetron', 'Salbutamol'].map(
      (n) => [n, 'A'] as const,
    ),
    ...[
      'Amlodipine',
      'Enalapril',
      'Atenolol',
      'Metformin',
      'Glimepiride',
      'Atorvastatin',
      'Levothyroxine',
    ].map((n) => [n, 'B'] as const),
    ...['Sodium valproate', 'Escitalopram', 'Prednisolone', 'Warfarin', 'Insulin glargine', 'Tapentadol'].map(
      (n) => [n, 'B'] as const,
    ),
  ])('puts %s on List %s', (name, list) => {
    expect(entry(name).tpgList).toBe(list);
  });

  it('refuses every name of every prohibited medicine as free text, and no name of any other', () => {
    const wrong: string[] = [];
    for (const e of catalogue()) {
      for (const name of namesOf(e)) {
        const refusal = refusalOf({ name }, followUp());
        const prohibited = refusal?.code === 'prohibited_drug';
        if (prohibited !== (e.tpgList === 'prohibited')) wrong.push(`${name} (${e.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('searchMedicines (autocomplete)', () => {
  const generics = (query: string, limit?: number) =>
    searchMedicines(query, limit).map((m) => m.entry.generic);

  it('finds a generic by the start of its name, ignoring case and accents', () => {
    expect(generics('parac')[0]).toBe('Paracetamol');
    expect(generics('PARACÉTAMOL')[0]).toBe('Paracetamol');
    expect(generics('  amlo ')).toEqual(['Amlodipine', 'Telmisartan + amlodipine']);
  });

  it('finds a medicine by brand and by alias, and says which name matched', () => {
    expect(searchMedicines('croc')).toEqual([
      { entry: entry('Paracetamol'), matched: 'Crocin', matchedBy: 'brand' },
    ]);
    expect(searchMedicines('acetamin')[0]).toMatchObject({ matched: 'acetaminophen', matchedBy: 'alias' });
    expect(searchMedicines('i-pill')[0]?.entry.generic).toBe('Levonorgestrel');
  });

  it('matches any word of a name by its start', () => {
    expect(generics('clavulanic')).toEqual(['Amoxicillin + clavulanic acid']);
    expect(generics('telmisartan hydro')).toEqual(['Telmisartan + hydrochlorothiazide']);
  });

  it('ranks the exact name first, then names that start with the query, then word matches', () => {
    expect(generics('amoxicillin')).toEqual(['Amoxicillin', 'Amoxicillin + clavulanic acid']);
    // The brand Telma exactly, then Telma-H and Telma-AM, shorter first.
    expect(generics('telma')).toEqual([
      'Telmisartan',
      'Telmisartan + hydrochlorothiazide',
      'Telmisartan + amlodipine',
    ]);
    // Among names that start with the query, generics and aliases come before brands; a word match comes last.
    const ce = searchMedicines('ce', 50);
    const celin = ce.findIndex((m) => m.matched === 'Celin');
    expect(celin).toBeGreaterThan(0);
    expect(ce.slice(0, celin).every((m) => m.matchedBy !== 'brand')).toBe(true);
    expect(searchMedicines('met', 50).at(-1)?.matched).toBe('Glimepiride + metformin');
  });

  it('ignores the strength and form abbreviations a doctor types with the name', () => {
    expect(generics('Tab. Dolo 650')).toEqual(['Paracetamol']);
    expect(generics('amox 500 mg')).toEqual(['Amoxicillin', 'Amoxicillin + clavulanic acid']);
  });

  it('lists each medicine once and respects the limit', () => {
    const all = searchMedicines('a', 50);
    expect(all).toHaveLength(50);
    expect(new Set(all.map((m) => m.entry.id)).size).toBe(50);
    expect(searchMedicines('a', 3)).toHaveLength(3);
    expect(searchMedicines('a')).toHaveLength(10);
    expect(searchMedicines('a', 0)).toHaveLength(1);
    expect(searchMedicines('a', 10_000)).toHaveLength(50);
    expect(searchMedicines('a', Number.NaN)).toHaveLength(10);
  });

  it('shows prohibited medicines with their list, so the editor can say why', () => {
    expect(searchMedicines('alpraz')[0]?.entry).toMatchObject({
      generic: 'Alprazolam',
      tpgList: 'prohibited',
    });
  });

  it('never throws on odd input', () => {
    const odd = [
      '',
      '   ',
      '💊💊',
      '\ud800',
      'a\udfffb',
      'पैरासिटामोल',
      'باراسيتامول',
      '\u202Eloma',
      '__proto__',
      'constructor',
      '%00\u0000',
      'x'.repeat(100_000),
      'a '.repeat(50_000),
      undefined as unknown as string,
      null as unknown as string,
      42 as unknown as string,
    ];
    for (const query of odd)
      expect(Array.isArray(searchMedicines(query)), String(query).slice(0, 10)).toBe(true);
    expect(searchMedicines('')).toEqual([]);
    expect(searchMedicines('💊💊')).toEqual([]);
  });

  it('hands out frozen entries, so a caller cannot change the catalogue', () => {
    const [match] = searchMedicines('paracetamol');
    expect(Object.isFrozen(match?.entry)).toBe(true);
    expect(Object.isFrozen(match?.entry.forms[0])).toBe(true);
  });

  it('answers quickly', () => {
    const queries = ['p', 'par', 'met', 'am', 'a', 'tel', 'insulin', 'xyz', 'clav', 'vit'];
    const start = performance.now();
    for (let i = 0; i < 100; i++) for (const q of queries) searchMedicines(q);
    // 1,000 searches; about 50 ms on a busy 2-core machine. The bound only catches a lost index.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('medicineById', () => {
  it('returns the entry for a catalogue id and nothing for anything else', () => {
    expect(medicineById('paracetamol')?.generic).toBe('Paracetamol');
    expect(medicineById('nope')).toBeUndefined();
    expect(medicineById('__proto__')).toBeUndefined();
    expect(medicineById('')).toBeUndefined();
  });
});

describe('checkPrescribable (TPG 2020 lists)', () => {
  const ids = { O: 'paracetamol', A: 'amoxicillin', B: 'amlodipine', prohibited: 'alprazolam' } as const;
  const item = (list: keyof typeof ids) => ({
    name: medicineById(ids[list])!.generic,
    catalogueId: ids[list],
  });
  const code = (list: keyof typeof ids, context: Parameters<typeof checkPrescribable>[1]) =>
    refusalOf(item(list), context)?.code ?? 'allowed';

  it.each([
    ['first', 'video', 'allowed', 'allowed', 'list_b_needs_follow_up'],
    ['first', 'audio', 'allowed', 'list_a_needs_video', 'list_b_needs_follow_up'],
    ['first', 'text', 'allowed', 'list_a_needs_video', 'list_b_needs_follow_up'],
    ['follow-up', 'video', 'allowed', 'allowed', 'allowed'],
    ['follow-up', 'audio', 'allowed', 'allowed', 'allowed'],
    ['follow-up', 'text', 'allowed', 'allowed', 'allowed'],
  ] as const)('%s consultation by %s: O %s, A %s, B %s, prohibited never', (consultation, mode, o, a, b) => {
    const context = { consultation, mode };
    expect([code('O', context), code('A', context), code('B', context), code('prohibited', context)]).toEqual(
      [o, a, b, 'prohibited_drug'],
    );
  });

  it('takes a consultation to be by video unless told otherwise', () => {
    expect(code('A', first())).toBe('allowed');
    expect(code('A', first('audio'))).toBe('list_a_needs_video');
  });

  it('refuses a prohibited medicine with its name and legal reason', () => {
    const refusal = refusalOf(item('prohibited'), followUp());
    expect(refusal).toEqual({
      code: 'prohibited_drug',
      params: { name: 'Alprazolam', reason: 'NDPS psychotropic' },
    });
    expect(
      refusalOf({ name: 'Methylphenidate', catalogueId: 'methylphenidate' }, followUp())?.params,
    ).toEqual({
      name: 'Methylphenidate',
      reason: 'Schedule X',
    });
  });

  it.each([
    'Alprazolam 0.25',
    'Tab. ALPRAZOLAM 0.5 mg HS',
    'alprazolam0.25mg',
    'Álprazolam',
    'Restyl 0.25',
    'Sertraline + alprazolam',
  ])('refuses the free text %j as alprazolam', (name) => {
    expect(refusalOf({ name }, followUp())).toEqual({
      code: 'prohibited_drug',
      params: { name: 'Alprazolam', reason: 'NDPS psychotropic' },
    });
  });

  it('refuses prohibited names in free text whatever else the item says', () => {
    expect(refusalOf({ name: 'Ultracet (tramadol + paracetamol)' }, followUp())).toMatchObject({
      params: { name: 'Tramadol' },
    });
    expect(refusalOf({ name: 'Codeine phosphate linctus' }, followUp())?.code).toBe('prohibited_drug');
    expect(refusalOf({ name: 'Librax' }, followUp())).toMatchObject({ params: { name: 'Chlordiazepoxide' } });
    // Choosing paracetamol from the list does not get the tramadol typed beside it through.
    const verdict = checkOne({ name: 'Paracetamol + Tramadol', catalogueId: 'paracetamol' }, followUp());
    expect(verdict).toMatchObject({
      allowed: false,
      list: 'prohibited',
      catalogueIds: ['tramadol', 'paracetamol'],
    });
  });

  it('holds free text naming a catalogue medicine to its list', () => {
    expect(refusalOf({ name: 'Amlodipine 5 mg' }, first())?.code).toBe('list_b_needs_follow_up');
    expect(refusalOf({ name: 'Telma-H' }, first())?.code).toBe('list_b_needs_follow_up');
    expect(refusalOf({ name: 'Augmentin 625' }, first('text'))?.code).toBe('list_a_needs_video');
    expect(checkOne({ name: 'Crocin 650' }, first('text'))).toEqual({
      index: 0,
      list: 'O',
      catalogueIds: ['paracetamol'],
      allowed: true,
      notInCatalogue: false,
    });
  });

  it('allows free text that names no catalogue medicine, flagged not in catalogue', () => {
    expect(checkOne({ name: 'Unobtainium 5 mg' }, first('text'))).toEqual({
      index: 0,
      list: null,
      catalogueIds: [],
      allowed: true,
      notInCatalogue: true,
    });
    expect(checkOne({ name: 'पैरासिटामोल 500' }, first())).toMatchObject({
      allowed: true,
      notInCatalogue: true,
    });
  });

  it('refuses a catalogue id that does not exist', () => {
    expect(refusalOf({ name: 'Paracetamol', catalogueId: 'no-such-medicine' }, followUp())).toEqual({
      code: 'unknown_catalogue_id',
      params: { catalogueId: 'no-such-medicine' },
    });
  });

  it('checks every item, keeps their order, and is ok only when all are allowed', () => {
    const result = checkPrescribable(
      [item('O'), item('A'), { name: 'Clonazepam 0.5' }, { name: 'Herbal tonic' }, item('B')],
      first(),
    );
    expect(result.ok).toBe(false);
    expect(result.items.map((v) => [v.index, v.allowed])).toEqual([
      [0, true],
      [1, true],
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(checkPrescribable([item('O'), item('A')], first()).ok).toBe(true);
    expect(checkPrescribable([], first())).toEqual({ ok: true, items: [] });
  });

  it('finds every catalogue medicine a text names', () => {
    expect(medicinesNamedIn('Telma-AM').map((e) => e.id)).toEqual(['telmisartan', 'telmisartan-amlodipine']);
    expect(medicinesNamedIn('nothing known here')).toEqual([]);
  });

  it('explains each refusal in a sentence that names the medicine', () => {
    const refusals: Refusal[] = [
      { code: 'prohibited_drug', params: { name: 'Alprazolam', reason: 'NDPS psychotropic' } },
      { code: 'prohibited_drug', params: { name: 'Morphine', reason: 'NDPS narcotic' } },
      { code: 'prohibited_drug', params: { name: 'Ketamine', reason: 'Schedule X' } },
      { code: 'list_b_needs_follow_up', params: { name: 'Amlodipine' } },
      { code: 'list_a_needs_video', params: { name: 'Amoxicillin' } },
    ];
    for (const refusal of refusals) {
      if (refusal.code !== 'unknown_catalogue_id')
        expect(describeRefusal(refusal)).toContain(refusal.params.name);
    }
    expect(describeRefusal(refusals[0]!)).toMatch(/psychotropic substance under the NDPS Act/);
    expect(describeRefusal(refusals[1]!)).toMatch(/narcotic drug under the NDPS Act/);
    expect(describeRefusal(refusals[2]!)).toMatch(/Schedule X/);
    expect(describeRefusal({ code: 'unknown_catalogue_id', params: { catalogueId: 'x' } })).toMatch(
      /catalogue/,
    );
  });
});

describe('prescriptionItemSchema', () => {
  const valid = {
    name: ' Paracetamol ',
    catalogueId: 'paracetamol',
    strength: '650 mg',
    form: 'tablet',
    dose: '1 tablet',
    frequency: 'three times a day',
    duration: '3 days',
    instructions: 'After food',
  };

  it('accepts a complete item and trims it', () => {
    expect(prescriptionItemSchema.parse(valid)).toEqual({ ...valid, name: 'Paracetamol' });
    const { catalogueId: _, instructions: __, ...freeText } = valid;
    expect(prescriptionItemSchema.safeParse(freeText).success).toBe(true);
  });

  it('keeps the zero-width joiners Indian scripts need', () => {
    expect(prescriptionItemSchema.safeParse({ ...valid, instructions: 'खाने के बाद क्\u200Dष' }).success).toBe(
      true,
    );
  });

  it.each([
    ['a missing dose', { dose: undefined }],
    ['an empty name', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(121) }],
    ['instructions too long', { instructions: 'x'.repeat(301) }],
    ['a control character', { name: 'Para\u0000cetamol' }],
    ['a new line', { instructions: 'after\nfood' }],
    ['a bidirectional override', { name: 'Paracetamol \u202Elomatecarap' }],
    ['a lone surrogate', { dose: '1 \ud800' }],
    ['a catalogue id that is not a slug', { catalogueId: '../etc' }],
    ['a number for text', { strength: 650 }],
    ['an unknown field', { price: 10 }],
  ])('refuses %s', (_label, change) => {
    expect(prescriptionItemSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('takes 1 to 30 items', () => {
    expect(prescriptionItemsSchema.safeParse([]).success).toBe(false);
    expect(prescriptionItemsSchema.safeParse(Array(30).fill(valid)).success).toBe(true);
    expect(prescriptionItemsSchema.safeParse(Array(31).fill(valid)).success).toBe(false);
  });
});
