import { isDuplicateKeyError, type Logger } from '@ykb/common';
import { ruleId } from './appointments.js';
import { hallDirectory } from './hallDirectory.js';
import {
  BUSINESS_CATEGORIES,
  type BusinessCategory,
  type HallDocument,
  type HallModels,
} from './model.js';
import { clockTime, slotOutsideOpeningHours } from './openingHours.js';

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
 * Appointment places per 30-minute slot that each window serving a business
 * category adds. Categories whose cases take long at the window, such as
 * company registration or construction permits, get fewer places. These are
 * demo values, not the published arrangement of a real hall.
 */
const SEEDED_PLACES_PER_WINDOW: Record<BusinessCategory, number> = {
  GENERAL: 2,
  MARKET_ENTRY: 1,
  SOCIAL_SECURITY: 2,
  CONSTRUCTION: 1,
  PUBLIC_SECURITY: 2,
  CIVIL_AFFAIRS: 1,
};

/**
 * Bookable hours of a seeded rule: Monday to Friday and adjusted working
 * days, morning and afternoon, within the seeded windows' hours 09:00-12:00
 * and 14:00-17:00. Public holidays get no slots because the seeded windows
 * close on them.
 */
const SEEDED_RULE_HOURS = {
  weekdays: [1, 2, 3, 4, 5],
  timeWindows: [
    { start: '09:00', end: '12:00' },
    { start: '14:00', end: '17:00' },
  ],
  slotMinutes: 30,
};

/** `updatedBy` of a seeded rule. A hall manager's change replaces it with the manager's user id. */
export const SEEDED_RULE_AUTHOR = 'service:halls';

/** Appointment rules for every business category that a window of the hall serves. */
function seededRules(hall: HallDocument) {
  const categories = Object.keys(BUSINESS_CATEGORIES) as BusinessCategory[];
  return categories.flatMap((category) => {
    const windows = hall.windows.filter((w) =>
      w.businessCategories.includes(category),
    ).length;
    if (windows === 0) return [];
    return [
      {
        _id: ruleId(hall._id, category),
        hallId: hall._id,
        category,
        ...SEEDED_RULE_HOURS,
        capacity: SEEDED_PLACES_PER_WINDOW[category] * windows,
        version: 0,
        updatedBy: SEEDED_RULE_AUTHOR,
      },
    ];
  });
}

/**
 * Inserts an appointment rule for each business category of each seeded
 * hall that has no rule yet, so that citizens can book in the demo. A
 * stored rule, seeded or changed by the hall manager, is left alone. A rule
 * with a slot outside the hall's stored opening hours, as after a manager
 * narrowed them before the rule was seeded, is skipped with a warning.
 * Rules are plain inserts under their unique `_id`, so two processes
 * seeding at once still store one rule each.
 */
export async function seedAppointmentSlotRules(
  models: HallModels,
  log: Logger,
): Promise<number> {
  const hallIds = hallDirectory().map((hall) => hall._id);
  const halls = await models.Hall.find({ _id: { $in: hallIds } })
    .sort({ _id: 1 })
    .lean<HallDocument[]>();
  const stored = await models.SlotRule.find({ hallId: { $in: hallIds } })
    .select({ _id: 1 })
    .lean<{ _id: string }[]>();
  const existing = new Set(stored.map((rule) => rule._id));
  let inserted = 0;
  for (const hall of halls)
    for (const rule of seededRules(hall)) {
      if (existing.has(rule._id)) continue;
      const outside = slotOutsideOpeningHours(hall, rule.category, rule);
      if (outside) {
        log.warn(
          {
            ruleId: rule._id,
            weekday: outside.weekday,
            start: clockTime(outside.start),
            end: clockTime(outside.end),
          },
          'skipped seeding an appointment rule with a slot outside the opening hours',
        );
        continue;
      }
      try {
        await models.SlotRule.create(rule);
        inserted += 1;
      } catch (error) {
        // Another process seeding at the same time inserted it first.
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  if (inserted > 0) log.info({ inserted }, 'seeded appointment slot rules');
  return inserted;
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
