/**
 * Audit log: every read of medical or personal data and every privileged action, newest first, from
 * the moment the view opens. Filters (who, which record, what, which days) live in the address, so a
 * filtered view has a link of its own; "Export CSV" downloads the same selection for an auditor.
 */
import { type AuditEvent, type AuditQuery, adminApi } from '../../lib/admin-api.ts';
import { appointmentSubjects, auditActions, auditSubjects } from '../../lib/audit-actions.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatDateTime } from '../../lib/format.ts';
import { clearFormErrors, fieldValue, showFieldErrors } from '../../lib/forms.ts';
import { iconSvg } from '../../lib/icons.ts';
import { emptyState } from '../../lib/states.ts';
import { viewerZone } from '../../lib/zoned.ts';
import { dayAfter, openAppointmentDrawer, startOfDay } from './appointments.ts';
import type { ViewContext } from './console.ts';
import { textField } from './fields.ts';
import { badge, button, clearErrorsOnEdit, mono, nextId, pagedList, row, viewHeader } from './ui.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Record ids, and the names list pages are recorded under (directory=patient): what the API accepts. */
const RECORD = /^[\x21-\x7e]{1,300}$/;
const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as the address and the form hold them (dates are the viewer's calendar days). */
interface Filters {
  actorId: string;
  subjectId: string;
  action: string;
  from: string;
  to: string;
}

function filtersFrom(params: URLSearchParams): Filters {
  const get = (name: string, valid: (v: string) => boolean) => {
    const value = params.get(name) ?? '';
    return valid(value) ? value : '';
  };
  return {
    actorId: get('actorId', (v) => UUID.test(v)),
    subjectId: get('subjectId', (v) => RECORD.test(v)),
    action: get('action', (v) => Object.hasOwn(auditActions, v)),
    from: get('from', (v) => YMD.test(v)),
    to: get('to', (v) => YMD.test(v)),
  };
}

/** The API's query: the date range from the start of `from` to the end of `to`, in the viewer's zone. */
const toQuery = (f: Filters): AuditQuery => ({
  actorId: f.actorId || undefined,
  subjectId: f.subjectId || undefined,
  action: f.action || undefined,
  from: f.from ? startOfDay(f.from) : undefined,
  to: f.to ? dayAfter(f.to) : undefined,
});

const filtered = (f: Filters) => Object.values(f).some(Boolean);

function filterLink(label: string, params: Record<string, string>, testid: string) {
  return h('a', {
    href: `#/audit?${new URLSearchParams(params)}`,
    class: 'text-sm font-medium text-brand-700 underline-offset-2 hover:underline',
    text: label,
    dataset: { testid },
  });
}

function eventRow(ctx: ViewContext, e: AuditEvent): HTMLLIElement {
  const meaning = auditActions[e.action] ?? { label: e.action, icon: 'shield-check' };
  const role = e.actorRole.charAt(0).toUpperCase() + e.actorRole.slice(1);
  const isAppointment = appointmentSubjects.has(e.subjectType);
  return row(
    'audit-row',
    { action: e.action, actorId: e.actorId, subjectId: e.subjectId },
    h(
      'div',
      { class: 'flex flex-col gap-3 sm:flex-row sm:items-start' },
      h(
        'span',
        {
          class:
            'grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100',
        },
        iconSvg(meaning.icon, 'size-5'),
      ),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h('p', { class: 'font-medium text-slate-900', text: meaning.label }),
        h('p', {
          class: 'text-sm text-slate-600',
          dataset: { testid: 'audit-time' },
          text: formatDateTime(e.at),
        }),
        h(
          'p',
          { class: 'mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700' },
          h('span', { class: 'text-slate-500', text: 'By' }),
          e.actorName ? h('span', { class: 'font-medium', text: e.actorName }) : null,
          badge(role, 'slate'),
          mono(e.actorId),
          filterLink('Only this person', { actorId: e.actorId }, 'audit-filter-actor'),
        ),
        h(
          'p',
          { class: 'mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700' },
          h('span', { class: 'text-slate-500', text: auditSubjects[e.subjectType] ?? e.subjectType }),
          mono(e.subjectId),
          filterLink('Only this record', { subjectId: e.subjectId }, 'audit-filter-subject'),
        ),
        e.sourceIp || e.userAgent
          ? h(
              'p',
              { class: 'mt-1 text-sm break-words text-slate-600' },
              h('span', { class: 'text-slate-500', text: 'From ' }),
              [e.sourceIp, e.userAgent].filter(Boolean).join(' · '),
            )
          : null,
        e.detail
          ? h('p', {
              class: 'mt-1 line-clamp-3 text-sm break-words text-slate-600',
              text: e.detail,
              title: e.detail,
              dataset: { testid: 'audit-detail' },
            })
          : null,
      ),
      isAppointment
        ? button('Appointment', {
            small: true,
            icon: 'calendar',
            srSuffix: e.subjectId.slice(0, 8),
            onClick: () => void openAppointmentDrawer(ctx, e.subjectId),
          })
        : null,
    ),
  );
}

