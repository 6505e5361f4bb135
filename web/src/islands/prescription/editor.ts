/**
 * The prescription editor's state, without DOM: the TPG Annex fields, the medicine rows, and the
 * draft's autosave. Every change is saved (PUT …/prescriptions/draft) a moment after the doctor stops
 * typing, once the draft has what the API requires (complaints, diagnosis, one complete medicine);
 * until then it says what is missing. A refusal of the API (a prohibited drug, List B in a first
 * consultation) is put next to the medicine it names, phrased from the catalog.
 */
import { batch, computed, signal } from '@preact/signals';
import type {
  MedicineOption,
  Prescription,
  PrescriptionDraftBody,
  PrescriptionMedicineInput,
} from '../../../../functions/contract/api.ts';
import { ApiError, api } from '../../lib/client.ts';
import { m } from '../../paraglide/messages.js';

export const MEDICINE_FIELDS = ['strength', 'form', 'dose', 'frequency', 'duration'] as const;
type RequiredMedicineField = (typeof MEDICINE_FIELDS)[number];
export type MedicineField = 'name' | RequiredMedicineField | 'instructions';

/** A medicine as the doctor writes it (every text field, '' when empty), and what the editor knows of it. */
export interface MedicineRow extends Required<Omit<PrescriptionMedicineInput, 'catalogueId'>> {
  /** Stable across additions and removals (the row's element ids and Preact key). */
  key: number;
  /** Set when the name was chosen from the catalogue; typing over the name clears it. */
  catalogueId: string | null;
  generic: string;
  /** The chosen medicine's forms and strengths, offered as suggestions. */
  forms: MedicineOption['forms'];
  /** The API's word at the last save: a typed name it recognised as a catalogue medicine. */
  recognised: boolean;
}

export const TEXT_FIELDS = [
  'chiefComplaints',
  'relevantFindings',
  'provisionalDiagnosis',
  'investigationsAdvised',
  'advice',
  'followUpDate',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type Fields = Record<TextField, string>;

export type SaveState =
  /** Nothing written yet, and nothing to save. */
  | { kind: 'empty' }
  /** Changes wait until the draft has what it needs (`missing` lists it). */
  | { kind: 'incomplete' }
  /** Changes wait for the doctor to pause. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** The API refused the draft: the reasons are shown by the fields (errors). */
  | { kind: 'refused' }
  /** The save did not get through (offline, a 5xx): `message` says so and a retry is offered. */
  | { kind: 'failed'; message: string };

/** Errors by where they are shown: a text field's name, or `<rowKey>.<field>` for a medicine. */
export type Errors = Record<string, string>;
export const rowErrorKey = (key: number, field: MedicineField) => `${key}.${field}`;

const REASONS: Record<string, () => string> = {
  'Schedule X': () => m.rx_reason_schedule_x(),
  'NDPS narcotic': () => m.rx_reason_ndps_narcotic(),
  'NDPS psychotropic': () => m.rx_reason_ndps_psychotropic(),
};

/** The catalog's words for an error of the prescription API (its code and parameters). */
export function prescriptionErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return m.problem_generic();
  const name = String(err.params?.name ?? '');
  switch (err.code) {
    case 'prohibited_drug':
      return m.error_prohibited_drug({
        name,
        reason: REASONS[String(err.params?.reason)]?.() ?? String(err.params?.reason ?? ''),
      });
    case 'list_b_needs_follow_up':
      return m.error_list_b_needs_follow_up({ name });
    case 'list_a_needs_video':
      return m.error_list_a_needs_video({ name });
    case 'unknown_catalogue_id':
      return m.rx_choose_again();
    case 'prescribing_closed':
      return m.error_prescribing_closed();
    case 'no_draft':
      return m.error_no_draft();
    case 'signature_failed':
      return m.error_signature_failed();
    case 'profile_incomplete':
      return m.rx_profile_incomplete();
    case 'validation_failed':
      return m.error_validation_failed();
    case 'conflict':
      return m.error_conflict();
    default:
      return err.message;
  }
}

const emptyFields = (): Fields => ({
  chiefComplaints: '',
  relevantFindings: '',
  provisionalDiagnosis: '',
  investigationsAdvised: '',
  advice: '',
  followUpDate: '',
});

export interface EditorOptions {
  appointmentId: string;
  /** The consultation's own date (YYYY-MM-DD): a follow-up must come after it. */
  consultationDay: string;
  /** The draft to go on with, or the issued version a correction starts from. */
  from?: Prescription | null;
  /** True when `from` is the open draft (already saved); false when it is an issued version to correct. */
  fromDraft?: boolean;
  /** How long the doctor must pause before a save. */
  delayMs?: number;
}

