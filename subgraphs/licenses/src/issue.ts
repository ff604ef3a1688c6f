import { randomUUID } from 'node:crypto';
import {
  appError,
  badInput,
  buildLicenceIdentifier,
  checkCreditCode,
  checkIdCard,
  DEPARTMENTS,
  ErrorCode,
  isDivisionCode,
  insertWithNextNumber,
  normalizeIdentifier,
  shanghaiDate,
  type Logger,
} from '@ykb/common';
import {
  assertHolderAllowed,
  assertIssuableFaceElements,
  faceElementData,
  validUntilFor,
} from './catalogue.js';
import { issueChangedVersion } from './changeIssue.js';
import { validateFaceData } from './faceData.js';
import { assertFaceValueTypes } from './licenceChange.js';
import type {
  LicenceDocument,
  LicenceHolderKind,
  LicenceModels,
  LicenceOrigin,
  LicenceTypeDocument,
  SealDocument,
} from './model.js';
import { recordLicenceEvent } from './propagation.js';
import { AUTOMATIC_SIGNER, sealSignature, type Signer } from './signing.js';

export interface IssueLicenceInput {
  caseId: string;
  itemId: string;
  licenceTypeCode: string;
  holderUserId: string;
  holderName: string;
  holderIdNumber: string;
  departmentCode: string;
  divisionCode: string;
  data: unknown;
  /** True for a change item: the licence issued is the next version of the holder's current one. */
  changesCurrent?: boolean | null;
  /** With changesCurrent, the licence the applicant attached as the one to change. */
  currentLicenceId?: string | null;
}

/** Digits of the counter part of a serial, after the 4-digit year. */
export const SERIAL_COUNTER_DIGITS = 7;
const LICENCE_VERSION = 1;

interface ValidatedInput extends Omit<IssueLicenceInput, 'data'> {
  holderKind: LicenceHolderKind;
  data: Record<string, unknown>;
  changesCurrent: boolean;
  currentLicenceId: string | null;
}

function requirePattern(
  value: string,
  field: string,
  pattern: RegExp,
  expected: string,
): string {
  if (!pattern.test(value))
    throw badInput(
      `${field} ${JSON.stringify(value.slice(0, 120))} is invalid: expected ${expected}.`,
      { field },
    );
  return value;
}

/**
 * Normalises a holder's ID-card number or unified social credit code and
 * decides the holder's kind; throws INVALID_ID_CARD or INVALID_CREDIT_CODE.
 */
export function classifyHolderIdNumber(raw: string): {
  idNumber: string;
  holderKind: LicenceHolderKind;
} {
  // TODO: accept a real number that fails its check character when the case records an audited override.
  const idNumber = normalizeIdentifier(raw);
  if (/^\d{17}[\dX]$/.test(idNumber)) {
    const result = checkIdCard(idNumber);
    if (!result.valid)
      throw appError(
        ErrorCode.InvalidIdCard,
        `holderIdNumber is not a valid resident ID-card number (${result.problem}).`,
        { field: 'holderIdNumber', problem: result.problem },
      );
    return { idNumber, holderKind: 'PERSON' };
  }
  const result = checkCreditCode(idNumber);
  if (!result.valid) {
    throw appError(
      ErrorCode.InvalidCreditCode,
      `holderIdNumber is neither a resident ID-card number nor a valid unified social credit code (${result.problem}).`,
      { field: 'holderIdNumber', problem: result.problem },
    );
  }
  return { idNumber, holderKind: 'LEGAL_PERSON' };
}

