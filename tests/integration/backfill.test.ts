/**
 * Accounts from before the user-lookup items and the doctor facets (issue 19 part 6) are indexed by a
 * backfill the sweeper runs a page at a time (functions/accounts/backfill.ts). Here a patient and a
 * verified doctor are made "old" by deleting those items, and a walk under its own marker (so it
 * covers every account whatever the real walk's place) brings admin lookup and language search back.
 * A second walk changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { backfillUserIndexes } from '../../functions/accounts/backfill.ts';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { ApiClient } from '../helpers/api.ts';
import { registerAndSignIn, signIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

async function walk(run: string) {
  let users = 0;
  for (let page = 0; page < 10_000; page++) {
    const step = await backfillUserIndexes(200, run);
    users += step.users;
    if (step.done) return users;
  }
  throw new Error('the backfill did not finish');
}

const lookupsOf = async (userId: string) =>
  (await entities().userLookup.query.byUser({ userId }).go({ pages: 'all' })).data.map((i) => i.key).sort();
const facetsOf = async (doctorId: string) =>
  (await entities().doctorFacet.query.byDoctor({ doctorId }).go({ pages: 'all' })).data
    .map((i) => i.facet)
    .sort();

describe('backfilling admin lookup and search facets for old accounts', () => {
  it('indexes accounts that have no lookup items or facets, once, and a second walk changes nothing', async () => {
    const admin = await signIn(demoPeople.admin.email);
    const surname = capitalised(uniqueWord('backfill'));
    const patient = await registerAndSignIn('patient', { firstName: 'Old', lastName: surname });
    const doctor = await verifiedDoctor({ firstName: 'Aged', lastName: surname, languages: ['Marathi'] });
    const lookups = { patient: await lookupsOf(patient.userId), doctor: await lookupsOf(doctor.userId) };
    const facets = await facetsOf(doctor.userId);
    expect(lookups.patient).toContain(surname.toLowerCase());
    expect(facets).toEqual(['any', 'lang:marathi']);

    // As accounts were before these items existed.
    for (const userId of [patient.userId, doctor.userId])
      for (const key of await lookupsOf(userId)) await entities().userLookup.delete({ userId, key }).go();
    for (const facet of facets) await entities().doctorFacet.delete({ doctorId: doctor.userId, facet }).go();
    const found = async () =>
      ((await admin.client.get(`/api/admin/user-search?q=${surname}`)).body.users as { id: string }[])
        .map((u) => u.id)
        .sort();
    const speaking = async () =>
      (await new ApiClient().get(`/api/doctors?q=${surname}&language=Marathi`)).body.doctors as unknown[];
    expect(await found()).toEqual([]);
    expect(await speaking()).toEqual([]);

    const run = `test-${crypto.randomUUID()}`;
    expect(await walk(run)).toBeGreaterThanOrEqual(2);
    expect(await lookupsOf(patient.userId)).toEqual(lookups.patient);
    expect(await lookupsOf(doctor.userId)).toEqual(lookups.doctor);
    expect(await facetsOf(doctor.userId)).toEqual(facets);
    expect(await found()).toEqual([patient.userId, doctor.userId].sort());
    expect(await speaking()).toHaveLength(1);

    // Done is remembered; a fresh walk finds everything in place and writes nothing new.
    expect(await backfillUserIndexes(200, run)).toEqual({ users: 0, done: true });
    await walk(`test-${crypto.randomUUID()}`);
    expect(await lookupsOf(patient.userId)).toEqual(lookups.patient);
    expect(await facetsOf(doctor.userId)).toEqual(facets);
  });
});
