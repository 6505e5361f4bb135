/**
 * /health-tips/view/?id=…: one tip. Its Markdown goes through lib/markdown.ts, which builds DOM nodes
 * for a handful of constructs and leaves everything else (HTML included) as visible text.
 */
import { ApiError, api, type HealthTip } from '../lib/api.ts';
import { dateOf, tipAuthor } from '../lib/content-ui.ts';
import { h, replaceChildren } from '../lib/dom.ts';
import { iconSvg } from '../lib/icons.ts';
import { renderMarkdown } from '../lib/markdown.ts';
import { emptyState, errorState } from '../lib/states.ts';

const header = document.querySelector<HTMLElement>('[data-tip-header]');
const body = document.querySelector<HTMLElement>('[data-tip-body]');
const status = document.querySelector<HTMLElement>('[data-tip-status]');
const cta = document.querySelector<HTMLElement>('[data-tip-cta]');
const headerSkeleton = header?.firstElementChild?.cloneNode(true) ?? null;
const bodySkeleton = body?.firstElementChild?.cloneNode(true) ?? null;

const TIP_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The tip's image: an https link the admin entered (the site's CSP allows https images). */
function image(t: HealthTip) {
  if (!t.imageUrl) return null;
  try {
    const url = new URL(t.imageUrl, window.location.origin);
    if (url.protocol !== 'https:' && url.origin !== window.location.origin) return null;
    return h('img', {
      src: url.href,
      alt: '',
      class: 'mb-8 aspect-[16/9] w-full rounded-2xl object-cover',
      loading: 'lazy',
    });
  } catch {
    return null;
  }
}

function done(state: 'ready' | 'missing' | 'error', message: string) {
  if (header) {
    header.dataset.state = state;
    header.setAttribute('aria-busy', 'false');
  }
  if (status) status.textContent = message;
}

function notFound() {
  if (header)
    replaceChildren(
      header,
      h('h1', { class: 'text-3xl font-bold tracking-tight text-slate-900', text: 'Health tip not found' }),
    );
  if (body)
    replaceChildren(
      body,
      emptyState({
        icon: 'file-text',
        title: 'This tip is not available',
        text: 'It may have been removed, or the link is incomplete.',
        link: { href: '/health-tips/', label: 'See all health tips' },
        testid: 'tip-not-found',
      }),
    );
  done('missing', 'Health tip not found.');
}

async function load(retrying = false) {
  const id = new URLSearchParams(window.location.search).get('id') ?? '';
  if (!TIP_ID.test(id)) {
    notFound();
    return;
  }
  if (retrying) {
    if (header && headerSkeleton) replaceChildren(header, headerSkeleton.cloneNode(true));
    if (body && bodySkeleton) replaceChildren(body, bodySkeleton.cloneNode(true));
  }
  try {
    const { healthTip: t } = await api.get<{ healthTip: HealthTip }>(
      `/api/health-tips/${encodeURIComponent(id)}`,
    );
    document.title = `${t.title} · Chikitsa360`;
    if (header)
      replaceChildren(
        header,
        h(
          'span',
          {
            class:
              'inline-flex w-fit items-center gap-1.5 rounded-full bg-white/80 px-2.5 py-1 text-xs font-semibold text-brand-800 ring-1 ring-brand-200',
          },
          iconSvg('heart', 'size-3.5'),
          'Health tip',
        ),
        h('h1', {
          class: 'mt-4 text-3xl leading-tight font-bold tracking-tight text-slate-900 sm:text-4xl',
          text: t.title,
          dataset: { testid: 'tip-title' },
        }),
        h(
          'p',
          { class: 'mt-4 flex flex-wrap items-center gap-x-2 text-slate-600' },
          h('span', {
            class: 'font-medium text-slate-800',
            text: tipAuthor(t),
            dataset: { testid: 'tip-author' },
          }),
          h('span', { 'aria-hidden': 'true', text: '·' }),
          h('time', { datetime: t.createdAt, text: dateOf(t.createdAt) }),
        ),
      );
    if (body)
      replaceChildren(
        body,
        image(t),
        h(
          'div',
          { class: 'text-[1.0625rem]', dataset: { testid: 'tip-content' } },
          renderMarkdown(t.content),
        ),
      );
    if (cta) cta.hidden = false;
    done('ready', `${t.title}, loaded.`);
    if (retrying) header?.querySelector('h1')?.setAttribute('tabindex', '-1');
    if (retrying) header?.querySelector<HTMLElement>('h1')?.focus();
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
      notFound();
      return;
    }
    const message = err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
    if (header)
      replaceChildren(
        header,
        h('h1', { class: 'text-3xl font-bold tracking-tight text-slate-900', text: 'Health tip' }),
      );
    if (body)
      replaceChildren(
        body,
        errorState({ message, title: 'We could not load this health tip', onRetry: () => void load(true) }),
      );
    done('error', message);
    if (retrying) body?.querySelector<HTMLElement>('[data-retry]')?.focus();
  }
}

void load();
