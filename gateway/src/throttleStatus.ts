import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Sets HTTP 429 and `Retry-After` on a response that carries no data
 * because a subgraph throttled the caller, that is, every error states
 * `retryAfterSeconds`. Subgraph limits such as licence verification and
 * registration attempts then reach clients the way the gateway's own cost
 * and rate limits do. A response with any data keeps its status.
 */
export function throttleStatusPlugin<
  C extends BaseContext,
>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          if (data && Object.values(data).some((value) => value !== null))
            return;
          const waits = errors.map(
            (error) => error.extensions?.retryAfterSeconds,
          );
          if (!waits.every(isWait)) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}

function isWait(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
