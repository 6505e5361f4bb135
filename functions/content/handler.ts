import { httpHandler, operation, Reply } from '../core/http.ts';
import { homePage, listHealthTips, listServices, listTestimonials } from './content.ts';
import { checkHealth } from './health.ts';

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
});
