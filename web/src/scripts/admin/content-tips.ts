/**
 * Health tips: list, write (Markdown with a live preview through the same safe renderer the public
 * page uses), feature on the home page, and delete.
 */
import { type AdminHealthTip, adminApi } from '../../lib/admin-api.ts';
import { tipAuthor } from '../../lib/content-ui.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { plainTextExcerpt } from '../../lib/format.ts';
import { bindForm, fieldValue, formErrorSummary } from '../../lib/forms.ts';
import { iconSvg } from '../../lib/icons.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { emptyState } from '../../lib/states.ts';
import type { ViewContext } from './console.ts';
import { checked, switchField, textareaField, textField } from './fields.ts';
import {
  badge,
  button,
  clearErrorsOnEdit,
  confirmAction,
  dateOf,
  nextId,
  notify,
  type PagedList,
  pagedList,
  sectionHeader,
} from './ui.ts';

const MAX_CONTENT = 10_000;

const HELP: [string, string][] = [
  ['## Heading', 'a section heading (### for a smaller one)'],
  ['**bold**, *italic*', 'emphasis'],
  ['- item or 1. item', 'a list, one item per line'],
  ['`code`', 'a dose or a term, set apart'],
  ['[text](https://…)', 'a link; only https:// links work'],
  ['blank line', 'a new paragraph'],
];

