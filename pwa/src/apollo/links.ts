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

/** Retries of one operation the gateway rejected for running too many operations at once. */
const CONCURRENCY_RETRIES = 3;

export interface ConcurrencyRetryOptions {
  errorCodeOf: (error: unknown) => string;
  errorExtensionOf: (error: unknown, name: string) => unknown;
  /** Waits `ms`; a test passes a fake timer. */
  wait?: (ms: number) => Promise<void>;
}

/**
 * Sends an operation again when the gateway rejected it because the user
 * already runs the most operations at once that the role allows (an
 * analyst's page loads several queries together). The gateway rejects such
 * an operation before running it, so even a mutation is safe to resend. It
 * waits the `retryAfterSeconds` the error states, at most three times.
 */
export function createConcurrencyRetryLink(
  options: ConcurrencyRetryOptions,
): ApolloLink {
  const wait =
    options.wait ??
    ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const isConcurrency = (error: unknown) =>
    options.errorCodeOf(error) === 'REQUEST_RATE_LIMITED' &&
    options.errorExtensionOf(error, 'limitName') === 'CONCURRENT_OPERATIONS';
  return new ApolloLink((operation, forward) => {
    const attempt = (left: number): Observable<ApolloLink.Result> =>
      forward(operation).pipe(
        catchError((error: unknown) => {
          if (left === 0 || !isConcurrency(error))
            return throwError(() => error);
          const seconds = Number(
            options.errorExtensionOf(error, 'retryAfterSeconds') ?? 1,
          );
          const ms =
            Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
          return from(wait(ms)).pipe(mergeMap(() => attempt(left - 1)));
        }),
      );
    return attempt(CONCURRENCY_RETRIES);
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
