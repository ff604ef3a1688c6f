import {
  callSubgraph,
  changeAtVersion,
  subgraphUrl,
  type Logger,
  type VersionedChange,
} from '@ykb/common';
import { now } from './clock.js';
import type { CaseDocument, CaseModels } from './model.js';

const ISSUE_MUTATION = `mutation IssueLicence($input: IssueLicenceInput!) {
  issueLicence(input: $input) { id identifier }
}`;

/** How long a claimed issuance stays hidden from other workers; longer than the 10 s call timeout. */
const LEASE_MS = 30_000;
const MAX_BACKOFF_MS = 5 * 60_000;
const BATCH_SIZE = 20;
const MAX_WRITE_TRIES = 5;

/** Upstream error codes that no retry can fix; the issuance becomes FAILED and waits for staff. */
const PERMANENT_UPSTREAM_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
]);

export const SYSTEM_ACTOR = { userId: 'service:cases', name: '系统' };

/** Time until the next attempt after `attempts` failures: the loop interval doubled per failure, capped at 5 minutes. */
function backoffMs(intervalMs: number, attempts: number): number {
  return Math.min(intervalMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/**
 * Issues the electronic licence of an approved case through the licenses
 * subgraph, whose `issueLicence` is idempotent per case id. Approval records
 * the issuance as PENDING in the same update that approves, so an issuance
 * that fails (licenses down, timeout) is retried by a background loop until
 * it succeeds; only errors no retry can fix mark it FAILED. Retry scheduling
 * uses real time, not the business clock.
 */
export class LicenceIssuer {
  private timer: NodeJS.Timeout | undefined;
  private tick: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly models: CaseModels,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  /** Fields that mark an issuance as claimed by the caller for one lease. */
  static claimedPending(): Record<string, unknown> {
    return {
      state: 'PENDING',
      attempts: 0,
      lastError: null,
      nextAttemptAt: new Date(Date.now() + LEASE_MS),
    };
  }

  /** Makes one issuance attempt for a case the caller has claimed, and records the outcome. */
  async attempt(record: CaseDocument, requestId?: string): Promise<void> {
    const input = {
      caseId: record._id,
      itemId: record.itemId,
      licenceTypeCode: record.licenceTypeCode,
      holderUserId: record.applicantUserId,
      holderName: record.applicantName,
      holderIdNumber: record.applicantIdNumber,
      departmentCode: record.departmentCode,
      divisionCode: record.divisionCode,
      data: {
        caseNumber: record.caseNumber,
        itemName: record.itemName,
        formData: record.formData,
      },
    };
    let licence: { id: string; identifier: string };
    try {
      const result = await callSubgraph<{
        issueLicence: { id: string; identifier: string };
      }>(
        subgraphUrl('licenses'),
        'cases',
        ISSUE_MUTATION,
        { input },
        requestId,
      );
      licence = result.issueLicence;
    } catch (error) {
      await this.recordFailure(record._id, error);
      return;
    }
    await this.recordSuccess(record._id, licence);
  }

  /**
   * Applies a system-side change to a case whose issuance is still PENDING,
   * re-reading and retrying when a concurrent write took the next version.
   */
  private async updatePending(
    caseId: string,
    action: string,
    change: (record: CaseDocument) => VersionedChange,
  ): Promise<CaseDocument | null> {
    for (let tries = 0; tries < MAX_WRITE_TRIES; tries++) {
      const record =
        await this.models.Case.findById(caseId).lean<CaseDocument>();
      if (
        !record ||
        record.status !== 'APPROVED' ||
        record.licenceIssue.state !== 'PENDING'
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
      { caseId, action },
      'licence issuance update lost to concurrent writes; the retry loop will pick the case up again',
    );
    return null;
  }

  private async recordSuccess(
    caseId: string,
    licence: { id: string; identifier: string },
  ): Promise<void> {
    const at = now();
    const updated = await this.updatePending(
      caseId,
      'LICENCE_ISSUED',
      (record) => ({
        set: {
          status: 'COMPLETED',
          completedAt: at,
          licenceId: licence.id,
          licenceIdentifier: licence.identifier,
          'licenceIssue.state': 'ISSUED',
          'licenceIssue.attempts': record.licenceIssue.attempts + 1,
          'licenceIssue.lastError': null,
          'licenceIssue.nextAttemptAt': null,
        },
        push: {
          history: {
            action: 'LICENCE_ISSUED',
            actorUserId: SYSTEM_ACTOR.userId,
            actorName: SYSTEM_ACTOR.name,
            at,
            opinion: licence.identifier,
          },
        },
      }),
    );
    if (updated)
      this.log.info({ caseId, licenceId: licence.id }, 'licence issued');
  }

  private async recordFailure(caseId: string, error: unknown): Promise<void> {
    const upstreamCode = (error as { extensions?: { upstreamCode?: string } })
      .extensions?.upstreamCode;
    const permanent =
      upstreamCode !== undefined && PERMANENT_UPSTREAM_CODES.has(upstreamCode);
    const message = error instanceof Error ? error.message : String(error);
    const updated = await this.updatePending(
      caseId,
      'LICENCE_FAILED',
      (record) => {
        const attempts = record.licenceIssue.attempts + 1;
        return {
          set: {
            'licenceIssue.state': permanent ? 'FAILED' : 'PENDING',
            'licenceIssue.attempts': attempts,
            'licenceIssue.lastError': message.slice(0, 500),
            'licenceIssue.nextAttemptAt': permanent
              ? null
              : new Date(Date.now() + backoffMs(this.intervalMs, attempts)),
          },
        };
      },
    );
    this.log.warn(
      {
        caseId,
        attempts: updated?.licenceIssue.attempts,
        upstreamCode,
        permanent,
        err: message,
      },
      'licence issuance failed',
    );
  }

  /** Claims one due issuance for one lease, or returns null when none is due. */
  private async claimNext(): Promise<CaseDocument | null> {
    const due = await this.models.Case.find({
      status: 'APPROVED',
      'licenceIssue.state': 'PENDING',
      'licenceIssue.nextAttemptAt': { $lte: new Date() },
    })
      .sort({ 'licenceIssue.nextAttemptAt': 1 })
      .limit(BATCH_SIZE)
      .lean<CaseDocument[]>();
    for (const record of due) {
      const claimed = await changeAtVersion<CaseDocument>(
        this.models.Case,
        record._id,
        record.version,
        {
          set: {
            'licenceIssue.nextAttemptAt': new Date(Date.now() + LEASE_MS),
          },
        },
        { log: this.log },
      );
      if (claimed) return claimed;
    }
    return null;
  }

  /** Retries every due issuance, up to one batch. */
  async runOnce(): Promise<number> {
    let processed = 0;
    for (; processed < BATCH_SIZE; processed++) {
      const record = await this.claimNext();
      if (!record) break;
      await this.attempt(record);
    }
    return processed;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
    this.log.info(
      { intervalMs: this.intervalMs },
      'licence issuance retry loop started',
    );
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.log.error({ err: error }, 'licence issuance retry loop failed'),
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
    this.log.info('licence issuance retry loop stopped');
  }
}
