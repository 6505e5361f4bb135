/**
 * Dependants: the family members an account holder books for (issue 17). The account holder pays and
 * consents; the dependant is the person treated. At most MAX_DEPENDANTS per account, kept by a count
 * on the user item that moves in the same transaction as each add or removal, so two adds sent at once
 * cannot pass the cap together.
 */
import { ulid } from 'ulid';
import { type Dependant, type DependantBody, MAX_DEPENDANTS } from '../contract/api.ts';
import { type DependantItem, entities } from '../core/db/index.ts';
import { conflict, isConditionalCheckFailed, notFound, withParams } from '../core/errors.ts';
import { tryTransact } from '../core/transact.ts';

const NOT_FOUND = 'That family member was not found.';

export const toDependant = (d: DependantItem): Dependant => ({
  id: d.dependantId,
  name: d.name,
  dateOfBirth: d.dateOfBirth,
  sex: d.sex,
  relationship: d.relationship,
  createdAt: d.createdAt,
});

export async function listDependants(userId: string): Promise<Dependant[]> {
  const { data } = await entities().dependant.query.byUser({ userId }).go({ pages: 'all' });
  return data.map(toDependant);
}

/**
 * One of the account holder's own dependants. The key is (account holder, dependant), so another
 * account's dependant id is simply not found: the same 404 as an id that never existed.
 */
export async function dependantOf(userId: string, dependantId: string): Promise<DependantItem> {
  const { data } = await entities().dependant.get({ userId, dependantId }).go();
  if (!data) throw notFound(NOT_FOUND);
  return data;
}

export async function addDependant(userId: string, body: DependantBody, now = new Date()) {
  const item: DependantItem = {
    userId,
    dependantId: ulid(now.getTime()),
    ...body,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const result = await tryTransact((tx) => [
    tx.user
      .patch({ userId })
      .add({ dependantCount: 1 })
      .where(
        ({ dependantCount }, { notExists, lt }) =>
          `(${notExists(dependantCount)} OR ${lt(dependantCount, MAX_DEPENDANTS)})`,
      )
      .commit(),
    tx.dependant.create(item).commit(),
  ]);
  if (result.canceled) {
    if (result.reasons[0] === 'ConditionalCheckFailed')
      throw withParams(
        409,
        'too_many_dependants',
        `You can keep at most ${MAX_DEPENDANTS} family members. Remove one to add another.`,
        { max: MAX_DEPENDANTS },
      );
    throw conflict('Your family list just changed. Reload and try again.');
  }
  return toDependant(item);
}

export async function updateDependant(userId: string, dependantId: string, changes: Partial<DependantBody>) {
  const current = await dependantOf(userId, dependantId);
  if (!Object.values(changes).some((v) => v !== undefined)) return toDependant(current);
  try {
    const { data } = await entities()
      .dependant.patch({ userId, dependantId })
      .set(changes)
      .go({ response: 'all_new' });
    return toDependant(data as DependantItem);
  } catch (err) {
    // Removed between the read and the write: the patch's existence condition failed.
    if (isConditionalCheckFailed(err)) throw notFound(NOT_FOUND);
    throw err;
  }
}

/** Removes a dependant. Their past appointments keep their snapshot of the person treated. */
export async function removeDependant(userId: string, dependantId: string) {
  await dependantOf(userId, dependantId);
  const result = await tryTransact((tx) => [
    tx.dependant
      .delete({ userId, dependantId })
      .where(({ dependantId: id }, { exists }) => exists(id))
      .commit(),
    tx.user.patch({ userId }).add({ dependantCount: -1 }).commit(),
  ]);
  if (result.canceled) throw notFound(NOT_FOUND);
  return { deleted: dependantId };
}
