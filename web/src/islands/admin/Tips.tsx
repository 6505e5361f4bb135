/**
 * Health tips: list, write (Markdown with a live preview through the same safe renderer the public
 * page uses), feature on the home page, and delete.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useId } from 'preact/hooks';
import type { AdminHealthTip } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { Field } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { fieldValue } from '../../components/useForm.ts';
import { api } from '../../lib/client.ts';
import { plainTextExcerpt } from '../../lib/excerpt.ts';
import { intlLocale } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { focusLater, useView } from './context.ts';
import {
  Act,
  AdminList,
  DeleteButton,
  EditorForm,
  Featured,
  Header,
  rowClass,
  Switch,
  useList,
} from './ui.tsx';

const MAX_CONTENT = 10_000;

/** Markdown help: a sample of the syntax, and what it makes. */
const HELP: [sample: () => string, what: () => string][] = [
  [m.admin_md_heading_sample, m.admin_md_heading],
  [m.admin_md_emphasis_sample, m.admin_md_emphasis],
  [m.admin_md_list_sample, m.admin_md_list],
  [m.admin_md_code_sample, m.admin_md_code],
  [m.admin_md_link_sample, m.admin_md_link],
  [m.admin_md_paragraph_sample, m.admin_md_paragraph],
];

function TipList({ focusId, edit }: { focusId: string | null; edit: (tip: AdminHealthTip | null) => void }) {
  const ctx = useView();
  const list = useList<AdminHealthTip>(
    'tips-list',
    [m.admin_n_tips, m.admin_tips_noun],
    (t) => t.id,
    async (_c, signal) => ({
      items: (await api.call('adminListHealthTips', undefined, { signal })).healthTips,
      nextCursor: null,
    }),
  );
  return (
    <section aria-labelledby="tips-heading">
      <Header id="tips-heading" title={m.nav_health_tips()} intro={m.admin_tips_intro()}>
        <Act
          look="main"
          icon={I.plus}
          label={m.admin_new_tip()}
          testid="new-tip"
          onClick={() => edit(null)}
        />
      </Header>
      <AdminList
        list={list}
        empty={{
          icon: I.fileText,
          title: m.admin_tips_empty(),
          text: m.admin_tips_empty_text(),
          testid: 'tips-empty',
        }}
        // Back from the editor: focus the tip that was edited or written.
        onReady={() => focusId && focusLater(`[data-tip-id="${focusId}"] [data-testid="edit-tip"]`)}
        renderItem={(tip) => (
          <li
            class={`${rowClass} flex flex-col gap-3 sm:flex-row sm:items-start`}
            data-testid="tip-row"
            data-tip-id={tip.id}
          >
            <div class="min-w-0 flex-1 text-sm text-slate-600">
              <h3 class="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
                <span data-testid="tip-title">{tip.title}</span>
                {tip.featured && <Featured />}
              </h3>
              {tip.authorName ? m.tip_by({ name: tip.authorName }) : m.tip_by_team()} ·{' '}
              {formatInstant({ iso: tip.createdAt, format: 'date' })}
              <p class="mt-2 line-clamp-2 text-slate-700">{plainTextExcerpt(tip.content, 200)}</p>
            </div>
            <div class="flex flex-wrap gap-2">
              <Act
                icon={I.pencil}
                label={m.admin_edit()}
                sr={tip.title}
                testid="edit-tip"
                onClick={() => edit(tip)}
              />
              <a
                href={pageHref(`/health-tips/view/?id=${encodeURIComponent(tip.id)}`)}
                target="_blank"
                rel="noopener"
                class="btn-ghost min-h-9 px-3 text-[0.8125rem]"
                data-testid="view-tip"
              >
                {m.admin_view()}
                <span class="sr-only"> {m.admin_view_tip({ title: tip.title })}</span>
              </a>
              <DeleteButton
                sr={tip.title}
                testid="delete-tip"
                title={m.admin_delete_quoted({ name: tip.title })}
                body={<p>{m.admin_tip_delete_body()}</p>}
                confirmLabel={m.admin_tip_delete_confirm()}
                onConfirm={async () => {
                  await api.call('adminDeleteHealthTip', { params: { tipId: tip.id } });
                  list.remove(tip.id, m.admin_tip_deleted_status({ title: tip.title }));
                  ctx.notify(m.admin_tip_deleted({ title: tip.title }));
                }}
              />
            </div>
          </li>
        )}
      />
    </section>
  );
}