export class PrescriptionEditor {
  readonly appointmentId: string;
  readonly consultationDay: string;
  readonly fields = signal<Fields>(emptyFields());
  readonly rows = signal<MedicineRow[]>([]);
  readonly errors = signal<Errors>({});
  readonly state = signal<SaveState>({ kind: 'empty' });
  /** The draft as the API last answered it. */
  readonly saved = signal<Prescription | null>(null);
  private nextKey = 1;
  private readonly delayMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  /** Changes made since the last save began. */
  private dirty = false;

  constructor({ appointmentId, consultationDay, from, fromDraft = true, delayMs = 1_000 }: EditorOptions) {
    this.appointmentId = appointmentId;
    this.consultationDay = consultationDay;
    this.delayMs = delayMs;
    if (from) {
      this.fields.value = {
        chiefComplaints: from.chiefComplaints,
        relevantFindings: from.relevantFindings,
        provisionalDiagnosis: from.provisionalDiagnosis,
        investigationsAdvised: from.investigationsAdvised,
        advice: from.advice,
        followUpDate: from.followUpDate ?? '',
      };
      this.rows.value = from.medicines.map((med) => ({
        ...this.blankRow(),
        name: med.name,
        catalogueId: med.catalogueId,
        generic: med.generic,
        strength: med.strength,
        form: med.form,
        dose: med.dose,
        frequency: med.frequency,
        duration: med.duration,
        instructions: med.instructions,
        recognised: med.inCatalogue,
      }));
      if (fromDraft) {
        this.saved.value = from;
        this.state.value = { kind: 'saved', at: from.updatedAt };
      } else this.changed();
    } else this.rows.value = [this.blankRow()];
  }

  private blankRow(): MedicineRow {
    return {
      key: this.nextKey++,
      name: '',
      catalogueId: null,
      generic: '',
      forms: [],
      strength: '',
      form: '',
      dose: '',
      frequency: '',
      duration: '',
      instructions: '',
      recognised: false,
    };
  }

  /** What the draft still needs before it can be saved, in the catalog's words (empty: complete). */
  readonly missing = computed(() => {
    const f = this.fields.value;
    const out: string[] = [];
    if (!f.chiefComplaints.trim()) out.push(m.rx_chief_complaints());
    if (!f.provisionalDiagnosis.trim()) out.push(m.rx_diagnosis());
    const rows = this.rows.value;
    if (rows.length === 0) out.push(m.rx_missing_medicine());
    rows.forEach((row, i) => {
      const blank = [row.name, ...MEDICINE_FIELDS.map((k) => row[k])].some((v) => !v.trim());
      if (blank) out.push(m.rx_missing_row({ n: i + 1 }));
    });
    if (f.followUpDate && !this.followUpOk(f.followUpDate)) out.push(m.rx_follow_up());
    return out;
  });

  /** A follow-up date is a real date after the consultation's day. */
  followUpOk(date: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(date) && date > this.consultationDay;
  }

  /** A medicine not in the catalogue: typed, not chosen, and not recognised by the API. */
  static notInCatalogue(row: MedicineRow): boolean {
    return row.name.trim() !== '' && !row.catalogueId && !row.recognised;
  }

  setField(name: TextField, value: string) {
    batch(() => {
      this.fields.value = { ...this.fields.value, [name]: value };
      this.clearError(name);
      if (name === 'followUpDate' && value && !this.followUpOk(value))
        this.errors.value = { ...this.errors.value, followUpDate: m.rx_follow_up_after() };
    });
    this.changed();
  }

  updateRow(key: number, patch: Partial<Omit<MedicineRow, 'key'>>) {
    batch(() => {
      this.rows.value = this.rows.value.map((row) => {
        if (row.key !== key) return row;
        const next = { ...row, ...patch };
        // Typing over a chosen name makes it free text again.
        if (patch.name !== undefined && patch.name !== row.name && patch.catalogueId === undefined)
          Object.assign(next, { catalogueId: null, generic: '', forms: [], recognised: false });
        return next;
      });
      for (const field of Object.keys(patch) as MedicineField[]) this.clearError(rowErrorKey(key, field));
    });
    this.changed();
  }

  /** Takes a catalogue medicine for the row, with its form and strength when there is only one. */
  choose(key: number, option: MedicineOption) {
    const [onlyForm] = option.forms.length === 1 ? option.forms : [];
    const row = this.rows.value.find((r) => r.key === key);
    this.updateRow(key, {
      name: option.generic,
      catalogueId: option.id,
      generic: option.generic,
      forms: option.forms,
      recognised: true,
      ...(onlyForm && !row?.form ? { form: onlyForm.form } : {}),
      ...(onlyForm?.strengths.length === 1 && !row?.strength ? { strength: onlyForm.strengths[0] } : {}),
    });
  }

