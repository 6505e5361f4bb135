/**
 * An issued prescription as both parties read it on the appointment page (the PDF says the same): the
 * doctor, the patient, the TPG fields and the medicines table; and the list of issued versions, each
 * with its number, date, version, whether a correction superseded it, and its PDF.
 */
import type { Prescription } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import { api } from '../../lib/client.ts';
import { titledName } from '../../lib/format.ts';
import { formatDateOnly, formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { ageText, sexName } from '../../lib/person.ts';
import { formatLongDate } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';

export const pdfHref = (p: Prescription) =>
  api.url('getPrescriptionPdf', { params: { id: p.appointmentId, version: String(p.version) } });

/** Whether this version is the one in force, or which version replaced (or it replaces). */
export function versionNote(p: Prescription): string {
  if (p.status === 'SUPERSEDED') return m.rx_superseded_by({ version: p.supersededBy ?? p.version + 1 });
  if (p.supersedes) return m.rx_corrects({ version: p.supersedes });
  return m.rx_current();
}

function Section({ title, text }: { title: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div class="border-t border-slate-100 pt-3">
      <dt class="text-sm text-slate-600">{title}</dt>
      <dd class="mt-1 whitespace-pre-line break-words text-slate-900">{text}</dd>
    </div>
  );
}

export function PrescriptionDocument({ p, zone }: { p: Prescription; zone: string }) {
  const tableId = `rx-${p.version}-medicines`;
  return (
    <article
      class="mt-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      aria-labelledby={`rx-${p.version}-title`}
      data-testid="rx-document"
      data-version={p.version}
    >
      <header class="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h3
            id={`rx-${p.version}-title`}
            class="font-semibold text-slate-900"
            data-testid="rx-document-number"
          >
            {m.rx_number_version({ number: p.number ?? '', version: p.version })}
          </h3>
          <p class="text-sm text-slate-600">
            {p.issuedAt && m.rx_issued_on({ when: formatDateTime(p.issuedAt, zone) })}
          </p>
        </div>
        <p
          class={`w-fit rounded-full px-2.5 py-0.5 text-xs font-semibold ${p.status === 'SUPERSEDED' ? 'bg-slate-100 text-slate-700' : 'bg-emerald-50 text-emerald-800'}`}
        >
          {versionNote(p)}
        </p>
      </header>
      <dl class="mt-4 grid gap-3 text-sm sm:grid-cols-2">
        {p.doctor && (
          <div>
            <dt class="text-slate-600">{m.role_doctor()}</dt>
            <dd class="mt-0.5 text-slate-900">
              <span class="font-medium">{titledName(p.doctor.name)}</span>, {p.doctor.qualification}
              <span class="block text-slate-700">
                {m.rx_registration({ number: p.doctor.registrationNumber, council: p.doctor.council })}
              </span>
            </dd>
          </div>
        )}
        {p.patient && (
          <div>
            <dt class="text-slate-600">{m.role_patient()}</dt>
            <dd class="mt-0.5 text-slate-900" data-testid="rx-document-patient">
              <span class="font-medium">{p.patient.name}</span>
              <span class="block text-slate-700">
                {m.rx_age_sex({ age: ageText(p.patient.ageMonths), sex: sexName(p.patient.sex) })}
              </span>
            </dd>
          </div>
        )}
        <div>
          <dt class="text-slate-600">{m.rx_consulted()}</dt>
          <dd class="mt-0.5 text-slate-900">{formatLongDate(p.consultedAt, zone)}</dd>
        </div>
      </dl>
      <dl class="mt-4 grid gap-3">
        <Section title={m.rx_chief_complaints()} text={p.chiefComplaints} />
        <Section title={m.rx_findings()} text={p.relevantFindings} />
        <Section title={m.rx_diagnosis()} text={p.provisionalDiagnosis} />
        <Section title={m.rx_investigations()} text={p.investigationsAdvised} />
      </dl>
      <h4 id={`${tableId}-caption`} class="mt-5 font-semibold text-slate-900">
        {m.rx_medicines()}
      </h4>
      {/* Focusable: a keyboard must reach it to scroll the table sideways on a narrow screen. */}
      <section
        class="mt-2 overflow-x-auto rounded-lg border border-slate-200"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: axe's scrollable-region-focusable asks for it
        tabIndex={0}
        aria-labelledby={`${tableId}-caption`}
      >
        <table class="w-full min-w-[40rem] text-left text-sm" data-testid="rx-medicines-table">
          <thead class="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" class="px-3 py-2 font-semibold">
                {m.rx_medicine()}
              </th>
              <th scope="col" class="px-3 py-2 font-semibold">
                {m.rx_strength_form()}
              </th>
              <th scope="col" class="px-3 py-2 font-semibold">
                {m.rx_dose()}
              </th>
              <th scope="col" class="px-3 py-2 font-semibold">
                {m.rx_frequency()}
              </th>
              <th scope="col" class="px-3 py-2 font-semibold">
                {m.rx_duration()}
              </th>
              <th scope="col" class="px-3 py-2 font-semibold">
                {m.rx_instructions()}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.medicines.map((med, i) => (
              <tr key={i} class="border-t border-slate-100 align-top" data-testid="rx-medicine-line">
                <th scope="row" class="px-3 py-2 font-medium text-slate-900">
                  {med.name}
                  {med.generic && med.generic.toLowerCase() !== med.name.toLowerCase() && (
                    <span class="block font-normal text-slate-600">{med.generic}</span>
                  )}
                  {!med.inCatalogue && (
                    <span class="mt-1 block text-xs font-semibold text-accent-900">
                      {m.rx_not_in_catalogue()}
                    </span>
                  )}
                </th>
                <td class="px-3 py-2">{`${med.strength} ${med.form}`}</td>
                <td class="px-3 py-2">{med.dose}</td>
                <td class="px-3 py-2">{med.frequency}</td>
                <td class="px-3 py-2">{med.duration}</td>
                <td class="px-3 py-2">{med.instructions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <dl class="mt-4 grid gap-3">
        <Section title={m.rx_advice()} text={p.advice} />
        {p.followUpDate && <Section title={m.rx_follow_up()} text={formatDateOnly(p.followUpDate)} />}
      </dl>
      <p class="mt-4 text-xs text-slate-600">{m.rx_teleconsultation_line()}</p>
    </article>
  );
}

/** Every issued version, newest first, each with its PDF; the older ones open on request. */
export function IssuedList({ issued, zone }: { issued: Prescription[]; zone: string }) {
  return (
    <ul class="mt-4 grid gap-3" data-testid="rx-versions">
      {issued.map((p, i) => (
        <li
          key={p.version}
          class="rounded-xl border border-slate-200 p-4"
          data-testid="rx-version"
          data-version={p.version}
          data-status={p.status}
        >
          <div class="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <div class="text-sm">
              <p class="font-semibold text-slate-900">
                {m.rx_number_version({ number: p.number ?? '', version: p.version })}
              </p>
              <p class="text-slate-600">
                {p.issuedAt && m.rx_issued_on({ when: formatDateTime(p.issuedAt, zone) })} ·{' '}
                <span
                  class={p.status === 'SUPERSEDED' ? 'font-semibold text-slate-800' : 'text-emerald-800'}
                  data-testid="rx-version-note"
                >
                  {versionNote(p)}
                </span>
              </p>
            </div>
            <a href={pdfHref(p)} class="btn-ghost w-fit" download data-testid="rx-pdf-link">
              <Icon shape={I.download} class="size-4" />
              {m.rx_download_pdf({ number: p.number ?? '' })}
            </a>
          </div>
          {i > 0 && (
            <details class="mt-2">
              <summary class="cursor-pointer text-sm font-semibold text-brand-700">
                {m.rx_show_version({ version: p.version })}
              </summary>
              <PrescriptionDocument p={p} zone={zone} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
