import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { errorCodeOf, errorExtensionOf } from './errorCode';
import {
  createAuthLink,
  createConcurrencyRetryLink,
  createPersistedQueriesLink,
  createRefreshOnUnauthenticatedLink,
  createRequestIdLink,
} from './links';

export interface ApolloClientOptions {
  /** GraphQL endpoint; same-origin `/graphql` unless a test overrides it. */
  uri?: string;
  /** Returns the access token to send, refreshing it first when it is about to expire. */
  getToken: () => string | null | Promise<string | null>;
  /**
   * Refreshes the tokens once a signed-in request is answered with
   * UNAUTHENTICATED; resolves true when the request may be retried. Without
   * it, nothing is retried.
   */
  refresh?: () => Promise<boolean>;
  /** Whether a user is signed in; anonymous requests are never retried. */
  signedIn?: () => boolean;
}

/**
 * Operations whose variables dwarf the document. A persisted-query miss
 * sends the variables twice, so these always send the full document.
 */
const LARGE_VARIABLE_OPERATIONS = new Set(['UploadMaterial']);

/**
 * Creates the client: refresh-and-retry on UNAUTHENTICATED, auth, resend
 * after a concurrency rejection, persisted queries, request id, then HTTP. The
 * request id link sits below the persisted-queries link, so the retry after
 * PERSISTED_QUERY_NOT_FOUND gets its own `x-request-id`.
 */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const transport = ApolloLink.from([
    createRequestIdLink(),
    new HttpLink({ uri: options.uri ?? '/graphql' }),
  ]);
  const persistedQueries = createPersistedQueriesLink();
  const toServer = persistedQueries
    ? ApolloLink.split(
        (operation) =>
          LARGE_VARIABLE_OPERATIONS.has(operation.operationName ?? ''),
        transport,
        persistedQueries.concat(transport),
      )
    : transport;

  return new ApolloClient({
    link: ApolloLink.from([
      ...(options.refresh
        ? [
            createRefreshOnUnauthenticatedLink({
              refresh: options.refresh,
              signedIn: options.signedIn ?? (() => true),
              errorCodeOf,
            }),
          ]
        : []),
      createAuthLink(options.getToken),
      createConcurrencyRetryLink({ errorCodeOf, errorExtensionOf }),
      toServer,
    ]),
    cache: new InMemoryCache(),
    defaultOptions: {
      // Case and licence lists change on the server between visits, and a
      // stale list could hide a rejected application, so queries always ask
      // the network.
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'network-only' },
    },
  });
}
