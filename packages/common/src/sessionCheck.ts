import { callSubgraph } from './client.js';
import { integerFromEnv } from './env.js';
import { appError, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';
import { subgraphUrl } from './services.js';

/** Default and maximum time an open session stays cached, so a sign-out takes effect within this time. */
export const MAX_SESSION_CACHE_MS = 15_000;

/** Maximum number of session ids in one `activeSessions` query, the limit the identity subgraph accepts. */
const BATCH_SIZE = 100;

const ACTIVE_SESSIONS = 'query($ids: [ID!]!) { activeSessions(ids: $ids) }';

/**
 * Reads YKB_SESSION_CACHE_MS: how long, in milliseconds, the gateway and
 * each subgraph trust an open session before asking the identity subgraph again. Integer from 0
 * (ask on every request) to 15000; defaults to 15000.
 */
export function sessionCacheMs(): number {
  return integerFromEnv(
    'YKB_SESSION_CACHE_MS',
    MAX_SESSION_CACHE_MS,
    0,
    MAX_SESSION_CACHE_MS,
  );
}

/**
 * GraphQL endpoint that resolves `activeSessions`: YKB_SESSION_CHECK_URL, or
 * the identity subgraph's URL when unset.
 */
export function sessionCheckUrl(): string {
  return process.env.YKB_SESSION_CHECK_URL ?? subgraphUrl('identity');
}

export interface SessionCheckerOptions {
  /** GraphQL endpoint of the identity subgraph. */
  identityUrl: string;
  /** Name of the service asking, sent as the SYSTEM token's name; `gateway` unless set. */
  caller?: string;
  /** How long an open session stays cached, in milliseconds. */
  activeTtlMs: number;
  log: Logger;
  /** Maximum number of cached sessions; the oldest entry goes first when full. */
  maxEntries?: number;
}

interface CachedState {
  active: boolean;
  /** Epoch milliseconds after which the entry is stale. */
  until: number;
}

interface QueuedCheck {
  tokenExpiresAt: number;
  resolve: (active: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * Asks the identity subgraph whether sessions are still open, with a cache
 * and batching. An open session is cached for `activeTtlMs` (never past its
 * token's expiry). A closed or unknown session is cached until its token
 * expires, because a revoked session never reopens. Checks of one session
 * that overlap share one lookup, and the checks queued in one event-loop
 * turn go to identity in one query. Failed lookups are not cached.
 * NOTE: a signOut does not evict cache entries, so a signed-out session
 * stays open in each service for up to `activeTtlMs`.
 */
export class SessionChecker {
  private readonly cache = new Map<string, CachedState>();
  private readonly inFlight = new Map<string, Promise<boolean>>();
  private queue = new Map<string, QueuedCheck>();
  private flushScheduled = false;
  private readonly maxEntries: number;

  constructor(private readonly options: SessionCheckerOptions) {
    this.maxEntries = options.maxEntries ?? 50_000;
  }

  /**
   * Resolves true when the session is open. Rejects with UPSTREAM_FAILED when
   * the identity subgraph cannot be asked, so callers fail closed.
   */
  isActive(sessionId: string, tokenExpiresAt: number): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached && cached.until > Date.now())
      return Promise.resolve(cached.active);
    if (cached) this.cache.delete(sessionId);

    const running = this.inFlight.get(sessionId);
    if (running) return running;

    const check = new Promise<boolean>((resolve, reject) => {
      this.queue.set(sessionId, { tokenExpiresAt, resolve, reject });
    });
    this.inFlight.set(sessionId, check);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    return check;
  }

  /** Number of cached sessions, for tests. */
  get size(): number {
    return this.cache.size;
  }

  private flush(): void {
    this.flushScheduled = false;
    const queued = [...this.queue];
    this.queue = new Map();
    for (let start = 0; start < queued.length; start += BATCH_SIZE) {
      void this.lookUp(queued.slice(start, start + BATCH_SIZE));
    }
  }

  private async lookUp(batch: [string, QueuedCheck][]): Promise<void> {
    const ids = batch.map(([id]) => id);
    let active: Set<string>;
    try {
      const data = await callSubgraph<{ activeSessions: string[] }>(
        this.options.identityUrl,
        this.options.caller ?? 'gateway',
        ACTIVE_SESSIONS,
        { ids },
      );
      active = new Set(data.activeSessions);
    } catch (error) {
      this.options.log.error(
        { err: error, sessions: ids.length },
        'session check with the identity subgraph failed',
      );
      const failure = appError(
        ErrorCode.UpstreamFailed,
        'The session could not be checked because the identity service is unavailable. Retry in a moment.',
        {
          http: { status: 503 },
        },
      );
      for (const [id, check] of batch) {
        this.inFlight.delete(id);
        check.reject(failure);
      }
      return;
    }
    const now = Date.now();
    for (const [id, check] of batch) {
      const isOpen = active.has(id);
      const until = isOpen
        ? Math.min(now + this.options.activeTtlMs, check.tokenExpiresAt)
        : check.tokenExpiresAt;
      if (until > now) this.remember(id, { active: isOpen, until });
      this.inFlight.delete(id);
      check.resolve(isOpen);
    }
  }

  private remember(sessionId: string, state: CachedState): void {
    if (this.cache.size >= this.maxEntries) {
      const now = Date.now();
      for (const [id, entry] of this.cache)
        if (entry.until <= now) this.cache.delete(id);
    }
    if (this.cache.size >= this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(sessionId, state);
  }
}