export function auditView(ctx: ViewContext) {
  let filters = filtersFrom(ctx.params);
  const results = h('div', { class: 'mt-6' });

  const actionId = nextId('action');
  const action = h(
    'select',
    { id: actionId, name: 'action', class: 'field-input', dataset: { testid: 'audit-action' } },
    h('option', { value: '', text: 'Any action' }),
    Object.entries(auditActions).map(([value, { label }]) =>
      h('option', { value, text: `${label} (${value})` }),
    ),
  );
  action.value = filters.action;
  const dateInput = (name: 'from' | 'to', label: string) => {
    const id = nextId(name);
    const input = h('input', {
      id,
      type: 'date',
      name,
      value: filters[name],
      class: 'field-input',
      dataset: { testid: `audit-${name}` },
    });
    return h(
      'div',
      null,
      h('label', { for: id, class: 'field-label', text: label }),
      input,
      h('p', { class: 'field-error', hidden: true, dataset: { errorFor: name } }),
    );
  };
  const clear = button('Clear', { variant: 'ghost', testid: 'audit-clear', class: 'h-12' });
  const form = h(
    'form',
    {
      class: 'card mt-6 grid gap-4 p-5 sm:grid-cols-2 lg:grid-cols-3',
      'aria-label': 'Filter the audit log',
      dataset: { testid: 'audit-form' },
    },
    textField({
      name: 'actorId',
      label: 'Who (user id)',
      optional: true,
      value: filters.actorId,
      placeholder: 'e.g. 3f2b6c1e-…',
      testid: 'audit-actor',
      maxLength: 36,
    }),
    textField({
      name: 'subjectId',
      label: 'Which record (id)',
      optional: true,
      value: filters.subjectId,
      placeholder: 'an appointment, user or content id',
      testid: 'audit-subject',
      maxLength: 300,
    }),
    h('div', null, h('label', { for: actionId, class: 'field-label', text: 'What' }), action),
    dateInput('from', 'From (day)'),
    dateInput('to', 'To (day, inclusive)'),
    h(
      'div',
      { class: 'flex items-end gap-2' },
      button('Search', {
        variant: 'primary',
        type: 'submit',
        icon: 'search',
        testid: 'audit-search',
        class: 'h-12 flex-1',
      }),
      clear,
    ),
  );
  form.noValidate = true;
  clearErrorsOnEdit(form);

  const exportLink = h(
    'a',
    {
      class: 'btn-secondary',
      download: '',
      dataset: { testid: 'audit-export' },
    },
    iconSvg('download', 'size-4 shrink-0'),
    h('span', { text: 'Export CSV' }),
  );

  ctx.root.append(
    viewHeader(
      'Audit log',
      `Every read of medical or personal data and every admin action: who, what, which record, when and from where. Newest first; times in your time zone (${viewerZone()}).`,
      exportLink,
    ),
    form,
    results,
  );

  const load = () => {
    const query = toQuery(filters);
    exportLink.setAttribute('href', adminApi.auditExportUrl(query));
    exportLink.setAttribute(
      'aria-label',
      filtered(filters) ? 'Export CSV of the filtered audit log' : 'Export CSV of the whole audit log',
    );
    const list = pagedList<AuditEvent>({
      testid: 'audit-list',
      noun: ['event', 'events'],
      signal: ctx.signal,
      fetch: async (cursor, signal) => {
        const page = await adminApi.audit(query, cursor, { signal });
        return { items: page.events, nextCursor: page.nextCursor };
      },
      render: (e) => eventRow(ctx, e),
      empty: () =>
        emptyState({
          icon: 'shield-check',
          title: filtered(filters) ? 'No events match these filters' : 'Nothing recorded yet',
          text: filtered(filters)
            ? 'Try a wider date range, or clear a filter.'
            : 'Reads of medical data and admin actions appear here as they happen.',
          testid: 'audit-empty',
        }),
    });
    replaceChildren(results, list.el);
    void list.reload();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const next: Filters = {
      actorId: fieldValue(form, 'actorId'),
      subjectId: fieldValue(form, 'subjectId'),
      action: fieldValue(form, 'action'),
      from: fieldValue(form, 'from'),
      to: fieldValue(form, 'to'),
    };
    const errors: Record<string, string[]> = {};
    if (next.actorId && !UUID.test(next.actorId))
      errors.actorId = ['A user id looks like 3f2b6c1e-…-…: 36 characters.'];
    if (next.subjectId && !RECORD.test(next.subjectId))
      errors.subjectId = ['A record id has no spaces, e.g. an appointment id.'];
    if (next.from && next.to && next.to < next.from) errors.to = ['The end day is before the start day.'];
    if (Object.keys(errors).length) {
      showFieldErrors(form, errors);
      return;
    }
    filters = next;
    ctx.setParams({ ...filters });
    load();
  });
  clear.addEventListener('click', () => {
    form.reset();
    for (const input of form.querySelectorAll('input')) input.value = '';
    action.value = '';
    clearFormErrors(form);
    filters = { actorId: '', subjectId: '', action: '', from: '', to: '' };
    ctx.setParams({ actorId: null, subjectId: null, action: null, from: null, to: null });
    load();
  });

  // The latest events show at once; a link with filters opens them filtered.
  load();
}
