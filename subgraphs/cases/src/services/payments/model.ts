import { Schema, type Connection } from 'mongoose';

export interface PaymentLineDocument {
  name: string;
  amountFen: number;
  basis: string;
}

export interface RefundDocument {
  id: string;
  amountFen: number;
  reason: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  requestedBy: string;
  requestedAt: Date;
  completedAt: Date | null;
  /** hashRequest of the refundPayment request; null for refunds the provider reported on its own. */
  requestHash?: string | null;
}

export interface ReceiptDocument {
  number: string;
  payerName: string;
  amountFen: number;
  issuedAt: Date;
}

/**
 * A payment order, one per case. Every change goes through changeAtVersion,
 * so concurrent callbacks for the same order are applied one at a time.
 */
export interface PaymentOrderDocument {
  _id: string;
  caseId: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  applicantUserId: string;
  applicantName: string;
  divisionCode: string;
  departmentCode: string;
  fiscalAccount: string;
  lines: PaymentLineDocument[];
  totalFen: number;
  status: 'UNPAID' | 'PAID' | 'PARTIALLY_REFUNDED' | 'REFUNDED';
  channel: 'PC' | 'MOBILE' | 'KIOSK' | null;
  payUrl: string | null;
  providerOrderId: string | null;
  providerTransactionId: string | null;
  paidAt: Date | null;
  lastFailure: string | null;
  /** Sequence number of the last provider event applied; events at or below it are duplicates or stale. */
  lastEventSeq: number;
  receipt: ReceiptDocument | null;
  /** Agent who started the latest payment attempt for the legal person; null when the applicant did. */
  agentUserId?: string | null;
  refunds: RefundDocument[];
  refundedFen: number;
  openedBy: string;
  idempotencyKey: string;
  createdAt: Date;
  /** Real time of the last payment attempt; orders unpaid some time after it are queried back from the provider. */
  paymentStartedAt: Date | null;
  /** Real time after which the recovery loop may query the provider again. */
  nextQueryAt: Date | null;
  version: number;
}

export interface ReconciliationDocument {
  _id: string;
  ranAt: Date;
  statementLines: number;
  platformRecords: number;
  mismatches: {
    kind: 'MISSING_ON_PLATFORM' | 'MISSING_AT_PROVIDER' | 'AMOUNT_MISMATCH';
    orderId: string;
    refundId: string | null;
    platformFen: number | null;
    providerFen: number | null;
  }[];
}

const lineSchema = new Schema<PaymentLineDocument>(
  { name: String, amountFen: Number, basis: String },
  { _id: false },
);

const refundSchema = new Schema<RefundDocument>(
  {
    id: { type: String, required: true },
    amountFen: { type: Number, required: true },
    reason: { type: String, required: true },
    status: { type: String, required: true },
    requestedBy: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
    requestHash: { type: String, default: null },
  },
  { _id: false },
);

const receiptSchema = new Schema<ReceiptDocument>(
  { number: String, payerName: String, amountFen: Number, issuedAt: Date },
  { _id: false },
);

const paymentOrderSchema = new Schema<PaymentOrderDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    itemId: { type: String, required: true },
    itemName: { type: String, required: true },
    applicantUserId: { type: String, required: true },
    applicantName: { type: String, required: true },
    divisionCode: { type: String, required: true },
    departmentCode: { type: String, required: true },
    fiscalAccount: { type: String, required: true },
    lines: { type: [lineSchema], default: [] },
    totalFen: { type: Number, required: true },
    status: { type: String, required: true },
    channel: { type: String, default: null },
    payUrl: { type: String, default: null },
    providerOrderId: { type: String, default: null },
    providerTransactionId: { type: String, default: null },
    paidAt: { type: Date, default: null },
    lastFailure: { type: String, default: null },
    lastEventSeq: { type: Number, required: true, default: 0 },
    receipt: { type: receiptSchema, default: null },
    agentUserId: { type: String, default: null },
    refunds: { type: [refundSchema], default: [] },
    refundedFen: { type: Number, required: true, default: 0 },
    openedBy: { type: String, required: true },
    idempotencyKey: { type: String, required: true },
    createdAt: { type: Date, required: true },
    paymentStartedAt: { type: Date, default: null },
    nextQueryAt: { type: Date, default: null },
    version: { type: Number, required: true },
  },
  { minimize: false },
);
// One order per case, inserted under this unique index.
paymentOrderSchema.index({ caseId: 1 }, { unique: true });
paymentOrderSchema.index({ openedBy: 1, idempotencyKey: 1 }, { unique: true });
paymentOrderSchema.index({ applicantUserId: 1, createdAt: -1 });
// recovery loop: unpaid orders with an attempt, by next query time
paymentOrderSchema.index({ status: 1, nextQueryAt: 1 });
// reconciliation and clearing by day
paymentOrderSchema.index({ paidAt: 1 });
paymentOrderSchema.index({ 'refunds.completedAt': 1 });

const reconciliationSchema = new Schema<ReconciliationDocument>(
  {
    _id: { type: String, required: true },
    ranAt: { type: Date, required: true },
    statementLines: { type: Number, required: true },
    platformRecords: { type: Number, required: true },
    mismatches: { type: Schema.Types.Mixed, default: [] },
  },
  { minimize: false },
);

export function registerPaymentModels(connection: Connection) {
  return {
    PaymentOrder: connection.model<PaymentOrderDocument>(
      'PaymentOrder',
      paymentOrderSchema,
      'payment_orders',
    ),
    Reconciliation: connection.model<ReconciliationDocument>(
      'Reconciliation',
      reconciliationSchema,
      'payment_reconciliations',
    ),
  };
}

export type PaymentModels = ReturnType<typeof registerPaymentModels>;
