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
import type { Locale, Prescription, Sex } from '../contract/api.ts';
import { formatDate, formatDateTime } from '../contract/format.ts';
import * as m from '../core/paraglide/messages.js';
import type { PdfWeight } from '../core/pdf-assets.ts';
import { loadPdfLib, PdfTypesetter } from '../core/pdf-text.ts';

const STATUS_LINE: Record<Prescription['status'], (p: Prescription, l: { locale: Locale }) => string> = {
  DRAFT: (_, l) => m.pdf_rx_status_draft({}, l),
  ISSUED: (p, l) => (p.supersedes ? m.pdf_rx_status_correction({ version: p.supersedes }, l) : ''),
  SUPERSEDED: (p, l) => m.pdf_rx_status_superseded({ version: p.supersededBy ?? '?' }, l),
};

const SEX: Record<Sex, (inputs: object, l: { locale: Locale }) => string> = {
  female: m.pdf_rx_sex_female,
  male: m.pdf_rx_sex_male,
  other: m.pdf_rx_sex_other,
};

/** "34 years" from whole months; "8 months" under a year. */
export const phraseAge = (months: number, l: { locale: Locale }) =>
  months < 12
    ? m.pdf_rx_age_months({ count: months }, l)
    : m.pdf_rx_age_years({ count: Math.floor(months / 12) }, l);

export const pdfFileName = (p: Prescription) => `${p.number ?? `prescription-v${p.version}`}.pdf`;

const A4: [number, number] = [595.28, 841.89];
const LEFT = 48;
const RIGHT = 547;
const BOTTOM = 70;

/**
 * In the reader's language (the labels and the dates); what the doctor wrote stays as written, as on a
 * paper prescription.
 */
