import { computed, ref } from 'vue';
import type { SignInMutation } from '../graphql/generated';

/** The signed-in user as `signIn` returns it. */
export type SessionUser = SignInMutation['signIn']['user'];

const STORAGE_KEY = 'ykb.session';

/** The signed-in user with their access token and the refresh token that renews it. */
export interface Session {
  /** Access token, sent as the bearer token. */
  token: string;
  /** Opaque refresh token; each one works once. */
  refreshToken: string;
  /** When the access token expires, as an ISO 8601 timestamp. */
  accessTokenExpiresAt: string;
  user: SessionUser;
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
      !parsed.user?.id
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
 * Stores tokens from a refresh, but only while `userId` is still signed in,
 * so a refresh that finishes after a sign-out or a change of user is dropped.
 */
export function updateTokens(
  userId: string,
  tokens: Omit<Session, 'user'>,
): void {
  const current = session.value;
  if (current?.user.id !== userId) return;
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

function hasRole(...roles: string[]): boolean {
  return roles.some((role) => user.value?.roles.includes(role) ?? false);
}

/** Reactive access to the session and role checks; usable outside setup. */
export function useSession() {
  return { session, user, hasRole, signInAs, signOut };
}
