import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorExtensionOf } from '../src/apollo/errorCode';
import { createConcurrencyRetryLink } from '../src/apollo/links';

/** Builds a 429 response as the gateway sends it for a rejected operation. */
function rejection(limitName: string): ServerError {
  const body = JSON.stringify({
    errors: [
      {
        message: 'Too many operations at once.',
        extensions: {
          code: 'REQUEST_RATE_LIMITED',
          limitName,
          retryAfterSeconds: 1,
        },
      },
    ],
  });
  return new ServerError('Response not successful', {
    response: new Response(body, { status: 429 }),
    bodyText: body,
  });
}

/** Creates a client whose server rejects the first `failures` requests with `limitName`. */
function clientRejecting(failures: number, limitName: string) {
  let requests = 0;
  const waits: number[] = [];
  const server = new ApolloLink(
    () =>
      new Observable((observer) => {
        requests += 1;
        if (requests <= failures) observer.error(rejection(limitName));
        else {
          observer.next({ data: { __typename: 'Query' } });
          observer.complete();
        }
      }),
  );
  const retry = createConcurrencyRetryLink({
    errorCodeOf,
    errorExtensionOf,
    wait: async (ms) => void waits.push(ms),
  });
  const client = new ApolloClient({
    link: retry.concat(server),
    cache: new InMemoryCache(),
  });
  const run = () =>
    client.query({
      query: gql`
        query Probe {
          __typename
        }
      `,
      fetchPolicy: 'network-only',
    });
  return { run, requests: () => requests, waits };
}

describe('concurrency retry link', () => {
  it('resends after a concurrency rejection', async () => {
    const { run, requests, waits } = clientRejecting(
      2,
      'CONCURRENT_OPERATIONS',
    );
    const result = await run();
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(requests()).toBe(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('gives up after three resends', async () => {
    const { run, requests } = clientRejecting(10, 'CONCURRENT_OPERATIONS');
    await expect(run()).rejects.toThrow();
    expect(requests()).toBe(4);
  });

  it('does not resend past the cost budget', async () => {
    const { run, requests } = clientRejecting(1, 'COST_PER_MINUTE');
    await expect(run()).rejects.toThrow();
    expect(requests()).toBe(1);
  });
});
