/** Audit log: who read which transcript or chat history, by user or by appointment. */
import { type AuditEvent, adminApi } from '../../lib/admin-api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { formatDateTime } from '../../lib/format.ts';
import { clearFormErrors, fieldValue, showFieldErrors } from '../../lib/forms.ts';
import { iconSvg } from '../../lib/icons.ts';
import { emptyState } from '../../lib/states.ts';
import { openAppointmentDrawer } from './appointments.ts';
import type { ViewContext } from './console.ts';
import { textField } from './fields.ts';
import { badge, button, clearErrorsOnEdit, mono, pagedList, row, viewHeader } from './ui.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ACTIONS: Record<string, [string, string]> = {
  'transcript.read': ['Read the transcript', 'file-text'],
  'chat.history.read': ['Read the chat history', 'mail'],
};

function eventRow(ctx: ViewContext, e: AuditEvent): HTMLLIElement {
  const [label, icon] = ACTIONS[e.action] ?? [e.action, 'shield-check'];
  return row(
    'audit-row',
    { action: e.action },
    h(
      'div',
      { class: 'flex flex-col gap-3 sm:flex-row sm:items-center' },
      h(
        'span',
        {
          class:
            'grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100',
        },
        iconSvg(icon, 'size-5'),
      ),
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h('p', { class: 'font-medium text-slate-900', text: label }),
        h('p', { class: 'text-sm text-slate-600', text: formatDateTime(e.at) }),
        h(
          'p',
          { class: 'mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700' },
          badge(e.actorRole.charAt(0).toUpperCase() + e.actorRole.slice(1), 'slate'),
          h('span', { class: 'text-slate-500', text: 'by' }),
          mono(e.actorId),
        ),
        h(
          'p',
          { class: 'mt-1 text-sm text-slate-700' },
          h('span', { class: 'text-slate-500', text: 'Appointment ' }),
          mono(e.appointmentId),
        ),
      ),
      button('Appointment', {
        small: true,
        icon: 'calendar',
        srSuffix: e.appointmentId.slice(0, 8),
        onClick: () => void openAppointmentDrawer(ctx, e.appointmentId),
      }),
    ),
  );
}

export function auditView(ctx: ViewContext) {
  const results = h('div', { class: 'mt-6' });
  const form = h(
    'form',
    {
      class: 'card mt-6 grid gap-4 p-5 sm:grid-cols-[1fr_1fr_auto] sm:items-start',
      'aria-label': 'Filter the audit log',
      dataset: { testid: 'audit-form' },
    },
    textField({
      name: 'userId',
      label: 'User id',
      optional: true,
      value: ctx.params.get('userId') ?? '',
      placeholder: 'e.g. 3f2b…',
      testid: 'audit-user',
      maxLength: 36,
    }),
    textField({
      name: 'appointmentId',
      label: 'Appointment id',
      optional: true,
      value: ctx.params.get('appointmentId') ?? '',
      testid: 'audit-appointment',
      maxLength: 36,
    }),
    h(
      'div',
      { class: 'sm:pt-7' },
      button('Search', {
        variant: 'primary',
        type: 'submit',
        icon: 'search',
        testid: 'audit-search',
        class: 'h-12 w-full',
      }),
    ),
  );
  form.noValidate = true;
  clearErrorsOnEdit(form);
  ctx.root.append(
    viewHeader(
      'Audit log',
      'Every time someone reads a consultation transcript or chat history. Filter by a user or an appointment (or both).',
    ),
    form,
    results,
  );

  const search = (userId: string, appointmentId: string) => {
    const list = pagedList<AuditEvent>({
      testid: 'audit-list',
      noun: ['event', 'events'],
      signal: ctx.signal,
      fetch: async (cursor, signal) => {
        const page = await adminApi.audit(
          { userId: userId || undefined, appointmentId: appointmentId || undefined },
          cursor,
          { signal },
        );
        return { items: page.events, nextCursor: page.nextCursor };
      },
      render: (e) => eventRow(ctx, e),
      empty: () =>
        emptyState({
          icon: 'shield-check',
          title: 'No reads recorded',
          text: 'Nobody has read a transcript or chat history matching this filter.',
          testid: 'audit-empty',
        }),
    });
    replaceChildren(results, list.el);
    void list.reload();
  };

  const prompt = () =>
    replaceChildren(
      results,
      emptyState({
        icon: 'search',
        title: 'Choose what to look at',
        text: 'Enter a user id or an appointment id. You find them in the Users and Appointments sections.',
        testid: 'audit-prompt',
      }),
    );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const userId = fieldValue(form, 'userId');
    const appointmentId = fieldValue(form, 'appointmentId');
    const errors: Record<string, string[]> = {};
    if (!userId && !appointmentId) errors.userId = ['Enter a user id or an appointment id.'];
    if (userId && !UUID.test(userId)) errors.userId = ['A user id looks like 3f2b6c1e-…-…: 36 characters.'];
    if (appointmentId && !UUID.test(appointmentId))
      errors.appointmentId = ['An appointment id looks like 3f2b6c1e-…-…: 36 characters.'];
    if (Object.keys(errors).length) {
      showFieldErrors(form, errors);
      return;
    }
    ctx.setParams({ userId, appointmentId });
    search(userId, appointmentId);
  });

  const userId = ctx.params.get('userId') ?? '';
  const appointmentId = ctx.params.get('appointmentId') ?? '';
  if ((userId && UUID.test(userId)) || (appointmentId && UUID.test(appointmentId)))
    search(UUID.test(userId) ? userId : '', UUID.test(appointmentId) ? appointmentId : '');
  else prompt();
}
