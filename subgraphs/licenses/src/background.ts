import type { Logger } from '@ykb/common';
import type { LicenceEventDocument, LicenceModels } from './model.js';
import type { NationalLicenceHub } from './nationalHub.js';
import { sweepExpiredLicences } from './propagation.js';

/** Events pushed to the national hub per round. */
const HUB_BATCH = 100;

/** Interval of the expiry sweep and hub delivery in milliseconds, from YKB_LICENCE_SWEEP_MS (default 60000). */
export function backgroundIntervalMs(
  env: NodeJS.ProcessEnv = process.env,
): number {
  const raw = env.YKB_LICENCE_SWEEP_MS ?? '60000';
  const interval = Number(raw);
  if (!Number.isInteger(interval) || interval < 10 || interval > 3_600_000)
    throw new Error(
      `YKB_LICENCE_SWEEP_MS must be an integer number of milliseconds from 10 to 3600000, got ${raw}.`,
    );
  return interval;
}

/**
 * Pushes undelivered licence events to the national hub, marking each
 * delivered after the hub accepted it, so a failed push is retried next
 * round.
 */
export async function deliverEventsToHub(
  models: LicenceModels,
  hub: NationalLicenceHub,
): Promise<number> {
  const pending = await models.LicenceEvent.find({ hubDelivered: false })
    .sort({ _id: 1 })
    .limit(HUB_BATCH)
    .lean<LicenceEventDocument[]>();
  if (pending.length === 0) return 0;
  await hub.publishEvents(
    pending.map((e) => ({
      id: e._id,
      kind: e.kind,
      identifier: e.identifier,
      newIdentifier: e.newIdentifier,
    })),
  );
  await models.LicenceEvent.updateMany(
    { _id: { $in: pending.map((e) => e._id) } },
    { $set: { hubDelivered: true } },
  );
  return pending.length;
}

/** Runs the expiry sweep and the hub delivery on a timer; one round at a time. */
export class LicenceBackground {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;

  constructor(
    private readonly models: LicenceModels,
    private readonly hub: NationalLicenceHub,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.round) return;
      this.round = this.runOnce().finally(() => {
        this.round = undefined;
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Runs one round; errors are logged, and the next round tries again. */
  async runOnce(now = new Date()): Promise<void> {
    try {
      const expired = await sweepExpiredLicences(this.models, this.log, now);
      const delivered = await deliverEventsToHub(this.models, this.hub);
      if (expired > 0 || delivered > 0)
        this.log.info({ expired, delivered }, 'propagated licence changes');
    } catch (error) {
      this.log.error(
        { err: error },
        'licence background round failed; it runs again next interval',
      );
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }
}
