/**
 * One client-rendered section of the home page (services, featured doctors, health tips or patient
 * stories): skeletons at build time, then its items, an empty state or an error with Retry.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { HealthTip, HomePayload, Service, Testimonial } from '../../../../functions/contract/api.ts';
import { DoctorCard, DoctorCardSkeletons } from '../../components/DoctorCard.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Stars } from '../../components/Rating.tsx';
import { ServiceIcon } from '../../components/ServiceIcon.tsx';
import { EmptyState, ErrorState, Region, Skeletons } from '../../components/States.tsx';
import { langIfOther } from '../../lib/content-lang.ts';
import { plainTextExcerpt } from '../../lib/excerpt.ts';
import { initials } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { loadHome, useHomeLoad } from './store.ts';

export type RegionName = 'services' | 'doctors' | 'tips' | 'testimonials';

function ServiceCard({ s }: { s: Service }) {
  return (
    <li
      class="card group p-6 transition-shadow hover:shadow-lift"
      data-testid="service-card"
      data-service-id={s.id}
    >
      <span class="grid size-12 place-items-center rounded-xl bg-brand-50 text-brand-700 ring-1 ring-brand-100">
        <ServiceIcon name={s.icon} class="size-6" />
      </span>
      <h3 class="mt-5 text-lg font-semibold text-slate-900" lang={langIfOther(s.lang.name)}>
        {s.name}
      </h3>
      <p class="mt-2 text-sm leading-6 text-slate-600" lang={langIfOther(s.lang.description)}>
        {s.description}
      </p>
    </li>
  );
}

function TipCard({ t }: { t: HealthTip }) {
  return (
    <li
      class="card flex flex-col p-6 transition-shadow hover:shadow-lift"
      data-testid="tip-card"
      data-tip-id={t.id}
    >
      <span class="inline-flex w-fit items-center gap-1.5 rounded-full bg-accent-50 px-2.5 py-1 text-xs font-semibold text-accent-800 ring-1 ring-accent-200">
        <Icon shape={I.heart} class="size-3.5" />
        {m.tip_badge()}
      </span>
      <h3 class="mt-4 text-lg leading-7 font-semibold text-slate-900" lang={langIfOther(t.lang.title)}>
        <a
          href={pageHref(`/health-tips/view/?id=${encodeURIComponent(t.id)}`)}
          class="rounded hover:text-brand-700 hover:underline"
        >
          {t.title}
        </a>
      </h3>
      <p class="mt-3 text-sm leading-6 text-slate-600" lang={langIfOther(t.lang.content)}>
        {plainTextExcerpt(t.content, 170)}
      </p>
      <p class="mt-auto pt-5 text-sm font-medium text-slate-700">
        {t.authorName ? m.tip_by({ name: t.authorName }) : m.tip_by_team()}
      </p>
    </li>
  );
}

function TestimonialCard({ t }: { t: Testimonial }) {
  return (
    <li class="card flex flex-col p-6" data-testid="testimonial-card" data-testimonial-id={t.id}>
      <figure class="flex h-full flex-col">
        <div class="flex items-center justify-between">
          <Stars stars={t.rating} size="size-5" />
          <Icon shape={I.quote} class="size-7 text-brand-100" />
        </div>
        <blockquote class="mt-4 flex-1 leading-7 text-slate-700">
          <p>{t.content}</p>
        </blockquote>
        <figcaption class="mt-6 flex items-center gap-3">
          {/* An admin-set https image (the API refuses any other scheme); decorative beside the name. */}
          {t.imageUrl?.startsWith('https://') ? (
            <img
              src={t.imageUrl}
              alt=""
              width={40}
              height={40}
              loading="lazy"
              referrerpolicy="no-referrer"
              class="size-10 rounded-full object-cover"
              data-testid="testimonial-image"
            />
          ) : (
            <span
              class="grid size-10 place-items-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800"
              aria-hidden="true"
            >
              {initials(t.name)}
            </span>
          )}
          <span class="font-semibold text-slate-900">{t.name}</span>
        </figcaption>
      </figure>
    </li>
  );
}

const line = (w: string, mt = 'mt-2', h = 'h-4') => <div class={`skeleton ${mt} ${h} ${w}`} />;

