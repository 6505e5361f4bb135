/** /health-tips/: every published tip as a card (title, excerpt, author, date), newest first. */
import { ApiError, api, type HealthTip } from '../lib/api.ts';
import { dateOf, tipAuthor } from '../lib/content-ui.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { plainTextExcerpt } from '../lib/format.ts';
import { iconSvg } from '../lib/icons.ts';
import { emptyState, errorState, plural } from '../lib/states.ts';

const region = document.querySelector<HTMLElement>('[data-tips]');
const status = document.querySelector<HTMLElement>('[data-status-for="tips"]');
const skeleton = region?.querySelector('[data-skeleton]')?.cloneNode(true) ?? null;

function tipCard(t: HealthTip) {
  const titleId = `tip-${t.id}`;
  return h(
    'li',
    {
      class:
        'card group relative flex flex-col p-6 transition-shadow focus-within:shadow-lift hover:shadow-lift',
      dataset: { testid: 'tip-card', tipId: t.id },
    },
    h(
      'span',
      {
        class: `inline-flex w-fit items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${
          t.featured
            ? 'bg-accent-50 text-accent-800 ring-accent-200'
            : 'bg-brand-50 text-brand-800 ring-brand-100'
        }`,
      },
      iconSvg(t.featured ? 'star' : 'heart', 'size-3.5'),
      t.featured ? 'Featured' : 'Health tip',
    ),
    h(
      'h2',
      { id: titleId, class: 'mt-4 text-lg leading-7 font-semibold text-slate-900' },
      // The link covers the whole card (after:inset-0), so the card is one big target.
      h('a', {
        href: `/health-tips/view/?id=${encodeURIComponent(t.id)}`,
        class:
          'rounded after:absolute after:inset-0 after:rounded-2xl group-hover:text-brand-700 group-hover:underline',
        text: t.title,
        dataset: { testid: 'tip-link' },
      }),
    ),
    h('p', { class: 'mt-3 text-sm leading-6 text-slate-600', text: plainTextExcerpt(t.content, 180) }),
    h(
      'p',
      { class: 'mt-auto flex flex-col pt-5 text-sm text-slate-600' },
      h('span', {
        class: 'font-medium text-slate-800',
        text: tipAuthor(t),
        dataset: { testid: 'tip-author' },
      }),
      h('time', { datetime: t.createdAt, text: dateOf(t.createdAt), dataset: { testid: 'tip-date' } }),
    ),
  );
}

function setState(state: 'loading' | 'ready' | 'empty' | 'error', content: Node | null, message: string) {
  if (!region) return;
  region.dataset.state = state;
  region.setAttribute('aria-busy', String(state === 'loading'));
  if (content) replaceChildren(region, content);
  if (status) status.textContent = message;
}

async function load(retrying = false) {
  if (retrying) setState('loading', skeleton?.cloneNode(true) ?? null, 'Loading…');
  try {
    const { healthTips } = await api.get<{ healthTips: HealthTip[] }>('/api/health-tips');
    if (!healthTips.length) {
      setState(
        'empty',
        emptyState({
          icon: 'file-text',
          title: 'No health tips yet',
          text: 'Our doctors are writing practical advice. Check back soon.',
          link: { href: '/doctors/', label: 'Find a doctor' },
        }),
        'No health tips yet.',
      );
      return;
    }
    setState(
      'ready',
      h(
        'ul',
        { class: 'grid gap-5 md:grid-cols-2 lg:grid-cols-3', dataset: { testid: 'tips-list' } },
        healthTips.map(tipCard),
      ),
      `Showing ${plural(healthTips.length, 'health tip', 'health tips')}.`,
    );
    if (retrying) document.querySelector<HTMLElement>('[data-testid="tip-link"]')?.focus();
  } catch (err) {
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    setState(
      'error',
      errorState({ message, title: 'We could not load the health tips', onRetry: () => void load(true) }),
      message,
    );
    if (retrying) region?.querySelector<HTMLElement>('[data-retry]')?.focus();
  }
}

void load();
