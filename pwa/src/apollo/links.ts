import { ApolloLink } from '@apollo/client';
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
export function createAuthLink(getToken: () => string | null): ApolloLink {
  return new SetContextLink((previous) => {
    const token = getToken();
    return token
      ? withHeaders(previous, { authorization: `Bearer ${token}` })
      : {};
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
