/** Patient stories: approve them, feature approved ones on the home page, send them back, or delete them. */
import { useSignal } from '@preact/signals';
import type { AdminTestimonial } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { Icon } from '../../components/Icon.tsx';
import { EmptyState } from '../../components/States.tsx';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import { Act, AdminList, Badge, ConfirmButton, type List, messageOf, rowClass, ViewTabs } from './ui.tsx';

type State = 'pending' | 'approved';

function StoryRow({
  story: t,
  state,
  list,
}: {
  story: AdminTestimonial;
  state: State;
  list: List<AdminTestimonial>;
}) {
  const ctx = useView();
  const busy = useSignal<string | null>(null);
  const sr = m.admin_story_from({ name: t.name });
  const rating = Math.max(0, Math.min(5, Math.round(t.rating)));
  /** Approves, features or sends back; `done` gets the story as it is now. */
  const moderate = async (
    which: string,
    change: Partial<AdminTestimonial>,
    done: (fresh: AdminTestimonial) => void,
  ) => {
    busy.value = which;
    try {
      done(
        (await api.call('adminModerateTestimonial', { params: { testimonialId: t.id }, body: change }))
          .testimonial,
      );
    } catch (err) {
      ctx.notify(messageOf(err), 'error');
    } finally {
      busy.value = null;
    }
  };
  const taken = (status: string, toast: string) => {
    list.remove(t.id, status);
    ctx.notify(toast);
  };
  return (
    <li
      class={rowClass}
      data-testid="testimonial-row"
      data-testimonial-id={t.id}
      data-featured={String(t.featured)}
    >
      <figure aria-labelledby={`story-${t.id}`}>
        <div class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
          <span class="flex gap-0.5" role="img" aria-label={m.admin_rated({ value: rating })}>
            {[0, 1, 2, 3, 4].map((i) => (
              <span key={i} class={i < rating ? 'text-accent-500 [&_svg]:fill-current' : 'text-slate-300'}>
                <Icon shape={I.star} class="size-4" />
              </span>
            ))}
          </span>
          <figcaption id={`story-${t.id}`} class="font-semibold text-slate-900">
            {t.name}
          </figcaption>
          {formatInstant({ iso: t.createdAt, format: 'date' })}
          {t.featured && (
            <Badge tone="amber" testid="featured-badge">
              {m.admin_featured()}
            </Badge>
          )}
        </div>
        <blockquote class="mt-2 text-sm leading-6 whitespace-pre-line text-slate-700">{t.content}</blockquote>
      </figure>
      <div class="mt-4 flex flex-wrap gap-2">
        {state === 'pending' ? (
          <Act
            look="primary"
            icon={I.check}
            label={m.admin_approve()}
            sr={sr}
            busy={busy.value === 'approve'}
            testid="approve-testimonial"
            onClick={() =>
              moderate('approve', { approved: true }, () =>
                taken(
                  m.admin_story_approved_status({ name: t.name }),
                  m.admin_story_approved_toast({ name: t.name }),
                ),
              )
            }
          />
        ) : (
          <>
            <Act
              look={t.featured ? 'secondary' : 'primary'}
              icon={I.star}
              label={t.featured ? m.admin_unfeature() : m.admin_feature()}
              sr={sr}
              busy={busy.value === 'feature'}
              testid="feature-testimonial"
              onClick={() =>
                moderate('feature', { featured: !t.featured }, (fresh) => {
                  list.update(t.id, (x) => ({ ...x, ...fresh }));
                  ctx.notify(
                    (fresh.featured ? m.admin_story_featured_toast : m.admin_story_unfeatured_toast)({
                      name: t.name,
                    }),
                  );
                })
              }
            />
            <Act
              look="ghost"
              label={m.admin_unapprove()}
              sr={sr}
              busy={busy.value === 'unapprove'}
              testid="unapprove-testimonial"
              onClick={() =>
                moderate('unapprove', { approved: false }, () =>
                  taken(
                    m.admin_story_pending_status({ name: t.name }),
                    m.admin_story_pending_toast({ name: t.name }),
                  ),
                )
              }
            />
          </>
        )}
        <ConfirmButton
          icon={I.trash}
          label={m.admin_delete()}
          sr={sr}
          testid="delete-testimonial"
          dialog={{
            title: m.admin_story_delete_title({ name: t.name }),
            body: <p>{m.admin_story_delete_body()}</p>,
            confirmLabel: m.admin_story_delete_confirm(),
            busyLabel: m.admin_deleting(),
            onConfirm: async () => {
              await api.call('adminDeleteTestimonial', { params: { testimonialId: t.id } });
              taken(
                m.admin_story_deleted_status({ name: t.name }),
                m.admin_story_deleted_toast({ name: t.name }),
              );
            },
          }}
        />
      </div>
    </li>
  );
}

export default function Stories() {
  return (
    <section aria-labelledby="stories-heading">
      <h2 id="stories-heading" tabIndex={-1} class="text-lg font-semibold text-slate-900">
        {m.admin_stories()}
      </h2>
      <p class="mt-0.5 text-sm text-slate-600">{m.admin_stories_intro()}</p>
      <ViewTabs
        label={m.admin_stories_tabs()}
        values={['pending', 'approved'] as const}
        labelOf={(s) => (s === 'pending' ? m.admin_stories_waiting() : m.admin_stories_approved())}
        param="stories"
        testid="testimonial-tabs"
      >
        {(state) => (
          <AdminList<AdminTestimonial>
            key={state}
            testid="testimonials-list"
            noun={{ count: (count) => m.admin_n_stories({ count }), plural: m.admin_stories_noun() }}
            itemKey={(t) => t.id}
            fetch={async (_cursor, signal) => ({
              items: (await api.call('adminListTestimonials', { query: { state } }, { signal })).testimonials,
              nextCursor: null,
            })}
            renderItem={(t, list) => <StoryRow story={t} state={state} list={list} />}
            empty={
              state === 'pending' ? (
                <EmptyState
                  icon={I.quote}
                  title={m.admin_stories_empty_pending()}
                  text={m.admin_stories_empty_pending_text()}
                  testid="testimonials-empty"
                />
              ) : (
                <EmptyState
                  icon={I.quote}
                  title={m.admin_stories_empty_approved()}
                  text={m.admin_stories_empty_approved_text()}
                  testid="testimonials-empty"
                />
              )
            }
          />
        )}
      </ViewTabs>
    </section>
  );
}
