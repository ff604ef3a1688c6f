import { appError, callSubgraph, ErrorCode, subgraphUrl } from '@ykb/common';

/** A user as the identity subgraph stores it, unmasked because cases calls as SYSTEM. */
export interface IdentityUser {
  id: string;
  name: string;
  kind: 'PERSON' | 'LEGAL_PERSON' | 'STAFF';
  idCardNumber: string | null;
  creditCode: string | null;
  divisionCode: string | null;
  masked: boolean;
}

const USER_QUERY = `query CaseApplicant($id: ID!) {
  user(id: $id) { id name kind idCardNumber creditCode divisionCode masked }
}`;

const DIVISION_QUERY = `query CaseDivision($code: String!) {
  division(code: $code) { code }
}`;

/**
 * Fetches a user from the identity subgraph; null when no user has the id.
 * Throws UPSTREAM_FAILED when identity cannot be reached or returns masked
 * data, because a case must never store masked values as the applicant's.
 */
export async function findIdentityUser(
  id: string,
  requestId?: string,
): Promise<IdentityUser | null> {
  const data = await callSubgraph<{ user: IdentityUser | null }>(
    subgraphUrl('identity'),
    'cases',
    USER_QUERY,
    { id },
    requestId,
  );
  if (data.user?.masked) {
    throw appError(
      ErrorCode.UpstreamFailed,
      `The identity subgraph returned user ${id} masked to the cases service, so the applicant cannot be verified.`,
    );
  }
  return data.user;
}

const LOOKUP_CACHE_TTL_MS = 10 * 60_000;
const MAX_CACHED_LOOKUPS = 5000;

/** Cached results of whether identity lists a code, one cache per kind of code. */
type ExistenceCache = Map<string, { expires: number; known: Promise<boolean> }>;

const divisionCache: ExistenceCache = new Map();
const departmentCache: ExistenceCache = new Map();

/**
 * Runs an existence lookup against identity through `cache`. Results,
 * unknown codes included, are cached per process for 10 minutes, and the
 * cache is emptied when it reaches 5000 codes. Failed calls are not cached.
 */
function cachedExistence(
  cache: ExistenceCache,
  code: string,
  lookup: () => Promise<boolean>,
): Promise<boolean> {
  const cached = cache.get(code);
  if (cached && cached.expires > Date.now()) return cached.known;

  const known = lookup();
  if (cache.size >= MAX_CACHED_LOOKUPS) cache.clear();
  cache.set(code, { expires: Date.now() + LOOKUP_CACHE_TTL_MS, known });
  known.catch(() => {
    if (cache.get(code)?.known === known) cache.delete(code);
  });
  return known;
}

/** Reports whether the identity subgraph's division tree contains `code`; cached by cachedExistence. */
export function isKnownDivision(
  code: string,
  requestId?: string,
): Promise<boolean> {
  return cachedExistence(divisionCache, code, () =>
    callSubgraph<{ division: { code: string } | null }>(
      subgraphUrl('identity'),
      'cases',
      DIVISION_QUERY,
      { code },
      requestId,
    ).then((data) => data.division !== null),
  );
}

const DEPARTMENT_QUERY = `query CaseDepartment($code: String!) {
  department(code: $code) { code }
}`;

/** Reports whether the identity subgraph lists department `code`; cached by cachedExistence. */
export function isKnownDepartment(
  code: string,
  requestId?: string,
): Promise<boolean> {
  return cachedExistence(departmentCache, code, () =>
    callSubgraph<{ department: { code: string } | null }>(
      subgraphUrl('identity'),
      'cases',
      DEPARTMENT_QUERY,
      { code },
      requestId,
    ).then((data) => data.department !== null),
  );
}