export function tipsPanel(ctx: ViewContext, container: HTMLElement) {
  const headingId = nextId('tips-heading');

  function showList(focusTipId?: string) {
    const add = button('New health tip', {
      variant: 'primary',
      icon: 'plus',
      class: 'shrink-0 self-start sm:self-auto',
      testid: 'new-tip',
      onClick: () => showEditor(),
    });
    const list: PagedList<AdminHealthTip> = pagedList<AdminHealthTip>({
      testid: 'tips-list',
      noun: ['health tip', 'health tips'],
      signal: ctx.signal,
      fetch: async (_cursor, signal) => {
        const { healthTips } = await adminApi.tips({ signal });
        return { items: healthTips, nextCursor: null };
      },
      render: (tip) => tipRow(tip, list),
      empty: () =>
        emptyState({
          icon: 'file-text',
          title: 'No health tips yet',
          text: 'Write practical advice from our doctors; featured tips appear on the home page.',
          testid: 'tips-empty',
        }),
    });
    replaceChildren(
      container,
      h(
        'section',
        { 'aria-labelledby': headingId },
        sectionHeader(
          headingId,
          'Health tips',
          'Published at /health-tips/. The newest three featured tips also appear on the home page.',
          add,
        ),
        h('div', { class: 'mt-4' }, list.el),
      ),
    );
    void list.reload().then(() => {
      if (!focusTipId) return;
      container.querySelector<HTMLElement>(`[data-tip-id="${focusTipId}"] [data-testid="edit-tip"]`)?.focus();
    });
  }

  function tipRow(tip: AdminHealthTip, list: PagedList<AdminHealthTip>): HTMLLIElement {
    const titleId = nextId('tip-title');
    const li = h(
      'li',
      {
        class: 'rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card sm:p-5',
        dataset: { testid: 'tip-row', tipId: tip.id },
      },
      h(
        'div',
        { class: 'flex flex-col gap-3 sm:flex-row sm:items-start' },
        h(
          'div',
          { class: 'min-w-0 flex-1' },
          h(
            'div',
            { class: 'flex flex-wrap items-center gap-2' },
            h('h3', {
              id: titleId,
              class: 'font-semibold text-slate-900',
              text: tip.title,
              dataset: { testid: 'tip-title' },
            }),
            tip.featured ? badge('Featured', 'amber', 'featured-badge') : null,
          ),
          h('p', {
            class: 'mt-0.5 text-sm text-slate-600',
            text: `${tipAuthor(tip)} · ${dateOf(tip.createdAt)}`,
          }),
          h('p', {
            class: 'mt-2 line-clamp-2 text-sm text-slate-700',
            text: plainTextExcerpt(tip.content, 200),
          }),
        ),
        h(
          'div',
          { class: 'flex flex-wrap gap-2' },
          button('Edit', {
            small: true,
            icon: 'pencil',
            srSuffix: tip.title,
            testid: 'edit-tip',
            onClick: () => showEditor(tip),
          }),
          h(
            'a',
            {
              href: `/health-tips/view/?id=${encodeURIComponent(tip.id)}`,
              target: '_blank',
              rel: 'noopener',
              class: 'btn-ghost min-h-9 px-3 text-[0.8125rem]',
              dataset: { testid: 'view-tip' },
            },
            'View',
            h('span', { class: 'sr-only', text: ` ${tip.title} on the site (opens in a new tab)` }),
          ),
          button('Delete', {
            small: true,
            variant: 'danger-ghost',
            icon: 'trash',
            srSuffix: tip.title,
            testid: 'delete-tip',
            onClick: async () => {
              const ok = await confirmAction({
                title: `Delete “${tip.title}”?`,
                testid: 'delete-tip-dialog',
                danger: true,
                body: h('p', { text: 'It is removed from the site straight away. This cannot be undone.' }),
                confirmLabel: 'Delete health tip',
                busyLabel: 'Deleting…',
                run: async () => {
                  await adminApi.deleteTip(tip.id);
                },
              });
              if (!ok) return;
              list.remove(li, `${tip.title} deleted.`);
              notify(`“${tip.title}” is deleted.`);
            },
          }),
        ),
      ),
    );
    return li;
  }

  function showEditor(tip?: AdminHealthTip) {
    const editorHeadingId = nextId('editor-heading');
    const preview = h('div', { class: 'min-h-24', dataset: { testid: 'tip-preview' } });
    const previewTitle = h('p', {
      class: 'text-2xl font-bold tracking-tight text-slate-900',
      dataset: { testid: 'tip-preview-title' },
    });
    const counter = h('p', {
      class: 'mt-1 text-right text-xs text-slate-600 tabular-nums',
      dataset: { testid: 'tip-counter' },
    });
    const contentField = textareaField(
      {
        name: 'content',
        label: 'Content (Markdown)',
        hint: 'Plain words work. For formatting, see “Formatting help” below.',
        value: tip?.content,
        minLength: 10,
        maxLength: MAX_CONTENT,
        rows: 18,
        missing: 'Write the tip (at least a sentence).',
        invalid: 'Use 10 to 10,000 characters.',
        testid: 'tip-content',
      },
      counter,
    );
    const help = h(
      'details',
      { class: 'mt-3 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm' },
      h('summary', { class: 'cursor-pointer font-semibold text-slate-800', text: 'Formatting help' }),
      h(
        'dl',
        { class: 'mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]' },
        HELP.flatMap(([code, what]) => [
          h(
            'dt',
            null,
            h('code', {
              class: 'rounded bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 ring-1 ring-slate-200',
              text: code,
            }),
          ),
          h('dd', { class: 'text-slate-600', text: what }),
        ]),
      ),
      h('p', {
        class: 'mt-3 text-slate-600',
        text: 'HTML is shown as text, never run. Anything else appears exactly as typed.',
      }),
    );
    const form = h(
      'form',
      { class: 'card mt-4 grid gap-5 p-5 sm:p-6', dataset: { testid: 'tip-form' } },
      textField({
        name: 'title',
        label: 'Title',
        value: tip?.title,
        minLength: 3,
        maxLength: 120,
        missing: 'Give the tip a title.',
        invalid: 'Use 3 to 120 characters.',
        testid: 'tip-title-input',
      }),
      h(
        'div',
        { class: 'grid gap-5 lg:grid-cols-2' },
        textField({
          name: 'imageUrl',
          label: 'Image link',
          type: 'url',
          optional: true,
          value: tip?.imageUrl ?? '',
          hint: 'An https:// address. It is shown only if the image is on this site.',
          invalid: 'Use an https:// link.',
          testid: 'tip-image',
          maxLength: 2000,
        }),
        switchField({
          name: 'featured',
          label: 'Feature on the home page',
          hint: 'The newest three featured tips are shown there.',
          checked: tip?.featured ?? false,
          testid: 'tip-featured',
        }),
      ),
      h(
        'div',
        { class: 'grid gap-5 lg:grid-cols-2 lg:items-start' },
        h('div', null, contentField, help),
        h(
          'section',
          {
            class: 'rounded-xl border border-slate-200 bg-white p-5 lg:sticky lg:top-20',
            'aria-label': 'Preview',
          },
          h(
            'p',
            {
              class:
                'mb-4 flex items-center gap-2 border-b border-slate-100 pb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase',
            },
            iconSvg('eye', 'size-4'),
            'Preview',
          ),
          previewTitle,
          h('div', { class: 'mt-4' }, preview),
        ),
      ),
      formErrorSummary({ compact: true }),
      h(
        'div',
        { class: 'flex flex-col-reverse gap-2 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end' },
        button('Cancel', { variant: 'ghost', testid: 'tip-cancel', onClick: () => showList(tip?.id) }),
        (() => {
          const save = button(tip ? 'Save changes' : 'Publish tip', {
            variant: 'primary',
            type: 'submit',
            testid: 'tip-save',
          });
          save.dataset.busyLabel = 'Saving…';
          return save;
        })(),
      ),
    );

    const titleInput = form.elements.namedItem('title') as HTMLInputElement;
    const contentInput = form.elements.namedItem('content') as HTMLTextAreaElement;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const title = titleInput.value.trim();
        previewTitle.textContent = title || 'Your title';
        previewTitle.className = `text-2xl font-bold tracking-tight ${title ? 'text-slate-900' : 'text-slate-500'}`;
        const source = contentInput.value;
        if (source.trim()) replaceChildren(preview, renderMarkdown(source));
        else
          replaceChildren(
            preview,
            h('p', {
              class: 'text-sm text-slate-500 italic',
              text: 'The formatted tip appears here as you write.',
            }),
          );
        counter.textContent = `${contentInput.value.length.toLocaleString('en-IN')} / ${MAX_CONTENT.toLocaleString('en-IN')}`;
      });
    };
    titleInput.addEventListener('input', update);
    contentInput.addEventListener('input', update);

    clearErrorsOnEdit(form);
    bindForm(form, {
      validate: () => {
        const url = fieldValue(form, 'imageUrl');
        return url && !/^https:\/\//i.test(url) ? { imageUrl: ['Use an https:// link.'] } : undefined;
      },
      submit: async () => {
        const body = {
          title: fieldValue(form, 'title'),
          content: contentInput.value.trim(),
          featured: checked(form, 'featured'),
        };
        const imageUrl = fieldValue(form, 'imageUrl');
        const { healthTip } = tip
          ? await adminApi.updateTip(tip.id, { ...body, imageUrl })
          : await adminApi.createTip(imageUrl ? { ...body, imageUrl } : body);
        showList(healthTip.id);
        notify(tip ? `“${healthTip.title}” is saved.` : `“${healthTip.title}” is published.`);
        return undefined;
      },
    });

    replaceChildren(
      container,
      h(
        'section',
        { 'aria-labelledby': editorHeadingId, dataset: { testid: 'tip-editor' } },
        h(
          'div',
          { class: 'flex flex-wrap items-center justify-between gap-3' },
          h('h2', {
            id: editorHeadingId,
            tabindex: '-1',
            class: 'text-lg font-semibold text-slate-900',
            text: tip ? 'Edit health tip' : 'New health tip',
          }),
          button('Back to the list', {
            variant: 'ghost',
            small: true,
            icon: 'arrow-left',
            onClick: () => showList(tip?.id),
          }),
        ),
        form,
      ),
    );
    update();
    titleInput.focus();
  }

  showList();
}
