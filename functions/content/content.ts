/** Reading the curated content: services, testimonials, health tips, and the home page's mix. */

import {
  type HealthTip,
  type HomePayload,
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

export const activeServices = (c: Pick<Collection, 'service'>): Service[] =>
  c.service
    .filter((s) => s.active)
    .sort((a, b) => a.displayOrder - b.displayOrder || a.name.localeCompare(b.name))
    .map(({ serviceId, name, description, icon, displayOrder }) => ({
      id: serviceId,
      name,
      description,
      icon: drawableIcon(icon),
      displayOrder,
    }));

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

export const publishedTips = (c: Pick<Collection, 'healthTip'>, featuredOnly: boolean): HealthTip[] =>
  c.healthTip
    .filter((t) => !featuredOnly || t.featured)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(({ tipId, title, content, imageUrl, authorName, featured, createdAt }) => ({
      id: tipId,
      title,
      content,
      imageUrl: imageUrl ?? null,
      authorName: authorName ?? null,
      featured,
      createdAt,
    }));

export async function listServices() {
  return { services: activeServices(await readContent()) };
}

export async function listTestimonials() {
  return { testimonials: approvedTestimonials(await readContent(), false) };
}

export async function listHealthTips() {
  return { healthTips: publishedTips(await readContent(), false) };
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
export async function homePage(): Promise<HomePayload> {
  const [content, doctors] = await Promise.all([readContent(), featuredDoctors()]);
  return {
    services: activeServices(content),
    testimonials: approvedTestimonials(content, true).slice(0, 6),
    healthTips: publishedTips(content, true).slice(0, 3),
    featuredDoctors: doctors,
  };
}
