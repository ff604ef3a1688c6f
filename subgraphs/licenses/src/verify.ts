import {
  badInput,
  checkLicenceIdentifier,
  maskName,
  type Logger,
} from '@ykb/common';
import { maskHolder } from './access.js';
import {
  effectiveStatus,
  licenceContent,
  type EffectiveLicenceStatus,
} from './content.js';
import { sealStatusAt } from './signing.js';
import type {
  LicenceDocument,
  LicenceModels,
  LicenceTypeDocument,
  SealDocument,
} from './model.js';
import { verifyContent } from './sealCrypto.js';

export type VerificationWarningCode =
  | 'CHECK_CHARACTER_MISMATCH'
  | 'LICENCE_EXPIRED'
  | 'LICENCE_REVOKED'
  | 'SEAL_REVOKED_AFTER_SIGNING'
  | 'SEAL_KEY_COMPROMISED'
  | 'LICENCE_SUPERSEDED'
  | 'LICENCE_NOT_SIGNED';

export interface VerificationWarning {
  code: VerificationWarningCode;
  message: string;
}

export interface VerificationReport {
  identifier: string;
  identifierCheckValid: boolean;
  /** Null when the check character is wrong, so the service does not complete guessed identifiers. */
  expectedCheckCharacter: string | null;
  found: boolean;
  authentic: boolean;
  sealValid: boolean | null;
  contentIntact: boolean | null;
  signer: {
    sealId: string;
    sealName: string;
    certificateSerial: string;
    departmentCode: string;
    algorithm: string;
    publicKeyFingerprint: string | null;
    validFrom: string | null;
    validTo: string | null;
    sealStatus: 'ACTIVE' | 'REVOKED' | 'EXPIRED' | null;
    method: 'AUTOMATIC' | 'STAFF_CONFIRMED';
    signedByName: string | null;
  } | null;
  signedAt: Date | null;
  licenceTypeCode: string | null;
  licenceTypeName: string | null;
  holderName: string | null;
  issuedAt: Date | null;
  validUntil: Date | null;
  status: EffectiveLicenceStatus | null;
  warnings: VerificationWarning[];
  checkedAt: Date;
}

const MAX_IDENTIFIER_LENGTH = 120;

/** Reports whether the signature was made at or after the declared compromise of the seal's key. */
export function signedAfterCompromise(
  seal: SealDocument,
  signature: NonNullable<LicenceDocument['signature']>,
): boolean {
  return (
    !!seal.compromisedAt &&
    signature.signedAt.getTime() >= seal.compromisedAt.getTime()
  );
}

/**
 * Reports whether the seal was valid when it signed: the certificate serial
 * matches, the signing time lies inside the seal's validity, the seal was
 * not revoked before that time, and its key had not leaked by then. A seal
 * revoked later keeps earlier signatures valid.
 */
export function sealValidAtSigning(
  seal: SealDocument,
  signature: NonNullable<LicenceDocument['signature']>,
): boolean {
  const signedAt = signature.signedAt.getTime();
  if (seal.certificateSerial !== signature.certificateSerial) return false;
  if (signedAt < seal.validFrom.getTime() || signedAt > seal.validTo.getTime())
    return false;
  if (
    seal.status === 'REVOKED' &&
    (!seal.revokedAt || seal.revokedAt.getTime() <= signedAt)
  )
    return false;
  return !signedAfterCompromise(seal, signature);
}

export interface VerifyDependencies {
  models: LicenceModels;
  log: Logger;
  loadLicenceType: (code: string) => Promise<LicenceTypeDocument | null>;
  loadSeal: (id: string) => Promise<SealDocument | null>;
}

/**
 * Verifies a licence by its identifier for anyone, signed in or not. An
 * identifier with a wrong check character is reported as invalid, without
 * looking the licence up and without the expected character, so the service
 * does not turn a guessed serial number into a valid identifier. A forgery
 * shows as not found, as an invalid seal, or as content that no longer
 * matches its signature. The holder's name is masked.
 *
 * NOTE: the MOD 37,36 check character is public (ISO/IEC 7064), so a script
 * can still compute it. The per-client rate limit in verifyRateLimit.ts is
 * what bounds scripted enumeration.
 */
