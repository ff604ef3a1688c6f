import { canonicalJson } from './canonical.js';
import type { LicenceDocument } from './model.js';

export type SignedLicenceFields = Pick<
  LicenceDocument,
  | 'identifier'
  | 'typeCode'
  | 'holderUserId'
  | 'holderKind'
  | 'holderName'
  | 'holderIdNumber'
  | 'departmentCode'
  | 'issuerCreditCode'
  | 'divisionCode'
  | 'data'
  | 'issuedAt'
  | 'validUntil'
>;

/**
 * Builds the canonical JSON that a licence's seal signs: identifier, type,
 * holder, issuer, division, face data and validity. Verification rebuilds
 * it from the stored fields, so any change to them breaks the signature.
 */
export function licenceContent(licence: SignedLicenceFields): string {
  return canonicalJson({
    identifier: licence.identifier,
    type: licence.typeCode,
    holder: {
      userId: licence.holderUserId,
      kind: licence.holderKind,
      name: licence.holderName,
      idNumber: licence.holderIdNumber,
    },
    issuer: {
      departmentCode: licence.departmentCode,
      creditCode: licence.issuerCreditCode,
    },
    divisionCode: licence.divisionCode,
    data: licence.data,
    issuedAt: licence.issuedAt.toISOString(),
    validUntil: licence.validUntil ? licence.validUntil.toISOString() : null,
  });
}

/** Effective status: a valid licence past its validUntil instant reads as EXPIRED. */
export function effectiveStatus(
  licence: Pick<LicenceDocument, 'status' | 'validUntil'>,
  now = new Date(),
): 'VALID' | 'EXPIRED' | 'REVOKED' {
  if (licence.status === 'REVOKED') return 'REVOKED';
  if (licence.validUntil && licence.validUntil.getTime() <= now.getTime())
    return 'EXPIRED';
  return 'VALID';
}
