import type { Model } from 'mongoose';
import { isDuplicateKeyError } from './errors.js';
import type { Logger } from './logger.js';

/**
 * Version-guarded changes to one document that stay correct on FerretDB
 * 1.24 as well as MongoDB. FerretDB 1.24 runs findAndModify and update as a
 * read followed by a write-back by `_id` that does not re-check the filter,
 * so two concurrent `findOneAndUpdate({ _id, version })` calls can both
 * succeed there. A change therefore first claims its (document, version)
 * pair by inserting a claim whose `_id` is that pair. The unique `_id` index
 * admits exactly one claimant on both databases, and only that claimant
 * writes the document.
 *
 * Recovery from a writer that died between its claim and its write: the
 * claim stores the change, and a later caller who collides with a claim
 * older than the grace period applies that stored change (roll forward).
 * Deleting the stale claim and letting a new change take the version (roll
 * back) was the other design. It loses an update when the "dead" writer was
 * only slow, because two different changes then both write over the same
 * version. Rolling forward can only write the same change twice, which
 * leaves the same document.
 */

/** Collection of pending claims, in the database of the changed document. */
export const VERSION_CLAIMS = 'version_claims';

/** How long a claim may stay unapplied before another caller applies it. */
const DEFAULT_GRACE_MS = 10_000;

// A claim stores paths as values, not as keys, because FerretDB 1.24 rejects
// field names with dots such as 'licenceIssue.state'.
interface StoredField {
  path: string;
  value: unknown;
}

interface VersionClaim {
  _id: string;
  set: StoredField[];
  push: StoredField[];
  claimedAt: Date;
}

/** A change to one document; `version` is set to expectedVersion + 1 automatically. */
export interface VersionedChange {
  /** Fields to set, by path (dotted paths reach into subdocuments). */
  set: Record<string, unknown>;
  /** Values appended to array fields, by path. */
  push?: Record<string, unknown>;
}

export interface ChangeAtVersionOptions {
  /** Age in milliseconds after which an unapplied claim counts as abandoned. */
  graceMs?: number;
  /** Receives a warning when this call applies an abandoned claim or fails to delete its own claim. */
  log?: Logger;
}

// Mongoose's Model has six type parameters; any model of any schema is accepted here.
type AnyModel = Model<any, any, any, any, any, any>;

function claimsOf(model: AnyModel) {
  return model.db.collection<VersionClaim>(VERSION_CLAIMS);
}

function claimId(model: AnyModel, id: string, version: number): string {
  return `${model.collection.collectionName}:${id}:${version}`;
}

function toStored(fields: Record<string, unknown> = {}): StoredField[] {
  return Object.entries(fields).map(([path, value]) => ({ path, value }));
}

function fromStored(fields: StoredField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.path, field.value]));
}

/** Writes a claimed change if the document is still at `version`; returns the document after the write, or null. */
async function applyClaim<T>(
  model: AnyModel,
  id: string,
  version: number,
  claim: Pick<VersionClaim, 'set' | 'push'>,
): Promise<T | null> {
  const update: Record<string, unknown> = {
    $set: { ...fromStored(claim.set), version: version + 1 },
  };
  if (claim.push.length > 0) update.$push = fromStored(claim.push);
  return (await model
    .findOneAndUpdate({ _id: id, version }, update, { returnDocument: 'after' })
    .lean()) as T | null;
}

/**
 * Applies `change` to document `id` if it is still at `expectedVersion`.
 * Returns the updated document, or null when another change took that
 * version first or the document is at another version (the caller reports
 * a conflict). Throws what the database throws, after releasing the claim.
 */
export async function changeAtVersion<T>(
  model: AnyModel,
  id: string,
  expectedVersion: number,
  change: VersionedChange,
  options: ChangeAtVersionOptions = {},
): Promise<T | null> {
  const claims = claimsOf(model);
  const key = claimId(model, id, expectedVersion);
  const claim: VersionClaim = {
    _id: key,
    set: toStored(change.set),
    push: toStored(change.push),
    claimedAt: new Date(),
  };
  try {
    await claims.insertOne(claim);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await finishAbandonedClaim(model, id, expectedVersion, options);
    return null;
  }

  try {
    return await applyClaim<T>(model, id, expectedVersion, claim);
  } finally {
    // Once the write has run, or the document has moved past this version,
    // the claim has nothing left to recover. A later claim of the same
    // version cannot write, because its filter no longer matches.
    await claims
      .deleteOne({ _id: key, claimedAt: claim.claimedAt })
      .catch((error: unknown) => {
        // A claim left behind is finished or dropped by the next caller that collides with it.
        options.log?.warn(
          { err: error, claim: key },
          'failed to delete a version claim',
        );
      });
  }
}

/**
 * Applies a claimed change whose writer never did: when the claim is older
 * than the grace period and the document is still at the claimed version,
 * the stored change is written now. Returns whether it was written.
 */
export async function finishAbandonedClaim(
  model: AnyModel,
  id: string,
  version: number,
  options: ChangeAtVersionOptions = {},
): Promise<boolean> {
  const claims = claimsOf(model);
  const key = claimId(model, id, version);
  const claim = await claims.findOne({ _id: key });
  if (
    !claim ||
    Date.now() - claim.claimedAt.getTime() <
      (options.graceMs ?? DEFAULT_GRACE_MS)
  )
    return false;

  const current = (await model.findById(id, { version: 1 }).lean()) as {
    version?: number;
  } | null;
  let applied = false;
  if (current?.version === version)
    applied = (await applyClaim(model, id, version, claim)) !== null;
  await claims.deleteOne({ _id: key, claimedAt: claim.claimedAt });
  if (applied)
    options.log?.warn(
      { claim: key, claimedAt: claim.claimedAt },
      'applied an abandoned version claim',
    );
  return applied;
}
