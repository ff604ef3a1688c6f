import type { Connection, Model } from 'mongoose';
import { isDuplicateKeyError } from './errors.js';

/**
 * Version-guarded state changes that stay correct on FerretDB 1.24, whose
 * findAndModify reads the document and then writes it back by `_id` without
 * re-checking the filter, so two concurrent `findOneAndUpdate({ _id,
 * version })` calls can both succeed there. A change first claims its
 * (document, version) pair by inserting a claim document whose `_id` is
 * that pair; the unique `_id` index admits exactly one claimant on MongoDB
 * and on FerretDB alike. Only the winner applies its update.
 *
 * The claim stores the update, so a change whose process died between the
 * claim and the update is finished by the next caller instead of leaving
 * the document stuck at that version.
 */

const CLAIMS = 'version_claims';

/** Update documents are stored in the claim as `$set` fields. */
export type VersionedSet = Record<string, unknown>;

export interface VersionedChange {
  /** Fields to set; `version` is set to expectedVersion + 1 automatically. */
  set: VersionedSet;
  /** Entries appended to array fields, applied with `$push`. */
  push?: Record<string, unknown>;
}

function claimId(model: Model<any, any, any, any, any, any>, id: string, version: number): string {
  return `${model.collection.collectionName}:${id}:${version}`;
}

async function applyClaim<T>(model: Model<any, any, any, any, any, any>, id: string, version: number, change: VersionedChange): Promise<T | null> {
  const update: Record<string, unknown> = { $set: { ...change.set, version: version + 1 } };
  if (change.push) update.$push = change.push;
  return (await model.findOneAndUpdate({ _id: id, version }, update, { returnDocument: 'after' }).lean()) as T | null;
}

/**
 * Applies `change` to the document if it is still at `expectedVersion`.
 * Returns the updated document, or null when another change won the
 * version first (the caller reports a conflict).
 */
export async function changeAtVersion<T>(
  connection: Connection,
  model: Model<any, any, any, any, any, any>,
  id: string,
  expectedVersion: number,
  change: VersionedChange,
): Promise<T | null> {
  const claims = connection.db!.collection<{ _id: string; change: VersionedChange; at: Date }>(CLAIMS);
  const key = claimId(model, id, expectedVersion);
  try {
    await claims.insertOne({ _id: key, change, at: new Date() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await finishAbandonedClaim(connection, model, id, expectedVersion);
    return null;
  }
  return applyClaim<T>(model, id, expectedVersion, change);
}

/**
 * Completes a claimed change that was never applied: when the document is
 * still at the claimed version and the claim is older than `graceMs`, the
 * claimant died before its update, so the stored update is applied now.
 */
export async function finishAbandonedClaim(
  connection: Connection,
  model: Model<any, any, any, any, any, any>,
  id: string,
  version: number,
  graceMs = 10000,
): Promise<boolean> {
  const claims = connection.db!.collection<{ _id: string; change: VersionedChange; at: Date }>(CLAIMS);
  const claim = await claims.findOne({ _id: claimId(model, id, version) });
  if (!claim || Date.now() - claim.at.getTime() < graceMs) return false;
  const current = (await model.findById(id, { version: 1 }).lean()) as { version?: number } | null;
  if (current?.version !== version) return false;
  return (await applyClaim(model, id, version, claim.change)) !== null;
}

/**
 * Allocates the next number of a named sequence. The counter document only
 * suggests a number (its `$inc` is not atomic on FerretDB 1.24); the caller
 * makes the number safe by inserting it under a unique index and calling
 * again with `after` set to the number that collided.
 */
export async function suggestNextNumber(connection: Connection, sequence: string, after = 0): Promise<number> {
  const counters = connection.db!.collection<{ _id: string; value: number }>('sequence_counters');
  const doc = await counters.findOneAndUpdate({ _id: sequence }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after' });
  const suggested = doc?.value ?? 1;
  if (suggested > after) return suggested;
  await counters.updateOne({ _id: sequence }, { $max: { value: after + 1 } });
  return after + 1;
}
