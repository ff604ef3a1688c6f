import { isDuplicateKeyError } from '@ykb/common';
import type { IdentityClaimDocument, IdentityModels } from './model.js';

/** Identifiers that at most one user may hold. */
export type ClaimKind = 'account' | 'idCard' | 'mobile' | 'creditCode';

export function claimKey(kind: ClaimKind, value: string): string {
  return `${kind}:${value}`;
}

/**
 * Age after which a claim whose user document never appeared is taken over:
 * the registration that made it crashed between claiming and writing the user.
 */
const ABANDONED_CLAIM_MS = 2 * 60 * 1000;

export type ClaimResult =
  { claimed: true } | { claimed: false; conflict: string };

/**
 * Claims every key for `userId`, one insert per key. A key already claimed
 * by the same user counts as claimed. When another user has claimed a key,
 * the keys claimed by this call are released again and the colliding key is
 * returned.
 */
export async function claimKeys(
  models: IdentityModels,
  userId: string,
  keys: string[],
): Promise<ClaimResult> {
  const claimedHere: string[] = [];
  for (const key of keys) {
    const outcome = await claimOne(models, userId, key);
    if (outcome === 'conflict') {
      await releaseClaims(models, userId, claimedHere);
      return { claimed: false, conflict: key };
    }
    if (outcome === 'inserted') claimedHere.push(key);
  }
  return { claimed: true };
}

async function claimOne(
  models: IdentityModels,
  userId: string,
  key: string,
  retry = true,
): Promise<'inserted' | 'held' | 'conflict'> {
  try {
    await models.IdentityClaim.create({
      _id: key,
      userId,
      claimedAt: new Date(),
    });
    return 'inserted';
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }

  const existing =
    await models.IdentityClaim.findById(key).lean<IdentityClaimDocument>();
  if (!existing)
    return retry ? claimOne(models, userId, key, false) : 'conflict';
  if (existing.userId === userId) return 'held';
  if (!retry || !(await isAbandoned(models, existing))) return 'conflict';

  await models.IdentityClaim.deleteOne({ _id: key, userId: existing.userId });
  return claimOne(models, userId, key, false);
}

async function isAbandoned(
  models: IdentityModels,
  claim: IdentityClaimDocument,
): Promise<boolean> {
  if (Date.now() - claim.claimedAt.getTime() < ABANDONED_CLAIM_MS) return false;
  return !(await models.User.exists({ _id: claim.userId }));
}

/** Releases the keys claimed by `userId`; keys claimed by another user stay. */
export async function releaseClaims(
  models: IdentityModels,
  userId: string,
  keys: string[],
): Promise<void> {
  if (keys.length === 0) return;
  await models.IdentityClaim.deleteMany({ _id: { $in: keys }, userId });
}

/** Returns the id of the user who claimed a key, or undefined when the key is unclaimed. */
export async function findClaimHolder(
  models: IdentityModels,
  key: string,
): Promise<string | undefined> {
  const claim =
    await models.IdentityClaim.findById(key).lean<IdentityClaimDocument>();
  return claim?.userId;
}
