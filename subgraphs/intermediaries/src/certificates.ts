import {
  createHash,
  createPublicKey,
  randomBytes,
  randomUUID,
  verify,
  type KeyObject,
} from 'node:crypto';
import {
  appError,
  badInput,
  ErrorCode,
  isDuplicateKeyError,
  shanghaiDate,
  type Viewer,
} from '@ykb/common';
import { now } from './clock.js';
import { checkIsoDate } from './deadlines.js';
import type {
  CertificateDocument,
  CertificateRevocationDocument,
  CertificateSessionDocument,
  ChallengeDocument,
  IntermediaryModels,
  KeyAlgorithm,
} from './model.js';

/**
 * Certificate sign-in (A.1 a, A.2 a). The certificate authority is outside
 * the platform; a legal person registers the public key of its certificate,
 * and the marketplace then requests it to sign a fresh challenge with the private
 * key, which never leaves the holder. A successful signature opens a
 * certificate sign-in bound to the platform session that asked for it.
 */

const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const SESSION_TTL_MS = 8 * 3600 * 1000;
const SERIAL_PATTERN = /^[A-Za-z0-9]{4,64}$/;
const MAX_PEM_LENGTH = 4096;

function keyAlgorithm(key: KeyObject): KeyAlgorithm | null {
  if (key.asymmetricKeyType === 'ed25519') return 'ED25519';
  if (
    key.asymmetricKeyType === 'ec' &&
    key.asymmetricKeyDetails?.namedCurve === 'prime256v1'
  )
    return 'ECDSA_P256';
  return null;
}

function invalidCertificate(message: string) {
  return appError(ErrorCode.CertificateInvalid, message, {
    field: 'publicKeyPem',
  });
}

