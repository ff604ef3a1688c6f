import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deriveTokenKey, shanghaiDate } from '@ykb/common';
import { graphql } from '../../../../tests/support/harness.js';
import { setClock } from '../../src/clock.js';
import { signPayload } from '../../src/services/shared/signature.js';
import { CITIZEN, demo, newKey } from '../stack.js';
import {
  acceptedFeeCase,
  APPROVER_GA,
  CLERK,
  eventually,
  FEE_ITEM,
  ok,
  postJson,
  setPaymentFaults,
  startServicesStack,
  submitFeeCase,
  SUPERVISOR,
  FINANCE,
  type ServicesStack,
} from './servicesStack.js';

const ORDER_FIELDS = `id caseNumber itemName totalFen status fiscalAccount channel payUrl providerTransactionId paidAt lastFailure
  lines { name amountFen basis } receipt { number payerName amountFen issuedAt }
  refunds { id amountFen reason status } refundedFen`;
const OPEN = `mutation($caseId: ID!, $key: String!) { openPaymentOrder(caseId: $caseId, idempotencyKey: $key) { ${ORDER_FIELDS} } }`;
const START = `mutation($id: ID!, $channel: PaymentChannel!) { startPayment(orderId: $id, channel: $channel) { ${ORDER_FIELDS} } }`;
const REFRESH = `mutation($id: ID!) { refreshPaymentOrder(orderId: $id) { ${ORDER_FIELDS} } }`;
const ORDER = `query($id: ID!) { paymentOrder(id: $id) { ${ORDER_FIELDS} } }`;
const REFUND = `mutation($id: ID!, $amount: Int!, $key: String!) { refundPayment(orderId: $id, amountFen: $amount, reason: "重复缴费", idempotencyKey: $key) { ${ORDER_FIELDS} } }`;
const RECONCILE = `mutation($date: String!) { reconcilePayments(date: $date) { date statementLines platformRecords mismatches { kind orderId refundId platformFen providerFen } } }`;
const CLEARING = `query($from: String!, $to: String!) { clearingReport(from: $from, to: $to) { fiscalAccount payments paidFen refundedFen netFen } }`;
const MY_ORDERS = `{ myPaymentOrders { id status } }`;

let stack: ServicesStack;

beforeAll(async () => {
  stack = await startServicesStack();
});

afterAll(async () => {
  await stack?.close();
});

beforeEach(async () => {
  await setPaymentFaults(stack, {});
});

async function openOrder(): Promise<Record<string, any>> {
  const caseId = await acceptedFeeCase(stack);
  return (await ok(stack, OPEN, { caseId, key: newKey() }, CLERK))
    .openPaymentOrder;
}

async function startAttempt(orderId: string): Promise<Record<string, any>> {
  return (await ok(stack, START, { id: orderId, channel: 'MOBILE' }, CITIZEN))
    .startPayment;
}

async function pay(payUrl: string, outcome: 'SUCCESS' | 'FAILED') {
  return postJson(payUrl, { outcome });
}

async function readOrder(id: string): Promise<Record<string, any>> {
  return (await ok(stack, ORDER, { id }, CITIZEN)).paymentOrder;
}

/** Posts a callback to the cases subgraph signed with the sandbox's key, as the provider would. */
async function postCallback(
  event: Record<string, unknown>,
  sign = true,
  timestamp = String(Date.now()),
) {
  const body = JSON.stringify(event);
  const signature = sign
    ? signPayload(deriveTokenKey('payment-sandbox-hmac'), timestamp, body)
    : 'ab'.repeat(32);
  const response = await fetch(
    `${process.env.YKB_CASES_PUBLIC_URL}/payments/notify`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sandbox-timestamp': timestamp,
        'x-sandbox-signature': signature,
      },
      body,
    },
  );
  return response.status;
}

