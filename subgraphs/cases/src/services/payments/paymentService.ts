import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  appError,
  ErrorCode,
  reusedIdempotencyKey,
  sendJson,
  shanghaiDate,
  type Logger,
  type VersionedChange,
} from '@ykb/common';
import { readCallbackBody } from '../shared/callbackBody.js';
import { mutateVersioned } from '../shared/mutate.js';
import type {
  PaymentOrderDocument,
  PaymentModels,
  RefundDocument,
  ReconciliationDocument,
} from './model.js';
import {
  ForgedCallbackError,
  type PaymentProvider,
  type ProviderEvent,
  type ProviderSnapshot,
} from './provider.js';

/** Settings of the payment service, read from the environment by paymentSettings(). */
export interface PaymentSettings {
  /** Address the provider posts callbacks to. */
  notifyUrl: () => string;
  /** How often the recovery loop runs, in milliseconds. */
  pollMs: number;
  /** How long after a payment attempt or refund without a callback the provider is queried, in milliseconds. */
  queryAfterMs: number;
}

/** Path of the callback endpoint on the cases subgraph's HTTP server. */
export const PAYMENT_NOTIFY_PATH = '/payments/notify';

function refundedTotal(refunds: RefundDocument[]): number {
  return refunds
    .filter((refund) => refund.status === 'SUCCEEDED')
    .reduce((sum, refund) => sum + refund.amountFen, 0);
}

