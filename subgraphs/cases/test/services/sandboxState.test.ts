import { randomBytes } from 'node:crypto';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, readBody, shanghaiDate } from '@ykb/common';
import { HttpCourier } from '../../src/services/logistics/courier.js';
import { SandboxCourier } from '../../src/services/logistics/sandboxCourier.js';
import type { PaymentOrderDocument } from '../../src/services/payments/model.js';
import { changeForSnapshot } from '../../src/services/payments/paymentService.js';
import { HttpPaymentProvider } from '../../src/services/payments/provider.js';
import { SandboxPaymentProvider } from '../../src/services/payments/sandboxProvider.js';
import {
  SandboxStateFile,
  sandboxStatePath,
} from '../../src/services/shared/sandboxState.js';
import { eventually } from './servicesStack.js';

const API_KEY = 'sandbox-api-key';
const log = createLogger('cases-test');

let folder: string;
let receiver: CallbackReceiver;
const started: { stop: () => Promise<void> }[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ykb-sandbox-state-'));
  receiver = await startReceiver();
});

afterEach(async () => {
  for (const sandbox of started.splice(0)) await sandbox.stop();
  await receiver.close();
  await rm(folder, { recursive: true, force: true });
});

/** A loopback server in place of the platform's callback endpoint, which records each request and responds with `status`. */
interface CallbackReceiver {
  url: string;
  bodies: Record<string, unknown>[];
  requests: { headers: IncomingHttpHeaders; body: string }[];
  status: number;
  close: () => Promise<void>;
}

