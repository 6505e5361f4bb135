/**
 * Patient stories: approve them, feature approved ones on the home page, send them back, or delete
 * them; and add one (a patient's letter or call, with their permission), which is created approved.
 */
import { useSignal } from '@preact/signals';
import type { AdminTestimonial } from '../../../../functions/contract/api.ts';
import { formatInstant } from '../../components/DateTime.tsx';
import { Field } from '../../components/Field.tsx';
import { Icon } from '../../components/Icon.tsx';
import { fieldValue } from '../../components/useForm.ts';
import { api, errorText } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { m } from '../../paraglide/messages.js';
import { useView } from './context.ts';
import {
  Act,
  DeleteButton,
  EditorForm,
  Featured,
  Header,
  type List,
  rowClass,
  Switch,
  TabbedList,
} from './ui.tsx';

type State = 'pending' | 'approved';
type Named = (p: { name: string }) => string;

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
  const name = { name: t.name };
  const sr = m.admin_story_from(name);
  const rating = Math.max(0, Math.min(5, Math.round(t.rating)));
  /** The story leaves this tab: the list says so, and a toast says what follows. */
  const taken = (status: Named, toast: Named) => {
    list.remove(t.id, status(name));
    ctx.notify(toast(name));
  };
  /** Approves, features or sends back; `done` gets the story as it is now. */
  const moderate = async (
    which: string,
    change: Partial<AdminTestimonial>,
    done: (fresh: AdminTestimonial) => void,
  ) => {
    busy.value = which;
    try {
      const params = { testimonialId: t.id };
      done((await api.call('adminModerateTestimonial', { params, body: change })).testimonial);
    } catch (err) {
      ctx.notify(errorText(err), 'error');
    } finally {
      busy.value = null;
    }
  };
  const act = (
    which: string,
    look: 'primary' | 'secondary' | 'ghost',
    label: string,
    onClick: () => void,
    icon?: I.IconShapes,
  ) => (
    <Act
      look={look}
      icon={icon}
      label={label}
      sr={sr}
      busy={busy.value === which}
      testid={`${which}-testimonial`}
      onClick={onClick}
    />
  );
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
          {t.featured && <Featured />}
        </div>
        <blockquote class="mt-2 text-sm leading-6 whitespace-pre-line text-slate-700">{t.content}</blockquote>
      </figure>
      <div class="mt-4 flex flex-wrap gap-2">
        {state === 'pending'
          ? act(
              'approve',
              'primary',
              m.admin_approve(),
              () =>
                moderate('approve', { approved: true }, () =>
                  taken(m.admin_story_approved_status, m.admin_story_approved_toast),
                ),
              I.check,
            )
          : [
              act(
                'feature',
                t.featured ? 'secondary' : 'primary',
                t.featured ? m.admin_unfeature() : m.admin_feature(),
                () =>
                  moderate('feature', { featured: !t.featured }, (fresh) => {
                    list.update(t.id, (x) => ({ ...x, ...fresh }));
                    ctx.notify(
                      (fresh.featured ? m.admin_story_featured_toast : m.admin_story_unfeatured_toast)(name),
                    );
                  }),
                I.star,
              ),
              act('unapprove', 'ghost', m.admin_unapprove(), () =>
                moderate('unapprove', { approved: false }, () =>
                  taken(m.admin_story_pending_status, m.admin_story_pending_toast),
                ),
              ),
            ]}
        <DeleteButton
          sr={sr}
          testid="delete-testimonial"
          title={m.admin_story_delete_title(name)}
          body={<p>{m.admin_story_delete_body()}</p>}
          confirmLabel={m.admin_story_delete_confirm()}
          onConfirm={async () => {
            await api.call('adminDeleteTestimonial', { params: { testimonialId: t.id } });
            taken(m.admin_story_deleted_status, m.admin_story_deleted_toast);
          }}
        />
      </div>
    </li>
  );
}

/** Each tab's label, and its empty state's title and text. */
const TABS = {
  pending: [m.admin_stories_waiting, m.admin_stories_empty_pending, m.admin_stories_empty_pending_text],
  approved: [m.admin_stories_approved, m.admin_stories_empty_approved, m.admin_stories_empty_approved_text],
} as const;

