import { isDuplicateKeyError, type Logger } from '@ykb/common';
import { catalogue } from './catalogue.js';
import type { ItemModels } from './model.js';

/**
 * Inserts catalogue entries that do not exist yet; existing entries, edited
 * or not, are left alone. Plain inserts are used because FerretDB 1.24 drops
 * empty arrays (such as `fees: []`) from documents created by an upsert.
 */
export async function seedItems(
  models: ItemModels,
  log: Logger,
): Promise<number> {
  const items = catalogue();
  const existing = new Set(
    (await models.Item.find({}, { _id: 1 }).lean()).map((doc) =>
      String(doc._id),
    ),
  );
  const missing = items.filter((item) => !existing.has(item._id));
  if (missing.length === 0) return 0;
  try {
    await models.Item.collection.insertMany(missing as never[], {
      ordered: false,
    });
  } catch (error) {
    // Another process seeding at the same time inserted some of them first.
    if (!isDuplicateKeyError(error)) throw error;
  }
  log.info({ inserted: missing.length }, 'seeded item catalogue');
  return missing.length;
}
