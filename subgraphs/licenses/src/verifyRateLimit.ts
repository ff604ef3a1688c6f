import {
  appError,
  ErrorCode,
  integerFromEnv,
  SharedCounters,
  type SharedCountersOptions,
} from '@ykb/common';

/** Environment variable: public verifications per client per minute. */
export const VERIFY_RATE_LIMIT_ENV = 'YKB_VERIFY_RATE_LIMIT';

const WINDOW_MS = 60_000;
/** Clients tracked in one window before the oldest are dropped, which bounds the memory of one process. */
const MAX_TRACKED_CLIENTS = 10_000;

/** Reads the verifications allowed per client and minute (1 to 10000, default 30). */
export function verifyRateLimitFromEnv(): number {
  return integerFromEnv(VERIFY_RATE_LIMIT_ENV, 30, 1, 10_000, 'requests');
}

/**
 * Counts public licence verifications per client in fixed one-minute
 * windows aligned to the clock. Licence serials are sequential, so without a
 * limit anyone could walk through the identifiers and learn which licences
 * exist. With shared counters every replica of the licences subgraph counts
 * the verifications of all replicas on the same database, each seeing the
 * others' counts up to one sync (1 s) late.
 */
export class VerifyRateLimiter {
  readonly counters: SharedCounters;
  /** The time passed to take() while it runs; the system clock otherwise. */
  private clock: number | undefined;

  /** Counts in this process only, unless `store` names the shared collection. */
  constructor(
    readonly limit: number,
    store: Pick<SharedCountersOptions, 'collection' | 'log'> = {},
  ) {
    this.counters = new SharedCounters({
      scope: 'licenses.verify',
      windowMs: WINDOW_MS,
      maxKeys: MAX_TRACKED_CLIENTS,
      now: () => this.clock ?? Date.now(),
      ...store,
    });
  }

  /** Counts one verification by `client`; throws VERIFICATION_RATE_LIMITED past the limit. */
  take(client: string, now = Date.now()): void {
    this.clock = now;
    try {
      this.count(client, now);
    } finally {
      this.clock = undefined;
    }
  }

  private count(client: string, now: number): void {
    this.counters.add(client, 1);
    if (this.counters.total(client) > this.limit) {
      const retryAfterSeconds = Math.ceil(
        (this.counters.windowStart(now) + WINDOW_MS - now) / 1000,
      );
      throw appError(
        ErrorCode.VerificationRateLimited,
        `Licence verification allows ${this.limit} requests per minute from one client; try again in ${retryAfterSeconds} seconds.`,
        { limit: this.limit, retryAfterSeconds },
      );
    }
  }
}

/** Key of the client that a verification is counted against: the signed-in user, else the network address. */
export function verifyClientKey(
  viewer: { userId: string } | undefined,
  clientAddress: string | undefined,
): string {
  if (viewer) return `user:${viewer.userId}`;
  return `address:${clientAddress ?? 'unknown'}`;
}
