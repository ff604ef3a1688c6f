import {
  hasRole,
  inJurisdiction,
  maskIdCard,
  maskName,
  maySeePersonalData,
  RECORD_READER_ROLES,
  Role,
  type Viewer,
} from '@ykb/common';
import { maskFaceData } from './faceData.js';
import type { LicenceDocument, LicenceSignatureDocument } from './model.js';

/**
 * How much of a licence a viewer may see. FULL: the holder, or clerks,
 * reviewers, approvers and administrators whose jurisdiction covers the
 * licence's division and issuing department, as `maySeePersonalData`
 * decides for every subgraph. MASKED: other staff in RECORD_READER_ROLES
 * with that jurisdiction, such as supervisors and analysts, and SYSTEM
 * service calls. The platform rule lets SYSTEM see raw values, but the only
 * service caller, cases issuing a licence, needs only the id and identifier.
 * NONE: everyone else, who gets FORBIDDEN.
 */
export type LicenceAccess = 'FULL' | 'MASKED' | 'NONE';

export function licenceAccess(
  viewer: Viewer | undefined,
  licence: LicenceDocument,
): LicenceAccess {
  if (!viewer) return 'NONE';
  if (hasRole(viewer, Role.System)) return 'MASKED';
  const record = {
    ownerUserId: licence.holderUserId,
    divisionCode: licence.divisionCode,
    departmentCode: licence.departmentCode,
  };
  if (maySeePersonalData(viewer, record)) return 'FULL';
  if (hasRole(viewer, ...RECORD_READER_ROLES) && inJurisdiction(viewer, record))
    return 'MASKED';
  return 'NONE';
}

/** A licence as the GraphQL Licence type resolves it, already masked for the viewer. */
export interface LicenceView extends LicenceDocument {
  masked: boolean;
}

/**
 * Masks a natural person's name and ID-card number. A legal person's name
 * and unified social credit code are public registration data and stay.
 */
export function maskHolder(
  licence: Pick<
    LicenceDocument,
    'holderKind' | 'holderName' | 'holderIdNumber'
  >,
): { holderName: string; holderIdNumber: string } {
  if (licence.holderKind === 'LEGAL_PERSON')
    return {
      holderName: licence.holderName,
      holderIdNumber: licence.holderIdNumber,
    };
  return {
    holderName: maskName(licence.holderName),
    holderIdNumber: maskIdCard(licence.holderIdNumber),
  };
}

/** Returns the licence as the viewer may see it, or null when the viewer may not see it at all. */
export function presentLicence(
  licence: LicenceDocument | null,
  viewer: Viewer | undefined,
): LicenceView | null {
  if (!licence) return null;
  const access = licenceAccess(viewer, licence);
  if (access === 'NONE') return null;
  if (access === 'FULL') return { ...licence, masked: false };
  return {
    ...licence,
    ...maskHolder(licence),
    data: maskFaceData(
      licence.data,
      licence.holderKind === 'PERSON' ? [licence.holderName] : [],
    ),
    masked: true,
  };
}

/**
 * A licence signature as the GraphQL LicenceSignature type resolves it.
 * `value` is null for a masked view: the signature covers the raw content,
 * so with the masked content beside it anyone could test guesses of the
 * hidden ID number or mobile against it. Verification runs on the server
 * and does not need it.
 */
export type LicenceSignatureView = Omit<LicenceSignatureDocument, 'value'> & {
  value: string | null;
};

/** Returns the signature a viewer of the licence gets, without its value when the view is masked. */
export function signatureFor(
  licence: LicenceView,
): LicenceSignatureView | null {
  if (!licence.signature) return null;
  return licence.masked
    ? { ...licence.signature, value: null }
    : licence.signature;
}
