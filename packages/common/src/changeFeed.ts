import type { Model } from 'mongoose';
import { badInput } from './errors.js';
import { pageRows } from './pages.js';

/**
 * Change feeds: SYSTEM-only queries with which the data subgraph follows
 * another subgraph's records. A feed reads a model's documents in the order
 * of (`updatedAt`, `_id`), and its cursor is the last document's pair, so a
 * document changed after the reader passed it comes back with a later
 * `updatedAt`. The model's schema must set `updatedAt` on every write
 * (mongoose `timestamps: true`).
 */

/** Documents a change feed returns when `first` is not given. */
export const DEFAULT_CHANGE_FEED_ROWS = 100;
/** Largest `first` of a change feed. */
export const MAX_CHANGE_FEED_ROWS = 500;
/**
 * Age in ms below which a change is withheld from the feed. Writers stamp
 * `updatedAt` before the write commits, so a write stamped earlier can
 * commit after a later one. Withholding young changes keeps the cursor from
 * passing a write that is still in flight.
 * NOTE: a write that takes longer than this to commit can still be passed.
 */
export const CHANGE_FEED_SETTLE_MS = 2000;

/** Arguments of a change-feed query. */
export interface ChangeFeedArguments {
  /** Cursor returned as `nextAfter` by the previous page; null or absent for the start. */
  after?: string | null;
  first?: number | null;
}

/** One page of a change feed, oldest change first. */
export interface ChangeFeedPage<T> {
  records: T[];
  /** Cursor after the last record of the page; the request's cursor when the page is empty. */
  nextAfter: string | null;
}

interface ChangeCursor {
  /** Update time in ms since the epoch; null for documents stored without `updatedAt`. */
  updatedAt: number | null;
  id: string;
}

/** Encodes a cursor as `<ms since the epoch or empty>:<id>`. */
function encodeCursor(cursor: ChangeCursor): string {
  return `${cursor.updatedAt ?? ''}:${cursor.id}`;
}

function decodeCursor(after: string): ChangeCursor {
  const colon = after.indexOf(':');
  const time = colon < 0 ? 'invalid' : after.slice(0, colon);
  const updatedAt = time === '' ? null : Number(time);
  if (colon < 0 || (updatedAt !== null && !Number.isSafeInteger(updatedAt)))
    throw badInput(
      `after must be a cursor returned as nextAfter by this feed, got "${after}".`,
      { field: 'after' },
    );
  return { updatedAt, id: after.slice(colon + 1) };
}

/**
 * Filter of the documents after a cursor in (`updatedAt`, `_id`) order.
 * Documents stored before the model had timestamps have no `updatedAt` and
 * come first, in `_id` order.
 */
function afterFilter(cursor: ChangeCursor): Record<string, unknown> {
  if (cursor.updatedAt === null)
    return {
      $or: [
        { updatedAt: { $exists: false }, _id: { $gt: cursor.id } },
        { updatedAt: { $exists: true } },
      ],
    };
  const at = new Date(cursor.updatedAt);
  return {
    $or: [
      { updatedAt: { $gt: at } },
      { updatedAt: at, _id: { $gt: cursor.id } },
    ],
  };
}

/**
 * Reads one page of a model's documents changed after the cursor, oldest
 * first, leaving out changes younger than CHANGE_FEED_SETTLE_MS.
 * BAD_USER_INPUT for a malformed cursor or a `first` outside 1 to
 * MAX_CHANGE_FEED_ROWS.
 */
export async function readChangeFeed<
  T extends { _id: string; updatedAt?: Date | null },
>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph types its models its own way
  model: Model<any, any, any, any, any, any>,
  args: ChangeFeedArguments,
  now: Date = new Date(),
): Promise<ChangeFeedPage<T>> {
  const limit = pageRows(
    args.first,
    DEFAULT_CHANGE_FEED_ROWS,
    MAX_CHANGE_FEED_ROWS,
  );
  const settled = new Date(now.getTime() - CHANGE_FEED_SETTLE_MS);
  const conditions: Record<string, unknown>[] = [
    {
      $or: [{ updatedAt: { $lt: settled } }, { updatedAt: { $exists: false } }],
    },
  ];
  if (args.after) conditions.push(afterFilter(decodeCursor(args.after)));
  const filter: Record<string, unknown> = { $and: conditions };
  const records = (await model
    .find(filter)
    .sort({ updatedAt: 1, _id: 1 })
    .limit(limit)
    .lean()) as unknown as T[];
  const last = records[records.length - 1];
  return {
    records,
    nextAfter: last
      ? encodeCursor({
          updatedAt: last.updatedAt ? last.updatedAt.getTime() : null,
          id: last._id,
        })
      : (args.after ?? null),
  };
}
