import { Entity } from 'electrodb';
import { SERVICE, timestamps } from './common.ts';

/*
 * Services, testimonials and health tips are small sets that an admin curates. They share one
 * partition as the ElectroDB collection `content`, so the home page reads all three with a single
 * Query (DESIGN.md §3 suggested one partition each; one partition for the three is one call instead
 * of three on the hottest page). Active/approved/featured filtering and ordering happen in memory,
 * which is cheaper than keeping sparse indexes in step for a few dozen items.
 */

export const serviceEntity = () =>
  new Entity({
    model: { entity: 'service', version: '1', service: SERVICE },
    attributes: {
      serviceId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      description: { type: 'string', required: true },
      /** The admin's Hindi version ('' or absent: none, the English is shown on Hindi pages). */
      nameHi: { type: 'string' },
      descriptionHi: { type: 'string' },
      icon: { type: 'string', required: true },
      displayOrder: { type: 'number', required: true },
      active: { type: 'boolean', required: true, default: true },
      ...timestamps,
    },
    indexes: {
      all: {
        collection: 'content',
        pk: { field: 'pk', composite: [] },
        sk: { field: 'sk', composite: ['serviceId'] },
      },
    },
  });

export const testimonialEntity = () =>
  new Entity({
    model: { entity: 'testimonial', version: '1', service: SERVICE },
    attributes: {
      testimonialId: { type: 'string', required: true, readOnly: true },
      patientId: { type: 'string' },
      appointmentId: { type: 'string' },
      name: { type: 'string', required: true },
      imageUrl: { type: 'string' },
      content: { type: 'string', required: true },
      rating: { type: 'number', required: true },
      approved: { type: 'boolean', required: true, default: false },
      featured: { type: 'boolean', required: true, default: false },
      ...timestamps,
    },
    indexes: {
      all: {
        collection: 'content',
        pk: { field: 'pk', composite: [] },
        sk: { field: 'sk', composite: ['testimonialId'] },
      },
    },
  });

export const healthTipEntity = () =>
  new Entity({
    model: { entity: 'healthTip', version: '1', service: SERVICE },
    attributes: {
      tipId: { type: 'string', required: true, readOnly: true },
      title: { type: 'string', required: true },
      content: { type: 'string', required: true },
      /** The admin's Hindi version ('' or absent: none, the English is shown on Hindi pages). */
      titleHi: { type: 'string' },
      contentHi: { type: 'string' },
      imageUrl: { type: 'string' },
      authorId: { type: 'string' },
      authorName: { type: 'string' },
      featured: { type: 'boolean', required: true, default: false },
      ...timestamps,
    },
    indexes: {
      all: {
        collection: 'content',
        pk: { field: 'pk', composite: [] },
        sk: { field: 'sk', composite: ['tipId'] },
      },
    },
  });
