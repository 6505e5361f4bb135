import { Entity } from 'electrodb';
import { SERVICE } from './common.ts';

/**
 * One item per word of a person's name and one for their mobile number (its 10 digits), for every
 * account of every role, so an admin finds anyone by "shar" or "98765" with one Query (begins_with on
 * the key inside the partition of its first character) and never a Scan. The discovery's doctor name
 * tokens cover only listed (verified) doctors; the console must also find patients, pending and
 * rejected doctors and admins.
 *
 * The items live in the user's own partition (the table key is the user id), so the account's items
 * are read and removed with one Query by user; they are written with the profile at registration and
 * rewritten whenever a name or the phone changes (functions/accounts/lookup.ts), and removed by erasure.
 */
export const userLookupEntity = () =>
  new Entity({
    model: { entity: 'userLookup', version: '1', service: SERVICE },
    attributes: {
      userId: { type: 'string', required: true },
      /** A lower-case name word (accents folded) or the 10 digits of an Indian mobile number. */
      key: { type: 'string', required: true },
      /** The key's first character: the gsi1 partition. */
      lookupInitial: { type: 'string', required: true },
    },
    indexes: {
      byUser: { pk: { field: 'pk', composite: ['userId'] }, sk: { field: 'sk', composite: ['key'] } },
      byKey: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['lookupInitial'] },
        sk: { field: 'gsi1sk', composite: ['key', 'userId'] },
      },
    },
  });