/** Validates and normalises the input; throws BAD_USER_INPUT or an identifier error code naming the field. */
export function validateIssueInput(input: IssueLicenceInput): ValidatedInput {
  const caseId = requirePattern(
    input.caseId,
    'caseId',
    /^[\x21-\x7E]{1,100}$/,
    '1 to 100 printable ASCII characters',
  );
  const itemId = requirePattern(
    input.itemId,
    'itemId',
    /^[0-9A-Za-z-]{1,50}$/,
    'an implementation code of 1 to 50 letters, digits or hyphens',
  );
  const holderUserId = requirePattern(
    input.holderUserId,
    'holderUserId',
    /^[\x21-\x7E]{1,100}$/,
    'a user id of 1 to 100 printable ASCII characters',
  );
  const holderName = input.holderName.trim();
  if (
    holderName.length === 0 ||
    Array.from(holderName).length > 100 ||
    /\p{Cc}/u.test(holderName)
  ) {
    throw badInput(
      'holderName must have 1 to 100 characters and no control characters.',
      { field: 'holderName' },
    );
  }

  const { idNumber, holderKind } = classifyHolderIdNumber(input.holderIdNumber);

  if (!DEPARTMENTS.some((d) => d.code === input.departmentCode)) {
    throw badInput(
      `departmentCode ${JSON.stringify(input.departmentCode)} is not a known department.`,
      { field: 'departmentCode' },
    );
  }
  if (!isDivisionCode(input.divisionCode)) {
    throw badInput(
      `divisionCode ${JSON.stringify(input.divisionCode)} is invalid: expected 2, 4, 6, 9 or 12 digits.`,
      { field: 'divisionCode' },
    );
  }
  const currentLicenceId = input.currentLicenceId ?? null;
  if (currentLicenceId !== null)
    requirePattern(
      currentLicenceId,
      'currentLicenceId',
      /^[\x21-\x7E]{1,100}$/,
      'a licence id of 1 to 100 printable ASCII characters',
    );
  return {
    caseId,
    itemId,
    changesCurrent: input.changesCurrent === true,
    currentLicenceId,
    licenceTypeCode: input.licenceTypeCode,
    holderUserId,
    holderName,
    holderIdNumber: idNumber,
    holderKind,
    departmentCode: input.departmentCode,
    divisionCode: input.divisionCode,
    data: validateFaceData(input.data),
  };
}

/** Inserts tried before issuance gives up with CONFLICT. */
const MAX_SERIAL_ATTEMPTS = 20;

/**
 * Returns the counter part of the highest serial issued for a licence type,
 * issuer and year, or 0 when there is none.
 */
async function highestSerialCounter(
  models: LicenceModels,
  typeCode: string,
  issuerCreditCode: string,
  year: string,
): Promise<number> {
  const latest = await models.Licence.findOne(
    {
      typeCode,
      issuerCreditCode,
      serial: { $gte: year, $lt: String(Number(year) + 1) },
    },
    { serial: 1 },
  )
    .sort({ serial: -1 })
    .lean<{ serial: string }>();
  return latest ? Number(latest.serial.slice(year.length)) : 0;
}

/** Finds the seal a department signs with at `now`: active, inside its validity, the newest first. */
export async function activeSeal(
  models: LicenceModels,
  departmentCode: string,
  now: Date,
): Promise<SealDocument | null> {
  return models.Seal.findOne({
    departmentCode,
    status: 'ACTIVE',
    validFrom: { $lte: now },
    validTo: { $gt: now },
  })
    .sort({ validFrom: -1 })
    .lean<SealDocument>()
    .exec();
}

/** Loads the department's signing seal or throws INVALID_STATE naming the department. */
export async function requireActiveSeal(
  models: LicenceModels,
  departmentCode: string,
  now: Date,
): Promise<SealDocument> {
  const seal = await activeSeal(models, departmentCode, now);
  if (!seal) {
    throw appError(
      ErrorCode.InvalidState,
      `Department ${departmentCode} has no active seal valid now, so the licence cannot be signed; a seal administrator must make one first.`,
      { departmentCode },
    );
  }
  return seal;
}

function assertSameIssuance(
  existing: LicenceDocument,
  input: ValidatedInput,
): void {
  // A changed version keeps the issuer of its chain, whichever department handled the change case.
  const differs =
    existing.typeCode !== input.licenceTypeCode ||
    existing.holderUserId !== input.holderUserId ||
    (existing.origin !== 'CHANGED' &&
      existing.departmentCode !== input.departmentCode);
  if (differs) {
    throw appError(
      ErrorCode.Conflict,
      `Case ${input.caseId} already has licence ${existing.identifier} with another type, holder or issuer; a case issues one licence.`,
      {
        licenceId: existing._id,
      },
    );
  }
}

