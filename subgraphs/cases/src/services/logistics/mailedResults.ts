import { SYSTEM_ACTOR } from '../../outbox.js';
import type { CaseDocument } from '../../model.js';
import { completeMailedResults, type StepRuntime } from '../../transitions.js';
import type { ServicesRuntime } from '../context.js';
import type { ShipmentDocument } from './model.js';

/** Cases looked at per sweep; the rest wait for the next tick. */
const SWEEP_BATCH = 100;

/**
 * Completes cases whose results went by mail once the courier reported the
 * results shipment delivered. Runs on every outbox tick, like the charging
 * sweep, so a crash between the courier's report and the completion only
 * delays the case until the next tick.
 */
export async function sweepMailedResults(
  rt: StepRuntime & { services: ServicesRuntime },
): Promise<void> {
  const waiting = await rt.models.Case.find(
    { status: 'AWAITING_DELIVERY', resultsByMail: true },
    { _id: 1 },
  )
    .sort({ _id: 1 })
    .limit(SWEEP_BATCH)
    .lean<Pick<CaseDocument, '_id'>[]>();
  if (waiting.length === 0) return;
  const delivered = await rt.services.models.Shipment.find({
    caseId: { $in: waiting.map((record) => record._id) },
    direction: 'RESULTS_TO_APPLICANT',
    status: 'DELIVERED',
  }).lean<ShipmentDocument[]>();
  for (const shipment of delivered) {
    const deliveredAt =
      [...shipment.tracking]
        .reverse()
        .find((event) => event.status === 'DELIVERED')?.at ?? new Date();
    try {
      await completeMailedResults(
        rt,
        shipment.caseId,
        SYSTEM_ACTOR,
        deliveredAt,
      );
    } catch (error) {
      rt.log.warn(
        { err: error, caseId: shipment.caseId, shipmentId: shipment._id },
        'mailed results not completed; the next sweep retries',
      );
    }
  }
}
