import { isDuplicateKeyError } from '@ykb/common';
import type { Model } from 'mongoose';

/** Any model keyed by a string `_id`; mongoose's Model has six type parameters. */
export type AnyModel = Model<any, any, any, any, any, any>;

/**
 * Sets fields of the document with `_id` = id, inserting it when missing.
 * Two concurrent upserts can both try the insert on FerretDB 1.24; the one
 * that fails with a duplicate key updates the other's document instead.
 */
export async function upsertById(
  model: AnyModel,
  id: string,
  set: Record<string, unknown>,
): Promise<void> {
  const update = { $set: set };
  try {
    await model.updateOne({ _id: id }, update, { upsert: true });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await model.updateOne({ _id: id }, update);
  }
}
