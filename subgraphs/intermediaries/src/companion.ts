import { appError, ErrorCode, isDuplicateKeyError } from '@ykb/common';
import type { Model } from 'mongoose';

/**
 * A record that belongs to one version change of another document, such as
 * the correction notice of a check or the published history entry of a
 * service change. It is inserted before the change under an `_id` that names
 * the version, so at most one caller proceeds to the change, and removed
 * again when the change does not happen. A record left behind by a process
 * that stopped before its change is replaced after the grace period.
 */

/** How long a companion record may wait for its change before another caller replaces it. */
const GRACE_MS = 10_000;

interface Companion {
  _id: string;
  claimedAt: Date;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model of this subgraph
type AnyModel = Model<any>;

/** Inserts the record; CONFLICT while another caller's change of the same version is under way. */
export async function insertCompanion<T extends Companion>(
  model: AnyModel,
  record: T,
): Promise<void> {
  try {
    await model.create(record);
    return;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const existing = await model.findById(record._id).lean<Companion>();
  const abandoned =
    existing && Date.now() - new Date(existing.claimedAt).getTime() > GRACE_MS;
  if (abandoned) {
    const removed = await model.deleteOne({
      _id: record._id,
      claimedAt: existing.claimedAt,
    });
    if (removed.deletedCount === 1) {
      try {
        await model.create(record);
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }
  throw appError(
    ErrorCode.Conflict,
    `Record ${record._id.split(':')[0]} is being changed by someone else; reload it and try again.`,
  );
}

/** Removes the caller's own record after its change did not happen. */
export async function removeCompanion(
  model: AnyModel,
  record: Companion,
): Promise<void> {
  await model.deleteOne({ _id: record._id, claimedAt: record.claimedAt });
}
