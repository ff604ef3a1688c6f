import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  ErrorCode,
  forbidden,
  hashRequest,
  inJurisdiction,
  insertOnce,
  isDuplicateKeyError,
  notFound,
  type Logger,
  type RequestAuditLog,
  type Viewer,
} from '@ykb/common';
import { revocationId } from './certificates.js';
import { now } from './clock.js';
import type {
  CertificateDocument,
  CertificateRevocationDocument,
  IntermediaryModels,
} from './model.js';
import { loadParty } from './parties.js';
import {
  checkIdempotencyKey,
  checkText,
  escapeRegex,
  replayOf,
} from './text.js';

/**
 * Revocation of a certificate key by the administration: the path for a
 * holder who lost a key that is still valid and so cannot sign the proof
 * that replacing it needs. The revoked key no longer signs in, and its open
 * certificate sign-ins end. The holder then registers a new key without
 * proof, as after expiry, and its admitted registrations go back to the
 * check (recheckAfterCertificateChange) before the party acts again.
 */
export async function revokeCertificate(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  registrationId: string,
  rawReason: string,
  idempotencyKey: string,
  request: { audit: RequestAuditLog; requestId: string; log: Logger },
): Promise<CertificateRevocationDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.revokeCertificate'],
  );
  checkIdempotencyKey(idempotencyKey);
  const requestHash = hashRequest({ registrationId, reason: rawReason });
  const findReplay = () =>
    models.CertificateRevocation.findOne({
      idempotencyKey,
    }).lean<CertificateRevocationDocument>();
  const replay = (revocation: CertificateRevocationDocument) =>
    replayOf(
      revocation,
      revocation.revokedBy === viewer.userId,
      idempotencyKey,
      requestHash,
    );
  const earlier = await findReplay();
  if (earlier) return replay(earlier);

  const reason = checkText(rawReason, 'reason', 2, 500);
  const party = await loadParty(models, registrationId);
  if (!inJurisdiction(viewer, { divisionCode: party.divisionCode }))
    throw forbidden(
      `Registration ${registrationId} lies outside your jurisdiction, so you may not revoke its certificate key.`,
    );
  const certificate = await models.Certificate.findById(
    party.ownerUserId,
  ).lean<CertificateDocument>();
  if (!certificate)
    throw notFound('Certificate key of registration', registrationId);

  const revocation: CertificateRevocationDocument = {
    _id: revocationId(party.ownerUserId, certificate.fingerprint),
    userId: party.ownerUserId,
    registrationId,
    fingerprint: certificate.fingerprint,
    serialNumber: certificate.serialNumber,
    reason,
    revokedBy: viewer.userId,
    revokedAt: now(),
    idempotencyKey,
    requestHash,
  };
  let inserted: { record: CertificateRevocationDocument; replayed: boolean };
  try {
    inserted = await insertOnce(async () => {
      await models.CertificateRevocation.create(revocation);
      return revocation;
    }, findReplay);
  } catch (error) {
    // insertOnce rethrows a duplicate key that is not this idempotencyKey:
    // the `_id` of a key that is already revoked.
    if (!isDuplicateKeyError(error)) throw error;
    throw appError(
      ErrorCode.InvalidState,
      `The certificate key ${certificate.fingerprint} of registration ${registrationId} is already revoked; its holder registers a new key.`,
      { registrationId, fingerprint: certificate.fingerprint },
    );
  }
  if (inserted.replayed) return replay(inserted.record);

  await models.CertificateSession.deleteMany({
    _id: { $regex: `^${escapeRegex(party.ownerUserId)}:` },
  });
  // NOTE: when this audit write fails the revocation stays stored; a retry with the same key returns it without a second audit record.
  await request.audit.record({
    action: 'revokeCertificate',
    outcome: 'SUCCEEDED',
    actorId: viewer.userId,
    actorDivisionCode: viewer.divisionCode,
    subjectType: 'CertificateRevocation',
    subjectId: revocation._id,
    details: {
      registrationId,
      holderId: party.ownerUserId,
      fingerprint: certificate.fingerprint,
      serialNumber: certificate.serialNumber,
      reason,
    },
    requestId: request.requestId,
  });
  request.log.info(
    {
      registrationId,
      holderId: party.ownerUserId,
      fingerprint: certificate.fingerprint,
    },
    'certificate key revoked',
  );
  return revocation;
}
