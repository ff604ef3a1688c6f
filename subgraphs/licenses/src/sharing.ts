import { licenceStatisticsKeys } from './statistics.js';
import { randomUUID } from 'node:crypto';
import {
  appError,
  badInput,
  DEPARTMENTS,
  ErrorCode,
  hashRequest,
  hasRole,
  inJurisdiction,
  isIdempotencyKey,
  insertOnce,
  reusedIdempotencyKey,
  Role,
  type Logger,
  type Viewer,
} from '@ykb/common';
import {
  faceElementText,
  faceElementValue,
  orderedFaceElements,
} from './catalogue.js';
import type { CaseFacts, CaseLookup } from './casesClient.js';
import { isPlainObject } from './faceData.js';
import type {
  LicenceDocument,
  LicenceModels,
  LicenceTypeDocument,
  LicenceUseDocument,
  LicenceUsePurpose,
} from './model.js';

/**
 * The licence sharing service (用证): staff handling a case fetch the
 * applicant's licence copy, check values against it, or read face elements.
 * Every use names a case the staff member may handle, whose applicant holds
 * the licence, and is logged for the holder to see.
 */

/** Roles that handle cases and so may use licences for them. */
export const LICENCE_USER_ROLES = [
  Role.Clerk,
  Role.WindowStaff,
  Role.Reviewer,
  Role.Approver,
  Role.LicenceOfficer,
];

/** Case statuses during which a licence may be used: before the decision and while the licence is made. */
const OPEN_CASE_STATUSES = ['SUBMITTED', 'ACCEPTED', 'APPROVED'];

export interface UseLicenceInput {
  idempotencyKey: string;
  identifier: string;
  purpose: LicenceUsePurpose;
  caseId?: string | null;
  elements?: string[] | null;
  claims?: unknown;
}

export interface UseLicenceResult {
  use: LicenceUseDocument;
  licence: LicenceDocument;
  type: LicenceTypeDocument;
  checks: { key: string; matches: boolean }[];
  elements: string[];
}

/** Throws BAD_USER_INPUT unless the key is 8 to 100 letters, digits, _ or -. */
export function requireIdempotencyKey(key: string): void {
  if (!isIdempotencyKey(key))
    throw badInput(
      'idempotencyKey must be 8 to 100 characters from A-Z, a-z, 0-9, _ and -.',
      { field: 'idempotencyKey' },
    );
}

function purposeRejected(message: string): never {
  throw appError(ErrorCode.LicenceUsePurposeRequired, message, {
    field: 'caseId',
  });
}

/**
 * Checks that the viewer may handle the case now: a handling role, the
 * case's division and department in the viewer's jurisdiction, and a case
 * still open. Throws LICENCE_USE_PURPOSE_REQUIRED otherwise.
 */
export function assertMayHandleCase(viewer: Viewer, facts: CaseFacts): void {
  if (!hasRole(viewer, ...LICENCE_USER_ROLES))
    purposeRejected('Only staff who handle cases may use licences.');
  if (!inJurisdiction(viewer, facts))
    purposeRejected(
      `Case ${facts.caseNumber} lies outside your division or department, so you may not use licences for it.`,
    );
  if (!OPEN_CASE_STATUSES.includes(facts.status))
    purposeRejected(
      `Case ${facts.caseNumber} is ${facts.status}; licences are used only for cases being handled.`,
    );
}

/** Reports whether the case's applicant holds the licence, by user id or by identity number. */
export function applicantHolds(
  facts: CaseFacts,
  licence: Pick<LicenceDocument, 'holderUserId' | 'holderIdNumber'>,
): boolean {
  if (licence.holderUserId && licence.holderUserId === facts.applicantUserId)
    return true;
  return (
    !!facts.applicantIdNumber &&
    facts.applicantIdNumber.toUpperCase() === licence.holderIdNumber
  );
}

