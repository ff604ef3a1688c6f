import { randomUUID } from 'node:crypto';
import { appError, badInput, checkCreditCode, ErrorCode } from '@ykb/common';
import { claimKey, claimKeys, releaseClaims } from './claims.js';
import type { UserDocument } from './model.js';
import { hashPassword } from './password.js';
import {
  findNameProblem,
  normalizeAccount,
  normalizePersonName,
} from './personInput.js';
import {
  readDivisionCode,
  readIdCardNumber,
  readMobile,
  readPassword,
  verifyRealName,
  type RegistrationServices,
} from './registerPerson.js';

export interface RegisterLegalPersonInput {
  name: string;
  creditCode: string;
  legalRepresentativeName: string;
  legalRepresentativeIdCard: string;
  contactMobile: string;
  password: string;
  divisionCode: string;
}

interface CheckedLegalPerson {
  name: string;
  creditCode: string;
  representativeName: string;
  representativeIdCard: string;
  contactMobile: string;
  divisionCode: string;
}

/** Maximum length of the registered name of an enterprise or institution, in code points. */
const MAX_ENTITY_NAME_LENGTH = 100;

/** Name as stored: NFKC, trimmed, inner runs of white space as one space. */
function normalizeEntityName(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

/**
 * Normalises a unified social credit code (NFKC, no white space, upper case)
 * and checks its GB 32100 shape and check character. Throws
 * INVALID_CREDIT_CODE on field `creditCode`.
 */
export function readCreditCode(raw: string): string {
  const result = checkCreditCode(raw.replace(/\s+/gu, ''));
  if (!result.valid) {
    throw appError(
      ErrorCode.InvalidCreditCode,
      result.problem === 'CHECK_DIGIT'
        ? `Unified social credit code ${result.normalized} is invalid: the check character does not match the first 17 characters.`
        : 'Unified social credit code is invalid: expected 18 characters from 0-9 and A-Y without I, O, S, V and Z.',
      { field: 'creditCode', problem: result.problem },
    );
  }
  return result.normalized;
}

function checkLegalPerson(
  input: RegisterLegalPersonInput,
  services: RegistrationServices,
): CheckedLegalPerson {
  const name = normalizeEntityName(input.name);
  const nameLength = Array.from(name).length;
  if (nameLength < 2 || nameLength > MAX_ENTITY_NAME_LENGTH)
    throw badInput(
      `Name must have 2 to ${MAX_ENTITY_NAME_LENGTH} characters, got ${nameLength}.`,
      { field: 'name' },
    );
  const creditCode = readCreditCode(input.creditCode);

  const representativeName = normalizePersonName(input.legalRepresentativeName);
  const nameProblem = findNameProblem(representativeName);
  if (nameProblem)
    throw badInput(nameProblem, { field: 'legalRepresentativeName' });
  const representativeIdCard = readIdCardNumber(
    input.legalRepresentativeIdCard,
    'legalRepresentativeIdCard',
  );

  const contactMobile = readMobile(input.contactMobile, 'contactMobile');
  readPassword(input.password);
  const divisionCode = readDivisionCode(input.divisionCode, services.divisions);
  return {
    name,
    creditCode,
    representativeName,
    representativeIdCard,
    contactMobile,
    divisionCode,
  };
}

/**
 * Registers a legal person (法人) whose sign-in account is its unified social
 * credit code, after real-name verification of its legal representative.
 * An attempt with valid input counts towards the caller's hourly
 * registration limit.
 * Like registerPerson, the credit code and the account are claimed under
 * unique keys before the user document is written, so a duplicate or a
 * retried request fails with CONFLICT and never creates a second record.
 * The contact mobile is not claimed: one person may be the contact of
 * several legal persons.
 */
export async function registerLegalPerson(
  services: RegistrationServices,
  input: RegisterLegalPersonInput,
): Promise<UserDocument> {
  const { models, log } = services;
  const checked = checkLegalPerson(input, services);
  await services.countRegistrationAttempt();
  await verifyRealName(
    services,
    {
      name: checked.representativeName,
      idCardNumber: checked.representativeIdCard,
    },
    {
      name: 'legalRepresentativeName',
      idCardNumber: 'legalRepresentativeIdCard',
    },
  );
  const passwordHash = await hashPassword(input.password);

  const userId = `u-${randomUUID()}`;
  // signIn looks accounts up normalised, which lower-cases the credit code.
  const account = normalizeAccount(checked.creditCode);
  const keys = [
    claimKey('creditCode', checked.creditCode),
    claimKey('account', account),
  ];
  const claim = await claimKeys(models, userId, keys);
  if (!claim.claimed) {
    throw appError(
      ErrorCode.Conflict,
      'A legal person with this unified social credit code is already registered; sign in instead.',
      { field: 'creditCode' },
    );
  }

  try {
    const user = await models.User.create({
      _id: userId,
      account,
      kind: 'LEGAL_PERSON',
      name: checked.name,
      creditCode: checked.creditCode,
      legalRepresentativeName: checked.representativeName,
      legalRepresentativeIdCard: checked.representativeIdCard,
      mobile: checked.contactMobile,
      roles: ['LEGAL_PERSON'],
      divisionCode: checked.divisionCode,
      passwordHash,
      realNameVerifiedAt: new Date(),
    });
    log.info(
      { userId, verifier: services.verifier.name },
      'registered legal person',
    );
    return user.toObject() as UserDocument;
  } catch (error) {
    await releaseClaims(models, userId, keys);
    throw error;
  }
}
