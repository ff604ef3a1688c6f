import {
  appError,
  badInput,
  ErrorCode,
  notFound,
  type Logger,
  type Viewer,
} from '@ykb/common';
import type {
  LicenceModels,
  SealDocument,
  SealRevocationReason,
} from './model.js';

export interface SealRevocationRequest {
  reason: string;
  reasonCode: SealRevocationReason;
  /** ISO 8601 instant; required for KEY_COMPROMISE and rejected otherwise. */
  compromisedAt: string | null;
}

/** Validates the reason and the compromise instant of a revocation; returns the instant or null. */
function compromiseInstant(
  seal: SealDocument,
  request: SealRevocationRequest,
  now: Date,
): Date | null {
  if (request.reasonCode !== 'KEY_COMPROMISE') {
    if (request.compromisedAt !== null)
      throw badInput(
        'compromisedAt is only for reasonCode KEY_COMPROMISE; leave it out or choose KEY_COMPROMISE.',
        { field: 'compromisedAt' },
      );
    return null;
  }
  if (request.compromisedAt === null)
    throw badInput(
      'reasonCode KEY_COMPROMISE needs compromisedAt, the instant from which the private key counts as leaked.',
      { field: 'compromisedAt' },
    );
  const instant = new Date(request.compromisedAt);
  if (
    !/^\d{4}-\d{2}-\d{2}T/.test(request.compromisedAt) ||
    Number.isNaN(instant.getTime())
  )
    throw badInput(
      'compromisedAt must be an ISO 8601 instant such as 2026-01-01T08:00:00+08:00.',
      { field: 'compromisedAt' },
    );
  if (instant.getTime() > now.getTime())
    throw badInput('compromisedAt lies in the future.', {
      field: 'compromisedAt',
    });
  if (instant.getTime() < seal.validFrom.getTime())
    throw badInput(
      `compromisedAt lies before the seal's validFrom ${seal.validFrom.toISOString()}; give the earliest instant inside the validity.`,
      { field: 'compromisedAt' },
    );
  return instant;
}

/**
 * Revokes an active seal at `now`. For KEY_COMPROMISE it also stores the
 * declared compromise instant, and verification rejects the seal's
 * signatures dated from then on. A seal revoked earlier for another reason
 * can take the compromise instant once. Throws INVALID_STATE when the seal
 * is already revoked and nothing more can be declared.
 */
export async function revokeSeal(
  models: LicenceModels,
  log: Logger,
  viewer: Viewer,
  seal: SealDocument,
  request: SealRevocationRequest,
  now = new Date(),
): Promise<SealDocument> {
  const reason = request.reason.trim();
  if (reason.length === 0 || Array.from(reason).length > 500)
    throw badInput('reason must have 1 to 500 characters.', {
      field: 'reason',
    });
  const compromisedAt = compromiseInstant(seal, request, now);
  const revoked = await models.Seal.findOneAndUpdate(
    { _id: seal._id, status: 'ACTIVE' },
    {
      $set: {
        status: 'REVOKED',
        revokedAt: now,
        revocationReason: reason,
        revocationReasonCode: request.reasonCode,
        compromisedAt,
      },
    },
    { returnDocument: 'after' },
  ).lean<SealDocument>();
  if (!revoked) {
    const exists = await models.Seal.exists({ _id: seal._id });
    if (!exists) throw notFound('Seal', seal._id);
    // A key leak found after an ordinary revocation still has to invalidate later signatures.
    if (compromisedAt) {
      const declared = await models.Seal.findOneAndUpdate(
        { _id: seal._id, status: 'REVOKED', compromisedAt: null },
        {
          $set: {
            revocationReason: reason,
            revocationReasonCode: 'KEY_COMPROMISE',
            compromisedAt,
          },
        },
        { returnDocument: 'after' },
      ).lean<SealDocument>();
      if (declared) {
        log.info(
          {
            sealId: seal._id,
            compromisedAt: compromisedAt.toISOString(),
            viewerId: viewer.userId,
          },
          'declared key compromise of revoked seal',
        );
        return declared;
      }
    }
    throw appError(
      ErrorCode.InvalidState,
      `Seal ${seal._id} is already revoked.`,
      { sealId: seal._id },
    );
  }
  log.info(
    {
      sealId: seal._id,
      departmentCode: seal.departmentCode,
      reasonCode: request.reasonCode,
      compromisedAt: compromisedAt?.toISOString() ?? null,
      viewerId: viewer.userId,
    },
    'revoked seal',
  );
  return revoked;
}
