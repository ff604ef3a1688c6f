import { computed, ref } from 'vue';
import type { SignInMutation } from '../graphql/generated';

/** The signed-in user as `signIn` returns it. */
export type SessionUser = SignInMutation['signIn']['user'];

const STORAGE_KEY = 'ykb.session';

/** The legal person an acting session works for, from `actForLegalPerson`. */
export interface ActingFor {
  /** User id of the legal person. */
  legalPersonId: string;
  /** Registered name of the legal person, shown in the header. */
  legalPersonName: string;
  /** Id of the grant the session acts under. */
  grantId: string;
  /** End of the grant's validity in Asia/Shanghai, such as 2027-06-30T23:59:59+08:00. */
  validUntilLocal: string;
}

/** The signed-in user with their access token and the refresh token that renews it. */
export interface Session {
  /** Access token, sent as the bearer token. */
  token: string;
  /** Opaque refresh token; each one works once. */
  refreshToken: string;
  /** When the access token expires, as an ISO 8601 timestamp. */
  accessTokenExpiresAt: string;
  user: SessionUser;
  /**
   * Set while the user acts for a legal person. The token then carries
   * onBehalfOf and grantId, while `user` is still the agent.
   */
  actingFor?: ActingFor;
}

/** Returns whether a stored `actingFor` value has every field as a string. */
function isActingFor(value: unknown): value is ActingFor {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return (
    typeof fields.legalPersonId === 'string' &&
    typeof fields.legalPersonName === 'string' &&
    typeof fields.grantId === 'string' &&
    typeof fields.validUntilLocal === 'string'
  );
}

function readStoredSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (
      typeof parsed.token !== 'string' ||
      typeof parsed.refreshToken !== 'string' ||
      typeof parsed.accessTokenExpiresAt !== 'string' ||
      !parsed.user?.id ||
      (parsed.actingFor !== undefined && !isActingFor(parsed.actingFor))
    )
      return null;
    return parsed as Session;
  } catch {
    return null;
  }
}

// The session survives reloads and offline starts, because a clerk at a
// village service point may open the app with no connection and still needs
// their own outbox partition.
const session = ref<Session | null>(readStoredSession());

/** Returns the bearer token of the signed-in user, for the auth link. */
export function currentToken(): string | null {
  return session.value?.token ?? null;
}

export function signInAs(value: Session): void {
  session.value = value;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
}

/**
 * Stores tokens from a refresh, but only while the session with partition
 * key `key` (see partitionKeyOf) is still signed in. A refresh that finishes
 * after a sign-out, a change of user or a switch to or from an acting
 * session is dropped.
 */
export function updateTokens(
  key: string,
  tokens: Pick<Session, 'token' | 'refreshToken' | 'accessTokenExpiresAt'>,
): void {
  const current = session.value;
  if (!current || partitionKeyOf(current) !== key) return;
  signInAs({ ...current, ...tokens });
}

/**
 * Replaces the stored user of a session with what the server reports now,
 * for example a new division after the clerk moved to another service point.
 */
export function updateUser(next: SessionUser): void {
  const current = session.value;
  if (current?.user.id !== next.id) return;
  signInAs({ ...current, user: next });
}

export function signOut(): void {
  session.value = null;
  localStorage.removeItem(STORAGE_KEY);
}

const user = computed(() => session.value?.user ?? null);

/**
 * Key of the signed-in session's outbox partition and persisted Apollo
 * cache: the user id, or for an acting session the agent's user id and the
 * legal person's id joined by `@`. An acting session keeps the agent's
 * user id, so keying by user id alone would let it list and replay the
 * records the agent queued for themself, and the other way round.
 */
export function partitionKeyOf(value: Session | null): string | null {
  if (!value) return null;
  return value.actingFor
    ? `${value.user.id}@${value.actingFor.legalPersonId}`
    : value.user.id;
}

const partitionKey = computed(() => partitionKeyOf(session.value));
const actingFor = computed(() => session.value?.actingFor ?? null);

function hasRole(...roles: string[]): boolean {
  return roles.some((role) => user.value?.roles.includes(role) ?? false);
}

/** Reactive access to the session and role checks; usable outside setup. */
export function useSession() {
  return {
    session,
    user,
    actingFor,
    partitionKey,
    hasRole,
    signInAs,
    signOut,
  };
}
