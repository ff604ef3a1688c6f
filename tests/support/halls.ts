import type mongoose from 'mongoose';
import { withSubgraphDatabase } from './database.js';

/**
 * Direct changes to the halls database of a test platform, for the setup
 * that no page offers. The platform's subgraphs read halls on every
 * request, so the changes take effect at once.
 */

function withHallsDatabase<T>(
  dbPrefix: string,
  work: (db: mongoose.mongo.Db) => Promise<T>,
): Promise<T> {
  return withSubgraphDatabase(dbPrefix, 'halls', work);
}

/**
 * Returns a hall's windows opened on every day from 00:00 to 24:00, public
 * holidays included, so that tests taking and calling tickets pass at any
 * hour of the run.
 */
export function windowsOpenAroundTheClock<Window extends object>(
  windows: readonly Window[],
): Window[] {
  return windows.map((window) => ({
    ...window,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    openingTimes: [{ start: '00:00', end: '24:00' }],
    openOnHolidays: true,
  }));
}

/** Opens every window of every hall around the clock (windowsOpenAroundTheClock). */
export async function openHallsAroundTheClock(dbPrefix: string): Promise<void> {
  await withHallsDatabase(dbPrefix, async (db) => {
    const halls = db.collection<{ _id: string; windows: object[] }>('halls');
    for (const hall of await halls.find({}).toArray())
      await halls.updateOne(
        { _id: hall._id },
        { $set: { windows: windowsOpenAroundTheClock(hall.windows) } },
      );
  });
}

/**
 * Returns the user id of the staff member who made the latest call at a
 * hall under `name`, read from the service records of calls.
 */
export async function callerId(
  dbPrefix: string,
  hallId: string,
  name: string,
): Promise<string> {
  return withHallsDatabase(dbPrefix, async (db) => {
    const call = await db
      .collection<{ calledBy: string }>('ticket_calls')
      .findOne({ hallId, calledByName: name }, { sort: { calledAt: -1 } });
    if (!call) throw new Error(`No call by ${name} at hall ${hallId}.`);
    return call.calledBy;
  });
}

/** Records a staff member as known at a hall, as an attendance check-in does. */
export async function addHallStaff(
  dbPrefix: string,
  hallId: string,
  staff: { userId: string; name: string },
): Promise<void> {
  await withHallsDatabase(dbPrefix, async (db) => {
    await db.collection<{ _id: string }>('hall_staff').updateOne(
      { _id: `${hallId}/${staff.userId}` },
      {
        $setOnInsert: {
          hallId,
          staffUserId: staff.userId,
          staffName: staff.name,
          windowManager: false,
          roles: ['CLERK'],
          since: new Date(),
          version: 0,
        },
      },
      { upsert: true },
    );
  });
}
