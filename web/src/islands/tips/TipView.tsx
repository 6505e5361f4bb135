/**
 * /health-tips/view/?id=…: one tip, its Markdown rendered as elements (components/Markdown.tsx), so
 * nothing in a tip can run as script. An unknown or malformed id shows "not found".
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { HealthTip } from '../../../../functions/contract/api.ts';
import { DateTime } from '../../components/DateTime.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { EmptyState, ErrorState, SkeletonLines } from '../../components/States.tsx';
import { ApiError, api, errorText } from '../../lib/client.ts';
import { contentQuery, langIfOther } from '../../lib/content-lang.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { tipAuthor } from './TipsList.tsx';

const TIP_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

type Load =
  | { state: 'loading' }
  | { state: 'ready'; tip: HealthTip }
  | { state: 'missing' }
  | { state: 'error'; message: string };

/** The tip's image: an https link the admin entered (the site's CSP allows https images). */
function imageUrl(t: HealthTip): string | null {
  if (!t.imageUrl) return null;
  try {
    const url = new URL(t.imageUrl, window.location.origin);
    return url.protocol === 'https:' || url.origin === window.location.origin ? url.href : null;
  } catch {
    return null;
  }
}

export default function TipView() {
  const load = useSignal<Load>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const retried = useRef(false);
  const fetchTip = async () => {
    const id = new URLSearchParams(window.location.search).get('id') ?? '';
    if (!TIP_ID.test(id)) {
      load.value = { state: 'missing' };
      return;
    }
    load.value = { state: 'loading' };
    try {
      const { healthTip } = await api.call('getHealthTip', { params: { tipId: id }, query: contentQuery() });
      document.title = `${healthTip.title} · Chikitsa360`;
      load.value = { state: 'ready', tip: healthTip };
    } catch (err) {
      load.value =
        err instanceof ApiError && (err.status === 404 || err.status === 400)
          ? { state: 'missing' }
          : { state: 'error', message: errorText(err) };
    }
  };
  useEffect(() => void fetchTip(), []);
  useEffect(() => {
    if (retried.current && load.value.state === 'ready') heading.current?.focus();
  }, [load.value.state]);
  const l = load.value;
  const image = l.state === 'ready' ? imageUrl(l.tip) : null;
  return (
    <>
      <div class="hero border-b border-brand-100">
        <div class="container-page max-w-3xl pt-6 pb-10 sm:pt-8 sm:pb-14">
          <a
            href={pageHref('/health-tips/')}
            class="-ml-1 inline-flex items-center gap-1.5 rounded px-1 py-1 text-sm font-semibold text-brand-700 hover:text-brand-800"
            data-testid="back-to-tips"
          >
            <Icon shape={I.arrowLeft} class="size-4" /> {m.home_all_tips()}
          </a>
          <p class="sr-only" role="status">
            {l.state === 'loading'
              ? m.tip_loading()
              : l.state === 'ready'
                ? m.tip_loaded({ title: l.tip.title })
                : l.state === 'missing'
                  ? m.tip_not_found_status()
                  : l.message}
          </p>
          <div data-state={l.state} aria-busy={l.state === 'loading' ? 'true' : 'false'} class="mt-6">
            {l.state === 'loading' && (
              <SkeletonLines lines="h-6 w-24 rounded-full | mt-5 h-9 w-4/5 | mt-3 h-9 w-3/5 | mt-6 h-4 w-56" />
            )}
            {l.state === 'missing' && (
              <h1 class="text-3xl font-bold tracking-tight text-slate-900">{m.tip_not_found_heading()}</h1>
            )}
            {l.state === 'ready' && (
              <>
                <span class="inline-flex w-fit items-center gap-1.5 rounded-full bg-white/80 px-2.5 py-1 text-xs font-semibold text-brand-800 ring-1 ring-brand-200">
                  <Icon shape={I.heart} class="size-3.5" />
                  {m.tip_badge()}
                </span>
                <h1
                  ref={heading}
                  tabIndex={-1}
                  class="mt-4 text-3xl leading-tight font-bold tracking-tight break-words text-slate-900 sm:text-4xl"
                  data-testid="tip-title"
                  lang={langIfOther(l.tip.lang.title)}
                >
                  {l.tip.title}
                </h1>
                <p class="mt-4 flex flex-wrap items-center gap-x-2 text-slate-600">
                  <span class="font-medium text-slate-800" data-testid="tip-author">
                    {tipAuthor(l.tip)}
                  </span>
                  <span aria-hidden="true">·</span>
                  <DateTime iso={l.tip.createdAt} format="date" />
                </p>
              </>
            )}
          </div>
        </div>
      </div>
      <div class="container-page max-w-3xl py-10 sm:py-12">
        <div data-testid="tip-body">
          {l.state === 'loading' && (
            <SkeletonLines lines="h-4 w-full | mt-3 h-4 w-11/12 | mt-3 h-4 w-4/5 | mt-8 h-4 w-full | mt-3 h-4 w-2/3" />
          )}
          {l.state === 'missing' && (
            <EmptyState
              icon={I.fileText}
              title={m.tip_not_found_title()}
              text={m.tip_not_found_text()}
              link={{ href: pageHref('/health-tips/'), label: m.tip_see_all() }}
              testid="tip-not-found"
            />
          )}
          {l.state === 'error' && (
            <ErrorState
              title={m.tip_error_title()}
              message={l.message}
              onRetry={() => {
                retried.current = true;
                void fetchTip();
              }}
            />
          )}
          {l.state === 'ready' && (
            <>
              {image && (
                <img
                  src={image}
                  alt=""
                  class="mb-8 aspect-[16/9] w-full rounded-2xl object-cover"
                  loading="lazy"
                />
              )}
              <Markdown
                source={l.tip.content}
                class="text-[1.0625rem] break-words"
                testid="tip-content"
                lang={langIfOther(l.tip.lang.content)}
              />
            </>
          )}
        </div>
        {l.state === 'ready' && (
          <aside
            class="mt-12 flex flex-col gap-4 rounded-2xl bg-brand-800 p-6 text-white sm:flex-row sm:items-center sm:justify-between sm:p-8"
            aria-label={m.tip_cta_label()}
          >
            <div>
              <p class="text-lg font-semibold">{m.tip_cta_heading()}</p>
              <p class="mt-1 text-sm text-brand-100">{m.tip_cta_text()}</p>
            </div>
            <a href={pageHref('/doctors/')} class="btn shrink-0 bg-white text-brand-800 hover:bg-brand-50">
              {m.nav_find_doctor()} <Icon shape={I.arrowRight} class="size-4" />
            </a>
          </aside>
        )}
      </div>
    </>
  );
}
