import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Length of one rate-limit window in milliseconds. */
export const RATE_WINDOW_MS = 60_000;
/** Maximum number of callers tracked. Beyond it the oldest windows are dropped. */
const MAX_TRACKED = 100_000;

/**
 * Per-caller budget of operation cost per minute, in fixed one-minute
 * windows kept in this gateway's memory. Each gateway process counts on its
 * own, so N gateways behind a load balancer allow up to N times the budget.
 */
export class CostRateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Charges `cost` to the caller's current window, or throws
   * REQUEST_RATE_LIMITED (HTTP 429) when that would pass `limit`. A rejected
   * operation charges nothing.
   */
  charge(key: string, cost: number, limit: number): void {
    const at = this.now();
    let window = this.windows.get(key);
    if (!window || at - window.start >= RATE_WINDOW_MS) {
      window = { start: at, used: 0 };
      this.windows.delete(key);
      this.windows.set(key, window);
      this.evict();
    }
    const actual = window.used + cost;
    if (actual > limit) {
      const retryAfterSeconds = Math.ceil(
        (window.start + RATE_WINDOW_MS - at) / 1000,
      );
      throw new GraphQLError(
        `Rate limit exceeded: this operation (cost ${cost}) would bring this minute's cost to ${actual}, over the maximum of ${limit} per minute by ${actual - limit}. Retry in ${retryAfterSeconds} s.`,
        {
          extensions: {
            code: 'REQUEST_RATE_LIMITED',
            limitName: 'COST_PER_MINUTE',
            limit,
            actual,
            retryAfterSeconds,
            http: {
              status: 429,
              headers: new HeaderMap([
                ['retry-after', String(retryAfterSeconds)],
              ]),
            },
          },
        },
      );
    }
    window.used = actual;
  }

  private evict(): void {
    while (this.windows.size > MAX_TRACKED) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) return;
      this.windows.delete(oldest);
    }
  }
}
