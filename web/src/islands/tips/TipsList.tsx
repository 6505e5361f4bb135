/** /health-tips/: every published tip as a card (title, excerpt, author, date), newest first. */
import { useRef } from 'preact/hooks';
import type { HealthTip } from '../../../../functions/contract/api.ts';
import { DateTime } from '../../components/DateTime.tsx';
import { Icon } from '../../components/Icon.tsx';
import {
  EmptyState,
  ErrorState,
  Region,
  SkeletonLines,
  Skeletons,
  useRegion,
} from '../../components/States.tsx';
import { api } from '../../lib/client.ts';
import { contentQuery, langIfOther } from '../../lib/content-lang.ts';
import { plainTextExcerpt } from '../../lib/excerpt.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';

export const tipAuthor = (t: Pick<HealthTip, 'authorName'>) =>
  t.authorName ? m.tip_by({ name: t.authorName }) : m.tip_by_team();

function TipCard({ t }: { t: HealthTip }) {
  return (
    <li
      class="card group relative flex flex-col p-6 transition-shadow focus-within:shadow-lift hover:shadow-lift"
      data-testid="tip-card"
      data-tip-id={t.id}
    >
      <span
        class={`inline-flex w-fit items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${
          t.featured
            ? 'bg-accent-50 text-accent-800 ring-accent-200'
            : 'bg-brand-50 text-brand-800 ring-brand-100'
        }`}
      >
        <Icon shape={t.featured ? I.star : I.heart} class="size-3.5" />
        {t.featured ? m.tip_featured() : m.tip_badge()}
      </span>
      <h2
        id={`tip-${t.id}`}
        class="mt-4 text-lg leading-7 font-semibold text-slate-900"
        lang={langIfOther(t.lang.title)}
      >
        {/* The link covers the whole card (after:inset-0), so the card is one big target. */}
        <a
          href={pageHref(`/health-tips/view/?id=${encodeURIComponent(t.id)}`)}
          class="rounded after:absolute after:inset-0 after:rounded-2xl group-hover:text-brand-700 group-hover:underline"
          data-testid="tip-link"
        >
          {t.title}
        </a>
      </h2>
      <p class="mt-3 text-sm leading-6 text-slate-600" lang={langIfOther(t.lang.content)}>
        {plainTextExcerpt(t.content, 180)}
      </p>
      <p class="mt-auto flex flex-col pt-5 text-sm text-slate-600">
        <span class="font-medium text-slate-800" data-testid="tip-author">
          {tipAuthor(t)}
        </span>
        <DateTime iso={t.createdAt} format="date" testid="tip-date" />
      </p>
    </li>
  );
}

export default function TipsList() {
  const region = useRegion(
    async () => (await api.call('listHealthTips', { query: contentQuery() })).healthTips,
    (tips) => !tips.length,
  );
  const tips = region.data ?? [];
  const box = useRef<HTMLDivElement>(null);
  const retry = async () => {
    await region.load();
    requestAnimationFrame(() =>
      box.current?.querySelector<HTMLElement>('[data-testid="tip-link"], [data-retry]')?.focus(),
    );
  };
  return (
    <div ref={box} class="contents">
      <Region
        state={region.state}
        status={region.status(m.tips_empty_title(), () =>
          m.showing({ what: m.count_tips({ count: tips.length }) }),
        )}
        testid="tips-region"
        skeleton={
          <Skeletons
            count={6}
            class="grid gap-5 md:grid-cols-2 lg:grid-cols-3"
            card={() => (
              <SkeletonLines lines="h-6 w-24 rounded-full | mt-5 h-5 w-4/5 | mt-4 h-4 w-full | mt-2 h-4 w-11/12 | mt-2 h-4 w-2/3 | mt-8 h-4 w-1/2" />
            )}
          />
        }
        empty={
          <EmptyState
            icon={I.fileText}
            title={m.tips_empty_title()}
            text={m.tips_empty_text()}
            link={{ href: pageHref('/doctors/'), label: m.nav_find_doctor() }}
          />
        }
        error={
          <ErrorState message={region.error} title={m.tips_error_title()} onRetry={() => void retry()} />
        }
      >
        <ul class="grid gap-5 md:grid-cols-2 lg:grid-cols-3" data-testid="tips-list">
          {tips.map((t) => (
            <TipCard key={t.id} t={t} />
          ))}
        </ul>
      </Region>
    </div>
  );
}
