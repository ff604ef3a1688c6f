import {
  changeAtVersion,
  type Logger,
  type VersionedChange,
} from '@ykb/common';
import type { CaseDocument, CaseModels, OutboxEntry } from './model.js';

/**
 * The case outbox. A cross-domain effect (issue a licence, push a case to a
 * department's system, ask a hall for a delivery window) is written as an
 * entry of the case document. The entry is written in the same
 * single-document update as the state change that causes it, so the effect
 * exists exactly when the state change does. A worker delivers pending entries at least once and keeps
 * retrying across restarts; every receiver is idempotent per case id, so a
 * delivery repeated after a crash changes nothing there. The entry's
 * `nextAttemptAt` is also a lease: a claimed attempt hides the entry from
 * other workers until the lease ends.
 */

/** Reads how long a claimed attempt hides its entry from other workers, from YKB_OUTBOX_LEASE_MS (default 30000, longer than the 10 s call timeout). */
export function leaseMs(): number {
  const raw = process.env.YKB_OUTBOX_LEASE_MS ?? '30000';
  const lease = Number(raw);
  if (!Number.isInteger(lease) || lease < 100 || lease > 3_600_000)
    throw new Error(
      `YKB_OUTBOX_LEASE_MS must be an integer number of milliseconds from 100 to 3600000, got ${raw}.`,
    );
  return lease;
}

const MAX_BACKOFF_MS = 5 * 60_000;
const BATCH_SIZE = 20;
const MAX_WRITE_TRIES = 5;

/** Upstream error codes that no retry can fix; the entry becomes FAILED and waits for staff. */
const PERMANENT_UPSTREAM_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'NO_CURRENT_LICENCE',
  'MISSING_FACE_ELEMENTS',
]);

export const SYSTEM_ACTOR = { userId: 'service:cases', name: '系统' };

/** Creates a pending entry, leased to the writer so that it can make the first attempt itself. */
export function newOutboxEntry(): OutboxEntry {
  return {
    state: 'PENDING',
    attempts: 0,
    lastError: null,
    nextAttemptAt: new Date(Date.now() + leaseMs()),
  };
}

/** Paths of the outbox entries in a case document. */
export type OutboxPath =
  'licenceIssue' | 'departmentPush' | 'deliveryWindowRequest';

/** One kind of effect: where its entry lives, how it is delivered and what success changes. */
export interface OutboxKind<R> {
  path: OutboxPath;
  /** State written on success: ISSUED for licences, DONE otherwise. */
  doneState: string;
  /** Whether the case may still deliver the entry (such as: still APPROVED for a licence). */
  deliverable: (record: CaseDocument) => boolean;
  /** The same condition as a query filter, so entries the case can no longer deliver do not fill the loop's batches. */
  deliverableFilter: Record<string, unknown>;
  deliver: (record: CaseDocument, requestId?: string) => Promise<R>;
  /** Further fields and history written with the success. */
  succeeded: (record: CaseDocument, result: R) => VersionedChange;
}

function entryOf(record: CaseDocument, path: OutboxPath): OutboxEntry | null {
  return (record[path] as OutboxEntry | null | undefined) ?? null;
}