async function startReceiver(): Promise<CallbackReceiver> {
  const receiver: CallbackReceiver = {
    url: '',
    bodies: [],
    requests: [],
    status: 200,
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    void readBody(req, 1 << 20).then((body) => {
      receiver.bodies.push(JSON.parse(body) as Record<string, unknown>);
      receiver.requests.push({ headers: req.headers, body });
      res.statusCode = receiver.status;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const address = server.address();
  receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/notify`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}

const paymentKey = randomBytes(32);
const courierKey = randomBytes(32);

async function startPayments(stateFile: string | null) {
  const sandbox = new SandboxPaymentProvider(
    paymentKey,
    API_KEY,
    log,
    stateFile,
  );
  const url = await sandbox.start(0);
  started.push(sandbox);
  return {
    sandbox,
    url,
    client: new HttpPaymentProvider(url, API_KEY, paymentKey, 2000),
  };
}

async function startCourier(
  stateFile: string | null,
  stepMs = 0,
  resendMs = 30_000,
) {
  const sandbox = new SandboxCourier(courierKey, API_KEY, log, {
    stateFile,
    resendMs,
  });
  const url = await sandbox.start(0, stepMs);
  started.push(sandbox);
  return {
    sandbox,
    url,
    client: new HttpCourier(url, API_KEY, courierKey, 2000),
  };
}

/** Stops a sandbox that a test restarts, so afterEach does not stop it again. */
async function stopEarly(sandbox: { stop: () => Promise<void> }) {
  started.splice(started.indexOf(sandbox), 1);
  await sandbox.stop();
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Builds a platform payment order that waits for its payment, as the recovery loop finds it. */
function unpaidOrder(id: string, totalFen: number): PaymentOrderDocument {
  return {
    _id: id,
    applicantName: '张三',
    totalFen,
    status: 'UNPAID',
    paidAt: null,
    lastFailure: null,
    lastEventSeq: 0,
    refunds: [],
    refundedFen: 0,
    nextQueryAt: new Date(),
  } as Partial<PaymentOrderDocument> as PaymentOrderDocument;
}

describe('payment sandbox state', () => {
  it('keeps its port across a restart', async () => {
    // The platform stores each order's cashier address, and payers keep the
    // cashier page open, so the address must still work after a restart.
    const file = sandboxStatePath('payment', folder)!;
    const first = await startPayments(file);
    const order = await first.client.createOrder({
      merchantOrderId: 'po-open-cashier',
      amountFen: 2000,
      subject: '居民身份证换领',
      notifyUrl: receiver.url,
    });
    await stopEarly(first.sandbox);

    const second = await startPayments(file);

    expect(second.url).toBe(first.url);
    const payment = await post(order.cashierUrl, { outcome: 'SUCCESS' });
    expect(payment.status).toBe(200);
    const after = await second.client.queryOrder('po-open-cashier');
    expect(after?.status).toBe('PAID');
  });

  it('saves its port at start for a file without one', async () => {
    const file = sandboxStatePath('payment', folder)!;
    const first = await startPayments(file);
    await first.client.createOrder({
      merchantOrderId: 'po-older-file',
      amountFen: 2000,
      subject: '居民身份证换领',
      notifyUrl: receiver.url,
    });
    await stopEarly(first.sandbox);
    const { port: _port, ...older } = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify(older));

    const second = await startPayments(file);
    await stopEarly(second.sandbox);
    const third = await startPayments(file);

    expect(third.url).toBe(second.url);
  });

  it('takes a free port when its old one is in use', async () => {
    const file = sandboxStatePath('payment', folder)!;
    const first = await startPayments(file);
    await stopEarly(first.sandbox);
    const squatter = createServer((_req, res) => res.end());
    await new Promise<void>((resolve) =>
      squatter.listen(Number(new URL(first.url).port), '127.0.0.1', () =>
        resolve(),
      ),
    );
    try {
      const second = await startPayments(file);

      expect(second.url).not.toBe(first.url);
      const order = await second.client.createOrder({
        merchantOrderId: 'po-new-port',
        amountFen: 1500,
        subject: '居民身份证换领',
        notifyUrl: receiver.url,
      });
      expect(order.cashierUrl.startsWith(second.url)).toBe(true);
      await stopEarly(second.sandbox);
      const third = await startPayments(file);
      expect(third.url).toBe(second.url);
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });

  it('survives a restart', async () => {
    const file = sandboxStatePath('payment', folder)!;
    const first = await startPayments(file);
    const paid = await first.client.createOrder({
      merchantOrderId: 'po-paid',
      amountFen: 2000,
      subject: '居民身份证换领',
      notifyUrl: receiver.url,
    });
    const unpaid = await first.client.createOrder({
      merchantOrderId: 'po-unpaid',
      amountFen: 1500,
      subject: '居民身份证换领',
      notifyUrl: receiver.url,
    });
    const payment = await post(paid.cashierUrl, { outcome: 'SUCCESS' });
    expect(payment.status).toBe(200);
    const refund = await first.client.refund({
      merchantOrderId: 'po-paid',
      refundId: 'rf-1',
      amountFen: 500,
    });
    expect(refund.status).toBe('SUCCEEDED');
    const planted = await post(`${first.url}/sandbox/statement-lines`, {
      line: 'PAYMENT,po-elsewhere,,TX0,300,2026-03-02T02:00:00.000Z',
    });
    expect(planted.status).toBe(200);
    const before = await first.client.queryOrder('po-paid');
    await stopEarly(first.sandbox);

    const second = await startPayments(file);
    const after = await second.client.queryOrder('po-paid');
    expect(after).toEqual(before);
    expect(after?.status).toBe('PAID');
    expect(after?.seq).toBe(2);
    expect(after?.refunds.map((r) => r.refundId)).toEqual(['rf-1']);

    // A repeated refund id returns SUCCEEDED again, and the refundable rest is still 1500 fen.
    const again = await second.client.refund({
      merchantOrderId: 'po-paid',
      refundId: 'rf-1',
      amountFen: 500,
    });
    expect(again.status).toBe('SUCCEEDED');
    const tooMuch = await second.client.refund({
      merchantOrderId: 'po-paid',
      refundId: 'rf-2',
      amountFen: 1600,
    });
    expect(tooMuch.status).toBe('FAILED');
    const rest = await second.client.refund({
      merchantOrderId: 'po-paid',
      refundId: 'rf-3',
      amountFen: 1500,
    });
    expect(rest.status).toBe('SUCCEEDED');
    expect((await second.client.queryOrder('po-paid'))?.seq).toBe(3);

    const lines = await second.client.statement(shanghaiDate(new Date()));
    expect(lines).toContainEqual({
      type: 'PAYMENT',
      merchantOrderId: 'po-paid',
      refundId: null,
      amountFen: 2000,
    });
    expect(lines).toContainEqual({
      type: 'REFUND',
      merchantOrderId: 'po-paid',
      refundId: 'rf-1',
      amountFen: 500,
    });
    expect(lines).toContainEqual({
      type: 'PAYMENT',
      merchantOrderId: 'po-elsewhere',
      refundId: null,
      amountFen: 300,
    });

    // The unpaid order's cashier page moved to the new port with the same provider order id.
    const providerOrderId = unpaid.cashierUrl.split('/').pop();
    const paidLater = await post(`${second.url}/cashier/${providerOrderId}`, {
      outcome: 'SUCCESS',
    });
    expect(paidLater.status).toBe(200);
    await eventually(
      async () => receiver.bodies,
      (bodies) => bodies.some((b) => b.merchantOrderId === 'po-unpaid'),
    );
    expect(
      receiver.bodies.find((b) => b.merchantOrderId === 'po-unpaid'),
    ).toMatchObject({ seq: 1, type: 'PAYMENT_SUCCEEDED', amountFen: 1500 });
  });

  it('serves a payment whose callback was lost', async () => {
    const file = sandboxStatePath('payment', folder)!;
    const first = await startPayments(file);
    const order = await first.client.createOrder({
      merchantOrderId: 'po-lost',
      amountFen: 2000,
      subject: '',
      notifyUrl: receiver.url,
    });
    await post(`${first.url}/sandbox/faults`, { dropCallbacks: 1 });
    await post(order.cashierUrl, { outcome: 'SUCCESS' });
    await stopEarly(first.sandbox);
    expect(receiver.bodies).toEqual([]);

    // The platform's recovery loop queries the order and applies this snapshot.
    const second = await startPayments(file);
    const snapshot = await second.client.queryOrder('po-lost');
    expect(snapshot?.status).toBe('PAID');
    expect(snapshot?.seq).toBe(1);
    expect(snapshot?.paidAt).not.toBeNull();
    const change = changeForSnapshot(unpaidOrder('po-lost', 2000), snapshot!);
    expect(change?.set.status).toBe('PAID');
    expect(change?.set.paidAt).toEqual(new Date(snapshot!.paidAt!));
    expect(change?.set.nextQueryAt).toBeNull();
  });

  it('keeps orders in memory without a data folder', async () => {
    const first = await startPayments(sandboxStatePath('payment', undefined));
    await first.client.createOrder({
      merchantOrderId: 'po-memory',
      amountFen: 100,
      subject: '',
      notifyUrl: receiver.url,
    });
    expect(await first.client.queryOrder('po-memory')).not.toBeNull();
    await stopEarly(first.sandbox);
    expect(await readdir(folder)).toEqual([]);
    const second = await startPayments(null);
    expect(await second.client.queryOrder('po-memory')).toBeNull();
  });

  it.each([
    ['invalid JSON', '{"version": 1, "orders": ['],
    ['an unknown version', '{"version": 99, "orders": []}'],
    [
      'an order without an amount',
      '{"version": 1, "orders": [{"merchantOrderId": "po-x"}], "extraStatementLines": []}',
    ],
  ])('moves aside a file with %s', async (_case, contents) => {
    const file = sandboxStatePath('payment', folder)!;
    await mkdir(join(folder, 'sandboxes'), { recursive: true });
    await writeFile(file, contents);
    const errors = vi.spyOn(log, 'error');
    try {
      const sandbox = await startPayments(file);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toMatchObject({ file });
      const names = await readdir(join(folder, 'sandboxes'));
      const aside = names.filter((name) =>
        name.startsWith('payment.json.corrupt-'),
      );
      expect(aside).toHaveLength(1);
      expect(await readFile(join(folder, 'sandboxes', aside[0]!), 'utf8')).toBe(
        contents,
      );
      expect(names).not.toContain('payment.json');

      await sandbox.client.createOrder({
        merchantOrderId: 'po-fresh',
        amountFen: 100,
        subject: '',
        notifyUrl: receiver.url,
      });
      const saved = JSON.parse(await readFile(file, 'utf8'));
      expect(saved.orders.map((o: any) => o.merchantOrderId)).toEqual([
        'po-fresh',
      ]);
    } finally {
      errors.mockRestore();
    }
  });

  it('saves every order of concurrent requests', async () => {
    const file = sandboxStatePath('payment', folder)!;
    const { client } = await startPayments(file);
    const ids = Array.from({ length: 20 }, (_, i) => `po-concurrent-${i}`);
    await Promise.all(
      ids.map((merchantOrderId) =>
        client.createOrder({
          merchantOrderId,
          amountFen: 100,
          subject: '',
          notifyUrl: receiver.url,
        }),
      ),
    );
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.orders.map((o: any) => o.merchantOrderId).sort()).toEqual(
      [...ids].sort(),
    );
  });
});

describe('sandbox state file', () => {
  it('writes two changes of one tick', async () => {
    const file = join(folder, 'state.json');
    const items: string[] = [];
    const state = new SandboxStateFile(file, () => ({ items }), log);
    items.push('a');
    const first = state.save();
    items.push('b');
    const second = state.save();
    await Promise.all([first, second]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      items: ['a', 'b'],
    });
  });

  it('writes a change made during a write', async () => {
    const file = join(folder, 'state.json');
    const items: string[] = [];
    const state = new SandboxStateFile(
      file,
      () => ({ items: [...items] }),
      log,
    );
    items.push('a');
    const first = state.save();
    // Lets the first write start and read the state before the next change.
    await new Promise((resolve) => setImmediate(resolve));
    items.push('b');
    const second = state.save();
    expect(second).not.toBe(first);
    await first;
    await second;
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      items: ['a', 'b'],
    });
    expect(await readdir(folder)).toEqual(['state.json']);
  });
});

describe('courier sandbox state', () => {
  it('continues routes after a restart', async () => {
    const file = sandboxStatePath('courier', folder)!;
    const first = await startCourier(file);
    const moving = await first.client.createWaybill({
      orderId: 'sh-moving',
      notifyUrl: receiver.url,
    });
    const delivered = await first.client.createWaybill({
      orderId: 'sh-delivered',
      notifyUrl: receiver.url,
    });
    await post(`${first.url}/sandbox/advance/${moving}`, {});
    await post(`${first.url}/sandbox/advance/${moving}`, {});
    for (let step = 0; step < 4; step++)
      await post(`${first.url}/sandbox/advance/${delivered}`, {});
    const before = await first.client.trackingEvents(moving);
    expect(before.map((e) => e.status)).toEqual(['PICKED_UP', 'IN_TRANSIT']);
    await stopEarly(first.sandbox);
    const callbacksBefore = receiver.bodies.length;
    expect(callbacksBefore).toBe(6);

    const second = await startCourier(file, 50);
    // Ordering the waybill of the same shipment again gives the same number.
    expect(
      await second.client.createWaybill({
        orderId: 'sh-moving',
        notifyUrl: receiver.url,
      }),
    ).toBe(moving);
    const events = await eventually(
      () => second.client.trackingEvents(moving),
      (list) => list.length === 4,
    );
    expect(events.slice(0, 2)).toEqual(before);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(events.map((e) => e.status)).toEqual([
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
    await eventually(
      async () => receiver.bodies.length,
      (count) => count === callbacksBefore + 2,
    );
    expect(receiver.bodies.slice(callbacksBefore)).toMatchObject([
      { waybillNumber: moving, seq: 3, status: 'OUT_FOR_DELIVERY' },
      { waybillNumber: moving, seq: 4, status: 'DELIVERED' },
    ]);
    const finished = await second.client.trackingEvents(delivered);
    expect(finished.map((e) => e.status)).toEqual([
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
    const advance = await post(
      `${second.url}/sandbox/advance/${delivered}`,
      {},
    );
    expect(advance.body.event).toBeNull();
  });

  it('resends undelivered callbacks after a restart', async () => {
    const file = sandboxStatePath('courier', folder)!;
    receiver.status = 503;
    const first = await startCourier(file);
    const waybill = await first.client.createWaybill({
      orderId: 'sh-undelivered',
      notifyUrl: receiver.url,
    });
    await post(`${first.url}/sandbox/advance/${waybill}`, {});
    await stopEarly(first.sandbox);
    // Three tries, each rejected with 503.
    expect(receiver.bodies).toHaveLength(3);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.waybills[0].undelivered).toEqual([1]);

    receiver.status = 200;
    const second = await startCourier(file, 0, 100);
    await eventually(
      async () => receiver.bodies.length,
      (count) => count === 4,
    );
    expect(receiver.bodies[3]).toMatchObject({
      waybillNumber: waybill,
      seq: 1,
      status: 'PICKED_UP',
    });
    // The resent callback carries a fresh signature that the platform's adapter accepts.
    const { headers, body } = receiver.requests[3]!;
    expect(second.client.parseCallback(headers, body)).toMatchObject({
      event: { waybillNumber: waybill, seq: 1 },
    });
    await eventually(
      async () => JSON.parse(await readFile(file, 'utf8')),
      (state) => state.waybills[0].undelivered.length === 0,
    );
  });

  it('moves aside a corrupt file', async () => {
    const file = sandboxStatePath('courier', folder)!;
    await mkdir(join(folder, 'sandboxes'), { recursive: true });
    await writeFile(file, '{"version": 1, "waybills": [{"number": 7}]}');
    const errors = vi.spyOn(log, 'error');
    try {
      const { client } = await startCourier(file);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toMatchObject({ file });
      const names = await readdir(join(folder, 'sandboxes'));
      expect(
        names.filter((name) => name.startsWith('courier.json.corrupt-')),
      ).toHaveLength(1);
      const waybill = await client.createWaybill({
        orderId: 'sh-fresh',
        notifyUrl: receiver.url,
      });
      const saved = JSON.parse(await readFile(file, 'utf8'));
      expect(saved.waybills.map((w: any) => w.number)).toEqual([waybill]);
    } finally {
      errors.mockRestore();
    }
  });
});
