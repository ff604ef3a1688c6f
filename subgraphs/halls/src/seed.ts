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
  // Halls seeded before English names existed get theirs; the filter skips halls that have one.
  const named = await models.Hall.bulkWrite(
    halls.map((hall) => ({
      updateOne: {
        filter: { _id: hall._id, nameEn: { $exists: false } },
        update: { $set: { nameEn: hall.nameEn } },
      },
    })),
    { ordered: false },
  );
  if (named.modifiedCount > 0)
    log.info({ halls: named.modifiedCount }, 'stored English hall names');
  return result.upsertedCount;
}

/**
 * Gives tickets stored before skip, recall and transfer existed the fields
 * that the call order reads, so that windows still call them: the rank, the
 * time they joined the queue, the number of calls and a version. Tickets
 * that already have a rank are left alone, so a second start changes nothing.
 */
export async function upgradeTickets(
  models: HallModels,
  log: Logger,
): Promise<number> {
  const old = await models.Ticket.find({
    rank: { $exists: false },
    status: { $in: ['WAITING', 'CALLED'] },
  })
    .select({ _id: 1, takenAt: 1, priority: 1, status: 1 })
    .lean<
      { _id: string; takenAt: Date; priority?: boolean; status: string }[]
    >();
  for (const ticket of old)
    await models.Ticket.updateOne(
      { _id: ticket._id, rank: { $exists: false } },
      {
        $set: {
          rank: ticket.priority ? 1 : 2,
          queuedAt: ticket.takenAt,
          calls: ticket.status === 'CALLED' ? 1 : 0,
          version: 0,
        },
      },
    );
  if (old.length > 0) log.info({ upgraded: old.length }, 'upgraded tickets');
  return old.length;
}