/** Time until the next attempt after `attempts` failures: the loop interval doubled per failure, capped at 5 minutes. */
function backoffMs(intervalMs: number, attempts: number): number {
  return Math.min(intervalMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/** Delivers outbox entries: at once after a state change, and by a background loop for retries. */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private tick: Promise<void> | undefined;
  private stopped = true;
  /** Work run on every tick after the deliveries, such as the supervision sweep. */
  private readonly periodic: (() => Promise<unknown>)[] = [];

  constructor(
    private readonly models: CaseModels,
    private readonly log: Logger,
    private readonly intervalMs: number,
    // Entries of different kinds carry different results; each kind checks its own.
    private readonly kinds: OutboxKind<any>[],
  ) {}

  onTick(work: () => Promise<unknown>): void {
    this.periodic.push(work);
  }

  /** Attempts every entry of `record` that is pending and never attempted: the ones its last state change wrote. */
  async attemptNew(record: CaseDocument, requestId?: string): Promise<void> {
    for (const kind of this.kinds) {
      const entry = entryOf(record, kind.path);
      if (entry?.state === 'PENDING' && entry.attempts === 0)
        await this.attempt(kind, record, requestId);
    }
  }

  private async attempt<R>(
    kind: OutboxKind<R>,
    record: CaseDocument,
    requestId?: string,
  ): Promise<void> {
    let result: R;
    try {
      result = await kind.deliver(record, requestId);
    } catch (error) {
      await this.recordFailure(kind, record._id, error);
      return;
    }
    await this.updatePending(kind, record._id, (current) => {
      const extra = kind.succeeded(current, result);
      const entry = entryOf(current, kind.path)!;
      return {
        set: {
          ...extra.set,
          [`${kind.path}.state`]: kind.doneState,
          [`${kind.path}.attempts`]: entry.attempts + 1,
          [`${kind.path}.lastError`]: null,
          [`${kind.path}.lastErrorCode`]: null,
          [`${kind.path}.nextAttemptAt`]: null,
        },
        push: extra.push,
      };
    });
    this.log.info(
      { caseId: record._id, effect: kind.path },
      'outbox delivered',
    );
  }

  /**
   * Applies a change to a case whose entry is still pending, re-reading and
   * retrying when a concurrent write took the next version.
   */
  private async updatePending(
    kind: OutboxKind<any>,
    caseId: string,
    change: (record: CaseDocument) => VersionedChange,
  ): Promise<CaseDocument | null> {
    for (let tries = 0; tries < MAX_WRITE_TRIES; tries++) {
      const record =
        await this.models.Case.findById(caseId).lean<CaseDocument>();
      if (
        !record ||
        entryOf(record, kind.path)?.state !== 'PENDING' ||
        !kind.deliverable(record)
      )
        return null;
      const updated = await changeAtVersion<CaseDocument>(
        this.models.Case,
        caseId,
        record.version,
        change(record),
        { log: this.log },
      );
      if (updated) return updated;
    }
    this.log.warn(
      { caseId, effect: kind.path },
      'outbox update lost to concurrent writes; the loop will pick the case up again',
    );
    return null;
  }

  private async recordFailure(
    kind: OutboxKind<any>,
    caseId: string,
    error: unknown,
  ): Promise<void> {
    const upstreamCode = (error as { extensions?: { upstreamCode?: string } })
      .extensions?.upstreamCode;
    const permanent =
      upstreamCode !== undefined && PERMANENT_UPSTREAM_CODES.has(upstreamCode);
    const message = error instanceof Error ? error.message : String(error);
    const updated = await this.updatePending(kind, caseId, (record) => {
      const attempts = entryOf(record, kind.path)!.attempts + 1;
      return {
        set: {
          [`${kind.path}.state`]: permanent ? 'FAILED' : 'PENDING',
          [`${kind.path}.attempts`]: attempts,
          [`${kind.path}.lastError`]: message.slice(0, 500),
          [`${kind.path}.lastErrorCode`]: upstreamCode ?? null,
          [`${kind.path}.nextAttemptAt`]: permanent
            ? null
            : new Date(Date.now() + backoffMs(this.intervalMs, attempts)),
        },
      };
    });
    this.log.warn(
      {
        caseId,
        effect: kind.path,
        attempts: updated ? entryOf(updated, kind.path)?.attempts : undefined,
        upstreamCode,
        permanent,
        err: message,
      },
      'outbox delivery failed',
    );
  }

  /** Claims one due entry of a kind for one lease, or returns null when none is due. */
  private async claimNext(kind: OutboxKind<any>): Promise<CaseDocument | null> {
    const due = await this.models.Case.find({
      ...kind.deliverableFilter,
      [`${kind.path}.state`]: 'PENDING',
      [`${kind.path}.nextAttemptAt`]: { $lte: new Date() },
    })
      .sort({ [`${kind.path}.nextAttemptAt`]: 1 })
      .limit(BATCH_SIZE)
      .lean<CaseDocument[]>();
    for (const record of due) {
      if (!kind.deliverable(record)) continue;
      const claimed = await changeAtVersion<CaseDocument>(
        this.models.Case,
        record._id,
        record.version,
        {
          set: {
            [`${kind.path}.nextAttemptAt`]: new Date(Date.now() + leaseMs()),
          },
        },
        { log: this.log },
      );
      if (claimed) return claimed;
    }
    return null;
  }

  /** Delivers every due entry, up to one batch per kind. */
  async runOnce(): Promise<number> {
    let processed = 0;
    for (const kind of this.kinds) {
      for (let n = 0; n < BATCH_SIZE; n++) {
        const record = await this.claimNext(kind);
        if (!record) break;
        await this.attempt(kind, record);
        processed++;
      }
    }
    for (const work of this.periodic) await work();
    return processed;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
    this.log.info({ intervalMs: this.intervalMs }, 'outbox loop started');
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.log.error({ err: error }, 'outbox loop failed'),
        )
        .finally(() => {
          this.tick = undefined;
          this.schedule();
        });
    }, this.intervalMs);
  }

  /** Stops the loop and waits for a running pass to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.tick;
    this.log.info('outbox loop stopped');
  }
}
