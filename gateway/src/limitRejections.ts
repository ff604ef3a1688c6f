import type { GraphQLError } from 'graphql';
import type { Logger } from '@ykb/common';
import type { GatewayAuditLog } from './auditLog.js';

/** Error codes of the gateway's operation limits. */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  'QUERY_TOO_COMPLEX',
  'REQUEST_RATE_LIMITED',
]);

/** One operation the gateway rejected because it passed one of the caller's limits. */
export interface LimitRejection {
  code: string;
  /** Name of the limit, as sent in `extensions.limitName`. */
  limitName: string;
  limit: number;
  actual: number;
  /** Signed-in user; absent for anonymous callers. */
  userId?: string;
  /** Rate-limit key of anonymous callers: the client's address. */
  clientAddress?: string;
  operationName?: string;
  requestId?: string;
}

/** Builds the rejection that a limit error of the gateway reports, or undefined for any other error. */
export function limitRejectionOf(
  error: GraphQLError,
  caller: Omit<LimitRejection, 'code' | 'limitName' | 'limit' | 'actual'>,
): LimitRejection | undefined {
  const { code, limitName, limit, actual } = error.extensions;
  if (typeof code !== 'string' || !LIMIT_CODES.has(code)) return undefined;
  return {
    code,
    limitName: String(limitName ?? 'UNKNOWN'),
    limit: Number(limit),
    actual: Number(actual),
    ...caller,
  };
}

/**
 * Lets through at most `maxPerWindow` events of one key per window and counts
 * the rest, so that a client flooding the gateway with rejected operations
 * does not flood the log or the audit database.
 */
export class RepeatThrottle {
  private readonly windows = new Map<
    string,
    { start: number; passed: number; suppressed: number }
  >();

  constructor(
    private readonly maxPerWindow = 10,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Returns undefined when the event of `key` is over the window's maximum
   * and is only counted. Otherwise it returns how many events of that key were
   * suppressed since the last one let through.
   */
  admit(key: string): { suppressed: number } | undefined {
    const now = this.now();
    this.forgetExpired(now);
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, {
        start: now,
        passed: 1,
        suppressed: 0,
      });
      return { suppressed: window?.suppressed ?? 0 };
    }
    if (window.passed >= this.maxPerWindow) {
      window.suppressed++;
      return undefined;
    }
    window.passed++;
    const suppressed = window.suppressed;
    window.suppressed = 0;
    return { suppressed };
  }

  /** Drops windows older than two window lengths, so idle keys do not accumulate. */
  private forgetExpired(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows)
      if (now - window.start >= 2 * this.windowMs) this.windows.delete(key);
  }
}

/**
 * Creates the function that logs a limit rejection at warn level and writes
 * it to the gateway's audit log as a REFUSED event. Both go through one
 * RepeatThrottle keyed by caller and limit name: past its maximum a rejection
 * is only counted, and the count is sent as `suppressed` with the next
 * rejection of that caller and limit that is recorded.
 */
export function limitRejectionRecorder(
  log: Logger,
  auditLog: GatewayAuditLog | undefined,
  throttle = new RepeatThrottle(),
): (rejection: LimitRejection) => Promise<void> {
  return async (rejection) => {
    const caller = rejection.userId
      ? `user:${rejection.userId}`
      : `address:${rejection.clientAddress ?? 'unknown'}`;
    const admitted = throttle.admit(`${caller} ${rejection.limitName}`);
    if (!admitted) return;
    const { suppressed } = admitted;
    log.warn({ ...rejection, suppressed }, 'operation over a limit rejected');
    if (!auditLog) return;
    // createAuditLog has already logged a failed write at error level, and the rejection is sent either way.
    await auditLog.audit
      .record({
        action: rejection.operationName ?? 'operation',
        outcome: 'REFUSED',
        code: rejection.code,
        actorId: rejection.userId,
        requestId: rejection.requestId,
        details: {
          limitName: rejection.limitName,
          limit: rejection.limit,
          actual: rejection.actual,
          suppressed,
        },
      })
      .catch(() => undefined);
  };
}
