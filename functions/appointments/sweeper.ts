/** Scheduled every minute (EventBridge in the cloud, an interval in the local twin): releases unpaid holds. */
import { logger } from '../core/logger.ts';
import { expireHolds } from './booking.ts';

export const handler = async () => {
  const result = await expireHolds(new Date());
  if (result.expired) logger.info('expired unpaid holds', result);
  return result;
};
