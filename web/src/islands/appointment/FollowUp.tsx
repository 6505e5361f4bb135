/**
 * Follow-ups on the appointment page (issue 18): the original's offer as the server decided it
 * (`followUp`: open, booked, closed or pending) with the booking form for an open one, and on a
 * follow-up, the original consultation and its prescriptions beside it.
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  FollowUpOffer,
  OriginalConsultation,
  PrescriptionSummary,
  PublicSlot,
} from '../../../../functions/contract/api.ts';
import { TELECONSULTATION_TERMS_VERSION } from '../../../../functions/contract/api.ts';
import { Field } from '../../components/Field.tsx';
import { Form, Submit } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { fieldValue, useForm } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { formatInr } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { appointmentHref } from '../../lib/links.ts';
import { formatLongDate, formatTimeRange } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from './parts.tsx';

const REASON_MAX = 1000;

const when = (startAt: string, endAt: string, zone: string) =>
  `${formatLongDate(startAt, zone)}, ${formatTimeRange(startAt, endAt, zone)}`;

/** The fee in words: free, or the total with GST. */
const feeText = (offer: FollowUpOffer) =>
  offer.feePaise === 0 ? m.follow_up_free() : m.follow_up_fee({ amount: formatInr(offer.price.totalPaise) });

export function FollowUpCard({
  appointmentId,
  doctorId,
  offer,
  zone,
  patient,
}: {
  appointmentId: string;
  doctorId: string;
  offer: FollowUpOffer;
  zone: string;
  /** The viewer is the patient (the doctor is told what the patient may do). */
  patient: boolean;
}) {
  const until = offer.until ? formatLongDate(offer.until, zone) : '';
  return (
    <Card id="follow-up-heading" testid="follow-up" title={m.follow_up_heading()} icon={I.calendar}>
      <p class="mt-2 text-slate-700" data-testid="follow-up-state" data-state={offer.state}>
        {offer.state === 'open'
          ? patient
            ? m.follow_up_open({ until, fee: feeText(offer) })
            : m.follow_up_open_doctor({ until, fee: feeText(offer) })
          : offer.state === 'booked'
            ? m.follow_up_booked()
            : offer.state === 'closed'
              ? m.follow_up_closed({ until })
              : patient
                ? m.follow_up_pending({ fee: feeText(offer) })
                : m.follow_up_pending_doctor({ fee: feeText(offer) })}
      </p>
      {offer.state === 'booked' && offer.appointmentId && (
        <a
          href={appointmentHref(offer.appointmentId)}
          class="btn-secondary mt-4"
          data-testid="follow-up-link"
        >
          {m.follow_up_view()}
        </a>
      )}
      {offer.canBook && offer.until && (
        <FollowUpForm appointmentId={appointmentId} doctorId={doctorId} until={offer.until} zone={zone} />
      )}
    </Card>
  );
}

