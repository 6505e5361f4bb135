/** Testimonials: approve patients' stories, feature approved ones on the home page, or delete them. */
import { type AdminTestimonial, adminApi } from '../../lib/admin-api.ts';
import { h, replaceChildren } from '../../lib/dom.ts';
import { iconSvg } from '../../lib/icons.ts';
import { emptyState } from '../../lib/states.ts';
import type { ViewContext } from './console.ts';
import {
  badge,
  button,
  confirmAction,
  dateOf,
  messageOf,
  nextId,
  notify,
  type PagedList,
  pagedList,
  tabs,
  withBusy,
} from './ui.ts';

type State = 'pending' | 'approved';

function stars(rating: number) {
  const value = Math.max(0, Math.min(5, Math.round(rating)));
  return h(
    'span',
    { class: 'flex gap-0.5', role: 'img', 'aria-label': `Rated ${value} out of 5` },
    Array.from({ length: 5 }, (_, i) => {
      const svg = iconSvg('star', `size-4 ${i < value ? 'text-accent-500' : 'text-slate-300'}`);
      if (i < value) svg.setAttribute('fill', 'currentColor');
      return svg;
    }),
  );
}

function testimonialRow(t: AdminTestimonial, state: State, list: PagedList<AdminTestimonial>): HTMLLIElement {
  const nameId = nextId('story');
  const actions = h('div', { class: 'flex flex-wrap gap-2' });
  const li = h(
    'li',
    {
      class: 'rounded-2xl border border-slate-200/80 bg-white p-4 shadow-card sm:p-5',
      dataset: { testid: 'testimonial-row', testimonialId: t.id, featured: String(t.featured) },
    },
    h(
      'figure',
      { 'aria-labelledby': nameId },
      h(
        'div',
        { class: 'flex flex-wrap items-center gap-x-3 gap-y-1' },
        stars(t.rating),
        h('figcaption', { id: nameId, class: 'font-semibold text-slate-900', text: t.name }),
        h('span', { class: 'text-sm text-slate-500', text: dateOf(t.createdAt) }),
        t.featured ? badge('Featured', 'amber', 'featured-badge') : null,
      ),
      h(
        'blockquote',
        { class: 'mt-2 text-sm leading-6 whitespace-pre-line text-slate-700' },
        h('p', { text: t.content }),
      ),
    ),
    h('div', { class: 'mt-4' }, actions),
  );

  const moderate = async (b: HTMLButtonElement, change: { approved?: boolean; featured?: boolean }) => {
    try {
      const { testimonial } = await withBusy(b, () => adminApi.moderateTestimonial(t.id, change));
      return testimonial;
    } catch (err) {
      notify(messageOf(err), 'error');
      return null;
    }
  };

  if (state === 'pending') {
    actions.append(
      button('Approve', {
        variant: 'primary',
        small: true,
        icon: 'check',
        srSuffix: `the story from ${t.name}`,
        testid: 'approve-testimonial',
        onClick: async (b) => {
          if (!(await moderate(b, { approved: true }))) return;
          list.remove(li, `Story from ${t.name} approved.`);
          notify(`The story from ${t.name} is approved. Feature it to show it on the home page.`);
        },
      }),
    );
  } else {
    actions.append(
      button(t.featured ? 'Unfeature' : 'Feature', {
        variant: t.featured ? 'secondary' : 'primary',
        small: true,
        icon: 'star',
        srSuffix: `the story from ${t.name}`,
        testid: 'feature-testimonial',
        onClick: async (b) => {
          const fresh = await moderate(b, { featured: !t.featured });
          if (!fresh) return;
          list.replace(li, { ...t, ...fresh });
          notify(
            fresh.featured
              ? `The story from ${t.name} is on the home page.`
              : `The story from ${t.name} is no longer featured.`,
          );
        },
      }),
      button('Move back to pending', {
        variant: 'ghost',
        small: true,
        srSuffix: `(the story from ${t.name})`,
        testid: 'unapprove-testimonial',
        onClick: async (b) => {
          if (!(await moderate(b, { approved: false }))) return;
          list.remove(li, `Story from ${t.name} moved back to pending.`);
          notify(`The story from ${t.name} is hidden again, waiting for approval.`);
        },
      }),
    );
  }
  actions.append(
    button('Delete', {
      variant: 'danger-ghost',
      small: true,
      icon: 'trash',
      srSuffix: `the story from ${t.name}`,
      testid: 'delete-testimonial',
      onClick: async () => {
        const ok = await confirmAction({
          title: `Delete the story from ${t.name}?`,
          testid: 'delete-testimonial-dialog',
          danger: true,
          body: h('p', {
            text: 'It is removed for good; the patient cannot submit another for this consultation.',
          }),
          confirmLabel: 'Delete story',
          busyLabel: 'Deleting…',
          run: async () => {
            await adminApi.deleteTestimonial(t.id);
          },
        });
        if (!ok) return;
        list.remove(li, `Story from ${t.name} deleted.`);
        notify(`The story from ${t.name} is deleted.`);
      },
    }),
  );
  return li;
}

export function testimonialsPanel(ctx: ViewContext, container: HTMLElement) {
  const headingId = nextId('stories-heading');
  const panel = h('div');
  const t = tabs<State>({
    label: 'Patient stories by state',
    options: [
      { value: 'pending', label: 'Waiting for approval' },
      { value: 'approved', label: 'Approved' },
    ],
    value: ctx.params.get('stories') === 'approved' ? 'approved' : 'pending',
    testid: 'testimonial-tabs',
    onChange: (value) => {
      ctx.setParams({ stories: value === 'pending' ? null : value });
      load(value);
    },
  });
  const tabpanel = t.panel(panel);
  container.append(
    h(
      'section',
      { 'aria-labelledby': headingId },
      h('h2', {
        id: headingId,
        tabindex: '-1',
        class: 'text-lg font-semibold text-slate-900',
        text: 'Patient stories',
      }),
      h('p', {
        class: 'mt-0.5 text-sm text-slate-600',
        text: 'Patients share these after a completed consultation. Nothing is public until you approve it.',
      }),
      h('div', { class: 'mt-4' }, t.el, tabpanel),
    ),
  );
  const load = (state: State) => {
    const list: PagedList<AdminTestimonial> = pagedList<AdminTestimonial>({
      testid: 'testimonials-list',
      noun: ['story', 'stories'],
      signal: ctx.signal,
      fetch: async (_cursor, signal) => {
        const { testimonials } = await adminApi.testimonials(state, { signal });
        return { items: testimonials, nextCursor: null };
      },
      render: (item, l) => testimonialRow(item, state, l),
      empty: () =>
        emptyState({
          icon: 'quote',
          title: state === 'pending' ? 'Nothing waiting for approval' : 'No approved stories yet',
          text:
            state === 'pending'
              ? 'New patient stories appear here for you to review.'
              : 'Stories you approve are listed here, ready to feature.',
          testid: 'testimonials-empty',
        }),
    });
    replaceChildren(panel, list.el);
    void list.reload();
  };
  load(t.value);
}