  /** Adds an empty medicine row; returns its key (the page moves the focus to it). */
  addRow(): number {
    const row = this.blankRow();
    this.rows.value = [...this.rows.value, row];
    this.changed();
    return row.key;
  }

  removeRow(key: number) {
    batch(() => {
      this.rows.value = this.rows.value.filter((r) => r.key !== key);
      const prefix = `${key}.`;
      this.errors.value = Object.fromEntries(
        Object.entries(this.errors.value).filter(([k]) => !k.startsWith(prefix)),
      );
    });
    this.changed();
  }

  private clearError(key: string) {
    if (key in this.errors.value) {
      const { [key]: _, ...rest } = this.errors.value;
      this.errors.value = rest;
    }
  }

  body(): PrescriptionDraftBody {
    const f = this.fields.value;
    return {
      chiefComplaints: f.chiefComplaints,
      relevantFindings: f.relevantFindings,
      provisionalDiagnosis: f.provisionalDiagnosis,
      investigationsAdvised: f.investigationsAdvised,
      advice: f.advice,
      ...(f.followUpDate ? { followUpDate: f.followUpDate } : {}),
      medicines: this.rows.value.map((r) => ({
        name: r.name,
        ...(r.catalogueId ? { catalogueId: r.catalogueId } : {}),
        strength: r.strength,
        form: r.form,
        dose: r.dose,
        frequency: r.frequency,
        duration: r.duration,
        instructions: r.instructions,
      })),
    };
  }

  /** Something changed: save after a pause, or say what is missing first. */
  private changed() {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.missing.value.length > 0) {
      this.state.value = { kind: 'incomplete' };
      return;
    }
    if (this.state.value.kind !== 'saving') this.state.value = { kind: 'pending' };
    this.timer = setTimeout(() => void this.save(), this.delayMs);
  }

  /** Saves now what is waiting (used before signing); resolves true when the draft on the server is current. */
  async flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight) await this.inFlight;
    if (this.dirty && this.missing.value.length === 0) await this.save();
    return !this.dirty && this.state.value.kind === 'saved';
  }

  /** One save at a time: a change made while saving is saved right after. */
  async save(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.missing.value.length > 0) return;
    this.inFlight = this.put().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    if (this.dirty && this.missing.value.length === 0 && this.state.value.kind === 'saved') this.changed();
  }

  private async put() {
    this.dirty = false;
    this.state.value = { kind: 'saving' };
    const rows = this.rows.value;
    try {
      const { prescription } = await api.call('savePrescriptionDraft', {
        params: { id: this.appointmentId },
        body: this.body(),
      });
      batch(() => {
        this.saved.value = prescription;
        // The API's verdict on each medicine as sent (same order), for the "not in catalogue" mark.
        const recognised = new Map(rows.map((r, i) => [r.key, prescription.medicines[i]?.inCatalogue]));
        this.rows.value = this.rows.value.map((r) => {
          const sent = rows.find((s) => s.key === r.key);
          return sent && sent.name === r.name ? { ...r, recognised: recognised.get(r.key) === true } : r;
        });
        this.errors.value = {};
        this.state.value = { kind: 'saved', at: prescription.updatedAt };
      });
    } catch (err) {
      this.dirty = true;
      if (err instanceof ApiError && (err.status === 422 || err.status === 400 || err.status === 409)) {
        this.errors.value = { ...this.errors.value, ...this.errorsFrom(err, rows) };
        this.state.value = { kind: 'refused' };
      } else this.state.value = { kind: 'failed', message: prescriptionErrorText(err) };
    }
  }

  /**
   * Where each problem the API named goes: `medicines.<i>.<field>` to that row (by its key at the
   * time of the save), a text field to itself, anything else to the form as a whole (`form`).
   */
  private errorsFrom(err: ApiError, rows: MedicineRow[]): Errors {
    const out: Errors = {};
    const phrased = prescriptionErrorText(err);
    const refusal = err.code !== 'validation_failed' && err.code !== 'bad_request';
    for (const field of Object.keys(err.details ?? {})) {
      const row = /^medicines\.(\d+)\.(\w+)$/.exec(field);
      const key = row ? rows[Number(row[1])]?.key : undefined;
      const text = refusal ? phrased : m.rx_check_field();
      if (row && key !== undefined) out[rowErrorKey(key, row[2] as MedicineField)] = text;
      else if ((TEXT_FIELDS as readonly string[]).includes(field)) out[field] = text;
    }
    if (Object.keys(out).length === 0) out.form = phrased;
    return out;
  }

  /** Stops a waiting save (the editor is closing). */
  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
