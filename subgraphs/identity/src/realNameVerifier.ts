import { checkIdCard } from '@ykb/common';
import { claimKey, findClaimHolder } from './claims.js';
import type { IdentityModels, UserDocument } from './model.js';
import { findNameProblem } from './personInput.js';

/** Name and ID-card number to verify, both already normalised. */
export interface RealNameSubject {
  name: string;
  idCardNumber: string;
}

export type RealNameProblem = 'ID_CARD' | 'NAME' | 'MISMATCH';

export type RealNameResult =
  | { verified: true }
  | { verified: false; problem: RealNameProblem; reason: string };

/**
 * Real-name verification (实名核验): confirms that a name and an ID-card
 * number belong to one living person. Production deployments plug in the
 * public-security population service; the sandbox verifier checks shape only.
 */
export interface RealNameVerifier {
  /** Short name for logs, such as `sandbox`. */
  readonly name: string;
  verify(subject: RealNameSubject): Promise<RealNameResult>;
}

/**
 * GB/T 2260 province-level codes. ID-card numbers keep the county code in
 * force when they were issued, so a merged or renamed county is still valid.
 */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/**
 * Reports whether a six-digit address code could be a county code of some
 * year: a known province, and neither the prefecture nor the whole code
 * below the province is zero.
 */
export function isPlausibleCountyCode(code: string): boolean {
  return (
    /^\d{6}$/.test(code) &&
    PROVINCE_CODES.has(code.slice(0, 2)) &&
    code.slice(2, 4) !== '00'
  );
}

export interface SandboxVerifierOptions {
  /** Reports whether a division code exists in the current division table. */
  knowsDivision: (code: string) => boolean;
  /** Returns the name registered with an ID-card number, or undefined when no person registered it. */
  registeredNameOf?: (idCardNumber: string) => Promise<string | undefined>;
  /** Clock for the birth-date check; the current time by default. */
  now?: () => Date;
}

/**
 * Creates the sandbox verifier, which never contacts an external service.
 * It accepts an ID-card number with a valid GB 11643 check character, a real
 * birth date not in the future and a known or plausible county code. The
 * name must be 2 to 30 Han characters or `·`. Like the population registry
 * of production deployments, it reports a MISMATCH when the ID-card number
 * belongs to a registered person of another name (`registeredNameOf`), so a
 * wrong name never reaches the duplicate check.
 */
// NOTE: the sandbox knows no names of unregistered people, so a wrong name for an unregistered number registers an account; only a real registry makes wrong-name probes learn nothing.
export function createSandboxVerifier(
  options: SandboxVerifierOptions,
): RealNameVerifier {
  const now = options.now ?? (() => new Date());
  return {
    name: 'sandbox',
    async verify(subject) {
      const idCard = checkIdCard(subject.idCardNumber, now());
      if (!idCard.valid) {
        const reason =
          idCard.problem === 'BIRTH_DATE'
            ? 'The birth date in the ID-card number is not a real date up to today.'
            : idCard.problem === 'CHECK_DIGIT'
              ? 'The check character of the ID-card number is wrong.'
              : 'An ID-card number has 17 digits followed by a digit or X.';
        return { verified: false, problem: 'ID_CARD', reason };
      }

      const addressCode = idCard.addressCode!;
      if (
        !options.knowsDivision(addressCode) &&
        !isPlausibleCountyCode(addressCode)
      ) {
        return {
          verified: false,
          problem: 'ID_CARD',
          reason: `The address code ${addressCode} of the ID-card number is not a county code.`,
        };
      }

      const nameProblem = findNameProblem(subject.name);
      if (nameProblem)
        return { verified: false, problem: 'NAME', reason: nameProblem };

      const registeredName = await options.registeredNameOf?.(
        subject.idCardNumber,
      );
      if (registeredName !== undefined && registeredName !== subject.name)
        return {
          verified: false,
          problem: 'MISMATCH',
          reason: 'the name does not match the ID-card number.',
        };
      return { verified: true };
    },
  };
}

/** Returns the name of the person who registered an ID-card number, or undefined when no person did. */
export async function findRegisteredName(
  models: Pick<IdentityModels, 'IdentityClaim' | 'User'>,
  idCardNumber: string,
): Promise<string | undefined> {
  const userId = await findClaimHolder(
    models as IdentityModels,
    claimKey('idCard', idCardNumber),
  );
  if (!userId) return undefined;
  const user = await models.User.findById(userId)
    .select({ name: 1 })
    .lean<Pick<UserDocument, 'name'>>();
  return user?.name;
}
