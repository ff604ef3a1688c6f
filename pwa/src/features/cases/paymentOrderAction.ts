/** Case statuses in which handling staff may open the payment order, as the server checks. */
export const CHARGEABLE_STATUSES: readonly string[] = [
  'ACCEPTED',
  'APPROVED',
  'AWAITING_PAYMENT',
];

/** Roles of the staff who handle cases and may open their payment orders. */
export const ORDER_OPENING_ROLES = [
  'CLERK',
  'WINDOW_STAFF',
  'REVIEWER',
  'APPROVER',
] as const;

/** Fields of a case that decide whether the case page offers to open its payment order. */
export interface ChargeableCase {
  status: string;
  paymentOrder: unknown;
  /** Absent when the query skipped the item, for viewers who open no orders. */
  item?: { fees: readonly { amountFen: number }[] } | null;
}

/**
 * Reports whether the case page offers handling staff to open a case's
 * payment order. The server rejects an order for an item whose fee items
 * add up to nothing (INVALID_STATE), so a free item gets no button.
 */
export function mayOpenPaymentOrder(
  record: ChargeableCase | null | undefined,
  isHandlingStaff: boolean,
): boolean {
  if (!isHandlingStaff || !record || record.paymentOrder) return false;
  if (!CHARGEABLE_STATUSES.includes(record.status)) return false;
  const totalFen = (record.item?.fees ?? []).reduce(
    (sum, fee) => sum + fee.amountFen,
    0,
  );
  return totalFen > 0;
}