/** Loads the case of a use and checks the purpose; throws LICENCE_USE_PURPOSE_REQUIRED or NOT_FOUND. */
export async function checkCasePurpose(
  viewer: Viewer,
  caseId: string | null | undefined,
  lookupCase: CaseLookup,
  requestId?: string,
): Promise<CaseFacts> {
  if (!caseId || caseId.trim() === '')
    purposeRejected(
      'A licence is used only for a case you handle: give the caseId of that case.',
    );
  if (!/^[\x21-\x7E]{1,100}$/.test(caseId))
    throw badInput('caseId must have 1 to 100 printable ASCII characters.', {
      field: 'caseId',
    });
  const facts = await lookupCase(caseId, requestId);
  if (!facts)
    purposeRejected(
      `Case ${caseId} does not exist, so it cannot be the purpose of a licence use.`,
    );
  assertMayHandleCase(viewer, facts);
  return facts;
}

function normaliseIdentifier(raw: string): string {
  const identifier = raw.normalize('NFKC').trim().toUpperCase();
  if (identifier.length === 0 || identifier.length > 120)
    throw badInput('identifier must have 1 to 120 characters.', {
      field: 'identifier',
    });
  return identifier;
}

function checkClaims(
  licence: LicenceDocument,
  type: LicenceTypeDocument,
  claims: unknown,
): { key: string; matches: boolean }[] {
  if (!isPlainObject(claims) || Object.keys(claims).length === 0)
    throw badInput(
      'INFORMATION_CHECK needs claims: a JSON object of face-element values keyed by face-element key.',
      { field: 'claims' },
    );
  const keys = new Set(type.faceElements.map((e) => e.key));
  return Object.entries(claims).map(([key, value]) => {
    if (!keys.has(key))
      throw badInput(
        `claims names ${JSON.stringify(key.slice(0, 70))}, which is not a face element of ${type.name}.`,
        {
          field: `claims.${key}`,
        },
      );
    const actual = faceElementText(faceElementValue(licence.data, key));
    const claimed = faceElementText(value);
    return {
      key,
      matches:
        actual !== null && claimed !== null && actual.trim() === claimed.trim(),
    };
  });
}

function requestedElements(
  type: LicenceTypeDocument,
  requested: string[] | null | undefined,
): string[] {
  if (!requested || requested.length === 0)
    throw badInput(
      'FACE_ELEMENT_QUERY needs elements: the face-element keys to read.',
      {
        field: 'elements',
      },
    );
  const keys = orderedFaceElements(type).map((e) => e.key);
  for (const key of requested)
    if (!keys.includes(key))
      throw badInput(
        `elements names ${JSON.stringify(key.slice(0, 70))}, which is not a face element of ${type.name}.`,
        {
          field: 'elements',
        },
      );
  return [...new Set(requested)];
}

export interface SharingDependencies {
  models: LicenceModels;
  log: Logger;
  lookupCase: CaseLookup;
  loadLicenceType: (code: string) => Promise<LicenceTypeDocument | null>;
  requestId?: string;
}

/**
 * Uses a licence for a case and logs the use once per idempotency key. The
 * purpose check runs before the licence is even looked up, so a use without
 * a valid purpose learns nothing about the licence.
 */
