import type { ServicesRuntime } from '../context.js';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  forbidden,
  hashRequest,
  hasRole,
  inJurisdiction,
  insertOnce,
  isStaff,
  maskName,
  notFound,
  reusedIdempotencyKey,
  Role,
  shanghaiDate,
  type Viewer,
} from '@ykb/common';
import { now } from '../../clock.js';
import { canSeePersonalData, canViewCase } from '../../caseAccess.js';
import type { CasesContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { CaseDocument } from '../../model.js';
import { isAgentViewer } from '../../agentAccess.js';
import {
  actingUserId,
  agentUserIdOf,
  caseOf,
  checkAgentGrant,
  grantedItemCodes,
} from '../shared/caseOf.js';
import { groupPage, inGroups } from '../shared/groupPages.js';
import { jurisdictionFilter } from '../shared/jurisdiction.js';
import {
  iso,
  listSize,
  readDate,
  requireIdempotencyKey,
  requireText,
  shanghaiRange,
} from '../shared/input.js';
import { mayHandleCase } from '../../caseAccess.js';
import { checkCharges } from '../../supervision.js';
import { findItemFees, fiscalAccountFor } from './feeClient.js';
import type { PaymentOrderDocument } from './model.js';

/** Case statuses in which an order may be opened: accepted, or approved and waiting for its licence. */
const CHARGEABLE_STATUSES = new Set([
  'ACCEPTED',
  'APPROVED',
  'AWAITING_PAYMENT',
]);

/**
 * Opens the payment order of a case from its item's fee items. The charging
 * step of the case lifecycle calls this with the acting staff member (or a
 * service id) and an idempotency key derived from the case, such as
 * `charge-<case id>`; a retry returns the first order. Lines come from the
 * item version in force, so supervision checks them against the fee list
 * the case was submitted under.
 */
export async function openPaymentOrderForCase(
  ctx: Pick<CasesContext, 'requestId' | 'log' | 'models' | 'rules'> & {
    services: ServicesRuntime;
  },
  record: CaseDocument,
  actorId: string,
  idempotencyKey: string,
): Promise<PaymentOrderDocument> {
  const { PaymentOrder } = ctx.services.models;
  const existing = await PaymentOrder.findOne({
    caseId: record._id,
  }).lean<PaymentOrderDocument>();
  if (existing) {
    if (
      existing.openedBy === actorId &&
      existing.idempotencyKey === idempotencyKey
    )
      return existing;
    throw appError(
      ErrorCode.Conflict,
      `Case ${record._id} already has payment order ${existing._id}.`,
      {
        orderId: existing._id,
      },
    );
  }
  if (!CHARGEABLE_STATUSES.has(record.status))
    throw appError(
      ErrorCode.InvalidState,
      `Case ${record._id} is ${record.status}; a payment order needs status ACCEPTED, APPROVED or AWAITING_PAYMENT.`,
      { status: record.status },
    );
  const item = await findItemFees(record.itemId, ctx.requestId);
  if (!item) throw notFound('Item', record.itemId);
  if (item.fees.length === 0)
    throw appError(
      ErrorCode.InvalidState,
      `Item ${record.itemId} lists no fee items, so case ${record._id} has nothing to charge.`,
    );
  if (item.version !== record.itemVersion)
    ctx.log.warn(
      {
        caseId: record._id,
        caseItemVersion: record.itemVersion,
        feeItemVersion: item.version,
      },
      'fees read from a newer item version than the case was submitted under',
    );
  const lines = item.fees.map((fee) => {
    if (!Number.isSafeInteger(fee.amountFen) || fee.amountFen < 0)
      throw appError(
        ErrorCode.UpstreamFailed,
        `Item ${record.itemId} has a fee "${fee.name}" that is not a whole number of fen.`,
      );
    return { name: fee.name, amountFen: fee.amountFen, basis: fee.basis };
  });
  const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  if (totalFen <= 0 || !Number.isSafeInteger(totalFen))
    throw appError(
      ErrorCode.InvalidState,
      `The fees of item ${record.itemId} add up to ${totalFen} fen; nothing to charge.`,
    );

  const { record: order, replayed } = await insertOnce<PaymentOrderDocument>(
    async () =>
      (
        await PaymentOrder.create({
          _id: ctx.services.payments.newOrderId(),
          caseId: record._id,
          caseNumber: record.caseNumber,
          itemId: record.itemId,
          itemName: record.itemName,
          applicantUserId: record.applicantUserId,
          applicantName: record.applicantName,
          divisionCode: record.divisionCode,
          departmentCode: record.departmentCode,
          fiscalAccount: fiscalAccountFor(record.departmentCode),
          lines,
          totalFen,
          status: 'UNPAID',
          channel: null,
          payUrl: null,
          providerOrderId: null,
          providerTransactionId: null,
          paidAt: null,
          lastFailure: null,
          lastEventSeq: 0,
          receipt: null,
          agentUserId: null,
          refunds: [],
          refundedFen: 0,
          openedBy: actorId,
          idempotencyKey,
          createdAt: new Date(),
          paymentStartedAt: null,
          nextQueryAt: null,
          version: 1,
        })
      ).toObject() as PaymentOrderDocument,
    () =>
      PaymentOrder.findOne({ caseId: record._id }).lean<PaymentOrderDocument>(),
  ).catch(async (error: unknown) => {
    // The insert also fails when this actor used the key for another case's order.
    const other = await PaymentOrder.exists({
      openedBy: actorId,
      idempotencyKey,
    });
    if (other) throw reusedIdempotencyKey(idempotencyKey);
    throw error;
  });
  if (
    replayed &&
    (order.openedBy !== actorId || order.idempotencyKey !== idempotencyKey)
  )
    throw appError(
      ErrorCode.Conflict,
      `Case ${record._id} already has payment order ${order._id}.`,
      { orderId: order._id },
    );
  ctx.log.info(
    { orderId: order._id, caseId: record._id, totalFen },
    'payment order opened',
  );
  if (!replayed)
    await checkCharges(ctx.models, ctx.rules, record, order.lines, ctx.log);
  return order;
}

async function loadOrder(
  ctx: CasesContext,
  id: string,
): Promise<PaymentOrderDocument> {
  const order =
    await ctx.services.models.PaymentOrder.findById(
      id,
    ).lean<PaymentOrderDocument>();
  if (!order) throw notFound('Payment order', id);
  return order;
}

/**
 * Checks a day that has ended in Asia/Shanghai: the provider's statement of
 * today or a later day is incomplete, so reconciling it would list false
 * mismatches.
 */
function readPastDate(value: string, field: string): string {
  const date = readDate(value, field);
  const today = shanghaiDate(now());
  if (date >= today)
    throw badInput(
      `${field} must be a day before today (${today}, Asia/Shanghai), got ${date}; a day is reconciled after it ends.`,
      { field },
    );
  return date;
}

/** Reports whether a viewer may read an order; an agent needs a grant covering the order's item. */
async function mayReadOrder(
  ctx: CasesContext,
  viewer: Viewer,
  order: PaymentOrderDocument,
  action: string,
): Promise<boolean> {
  if (isAgentViewer(viewer)) {
    if (order.applicantUserId !== viewer.onBehalfOf) return false;
    await checkAgentGrant(ctx, viewer, order.itemId, action);
    return true;
  }
  return canViewCase(viewer, order);
}

function requireCityWide(viewer: Viewer): void {
  if (!hasRole(viewer, Role.System) && viewer.divisionCode !== '50')
    throw forbidden(
      'Reconciliation covers every department, so it needs a city-wide (division 50) account.',
    );
}

export const paymentResolvers: Resolvers = {
  Query: {
    myPaymentOrders: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.myPaymentOrders'],
      );
      const itemCodes = await grantedItemCodes(ctx, viewer, 'myPaymentOrders');
      return ctx.services.models.PaymentOrder.find({
        applicantUserId: actingUserId(viewer),
        ...(itemCodes ? { itemId: { $in: itemCodes } } : {}),
      })
        .sort({ createdAt: -1, _id: -1 })
        .limit(listSize(args.first))
        .lean<PaymentOrderDocument[]>();
    },
    paymentOrder: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.paymentOrder'],
      );
      const order = await ctx.services.models.PaymentOrder.findById(
        args.id,
      ).lean<PaymentOrderDocument>();
      if (!order) return null;
      if (!(await mayReadOrder(ctx, viewer, order, 'paymentOrder')))
        throw forbidden(`You may not read payment order ${args.id}.`);
      return order;
    },
    reconciliation: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.reconciliation'],
      );
      requireCityWide(viewer);
      return ctx.services.models.Reconciliation.findById(
        readDate(args.date, 'date'),
      ).lean();
    },
    clearingReport: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.clearingReport'],
      );
      const { start, end } = shanghaiRange(args.from, args.to);
      const { PaymentOrder } = ctx.services.models;
      const filter = {
        ...jurisdictionFilter(viewer),
        $or: [
          { paidAt: { $gte: start, $lt: end } },
          { 'refunds.completedAt': { $gte: start, $lt: end } },
        ],
      };
      const accounts = await groupPage(
        PaymentOrder,
        filter,
        'fiscalAccount',
        args,
      );
      if (accounts.length === 0) return [];
      const orders = await PaymentOrder.find({
        ...filter,
        ...inGroups('fiscalAccount', accounts),
      }).lean<PaymentOrderDocument[]>();
      const lines = new Map<
        string,
        {
          fiscalAccount: string;
          payments: number;
          paidFen: number;
          refundedFen: number;
        }
      >();
      for (const order of orders) {
        const line = lines.get(order.fiscalAccount) ?? {
          fiscalAccount: order.fiscalAccount,
          payments: 0,
          paidFen: 0,
          refundedFen: 0,
        };
        if (order.paidAt && order.paidAt >= start && order.paidAt < end) {
          line.payments += 1;
          line.paidFen += order.totalFen;
        }
        for (const refund of order.refunds)
          if (
            refund.status === 'SUCCEEDED' &&
            refund.completedAt &&
            refund.completedAt >= start &&
            refund.completedAt < end
          )
            line.refundedFen += refund.amountFen;
        lines.set(order.fiscalAccount, line);
      }
      const report = [...lines.values()]
        .sort((a, b) => a.fiscalAccount.localeCompare(b.fiscalAccount))
        .map((line) => ({ ...line, netFen: line.paidFen - line.refundedFen }));
      return report;
    },
  },
  Mutation: {
    openPaymentOrder: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.openPaymentOrder'],
      );
      const key = requireIdempotencyKey(args.idempotencyKey);
      const record = await ctx.caseById.load(args.caseId);
      if (!record) throw notFound('Case', args.caseId);
      if (!mayHandleCase(viewer, record))
        throw forbidden(
          `Case ${args.caseId} lies outside your division or department, or is handled by another department (${record.departmentCode}).`,
        );
      return openPaymentOrderForCase(ctx, record, viewer.userId, key);
    },
    startPayment: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.startPayment'],
      );
      const order = await loadOrder(ctx, args.orderId);
      if (order.applicantUserId !== actingUserId(viewer))
        throw forbidden(
          `Payment order ${args.orderId} is not for one of your cases.`,
        );
      await checkAgentGrant(ctx, viewer, order.itemId, 'startPayment');
      if (order.status !== 'UNPAID')
        throw appError(
          ErrorCode.InvalidState,
          `Payment order ${args.orderId} is ${order.status}; there is nothing to pay.`,
          { status: order.status },
        );
      return ctx.services.payments.startAttempt(
        order,
        args.channel,
        agentUserIdOf(viewer),
      );
    },
    refreshPaymentOrder: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.refreshPaymentOrder'],
      );
      const order = await loadOrder(ctx, args.orderId);
      if (!(await mayReadOrder(ctx, viewer, order, 'refreshPaymentOrder')))
        throw forbidden(`You may not read payment order ${args.orderId}.`);
      return ctx.services.payments.refresh(order);
    },
    refundPayment: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.refundPayment'],
      );
      const key = requireIdempotencyKey(args.idempotencyKey);
      const order = await loadOrder(ctx, args.orderId);
      if (!inJurisdiction(viewer, order))
        throw forbidden(
          `Payment order ${args.orderId} lies outside your division or department.`,
        );
      if (!Number.isSafeInteger(args.amountFen) || args.amountFen <= 0)
        throw badInput('amountFen must be a positive whole number of fen.', {
          field: 'amountFen',
        });
      const reason = requireText(args.reason, 'reason', 200);
      return ctx.services.payments.refund(
        order,
        {
          id: ctx.services.payments.refundId(order._id, viewer.userId, key),
          amountFen: args.amountFen,
          reason,
          requestedBy: viewer.userId,
          requestedAt: new Date(),
          requestHash: hashRequest({
            orderId: order._id,
            amountFen: args.amountFen,
            reason,
          }),
        },
        key,
      );
    },
    reconcilePayments: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.reconcilePayments'],
      );
      requireCityWide(viewer);
      return ctx.services.payments.reconcile(readPastDate(args.date, 'date'));
    },
  },
  PaymentOrder: {
    id: (order) => order._id,
    case: (order, _args, ctx) => caseOf(ctx, order.caseId),
    paidAt: (order) => iso(order.paidAt),
    agent: (order) => (order.agentUserId ? { id: order.agentUserId } : null),
    createdAt: (order) => iso(order.createdAt),
    receipt: (order, _args, ctx) => {
      if (!order.receipt) return null;
      const personal =
        (ctx.viewer && actingUserId(ctx.viewer) === order.applicantUserId) ||
        canSeePersonalData(ctx.viewer, { ...order, _id: order.caseId });
      return {
        number: order.receipt.number,
        payerName: personal
          ? order.receipt.payerName
          : maskName(order.receipt.payerName),
        amountFen: order.receipt.amountFen,
        issuedAt: iso(order.receipt.issuedAt),
      };
    },
    payUrl: (order) => (order.status === 'UNPAID' ? order.payUrl : null),
    refunds: (order, _args, ctx) =>
      order.refunds.map((refund) => ({
        id: refund.id,
        amountFen: refund.amountFen,
        // An agent reads the reason like the legal person it acts for.
        reason:
          isStaff(ctx.viewer) ||
          (ctx.viewer && actingUserId(ctx.viewer) === order.applicantUserId)
            ? refund.reason
            : '',
        status: refund.status,
        requestedAt: iso(refund.requestedAt),
        completedAt: iso(refund.completedAt),
      })),
  },
  Reconciliation: {
    date: (record) => record._id,
    ranAt: (record) => iso(record.ranAt),
  },
};