/** What the tip will look like, as it is typed. */
const Preview = ({ title, content }: { title: string; content: string }) => (
  <section
    class="rounded-xl border border-slate-200 bg-white p-5 lg:sticky lg:top-20"
    aria-label={m.admin_preview()}
  >
    <p class="mb-4 flex items-center gap-2 border-b border-slate-100 pb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">
      <Icon shape={I.eye} class="size-4" />
      {m.admin_preview()}
    </p>
    <p
      class={`text-2xl font-bold tracking-tight ${title.trim() ? 'text-slate-900' : 'text-slate-500'}`}
      data-testid="tip-preview-title"
    >
      {title.trim() || m.admin_your_title()}
    </p>
    <div class="mt-4 min-h-24">
      {content.trim() ? (
        <Markdown source={content} testid="tip-preview" />
      ) : (
        <p class="text-sm text-slate-500 italic" data-testid="tip-preview">
          {m.admin_preview_empty()}
        </p>
      )}
    </div>
  </section>
);

const MarkdownHelp = () => (
  <details class="mt-3 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
    <summary class="cursor-pointer font-semibold text-slate-800">{m.admin_md_help()}</summary>
    <dl class="mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
      {HELP.map(([code, what]) => (
        <div key={code()} class="contents">
          <dt>
            <code class="rounded bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 ring-1 ring-slate-200">
              {code()}
            </code>
          </dt>
          <dd class="text-slate-600">{what()}</dd>
        </div>
      ))}
    </dl>
    <p class="mt-3 text-slate-600">{m.admin_md_safe()}</p>
  </details>
);