export async function useLicence(
  deps: SharingDependencies,
  viewer: Viewer,
  input: UseLicenceInput,
  now = new Date(),
): Promise<UseLicenceResult> {
  requireIdempotencyKey(input.idempotencyKey);
  const identifier = normaliseIdentifier(input.identifier);
  const facts = await checkCasePurpose(
    viewer,
    input.caseId,
    deps.lookupCase,
    deps.requestId,
  );
  const base = identifier.slice(0, identifier.lastIndexOf('.'));
  const licence = await deps.models.Licence.findOne({
    $or: [{ identifier }, { identifierBase: base }],
  }).lean<LicenceDocument>();
  if (!licence || !applicantHolds(facts, licence))
    throw appError(
      ErrorCode.NotFound,
      `No licence ${identifier} is held by the applicant of case ${facts.caseNumber}.`,
      { field: 'identifier' },
    );
  const type = await deps.loadLicenceType(licence.typeCode);
  if (!type) throw new Error(`Licence type ${licence.typeCode} was not found.`);

  const checks =
    input.purpose === 'INFORMATION_CHECK'
      ? checkClaims(licence, type, input.claims)
      : [];
  const elements =
    input.purpose === 'FACE_ELEMENT_QUERY'
      ? requestedElements(type, input.elements)
      : input.purpose === 'INFORMATION_CHECK'
        ? checks.map((c) => c.key)
        : [];

  const requestHash = hashRequest({
    operation: 'useLicence',
    identifier,
    caseId: facts.id,
    purpose: input.purpose,
    elements: input.elements ?? null,
    claims: input.claims ?? null,
  });
  const department = DEPARTMENTS.find((d) => d.code === viewer.departmentCode);
  const { record: use, replayed } = await insertOnce<LicenceUseDocument>(
    async () => {
      const record: LicenceUseDocument = {
        _id: randomUUID(),
        idempotencyKey: `local:${viewer.userId}:${input.idempotencyKey}`,
        licenceId: licence._id,
        identifier: licence.identifier,
        holderUserId: licence.holderUserId,
        purpose: input.purpose,
        userKind: 'LOCAL_STAFF',
        caseId: facts.id,
        caseReference: facts.caseNumber,
        userId: viewer.userId,
        userName: viewer.name,
        organisation: department?.name ?? viewer.divisionCode ?? '',
        elements,
        usedAt: now,
        requestHash,
        ...(input.purpose === 'INFORMATION_CHECK' ? { checks } : {}),
        ...licenceStatisticsKeys(licence),
      };
      await deps.models.LicenceUse.create(record);
      return record;
    },
    () =>
      deps.models.LicenceUse.findOne({
        idempotencyKey: `local:${viewer.userId}:${input.idempotencyKey}`,
      })
        .lean<LicenceUseDocument>()
        .exec(),
  );
  if (!replayed) {
    deps.log.info(
      {
        useId: use._id,
        licenceId: licence._id,
        caseId: facts.id,
        purpose: input.purpose,
        viewerId: viewer.userId,
      },
      'used licence',
    );
    return { use, licence, type, checks, elements: use.elements };
  }
  return replayUse(deps, use, input, requestHash, {
    licence,
    type,
    checks,
    caseId: facts.id,
  });
}

/**
 * Rebuilds the result of the first call with the use's key from the licence
 * version then used and the stored comparison results. Throws CONFLICT when
 * the key was used for a different request. A use stored without a request
 * hash is compared by licence, case and purpose.
 */
async function replayUse(
  deps: SharingDependencies,
  use: LicenceUseDocument,
  input: UseLicenceInput,
  requestHash: string,
  current: Omit<UseLicenceResult, 'use' | 'elements'> & { caseId: string },
): Promise<UseLicenceResult> {
  const sameRequest = use.requestHash
    ? use.requestHash === requestHash
    : use.licenceId === current.licence._id &&
      use.caseId === current.caseId &&
      use.purpose === input.purpose;
  if (!sameRequest) throw reusedIdempotencyKey(input.idempotencyKey);
  const licence =
    use.licenceId === current.licence._id
      ? current.licence
      : await deps.models.Licence.findById(
          use.licenceId,
        ).lean<LicenceDocument>();
  if (!licence)
    throw new Error(
      `Licence ${use.licenceId} of use ${use._id} was not found.`,
    );
  const type =
    licence.typeCode === current.type._id
      ? current.type
      : await deps.loadLicenceType(licence.typeCode);
  if (!type) throw new Error(`Licence type ${licence.typeCode} was not found.`);
  return {
    use,
    licence,
    type,
    checks: use.checks ?? current.checks,
    elements: use.elements,
  };
}
