import { Entity } from 'electrodb';
import { relationships, sexes } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/**
 * A family member an account holder books for (issue 17, dependants). They live in the account
 * holder's own partition space (pk by userId), so one Query lists them and a get with a stranger's
 * userId finds nothing: ownership is the key itself, not a check someone could forget. Appointments
 * keep a snapshot of the person treated, so removing a dependant never touches the past.
 */
export const dependantEntity = () =>
  new Entity({
    model: { entity: 'dependant', version: '1', service: SERVICE },
    attributes: {
      userId: { type: 'string', required: true, readOnly: true },
      dependantId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      dateOfBirth: { type: 'string', required: true },
      sex: { type: sexes, required: true },
      relationship: { type: relationships, required: true },
      ...timestamps,
    },
    indexes: {
      byUser: {
        pk: { field: 'pk', composite: ['userId'] },
        sk: { field: 'sk', composite: ['dependantId'] },
      },
    },
  });