function Editor({ tip, done }: { tip: AdminHealthTip | null; done: (savedId?: string) => void }) {
  const ctx = useView();
  const id = useId();
  const title = useSignal(tip?.title ?? '');
  const content = useSignal(tip?.content ?? '');
  useEffect(() => document.getElementById(`${id}-title`)?.focus(), []);
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="tip-editor">
      <div class="flex flex-wrap items-center justify-between gap-3">
        <h2 id={`${id}-heading`} tabIndex={-1} class="text-lg font-semibold text-slate-900">
          {tip ? m.admin_edit_tip() : m.admin_new_tip()}
        </h2>
        <Act look="ghost" icon={I.arrowLeft} label={m.admin_back_to_list()} onClick={() => done(tip?.id)} />
      </div>
      <EditorForm
        class="card mt-4 grid gap-5 p-5 sm:p-6"
        testid="tip-form"
        ids={['tip-cancel', 'tip-save']}
        saveLabel={tip ? m.admin_save_changes() : m.admin_publish_tip()}
        onCancel={() => done(tip?.id)}
        validate={(f) => {
          const url = fieldValue(f, 'imageUrl');
          return url && !/^https:\/\//i.test(url) ? { imageUrl: [m.admin_https_only()] } : undefined;
        }}
        submit={async (f) => {
          const body = {
            title: fieldValue(f, 'title'),
            content: content.value.trim(),
            // '' removes a Hindi version: Hindi pages then show the English.
            titleHi: fieldValue(f, 'titleHi'),
            contentHi: fieldValue(f, 'contentHi'),
            featured: (f.elements.namedItem('featured') as HTMLInputElement).checked,
          };
          const imageUrl = fieldValue(f, 'imageUrl');
          const { healthTip: saved } = tip
            ? await api.call('adminUpdateHealthTip', {
                params: { tipId: tip.id },
                body: { ...body, imageUrl },
              })
            : await api.call('adminCreateHealthTip', { body: imageUrl ? { ...body, imageUrl } : body });
          ctx.notify((tip ? m.admin_tip_saved : m.admin_tip_published)({ title: saved.title }));
          done(saved.id);
        }}
      >
        {(errors) => (
          <>
            <Field
              id={`${id}-title`}
              name="title"
              label={m.admin_tip_title()}
              value={title.value}
              onInput={(e) => {
                title.value = e.currentTarget.value;
              }}
              minLength={3}
              maxLength={120}
              missing={m.admin_tip_title_missing()}
              invalid={m.admin_tip_title_invalid()}
              error={errors.title}
              testid="tip-title-input"
              autocomplete="off"
            />
            <div class="grid gap-5 lg:grid-cols-2">
              <Field
                id={`${id}-image`}
                name="imageUrl"
                type="url"
                optional
                label={m.admin_image_link()}
                hint={m.admin_image_hint()}
                defaultValue={tip?.imageUrl ?? ''}
                invalid={m.admin_https_only()}
                maxLength={2000}
                error={errors.imageUrl}
                testid="tip-image"
              />
              <Switch
                name="featured"
                label={m.admin_feature_home()}
                hint={m.admin_feature_home_hint()}
                checked={tip?.featured ?? false}
                testid="tip-featured"
              />
            </div>
            <div class="grid gap-5 lg:grid-cols-2 lg:items-start">
              <div>
                <Field
                  id={`${id}-content`}
                  name="content"
                  as="textarea"
                  label={m.admin_tip_content()}
                  hint={m.admin_tip_content_hint()}
                  value={content.value}
                  onInput={(e) => {
                    content.value = e.currentTarget.value;
                  }}
                  minLength={10}
                  maxLength={MAX_CONTENT}
                  rows={18}
                  missing={m.admin_tip_content_missing()}
                  invalid={m.admin_tip_content_invalid()}
                  error={errors.content}
                  testid="tip-content"
                  describedBy={`${id}-counter`}
                  after={
                    <p
                      id={`${id}-counter`}
                      class="mt-1 text-right text-xs text-slate-600 tabular-nums"
                      data-testid="tip-counter"
                    >
                      {content.value.length.toLocaleString(intlLocale())} /{' '}
                      {MAX_CONTENT.toLocaleString(intlLocale())}
                    </p>
                  }
                />
                <MarkdownHelp />
              </div>
              <Preview title={title.value} content={content.value} />
            </div>
            <Field
              id={`${id}-title-hi`}
              name="titleHi"
              optional
              lang="hi"
              label={m.admin_tip_title_hi()}
              hint={m.admin_hindi_hint()}
              defaultValue={tip?.titleHi ?? ''}
              minLength={3}
              maxLength={120}
              invalid={m.admin_tip_title_invalid()}
              error={errors.titleHi}
              testid="tip-title-hi-input"
              autocomplete="off"
            />
            <Field
              id={`${id}-content-hi`}
              name="contentHi"
              as="textarea"
              optional
              lang="hi"
              label={m.admin_tip_content_hi()}
              defaultValue={tip?.contentHi ?? ''}
              minLength={10}
              maxLength={MAX_CONTENT}
              rows={8}
              invalid={m.admin_tip_content_invalid()}
              error={errors.contentHi}
              testid="tip-content-hi-input"
            />
          </>
        )}
      </EditorForm>
    </section>
  );
}

export default function Tips() {
  const editing = useSignal<{ tip: AdminHealthTip | null } | null>(null);
  const focusId = useSignal<string | null>(null);
  if (!editing.value)
    return (
      <TipList
        focusId={focusId.value}
        edit={(tip) => {
          editing.value = { tip };
        }}
      />
    );
  const done = (savedId?: string) => {
    focusId.value = savedId ?? null;
    editing.value = null;
  };
  return <Editor tip={editing.value.tip} done={done} />;
}
