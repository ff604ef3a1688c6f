import { appError, ErrorCode, integerFromEnv } from '@ykb/common';

/** Environment variable: public verifications per client per minute. */
export const VERIFY_RATE_LIMIT_ENV = 'YKB_VERIFY_RATE_LIMIT';

const WINDOW_MS = 60_000;
/** Clients tracked before expired windows are dropped, which bounds the memory of one process. */
const MAX_TRACKED_CLIENTS = 10_000;

/** Reads the verifications allowed per client and minute (1 to 10000, default 30). */
export function verifyRateLimitFromEnv(): number {
  return integerFromEnv(VERIFY_RATE_LIMIT_ENV, 30, 1, 10_000, 'requests');
}

/**
 * Counts public licence verifications per client in fixed one-minute
 * windows. Licence serials are sequential, so without a limit anyone could
 * walk through the identifiers and learn which licences exist.
 * NOTE: counts live in this process's memory, so each replica of the
 * licences subgraph allows the limit on its own and a restart resets them.
 */
export class VerifyRateLimiter {
  private readonly windows = new Map<
    string,
    { start: number; count: number }
  >();

  constructor(readonly limit: number) {}

  /** Counts one verification by `client`; throws VERIFICATION_RATE_LIMITED past the limit. */
  take(client: string, now = Date.now()): void {
    let window = this.windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      if (!window && this.windows.size >= MAX_TRACKED_CLIENTS)
        this.dropExpired(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count > this.limit) {
      const retryAfterSeconds = Math.ceil(
        (window.start + WINDOW_MS - now) / 1000,
      );
      throw appError(
        ErrorCode.VerificationRateLimited,
        `Licence verification allows ${this.limit} requests per minute from one client; try again in ${retryAfterSeconds} seconds.`,
        { limit: this.limit, retryAfterSeconds },
      );
    }
  }

  private dropExpired(now: number): void {
    for (const [client, window] of this.windows)
      if (now - window.start >= WINDOW_MS) this.windows.delete(client);
    // Under a flood of distinct addresses every window may be current; forget the oldest then.
    if (this.windows.size >= MAX_TRACKED_CLIENTS) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
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
