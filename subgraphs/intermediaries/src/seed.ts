import type { Logger } from '@ykb/common';
import type { IntermediaryModels } from './model.js';
import { serviceCatalogue } from './serviceCatalogue.js';

/** Inserts intermediary services that do not exist yet; existing entries, edited or not, are left alone. */
export async function seedIntermediaryServices(
  models: IntermediaryModels,
  log: Logger,
): Promise<number> {
  const services = serviceCatalogue();
  const result = await models.IntermediaryService.bulkWrite(
    services.map((service) => ({
      updateOne: {
        filter: { _id: service._id },
        update: { $setOnInsert: service },
        upsert: true,
      },
    })),
    { ordered: false },
  );
  if (result.upsertedCount > 0)
    log.info(
      { inserted: result.upsertedCount },
      'seeded intermediary services',
    );
  return result.upsertedCount;
}
