/**
 * The prescription as a PDF, laid out after the sample format of the Telemedicine Practice Guidelines
 * 2020 (Annexure 2): the doctor's name, qualification and registration (number and council), the
 * patient's name, age and sex, the date, chief complaints, relevant findings, provisional diagnosis,
 * investigations advised, the medicines (with generic name, strength, form, dose, frequency, duration
 * and instructions), advice, follow-up, the prescription number, and the statement that it was issued
 * after a teleconsultation. Set by the shared typesetter (functions/core/pdf-text.ts), so names in any
 * Indian script print in their own letters.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { Prescription } from '../contract/api.ts';
import { formatDateTime } from '../contract/format.ts';
import type { PdfWeight } from '../core/pdf-assets.ts';
import { loadPdfLib, PdfTypesetter } from '../core/pdf-text.ts';

export const TELECONSULTATION_LINE =
  'This prescription was issued after a teleconsultation (video), under the Telemedicine Practice Guidelines 2020.';

const STATUS_LINE: Record<Prescription['status'], (p: Prescription) => string> = {
  DRAFT: () => 'DRAFT: not issued, not valid for dispensing.',
  ISSUED: (p) =>
    p.supersedes ? `Correction: replaces version ${p.supersedes} of this consultation's prescription.` : '',
  SUPERSEDED: (p) =>
    `SUPERSEDED by version ${p.supersededBy ?? '?'}: not valid for dispensing; use the newer version.`,
};

const A4: [number, number] = [595.28, 841.89];
const LEFT = 48;
const RIGHT = 547;
const BOTTOM = 70;

export async function prescriptionPdf(p: Prescription): Promise<Uint8Array> {
  const { PDFDocument, rgb } = (await loadPdfLib()).lib;
  const pdf: PDFDocument = await PDFDocument.create();
  const title = p.number ? `Prescription ${p.number}` : `Prescription draft v${p.version}`;
  pdf.setTitle(title);
  pdf.setAuthor(p.doctor?.name ?? 'Chikitsa360');
  pdf.setSubject('Prescription after a teleconsultation');
  const type = await PdfTypesetter.for(pdf);
  const ink = rgb(0.06, 0.09, 0.16);
  const muted = rgb(0.39, 0.45, 0.55);
  const teal = rgb(0.06, 0.46, 0.43);
  const warn = rgb(0.7, 0.2, 0.1);
  const rule = rgb(0.89, 0.91, 0.94);

  let page: PDFPage = pdf.addPage(A4);
  let y = 0;
  const newPage = () => {
    page = pdf.addPage(A4);
    y = 800;
  };
  const room = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };

  /** Words onto lines no wider than `width` (a word too long for a line is shrunk or cut by the typesetter). */
  async function lines(text: string, size: number, weight: PdfWeight, width: number): Promise<string[]> {
    const out: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (line && (await type.widthOf(next, size, weight)) > width) {
          out.push(line);
          line = word;
        } else line = next;
      }
      out.push(line);
    }
    return out;
  }
  async function para(text: string, x: number, size: number, weight: PdfWeight = 'regular', color = ink) {
    for (const line of await lines(text, size, weight, RIGHT - x)) {
      room(size + 4);
      await type.draw(page, line, x, y, { size, weight, color, maxWidth: RIGHT - x });
      y -= size + 4;
    }
  }
  async function section(label: string, text: string) {
    room(36);
    y -= 8;
    await type.draw(page, label.toUpperCase(), LEFT, y, { size: 8, weight: 'bold', color: muted });
    y -= 14;
    await para(text || '—', LEFT, 10.5);
  }

  // Header: the doctor, as the TPG sample puts them at the top.
  page.drawRectangle({ x: 0, y: 761, width: A4[0], height: 81, color: teal });
  const white = rgb(1, 1, 1);
  const pale = rgb(0.85, 0.96, 0.94);
  await type.draw(page, p.doctor?.name ?? 'Doctor: recorded when issued', LEFT, 810, {
    size: 18,
    weight: 'bold',
    color: white,
    maxWidth: 330,
  });
  await type.draw(page, p.doctor?.qualification ?? '', LEFT, 792, { size: 10, color: pale, maxWidth: 330 });
  await type.draw(
    page,
    p.doctor ? `Reg. no. ${p.doctor.registrationNumber} · ${p.doctor.council}` : '',
    LEFT,
    776,
    { size: 10, color: pale, maxWidth: 330 },
  );
  await type.draw(page, 'PRESCRIPTION', RIGHT, 810, {
    size: 14,
    weight: 'bold',
    color: white,
    align: 'right',
  });
  await type.draw(page, p.number ?? `Draft, version ${p.version}`, RIGHT, 792, {
    size: 10,
    color: pale,
    align: 'right',
  });
  await type.draw(page, `Version ${p.version}`, RIGHT, 776, { size: 10, color: pale, align: 'right' });

  // The patient and the date.
  y = 730;
  const fact = async (label: string, value: string, x: number, width: number) => {
    await type.draw(page, label.toUpperCase(), x, y, { size: 8, weight: 'bold', color: muted });
    await type.draw(page, value, x, y - 15, { size: 11, color: ink, maxWidth: width });
  };
  await fact('Patient', p.patient?.name ?? '—', LEFT, 200);
  await fact('Age', p.patient?.age ?? 'not recorded', 260, 90);
  await fact('Sex', p.patient?.sex ?? 'not recorded', 360, 80);
  await fact(
    'Date',
    p.issuedAt ? formatDateTime(p.issuedAt, p.timeZone, 'en') : 'not issued',
    450,
    RIGHT - 450,
  );
  y -= 40;
  await fact(
    'Consultation',
    `${formatDateTime(p.consultedAt, p.timeZone, 'en')} · ${p.consultation === 'follow-up' ? 'follow-up' : 'first consultation'}`,
    LEFT,
    RIGHT - LEFT,
  );
  y -= 30;
  const status = STATUS_LINE[p.status](p);
  if (status) {
    await para(status, LEFT, 11, 'bold', p.status === 'ISSUED' ? teal : warn);
  }
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 1, color: rule });
  y -= 6;

  await section('Chief complaints', p.chiefComplaints);
  await section('Relevant findings', p.relevantFindings);
  await section('Provisional diagnosis', p.provisionalDiagnosis);
  await section('Investigations advised', p.investigationsAdvised);

  // Rx: one block per medicine.
  room(40);
  y -= 12;
  await type.draw(page, 'Rx', LEFT, y, { size: 16, weight: 'bold', color: teal });
  y -= 20;
  for (const [i, m] of p.medicines.entries()) {
    room(48);
    const generic = m.generic && m.generic.toLowerCase() !== m.name.toLowerCase() ? ` (${m.generic})` : '';
    await para(`${i + 1}. ${m.name}${generic}, ${m.strength}, ${m.form}`, LEFT, 11, 'bold');
    await para(`${m.dose}, ${m.frequency}, for ${m.duration}`, LEFT + 14, 10.5);
    if (m.instructions) await para(m.instructions, LEFT + 14, 10, 'regular', muted);
    if (!m.inCatalogue) await para('Not in catalogue', LEFT + 14, 9, 'bold', warn);
    y -= 6;
  }

  await section('Advice', p.advice);
  await section('Follow-up', p.followUpDate ?? 'As needed');

  // The close: the teleconsultation statement, and the signature by password (TPG: a digital signature
  // or the doctor's confirmation).
  room(60);
  y -= 16;
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 1, color: rule });
  y -= 16;
  await para(TELECONSULTATION_LINE, LEFT, 10, 'bold');
  if (p.issuedAt && p.doctor)
    await para(
      `Signed electronically by ${p.doctor.name} on ${formatDateTime(p.issuedAt, p.timeZone, 'en')} (confirmed with their Chikitsa360 credentials).`,
      LEFT,
      9,
      'regular',
      muted,
    );
  await para('Chikitsa360 · Not for emergencies: call 112.', LEFT, 9, 'regular', muted);
  return pdf.save();
}
