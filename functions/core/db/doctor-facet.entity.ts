import { Entity } from 'electrodb';
import { SERVICE } from './common.ts';

/**
 * A listed doctor's search facets, so "speaks Tamil" and "fee between ₹300 and ₹600" are each one
 * Query (no Scan): one item under the facet `any` (every listed doctor) and one per language
 * (`lang:tamil`), each sorted by the fee. Written by the discovery domain whenever a doctor is listed
 * or their fee or languages change while listed, deleted when they are unlisted (like the name tokens).
 *
 * The GSI sort key is the fee alone (zero-padded paise, so text order is numeric order): GSI keys need
 * not be unique, and a fee-only key makes `between` bounds inclusive without ElectroDB's partial-key
 * suffix problem.
 */
export const doctorFacetEntity = () =>
  new Entity({
    model: { entity: 'doctorFacet', version: '1', service: SERVICE },
    attributes: {
      doctorId: { type: 'string', required: true },
      facet: { type: 'string', required: true },
      /** The fee in paise, zero-padded to 10 digits (see feeKey in functions/discovery/directory.ts). */
      feeKey: { type: 'string', required: true },
      specialty: { type: 'string', required: true },
    },
    indexes: {
      byDoctor: { pk: { field: 'pk', composite: ['doctorId'] }, sk: { field: 'sk', composite: ['facet'] } },
      byFacet: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['facet'] },
        sk: { field: 'gsi1sk', composite: ['feeKey'] },
      },
    },
  });
