import {
  partitionKeyOf,
  signOut,
  updateTokens,
  useSession,
} from './useSession';

/** An access token is refreshed when it has less than this left, so no request carries one that expires on the way. */
export const REFRESH_MARGIN_MS = 60_000;

const REFRESH_SESSION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken accessTokenExpiresAt }
}`;

/** Codes with which the server refuses a refresh for good: the user must sign in again. */
const SIGN_IN_AGAIN_CODES = new Set([
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
  'UNAUTHENTICATED',
]);

/**
 * Result of a refresh: new tokens stored, the user signed out because the
 * server refused the refresh token, or the server not reached (offline),
 * in which case the session stays for a later try.
 */
export type RefreshOutcome = 'REFRESHED' | 'SIGNED_OUT' | 'UNREACHABLE';

export interface TokenRefresherOptions {
  /** GraphQL endpoint; same-origin `/graphql` unless a test overrides it. */
  uri?: string;
  /** Called after a refused refresh cleared the session, to show the sign-in page. */
  onSignedOut?: () => void | Promise<void>;
  now?: () => number;
}

export interface TokenRefresher {
  /** Refreshes the tokens; concurrent calls share one request. */
  refresh(): Promise<RefreshOutcome>;
  /**
   * Returns the access token to send, refreshed first when it expires
   * within REFRESH_MARGIN_MS; null when no user is signed in.
   */
  freshToken(): Promise<string | null>;
}

/**
 * Keeps the signed-in user's access token fresh with the refresh token
 * stored beside it. Only one refresh runs at a time, because each refresh
 * token works once and a second use would sign the session out. The
 * refresh request goes straight to the endpoint, not through the Apollo
 * links, so it never waits for itself.
 */
export function createTokenRefresher(
  options: TokenRefresherOptions = {},
): TokenRefresher {
  const uri = options.uri ?? '/graphql';
  const now = options.now ?? Date.now;
  const { session } = useSession();
  let inFlight: Promise<RefreshOutcome> | null = null;

  async function run(): Promise<RefreshOutcome> {
    const current = session.value;
    if (!current) return 'SIGNED_OUT';
    const key = partitionKeyOf(current) ?? current.user.id;
    let body: {
      data?: {
        refreshSession?: {
          accessToken: string;
          refreshToken: string;
          accessTokenExpiresAt: string;
        } | null;
      } | null;
      errors?: { extensions?: { code?: unknown } }[];
    };
    try {
      const response = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: REFRESH_SESSION,
          variables: { refreshToken: current.refreshToken },
        }),
      });
      body = (await response.json()) as typeof body;
    } catch {
      return 'UNREACHABLE';
    }
    const tokens = body.data?.refreshSession;
    if (tokens) {
      updateTokens(key, {
        token: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      });
      return 'REFRESHED';
    }
    const code = body.errors?.[0]?.extensions?.code;
    if (typeof code === 'string' && SIGN_IN_AGAIN_CODES.has(code)) {
      // Only the session is cleared: the user's outbox partition keeps every queued record.
      if (partitionKeyOf(session.value) === key) signOut();
      await options.onSignedOut?.();
      return 'SIGNED_OUT';
    }
    return 'UNREACHABLE';
  }

  const refresh = (): Promise<RefreshOutcome> => {
    inFlight ??= run().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    refresh,
    async freshToken() {
      const current = session.value;
      if (!current) return null;
      const expiresAt = Date.parse(current.accessTokenExpiresAt);
      if (!(expiresAt - now() > REFRESH_MARGIN_MS)) await refresh();
      return session.value?.token ?? null;
    },
  };
}
