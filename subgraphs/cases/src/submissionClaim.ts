import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  appError,
  canonicalJson,
  ErrorCode,
  isDuplicateKeyError,
  type Logger,
  type NumberedInsertResult,
} from '@ykb/common';
import type {
  CaseDocument,
  CaseModels,
  SubmissionClaimDocument,
} from './model.js';

/**
 * One submission per idempotency key, with one case number drawn per key.
 * A request first claims its key by inserting a SubmissionClaim, whose
 * unique `_id` admits one claimant on FerretDB 1.24 as on MongoDB. Only the
 * claimant draws a number and inserts the case. Concurrent requests with the
 * same key wait for that case instead of drawing numbers of their own.
 */

/** Submitter, idempotency key and request hash of one submission. */
export interface SubmissionKey {
  submittedBy: string;
  idempotencyKey: string;
  /** From hashSubmission; a reused key with another hash is a CONFLICT. */
  requestHash: string;
}

/** The parts of a submission request that a retry must repeat unchanged. */
export interface SubmissionRequest {
  applicantUserId: string;
  itemId: string;
  divisionCode: string;
  formData: Record<string, unknown>;
  materials: {
    code: string;
    fileId?: string | null;
    licenceId?: string | null;
  }[];
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Returns the SHA-256 (hexadecimal) of a submission request as sent. Object
 * key order and the order of materials do not count, but every value does,
 * so a retry must send the same form data as the first request.
 */
export function hashSubmission(request: SubmissionRequest): string {
  const ref = (m: { fileId?: string; licenceId?: string }) =>
    m.fileId ?? m.licenceId ?? '';
  const materials = [...request.materials]
    .map((m) => ({
      code: m.code,
      fileId: m.fileId ?? undefined,
      licenceId: m.licenceId ?? undefined,
    }))
    .sort(
      (a, b) =>
        compareStrings(a.code, b.code) || compareStrings(ref(a), ref(b)),
    );
  return createHash('sha256')
    .update(canonicalJson({ ...request, materials }))
    .digest('hex');
}

/** Interval at which a waiting request polls for the case of the claim's owner. */
const POLL_INTERVAL_MS = 25;
/** Time a request waits for the claim's owner before failing with CONFLICT. */
const WAIT_LIMIT_MS = 10_000;
/**
 * Age after which a claim counts as abandoned by a process that died between
 * claiming and storing. Storing is one lookup, one counter update and one
 * insert, so a live owner normally finishes far sooner. An owner that was
 * only slow still cannot store a second case, because the unique
 * (submittedBy, idempotencyKey) index of cases rejects it.
 */
const ABANDONED_AFTER_MS = 30_000;

export interface StoreOnceOptions {
  models: CaseModels;
  key: SubmissionKey;
  log: Logger;
  /** Finds the case stored under the key, if any. */
  findCase: () => Promise<CaseDocument | null>;
  /** Draws a case number and inserts the case; runs only while this request owns the claim. */
  insertCase: () => Promise<NumberedInsertResult<CaseDocument>>;
  /** Checks a case found under the key against this request; throws CONFLICT for another request. */
  replay: (record: CaseDocument) => CaseDocument;
}

/**
 * Stores a case under an idempotency key, or returns the case that another
 * request with the same key stored. Throws CONFLICT when the key is claimed
 * by a request with a different hash, or when its owner has not finished
 * within 10 seconds.
 */
export async function storeOnce(
  options: StoreOnceOptions,
): Promise<CaseDocument> {
  const { models, key, log, findCase, replay } = options;
  const claimId = `${key.idempotencyKey}:${key.submittedBy}`;
  const deadline = Date.now() + WAIT_LIMIT_MS;

  for (;;) {
    if (Date.now() > deadline) {
      throw appError(
        ErrorCode.Conflict,
        `An earlier request with idempotencyKey ${key.idempotencyKey} is still being processed; retry the request in a few seconds.`,
      );
    }
    const claim: SubmissionClaimDocument = {
      _id: claimId,
      ...key,
      claimedAt: new Date(),
    };
    if (await insertClaim(models, claim)) return storeClaimed(options, claim);

    const stored = await findCase();
    if (stored) return replay(stored);

    const owner =
      await models.SubmissionClaim.findById(
        claimId,
      ).lean<SubmissionClaimDocument>();
    // No owner: it stored its case or failed between our insert and this read, so claim again.
    if (!owner) continue;
    // No case is stored under the key (checked above), so an abandoned claim leaves the key free, whatever its request was.
    if (Date.now() - owner.claimedAt.getTime() > ABANDONED_AFTER_MS) {
      await models.SubmissionClaim.deleteOne({
        _id: claimId,
        claimedAt: owner.claimedAt,
      });
      log.warn(
        { claim: claimId, claimedAt: owner.claimedAt },
        'deleted an abandoned submission claim',
      );
      continue;
    }
    if (owner.requestHash !== key.requestHash)
      throw reusedKey(key.idempotencyKey);
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Inserts the claim; returns false when another request owns it. */
async function insertClaim(
  models: CaseModels,
  claim: SubmissionClaimDocument,
): Promise<boolean> {
  try {
    await models.SubmissionClaim.create(claim);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Stores the case while holding the claim, then deletes the claim, also when storing fails. */
async function storeClaimed(
  options: StoreOnceOptions,
  claim: SubmissionClaimDocument,
): Promise<CaseDocument> {
  const { models, log, findCase, insertCase, replay } = options;
  try {
    // A case stored by an earlier owner that deleted its claim before this one was inserted.
    const stored = await findCase();
    if (stored) return replay(stored);
    const { record, replayed } = await insertCase();
    return replayed ? replay(record) : record;
  } finally {
    await models.SubmissionClaim.deleteOne({
      _id: claim._id,
      claimedAt: claim.claimedAt,
    }).catch((error: unknown) => {
      // A claim left behind next to a stored case is harmless, because requests find the case first.
      // One left by a failed insert is deleted as abandoned after 30 seconds.
      log.warn(
        { err: error, claim: claim._id },
        'failed to delete a submission claim',
      );
    });
  }
}

export function reusedKey(idempotencyKey: string) {
  return appError(
    ErrorCode.Conflict,
    `idempotencyKey ${idempotencyKey} was already used for a different application; use a new key for a new application.`,
  );
}
