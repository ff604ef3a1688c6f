import type { Logger } from '@ykb/common';
import { hallDirectory } from './hallDirectory.js';
import type { HallModels } from './model.js';

/** Inserts halls that do not exist yet; existing halls, edited or not, are left alone. */
export async function seedHalls(
  models: HallModels,
  log: Logger,
): Promise<number> {
  const halls = hallDirectory();
  const result = await models.Hall.bulkWrite(
    halls.map((hall) => ({
      updateOne: {
        filter: { _id: hall._id },
        update: { $setOnInsert: hall },
        upsert: true,
      },
    })),
    { ordered: false },
  );
  if (result.upsertedCount > 0)
    log.info({ inserted: result.upsertedCount }, 'seeded halls');
  return result.upsertedCount;
}
