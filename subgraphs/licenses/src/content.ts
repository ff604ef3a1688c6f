import { canonicalJson } from '@ykb/common';
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

export type EffectiveLicenceStatus =
  'PENDING_SIGNATURE' | 'VALID' | 'SUPERSEDED' | 'EXPIRED' | 'REVOKED';

/** Effective status: a valid licence past its validUntil instant reads as EXPIRED. */
export function effectiveStatus(
  licence: Pick<LicenceDocument, 'status' | 'validUntil'>,
  now = new Date(),
): EffectiveLicenceStatus {
  if (licence.status !== 'VALID') return licence.status;
  if (licence.validUntil && licence.validUntil.getTime() <= now.getTime())
    return 'EXPIRED';
  return 'VALID';
}

/** First line of a verification statement; a new layout gets a new number. */
export const STATEMENT_PREFIX = 'YKB-LICENCE-STATEMENT-1';

/** Fields of the compact statement that the QR code carries for offline verification. */
export interface LicenceStatementFields {
  identifier: string;
  typeCode: string;
  /** The holder's name as masked for the public. */
  holderName: string;
  issuedAt: string;
  validUntil: string | null;
  sealId: string;
  signedAt: string;
}

/**
 * Builds the compact statement a seal signs besides the full content: one
 * field a line, so that the PWA rebuilds it from the QR code's URL
 * parameters without the full content.
 */
export function licenceStatement(fields: LicenceStatementFields): string {
  return [
    STATEMENT_PREFIX,
    fields.identifier,
    fields.typeCode,
    fields.holderName,
    fields.issuedAt,
    fields.validUntil ?? '',
    fields.sealId,
    fields.signedAt,
  ].join('\n');
}
