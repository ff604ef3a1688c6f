import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  SharedCounters,
  sharedCountersCollection,
  type Logger,
} from '@ykb/common';
import type { GatewayAuditLog } from './auditLog.js';

/** Length of one rate-limit window in milliseconds. */
export const RATE_WINDOW_MS = 60_000;

/**
 * Per-caller budget of operation cost per minute, in fixed one-minute
 * windows aligned to the clock. With shared counters (see SharedCounters)
 * every gateway process counts the spending of all processes on the same
 * database, each seeing the others' spending up to one sync (1 s) late.
 * Without them each process counts on its own.
 */
export class CostRateLimiter {
  readonly counters: SharedCounters;

  constructor(
    private readonly now: () => number = Date.now,
    counters?: SharedCounters,
  ) {
    this.counters =
      counters ??
      new SharedCounters({
        scope: 'gateway.cost',
        windowMs: RATE_WINDOW_MS,
        now,
      });
  }

  /**
   * Charges `cost` to the caller's current window, or throws
   * REQUEST_RATE_LIMITED (HTTP 429) when that would pass `limit`. A rejected
   * operation charges nothing.
   */
  charge(key: string, cost: number, limit: number): void {
    const at = this.now();
    const actual = this.counters.total(key) + cost;
    if (actual > limit) {
      const retryAfterSeconds = Math.ceil(
        (this.counters.windowStart(at) + RATE_WINDOW_MS - at) / 1000,
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
    this.counters.add(key, cost);
  }
}

/** Name of the gateway's own database, which contains the shared limit counters. */
export function gatewayDatabaseName(): string {
  return `${process.env.YKB_DB_PREFIX ?? ''}ykb_gateway`;
}

/**
 * Builds the counters of the per-minute cost budget and of running
 * operations. When MONGODB_URI is set, the audit log's connection exists and
 * the counters are shared by every gateway process through the gateway's
 * database, synced every second. Otherwise each process counts on its own.
 */
export function limitCounters(
  auditLog: GatewayAuditLog | undefined,
  log: Logger,
): { costCounters: SharedCounters; runningCounters: SharedCounters } {
  const collection = auditLog
    ? sharedCountersCollection(auditLog.connection, gatewayDatabaseName())
    : undefined;
  const costCounters = new SharedCounters({
    scope: 'gateway.cost',
    windowMs: RATE_WINDOW_MS,
    collection,
    log,
  });
  const runningCounters = new SharedCounters({
    scope: 'gateway.running',
    collection,
    log,
  });
  costCounters.start();
  runningCounters.start();
  return { costCounters, runningCounters };
}
