import {
  appError,
  badInput,
  canonicalJson,
  ErrorCode,
  type Logger,
} from '@ykb/common';
import {
  assertIssuableFaceElements,
  faceElementText,
  faceElementValue,
  validUntilFor,
} from './catalogue.js';
import { validateFaceData } from './faceData.js';
import { assertFaceValueTypes } from './licenceChange.js';
import type {
  LicenceDocument,
  LicenceModels,
  LicenceTypeDocument,
} from './model.js';
import { changeLicence } from './propagation.js';
import { buildLicence, type SealPlan } from './issue.js';

/** Values that a change item's case contributes to the new version. */
export interface ChangeIssuance {
  caseId: string;
  itemId: string;
  holderUserId: string;
  currentLicenceId: string | null;
  data: Record<string, unknown>;
}

function noCurrentLicence(
  type: LicenceTypeDocument,
  detail: string,
): ReturnType<typeof appError> {
  return appError(
    ErrorCode.NoCurrentLicence,
    `The case changes a licence of type ${type._id} (${type.name}), but ${detail}. A change item issues a new version of an existing licence, never a new licence.`,
    { licenceTypeCode: type._id },
  );
}

/**
 * Finds the licence a change item's case changes: the one the applicant
 * attached, else the holder's only valid licence of the type. Throws
 * NO_CURRENT_LICENCE when there is none, BAD_USER_INPUT when the holder
 * has several and the case attached none.
 */
export async function currentLicenceOf(
  models: LicenceModels,
  type: LicenceTypeDocument,
  change: Pick<ChangeIssuance, 'holderUserId' | 'currentLicenceId'>,
): Promise<LicenceDocument> {
  if (change.currentLicenceId) {
    const attached = await models.Licence.findOne({
      _id: change.currentLicenceId,
    }).lean<LicenceDocument>();
    if (
      !attached ||
      attached.holderUserId !== change.holderUserId ||
      attached.typeCode !== type._id ||
      attached.status !== 'VALID'
    )
      throw noCurrentLicence(
        type,
        'the attached licence is not a valid licence of the holder and type',
      );
    return attached;
  }
  const held = await models.Licence.find({
    holderUserId: change.holderUserId,
    typeCode: type._id,
    status: 'VALID',
  })
    .limit(2)
    .lean<LicenceDocument[]>();
  if (held.length === 0)
    throw noCurrentLicence(type, 'the holder has no valid licence of it');
  if (held.length > 1)
    throw badInput(
      `The holder has several valid licences of type ${type._id}, so the case must attach the one to change.`,
      { field: 'currentLicenceId' },
    );
  return held[0]!;
}

/**
 * Face data of the new version: every face element of the type, taken from
 * the case when its form gives a non-blank value, else from the current
 * licence. The data holds face elements only, flat, even when the current
 * licence still stores its case's form under formData. Returns the data
 * and the face elements that changed.
 */
export function mergeCaseOverLicence(
  type: LicenceTypeDocument,
  current: Record<string, unknown>,
  caseData: Record<string, unknown>,
): { data: Record<string, unknown>; changedElements: string[] } {
  const data: Record<string, unknown> = {};
  const changedElements: string[] = [];
  for (const face of type.faceElements) {
    const fromCase = faceElementValue(caseData, face.key);
    const caseText = faceElementText(fromCase);
    const before = faceElementValue(current, face.key);
    const value =
      caseText !== null && caseText.trim() !== ''
        ? typeof fromCase === 'string'
          ? fromCase.trim()
          : fromCase
        : before;
    if (value === null) continue;
    data[face.key] = value;
    if (canonicalJson(value) !== canonicalJson(before))
      changedElements.push(face.key);
  }
  return { data, changedElements };
}

/**
 * Issues the next version of the holder's current licence for an approved
 * change item's case: same identifier base, version plus one, the previous
 * version SUPERSEDED, face elements merged from the case, signed by the
 * chain's issuer as `planFor` decides and keyed by the case id, so a retry
 * returns it.
 */
export async function issueChangedVersion(
  models: LicenceModels,
  log: Logger,
  type: LicenceTypeDocument,
  change: ChangeIssuance,
  planFor: (departmentCode: string) => Promise<SealPlan>,
  now: Date,
): Promise<LicenceDocument> {
  const current = await currentLicenceOf(models, type, change);
  const plan = await planFor(current.departmentCode);
  const { data: merged, changedElements } = mergeCaseOverLicence(
    type,
    current.data,
    change.data,
  );
  const data = validateFaceData(merged);
  assertFaceValueTypes(type, data);
  assertIssuableFaceElements(type, data);
  const validUntil =
    type.validUntilElement && changedElements.includes(type.validUntilElement)
      ? validUntilFor(type, data, current.issuedAt)
      : current.validUntil;
  const caseNumber = faceElementText(change.data.caseNumber) ?? change.caseId;
  const created = await changeLicence(
    models,
    log,
    current,
    `办件 ${caseNumber.slice(0, 100)} 核准变更登记`,
    async (reason) => {
      const next = buildLicence(
        {
          type,
          departmentCode: current.departmentCode,
          holderUserId: current.holderUserId,
          holderKind: current.holderKind,
          holderName: current.holderName,
          holderIdNumber: current.holderIdNumber,
          divisionCode: current.divisionCode,
          data,
          issuedAt: now,
          validUntil,
          origin: 'CHANGED',
          issuanceKey: change.caseId,
          itemId: change.itemId,
          legacyNumber: current.legacyNumber ?? null,
          replaces: current.identifier,
          statusReason: reason,
        },
        current.serial,
        current.version + 1,
        plan,
      );
      const stored = { ...next, changedElements, changeReason: reason };
      await models.Licence.create(stored);
      return stored;
    },
    now,
    { changedElements, data },
    change.caseId,
  );
  log.info(
    {
      licenceId: current._id,
      newLicenceId: created._id,
      caseId: change.caseId,
      changedElements,
    },
    'issued changed licence version for a case',
  );
  return created;
}
