/**
 * The prescription editor's logic (web/src/islands/prescription): medicine rows, the draft's
 * autosave states, refusals put by the medicine they name, and the combobox with the keyboard.
 * The API is a stub; the real one is covered by tests/integration/prescriptions.test.ts.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MedicineOption, Prescription } from '../../functions/contract/api.ts';
import { PrescriptionEditor, rowErrorKey } from '../../web/src/islands/prescription/editor.ts';
import { PrescriptionEditorCard } from '../../web/src/islands/prescription/PrescriptionEditorCard.tsx';

const APPOINTMENT = '6f1c2f8e-8a1b-4c7e-9d2a-1b2c3d4e5f60';
const DRAFT_PATH = `/api/appointments/${APPOINTMENT}/prescriptions/draft`;

const paracetamol: MedicineOption = {
  id: 'paracetamol',
  generic: 'Paracetamol',
  matched: 'Dolo',
  matchedBy: 'brand',
  forms: [{ form: 'tablet', strengths: ['650 mg'] }],
  tpgList: 'O',
  prohibitedReason: null,
};
const alprazolam: MedicineOption = {
  id: 'alprazolam',
  generic: 'Alprazolam',
  matched: 'Alprazolam',
  matchedBy: 'generic',
  forms: [{ form: 'tablet', strengths: ['0.25 mg', '0.5 mg'] }],
  tpgList: 'prohibited',
  prohibitedReason: 'NDPS psychotropic',
};

/** The draft as the API answers it: what was sent, with each medicine's verdict. */
function answer(body: { medicines: { name: string; catalogueId?: string }[] }): Prescription {
  return {
    version: 1,
    number: null,
    status: 'DRAFT',
    issuedAt: null,
    supersedes: null,
    supersededBy: null,
    appointmentId: APPOINTMENT,
    consultation: 'first',
    chiefComplaints: '',
    relevantFindings: '',
    provisionalDiagnosis: '',
    investigationsAdvised: '',
    medicines: body.medicines.map((med) => ({
      generic: '',
      catalogueId: med.catalogueId ?? null,
      strength: '',
      form: '',
      dose: '',
      frequency: '',
      duration: '',
      instructions: '',
      ...med,
      // The API recognises a typed "paracetamol" as the catalogue's.
      inCatalogue: Boolean(med.catalogueId) || /paracetamol/i.test(med.name),
      tpgList: null,
    })),
    advice: '',
    followUpDate: null,
    doctor: null,
    patient: null,
    consultedAt: '2030-01-10T05:00:00.000Z',
    timeZone: 'Asia/Kolkata',
    updatedAt: '2030-01-10T05:20:00.000Z',
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** How the stub answers the next PUT of the draft (default: saved). */
let nextPut: ((body: any) => Response | Promise<Response>) | null;
let puts: any[];

beforeEach(() => {
  puts = [];
  nextPut = null;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://localhost');
      if (url.pathname === DRAFT_PATH && init?.method === 'PUT') {
        const body = JSON.parse(String(init.body));
        puts.push(body);
        const respond = nextPut;
        nextPut = null;
        return respond ? respond(body) : json(200, { prescription: answer(body) });
      }
      if (url.pathname === '/api/medicines') return json(200, { medicines: [paracetamol, alprazolam] });
      return json(404, { error: { code: 'not_found', message: 'Not found' } });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const newEditor = () =>
  new PrescriptionEditor({ appointmentId: APPOINTMENT, consultationDay: '2030-01-10', delayMs: 5 });

/** Fills what a draft needs, with one complete medicine in the first row. */
function complete(editor: PrescriptionEditor) {
  editor.setField('chiefComplaints', 'Fever');
  editor.setField('provisionalDiagnosis', 'Viral fever');
  const [row] = editor.rows.value;
  editor.updateRow(row!.key, {
    name: 'Paracetamol',
    strength: '650 mg',
    form: 'tablet',
    dose: '1 tablet',
    frequency: 'twice a day',
    duration: '3 days',
  });
}

describe('the prescription editor', () => {
  it('adds and removes rows, and builds the draft body', () => {
    const editor = newEditor();
    expect(editor.rows.value).toHaveLength(1);
    expect(editor.state.value.kind).toBe('empty');
    const second = editor.addRow();
    const third = editor.addRow();
    expect(editor.rows.value.map((r) => r.key)).toEqual([1, second, third]);
    editor.removeRow(second);
    expect(editor.rows.value.map((r) => r.key)).toEqual([1, third]);
    editor.choose(third, paracetamol);
    // One form with one strength: both filled in.
    expect(editor.rows.value[1]).toMatchObject({
      name: 'Paracetamol',
      catalogueId: 'paracetamol',
      form: 'tablet',
      strength: '650 mg',
    });
    // Typing over a chosen name makes it free text again.
    editor.updateRow(third, { name: 'Paracetamol + caffeine' });
    expect(editor.rows.value[1]).toMatchObject({ catalogueId: null, generic: '' });
    expect(PrescriptionEditor.notInCatalogue(editor.rows.value[1]!)).toBe(true);
    editor.setField('followUpDate', '2030-01-17');
    expect(editor.body()).toMatchObject({
      followUpDate: '2030-01-17',
      medicines: [{ name: '' }, { name: 'Paracetamol + caffeine', strength: '650 mg', form: 'tablet' }],
    });
    expect(editor.body().medicines[1]).not.toHaveProperty('catalogueId');
    editor.dispose();
  });

  it('waits for what the draft needs, then autosaves: pending, saving, saved', async () => {
    const editor = newEditor();
    editor.setField('chiefComplaints', 'Fever');
    expect(editor.state.value.kind).toBe('incomplete');
    expect(editor.missing.value).toEqual(['Provisional diagnosis', 'the details of medicine 1']);
    // A follow-up on or before the consultation day is refused here, before the API.
    editor.setField('followUpDate', '2030-01-10');
    expect(editor.errors.value.followUpDate).toBe('Choose a date after the consultation.');
    editor.setField('followUpDate', '');
    complete(editor);
    expect(editor.state.value.kind).toBe('pending');
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saved'));
    expect(puts).toHaveLength(1);
    // The API recognised the typed name: it is not marked "not in catalogue".
    expect(PrescriptionEditor.notInCatalogue(editor.rows.value[0]!)).toBe(false);

    // A change made while a save is under way is saved right after it.
    let release: (r: Response) => void = () => {};
    nextPut = () => new Promise<Response>((resolve) => (release = resolve));
    editor.setField('advice', 'Rest');
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saving'));
    editor.setField('advice', 'Rest and fluids');
    release(json(200, { prescription: answer(puts[1]) }));
    await vi.waitFor(() => expect(puts).toHaveLength(3));
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saved'));
    expect(puts[2].advice).toBe('Rest and fluids');
    editor.dispose();
  });

  it('puts a refusal by the medicine it names, and clears it when that medicine changes', async () => {
    const editor = newEditor();
    complete(editor);
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saved'));
    const key = editor.addRow();
    nextPut = () =>
      json(422, {
        error: {
          code: 'prohibited_drug',
          message: 'Alprazolam cannot be prescribed by teleconsultation.',
          details: { 'medicines.1.name': ['Alprazolam cannot be prescribed by teleconsultation.'] },
          params: { name: 'Alprazolam', reason: 'NDPS psychotropic' },
        },
      });
    editor.updateRow(key, {
      name: 'Alprazolam',
      strength: '0.25 mg',
      form: 'tablet',
      dose: '1 tablet',
      frequency: 'at bedtime',
      duration: '5 days',
    });
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('refused'));
    expect(editor.errors.value).toEqual({
      [rowErrorKey(key, 'name')]:
        'Alprazolam cannot be prescribed online (a psychotropic under the NDPS Act).',
    });
    // Nothing is saved again until the doctor changes something.
    expect(puts).toHaveLength(2);
    editor.updateRow(key, { name: 'Melatonin' });
    expect(editor.errors.value).toEqual({});
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saved'));
    editor.dispose();
  });

  it('says when a save did not get through, and retries', async () => {
    const editor = newEditor();
    nextPut = () => Promise.reject(new TypeError('Failed to fetch'));
    complete(editor);
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('failed'));
    expect(editor.state.value).toMatchObject({ message: expect.stringContaining('internet connection') });
    await editor.save();
    expect(editor.state.value.kind).toBe('saved');
    expect(await editor.flush()).toBe(true);
    editor.dispose();
  });
});

describe('PrescriptionEditorCard', () => {
  it('chooses from the catalogue with the keyboard, and adds and removes medicines', async () => {
    const editor = newEditor();
    render(
      <PrescriptionEditorCard
        editor={editor}
        mfa={false}
        zone="Asia/Kolkata"
        correcting={null}
        onIssued={() => {}}
      />,
    );
    const name = screen.getAllByTestId('rx-medicine-name')[0] as HTMLInputElement;
    name.focus();
    fireEvent.input(name, { target: { value: 'Dolo' } });
    await vi.waitFor(() => expect(name.getAttribute('aria-expanded')).toBe('true'));
    const options = screen.getAllByTestId('rx-medicine-option');
    expect(options.map((o) => o.getAttribute('aria-disabled'))).toEqual([null, 'true']);
    expect(options[1]!.textContent).toContain('Cannot be prescribed online');
    fireEvent.keyDown(name, { key: 'ArrowDown' });
    await vi.waitFor(() => expect(name.getAttribute('aria-activedescendant')).toBe(options[0]!.id));
    fireEvent.keyDown(name, { key: 'Enter' });
    await vi.waitFor(() => expect(name.value).toBe('Paracetamol'));
    await vi.waitFor(() => expect(name.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.getByTestId('rx-in-catalogue')).toBeTruthy();
    expect((screen.getAllByTestId('rx-medicine-strength')[0] as HTMLInputElement).value).toBe('650 mg');

    // Add: the focus goes to the new medicine's name; Remove: to the medicine that takes its place.
    fireEvent.click(screen.getByTestId('rx-add-medicine'));
    await vi.waitFor(() => expect(screen.getAllByTestId('rx-medicine-row')).toHaveLength(2));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('rx-medicine-name')[1]));
    const second = screen.getAllByTestId('rx-medicine-name')[1] as HTMLInputElement;
    fireEvent.input(second, { target: { value: 'Herbal syrup' } });
    await vi.waitFor(() => expect(screen.getByTestId('rx-not-in-catalogue')).toBeTruthy());
    fireEvent.click(screen.getAllByTestId('rx-remove-medicine')[0]!);
    await vi.waitFor(() => expect(screen.getAllByTestId('rx-medicine-row')).toHaveLength(1));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('rx-medicine-name')[0]));
    expect((document.activeElement as HTMLInputElement).value).toBe('Herbal syrup');
    // Signing waits for a complete draft, and says why.
    expect((screen.getByTestId('rx-sign-open') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('rx-save-state').textContent).toContain('Still needed');
  });
});
