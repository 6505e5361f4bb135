/** Curating the public content: services (ordered), health tips (Markdown), testimonials (moderated). */
import { ulid } from 'ulid';
import type { HealthTipFields, RequestOf, ServiceFields } from '../contract/api.ts';
import type { TransactionAudit } from '../core/audit.ts';
import { db, entities } from '../core/db/index.ts';
import { conflict, notFound } from '../core/errors.ts';
import { transact } from '../core/transact.ts';

const all = async () => (await db().collections.content({}).go({ pages: 'all' })).data;

export async function adminServices() {
  const { service } = await all();
  return {
    services: service
      .sort((a, b) => a.displayOrder - b.displayOrder)
      .map(({ serviceId, ...s }) => ({ id: serviceId, ...s })),
  };
}

export async function createService(input: NonNullable<RequestOf<'adminCreateService'>['body']>) {
  const { service } = await all();
  const displayOrder = Math.max(0, ...service.map((s) => s.displayOrder)) + 1;
  const { data } = await entities()
    .service.create({ serviceId: ulid(), displayOrder, active: input.active ?? true, ...input })
    .go();
  return { service: { id: data.serviceId, ...data } };
}

export async function updateService(serviceId: string, changes: Partial<ServiceFields>) {
  try {
    const { data } = await entities().service.patch({ serviceId }).set(changes).go({ response: 'all_new' });
    return { service: { id: serviceId, ...data } };
  } catch (error) {
    throw missing(error, 'Service not found.');
  }
}

export async function deleteService(serviceId: string) {
  await entities()
    .service.delete({ serviceId })
    .where(({ serviceId: id }, { exists }) => exists(id))
    .go()
    .catch((e) => {
      throw missing(e, 'Service not found.');
    });
  return { deleted: serviceId };
}

/**
 * Saves a new order for ALL services at once (one transaction, with the admin's audit event), so the
 * list is never half-reordered.
 */
export async function reorderServices(ids: string[], audit?: TransactionAudit) {
  const { service } = await all();
  const known = new Set(service.map((s) => s.serviceId));
  if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
    throw conflict('Send every service exactly once; the list changed meanwhile?', 'order_mismatch');
  }
  await transact(
    (tx) => [
      ...ids.map((serviceId, i) =>
        tx.service
          .patch({ serviceId })
          .set({ displayOrder: i + 1 })
          .commit(),
      ),
      ...(audit?.items(tx) ?? []),
    ],
    'A service changed while reordering. Reload and try again.',
  );
  return adminServices();
}

export async function adminTips() {
  const { healthTip } = await all();
  return {
    healthTips: healthTip
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(({ tipId, ...t }) => ({ id: tipId, ...t })),
  };
}

export async function createTip(
  author: { userId: string; name: string },
  input: NonNullable<RequestOf<'adminCreateHealthTip'>['body']>,
) {
  const { data } = await entities()
    .healthTip.create({
      tipId: ulid(),
      authorId: author.userId,
      authorName: author.name,
      featured: input.featured ?? false,
      ...input,
    })
    .go();
  return { healthTip: { id: data.tipId, ...data } };
}

export async function updateTip(tipId: string, changes: Partial<HealthTipFields>) {
  try {
    const { data } = await entities().healthTip.patch({ tipId }).set(changes).go({ response: 'all_new' });
    return { healthTip: { id: tipId, ...data } };
  } catch (error) {
    throw missing(error, 'Health tip not found.');
  }
}

export async function deleteTip(tipId: string) {
  await entities()
    .healthTip.delete({ tipId })
    .where(({ tipId: id }, { exists }) => exists(id))
    .go()
    .catch((e) => {
      throw missing(e, 'Health tip not found.');
    });
  return { deleted: tipId };
}

export async function adminTestimonials(state: 'pending' | 'approved') {
  const { testimonial } = await all();
  return {
    testimonials: testimonial
      .filter((t) => (state === 'pending' ? !t.approved : t.approved))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(({ testimonialId, ...t }) => ({ id: testimonialId, ...t })),
  };
}

/**
 * A testimonial an admin adds (a patient's letter or call, with their permission): created approved,
 * since the admin adding it is the one who would approve it; featured when asked.
 */
export async function createTestimonial(input: {
  name: string;
  content: string;
  rating: number;
  imageUrl?: string;
  featured?: boolean;
}) {
  const { imageUrl, ...rest } = input;
  const { data } = await entities()
    .testimonial.create({
      testimonialId: ulid(),
      ...rest,
      ...(imageUrl ? { imageUrl } : {}),
      approved: true,
      featured: input.featured ?? false,
    })
    .go();
  return { testimonial: { id: data.testimonialId, ...data } };
}

export async function moderateTestimonial(
  testimonialId: string,
  changes: { approved?: boolean; featured?: boolean; imageUrl?: string },
) {
  // Only an approved testimonial can be featured on the home page. '' removes the image.
  const { imageUrl, ...flags } = changes;
  const set = {
    ...flags,
    ...(imageUrl ? { imageUrl } : {}),
    ...(changes.approved === false ? { featured: false } : {}),
  };
  try {
    const { data } = await entities()
      .testimonial.patch({ testimonialId })
      .set(set)
      .remove((imageUrl === '' ? ['imageUrl'] : []) as never)
      .where(({ approved }, { eq }) =>
        changes.featured && changes.approved === undefined ? eq(approved, true) : '',
      )
      .go({ response: 'all_new' });
    return { testimonial: { id: testimonialId, ...data } };
  } catch (error) {
    throw missing(error, 'Testimonial not found, or not approved yet (approve before featuring).');
  }
}

export async function deleteTestimonial(testimonialId: string) {
  await entities()
    .testimonial.delete({ testimonialId })
    .where(({ testimonialId: id }, { exists }) => exists(id))
    .go()
    .catch((e) => {
      throw missing(e, 'Testimonial not found.');
    });
  return { deleted: testimonialId };
}

function missing(error: unknown, message: string) {
  const name = (error as { cause?: { name?: string } }).cause?.name ?? (error as { name?: string }).name;
  return name === 'ConditionalCheckFailedException' ? notFound(message) : error;
}
