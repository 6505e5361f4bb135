/**
 * Audit log: every read of medical or personal data and every privileged action, newest first, from
 * the moment the view opens. The filters (who, which record, what, which days) live in the address,
 * so a filtered view has a link of its own; "Export CSV" downloads the same selection.
 */
import { useSignal } from '@preact/signals';
import type { AuditEvent, AuditFilters, Role } from '../../../../functions/contract/api.ts';
import { Icon } from '../../components/Icon.tsx';
import { roleName } from '../../components/Protected.tsx';
import { appointmentSubjects, auditActions, auditSubjects } from '../../lib/audit-actions.ts';
import { api } from '../../lib/client.ts';
import { formatDateTime } from '../../lib/format-app.ts';
import * as I from '../../lib/icons/index.ts';
import { viewerZone } from '../../lib/zoned.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import {
  Act,
  AdminList,
  Badge,
  type FilterField,
  FilterForm,
  Header,
  Mono,
  PAGE,
  rowClass,
  startOfDay,
  useList,
  YMD,
} from './ui.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Record ids, and the names list pages are recorded under (directory=patient): what the API accepts. */
const RECORD = /^[\x21-\x7e]{1,300}$/;

/** The filters as the address and the form hold them (dates are the viewer's calendar days). */
export type Filters = Record<'actorId' | 'subjectId' | 'action' | 'from' | 'to', string>;

/** What each filter accepts, and what to say of a typed one that it refuses (the rest are picked). */
const CHECKS: Record<keyof Filters, readonly [ok: (v: string) => boolean, wrong?: () => string]> = {
  actorId: [(v) => UUID.test(v), m.admin_audit_bad_actor],
  subjectId: [(v) => RECORD.test(v), m.admin_audit_bad_record],
  action: [(v) => Object.hasOwn(auditActions, v)],
  from: [(v) => YMD.test(v)],
  to: [(v) => YMD.test(v)],
};
const KEYS = Object.keys(CHECKS) as (keyof Filters)[];

/** The filters in an address; anything that is not a valid filter is left out. */
export const filtersFrom = (params: URLSearchParams) =>
  Object.fromEntries(
    KEYS.map((key) => [key, CHECKS[key][0](params.get(key) ?? '') ? params.get(key) : '']),
  ) as Filters;

/** What is wrong with filters typed in the form (field → message). */
export function filterErrors(f: Filters): Partial<Filters> {
  const errors: Partial<Filters> = {};
  for (const key of KEYS) {
    const [ok, wrong] = CHECKS[key];
    if (f[key] && wrong && !ok(f[key])) errors[key] = wrong();
  }
  if (f.from && f.to && f.to < f.from) errors.to = m.admin_audit_backwards();
  return errors;
}

/** The API's query: from the start of `from` to the end of `to`, in the viewer's zone. */
export const toQuery = (f: Filters): AuditFilters => ({
  actorId: f.actorId || undefined,
  subjectId: f.subjectId || undefined,
  action: f.action || undefined,
  from: f.from ? startOfDay(f.from) : undefined,
  to: f.to ? startOfDay(f.to, 1) : undefined,
});

const filterLink = (params: Record<string, string>, testid: string, text: string) => (
  <a
    href={`#/audit?${new URLSearchParams(params)}`}
    class="font-medium text-brand-700 hover:underline"
    data-testid={testid}
  >
    {text}
  </a>
);

