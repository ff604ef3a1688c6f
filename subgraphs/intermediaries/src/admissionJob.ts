import type { Logger } from '@ykb/common';
import { ensureEngagements } from './announcements.js';
import type { IntermediaryModels } from './model.js';
import { admitDueRegistrations } from './parties.js';

/** Default interval of the admission job; YKB_INTERMEDIARY_JOB_MS overrides it. */
const DEFAULT_INTERVAL_MS = 60_000;

/**
 * Runs the marketplace's scheduled job: admits agencies whose public notice ended
 * without objection, finishes objection decisions and confirmations that a
 * stopped process left half done. Every step reads its work from the
 * database and claims document versions, so it is safe to run in several
 * processes, to rerun, and to resume after a restart.
 */
export async function runMarketplaceJob(
  models: IntermediaryModels,
  log: Logger,
): Promise<void> {
  await admitDueRegistrations(models, log);
  await ensureEngagements(models);
}

export function startMarketplaceJob(
  models: IntermediaryModels,
  log: Logger,
): { stop: () => Promise<void> } {
  const raw = Number(
    process.env.YKB_INTERMEDIARY_JOB_MS ?? DEFAULT_INTERVAL_MS,
  );
  const interval =
    Number.isInteger(raw) && raw >= 1000 ? raw : DEFAULT_INTERVAL_MS;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runMarketplaceJob(models, log)
      .catch((error: unknown) =>
        log.error({ err: error }, 'marketplace job failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, interval);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