describe('payment orders', () => {
  it('opens from the item fee items', async () => {
    const order = await openOrder();
    expect(order.lines).toEqual([
      expect.objectContaining({ name: '居民身份证工本费', amountFen: 2000 }),
    ]);
    expect(order.totalFen).toBe(2000);
    expect(order.status).toBe('UNPAID');
    expect(order.fiscalAccount).toBe('FISCAL-CQ-GA');
    expect(order.receipt).toBeNull();
  });

  it('warns of charges outside the case fee list', async () => {
    const WARNINGS = `{ supervisionWarnings(kind: CHARGE_OUTSIDE_FEE_LIST, first: 100) { caseNumber detail } }`;
    const listed = await acceptedFeeCase(stack);
    const order = (
      await ok(stack, OPEN, { caseId: listed, key: newKey() }, CLERK)
    ).openPaymentOrder;
    // The case was filed under a fee list other than the item's current one.
    const changed = await acceptedFeeCase(stack);
    await stack.cases.connection.collection('cases').updateOne(
      { _id: changed as never },
      {
        $set: { fees: [{ name: '居民身份证工本费', amountFen: 1000 }] },
      },
    );
    const outside = (
      await ok(stack, OPEN, { caseId: changed, key: newKey() }, CLERK)
    ).openPaymentOrder;
    const warnings = (await ok(stack, WARNINGS, {}, SUPERVISOR))
      .supervisionWarnings as { caseNumber: string; detail: string }[];
    expect(warnings.filter((w) => w.caseNumber === outside.caseNumber)).toEqual(
      [
        {
          caseNumber: outside.caseNumber,
          detail:
            "Charge 居民身份证工本费 of 2000 fen is not on the item's fee list.",
        },
      ],
    );
    expect(warnings.map((w) => w.caseNumber)).not.toContain(order.caseNumber);
  });

  it('replays a retried open and rejects a second order', async () => {
    const caseId = await acceptedFeeCase(stack);
    const key = newKey();
    const first = (await ok(stack, OPEN, { caseId, key }, CLERK))
      .openPaymentOrder;
    const again = (await ok(stack, OPEN, { caseId, key }, CLERK))
      .openPaymentOrder;
    expect(again.id).toBe(first.id);
    const other = await graphql(
      stack.url,
      OPEN,
      { caseId, key: newKey() },
      CLERK,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects a case not yet accepted', async () => {
    const caseId = await submitFeeCase(stack);
    const result = await graphql(
      stack.url,
      OPEN,
      { caseId, key: newKey() },
      CLERK,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('rejects applicants and bad keys', async () => {
    const caseId = await acceptedFeeCase(stack);
    const byCitizen = await graphql(
      stack.url,
      OPEN,
      { caseId, key: newKey() },
      CITIZEN,
    );
    expect(byCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badKey = await graphql(stack.url, OPEN, { caseId, key: 'x' }, CLERK);
    expect(badKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('payment', () => {
  it('succeeds and issues a receipt', async () => {
    const order = await openOrder();
    const started = await startAttempt(order.id);
    expect(started.channel).toBe('MOBILE');
    expect(started.payUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cashier\//);
    expect((await pay(started.payUrl, 'SUCCESS')).status).toBe(200);
    const paid = await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    expect(paid.receipt.amountFen).toBe(2000);
    expect(paid.receipt.payerName).toBe('张三');
    expect(paid.receipt.number).toMatch(/^R\d{8}-/);
    expect(paid.providerTransactionId).toMatch(/^TX/);
    expect(paid.payUrl).toBeNull();
    const mine = (await ok(stack, MY_ORDERS, {}, CITIZEN)).myPaymentOrders;
    expect(mine).toContainEqual({ id: order.id, status: 'PAID' });
  });

  it('records a failure and lets the payer retry', async () => {
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'FAILED');
    const failed = await eventually(
      () => readOrder(order.id),
      (o) => o.lastFailure !== null,
    );
    expect(failed.status).toBe('UNPAID');
    expect(failed.lastFailure).toBe('INSUFFICIENT_BALANCE');
    expect(failed.receipt).toBeNull();
    await pay(started.payUrl, 'SUCCESS');
    const paid = await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    expect(paid.lastFailure).toBeNull();
  });

  it('charges once for duplicate callbacks', async () => {
    await setPaymentFaults(stack, { duplicateCallbacks: 3 });
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'SUCCESS');
    const paid = await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    const sent = await eventually(
      () =>
        fetch(
          `${stack.paymentSandbox}/sandbox/deliveries?order=${order.id}`,
        ).then((r) => r.json()),
      (body: any) => body.deliveries.length === 4,
    );
    expect(
      sent.deliveries.every((d: any) => d.seq === 1 && d.status === 200),
    ).toBe(true);
    // The same signed event posted again, concurrently, changes nothing.
    const event = {
      merchantOrderId: order.id,
      seq: 1,
      type: 'PAYMENT_SUCCEEDED',
      amountFen: 2000,
      transactionId: 'TX-other',
      refundId: null,
      failureReason: null,
      at: new Date().toISOString(),
    };
    const statuses = await Promise.all([
      postCallback(event),
      postCallback(event),
      postCallback(event),
    ]);
    expect(statuses).toEqual([200, 200, 200]);
    const after = await readOrder(order.id);
    expect(after.receipt).toEqual(paid.receipt);
    expect(after.providerTransactionId).toBe(paid.providerTransactionId);
    const statement = await (
      await fetch(
        `${stack.paymentSandbox}/v1/statements/${shanghaiDate(new Date())}`,
        {
          headers: {
            'x-api-key': Buffer.from(deriveTokenKey('payment-sandbox-hmac'))
              .toString('hex')
              .slice(0, 32),
          },
        },
      )
    ).text();
    expect(
      statement
        .split('\n')
        .filter((line) => line.includes(`PAYMENT,${order.id},`)),
    ).toHaveLength(1);
  });

  it('rejects a forged callback', async () => {
    const order = await openOrder();
    await startAttempt(order.id);
    const event = {
      merchantOrderId: order.id,
      seq: 1,
      type: 'PAYMENT_SUCCEEDED',
      amountFen: 2000,
      transactionId: 'TX-forged',
      refundId: null,
      failureReason: null,
      at: new Date().toISOString(),
    };
    expect(await postCallback(event, false)).toBe(401);
    const stale = String(Date.now() - 10 * 60_000);
    expect(await postCallback(event, true, stale)).toBe(401);
    const unsigned = await fetch(
      `${process.env.YKB_CASES_PUBLIC_URL}/payments/notify`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      },
    );
    expect(unsigned.status).toBe(401);
    const after = await readOrder(order.id);
    expect(after.status).toBe('UNPAID');
    expect(after.receipt).toBeNull();
  });

  it('recovers a lost callback by querying the provider', async () => {
    await setPaymentFaults(stack, { dropCallbacks: 1 });
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'SUCCESS');
    // No callback arrives; the recovery loop queries the provider.
    const paid = await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    expect(paid.receipt.amountFen).toBe(2000);
  });

  it('recovers a lost callback on request', async () => {
    await setPaymentFaults(stack, { dropCallbacks: 1 });
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'SUCCESS');
    const refreshed = (await ok(stack, REFRESH, { id: order.id }, CITIZEN))
      .refreshPaymentOrder;
    expect(refreshed.status).toBe('PAID');
  });

  it('ignores a stale callback arriving late', async () => {
    await setPaymentFaults(stack, { reorderCallbacks: true });
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'FAILED');
    await pay(started.payUrl, 'SUCCESS');
    const paid = await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    expect(paid.status).toBe('PAID');
    // The held failure arrives after the success and must not undo it.
    const deliveries = await eventually(
      () =>
        fetch(
          `${stack.paymentSandbox}/sandbox/deliveries?order=${order.id}`,
        ).then((r) => r.json()),
      (body: any) => body.deliveries.length === 2,
    );
    expect(deliveries.deliveries.map((d: any) => d.seq)).toEqual([2, 1]);
    expect(deliveries.deliveries.map((d: any) => d.status)).toEqual([200, 200]);
    const after = await readOrder(order.id);
    expect(after.status).toBe('PAID');
    expect(after.lastFailure).toBeNull();
  });

  it('accepts a late callback once', async () => {
    await setPaymentFaults(stack, { callbackDelayMs: 600 });
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'SUCCESS');
    const paid = await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    const sent = await eventually(
      () =>
        fetch(
          `${stack.paymentSandbox}/sandbox/deliveries?order=${order.id}`,
        ).then((r) => r.json()),
      (body: any) => body.deliveries.length === 1,
    );
    expect(sent.deliveries[0].status).toBe(200);
    const after = await readOrder(order.id);
    expect(after.receipt).toEqual(paid.receipt);
  });

  it('survives a provider timeout', async () => {
    await setPaymentFaults(stack, {
      timeoutRequests: 1,
      timeoutOperation: 'createOrder',
      hangMs: 1500,
    });
    const order = await openOrder();
    const timedOut = await graphql(
      stack.url,
      START,
      { id: order.id, channel: 'KIOSK' },
      CITIZEN,
    );
    expect(timedOut.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    expect(timedOut.errors?.[0]?.message).toContain('did not answer');
    const retried = await startAttempt(order.id);
    expect(retried.payUrl).toContain('/cashier/');
  });

  it('rejects paying another applicant order', async () => {
    const order = await openOrder();
    const result = await graphql(
      stack.url,
      START,
      { id: order.id, channel: 'PC' },
      { ...CITIZEN, userId: 'someone-else' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('refund', () => {
  async function paidOrder(): Promise<Record<string, any>> {
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'SUCCESS');
    return eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
  }

  it('refunds in parts up to the amount paid', async () => {
    const order = await paidOrder();
    const key = newKey();
    const partial = (
      await ok(stack, REFUND, { id: order.id, amount: 500, key }, FINANCE)
    ).refundPayment;
    expect(partial.status).toBe('PARTIALLY_REFUNDED');
    expect(partial.refundedFen).toBe(500);
    const replay = (
      await ok(stack, REFUND, { id: order.id, amount: 500, key }, FINANCE)
    ).refundPayment;
    expect(replay.refunds).toHaveLength(1);
    expect(replay.refundedFen).toBe(500);
    const reused = await graphql(
      stack.url,
      REFUND,
      { id: order.id, amount: 400, key },
      FINANCE,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const tooMuch = await graphql(
      stack.url,
      REFUND,
      { id: order.id, amount: 1501, key: newKey() },
      FINANCE,
    );
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rest = (
      await ok(
        stack,
        REFUND,
        { id: order.id, amount: 1500, key: newKey() },
        FINANCE,
      )
    ).refundPayment;
    expect(rest.status).toBe('REFUNDED');
    expect(rest.refundedFen).toBe(2000);
    expect(rest.refunds.map((r: any) => r.status)).toEqual([
      'SUCCEEDED',
      'SUCCEEDED',
    ]);
  });

  it('rejects unpaid orders and applicants', async () => {
    const order = await openOrder();
    const unpaid = await graphql(
      stack.url,
      REFUND,
      { id: order.id, amount: 100, key: newKey() },
      FINANCE,
    );
    expect(unpaid.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const byCitizen = await graphql(
      stack.url,
      REFUND,
      { id: order.id, amount: 100, key: newKey() },
      CITIZEN,
    );
    expect(byCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byApprover = await graphql(
      stack.url,
      REFUND,
      { id: order.id, amount: 100, key: newKey() },
      APPROVER_GA,
    );
    expect(byApprover.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reconciliation', () => {
  it('lists a planted mismatch', async () => {
    const order = await openOrder();
    const started = await startAttempt(order.id);
    await pay(started.payUrl, 'SUCCESS');
    await eventually(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    const today = shanghaiDate(new Date());
    await postJson(`${stack.paymentSandbox}/sandbox/statement-lines`, {
      line: `PAYMENT,po-planted0000000000,,TXplanted,999,${new Date().toISOString()}`,
    });
    // A day is reconciled once it has ended in Asia/Shanghai, so the clock moves one day on.
    setClock(() => new Date(Date.now() + 24 * 3600_000));
    const result = await ok(stack, RECONCILE, { date: today }, FINANCE)
      .then((data) => data.reconcilePayments)
      .finally(() => setClock());
    expect(result.date).toBe(today);
    expect(result.mismatches).toContainEqual({
      kind: 'MISSING_ON_PLATFORM',
      orderId: 'po-planted0000000000',
      refundId: null,
      platformFen: null,
      providerFen: 999,
    });
    expect(
      result.mismatches.filter((m: any) => m.orderId === order.id),
    ).toEqual([]);
    const stored = await ok(
      stack,
      `query($d: String!) { reconciliation(date: $d) { mismatches { orderId } } }`,
      { d: today },
      FINANCE,
    );
    expect(stored.reconciliation.mismatches).toContainEqual({
      orderId: 'po-planted0000000000',
    });
  });

  it('is for finance officers only', async () => {
    for (const viewer of [CLERK, SUPERVISOR, APPROVER_GA]) {
      const result = await graphql(
        stack.url,
        RECONCILE,
        { date: '2026-01-05' },
        viewer,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const clearing = await graphql(
        stack.url,
        CLEARING,
        { from: '2026-01-05', to: '2026-01-05' },
        viewer,
      );
      expect(clearing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const district = await graphql(
      stack.url,
      RECONCILE,
      { date: '2026-01-05' },
      { ...FINANCE, divisionCode: '500238' },
    );
    expect(district.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects today and future days', async () => {
    const today = shanghaiDate(new Date());
    const tomorrow = shanghaiDate(new Date(Date.now() + 24 * 3600_000));
    for (const date of [today, tomorrow, '2999-01-01']) {
      const result = await graphql(stack.url, RECONCILE, { date }, FINANCE);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('date');
    }
    const badDate = await graphql(
      stack.url,
      RECONCILE,
      { date: '2026-02-30' },
      FINANCE,
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('clears by fiscal account', async () => {
    const today = shanghaiDate(new Date());
    const lines = (
      await ok(stack, CLEARING, { from: today, to: today }, FINANCE)
    ).clearingReport;
    const ga = lines.find((line: any) => line.fiscalAccount === 'FISCAL-CQ-GA');
    expect(ga.payments).toBeGreaterThan(0);
    expect(ga.paidFen).toBe(ga.payments * 2000);
    expect(ga.netFen).toBe(ga.paidFen - ga.refundedFen);
  });
});

describe('charging step of the case lifecycle', () => {
  const WORKFLOW = `query($itemId: ID!) { itemWorkflow(itemId: $itemId) { steps handledBy version } }`;
  const CONFIGURE = `mutation($input: ItemWorkflowInput!) { configureItemWorkflow(input: $input) { version } }`;
  const APPROVE = `mutation($id: ID!) { approveCase(id: $id) { id status } }`;
  const CASE = `query($id: ID!) { case(id: $id) { status paymentOrder { id status totalFen } } }`;
  const ADMIN = demo('admin');

  async function configure(steps: string[]): Promise<void> {
    const current = (await ok(stack, WORKFLOW, { itemId: FEE_ITEM }, ADMIN))
      .itemWorkflow;
    await ok(
      stack,
      CONFIGURE,
      {
        input: {
          itemId: FEE_ITEM,
          steps,
          handledBy: 'PLATFORM',
          version: current.version,
        },
      },
      ADMIN,
    );
  }

  it('opens and settles the charging step', async () => {
    await configure(['ACCEPTANCE', 'DECISION', 'CHARGING', 'COMPLETION']);
    try {
      const caseId = await acceptedFeeCase(stack);
      const approved = (await ok(stack, APPROVE, { id: caseId }, APPROVER_GA))
        .approveCase;
      expect(approved.status).toBe('AWAITING_PAYMENT');
      const waiting = await eventually(
        async () => (await ok(stack, CASE, { id: caseId }, CITIZEN)).case,
        (c) => c.paymentOrder !== null,
      );
      expect(waiting).toMatchObject({
        status: 'AWAITING_PAYMENT',
        paymentOrder: { status: 'UNPAID', totalFen: 2000 },
      });
      const started = await startAttempt(waiting.paymentOrder.id);
      await pay(started.payUrl, 'SUCCESS');
      const done = await eventually(
        async () => (await ok(stack, CASE, { id: caseId }, CITIZEN)).case,
        (c) => c.status !== 'AWAITING_PAYMENT',
      );
      expect(done).toMatchObject({
        status: 'COMPLETED',
        paymentOrder: { id: waiting.paymentOrder.id, status: 'PAID' },
      });
    } finally {
      await configure(['ACCEPTANCE', 'DECISION', 'COMPLETION']);
    }
  });
});