/** Everything a new licence document needs except its identifier, serial and signature. */
export interface LicenceSpec {
  type: LicenceTypeDocument;
  departmentCode: string;
  holderUserId: string | null;
  holderKind: LicenceHolderKind;
  holderName: string;
  holderIdNumber: string;
  divisionCode: string;
  data: Record<string, unknown>;
  issuedAt: Date;
  validUntil: Date | null;
  origin: LicenceOrigin;
  /** Unique key of the issuance: case id, import key or change key. */
  issuanceKey: string;
  itemId: string | null;
  legacyNumber: string | null;
  replaces: string | null;
  statusReason: string | null;
}

/** How a new licence gets its signature. */
export type SealPlan =
  | { kind: 'SIGN'; seal: SealDocument; masterKey: Buffer; signer: Signer }
  | { kind: 'PENDING' };

/** Builds the licence document for one serial and version, signed or pending as planned. */
export function buildLicence(
  spec: LicenceSpec,
  serial: string,
  version: number,
  plan: SealPlan,
): LicenceDocument {
  const department = DEPARTMENTS.find((d) => d.code === spec.departmentCode)!;
  const identifier = buildLicenceIdentifier(
    spec.type._id,
    department.creditCode,
    serial,
    version,
  );
  const unsigned: Omit<LicenceDocument, 'signature'> = {
    _id: randomUUID(),
    identifier,
    identifierBase: identifier.slice(0, identifier.lastIndexOf('.')),
    serial,
    version,
    typeCode: spec.type._id,
    holderUserId: spec.holderUserId,
    holderKind: spec.holderKind,
    holderName: spec.holderName,
    holderIdNumber: spec.holderIdNumber,
    departmentCode: department.code,
    issuerCreditCode: department.creditCode,
    divisionCode: spec.divisionCode,
    caseId: spec.issuanceKey,
    itemId: spec.itemId,
    origin: spec.origin,
    legacyNumber: spec.legacyNumber,
    replaces: spec.replaces,
    replacedBy: null,
    statusReason: spec.statusReason,
    data: spec.data,
    issuedAt: spec.issuedAt,
    validUntil: spec.validUntil,
    status: plan.kind === 'PENDING' ? 'PENDING_SIGNATURE' : 'VALID',
  };
  return {
    ...unsigned,
    signature:
      plan.kind === 'PENDING'
        ? null
        : sealSignature(unsigned, plan.seal, plan.masterKey, plan.signer),
  };
}

/**
 * Inserts a licence under the next free serial of its type, issuer and
 * Shanghai year. `findExisting` returns the licence of the same issuance key
 * when a concurrent request inserted it first.
 */
export async function insertWithNextSerial(
  models: LicenceModels,
  log: Logger,
  spec: LicenceSpec,
  plan: SealPlan,
): Promise<{ licence: LicenceDocument; replayed: boolean }> {
  const department = DEPARTMENTS.find((d) => d.code === spec.departmentCode)!;
  const year = shanghaiDate(spec.issuedAt).slice(0, 4);
  const typeCode = spec.type._id;
  // NOTE: a concurrent retry of one issuance leaves the loser's serial unused, a gap in the sequence.
  const { record, replayed } = await insertWithNextNumber<LicenceDocument>(
    models.Licence.db,
    {
      sequence: `licence:${typeCode}.${department.creditCode}.${year}`,
      insert: async (counter) => {
        const serial = `${year}${String(counter).padStart(SERIAL_COUNTER_DIGITS, '0')}`;
        const licence = buildLicence(spec, serial, LICENCE_VERSION, plan);
        await models.Licence.create(licence);
        return licence;
      },
      highestTaken: () =>
        highestSerialCounter(models, typeCode, department.creditCode, year),
      // A duplicate key is either this issuance (a concurrent retry won) or the identifier (the serial was taken).
      findExisting: () =>
        models.Licence.findOne({ caseId: spec.issuanceKey })
          .lean<LicenceDocument>()
          .exec(),
      maxNumber: 10 ** SERIAL_COUNTER_DIGITS - 1,
      maxAttempts: MAX_SERIAL_ATTEMPTS,
      description: `licence serial for type ${typeCode}, issuer ${department.creditCode} and year ${year}`,
      log,
    },
  );
  return { licence: record, replayed };
}

