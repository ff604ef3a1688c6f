import type { UpdateQuery } from 'mongoose';
import { isDuplicateKeyError, type Logger } from '@ykb/common';
import type { CaseDocument, CaseModels } from './model.js';

/** A claim older than this whose case never reached the claimed version is left over from a crashed writer. */
const STALE_CLAIM_MS = 60_000;

/**
 * Writes a change to a case as version `record.version + 1`, or returns
 * null when another writer got there first.
 *
 * A filter on `version` alone is not enough: FerretDB 1.24 on SQLite runs an
 * update as read, modify, write back the whole document, so two concurrent
 * updates with the same filter both succeed and the later one overwrites the
 * earlier. So every write to a case first inserts `<caseId>:<new version>`
 * into caseVersions. The unique `_id` admits exactly one writer per version,
 * and only that writer applies its update. On MongoDB the filtered update is
 * atomic by itself, so there the claim only adds an audit record.
 */
export async function updateCaseVersion(models: CaseModels, log: Logger, record: CaseDocument, action: string, update: UpdateQuery<CaseDocument>): Promise<CaseDocument | null> {
  const version = record.version + 1;
  const claimId = `${record._id}:${version}`;
  try {
    await models.CaseVersion.create({ _id: claimId, caseId: record._id, version, action, claimedAt: new Date() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await releaseStaleClaim(models, log, record, claimId);
    return null;
  }

  try {
    const updated = await models.Case.findOneAndUpdate(
      { _id: record._id, version: record.version },
      { ...update, $set: { ...(update.$set ?? {}), version } },
      { returnDocument: 'after' },
    ).lean<CaseDocument>();
    if (!updated) await models.CaseVersion.deleteOne({ _id: claimId });
    return updated;
  } catch (error) {
    await models.CaseVersion.deleteOne({ _id: claimId }).catch(() => undefined);
    throw error;
  }
}

/** Deletes a claim left by a writer that crashed between claiming and writing, so the case does not stay locked. */
async function releaseStaleClaim(models: CaseModels, log: Logger, record: CaseDocument, claimId: string): Promise<void> {
  const claim = await models.CaseVersion.findById(claimId).lean();
  if (!claim || Date.now() - claim.claimedAt.getTime() < STALE_CLAIM_MS) return;
  const current = await models.Case.findById(record._id, { version: 1 }).lean();
  if (current && current.version < claim.version) {
    await models.CaseVersion.deleteOne({ _id: claimId, claimedAt: claim.claimedAt });
    log.warn({ caseId: record._id, version: claim.version }, 'released stale case version claim');
  }
}
