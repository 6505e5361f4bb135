/**
 * The patient's feedback after a completed consultation: a 1–5 star rating made of real radio
 * buttons (arrow keys move between them, the screen reader says "3 stars, 3 of 5"), a few words, and
 * a thank-you once sent. Reviews are published only after our team approves them.
 */
import { api } from './api.ts';
import { h, replaceChildren } from './dom.ts';
import { bindForm, clearFieldError, fieldValue, formErrorSummary } from './forms.ts';
import { iconSvg } from './icons.ts';
import { notice } from './page-ui.ts';

const WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

export function testimonialSection(appointmentId: string, doctorName: string): HTMLElement {
  const labels: HTMLLabelElement[] = [];
  const ratingWord = h('span', {
    class: 'text-sm font-medium text-slate-700',
    dataset: { testid: 'rating-word' },
  });

  const paint = (value: number) => {
    for (const [i, label] of labels.entries()) {
      const on = i < value;
      label
        .querySelector('svg')
        ?.setAttribute(
          'class',
          `size-8 transition-colors ${on ? 'fill-accent-400 text-accent-600' : 'fill-white text-slate-400'}`,
        );
    }
    ratingWord.textContent = WORDS[value] ?? '';
  };

  const stars = [1, 2, 3, 4, 5].map((n) => {
    const input = h('input', {
      type: 'radio',
      name: 'rating',
      value: String(n),
      id: `rating-${n}`,
      class: 'peer sr-only',
      required: n === 1,
      'data-msg-missing': 'Choose a rating from 1 to 5 stars.',
      dataset: { testid: `rating-${n}` },
    });
    const label = h(
      'label',
      {
        for: `rating-${n}`,
        class:
          'grid size-11 cursor-pointer place-items-center rounded-lg peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500',
      },
      iconSvg('star', 'size-8 fill-white text-slate-400'),
      h('span', { class: 'sr-only', text: `${n} ${n === 1 ? 'star' : 'stars'}, ${WORDS[n]}` }),
    );
    labels.push(label);
    input.addEventListener('change', () => paint(n));
    return h('span', { class: 'relative' }, input, label);
  });

  const counter = h('p', {
    id: 'feedback-count',
    class: 'mt-1 text-right text-xs text-slate-500',
    text: '0 / 1,000',
  });
  const textarea = h('textarea', {
    id: 'feedback-content',
    name: 'content',
    rows: 4,
    maxlength: 1000,
    required: true,
    class: 'field-input h-auto min-h-28 py-2.5 leading-6',
    'aria-describedby': 'feedback-hint feedback-count',
    'data-msg-missing': 'Write a sentence or two about your consultation.',
    dataset: { testid: 'feedback-content' },
  });
  textarea.addEventListener('input', () => {
    counter.textContent = `${textarea.value.length.toLocaleString('en-IN')} / 1,000`;
  });

  const submit = h(
    'button',
    {
      type: 'submit',
      class: 'btn-primary',
      'data-busy-label': 'Sending…',
      dataset: { testid: 'feedback-submit' },
    },
    h('span', { class: 'spinner', 'aria-hidden': 'true', hidden: true, dataset: { spinner: '' } }),
    h('span', { text: 'Send feedback', dataset: { label: '' } }),
  );

  const formError = formErrorSummary();

  const form = h(
    'form',
    { class: 'mt-4 grid gap-5', dataset: { testid: 'feedback-form' } },
    formError,
    h(
      'fieldset',
      { dataset: { errorTarget: 'rating' } },
      h('legend', { class: 'field-label', text: 'Your rating' }),
      h(
        'div',
        { class: 'mt-1.5 flex flex-wrap items-center gap-1' },
        stars,
        h('span', { class: 'ml-2' }, ratingWord),
      ),
      h('p', { id: 'rating-error', class: 'field-error', hidden: true, dataset: { errorFor: 'rating' } }),
    ),
    h(
      'div',
      null,
      h('label', { for: 'feedback-content', class: 'field-label', text: 'Tell other patients about it' }),
      h('p', {
        id: 'feedback-hint',
        class: 'field-hint mt-0.5',
        text: 'Your first name and last initial are shown with it, once our team has reviewed it.',
      }),
      textarea,
      counter,
      h('p', { id: 'content-error', class: 'field-error', hidden: true, dataset: { errorFor: 'content' } }),
    ),
    h('div', null, submit),
  );

  const section = h(
    'section',
    { class: 'card p-6 sm:p-8', 'aria-labelledby': 'feedback-heading', dataset: { testid: 'feedback' } },
    h(
      'h2',
      { id: 'feedback-heading', class: 'flex items-center gap-2 text-lg font-semibold text-slate-900' },
      iconSvg('star', 'size-5 text-brand-700'),
      'How was your consultation?',
    ),
    h('p', {
      class: 'mt-1 text-sm text-slate-600',
      text: `Your feedback helps other patients choose, and helps ${doctorName} and our team improve.`,
    }),
    form,
  );

  const thanks = (message: string, testid = 'feedback-thanks') => {
    const box = notice('success', message, { testid });
    box.tabIndex = -1;
    replaceChildren(section, section.firstChild, box);
    box.focus();
  };

  form.addEventListener('change', () => clearFieldError(form, 'rating'));
  bindForm(form, {
    validate: () => {
      const content = fieldValue(form, 'content');
      if (content && content.length < 10) return { content: ['Write at least a sentence (10 characters).'] };
      return undefined;
    },
    submit: async () => {
      const { testimonial } = await api.post<{ testimonial: { message: string } }>('/api/testimonials', {
        appointmentId,
        rating: Number(fieldValue(form, 'rating')),
        content: fieldValue(form, 'content'),
      });
      thanks(testimonial.message);
      return undefined;
    },
    onError: (err) => {
      if (err.code === 'already_submitted') {
        thanks('You have already shared feedback for this consultation. Thank you!', 'feedback-already');
        return true;
      }
      return false;
    },
  });
  return section;
}
