import type { Logger } from '@ykb/common';
import { catalogue } from './catalogue.js';
import type { ItemModels } from './model.js';

/** Inserts catalogue entries that do not exist yet; existing entries, edited or not, are left alone. */
export async function seedItems(models: ItemModels, log: Logger): Promise<number> {
  const items = catalogue();
  const result = await models.Item.bulkWrite(
    items.map((item) => ({ updateOne: { filter: { _id: item._id }, update: { $setOnInsert: item }, upsert: true } })),
    { ordered: false },
  );
  if (result.upsertedCount > 0) log.info({ inserted: result.upsertedCount }, 'seeded item catalogue');
  return result.upsertedCount;
}