/** Parses a PEM public key; CERTIFICATE_INVALID unless it is ECDSA P-256 or Ed25519. */
export function parsePublicKey(pem: string): {
  key: KeyObject;
  algorithm: KeyAlgorithm;
  fingerprint: string;
} {
  if (pem.length > MAX_PEM_LENGTH || !pem.includes('BEGIN PUBLIC KEY'))
    throw invalidCertificate(
      'The public key must be a PEM "PUBLIC KEY" block.',
    );
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw invalidCertificate('The public key could not be read as PEM.');
  }
  const algorithm = keyAlgorithm(key);
  if (!algorithm)
    throw invalidCertificate(
      'Only ECDSA P-256 and Ed25519 certificate keys are accepted.',
    );
  const der = key.export({ format: 'der', type: 'spki' });
  return {
    key,
    algorithm,
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

export interface CertificateInput {
  publicKeyPem: string;
  serialNumber: string;
  validUntil: string;
  previousKeySignature?: string | null;
}

/**
 * Returns the bytes that the registered key signs to prove that its holder
 * replaces it with the key of the given SHA-256 fingerprint (hex).
 */
export function replacementMessage(newFingerprint: string): Buffer {
  return Buffer.from(`ykb-certificate-replacement:${newFingerprint}`, 'utf8');
}

/** Returns the `_id` of the revocation of one holder's key: `<userId>:<fingerprint>`. */
export function revocationId(userId: string, fingerprint: string): string {
  return `${userId}:${fingerprint}`;
}

/** Returns the administration's revocation of the holder's key, or null while the key is in force. */
function findRevocation(
  models: IntermediaryModels,
  userId: string,
  fingerprint: string,
): Promise<CertificateRevocationDocument | null> {
  return models.CertificateRevocation.findById(
    revocationId(userId, fingerprint),
  ).lean<CertificateRevocationDocument>();
}

function unprovenReplacement(message: string) {
  return appError(ErrorCode.CertificateReplacementUnproven, message, {
    field: 'previousKeySignature',
  });
}

/**
 * Rejects the replacement of a registered key that is still valid unless the
 * request comes from a session signed in with that key and carries its
 * signature over replacementMessage of the new key. A password alone thus
 * never replaces a key. A key that has expired or that the administration
 * revoked cannot sign in any more, so its replacement needs no proof. The
 * check by the administration that follows the change
 * (recheckAfterCertificateChange) approves it.
 */
async function requireReplacementProof(
  models: IntermediaryModels,
  viewer: Viewer,
  previous: CertificateDocument,
  newFingerprint: string,
  previousKeySignature: string | null | undefined,
): Promise<void> {
  if (previous.validUntil < shanghaiDate(now())) return;
  if (await findRevocation(models, viewer.userId, previous.fingerprint)) return;
  const session = await models.CertificateSession.findById(
    `${viewer.userId}:${viewer.sessionId}`,
  ).lean<CertificateSessionDocument>();
  if (
    !session ||
    session.fingerprint !== previous.fingerprint ||
    session.expiresAt.getTime() < now().getTime()
  )
    throw unprovenReplacement(
      'Replacing the registered certificate key needs a certificate sign-in with that key in this session.',
    );
  if (
    !previousKeySignature ||
    !signatureMatches(
      previous,
      replacementMessage(newFingerprint),
      Buffer.from(previousKeySignature, 'base64'),
    )
  )
    throw unprovenReplacement(
      'previousKeySignature must be the signature of the registered key over "ykb-certificate-replacement:" followed by the new key\'s fingerprint.',
    );
}

/**
 * Stores the viewer's certificate key, replacing an earlier one only with
 * the proof that requireReplacementProof checks. Returns the stored
 * certificate and whether the key changed, so that the caller sends admitted
 * registrations back to the check (A.3).
 */
export async function storeCertificate(
  models: IntermediaryModels,
  viewer: Viewer,
  input: CertificateInput,
): Promise<{
  certificate: CertificateDocument;
  first: boolean;
  changed: boolean;
}> {
  const { algorithm, fingerprint } = parsePublicKey(input.publicKeyPem);
  if (!SERIAL_PATTERN.test(input.serialNumber))
    throw badInput('serialNumber must be 4 to 64 letters and digits.', {
      field: 'serialNumber',
    });
  const validUntil = checkIsoDate(input.validUntil, 'validUntil');
  if (validUntil < shanghaiDate(now()))
    throw appError(
      ErrorCode.CertificateInvalid,
      `The certificate expired on ${validUntil}.`,
      { field: 'validUntil' },
    );
  if (await findRevocation(models, viewer.userId, fingerprint))
    throw appError(
      ErrorCode.CertificateInvalid,
      'The administration revoked this certificate key; register the key of a new certificate.',
      { field: 'publicKeyPem' },
    );
  const previous = await models.Certificate.findById(
    viewer.userId,
  ).lean<CertificateDocument>();
  if (previous && previous.fingerprint !== fingerprint)
    await requireReplacementProof(
      models,
      viewer,
      previous,
      fingerprint,
      input.previousKeySignature,
    );
  const certificate: CertificateDocument = {
    _id: viewer.userId,
    publicKeyPem: input.publicKeyPem,
    algorithm,
    fingerprint,
    serialNumber: input.serialNumber,
    validUntil,
    registeredAt: now(),
  };
  await models.Certificate.replaceOne({ _id: viewer.userId }, certificate, {
    upsert: true,
  });
  const changed = !!previous && previous.fingerprint !== fingerprint;
  if (changed)
    await models.CertificateSession.deleteMany({
      _id: { $regex: `^${viewer.userId}:` },
    });
  return { certificate, first: !previous, changed };
}

async function currentCertificate(
  models: IntermediaryModels,
  userId: string,
): Promise<CertificateDocument> {
  const certificate =
    await models.Certificate.findById(userId).lean<CertificateDocument>();
  if (!certificate)
    throw appError(
      ErrorCode.CertificateRequired,
      'Register the public key of your digital certificate first (registerCertificate).',
    );
  if (certificate.validUntil < shanghaiDate(now()))
    throw appError(
      ErrorCode.CertificateInvalid,
      `The certificate expired on ${certificate.validUntil}; register the renewed one.`,
    );
  const revocation = await findRevocation(
    models,
    userId,
    certificate.fingerprint,
  );
  if (revocation)
    throw appError(
      ErrorCode.CertificateInvalid,
      `The administration revoked the certificate key on ${shanghaiDate(revocation.revokedAt)} (${revocation.reason}); register the key of a new certificate.`,
    );
  return certificate;
}

export async function issueChallenge(
  models: IntermediaryModels,
  viewer: Viewer,
): Promise<ChallengeDocument> {
  const certificate = await currentCertificate(models, viewer.userId);
  const challenge: ChallengeDocument = {
    _id: randomUUID(),
    userId: viewer.userId,
    fingerprint: certificate.fingerprint,
    nonce: randomBytes(32).toString('base64'),
    expiresAt: new Date(now().getTime() + CHALLENGE_TTL_MS),
  };
  await models.Challenge.create(challenge);
  return challenge;
}

function signatureMatches(
  certificate: Pick<CertificateDocument, 'algorithm' | 'publicKeyPem'>,
  nonce: Buffer,
  signature: Buffer,
): boolean {
  const key = createPublicKey(certificate.publicKeyPem);
  try {
    if (certificate.algorithm === 'ED25519')
      return verify(null, nonce, key, signature);
    // ECDSA signatures come DER-encoded or as the 64-byte r||s of IEEE P1363 (Web Crypto).
    const dsaEncoding = signature.length === 64 ? 'ieee-p1363' : 'der';
    return verify('sha256', nonce, { key, dsaEncoding }, signature);
  } catch {
    return false;
  }
}

/**
 * Checks the signature of a challenge and opens a certificate sign-in for
 * the viewer's platform session. A challenge is used once: its id is
 * inserted under a unique index before the signature is checked.
 */
export async function signInWithCertificate(
  models: IntermediaryModels,
  viewer: Viewer,
  challengeId: string,
  signatureBase64: string,
): Promise<CertificateSessionDocument> {
  const challenge =
    await models.Challenge.findById(challengeId).lean<ChallengeDocument>();
  if (!challenge || challenge.userId !== viewer.userId)
    throw appError(
      ErrorCode.CodeExpired,
      'The challenge is unknown; ask for a new one.',
    );
  if (challenge.expiresAt.getTime() < now().getTime())
    throw appError(
      ErrorCode.CodeExpired,
      'The challenge expired; ask for a new one.',
    );
  try {
    await models.ChallengeUse.create({ _id: challengeId, at: now() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw appError(
      ErrorCode.CodeExpired,
      'The challenge was already used; ask for a new one.',
    );
  }
  const certificate = await currentCertificate(models, viewer.userId);
  const signature = Buffer.from(signatureBase64, 'base64');
  if (
    certificate.fingerprint !== challenge.fingerprint ||
    !signatureMatches(
      certificate,
      Buffer.from(challenge.nonce, 'base64'),
      signature,
    )
  )
    throw appError(
      ErrorCode.SignatureInvalid,
      'The signature does not verify with the registered certificate key.',
    );
  const certificateEnd = Date.parse(`${certificate.validUntil}T16:00:00Z`);
  const session: CertificateSessionDocument = {
    _id: `${viewer.userId}:${viewer.sessionId}`,
    fingerprint: certificate.fingerprint,
    expiresAt: new Date(
      Math.min(now().getTime() + SESSION_TTL_MS, certificateEnd),
    ),
  };
  await models.CertificateSession.replaceOne({ _id: session._id }, session, {
    upsert: true,
  });
  return session;
}

/**
 * Requires an open certificate sign-in of the viewer's session with the
 * current key; returns the key's fingerprint.
 */
export async function requireCertificateSession(
  models: IntermediaryModels,
  viewer: Viewer,
): Promise<string> {
  const [session, certificate, revocations] = await Promise.all([
    models.CertificateSession.findById(
      `${viewer.userId}:${viewer.sessionId}`,
    ).lean<CertificateSessionDocument>(),
    models.Certificate.findById(viewer.userId).lean<CertificateDocument>(),
    // Revoking deletes the sign-ins too; this also catches a sign-in that raced the revocation.
    models.CertificateRevocation.find({ userId: viewer.userId })
      .select({ fingerprint: 1 })
      .lean<{ fingerprint: string }[]>(),
  ]);
  if (
    !session ||
    !certificate ||
    revocations.some((r) => r.fingerprint === certificate.fingerprint) ||
    session.fingerprint !== certificate.fingerprint ||
    session.expiresAt.getTime() < now().getTime()
  )
    throw appError(
      ErrorCode.CertificateRequired,
      'Sign in with your digital certificate first (certificateChallenge, then certificateSignIn).',
    );
  return certificate.fingerprint;
}