function FollowUpForm({
  appointmentId,
  doctorId,
  until,
  zone,
}: {
  appointmentId: string;
  doctorId: string;
  until: string;
  zone: string;
}) {
  const [slots, setSlots] = useState<PublicSlot[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.call('getDoctor', { params: { id: doctorId } }).then(
      (r) => setSlots(r.slots.filter((s) => s.startAt <= until)),
      () => setFailed(true),
    );
  }, [doctorId, until]);
  const form = useForm({
    submit: async (f) => {
      const consent = (f.elements.namedItem('consent') as HTMLInputElement | null)?.checked;
      const { appointment } = await api.call('bookFollowUp', {
        params: { id: appointmentId },
        body: {
          slotId: fieldValue(f, 'slotId'),
          reason: fieldValue(f, 'reason'),
          ...(consent ? { consent: { termsVersion: TELECONSULTATION_TERMS_VERSION } } : {}),
        },
      });
      const next = new URL(appointmentHref(appointment.id), window.location.href);
      next.searchParams.set(appointment.status === 'REQUESTED' ? 'booked' : 'paid', '1');
      window.location.assign(next.href);
      return 'navigating';
    },
  });
  if (failed)
    return (
      <p class="mt-4 text-sm text-red-700" role="alert" data-testid="follow-up-slots-error">
        {m.follow_up_slots_error()}
      </p>
    );
  if (!slots)
    return (
      <div aria-busy="true" class="mt-4">
        <p class="sr-only" role="status">
          {m.loading()}
        </p>
        <div class="skeleton h-10 w-full" />
      </div>
    );
  if (!slots.length)
    return (
      <p class="mt-4 text-sm text-slate-700" data-testid="follow-up-no-slots">
        {m.follow_up_no_slots()}
      </p>
    );
  return (
    <Form form={form} class="mt-4 grid gap-4" data-testid="follow-up-form">
      <Field
        id="follow-up-slot"
        name="slotId"
        as="select"
        label={m.follow_up_slot_label()}
        missing={m.follow_up_slot_missing()}
        testid="follow-up-slot"
        error={form.errors.slotId}
      >
        <option value="">{m.follow_up_choose_slot()}</option>
        {slots.map((s) => (
          <option key={s.id} value={s.id}>
            {when(s.startAt, s.endAt, zone)}
          </option>
        ))}
      </Field>
      <Field
        id="follow-up-reason"
        name="reason"
        as="textarea"
        rows={3}
        minLength={3}
        maxLength={REASON_MAX}
        label={m.follow_up_reason_label()}
        missing={m.follow_up_reason_missing()}
        invalid={m.follow_up_reason_missing()}
        testid="follow-up-reason"
        error={form.errors.reason}
      />
      <label
        class="flex cursor-pointer gap-3 text-sm leading-6 text-slate-700"
        data-testid="follow-up-consent"
      >
        <input type="checkbox" name="consent" value="yes" class="mt-1 size-4 shrink-0 accent-brand-700" />
        <span>
          <span class="font-semibold text-slate-900">{m.book_consent_label()}</span>{' '}
          <span>{m.consent_statement()}</span>
        </span>
      </label>
      <Submit form={form} testid="follow-up-submit" busyLabel={m.book_busy()}>
        {m.follow_up_submit()}
      </Submit>
    </Form>
  );
}

/** A prescription version's PDF, as a download link. */
export function PrescriptionPdfLink({
  appointmentId,
  p,
  testid,
}: {
  appointmentId: string;
  p: PrescriptionSummary;
  testid?: string;
}) {
  return (
    <a
      href={api.url('getPrescriptionPdf', { params: { id: appointmentId, version: String(p.version) } })}
      class="inline-flex items-center gap-1.5 font-semibold text-brand-700 underline-offset-2 hover:underline"
      download
      data-testid={testid}
    >
      <Icon shape={I.download} class="size-4" />
      {p.number
        ? m.records_rx_download({ number: p.number })
        : m.records_rx_download_version({ version: p.version })}
      {p.status === 'SUPERSEDED' && ` (${m.records_rx_superseded()})`}
    </a>
  );
}

/** On a follow-up: the consultation it follows, and that consultation's prescriptions. */
export function OriginalCard({ original, zone }: { original: OriginalConsultation; zone: string }) {
  return (
    <Card id="original-heading" testid="original" title={m.follow_up_original_heading()} icon={I.fileText}>
      <p class="mt-2 text-slate-700">
        <a
          href={appointmentHref(original.id)}
          class="font-semibold text-brand-700 underline-offset-2 hover:underline"
          data-testid="original-link"
        >
          {formatLongDate(original.startAt, zone)}
        </a>
        {' · '}
        {original.reason}
      </p>
      {original.prescriptions.length ? (
        <ul class="mt-3 grid gap-2" data-testid="original-prescriptions">
          {original.prescriptions.map((p) => (
            <li key={p.version}>
              <PrescriptionPdfLink appointmentId={original.id} p={p} testid="original-rx" />
            </li>
          ))}
        </ul>
      ) : (
        <p class="mt-3 text-sm text-slate-600" data-testid="original-no-rx">
          {m.follow_up_original_no_rx()}
        </p>
      )}
    </Card>
  );
}