export async function verifyLicence(
  deps: VerifyDependencies,
  rawIdentifier: string,
  now = new Date(),
): Promise<VerificationReport> {
  const identifier = rawIdentifier.normalize('NFKC').trim().toUpperCase();
  if (identifier.length > MAX_IDENTIFIER_LENGTH) {
    throw badInput(
      `identifier is longer than ${MAX_IDENTIFIER_LENGTH} characters; an electronic licence identifier has about 70.`,
      { field: 'identifier' },
    );
  }
  const check = checkLicenceIdentifier(identifier);
  if (check.problem === 'FORMAT') {
    throw badInput(
      'identifier is not an electronic licence identifier: expected 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check character>.',
      {
        field: 'identifier',
      },
    );
  }

  const identifierBase = identifier.slice(0, identifier.lastIndexOf('.'));
  const report: VerificationReport = {
    identifier,
    identifierCheckValid: check.valid,
    expectedCheckCharacter: check.valid ? identifier.slice(-1) : null,
    found: false,
    authentic: false,
    sealValid: null,
    contentIntact: null,
    signer: null,
    signedAt: null,
    licenceTypeCode: null,
    licenceTypeName: null,
    holderName: null,
    issuedAt: null,
    validUntil: null,
    status: null,
    warnings: [],
    checkedAt: now,
  };
  const warnings = report.warnings;
  if (!check.valid) {
    warnings.push({
      code: 'CHECK_CHARACTER_MISMATCH',
      message: `The check character ${identifier.slice(-1)} does not match the other parts of the identifier, so the identifier is invalid. Check it for a typing mistake.`,
    });
    deps.log.info(
      { identifierBase, identifierCheckValid: false },
      'rejected licence verification: wrong check character',
    );
    return report;
  }

  const licence = await deps.models.Licence.findOne({
    identifierBase,
  }).lean<LicenceDocument>();
  if (!licence) {
    deps.log.info({ identifierBase, found: false }, 'verified licence');
    return report;
  }

  const type = await deps.loadLicenceType(licence.typeCode);
  const status = effectiveStatus(licence, now);
  Object.assign(report, {
    found: true,
    sealValid: false,
    contentIntact: false,
    licenceTypeCode: licence.typeCode,
    licenceTypeName: type?.name ?? null,
    holderName: maskHolder(licence).holderName,
    issuedAt: licence.issuedAt,
    validUntil: licence.validUntil,
    status,
  });
  const signature = licence.signature;
  if (!signature) {
    warnings.push({
      code: 'LICENCE_NOT_SIGNED',
      message:
        'The licence waits for a licence officer to confirm its seal signature, so it is not in force yet.',
    });
    return report;
  }
  const seal = await deps.loadSeal(signature.sealId);
  const sealValid = seal ? sealValidAtSigning(seal, signature) : false;
  const contentIntact = seal
    ? verifyContent(licenceContent(licence), signature.value, seal.publicKeyPem)
    : false;
  if (status === 'SUPERSEDED')
    warnings.push({
      code: 'LICENCE_SUPERSEDED',
      message: `A newer version ${licence.replacedBy ?? ''} replaced this licence.`,
    });
  if (status === 'EXPIRED')
    warnings.push({
      code: 'LICENCE_EXPIRED',
      message: `The licence expired at ${licence.validUntil!.toISOString()}.`,
    });
  if (status === 'REVOKED')
    warnings.push({
      code: 'LICENCE_REVOKED',
      message: 'The issuing department has revoked the licence.',
    });
  if (seal && signedAfterCompromise(seal, signature))
    warnings.push({
      code: 'SEAL_KEY_COMPROMISED',
      message: `The seal's private key counts as leaked from ${seal.compromisedAt!.toISOString()}, and this signature is dated ${signature.signedAt.toISOString()}, so it proves nothing and the licence is not authentic.`,
    });
  else if (seal?.status === 'REVOKED' && sealValid) {
    const compromise = seal.compromisedAt
      ? ` for a key compromise declared from ${seal.compromisedAt.toISOString()}`
      : '';
    warnings.push({
      code: 'SEAL_REVOKED_AFTER_SIGNING',
      message: `Signed before revocation: the seal was revoked at ${seal.revokedAt!.toISOString()}${compromise}, after it signed this licence, so the signature stays valid.`,
    });
  }

  Object.assign(report, {
    authentic: sealValid && contentIntact,
    sealValid,
    contentIntact,
    signer: {
      sealId: signature.sealId,
      sealName: seal?.name ?? signature.sealName,
      certificateSerial: signature.certificateSerial,
      departmentCode: seal?.departmentCode ?? licence.departmentCode,
      algorithm: signature.algorithm,
      publicKeyFingerprint: seal?.publicKeyFingerprint ?? null,
      validFrom: seal?.validFrom.toISOString() ?? null,
      validTo: seal?.validTo.toISOString() ?? null,
      sealStatus: seal ? sealStatusAt(seal, now) : null,
      method: signature.method ?? 'AUTOMATIC',
      signedByName: signature.signedByName
        ? maskName(signature.signedByName)
        : null,
    },
    signedAt: signature.signedAt,
  });
  deps.log.info(
    {
      identifierBase,
      licenceId: licence._id,
      found: true,
      sealValid,
      contentIntact,
    },
    'verified licence',
  );
  return report;
}
