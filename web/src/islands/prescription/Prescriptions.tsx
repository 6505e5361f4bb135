/**
 * The prescription card of the appointment page. Both parties see the issued versions (the latest in
 * full, every one with its PDF); the doctor, while the server's `actions.canPrescribe` allows it, also
 * writes the draft, or starts a correction of the issued one (a new version that supersedes it).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type {
  AppointmentView,
  Prescription,
  PrescriptionSummary,
} from '../../../../functions/contract/api.ts';
import { Button } from '../../components/Button.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { ymdIn } from '../../lib/days.ts';
import * as I from '../../lib/icons/index.ts';
import type { Me } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';
import { Card } from '../appointment/parts.tsx';
import { PrescriptionEditor } from './editor.ts';
import { IssuedList, PrescriptionDocument } from './PrescriptionDocument.tsx';
import { PrescriptionEditorCard } from './PrescriptionEditorCard.tsx';

export function Prescriptions({
  a,
  me,
  zone,
  summaries,
}: {
  a: AppointmentView;
  me: Me;
  zone: string;
  summaries: PrescriptionSummary[];
}) {
  const doctor = me.role === 'doctor';
  const writes = doctor && a.actions.canPrescribe;
  const versions = useSignal<Prescription[] | null>(null);
  const failed = useSignal<string | null>(null);
  /** The draft being written: the open one, a new one, or a correction the doctor started. */
  const editing = useSignal<{ editor: PrescriptionEditor; correcting: number | null } | null>(null);
  const issuedNow = useSignal<Prescription | null>(null);
  const issuedBox = useRef<HTMLDivElement>(null);
  const consultationDay = useMemo(() => ymdIn(a.startAt, a.timeZone), [a.startAt, a.timeZone]);

  const load = async () => {
    try {
      const { prescriptions } = await api.call('listPrescriptions', { params: { id: a.id } });
      versions.value = [...prescriptions].sort((x, y) => y.version - x.version);
      failed.value = null;
    } catch (err) {
      failed.value = err instanceof ApiError ? err.message : m.problem_generic();
    }
  };
  useEffect(() => {
    if (writes || summaries.length > 0) void load();
  }, [a.id]);

  const all = versions.value;
  const draft = all?.find((p) => p.status === 'DRAFT') ?? null;
  const issued = all?.filter((p) => p.status !== 'DRAFT') ?? [];
  const latest = issued[0] ?? null;
  // The doctor writes straight away when nothing is issued yet, or goes on with an open draft.
  useEffect(() => {
    if (!writes || !all || editing.value) return;
    if (draft || !latest)
      editing.value = {
        editor: new PrescriptionEditor({ appointmentId: a.id, consultationDay, from: draft }),
        correcting: draft && latest ? latest.version : null,
      };
  }, [all]);

  if (!writes && summaries.length === 0) return null;
  const correct = () => {
    if (!latest) return;
    issuedNow.value = null;
    editing.value = {
      editor: new PrescriptionEditor({
        appointmentId: a.id,
        consultationDay,
        from: latest,
        fromDraft: false,
      }),
      correcting: latest.version,
    };
    requestAnimationFrame(() => document.getElementById('rx-chiefComplaints')?.focus());
  };
  const e = editing.value;
  return (
    <>
      {(latest || failed.value || !all) && (
        <Card id="rx-heading" testid="prescriptions" title={m.rx_heading()} icon={I.fileText}>
          {failed.value ? (
            <p class="mt-3 text-sm text-red-700" role="alert">
              {failed.value}
            </p>
          ) : !all ? (
            <p class="mt-3 text-sm text-slate-600" role="status">
              {m.loading()}
            </p>
          ) : (
            <>
              {issuedNow.value && (
                <Notice tone="success" testid="rx-issued-notice" focusable boxRef={issuedBox} class="mt-4">
                  {m.rx_issued_notice({
                    number: issuedNow.value.number ?? '',
                    version: issuedNow.value.version,
                  })}
                </Notice>
              )}
              {latest && <PrescriptionDocument p={latest} zone={zone} />}
              {writes && latest && !e && (
                <div class="mt-4 flex flex-wrap items-center gap-3">
                  <Button variant="secondary" testid="rx-correct" onClick={correct}>
                    <Icon shape={I.pencil} class="size-4" />
                    {m.rx_correct()}
                  </Button>
                  <p class="text-sm text-slate-600">{m.rx_correct_hint()}</p>
                </div>
              )}
              <h3 class="mt-6 font-semibold text-slate-900">{m.rx_versions()}</h3>
              <IssuedList issued={issued} zone={zone} />
            </>
          )}
        </Card>
      )}
      {e && (
        <PrescriptionEditorCard
          key={e.editor.appointmentId + String(e.correcting)}
          editor={e.editor}
          mfa={me.mfaEnabled}
          zone={zone}
          correcting={e.correcting}
          onIssued={(p) => {
            editing.value = null;
            issuedNow.value = p;
            void load().then(() => requestAnimationFrame(() => issuedBox.current?.focus()));
          }}
        />
      )}
    </>
  );
}
