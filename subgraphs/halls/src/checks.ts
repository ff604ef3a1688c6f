import {
  appError,
  badInput,
  changeAtVersion,
  ErrorCode,
  isDuplicateKeyError,
  isIdempotencyKey,
} from '@ykb/common';
import type { Model } from 'mongoose';
import { parseEndTime, parseLocalTime } from './shanghaiTime.js';

/** Input checks and a versioned upsert shared by the hall's commands. */

/** Throws BAD_USER_INPUT unless `key` is a valid idempotency key. */
export function requireIdempotencyKey(key: string): void {
  if (!isIdempotencyKey(key))
    throw badInput(
      'idempotencyKey must be 8 to 100 characters of letters, digits, "-" or "_".',
      { field: 'idempotencyKey' },
    );
}

/** Checks a list of ISO weekdays and returns it sorted without repeats. */
export function checkWeekdays(values: number[], field: string): number[] {
  const weekdays = [...new Set(values)].sort((a, b) => a - b);
  if (
    weekdays.length === 0 ||
    weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  )
    throw badInput(`${field} must list ISO weekdays 1 (Monday) to 7.`, {
      field,
    });
  return weekdays;
}

/**
 * Checks HH:MM time ranges of a day: at least one, each at least
 * `minMinutes` long, none overlapping. Returns them in time order.
 */
export function checkTimeRanges(
  ranges: { start: string; end: string }[],
  field: string,
  minMinutes = 1,
): { start: string; end: string }[] {
  const parsed = ranges
    .map((r) => ({
      start: r.start,
      end: r.end,
      from: parseLocalTime(r.start, `${field}.start`),
      to: parseEndTime(r.end, `${field}.end`),
    }))
    .sort((a, b) => a.from - b.from);
  if (parsed.length === 0)
    throw badInput(`${field} must hold at least one time range.`, { field });
  parsed.forEach((r, i) => {
    if (r.to - r.from < minMinutes)
      throw badInput(
        `Time range ${r.start}-${r.end} is shorter than ${minMinutes} minutes.`,
        { field },
      );
    const previous = parsed[i - 1];
    if (previous && previous.to > r.from)
      throw badInput(
        `Time ranges ${previous.start}-${previous.end} and ${r.start}-${r.end} overlap.`,
        { field },
      );
  });
  return parsed.map(({ start, end }) => ({ start, end }));
}

// Mongoose's Model has six type parameters; any model of a versioned schema is accepted here.
type AnyModel = Model<any, any, any, any, any, any>;

/**
 * Creates document `id` with `created`, or changes an existing one with
 * `set` under its version claim. CONFLICT with `conflictMessage` when other
 * writers win three times in a row.
 */
export async function upsertAtVersion<T extends { version: number }>(
  model: AnyModel,
  id: string,
  created: Record<string, unknown>,
  set: Record<string, unknown>,
  conflictMessage: string,
): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const existing = (await model.findById(id).lean()) as T | null;
    if (!existing) {
      try {
        const doc = await model.create({ _id: id, ...created, version: 0 });
        return doc.toObject() as T;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        continue;
      }
    }
    const updated = await changeAtVersion<T>(model, id, existing.version, {
      set,
    });
    if (updated) return updated;
  }
  throw appError(ErrorCode.Conflict, conflictMessage);
}
