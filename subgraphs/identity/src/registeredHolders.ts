import { badInput, normalizeIdentifier } from '@ykb/common';
import { claimKey } from './claims.js';
import type {
  IdentityClaimDocument,
  IdentityModels,
  UserDocument,
} from './model.js';

/** Maximum identity numbers of one registeredHolders request: the row limit of a licence import. */
export const MAX_REGISTERED_HOLDER_NUMBERS = 5000;

/** A registered natural or legal person found by identity number. */
export interface RegisteredHolder {
  idNumber: string;
  userId: string;
  kind: 'PERSON' | 'LEGAL_PERSON';
  name: string;
}

/**
 * Finds the natural persons registered with the given ID-card numbers and
 * the legal persons registered with the given unified social credit codes,
 * in two queries: the identity claims, then their users. Numbers that
 * nobody holds are left out, and so are claims whose user does not exist.
 */
export async function findRegisteredHolders(
  models: IdentityModels,
  rawNumbers: readonly string[],
): Promise<RegisteredHolder[]> {
  if (rawNumbers.length > MAX_REGISTERED_HOLDER_NUMBERS)
    throw badInput(
      `idNumbers may contain at most ${MAX_REGISTERED_HOLDER_NUMBERS} numbers, got ${rawNumbers.length}.`,
      { field: 'idNumbers' },
    );
  const numbers = [...new Set(rawNumbers.map(normalizeIdentifier))];
  const keys = numbers.flatMap((number) => [
    claimKey('idCard', number),
    claimKey('creditCode', number),
  ]);
  if (keys.length === 0) return [];
  const claims = await models.IdentityClaim.find({ _id: { $in: keys } })
    .select({ userId: 1 })
    .lean<IdentityClaimDocument[]>();
  if (claims.length === 0) return [];
  const users = await models.User.find({
    _id: { $in: [...new Set(claims.map((claim) => claim.userId))] },
  })
    .select({ kind: 1, name: 1 })
    .lean<Pick<UserDocument, '_id' | 'kind' | 'name'>[]>();
  const userById = new Map(users.map((user) => [user._id, user]));
  const holders: RegisteredHolder[] = [];
  for (const claim of claims) {
    const user = userById.get(claim.userId);
    const kind = claim._id.startsWith('idCard:') ? 'PERSON' : 'LEGAL_PERSON';
    if (!user || user.kind !== kind) continue;
    holders.push({
      idNumber: claim._id.slice(claim._id.indexOf(':') + 1),
      userId: user._id,
      kind,
      name: user.name,
    });
  }
  return holders;
}