export async function prescriptionPdf(p: Prescription, locale: Locale): Promise<Uint8Array> {
  const l = { locale };
  const { PDFDocument, rgb } = (await loadPdfLib()).lib;
  const pdf: PDFDocument = await PDFDocument.create();
  pdf.setTitle(
    p.number
      ? m.pdf_rx_file_title({ number: p.number }, l)
      : m.pdf_rx_file_title_draft({ version: p.version }, l),
  );
  pdf.setAuthor(p.doctor?.name ?? m.brand({}, l));
  pdf.setSubject(m.pdf_rx_file_subject({}, l));
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
    await type.draw(page, label.toLocaleUpperCase(locale), LEFT, y, {
      size: 8,
      weight: 'bold',
      color: muted,
    });
    y -= 14;
    await para(text || '—', LEFT, 10.5);
  }

  // Header: the doctor, as the TPG sample puts them at the top.
  page.drawRectangle({ x: 0, y: 761, width: A4[0], height: 81, color: teal });
  const white = rgb(1, 1, 1);
  const pale = rgb(0.85, 0.96, 0.94);
  await type.draw(page, p.doctor?.name ?? m.pdf_rx_doctor_pending({}, l), LEFT, 810, {
    size: 18,
    weight: 'bold',
    color: white,
    maxWidth: 330,
  });
  await type.draw(page, p.doctor?.qualification ?? '', LEFT, 792, { size: 10, color: pale, maxWidth: 330 });
  await type.draw(
    page,
    p.doctor
      ? m.pdf_rx_registration({ number: p.doctor.registrationNumber, council: p.doctor.council }, l)
      : '',
    LEFT,
    776,
    { size: 10, color: pale, maxWidth: 330 },
  );
  await type.draw(page, m.pdf_rx_heading({}, l), RIGHT, 810, {
    size: 14,
    weight: 'bold',
    color: white,
    align: 'right',
  });
  await type.draw(page, p.number ?? m.pdf_rx_draft_number({ version: p.version }, l), RIGHT, 792, {
    size: 10,
    color: pale,
    align: 'right',
  });
  await type.draw(page, m.pdf_rx_version({ version: p.version }, l), RIGHT, 776, {
    size: 10,
    color: pale,
    align: 'right',
  });

  // The patient and the date.
  y = 730;
  const fact = async (label: string, value: string, x: number, width: number) => {
    await type.draw(page, label.toLocaleUpperCase(locale), x, y, { size: 8, weight: 'bold', color: muted });
    await type.draw(page, value, x, y - 15, { size: 11, color: ink, maxWidth: width });
  };
  const notRecorded = m.pdf_rx_not_recorded({}, l);
  const { ageMonths = null, sex = null } = p.patient ?? {};
  await fact(m.pdf_rx_patient({}, l), p.patient?.name ?? '—', LEFT, 200);
  await fact(m.pdf_rx_age({}, l), ageMonths === null ? notRecorded : phraseAge(ageMonths, l), 260, 90);
  await fact(m.pdf_rx_sex({}, l), sex ? SEX[sex]({}, l) : notRecorded, 360, 80);
  await fact(
    m.pdf_rx_date({}, l),
    p.issuedAt ? formatDateTime(p.issuedAt, p.timeZone, locale) : m.pdf_rx_not_issued({}, l),
    450,
    RIGHT - 450,
  );
  y -= 40;
  await fact(
    m.pdf_rx_consultation({}, l),
    `${formatDateTime(p.consultedAt, p.timeZone, locale)} · ${p.consultation === 'follow-up' ? m.pdf_rx_follow_up_consultation({}, l) : m.pdf_rx_first_consultation({}, l)}`,
    LEFT,
    RIGHT - LEFT,
  );
  y -= 30;
  const status = STATUS_LINE[p.status](p, l);
  if (status) {
    await para(status, LEFT, 11, 'bold', p.status === 'ISSUED' ? teal : warn);
  }
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 1, color: rule });
  y -= 6;

  await section(m.pdf_rx_chief_complaints({}, l), p.chiefComplaints);
  await section(m.pdf_rx_findings({}, l), p.relevantFindings);
  await section(m.pdf_rx_diagnosis({}, l), p.provisionalDiagnosis);
  await section(m.pdf_rx_investigations({}, l), p.investigationsAdvised);

  // Rx: one block per medicine.
  room(40);
  y -= 12;
  await type.draw(page, m.pdf_rx_symbol({}, l), LEFT, y, { size: 16, weight: 'bold', color: teal });
  y -= 20;
  for (const [i, med] of p.medicines.entries()) {
    room(48);
    const generic =
      med.generic && med.generic.toLowerCase() !== med.name.toLowerCase() ? ` (${med.generic})` : '';
    await para(`${i + 1}. ${med.name}${generic}, ${med.strength}, ${med.form}`, LEFT, 11, 'bold');
    await para(
      m.pdf_rx_dosage({ dose: med.dose, frequency: med.frequency, duration: med.duration }, l),
      LEFT + 14,
      10.5,
    );
    if (med.instructions) await para(med.instructions, LEFT + 14, 10, 'regular', muted);
    if (!med.inCatalogue) await para(m.pdf_rx_not_in_catalogue({}, l), LEFT + 14, 9, 'bold', warn);
    y -= 6;
  }

  await section(m.pdf_rx_advice({}, l), p.advice);
  // A calendar date (no zone may shift it), in the reader's language like every other date here.
  await section(
    m.pdf_rx_follow_up({}, l),
    p.followUpDate ? formatDate(`${p.followUpDate}T00:00:00Z`, 'UTC', locale) : m.pdf_rx_as_needed({}, l),
  );

  // The close: the teleconsultation statement, and the signature by password (TPG: a digital signature
  // or the doctor's confirmation).
  room(60);
  y -= 16;
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 1, color: rule });
  y -= 16;
  await para(m.pdf_rx_teleconsultation({}, l), LEFT, 10, 'bold');
  if (p.issuedAt && p.doctor)
    await para(
      m.pdf_rx_signed({ doctor: p.doctor.name, date: formatDateTime(p.issuedAt, p.timeZone, locale) }, l),
      LEFT,
      9,
      'regular',
      muted,
    );
  await para(`${m.brand({}, l)} · ${m.pdf_emergency({}, l)}`, LEFT, 9, 'regular', muted);
  return pdf.save();
}
