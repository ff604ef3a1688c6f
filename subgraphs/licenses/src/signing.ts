import { createHash } from 'node:crypto';
import { appError, ErrorCode } from '@ykb/common';
import { maskHolder } from './access.js';
import { licenceContent, licenceStatement } from './content.js';
import type {
  LicenceDocument,
  LicenceSignatureDocument,
  SealDocument,
  SigningMethod,
} from './model.js';
import { decryptSealPrivateKey, signContent } from './sealCrypto.js';

/** Effective status of a seal at `now`: REVOKED, EXPIRED outside its validity, else ACTIVE. */
export function sealStatusAt(
  seal: Pick<SealDocument, 'status' | 'validFrom' | 'validTo'>,
  now = new Date(),
): 'ACTIVE' | 'REVOKED' | 'EXPIRED' {
  if (seal.status === 'REVOKED') return 'REVOKED';
  if (
    now.getTime() < seal.validFrom.getTime() ||
    now.getTime() >= seal.validTo.getTime()
  )
    return 'EXPIRED';
  return 'ACTIVE';
}

/**
 * Throws SEAL_REVOKED or SEAL_EXPIRED when the seal may not sign at `now`.
 * Every signature runs this check, however the seal was chosen.
 */
export function assertSealMaySign(seal: SealDocument, now: Date): void {
  const status = sealStatusAt(seal, now);
  if (status === 'REVOKED')
    throw appError(
      ErrorCode.SealRevoked,
      `Seal ${seal._id} was revoked at ${seal.revokedAt?.toISOString() ?? 'an unknown time'} and signs nothing more; a seal administrator must make a new seal.`,
      { sealId: seal._id },
    );
  if (status === 'EXPIRED')
    throw appError(
      ErrorCode.SealExpired,
      `Seal ${seal._id} is valid from ${seal.validFrom.toISOString()} to ${seal.validTo.toISOString()}, so it may not sign at ${now.toISOString()}; a seal administrator must make a new seal.`,
      { sealId: seal._id },
    );
}

export interface Signer {
  method: SigningMethod;
  /** Licence officer who confirmed; null for automatic signatures. */
  userId: string | null;
  name: string | null;
}

export const AUTOMATIC_SIGNER: Signer = {
  method: 'AUTOMATIC',
  userId: null,
  name: null,
};

/**
 * Signs a licence's canonical content and its compact verification statement
 * with a seal, after checking that the seal may sign now.
 */
export function sealSignature(
  licence: Omit<LicenceDocument, 'signature'>,
  seal: SealDocument,
  masterKey: Buffer,
  signer: Signer,
  now = new Date(),
): LicenceSignatureDocument {
  assertSealMaySign(seal, now);
  const privateKey = decryptSealPrivateKey(
    seal._id,
    seal.encryptedPrivateKey,
    masterKey,
  );
  const statement = licenceStatement({
    identifier: licence.identifier,
    typeCode: licence.typeCode,
    holderName: maskHolder(licence).holderName,
    issuedAt: licence.issuedAt.toISOString(),
    validUntil: licence.validUntil?.toISOString() ?? null,
    sealId: seal._id,
    signedAt: now.toISOString(),
  });
  return {
    sealId: seal._id,
    sealName: seal.name,
    certificateSerial: seal.certificateSerial,
    algorithm: seal.algorithm,
    value: signContent(licenceContent(licence), privateKey),
    signedAt: now,
    method: signer.method,
    signedBy: signer.userId,
    signedByName: signer.name,
    statementValue: signContent(statement, privateKey),
  };
}

/** SHA-256 of a licence's canonical content, lower-case hex: what a licence officer reviews before confirming. */
export function contentDigest(
  licence: Parameters<typeof licenceContent>[0],
): string {
  return createHash('sha256')
    .update(licenceContent(licence), 'utf8')
    .digest('hex');
}
