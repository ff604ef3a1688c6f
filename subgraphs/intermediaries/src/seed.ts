import type { Logger } from '@ykb/common';
import type { IntermediaryModels } from './model.js';
import { SERVICE_SPECS, serviceCatalogue } from './serviceCatalogue.js';

/** Reason recorded for the publication of the starter list. */
export const STARTER_LIST_REASON = '首次公布中介服务事项清单';

/**
 * Inserts intermediary services that do not exist yet, with the published
 * change record of their first publication; existing entries, edited or not,
 * are left alone. Entries stored before versions and departments existed get
 * version 0 and their department.
 */
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
  await models.IntermediaryService.updateMany(
    { version: { $exists: false } },
    { $set: { version: 0 } },
  );
  for (const spec of SERVICE_SPECS)
    await models.IntermediaryService.updateOne(
      { code: spec.code, departmentCode: { $exists: false } },
      { $set: { departmentCode: spec.departmentCode } },
    );
  await models.ServiceChange.bulkWrite(
    services.map((service) => ({
      updateOne: {
        filter: { _id: `${service._id}:0` },
        update: {
          $setOnInsert: {
            serviceId: service._id,
            version: 0,
            kind: 'PUBLISHED',
            reason: STARTER_LIST_REASON,
            name: service.name,
            description: service.description,
            itemIds: service.itemIds ?? [],
            publishedAt: new Date(),
            by: 'seed',
          },
        },
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
