import {
  appError,
  changeAtVersion,
  ErrorCode,
  type Logger,
  type VersionedChange,
} from '@ykb/common';
import type { Model } from 'mongoose';

const MAX_ATTEMPTS = 10;

/**
 * Reads a versioned document, lets `decide` compute a change from it and
 * writes the change at the version read. When another writer took that
 * version first, it reads again and decides again, so `decide` runs on
 * the latest document: a duplicate event finds its effect already applied. A null
 * change leaves the document as it is. Returns the document after the
 * change, or null when it does not exist.
 */
export async function mutateVersioned<
  T extends { _id: string; version: number },
>(
  model: Model<T>,
  id: string,
  decide: (current: T) => VersionedChange | null,
  log: Logger,
): Promise<T | null> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = (await model.findById(id).lean()) as T | null;
    if (!current) return null;
    const change = decide(current);
    if (!change) return current;
    const updated = await changeAtVersion<T>(
      model,
      id,
      current.version,
      change,
      { log },
    );
    if (updated) return updated;
  }
  throw appError(
    ErrorCode.Conflict,
    `Record ${id} kept changing while this request ran; try again.`,
  );
}
