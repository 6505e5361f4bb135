import * as z from 'zod';
import { emailAddress, fullName } from '../accounts/index.ts';
import { contactTopics, locales } from '../contract/api.ts';
import { created, httpHandler, operation, Reply } from '../core/http.ts';
import { submitContact } from './contact.ts';
import { homePage, listHealthTips, listServices, listTestimonials } from './content.ts';
import { checkHealth } from './health.ts';
import { healthTip, submitTestimonial } from './testimonials.ts';

/** The page's language, for admin-written text that has a version in it (content.ts localized). */
const langQuery = z.object({ lang: z.enum(locales, { error: 'Choose en or hi.' }).default('en') });

export const handler = httpHandler('content', {
  health: operation({
    run: async () => {
      const { healthy, body } = await checkHealth();
      return new Reply(healthy ? 200 : 503, body);
    },
  }),
  home: operation({ query: langQuery, run: ({ query }) => homePage(query.lang) }),
  listServices: operation({ query: langQuery, run: ({ query }) => listServices(query.lang) }),
  listTestimonials: operation({ run: listTestimonials }),
  listHealthTips: operation({ query: langQuery, run: ({ query }) => listHealthTips(query.lang) }),
  getHealthTip: operation({
    params: z.object({ tipId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not a tip id.') }),
    query: langQuery,
    run: async ({ params, query }) => healthTip(params.tipId, query.lang),
  }),
  submitTestimonial: operation({
    body: z
      .object({
        appointmentId: z.uuid('Choose the consultation this is about.'),
        rating: z
          .number({ error: 'Rate from 1 to 5 stars.' })
          .int()
          .min(1, 'Rate from 1 to 5 stars.')
          .max(5, 'Rate from 1 to 5 stars.'),
        content: z
          .string()
          .trim()
          .min(10, 'Write at least a sentence (10 characters).')
          .max(1000, 'Keep it under 1,000 characters.'),
      })
      .strict(),
    run: async ({ auth, body }) => created(await submitTestimonial(auth.userId, body)),
  }),
  submitContact: operation({
    body: z
      .object({
        name: fullName(),
        email: emailAddress(),
        topic: z.enum(contactTopics, { error: 'Choose what your message is about.' }),
        message: z
          .string({ error: 'Write your message.' })
          .trim()
          .min(10, 'Write a little more (at least 10 characters), so that we can help.')
          .max(3000, 'Keep your message under 3,000 characters.'),
        locale: z.enum(locales).default('en'),
      })
      .strict(),
    run: async ({ body, sourceIp }) => created(await submitContact(body, sourceIp)),
  }),
});
