import { httpHandler, operation } from '../core/http.ts';
import { specialties } from './specialties.ts';

export const handler = httpHandler('discovery', {
  listSpecialties: operation({ run: async () => ({ specialties }) }),
});
