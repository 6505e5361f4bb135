import * as z from 'zod';
import { created, httpHandler, operation, Reply } from '../core/http.ts';
import { homePage, listHealthTips, listServices, listTestimonials } from './content.ts';
import { checkHealth } from './health.ts';
import { healthTip, submitTestimonial } from './testimonials.ts';

export const handler = httpHandler('content', {
  health: operation({
    run: async () => {
      const { healthy, body } = await checkHealth();
      return new Reply(healthy ? 200 : 503, body);
    },
  }),
  home: operation({ run: homePage }),
  listServices: operation({ run: listServices }),
  listTestimonials: operation({ run: listTestimonials }),
  listHealthTips: operation({ run: listHealthTips }),
  getHealthTip: operation({
    params: z.object({ tipId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not a tip id.') }),
    run: async ({ params }) => healthTip(params.tipId),
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
});
