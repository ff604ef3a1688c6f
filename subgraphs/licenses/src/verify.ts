import {
  badInput,
  checkLicenceIdentifier,
  mod3736CheckChar,
  type Logger,
} from '@ykb/common';
import { maskHolder } from './access.js';
import { effectiveStatus, licenceContent } from './content.js';
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
  | 'SEAL_REVOKED_AFTER_SIGNING';

export interface VerificationWarning {
  code: VerificationWarningCode;
  message: string;
}

export interface VerificationReport {
  identifier: string;
  identifierCheckValid: boolean;
  expectedCheckCharacter: string;
  found: boolean;
  authentic: boolean;
  sealValid: boolean | null;
  contentIntact: boolean | null;
  signer: {
    sealId: string;
    sealName: string;
    certificateSerial: string;
    departmentCode: string;
  } | null;
  signedAt: Date | null;
  licenceTypeCode: string | null;
  licenceTypeName: string | null;
  holderName: string | null;
  issuedAt: Date | null;
  validUntil: Date | null;
  status: 'VALID' | 'EXPIRED' | 'REVOKED' | null;
  warnings: VerificationWarning[];
  checkedAt: Date;
}

const MAX_IDENTIFIER_LENGTH = 120;

/**
 * Reports whether the seal was valid when it signed: the certificate serial
 * matches, the signing time lies inside the seal's validity, and the seal
 * was not revoked before that time. A seal revoked later keeps earlier
 * signatures valid.
 */
export function sealValidAtSigning(
  seal: SealDocument,
  signature: LicenceDocument['signature'],
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
  return true;
}

export interface VerifyDependencies {
  models: LicenceModels;
  log: Logger;
  loadLicenceType: (code: string) => Promise<LicenceTypeDocument | null>;
  loadSeal: (id: string) => Promise<SealDocument | null>;
}

/**
 * Verifies a licence by its identifier for anyone, signed in or not. A
 * wrong check character is only a warning, and the licence is still looked
 * up by the other parts. A forgery shows as not found, as an invalid seal, or
 * as content that no longer matches its signature. The holder's name is masked.
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
  const parts = identifierBase.split('.');
  const expectedCheckCharacter = mod3736CheckChar(parts.slice(-4).join(''));
  const warnings: VerificationWarning[] = [];
  if (!check.valid) {
    warnings.push({
      code: 'CHECK_CHARACTER_MISMATCH',
      message: `The check character ${identifier.slice(-1)} does not match the computed check character ${expectedCheckCharacter}; the identifier may be mistyped, which alone does not make the licence forged.`,
    });
  }

  const report: VerificationReport = {
    identifier,
    identifierCheckValid: check.valid,
    expectedCheckCharacter,
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
    warnings,
    checkedAt: now,
  };

  const licence = await deps.models.Licence.findOne({
    identifierBase,
  }).lean<LicenceDocument>();
  if (!licence) {
    deps.log.info({ identifierBase, found: false }, 'verified licence');
    return report;
  }

  const seal = await deps.loadSeal(licence.signature.sealId);
  const type = await deps.loadLicenceType(licence.typeCode);
  const sealValid = seal ? sealValidAtSigning(seal, licence.signature) : false;
  const contentIntact = seal
    ? verifyContent(
        licenceContent(licence),
        licence.signature.value,
        seal.publicKeyPem,
      )
    : false;
  const status = effectiveStatus(licence, now);
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
  if (seal?.status === 'REVOKED' && sealValid) {
    warnings.push({
      code: 'SEAL_REVOKED_AFTER_SIGNING',
      message: `The seal was revoked at ${seal.revokedAt!.toISOString()}, after it signed this licence, so the signature stays valid.`,
    });
  }

  Object.assign(report, {
    found: true,
    authentic: sealValid && contentIntact,
    sealValid,
    contentIntact,
    signer: {
      sealId: licence.signature.sealId,
      sealName: seal?.name ?? licence.signature.sealName,
      certificateSerial: licence.signature.certificateSerial,
      departmentCode: seal?.departmentCode ?? licence.departmentCode,
    },
    signedAt: licence.signature.signedAt,
    licenceTypeCode: licence.typeCode,
    licenceTypeName: type?.name ?? null,
    holderName: maskHolder(licence).holderName,
    issuedAt: licence.issuedAt,
    validUntil: licence.validUntil,
    status,
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
