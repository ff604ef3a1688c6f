import type { Connection } from 'mongoose';
import { appError, ErrorCode, isDuplicateKeyError } from './errors.js';
import type { Logger } from './logger.js';

/**
 * Unique sequential numbers (case numbers, licence serials, queue tickets)
 * that stay unique on FerretDB 1.24 as well as MongoDB. FerretDB 1.24 runs
 * `$inc` as a read followed by a write-back, so concurrent calls can receive
 * the same value and increments get lost. The counter therefore only
 * suggests a number. The record that carries the number is inserted under a
 * unique index, which both databases enforce, and a collision moves on to a
 * number past the taken one.
 */

/** Collection of sequence counters (`_id` is the sequence name, `value` the last number suggested). */
export const SEQUENCE_COUNTERS = 'sequence_counters';

const DEFAULT_MAX_ATTEMPTS = 20;
/** Two upserts that create one counter can both try the insert. The loser gets a duplicate-key error and retries as an update. */
const MAX_UPSERT_TRIES = 3;

interface CounterDocument {
  _id: string;
  value: number;
}

async function incrementCounter(
  connection: Connection,
  sequence: string,
): Promise<number> {
  const counters =
    connection.db!.collection<CounterDocument>(SEQUENCE_COUNTERS);
  for (let tries = 1; ; tries++) {
    try {
      const counter = await counters.findOneAndUpdate(
        { _id: sequence },
        { $inc: { value: 1 } },
        { upsert: true, returnDocument: 'after' },
      );
      if (!counter)
        throw new Error(
          `Counter ${sequence} returned no document after an upsert.`,
        );
      return counter.value;
    } catch (error) {
      if (!isDuplicateKeyError(error) || tries >= MAX_UPSERT_TRIES) throw error;
    }
  }
}

/**
 * Suggests the next number of a sequence that is greater than `after`, and
 * moves the counter up to it. The number is not reserved: the caller inserts
 * it under a unique index and, on a collision, calls again with `after` set
 * to the highest number known to be taken.
 */
export async function suggestNextNumber(
  connection: Connection,
  sequence: string,
  after = 0,
): Promise<number> {
  const suggested = await incrementCounter(connection, sequence);
  if (suggested > after) return suggested;
  const counters =
    connection.db!.collection<CounterDocument>(SEQUENCE_COUNTERS);
  await counters.updateOne({ _id: sequence }, { $max: { value: after + 1 } });
  return after + 1;
}

export interface NumberedInsert<T> {
  /** Name of the sequence, unique within the database, e.g. `case:500238-20251103`. */
  sequence: string;
  /** Inserts the record carrying `number` under a unique index; a duplicate-key error means the number is taken. */
  insert: (number: number) => Promise<T>;
  /** Returns the highest number already inserted, so that one collision moves past every taken number. */
  highestTaken?: () => Promise<number>;
  /**
   * Called after a duplicate-key error. Returns the record that another
   * request with the same idempotency key inserted, which then replaces
   * this insert, or null when the error was about the number.
   */
  findExisting?: () => Promise<T | null>;
  /** Largest number the sequence may give out; a larger one fails with INVALID_STATE. */
  maxNumber?: number;
  /** Inserts tried before the call fails with CONFLICT; 20 unless set. */
  maxAttempts?: number;
  /** Description of the number for error messages and logs, e.g. 'case number of 500238 on 20251103'. */
  description?: string;
  /** Receives a debug entry for each collision. */
  log?: Logger;
}

export interface NumberedInsertResult<T> {
  record: T;
  /** True when `findExisting` returned another request's record instead of inserting. */
  replayed: boolean;
}

/**
 * Inserts a record under the next free number of a sequence. Numbers are
 * unique because the insert runs under a unique index. Numbers can have gaps
 * when an insert fails for another reason or `findExisting` replays a record
 * after a number was drawn.
 */
export async function insertWithNextNumber<T>(
  connection: Connection,
  options: NumberedInsert<T>,
): Promise<NumberedInsertResult<T>> {
  const { sequence } = options;
  const description = options.description ?? `number of sequence ${sequence}`;
  const maxNumber = options.maxNumber ?? Number.MAX_SAFE_INTEGER;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  let number = await suggestNextNumber(connection, sequence);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (number > maxNumber) {
      throw appError(
        ErrorCode.InvalidState,
        `The ${description} is exhausted: ${number} exceeds the maximum ${maxNumber}.`,
        { sequence },
      );
    }
    try {
      return { record: await options.insert(number), replayed: false };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }

    const existing = await options.findExisting?.();
    if (existing) return { record: existing, replayed: true };
    const highest = Math.max(number, (await options.highestTaken?.()) ?? 0);
    options.log?.debug(
      { sequence, number, highest, attempt },
      'sequence number already taken; trying the next one',
    );
    number = await suggestNextNumber(connection, sequence, highest);
  }
  throw appError(
    ErrorCode.Conflict,
    `No free ${description} was found after ${maxAttempts} attempts; retry the request.`,
    { sequence },
  );
}
