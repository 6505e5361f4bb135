/**
 * /health-records/: the patient's Health records (issue 18): every visit with a prescription, across
 * their own appointments and their family members', newest first, filtered by person, each version's
 * PDF to download and each checked report shared for the visit to open (through the visit's audited
 * link). Paged ("Load more").
 */
import { useEffect, useState } from 'preact/hooks';
import type { Dependant, HealthRecordVisit } from '../../../../functions/contract/api.ts';
import { PagedList } from '../../components/PagedList.tsx';
import { PageHero } from '../../components/PageHero.tsx';
import { Protected } from '../../components/Protected.tsx';
import { EmptyState, ErrorState, SkeletonLines } from '../../components/States.tsx';
import { ApiError, api } from '../../lib/client.ts';
import { localDoctor } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { appointmentHref, pageHref, recordHref } from '../../lib/links.ts';
import { relationshipName } from '../../lib/person.ts';
import { formatLongDate, viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { PrescriptionPdfLink } from '../appointment/FollowUp.tsx';
import { DocumentList } from '../documents/DocumentList.tsx';

interface Loaded {
  state: 'loading' | 'ready' | 'empty' | 'error';
  visits: HealthRecordVisit[];
  cursor: string | null;
  more: boolean;
  error: string;
}

const START: Loaded = { state: 'loading', visits: [], cursor: null, more: false, error: '' };

function Visit({ v }: { v: HealthRecordVisit }) {
  const zone = viewerZone();
  const doctor = localDoctor({ name: v.doctorName, specialty: v.specialty, specialtyName: v.specialtyName });
  return (
    <li class="card min-w-0 p-5 sm:p-6" data-testid="health-record" data-person={v.person}>
      <p class="text-sm text-slate-600">
        {v.treated.relationship === 'self'
          ? m.records_for_you()
          : m.records_for_member({
              name: v.treated.name,
              relationship: relationshipName(v.treated.relationship),
            })}
      </p>
      <h2 class="mt-1 font-semibold break-words text-slate-900">
        <a href={appointmentHref(v.appointmentId)} class="text-brand-700 underline-offset-2 hover:underline">
          {`${formatLongDate(v.startAt, zone)} · ${doctor.name}`}
        </a>
      </h2>
      {v.specialtyName && <p class="text-sm text-slate-600">{doctor.specialtyName}</p>}
      <ul class="mt-3 grid gap-2">
        {v.prescriptions.map((p) => (
          <li key={p.version}>
            <PrescriptionPdfLink appointmentId={v.appointmentId} p={p} testid="health-record-rx" />
          </li>
        ))}
      </ul>
      {v.documents.length > 0 && (
        <DocumentList
          testid="health-record-docs"
          emptyText=""
          load={async () => v.documents}
          open={async (documentId) =>
            (await api.call('readAppointmentDocument', { params: { id: v.appointmentId, documentId } })).link
          }
        />
      )}
      <a href={recordHref(v.appointmentId)} class="btn-ghost mt-3 -ml-3" data-testid="health-record-visit">
        {m.record_open()}
      </a>
    </li>
  );
}

function Page() {
  const [family, setFamily] = useState<Dependant[]>([]);
  const [person, setPerson] = useState('');
  const [loaded, setLoaded] = useState<Loaded>(START);

  const load = async (who: string, cursor: string | null) => {
    try {
      const page = await api.call('listHealthRecords', {
        query: { ...(who ? { person: who } : {}), ...(cursor ? { cursor } : {}) },
      });
      setLoaded((l) => {
        const visits = cursor ? [...l.visits, ...page.visits] : page.visits;
        return {
          state: visits.length ? 'ready' : page.nextCursor ? 'ready' : 'empty',
          visits,
          cursor: page.nextCursor,
          more: false,
          error: '',
        };
      });
    } catch (err) {
      setLoaded((l) => ({
        ...l,
        state: 'error',
        more: false,
        error: err instanceof ApiError ? err.message : m.problem_generic(),
      }));
    }
  };
  useEffect(() => {
    api.call('listDependants').then(
      (r) => setFamily(r.dependants),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    setLoaded(START);
    void load(person, null);
  }, [person]);

  return (
    <div data-testid="health-records-page">
      <PageHero
        eyebrow={m.records_eyebrow()}
        title={m.records_title()}
        lead={m.records_lead()}
        width="max-w-3xl"
        testid="health-records-hero"
      />
      <div class="container-page max-w-3xl py-8 sm:py-10">
        {family.length > 0 && (
          <div class="mb-6 max-w-xs">
            <label for="records-person" class="field-label">
              {m.records_person_label()}
            </label>
            <select
              id="records-person"
              class="field-input"
              data-testid="records-person"
              value={person}
              onChange={(e) => setPerson(e.currentTarget.value)}
            >
              <option value="">{m.records_person_all()}</option>
              <option value="self">{m.records_person_self()}</option>
              {family.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <PagedList
          state={loaded.state}
          status={
            loaded.state === 'loading'
              ? m.loading()
              : loaded.state === 'error'
                ? loaded.error
                : loaded.state === 'empty'
                  ? m.records_empty_title()
                  : m.records_count({ count: loaded.visits.length })
          }
          skeleton={<SkeletonLines lines="h-28 w-full | mt-4 h-28 w-full" />}
          empty={
            <EmptyState
              icon={I.fileText}
              title={m.records_empty_title()}
              text={person ? m.records_empty_person() : m.records_empty_text()}
              link={{ href: pageHref('/appointments/'), label: m.nav_my_appointments() }}
              testid="health-records-empty"
            />
          }
          error={
            <ErrorState
              message={loaded.error}
              onRetry={() => {
                setLoaded(START);
                void load(person, null);
              }}
              testid="health-records-error"
            />
          }
          testid="health-records"
          items={loaded.visits}
          itemKey={(v) => v.appointmentId}
          renderItem={(v) => <Visit v={v} />}
          listClass="grid gap-4"
          listTestid="health-records-list"
          hasMore={Boolean(loaded.cursor)}
          loadingMore={loaded.more}
          onMore={() => {
            setLoaded((l) => ({ ...l, more: true }));
            void load(person, loaded.cursor);
          }}
          moreLabel={m.records_more()}
          moreBusyLabel={m.loading()}
        />
      </div>
    </div>
  );
}

export default function HealthRecords() {
  return <Protected roles={['patient']}>{() => <Page />}</Protected>;
}
