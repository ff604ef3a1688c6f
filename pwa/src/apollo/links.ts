import { ApolloLink } from '@apollo/client';
import {
  catchError,
  from,
  mergeMap,
  of,
  throwError,
  type Observable,
} from 'rxjs';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { randomUuid } from '../util/randomUuid';
import { sha256Hex } from '../util/sha256Hex';

type HeaderMap = Record<string, string>;

/** Merges headers into those an earlier link set on the operation context. */
function withHeaders(
  previous: Readonly<ApolloLink.OperationContext>,
  added: HeaderMap,
) {
  const earlier = (previous as { headers?: HeaderMap }).headers;
  return { headers: { ...earlier, ...added } };
}

/** Adds a fresh `x-request-id` to every request, for tracing in the logs. */
export function createRequestIdLink(): ApolloLink {
  return new SetContextLink((previous) =>
    withHeaders(previous, { 'x-request-id': randomUuid() }),
  );
}

/** Adds `Authorization: Bearer <token>` while a user is signed in. */
export function createAuthLink(
  getToken: () => string | null | Promise<string | null>,
): ApolloLink {
  return new SetContextLink(async (previous) => {
    const token = await getToken();
    return token
      ? withHeaders(previous, { authorization: `Bearer ${token}` })
      : {};
  });
}

export interface RefreshOnUnauthenticatedOptions {
  /** Refreshes the tokens; resolves true when new ones are stored. */
  refresh: () => Promise<boolean>;
  /** Whether a user is signed in; anonymous requests are never retried. */
  signedIn: () => boolean;
  /** Returns the `extensions.code` of a failure. */
  errorCodeOf: (error: unknown) => string;
}

/**
 * Retries an operation once after refreshing the tokens when the server
 * returns UNAUTHENTICATED to a signed-in user, for example because the
 * access token expired while the device slept. After a failed refresh, the
 * original result or error is passed on.
 */
export function createRefreshOnUnauthenticatedLink(
  options: RefreshOnUnauthenticatedOptions,
): ApolloLink {
  return new ApolloLink((operation, forward) => {
    let retried = false;
    const retryOr = (
      fallback: () => Observable<ApolloLink.Result>,
    ): Observable<ApolloLink.Result> =>
      from(options.refresh()).pipe(
        mergeMap((refreshed) => (refreshed ? forward(operation) : fallback())),
      );
    const shouldRetry = (code: unknown) =>
      !retried && code === 'UNAUTHENTICATED' && options.signedIn();
    return forward(operation).pipe(
      mergeMap((result) => {
        if (!shouldRetry(result.errors?.[0]?.extensions?.code))
          return of(result);
        retried = true;
        return retryOr(() => of(result));
      }),
      catchError((error: unknown) => {
        if (!shouldRetry(options.errorCodeOf(error)))
          return throwError(() => error);
        retried = true;
        return retryOr(() => throwError(() => error));
      }),
    );
  });
}

/**
 * Sends automatic persisted queries: the first request carries only the
 * SHA-256 of the document and the full text follows only when the gateway
 * returns PERSISTED_QUERY_NOT_FOUND. Web Crypto is missing outside secure
 * contexts, so there the link is left out and full documents are sent.
 */
export function createPersistedQueriesLink(): ApolloLink | null {
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  return new PersistedQueryLink({ sha256: sha256Hex });
}
