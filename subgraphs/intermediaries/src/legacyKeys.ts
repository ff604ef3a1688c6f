import type { Logger } from '@ykb/common';
import type { IntermediaryModels } from './model.js';

/** Models whose idempotencyKey carries a unique index. */
const KEYED_MODELS = [
  'Party',
  'Objection',
  'Announcement',
  'Bid',
  'Complaint',
] as const satisfies readonly (keyof IntermediaryModels)[];

const KEYLESS = {
  $or: [{ idempotencyKey: { $exists: false } }, { idempotencyKey: null }],
};

/** Builds the key given to a record stored before its collection had idempotency keys. */
export function legacyKey(collection: string, id: string): string {
  return `legacy:${collection}:${id}`;
}

/**
 * Gives every record without an idempotencyKey a unique legacy key, so that
 * the unique index on the key can be built. A unique index counts a missing
 * key as null, so two keyless records make the index build fail on MongoDB,
 * and FerretDB 1.24 has no partial indexes to leave them out. Runs before
 * the indexes are built; a second run finds nothing to change. A legacy key
 * never matches a client's retry, because clients send their own keys.
 */
export async function assignLegacyKeys(
  models: IntermediaryModels,
  log: Logger,
): Promise<number> {
  let assigned = 0;
  for (const name of KEYED_MODELS) {
    const model = models[name];
    const collection = model.collection.collectionName;
    const keyless = await model
      .find(KEYLESS)
      .select({ _id: 1 })
      .lean<{ _id: string }[]>();
    for (const { _id } of keyless) {
      const result = await model.updateOne(
        { _id, ...KEYLESS },
        { $set: { idempotencyKey: legacyKey(collection, String(_id)) } },
      );
      assigned += result.modifiedCount;
    }
    if (keyless.length > 0)
      log.info(
        { collection, records: keyless.length },
        'assigned legacy idempotency keys to records stored without one',
      );
  }
  return assigned;
}
