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
import type { RealNameResult, RealNameVerifier } from './realNameVerifier.js';

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
}

interface CheckedRegistration {
  name: string;
  idCardNumber: string;
  mobile: string;
  divisionCode: string;
}

/** Normalises a mobile number; throws INVALID_MOBILE naming the field `mobile` unless it has the mainland shape. */
export function normalizedMobile(raw: string): string {
  const mobile = checkMobile(raw);
  if (!mobile.valid)
    throw appError(
      ErrorCode.InvalidMobile,
      'Mobile number must have 11 digits starting with 13 to 19.',
      { field: 'mobile' },
    );
  return mobile.normalized;
}

/** Normalises the input and throws the first problem found, naming the field. */
function checkRegistration(
  input: RegisterPersonInput,
  divisions: DivisionCatalog,
): CheckedRegistration {
  const name = normalizePersonName(input.name);
  const nameProblem = findNameProblem(name);
  if (nameProblem) throw badInput(nameProblem, { field: 'name' });

  const idCard = checkIdCard(normalizeIdCardNumber(input.idCardNumber));
  if (!idCard.valid) {
    throw appError(
      ErrorCode.InvalidIdCard,
      `ID-card number is invalid (${idCard.problem}): ${idCardProblemText[idCard.problem!]}`,
      {
        field: 'idCardNumber',
        problem: idCard.problem,
      },
    );
  }

  const mobile = normalizedMobile(input.mobile);

  const passwordProblem = findPasswordProblem(input.password);
  if (passwordProblem) throw badInput(passwordProblem, { field: 'password' });

  const divisionCode = input.divisionCode.normalize('NFKC').trim();
  if (!divisions.has(divisionCode))
    throw badInput(`Division ${divisionCode} is not a Chongqing division.`, {
      field: 'divisionCode',
    });

  return {
    name,
    idCardNumber: idCard.normalized,
    mobile,
    divisionCode,
  };
}

const idCardProblemText: Record<string, string> = {
  FORMAT: 'expected 17 digits followed by a digit or X.',
  BIRTH_DATE: 'the birth date is not a real date up to today.',
  CHECK_DIGIT: 'the check character does not match the first 17 digits.',
};

function throwUnverified(
  result: Exclude<RealNameResult, { verified: true }>,
): never {
  if (result.problem === 'ID_CARD')
    throw appError(ErrorCode.InvalidIdCard, result.reason, {
      field: 'idCardNumber',
      problem: 'REAL_NAME',
    });
  if (result.problem === 'NAME')
    throw badInput(result.reason, { field: 'name' });
  throw badInput(`Real-name verification failed: ${result.reason}`, {
    field: 'idCardNumber',
    problem: 'REAL_NAME_MISMATCH',
  });
}

async function verifyRealName(
  services: RegistrationServices,
  checked: CheckedRegistration,
): Promise<void> {
  let result: RealNameResult;
  try {
    result = await services.verifier.verify({
      name: checked.name,
      idCardNumber: checked.idCardNumber,
    });
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
  if (!result.verified) throwUnverified(result);
}

/**
 * Registers a natural person whose account is their mobile number. The user
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
  await verifyRealName(services, checked);
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
