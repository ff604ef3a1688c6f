import { randomUUID, type KeyObject } from 'node:crypto';
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
import { licenceContent } from './content.js';
import { validateFaceData } from './faceData.js';
import type {
  LicenceDocument,
  LicenceHolderKind,
  LicenceModels,
  LicenceTypeDocument,
  SealDocument,
} from './model.js';
import { decryptSealPrivateKey, signContent } from './sealCrypto.js';

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
}

/** Digits of the counter part of a serial, after the 4-digit year. */
export const SERIAL_COUNTER_DIGITS = 7;
const LICENCE_VERSION = 1;

interface ValidatedInput extends Omit<IssueLicenceInput, 'data'> {
  holderKind: LicenceHolderKind;
  data: Record<string, unknown>;
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

  // TODO: accept a real number that fails its check character when the case records an audited override.
  const idNumber = normalizeIdentifier(input.holderIdNumber);
  let holderKind: LicenceHolderKind;
  if (/^\d{17}[\dX]$/.test(idNumber)) {
    const result = checkIdCard(idNumber);
    if (!result.valid)
      throw appError(
        ErrorCode.InvalidIdCard,
        `holderIdNumber is not a valid resident ID-card number (${result.problem}).`,
        { field: 'holderIdNumber', problem: result.problem },
      );
    holderKind = 'PERSON';
  } else {
    const result = checkCreditCode(idNumber);
    if (!result.valid) {
      throw appError(
        ErrorCode.InvalidCreditCode,
        `holderIdNumber is neither a resident ID-card number nor a valid unified social credit code (${result.problem}).`,
        { field: 'holderIdNumber', problem: result.problem },
      );
    }
    holderKind = 'LEGAL_PERSON';
  }

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
  return {
    caseId,
    itemId,
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

/** Adds whole years to an instant; 29 February moves to 1 March in a non-leap year. */
export function addYears(instant: Date, years: number): Date {
  const result = new Date(instant);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
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

function assertSameIssuance(
  existing: LicenceDocument,
  input: ValidatedInput,
): void {
  const differs =
    existing.typeCode !== input.licenceTypeCode ||
    existing.holderUserId !== input.holderUserId ||
    existing.departmentCode !== input.departmentCode;
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

/** Builds and signs the licence document for one serial. */
function signedLicence(
  input: ValidatedInput,
  type: LicenceTypeDocument,
  seal: SealDocument,
  privateKey: KeyObject,
  serial: string,
  issuedAt: Date,
): LicenceDocument {
  const department = DEPARTMENTS.find((d) => d.code === input.departmentCode)!;
  const identifier = buildLicenceIdentifier(
    type._id,
    department.creditCode,
    serial,
    LICENCE_VERSION,
  );
  const fields = {
    identifier,
    typeCode: type._id,
    holderUserId: input.holderUserId,
    holderKind: input.holderKind,
    holderName: input.holderName,
    holderIdNumber: input.holderIdNumber,
    departmentCode: department.code,
    issuerCreditCode: department.creditCode,
    divisionCode: input.divisionCode,
    data: input.data,
    issuedAt,
    validUntil: type.validYears ? addYears(issuedAt, type.validYears) : null,
  };
  return {
    _id: randomUUID(),
    ...fields,
    identifierBase: identifier.slice(0, identifier.lastIndexOf('.')),
    serial,
    version: LICENCE_VERSION,
    caseId: input.caseId,
    itemId: input.itemId,
    status: 'VALID',
    signature: {
      sealId: seal._id,
      sealName: seal.name,
      certificateSerial: seal.certificateSerial,
      algorithm: seal.algorithm,
      value: signContent(licenceContent(fields), privateKey),
      signedAt: new Date(),
    },
  };
}

export interface IssueDependencies {
  models: LicenceModels;
  masterKey: Buffer;
  log: Logger;
  loadLicenceType: (code: string) => Promise<LicenceTypeDocument | null>;
}

/**
 * Issues and signs a licence for an approved case. A retry with the same
 * caseId returns the licence issued first; a retry that names another type,
 * holder or issuer is rejected with CONFLICT.
 */
export async function issueLicence(
  deps: IssueDependencies,
  rawInput: IssueLicenceInput,
  now = new Date(),
): Promise<{ licence: LicenceDocument; replayed: boolean }> {
  const { models, log } = deps;
  const input = validateIssueInput(rawInput);
  const findExisting = () =>
    models.Licence.findOne({ caseId: input.caseId })
      .lean<LicenceDocument>()
      .exec();

  const earlier = await findExisting();
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
  const department = DEPARTMENTS.find((d) => d.code === input.departmentCode)!;
  const seal = await activeSeal(models, department.code, now);
  if (!seal) {
    throw appError(
      ErrorCode.InvalidState,
      `Department ${department.code} has no active seal valid now, so the licence cannot be signed; a seal administrator must make one first.`,
      {
        departmentCode: department.code,
      },
    );
  }

  const issuedAt = now;
  const year = shanghaiDate(issuedAt).slice(0, 4);
  const privateKey = decryptSealPrivateKey(
    seal._id,
    seal.encryptedPrivateKey,
    deps.masterKey,
  );

  // NOTE: a concurrent retry of one case leaves the loser's serial unused, a gap in the sequence.
  const { record: licence, replayed } =
    await insertWithNextNumber<LicenceDocument>(models.Licence.db, {
      sequence: `licence:${type._id}.${department.creditCode}.${year}`,
      insert: async (counter) => {
        const serial = `${year}${String(counter).padStart(SERIAL_COUNTER_DIGITS, '0')}`;
        const signed = signedLicence(
          input,
          type,
          seal,
          privateKey,
          serial,
          issuedAt,
        );
        await models.Licence.create(signed);
        return signed;
      },
      highestTaken: () =>
        highestSerialCounter(models, type._id, department.creditCode, year),
      // A duplicate key is either this case (a concurrent retry won) or the identifier (the serial was taken).
      findExisting,
      maxNumber: 10 ** SERIAL_COUNTER_DIGITS - 1,
      maxAttempts: MAX_SERIAL_ATTEMPTS,
      description: `licence serial for type ${type._id}, issuer ${department.creditCode} and year ${year}`,
      log,
    });
  if (replayed) {
    assertSameIssuance(licence, input);
    return { licence, replayed: true };
  }
  log.info(
    {
      licenceId: licence._id,
      caseId: licence.caseId,
      identifier: licence.identifier,
      sealId: seal._id,
    },
    'issued licence',
  );
  return { licence, replayed: false };
}