function EventRow({ event: e }: { event: AuditEvent }) {
  const ctx = useView();
  const meaning = auditActions[e.action];
  return (
    <li
      class={rowClass}
      data-testid="audit-row"
      data-action={e.action}
      data-actor-id={e.actorId}
      data-subject-id={e.subjectId}
    >
      <div class="flex flex-col gap-3 sm:flex-row sm:items-start">
        <span class="grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
          <Icon shape={meaning?.icon ?? I.shieldCheck} class="size-5" />
        </span>
        <div class="min-w-0 flex-1">
          <p class="font-medium text-slate-900">{meaning?.label() ?? e.action}</p>
          <p class="text-sm text-slate-600" data-testid="audit-time">
            {formatDateTime(e.at)}
          </p>
          <p class="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
            <span class="text-slate-500">{m.admin_audit_by()}</span>
            {e.actorName && <span class="font-medium">{e.actorName}</span>}
            <Badge>{roleName(e.actorRole as Role)}</Badge>
            <Mono text={e.actorId} />
            {filterLink({ actorId: e.actorId }, 'audit-filter-actor', m.admin_audit_only_person())}
          </p>
          <p class="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
            <span class="text-slate-500">{auditSubjects[e.subjectType]?.() ?? e.subjectType}</span>
            <Mono text={e.subjectId} />
            {filterLink({ subjectId: e.subjectId }, 'audit-filter-subject', m.admin_audit_only_record())}
          </p>
          {(e.sourceIp || e.userAgent) && (
            <p class="mt-1 text-sm break-words text-slate-600">
              <span class="text-slate-500">{m.admin_audit_from()} </span>
              {[e.sourceIp, e.userAgent].filter(Boolean).join(' · ')}
            </p>
          )}
          {e.detail && (
            <p
              class="mt-1 line-clamp-3 text-sm break-words text-slate-600"
              title={e.detail}
              data-testid="audit-detail"
            >
              {e.detail}
            </p>
          )}
        </div>
        {appointmentSubjects.has(e.subjectType) && (
          <Act
            icon={I.calendar}
            label={m.admin_appointment()}
            sr={e.subjectId.slice(0, 8)}
            onClick={() => ctx.openDrawer({ kind: 'appointment', id: e.subjectId })}
          />
        )}
      </div>
    </li>
  );
}

const actions = Object.entries(auditActions).map(([value, { label }]) => (
  <option key={value} value={value}>
    {label()} ({value})
  </option>
));

/** The form's fields (ids audit-form-<name>). */
const FIELDS: FilterField<keyof Filters>[] = [
  [
    'actorId',
    'audit-actor',
    m.admin_audit_who,
    { maxLength: 36, placeholder: m.admin_audit_who_placeholder() },
  ],
  [
    'subjectId',
    'audit-subject',
    m.admin_audit_record,
    { maxLength: 300, placeholder: m.admin_audit_record_placeholder() },
  ],
  [
    'action',
    'audit-action',
    m.admin_audit_what,
    {
      as: 'select',
      children: [
        <option key="" value="">
          {m.admin_audit_any()}
        </option>,
        ...actions,
      ],
    },
  ],
  ['from', 'audit-from', m.admin_audit_day_from, { type: 'date' }],
  ['to', 'audit-to', m.admin_audit_day_to, { type: 'date' }],
];

export default function Audit() {
  const ctx = useView();
  const filters = useSignal(filtersFrom(ctx.params));
  const list = useList<AuditEvent>(
    'audit-list',
    [m.admin_n_events, m.admin_events_noun],
    (e) => e.id,
    (cursor, signal) =>
      api
        .call('adminAuditLog', { query: { ...toQuery(filters.value), cursor, limit: PAGE } }, { signal })
        .then((p) => ({ items: p.events, nextCursor: p.nextCursor })),
  );
  const some = Object.values(filters.value).some(Boolean);
  return (
    <>
      <Header title={m.admin_nav_audit()} intro={m.admin_audit_intro({ zone: viewerZone() })}>
        <a
          class="btn-secondary"
          download=""
          href={api.url('adminExportAudit', { query: toQuery(filters.value) })}
          aria-label={some ? m.admin_audit_export_filtered() : m.admin_audit_export_all()}
          data-testid="audit-export"
        >
          <Icon shape={I.download} class="size-4" />
          {m.admin_audit_export()}
        </a>
      </Header>
      <FilterForm
        class="card mt-6 grid gap-4 p-5 sm:grid-cols-2 lg:grid-cols-3"
        label={m.admin_audit_filter()}
        testid="audit-form"
        fields={FIELDS}
        initial={filters.value}
        check={filterErrors}
        ids={['audit-search', 'audit-clear']}
        applyLabel={[<Icon key="i" shape={I.search} class="size-4" />, m.admin_audit_search()]}
        onApply={(next) => {
          filters.value = next;
          ctx.setParams({ ...next });
          void list.load();
        }}
      />
      {/* The latest events show at once; a link with filters opens them filtered. */}
      <div class="mt-6">
        <AdminList
          list={list}
          renderItem={(e) => <EventRow event={e} />}
          empty={{
            icon: I.shieldCheck,
            title: some ? m.admin_audit_no_match() : m.admin_audit_nothing(),
            text: some ? m.admin_audit_no_match_text() : m.admin_audit_nothing_text(),
            testid: 'audit-empty',
          }}
        />
      </div>
    </>
  );
}