/** The form that adds a story; `done` gets the story when one was added. */
function NewStory({ done }: { done: (added?: AdminTestimonial) => void }) {
  const ctx = useView();
  return (
    <section aria-labelledby="new-story-heading" class="card mt-6 p-5 sm:p-6" data-testid="story-editor">
      <h2 id="new-story-heading" class="text-lg font-semibold text-slate-900">
        {m.admin_story_new()}
      </h2>
      <p class="mt-1 text-sm text-slate-600">{m.admin_story_new_intro()}</p>
      <EditorForm
        class="mt-4 grid gap-4"
        testid="story-form"
        ids={['story-cancel', 'story-save']}
        saveLabel={m.admin_story_add()}
        onCancel={() => done()}
        validate={(f) => {
          const url = fieldValue(f, 'imageUrl');
          return url && !/^https:\/\//i.test(url) ? { imageUrl: [m.admin_https_only()] } : undefined;
        }}
        submit={async (f) => {
          const imageUrl = fieldValue(f, 'imageUrl');
          const { testimonial } = await api.call('adminCreateTestimonial', {
            body: {
              name: fieldValue(f, 'name'),
              content: fieldValue(f, 'content'),
              rating: Number(fieldValue(f, 'rating')),
              featured: (f.elements.namedItem('featured') as HTMLInputElement).checked,
              ...(imageUrl ? { imageUrl } : {}),
            },
          });
          ctx.notify(m.admin_story_added_toast({ name: testimonial.name }));
          done(testimonial);
        }}
      >
        {(errors) => (
          <>
            <Field
              id="story-name"
              name="name"
              label={m.admin_story_name()}
              hint={m.admin_story_name_hint()}
              minLength={2}
              maxLength={80}
              error={errors.name}
              testid="story-name"
              autocomplete="off"
            />
            <Field
              id="story-content"
              name="content"
              as="textarea"
              rows={4}
              label={m.admin_story_content()}
              minLength={10}
              maxLength={1000}
              error={errors.content}
              testid="story-content"
            />
            <Field
              id="story-rating"
              name="rating"
              as="select"
              label={m.admin_story_rating()}
              defaultValue="5"
              error={errors.rating}
              testid="story-rating"
            >
              {[5, 4, 3, 2, 1].map((r) => (
                <option key={r} value={String(r)}>
                  {m.admin_rated({ value: r })}
                </option>
              ))}
            </Field>
            <Field
              id="story-image"
              name="imageUrl"
              type="url"
              optional
              label={m.admin_image_link()}
              hint={m.admin_image_hint()}
              invalid={m.admin_https_only()}
              maxLength={500}
              error={errors.imageUrl}
              testid="story-image"
            />
            <Switch
              name="featured"
              label={m.admin_feature_home()}
              hint={m.admin_story_feature_hint()}
              checked={false}
              testid="story-featured"
            />
          </>
        )}
      </EditorForm>
    </section>
  );
}

export default function Stories() {
  const adding = useSignal(false);
  /** Bumped when a story was added, so the lists are read again. */
  const version = useSignal(0);
  return (
    <section aria-labelledby="stories-heading">
      <Header id="stories-heading" title={m.admin_stories()} intro={m.admin_stories_intro()}>
        {!adding.value && (
          <Act
            look="primary"
            icon={I.plus}
            label={m.admin_story_new()}
            testid="add-story"
            onClick={() => {
              adding.value = true;
            }}
          />
        )}
      </Header>
      {adding.value && (
        <NewStory
          done={(added) => {
            adding.value = false;
            if (added) version.value += 1;
          }}
        />
      )}
      <TabbedList<State, AdminTestimonial>
        listKey={String(version.value)}
        label={m.admin_stories_tabs()}
        values={['pending', 'approved']}
        labelOf={(s) => TABS[s][0]()}
        param="stories"
        testid="testimonial-tabs"
        list="testimonials-list"
        noun={[m.admin_n_stories, m.admin_stories_noun]}
        itemKey={(t) => t.id}
        fetch={async (state, _cursor, signal) => ({
          items: (await api.call('adminListTestimonials', { query: { state } }, { signal })).testimonials,
          nextCursor: null,
        })}
        renderItem={(t, list, state) => <StoryRow story={t} state={state} list={list} />}
        empty={(state) => ({
          icon: I.quote,
          title: TABS[state][1](),
          text: TABS[state][2](),
          testid: 'testimonials-empty',
        })}
      />
    </section>
  );
}
