import { randomUUID } from 'node:crypto';
import type { CaseDocument } from './model.js';
import { SYSTEM_ACTOR } from './outbox.js';
import type { ServicesRuntime } from './services/context.js';
import { openPaymentOrderForCase } from './services/index.js';
import { settleCharging, type StepRuntime } from './transitions.js';

/** Order states in which the applicant has paid the fees. */
const PAID_STATES = new Set(['PAID', 'PARTIALLY_REFUNDED']);

/** Cases looked at per sweep; the rest wait for the next tick. */
const SWEEP_BATCH = 100;

/**
 * Moves cases through the charging step (收费). A case that reaches the step
 * waits in AWAITING_PAYMENT. This sweep, run on every outbox tick, opens the
 * case's payment order from the item's fee items, unless staff opened one
 * already (one order per case, under a unique index). Once the order is paid
 * it settles the step, so the case goes on to licence making, delivery or
 * completion. Settling on the tick rather than inside the payment callback
 * means that a crash between payment and settlement only delays the case until
 * the next tick, and a duplicate callback cannot settle twice.
 */
export async function sweepCharging(
  rt: StepRuntime & { services: ServicesRuntime },
): Promise<void> {
  const waiting = await rt.models.Case.find({ status: 'AWAITING_PAYMENT' })
    .sort({ _id: 1 })
    .limit(SWEEP_BATCH)
    .lean<CaseDocument[]>();
  if (waiting.length === 0) return;
  const { PaymentOrder } = rt.services.models;
  const orders = await PaymentOrder.find({
    caseId: { $in: waiting.map((record) => record._id) },
  }).lean<{ caseId: string; status: string }[]>();
  const orderByCase = new Map(orders.map((order) => [order.caseId, order]));
  for (const record of waiting) {
    const order = orderByCase.get(record._id);
    try {
      if (!order) {
        await openPaymentOrderForCase(
          {
            services: rt.services,
            models: rt.models,
            rules: rt.rules,
            log: rt.log,
            requestId: rt.requestId ?? randomUUID(),
          },
          record,
          SYSTEM_ACTOR.userId,
          `charge-${record._id}`,
        );
      } else if (PAID_STATES.has(order.status)) {
        await settleCharging(rt, record._id, SYSTEM_ACTOR, null);
      }
    } catch (error) {
      rt.log.warn(
        { err: error, caseId: record._id },
        'charging step not advanced; the next sweep retries',
      );
    }
  }
}