/** Signs with the department's active seal, or waits for a licence officer when the type's signing mode is STAFF_CONFIRMED. */
async function sealPlanFor(
  deps: IssueDependencies,
  type: LicenceTypeDocument,
  departmentCode: string,
  now: Date,
): Promise<SealPlan> {
  return type.signingMode === 'STAFF_CONFIRMED'
    ? { kind: 'PENDING' }
    : {
        kind: 'SIGN',
        seal: await requireActiveSeal(deps.models, departmentCode, now),
        masterKey: deps.masterKey,
        signer: AUTOMATIC_SIGNER,
      };
}

export interface IssueDependencies {
  models: LicenceModels;
  masterKey: Buffer;
  log: Logger;
  loadLicenceType: (code: string) => Promise<LicenceTypeDocument | null>;
}

/**
 * Issues a licence for an approved case: checked against the catalogue,
 * keeping only the type's face elements of the case's data, then signed by the department's seal, or left for a licence officer to
 * confirm when the type's signing mode is STAFF_CONFIRMED. A retry with the
 * same caseId returns the licence issued first; a retry that names another
 * type, holder or issuer is rejected with CONFLICT.
 */
export async function issueLicence(
  deps: IssueDependencies,
  rawInput: IssueLicenceInput,
  now = new Date(),
): Promise<{ licence: LicenceDocument; replayed: boolean }> {
  const { models, log } = deps;
  const input = validateIssueInput(rawInput);
  const earlier = await models.Licence.findOne({ caseId: input.caseId })
    .lean<LicenceDocument>()
    .exec();
  if (earlier) {
    assertSameIssuance(earlier, input);
    return { licence: earlier, replayed: true };
  }

  const type = await deps.loadLicenceType(input.licenceTypeCode);
  if (!type)
    throw badInput(
      `licenceTypeCode ${JSON.stringify(input.licenceTypeCode)} is not a known licence type.`,
      { field: 'licenceTypeCode' },
    );
  assertHolderAllowed(type, input.holderKind);
  if (input.changesCurrent) {
    const current = await issueChangedVersion(
      models,
      log,
      type,
      {
        caseId: input.caseId,
        itemId: input.itemId,
        holderUserId: input.holderUserId,
        currentLicenceId: input.currentLicenceId,
        data: input.data,
      },
      (departmentCode) => sealPlanFor(deps, type, departmentCode, now),
      now,
    );
    return { licence: current, replayed: false };
  }
  const data = faceElementData(type, input.data);
  assertFaceValueTypes(type, data);
  assertIssuableFaceElements(type, data);
  const plan = await sealPlanFor(deps, type, input.departmentCode, now);
  const spec: LicenceSpec = {
    type,
    departmentCode: input.departmentCode,
    holderUserId: input.holderUserId,
    holderKind: input.holderKind,
    holderName: input.holderName,
    holderIdNumber: input.holderIdNumber,
    divisionCode: input.divisionCode,
    data,
    issuedAt: now,
    validUntil: validUntilFor(type, data, now),
    origin: 'ISSUED',
    issuanceKey: input.caseId,
    itemId: input.itemId,
    legacyNumber: null,
    replaces: null,
    statusReason: null,
  };
  const { licence, replayed } = await insertWithNextSerial(
    models,
    log,
    spec,
    plan,
  );
  if (replayed) {
    assertSameIssuance(licence, input);
    return { licence, replayed: true };
  }
  await recordLicenceEvent(models, log, licence, 'ISSUED');
  log.info(
    {
      licenceId: licence._id,
      caseId: licence.caseId,
      identifier: licence.identifier,
      sealId: licence.signature?.sealId ?? null,
      pendingSignature: licence.signature === null,
    },
    'issued licence',
  );
  return { licence, replayed: false };
}