const REGIONS = {
  services: {
    items: (home: HomePayload) => home.services ?? [],
    list: (home: HomePayload) => (
      <ul class="grid gap-5 sm:grid-cols-2 lg:grid-cols-3" data-testid="services-list">
        {home.services.map((s) => (
          <ServiceCard key={s.id} s={s} />
        ))}
      </ul>
    ),
    count: (n: number) => m.count_services({ count: n }),
    none: m.none_services,
    skeleton: () => (
      <Skeletons
        count={6}
        class="grid gap-5 sm:grid-cols-2 lg:grid-cols-3"
        card={() => (
          <>
            <div class="skeleton size-12 rounded-xl" />
            {line('w-1/2', 'mt-5', 'h-5')}
            {line('w-full', 'mt-3')}
            {line('w-4/5')}
          </>
        )}
      />
    ),
    empty: () => (
      <EmptyState
        icon={I.stethoscope}
        title={m.services_empty_title()}
        text={m.services_empty_text()}
        link={{ href: pageHref('/doctors/'), label: m.nav_find_doctor() }}
      />
    ),
  },
  doctors: {
    items: (home: HomePayload) => home.featuredDoctors ?? [],
    list: (home: HomePayload) => (
      <ul class="grid gap-5 sm:grid-cols-2 lg:grid-cols-3" data-testid="featured-doctors-list">
        {home.featuredDoctors.map((d) => (
          <DoctorCard key={d.id} doctor={d} />
        ))}
      </ul>
    ),
    count: (n: number) => m.count_featured_doctors({ count: n }),
    none: m.none_featured_doctors,
    skeleton: () => <DoctorCardSkeletons count={6} />,
    empty: () => (
      <EmptyState
        icon={I.userSearch}
        title={m.doctors_empty_title()}
        text={m.doctors_empty_text()}
        link={{ href: pageHref('/doctors/'), label: m.browse_all_doctors() }}
      />
    ),
  },
  tips: {
    items: (home: HomePayload) => home.healthTips ?? [],
    list: (home: HomePayload) => (
      <ul class="grid gap-5 md:grid-cols-3" data-testid="health-tips-list">
        {home.healthTips.map((t) => (
          <TipCard key={t.id} t={t} />
        ))}
      </ul>
    ),
    count: (n: number) => m.count_tips({ count: n }),
    none: m.none_tips,
    skeleton: () => (
      <Skeletons
        count={3}
        class="grid gap-5 md:grid-cols-3"
        card={() => (
          <>
            <div class="skeleton h-5 w-24 rounded-full" />
            {line('w-5/6', 'mt-5', 'h-6')}
            {line('w-full', 'mt-4')}
            {line('w-full')}
            {line('w-2/3')}
            {line('w-1/3', 'mt-6')}
          </>
        )}
      />
    ),
    empty: () => <EmptyState icon={I.fileText} title={m.tips_empty_title()} text={m.tips_empty_text()} />,
  },
  testimonials: {
    items: (home: HomePayload) => home.testimonials ?? [],
    list: (home: HomePayload) => (
      <ul class="grid gap-5 md:grid-cols-3" data-testid="testimonials-list">
        {home.testimonials.map((t) => (
          <TestimonialCard key={t.id} t={t} />
        ))}
      </ul>
    ),
    count: (n: number) => m.count_stories({ count: n }),
    none: m.none_stories,
    skeleton: () => (
      <Skeletons
        count={3}
        class="grid gap-5 md:grid-cols-3"
        card={() => (
          <>
            <div class="skeleton h-5 w-28" />
            {line('w-full', 'mt-5')}
            {line('w-full')}
            {line('w-3/4')}
            <div class="mt-6 flex items-center gap-3">
              <div class="skeleton size-10 rounded-full" />
              <div class="skeleton h-4 w-28" />
            </div>
          </>
        )}
      />
    ),
    empty: () => <EmptyState icon={I.quote} title={m.stories_empty_title()} text={m.stories_empty_text()} />,
  },
} satisfies Record<RegionName, unknown>;

/** The first region on the page starts the shared request; the others read its answer. */
export default function HomeRegion({ region, first = false }: { region: RegionName; first?: boolean }) {
  const spec = REGIONS[region];
  const load = useHomeLoad();
  const box = useRef<HTMLDivElement>(null);
  const retried = useRef(false);
  useEffect(() => {
    if (first) void loadHome();
  }, []);
  useEffect(() => {
    if (!retried.current || load.state === 'loading') return;
    retried.current = false;
    // After a retry focus stays in this section: on its Retry again, or on its heading.
    if (load.state === 'error') box.current?.querySelector<HTMLElement>('[data-retry]')?.focus();
    else {
      const heading = document.getElementById(
        box.current?.closest('section')?.getAttribute('aria-labelledby') ?? '',
      );
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  }, [load.state]);
  const count = load.state === 'ready' ? spec.items(load.home).length : 0;
  const state = load.state === 'ready' ? (count ? 'ready' : 'empty') : load.state;
  const status =
    load.state === 'loading'
      ? m.loading()
      : load.state === 'error'
        ? load.message
        : count
          ? m.showing({ what: spec.count(count) })
          : spec.none();
  return (
    <div ref={box} class="contents">
      <Region
        state={state}
        status={status}
        class="mt-10"
        skeleton={spec.skeleton()}
        empty={spec.empty()}
        error={
          load.state === 'error' && (
            <ErrorState
              message={load.message}
              retryTestid={`retry-${region}`}
              onRetry={() => {
                retried.current = true;
                void loadHome();
              }}
            />
          )
        }
      >
        {load.state === 'ready' && spec.list(load.home)}
      </Region>
    </div>
  );
}
