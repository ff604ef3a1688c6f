import DataLoader from 'dataloader';
import {
  callSubgraph,
  hasRole,
  Role,
  subgraphUrl,
  type Viewer,
} from '@ykb/common';
import type { LicenceDocument, LicenceHolderKind } from './model.js';

/** The identity number under which a user may hold licences that were imported without a user id. */
export interface HolderIdentity {
  userId: string;
  holderKind: LicenceHolderKind;
  /** Resident ID-card number of a natural person or unified social credit code of a legal person. */
  idNumber: string;
}

/** Fetches the holder identities of users; a user without an identity number maps to null. */
export type HolderIdentityLookup = (
  userIds: readonly string[],
  requestId?: string,
) => Promise<Map<string, HolderIdentity | null>>;

const USERS_QUERY = `query LicenceHolders($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User { id kind idCardNumber creditCode masked }
  }
}`;

interface IdentityUser {
  id: string;
  kind: 'PERSON' | 'LEGAL_PERSON' | 'STAFF';
  idCardNumber: string | null;
  creditCode: string | null;
  masked: boolean;
}

/**
 * Reads users from the identity subgraph in one `_entities` call with a
 * SYSTEM service token, which reads raw identity numbers. A masked result
 * counts as no identity, so a masked number never matches a licence.
 */
export const lookupHolderIdentitiesOverHttp: HolderIdentityLookup = async (
  userIds,
  requestId,
) => {
  const data = await callSubgraph<{ _entities: (IdentityUser | null)[] }>(
    subgraphUrl('identity'),
    'licenses',
    USERS_QUERY,
    { representations: userIds.map((id) => ({ __typename: 'User', id })) },
    requestId,
  );
  const identities = new Map<string, HolderIdentity | null>();
  userIds.forEach((userId, index) => {
    const user = data._entities[index];
    identities.set(userId, user ? holderIdentityOf(user) : null);
  });
  return identities;
};

/**
 * Wraps a lookup with a per-process cache of the identities found. The
 * identity subgraph sets a user's ID-card number or credit code at
 * registration and never changes it, so a cached identity cannot go
 * stale. Users without one are looked up again each time. With the cache,
 * the wallet (a hot screen) calls the identity subgraph once per user
 * instead of once per request. Beyond `maxEntries`, the oldest entry goes.
 */
export function cachedHolderIdentities(
  lookup: HolderIdentityLookup,
  maxEntries = 10_000,
): HolderIdentityLookup {
  const cache = new Map<string, HolderIdentity>();
  return async (userIds, requestId) => {
    const found = new Map<string, HolderIdentity | null>();
    const missing: string[] = [];
    for (const userId of userIds) {
      const cached = cache.get(userId);
      if (cached) found.set(userId, cached);
      else missing.push(userId);
    }
    if (missing.length === 0) return found;
    for (const [userId, identity] of await lookup(missing, requestId)) {
      found.set(userId, identity);
      if (!identity) continue;
      cache.delete(userId);
      cache.set(userId, identity);
      if (cache.size > maxEntries)
        cache.delete(cache.keys().next().value as string);
    }
    return found;
  };
}

function holderIdentityOf(user: IdentityUser): HolderIdentity | null {
  if (user.masked) return null;
  if (user.kind === 'PERSON' && user.idCardNumber)
    return {
      userId: user.id,
      holderKind: 'PERSON',
      idNumber: user.idCardNumber.toUpperCase(),
    };
  if (user.kind === 'LEGAL_PERSON' && user.creditCode)
    return {
      userId: user.id,
      holderKind: 'LEGAL_PERSON',
      idNumber: user.creditCode.toUpperCase(),
    };
  return null;
}

/** Batches the identity lookups of one request into one call. */
export function holderIdentityLoader(
  lookup: HolderIdentityLookup,
  requestId: string,
): DataLoader<string, HolderIdentity | null> {
  return new DataLoader(async (userIds) => {
    const identities = await lookup(userIds, requestId);
    return userIds.map((id) => identities.get(id) ?? null);
  });
}

/** Reports whether the viewer may hold licences in person: citizens and legal persons. */
export function mayHoldLicences(viewer: Viewer): boolean {
  return hasRole(viewer, Role.Citizen, Role.LegalPerson);
}

/**
 * Filter of the licences a user holds: those issued to the user id, and
 * those without a user id whose holder kind and identity number are the
 * user's. Licences issued to another user id never match by number.
 */
export function heldLicencesFilter(
  userId: string,
  identity: HolderIdentity | null,
): Record<string, unknown> {
  if (!identity) return { holderUserId: userId };
  return {
    $or: [
      { holderUserId: userId },
      {
        holderUserId: null,
        holderKind: identity.holderKind,
        holderIdNumber: identity.idNumber,
      },
    ],
  };
}

/** Reports whether a licence without a user id belongs to the identity. */
export function holdsByIdentity(
  licence: Pick<
    LicenceDocument,
    'holderUserId' | 'holderKind' | 'holderIdNumber'
  >,
  identity: HolderIdentity | null,
): boolean {
  return (
    !!identity &&
    !licence.holderUserId &&
    licence.holderKind === identity.holderKind &&
    licence.holderIdNumber.toUpperCase() === identity.idNumber
  );
}

/** Identity of a citizen or legal person viewer; null for staff, who hold no licences by number. */
export function viewerHolderIdentity(
  ctx: { holderIdentityByUserId: DataLoader<string, HolderIdentity | null> },
  viewer: Viewer,
): Promise<HolderIdentity | null> {
  return mayHoldLicences(viewer)
    ? ctx.holderIdentityByUserId.load(viewer.userId)
    : Promise.resolve(null);
}
