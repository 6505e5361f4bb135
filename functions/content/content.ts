/** Reading the curated content: services, testimonials, health tips, and the home page's mix. */

import {
  type HealthTip,
  type HomePayload,
  type Locale,
  type Service,
  type ServiceIcon,
  serviceIconNames,
  type Testimonial,
} from '../contract/api.ts';
import { db, entities } from '../core/db/index.ts';
import { toDoctorCard } from '../discovery/index.ts';

type Collection = Awaited<ReturnType<typeof readContent>>;

async function readContent() {
  const { data } = await db().collections.content({}).go({ pages: 'all' });
  return data;
}

/** A stored icon name as the view gives it: one the web can draw, else the stethoscope. */
const drawableIcon = (icon: string): ServiceIcon =>
  (serviceIconNames as readonly string[]).includes(icon) ? (icon as ServiceIcon) : 'stethoscope';

/**
 * An admin-written text in the reader's language: the Hindi version on a Hindi page when the admin
 * wrote one, the English otherwise, with the language it is in (the page marks English `lang="en"`).
 */
export function localized(english: string, hindi: string | undefined, lang: Locale) {
  return lang === 'hi' && hindi ? { text: hindi, lang } : { text: english, lang: 'en' as const };
}

export const activeServices = (c: Pick<Collection, 'service'>, lang: Locale): Service[] =>
  c.service
    .filter((s) => s.active)
    .sort((a, b) => a.displayOrder - b.displayOrder || a.name.localeCompare(b.name))
    .map((s) => {
      const name = localized(s.name, s.nameHi, lang);
      const description = localized(s.description, s.descriptionHi, lang);
      return {
        id: s.serviceId,
        name: name.text,
        description: description.text,
        lang: { name: name.lang, description: description.lang },
        icon: drawableIcon(s.icon),
        displayOrder: s.displayOrder,
      };
    });

export const approvedTestimonials = (
  c: Pick<Collection, 'testimonial'>,
  featuredOnly: boolean,
): Testimonial[] =>
  c.testimonial
    .filter((t) => t.approved && (!featuredOnly || t.featured))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(({ testimonialId, name, imageUrl, content, rating, featured, createdAt }) => ({
      id: testimonialId,
      name,
      imageUrl: imageUrl ?? null,
      content,
      rating,
      featured,
      createdAt,
    }));

type TipItem = Collection['healthTip'][number];

/** A health tip as the public reads it, in the reader's language where the admin wrote a version. */
export function toHealthTip(t: TipItem, lang: Locale): HealthTip {
  const title = localized(t.title, t.titleHi, lang);
  const content = localized(t.content, t.contentHi, lang);
  return {
    id: t.tipId,
    title: title.text,
    content: content.text,
    lang: { title: title.lang, content: content.lang },
    imageUrl: t.imageUrl ?? null,
    authorName: t.authorName ?? null,
    featured: t.featured,
    createdAt: t.createdAt,
  };
}

export const publishedTips = (
  c: Pick<Collection, 'healthTip'>,
  featuredOnly: boolean,
  lang: Locale,
): HealthTip[] =>
  c.healthTip
    .filter((t) => !featuredOnly || t.featured)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((t) => toHealthTip(t, lang));

export async function listServices(lang: Locale) {
  return { services: activeServices(await readContent(), lang) };
}

export async function listTestimonials() {
  return { testimonials: approvedTestimonials(await readContent(), false) };
}

export async function listHealthTips(lang: Locale) {
  return { healthTips: publishedTips(await readContent(), false, lang) };
}

const FEATURED_DOCTORS = 6;

/**
 * Featured verified doctors: the verified directory is small (a clinic network), read in one Query.
 * The most recently featured come first (an admin who features a doctor sees them on the home page);
 * doctors featured before that date was kept follow in directory order.
 */
async function featuredDoctors() {
  const { data } = await entities()
    .user.query.byDirectory({ directory: 'doctor-verified' })
    // Disabled doctors leave this partition; the filter also covers one written before that rule.
    .where(
      ({ featured, disabled }, { eq, notExists }) =>
        `${eq(featured, true)} AND (${notExists(disabled)} OR ${eq(disabled, false)})`,
    )
    .go({ pages: 'all' });
  const newestFirst = [...data].sort((a, b) => (b.featuredAt ?? '').localeCompare(a.featuredAt ?? ''));
  return newestFirst.slice(0, FEATURED_DOCTORS).map(toDoctorCard);
}

/** Everything the home page shows, in two DynamoDB calls made in parallel. */
export async function homePage(lang: Locale): Promise<HomePayload> {
  const [content, doctors] = await Promise.all([readContent(), featuredDoctors()]);
  return {
    services: activeServices(content, lang),
    testimonials: approvedTestimonials(content, true).slice(0, 6),
    healthTips: publishedTips(content, true, lang).slice(0, 3),
    featuredDoctors: doctors,
  };
}
