import { describe, expect, it } from 'vitest';
import {
  mayOpenPaymentOrder,
  type ChargeableCase,
} from '../src/features/cases/paymentOrderAction';

/** Returns an accepted case of an item with one fee of 10 yuan and no order yet. */
function chargeable(overrides: Partial<ChargeableCase> = {}): ChargeableCase {
  return {
    status: 'ACCEPTED',
    paymentOrder: null,
    item: { fees: [{ amountFen: 1000 }] },
    ...overrides,
  };
}

describe('mayOpenPaymentOrder', () => {
  it('offers the order for a chargeable case', () => {
    for (const status of ['ACCEPTED', 'APPROVED', 'AWAITING_PAYMENT'])
      expect(mayOpenPaymentOrder(chargeable({ status }), true)).toBe(true);
  });

  it('hides it for an item without fees', () => {
    expect(mayOpenPaymentOrder(chargeable({ item: { fees: [] } }), true)).toBe(
      false,
    );
  });

  it('hides it for fees adding up to nothing', () => {
    const item = { fees: [{ amountFen: 0 }] };
    expect(mayOpenPaymentOrder(chargeable({ item }), true)).toBe(false);
  });

  it('hides it while the fees are unknown', () => {
    expect(mayOpenPaymentOrder(chargeable({ item: null }), true)).toBe(false);
  });

  it('hides it in other statuses', () => {
    for (const status of ['SUBMITTED', 'REVIEWED', 'COMPLETED', 'REJECTED'])
      expect(mayOpenPaymentOrder(chargeable({ status }), true)).toBe(false);
  });

  it('hides it once an order exists', () => {
    const record = chargeable({ paymentOrder: { id: 'po-1' } });
    expect(mayOpenPaymentOrder(record, true)).toBe(false);
  });

  it('hides it from users who do not handle cases', () => {
    expect(mayOpenPaymentOrder(chargeable(), false)).toBe(false);
  });
});