function statusAfterRefunds(order: PaymentOrderDocument, refundedFen: number) {
  if (refundedFen === 0) return 'PAID';
  return refundedFen >= order.totalFen ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

function receiptNumber(order: PaymentOrderDocument, paidAt: Date): string {
  return `R${shanghaiDate(paidAt).replaceAll('-', '')}-${order._id.slice(3).toUpperCase()}`;
}

/** Fields that record a confirmed payment and its receipt. */
function paidFields(
  order: PaymentOrderDocument,
  transactionId: string | null,
  paidAt: Date,
): Record<string, unknown> {
  return {
    status: 'PAID',
    providerTransactionId: transactionId,
    paidAt,
    payUrl: null,
    lastFailure: null,
    receipt: {
      number: receiptNumber(order, paidAt),
      payerName: order.applicantName,
      amountFen: order.totalFen,
      issuedAt: new Date(),
    },
  };
}

/** Refund list after the provider confirmed `refundId`; a refund the platform never requested is added. */
function withConfirmedRefund(
  refunds: RefundDocument[],
  refundId: string,
  amountFen: number,
  at: Date,
): RefundDocument[] {
  const known = refunds.some((refund) => refund.id === refundId);
  if (!known)
    return [
      ...refunds,
      {
        id: refundId,
        amountFen,
        reason: 'refund reported by the payment provider',
        status: 'SUCCEEDED',
        requestedBy: 'service:payment-provider',
        requestedAt: at,
        completedAt: at,
      },
    ];
  return refunds.map((refund) =>
    refund.id === refundId && refund.status !== 'SUCCEEDED'
      ? { ...refund, status: 'SUCCEEDED' as const, completedAt: at }
      : refund,
  );
}

function refundFields(order: PaymentOrderDocument, refunds: RefundDocument[]) {
  const refundedFen = refundedTotal(refunds);
  return {
    refunds,
    refundedFen,
    status: statusAfterRefunds(order, refundedFen),
  };
}

/**
 * Change for one provider event, or null when the event is a duplicate or
 * older than what was applied. 'GAP' means earlier events are missing, so
 * the caller queries the provider's full state instead.
 */
export function changeForEvent(
  order: PaymentOrderDocument,
  event: ProviderEvent,
  log: Logger,
): VersionedChange | 'GAP' | null {
  if (event.seq <= order.lastEventSeq) return null;
  if (event.seq > order.lastEventSeq + 1) return 'GAP';
  const set: Record<string, unknown> = { lastEventSeq: event.seq };
  const at = new Date(event.at);
  switch (event.type) {
    case 'PAYMENT_SUCCEEDED':
      if (order.status !== 'UNPAID') break;
      if (event.amountFen !== order.totalFen) {
        log.error(
          {
            orderId: order._id,
            expectedFen: order.totalFen,
            reportedFen: event.amountFen,
          },
          'payment provider reported a different amount; the order stays unpaid',
        );
        set.lastFailure = 'AMOUNT_MISMATCH';
        break;
      }
      Object.assign(set, paidFields(order, event.transactionId, at), {
        nextQueryAt: null,
      });
      break;
    case 'PAYMENT_FAILED':
      if (order.status === 'UNPAID')
        set.lastFailure = event.failureReason ?? 'PAYMENT_FAILED';
      break;
    case 'REFUND_SUCCEEDED':
      if (event.refundId && order.status !== 'UNPAID')
        Object.assign(
          set,
          refundFields(
            order,
            withConfirmedRefund(
              order.refunds,
              event.refundId,
              event.amountFen,
              at,
            ),
          ),
        );
      break;
  }
  return { set };
}

/** Change that brings an order up to the provider's full state, or null when nothing is newer. */
export function changeForSnapshot(
  order: PaymentOrderDocument,
  snapshot: ProviderSnapshot,
): VersionedChange | null {
  const refundsPending = order.refunds.some(
    (refund) => refund.status === 'PENDING',
  );
  if (snapshot.seq <= order.lastEventSeq && !refundsPending) return null;
  const set: Record<string, unknown> = {
    lastEventSeq: Math.max(snapshot.seq, order.lastEventSeq),
  };
  let current = order;
  if (order.status === 'UNPAID') {
    if (
      snapshot.status === 'PAID' &&
      snapshot.amountFen === order.totalFen &&
      snapshot.paidAt
    ) {
      Object.assign(
        set,
        paidFields(order, snapshot.transactionId, new Date(snapshot.paidAt)),
      );
      current = { ...order, status: 'PAID' };
    } else if (snapshot.lastFailure) set.lastFailure = snapshot.lastFailure;
  }
  if (current.status !== 'UNPAID') {
    let refunds = order.refunds;
    for (const refund of snapshot.refunds)
      refunds = withConfirmedRefund(
        refunds,
        refund.refundId,
        refund.amountFen,
        new Date(refund.at),
      );
    if (refunds !== order.refunds)
      Object.assign(set, refundFields(current, refunds));
  }
  const stillPending =
    (set.status ?? order.status) === 'UNPAID' ||
    ((set.refunds as RefundDocument[] | undefined) ?? order.refunds).some(
      (r) => r.status === 'PENDING',
    );
  if (!stillPending) set.nextQueryAt = null;
  return { set };
}

/**
 * Payments of case fees through the payment adapter: payment attempts,
 * callbacks, recovery of lost callbacks by querying the provider, refunds
 * and daily reconciliation.
 */
export class PaymentService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastAutoReconciledDate: string | undefined;

  constructor(
    private readonly models: PaymentModels,
    readonly provider: PaymentProvider,
    private readonly settings: PaymentSettings,
    private readonly log: Logger,
  ) {}

  newOrderId(): string {
    return `po-${randomBytes(10).toString('hex')}`;
  }

  /** Id of the refund that one staff member requested with one idempotency key. */
  refundId(orderId: string, userId: string, key: string): string {
    return `rf-${createHash('sha256').update(`${orderId}\n${userId}\n${key}`).digest('hex').slice(0, 24)}`;
  }

  /** Opens the provider's order for an attempt and records the channel and cashier address. */
  async startAttempt(
    order: PaymentOrderDocument,
    channel: 'PC' | 'MOBILE' | 'KIOSK',
    agentUserId: string | null = null,
  ): Promise<PaymentOrderDocument> {
    const created = await this.provider.createOrder({
      merchantOrderId: order._id,
      amountFen: order.totalFen,
      subject: `${order.itemName} ${order.caseNumber}`,
      notifyUrl: this.settings.notifyUrl(),
    });
    const startedAt = new Date();
    const updated = await mutateVersioned(
      this.models.PaymentOrder,
      order._id,
      (current) =>
        current.status !== 'UNPAID'
          ? null
          : {
              set: {
                channel,
                agentUserId,
                payUrl: created.cashierUrl,
                providerOrderId: created.providerOrderId,
                paymentStartedAt: startedAt,
                nextQueryAt: new Date(
                  startedAt.getTime() + this.settings.queryAfterMs,
                ),
              },
            },
      this.log,
    );
    this.log.info({ orderId: order._id, channel }, 'payment attempt started');
    return updated!;
  }

  /** Applies one verified provider event; a gap in the sequence is filled by querying the provider. */
  async applyEvent(event: ProviderEvent): Promise<PaymentOrderDocument | null> {
    let gap = false;
    const updated = await mutateVersioned(
      this.models.PaymentOrder,
      event.merchantOrderId,
      (order) => {
        const change = changeForEvent(order, event, this.log);
        if (change === 'GAP') {
          gap = true;
          return null;
        }
        return change;
      },
      this.log,
    );
    if (!updated) return null;
    if (gap) {
      this.log.info(
        {
          orderId: event.merchantOrderId,
          seq: event.seq,
          applied: updated.lastEventSeq,
        },
        'payment event out of order; querying the provider',
      );
      return this.refresh(updated);
    }
    return updated;
  }

  /** Queries the provider for an order and applies its state. */
  async refresh(order: PaymentOrderDocument): Promise<PaymentOrderDocument> {
    const snapshot = await this.provider.queryOrder(order._id);
    if (!snapshot) return order;
    const updated = await mutateVersioned(
      this.models.PaymentOrder,
      order._id,
      (current) => changeForSnapshot(current, snapshot),
      this.log,
    );
    return updated ?? order;
  }

  /**
   * Records a pending refund, requests it from the provider and applies the
   * answer. A refund id already recorded with another request hash is a
   * reused idempotency key (CONFLICT).
   */
  async refund(
    order: PaymentOrderDocument,
    refund: Omit<RefundDocument, 'status' | 'completedAt'>,
    idempotencyKey: string,
  ): Promise<PaymentOrderDocument> {
    const recorded = await mutateVersioned(
      this.models.PaymentOrder,
      order._id,
      (current) => {
        const earlier = current.refunds.find((r) => r.id === refund.id);
        if (earlier) {
          // The refund id derives from the idempotency key, so a different request under it is a reused key.
          if (earlier.requestHash !== refund.requestHash)
            throw reusedIdempotencyKey(idempotencyKey);
          return null;
        }
        if (current.status === 'UNPAID' || current.status === 'REFUNDED')
          throw appError(
            ErrorCode.InvalidState,
            `Payment order ${order._id} is ${current.status}; only paid orders can be refunded.`,
            { status: current.status },
          );
        const reserved = current.refunds
          .filter((r) => r.status !== 'FAILED')
          .reduce((sum, r) => sum + r.amountFen, 0);
        if (reserved + refund.amountFen > current.totalFen)
          throw appError(
            ErrorCode.BadUserInput,
            `A refund of ${refund.amountFen} fen exceeds what remains refundable of order ${order._id}: ${current.totalFen - reserved} fen.`,
            { field: 'amountFen' },
          );
        return {
          set: {
            refunds: [
              ...current.refunds,
              { ...refund, status: 'PENDING', completedAt: null },
            ],
            nextQueryAt: new Date(Date.now() + this.settings.queryAfterMs),
          },
        };
      },
      this.log,
    );
    const pending = recorded!.refunds.find((r) => r.id === refund.id)!;
    if (pending.status !== 'PENDING') return recorded!;
    const result = await this.provider.refund({
      merchantOrderId: order._id,
      refundId: refund.id,
      amountFen: pending.amountFen,
    });
    const at = new Date();
    const updated = await mutateVersioned(
      this.models.PaymentOrder,
      order._id,
      (current) => {
        const target = current.refunds.find((r) => r.id === refund.id);
        if (!target || target.status !== 'PENDING') return null;
        const refunds = current.refunds.map((r) =>
          r.id === refund.id
            ? {
                ...r,
                status: result.status,
                completedAt: result.status === 'SUCCEEDED' ? at : null,
              }
            : r,
        );
        return { set: refundFields(current, refunds) };
      },
      this.log,
    );
    this.log.info(
      { orderId: order._id, refundId: refund.id, status: result.status },
      'refund answered',
    );
    return updated!;
  }

  /** Handles POST /payments/notify: verifies the signature, applies the event and answers 200 so the provider stops retrying. */
  async handleCallback(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const body = await readCallbackBody(req, res, this.log);
    if (body === null) return;
    let event: ProviderEvent;
    try {
      event = this.provider.parseCallback(req.headers, body);
    } catch (error) {
      if (
        !(error instanceof ForgedCallbackError) &&
        !(error instanceof SyntaxError)
      )
        throw error;
      this.log.warn(
        { reason: error.message, remote: req.socket.remoteAddress },
        'payment callback rejected',
      );
      sendJson(res, 401, { result: 'REJECTED', reason: error.message });
      return;
    }
    const order = await this.applyEvent(event);
    if (!order) {
      this.log.warn(
        { orderId: event.merchantOrderId },
        'payment callback for an unknown order',
      );
      sendJson(res, 404, { result: 'UNKNOWN_ORDER' });
      return;
    }
    sendJson(res, 200, { result: 'OK' });
  }

  /** Compares one day's platform records with the provider's statement and stores every mismatch. */
  async reconcile(date: string): Promise<ReconciliationDocument> {
    const lines = await this.provider.statement(date);
    const start = new Date(`${date}T00:00:00+08:00`);
    const end = new Date(start.getTime() + 24 * 3600_000);
    const orders = await this.models.PaymentOrder.find({
      $or: [
        { paidAt: { $gte: start, $lt: end } },
        { 'refunds.completedAt': { $gte: start, $lt: end } },
      ],
    }).lean<PaymentOrderDocument[]>();
    const platform = new Map<
      string,
      { orderId: string; refundId: string | null; fen: number }
    >();
    for (const order of orders) {
      if (order.paidAt && order.paidAt >= start && order.paidAt < end)
        platform.set(`PAYMENT:${order._id}`, {
          orderId: order._id,
          refundId: null,
          fen: order.totalFen,
        });
      for (const refund of order.refunds)
        if (
          refund.status === 'SUCCEEDED' &&
          refund.completedAt &&
          refund.completedAt >= start &&
          refund.completedAt < end
        )
          platform.set(`REFUND:${order._id}:${refund.id}`, {
            orderId: order._id,
            refundId: refund.id,
            fen: refund.amountFen,
          });
    }
    const mismatches: ReconciliationDocument['mismatches'] = [];
    const seen = new Set<string>();
    for (const line of lines) {
      const key =
        line.type === 'PAYMENT'
          ? `PAYMENT:${line.merchantOrderId}`
          : `REFUND:${line.merchantOrderId}:${line.refundId}`;
      seen.add(key);
      const record = platform.get(key);
      if (!record)
        mismatches.push({
          kind: 'MISSING_ON_PLATFORM',
          orderId: line.merchantOrderId,
          refundId: line.refundId,
          platformFen: null,
          providerFen: line.amountFen,
        });
      else if (record.fen !== line.amountFen)
        mismatches.push({
          kind: 'AMOUNT_MISMATCH',
          orderId: line.merchantOrderId,
          refundId: line.refundId,
          platformFen: record.fen,
          providerFen: line.amountFen,
        });
    }
    for (const [key, record] of platform)
      if (!seen.has(key))
        mismatches.push({
          kind: 'MISSING_AT_PROVIDER',
          orderId: record.orderId,
          refundId: record.refundId,
          platformFen: record.fen,
          providerFen: null,
        });
    const result: ReconciliationDocument = {
      _id: date,
      ranAt: new Date(),
      statementLines: lines.length,
      platformRecords: platform.size,
      mismatches,
    };
    await this.models.Reconciliation.replaceOne({ _id: date }, result, {
      upsert: true,
    });
    this.log.info(
      { date, mismatches: mismatches.length, statementLines: lines.length },
      'payments reconciled',
    );
    return result;
  }

  /** Starts the loop that queries the provider for orders whose callback is overdue and reconciles yesterday once a day. */
  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick()
        .catch((error: unknown) =>
          this.log.error({ err: error }, 'payment recovery loop failed'),
        )
        .finally(() => {
          this.running = undefined;
        });
    }, this.settings.pollMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    const due = await this.models.PaymentOrder.find({
      nextQueryAt: { $lte: new Date() },
    })
      .limit(50)
      .lean<PaymentOrderDocument[]>();
    for (const order of due) {
      try {
        const refreshed = await this.refresh(order);
        if (refreshed.nextQueryAt) {
          const delay =
            Math.min(this.settings.queryAfterMs * 4, 3_600_000) ||
            this.settings.pollMs;
          await mutateVersioned(
            this.models.PaymentOrder,
            order._id,
            () => ({ set: { nextQueryAt: new Date(Date.now() + delay) } }),
            this.log,
          );
        }
      } catch (error) {
        this.log.warn(
          { err: error, orderId: order._id },
          'payment query failed; retrying later',
        );
      }
    }
    const yesterday = shanghaiDate(new Date(Date.now() - 24 * 3600_000));
    if (this.lastAutoReconciledDate !== yesterday) {
      const existing = await this.models.Reconciliation.exists({
        _id: yesterday,
      });
      if (!existing) await this.reconcile(yesterday);
      this.lastAutoReconciledDate = yesterday;
    }
  }
}
