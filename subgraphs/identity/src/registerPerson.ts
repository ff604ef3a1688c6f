import { randomUUID } from 'node:crypto';
import {
  appError,
  badInput,
  checkIdCard,
  checkMobile,
  ErrorCode,
  type Logger,
} from '@ykb/common';
import { claimKey, claimKeys, releaseClaims } from './claims.js';
import type { DivisionCatalog } from './DivisionCatalog.js';
import type { IdentityModels, UserDocument } from './model.js';
import { findPasswordProblem, hashPassword } from './password.js';
import {
  findNameProblem,
  normalizeIdCardNumber,
  normalizePersonName,
} from './personInput.js';
import type {
  RealNameResult,
  RealNameSubject,
  RealNameVerifier,
} from './realNameVerifier.js';

export interface RegisterPersonInput {
  name: string;
  idCardNumber: string;
  mobile: string;
  password: string;
  divisionCode: string;
}

export interface RegistrationServices {
  models: IdentityModels;
  divisions: DivisionCatalog;
  verifier: RealNameVerifier;
  log: Logger;
  /** Counts one registration attempt of the caller; throws REGISTRATION_RATE_LIMITED past the limit. */
  countRegistrationAttempt: () => Promise<void>;
}

interface CheckedRegistration {
  name: string;
  idCardNumber: string;
  mobile: string;
  divisionCode: string;
}

/** Normalises the input and throws the first problem found, naming the field. */
function checkRegistration(
  input: RegisterPersonInput,
  divisions: DivisionCatalog,
): CheckedRegistration {
  const name = normalizePersonName(input.name);
  const nameProblem = findNameProblem(name);
  if (nameProblem) throw badInput(nameProblem, { field: 'name' });

  const idCardNumber = readIdCardNumber(input.idCardNumber, 'idCardNumber');
  const mobile = readMobile(input.mobile, 'mobile');
  readPassword(input.password);
  const divisionCode = readDivisionCode(input.divisionCode, divisions);
  return { name, idCardNumber, mobile, divisionCode };
}

/** Normalises and checks a resident ID-card number; throws INVALID_ID_CARD naming `field`. */
export function readIdCardNumber(raw: string, field: string): string {
  const idCard = checkIdCard(normalizeIdCardNumber(raw));
  if (!idCard.valid) {
    throw appError(
      ErrorCode.InvalidIdCard,
      `ID-card number is invalid (${idCard.problem}): ${idCardProblemText[idCard.problem!]}`,
      { field, problem: idCard.problem },
    );
  }
  return idCard.normalized;
}

/** Normalises and checks a mainland mobile number; throws INVALID_MOBILE naming `field`. */
export function readMobile(raw: string, field: string): string {
  const mobile = checkMobile(raw);
  if (!mobile.valid)
    throw appError(
      ErrorCode.InvalidMobile,
      'Mobile number must have 11 digits starting with 13 to 19.',
      { field },
    );
  return mobile.normalized;
}

/** Throws BAD_USER_INPUT on field `password` when the password breaks the password rules. */
export function readPassword(password: string): void {
  const passwordProblem = findPasswordProblem(password);
  if (passwordProblem) throw badInput(passwordProblem, { field: 'password' });
}

/** Normalises a division code and throws BAD_USER_INPUT unless it is a Chongqing division. */
export function readDivisionCode(
  raw: string,
  divisions: DivisionCatalog,
): string {
  const divisionCode = raw.normalize('NFKC').trim();
  if (!divisions.has(divisionCode))
    throw badInput(`Division ${divisionCode} is not a Chongqing division.`, {
      field: 'divisionCode',
    });
  return divisionCode;
}

const idCardProblemText: Record<string, string> = {
  FORMAT: 'expected 17 digits followed by a digit or X.',
  BIRTH_DATE: 'the birth date is not a real date up to today.',
  CHECK_DIGIT: 'the check character does not match the first 17 digits.',
};

/** Input field names that a real-name verification failure is reported on. */
export interface RealNameFields {
  name: string;
  idCardNumber: string;
}

const PERSON_FIELDS: RealNameFields = {
  name: 'name',
  idCardNumber: 'idCardNumber',
};

function throwUnverified(
  result: Exclude<RealNameResult, { verified: true }>,
  fields: RealNameFields,
): never {
  if (result.problem === 'ID_CARD')
    throw appError(ErrorCode.InvalidIdCard, result.reason, {
      field: fields.idCardNumber,
      problem: 'REAL_NAME',
    });
  if (result.problem === 'NAME')
    throw badInput(result.reason, { field: fields.name });
  throw badInput(`Real-name verification failed: ${result.reason}`, {
    field: fields.idCardNumber,
    problem: 'REAL_NAME_MISMATCH',
  });
}

/**
 * Verifies a normalised name and ID-card number with the configured
 * verifier. Throws UPSTREAM_FAILED when the verifier fails, and the
 * verifier's problem on the input field it concerns otherwise.
 */
export async function verifyRealName(
  services: Pick<RegistrationServices, 'verifier' | 'log'>,
  subject: RealNameSubject,
  fields: RealNameFields = PERSON_FIELDS,
): Promise<void> {
  let result: RealNameResult;
  try {
    result = await services.verifier.verify(subject);
  } catch (error) {
    services.log.error(
      { err: error, verifier: services.verifier.name },
      'real-name verification failed',
    );
    throw appError(
      ErrorCode.UpstreamFailed,
      'Real-name verification is unavailable; retry later.',
    );
  }
  if (!result.verified) throwUnverified(result, fields);
}

/**
 * Registers a natural person whose account is their mobile number. An
 * attempt with valid input counts towards the caller's hourly registration
 * limit. Real-name verification comes before the duplicate check, so only a
 * caller who knows the name that belongs to an ID-card number learns that
 * it is registered, and the CONFLICT message is the same for the ID-card
 * number and the mobile. The user
 * document is written last, after every check and after the ID-card number,
 * the mobile and the account are claimed. A failed write releases the
 * claims. If the process dies between claiming and writing, the claims stay
 * until a later registration takes them over as abandoned.
 */
export async function registerPerson(
  services: RegistrationServices,
  input: RegisterPersonInput,
): Promise<UserDocument> {
  const { models, log } = services;
  const checked = checkRegistration(input, services.divisions);
  await services.countRegistrationAttempt();
  await verifyRealName(services, {
    name: checked.name,
    idCardNumber: checked.idCardNumber,
  });
  const passwordHash = await hashPassword(input.password);

  const userId = `u-${randomUUID()}`;
  const keys = [
    claimKey('idCard', checked.idCardNumber),
    claimKey('mobile', checked.mobile),
    claimKey('account', checked.mobile),
  ];
  const claim = await claimKeys(models, userId, keys);
  if (!claim.claimed) {
    throw appError(
      ErrorCode.Conflict,
      'A user with this ID-card number or mobile number is already registered; sign in instead.',
    );
  }

  try {
    const user = await models.User.create({
      _id: userId,
      account: checked.mobile,
      kind: 'PERSON',
      name: checked.name,
      idCardNumber: checked.idCardNumber,
      mobile: checked.mobile,
      roles: ['CITIZEN'],
      divisionCode: checked.divisionCode,
      passwordHash,
      realNameVerifiedAt: new Date(),
    });
    log.info({ userId, verifier: services.verifier.name }, 'registered person');
    return user.toObject() as UserDocument;
  } catch (error) {
    await releaseClaims(models, userId, keys);
    throw error;
  }
}
