import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, shanghaiDate, type Logger } from '@ykb/common';
import { deliverSignedCallback } from '../shared/signature.js';
import {
  parseJsonObject,
  startSandboxServer,
  type SandboxServer,
} from '../shared/sandboxHttp.js';
import {
  arrayIn,
  dateIn,
  integerIn,
  objectIn,
  SandboxStateFile,
  stateIn,
  stringIn,
} from '../shared/sandboxState.js';
import type {
  ProviderEvent,
  ProviderEventType,
  ProviderSnapshot,
} from './provider.js';

/**
 * Faults the sandbox payment provider injects, set over HTTP at
 * POST /sandbox/faults so tests and demos can rehearse a real provider's
 * failures. Counters count down as they are used.
 */
export interface PaymentSandboxFaults {
  /** Extra copies sent of each callback. */
  duplicateCallbacks: number;
  /** Number of coming callbacks that are never sent. */
  dropCallbacks: number;
  /** When true, each callback is held until the next one is sent, and then sent after it. */
  reorderCallbacks: boolean;
  /** Milliseconds every callback waits before it is sent. */
  callbackDelayMs: number;
  /** Number of coming API requests that get no response until `hangMs` passed. */
  timeoutRequests: number;
  /** Kind of request that times out: order creation, order query, refund, statement, or any. */
  timeoutOperation:
    'createOrder' | 'queryOrder' | 'refund' | 'statement' | 'any';
  /** Milliseconds a timed-out request waits before the sandbox responds. */
  hangMs: number;
}

const NO_FAULTS: PaymentSandboxFaults = {
  duplicateCallbacks: 0,
  dropCallbacks: 0,
  reorderCallbacks: false,
  callbackDelayMs: 0,
  timeoutRequests: 0,
  timeoutOperation: 'any',
  hangMs: 30_000,
};

interface SandboxRefund {
  refundId: string;
  amountFen: number;
  at: Date;
}

interface SandboxOrder {
  merchantOrderId: string;
  providerOrderId: string;
  amountFen: number;
  subject: string;
  notifyUrl: string;
  status: 'UNPAID' | 'PAID';
  transactionId: string | null;
  paidAt: Date | null;
  lastFailure: string | null;
  seq: number;
  refunds: SandboxRefund[];
}

/** Callback deliveries the sandbox lists at GET /sandbox/deliveries. */
const MAX_DELIVERIES = 1000;

/** Statement line types of the sandbox provider's daily CSV. */
const STATEMENT_HEADER =
  'type,merchantOrderId,refundId,transactionId,amountFen,time';

/** Version of the state file's layout. */
const STATE_VERSION = 1;

/** Contents of the sandbox's state file: orders with their refunds, planted statement lines and the port. */
interface PaymentSandboxState {
  orders: SandboxOrder[];
  extraStatementLines: string[];
  /** Port the sandbox last listened on; null in files written before the port was saved. */
  port: number | null;
}

/** Converts the JSON of a state file back into orders; throws on a shape it does not accept. */
function readPaymentState(value: unknown): PaymentSandboxState {
  const state = stateIn(value, STATE_VERSION);
  const orders = arrayIn(state.orders, 'orders').map((item, index) => {
    const field = `orders[${index}]`;
    const order = objectIn(item, field);
    const status = order.status;
    if (status !== 'UNPAID' && status !== 'PAID')
      throw new Error(`${field}.status must be UNPAID or PAID`);
    return {
      merchantOrderId: stringIn(
        order.merchantOrderId,
        `${field}.merchantOrderId`,
      ),
      providerOrderId: stringIn(
        order.providerOrderId,
        `${field}.providerOrderId`,
      ),
      amountFen: integerIn(order.amountFen, `${field}.amountFen`),
      subject: stringIn(order.subject, `${field}.subject`),
      notifyUrl: stringIn(order.notifyUrl, `${field}.notifyUrl`),
      status,
      transactionId:
        order.transactionId === null
          ? null
          : stringIn(order.transactionId, `${field}.transactionId`),
      paidAt:
        order.paidAt === null ? null : dateIn(order.paidAt, `${field}.paidAt`),
      lastFailure:
        order.lastFailure === null
          ? null
          : stringIn(order.lastFailure, `${field}.lastFailure`),
      seq: integerIn(order.seq, `${field}.seq`),
      refunds: arrayIn(order.refunds, `${field}.refunds`).map(
        (entry, position) => {
          const refund = objectIn(entry, `${field}.refunds[${position}]`);
          return {
            refundId: stringIn(
              refund.refundId,
              `${field}.refunds[${position}].refundId`,
            ),
            amountFen: integerIn(
              refund.amountFen,
              `${field}.refunds[${position}].amountFen`,
            ),
            at: dateIn(refund.at, `${field}.refunds[${position}].at`),
          };
        },
      ),
    } satisfies SandboxOrder;
  });
  const extraStatementLines = arrayIn(
    state.extraStatementLines,
    'extraStatementLines',
  ).map((line, index) => stringIn(line, `extraStatementLines[${index}]`));
  const port =
    state.port === undefined || state.port === null
      ? null
      : integerIn(state.port, 'port');
  return { orders, extraStatementLines, port };
}

/**
 * A local stand-in for a payment platform (sandbox): a cashier page where
 * the payer succeeds or fails, HMAC-signed asynchronous callbacks with
 * retries, order query, refunds and a daily statement file.
 *
 * With a state file, orders, refunds and planted statement lines survive a
 * restart: every change is saved before the sandbox responds or sends its
 * callback, and start() reads the file back. Faults and the delivery list
 * of GET /sandbox/deliveries stay in memory. stop() waits for callbacks in
 * flight, but a callback cut off by a crash, or held back by the reorder
 * fault, is not sent again. The platform's recovery loop then queries the
 * order once its callback is overdue (YKB_PAYMENT_QUERY_AFTER_MS) and applies
 * the saved state. Without a state file, everything stays in memory.
 */
export class SandboxPaymentProvider {
  private readonly orders = new Map<string, SandboxOrder>();
  private readonly byProviderId = new Map<string, SandboxOrder>();
  private readonly extraStatementLines: string[] = [];
  private readonly state: SandboxStateFile<unknown>;
  private faults: PaymentSandboxFaults = { ...NO_FAULTS };
  private port: number | null = null;
  private held: (() => Promise<void>) | null = null;
  private server: SandboxServer | undefined;
  private readonly pending = new Set<Promise<void>>();
  /** Callbacks delivered to the platform with the HTTP status it returned, in delivery order. */
  private readonly deliveries: {
    merchantOrderId: string;
    seq: number;
    status: number;
  }[] = [];

  /** `stateFile` is the JSON file that keeps the state across restarts; null keeps it in memory only. */
  constructor(
    private readonly key: Uint8Array,
    private readonly apiKey: string,
    private readonly log: Logger,
    stateFile: string | null = null,
  ) {
    this.state = new SandboxStateFile(
      stateFile,
      () => this.stateForFile(),
      log,
    );
  }

  get url(): string {
    if (!this.server) throw new Error('payment sandbox not started');
    return this.server.url;
  }

  /**
   * Reads the state file, if any, and starts serving on 127.0.0.1 and
   * `port`. With port 0 it listens on the port saved in the state file,
   * because the platform stores each order's cashier address and payers
   * keep the cashier page open across a restart. When that port is taken,
   * or there is none, it picks a free one.
   */
  async start(port: number): Promise<string> {
    const saved = await this.state.load(readPaymentState);
    if (saved) {
      for (const order of saved.orders) {
        this.orders.set(order.merchantOrderId, order);
        this.byProviderId.set(order.providerOrderId, order);
      }
      this.extraStatementLines.push(...saved.extraStatementLines);
      this.log.info(
        { file: this.state.path, orders: saved.orders.length },
        'payment sandbox state loaded',
      );
    }
    this.server = await this.listen(port || saved?.port || 0, port === 0);
    this.port = Number(new URL(this.server.url).port);
    // Orders loaded from the file carry cashier addresses of the saved port,
    // so a new port is saved at once. Without a file, the first change saves it.
    if (saved && saved.port !== this.port) await this.state.save();
    return this.server.url;
  }

  private async listen(
    port: number,
    fallback: boolean,
  ): Promise<SandboxServer> {
    const routes = [
      (req: IncomingMessage, res: ServerResponse, url: URL, body: string) =>
        this.route(req, res, url, body),
    ];
    try {
      return await startSandboxServer('payment', port, this.log, routes);
    } catch (error) {
      if (
        !fallback ||
        port === 0 ||
        (error as NodeJS.ErrnoException).code !== 'EADDRINUSE'
      )
        throw error;
      this.log.warn(
        { port },
        'saved payment sandbox port is in use; listening on a free port, so cashier addresses of earlier orders no longer work',
      );
      return startSandboxServer('payment', 0, this.log, routes);
    }
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.server?.close();
    await this.state.flush();
  }

  private stateForFile() {
    return {
      version: STATE_VERSION,
      orders: [...this.orders.values()],
      extraStatementLines: this.extraStatementLines,
      port: this.port,
    };
  }

  private async route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: string,
  ): Promise<boolean> {
    const path = url.pathname;
    if (path === '/sandbox/faults' && req.method === 'POST') {
      this.faults = {
        ...NO_FAULTS,
        ...parseJsonObject(body),
      } as PaymentSandboxFaults;
      sendJson(res, 200, this.faults);
      return true;
    }
    if (path === '/sandbox/statement-lines' && req.method === 'POST') {
      const line = parseJsonObject(body).line;
      if (typeof line !== 'string') {
        sendJson(res, 400, { error: 'line must be a CSV line' });
        return true;
      }
      this.extraStatementLines.push(line);
      await this.state.save();
      sendJson(res, 200, { lines: this.extraStatementLines.length });
      return true;
    }
    if (path === '/sandbox/deliveries' && req.method === 'GET') {
      const order = url.searchParams.get('order');
      sendJson(res, 200, {
        deliveries: this.deliveries.filter(
          (d) => !order || d.merchantOrderId === order,
        ),
      });
      return true;
    }
    const cashier = /^\/cashier\/([A-Za-z0-9-]+)$/.exec(path);
    if (cashier) {
      await this.cashier(req, res, cashier[1]!, body);
      return true;
    }
    if (!path.startsWith('/v1/')) return false;
    if (req.headers['x-api-key'] !== this.apiKey) {
      sendJson(res, 401, { error: 'INVALID_API_KEY' });
      return true;
    }
    if (
      this.faults.timeoutRequests > 0 &&
      this.matchesTimeout(req.method, path)
    ) {
      this.faults.timeoutRequests--;
      await new Promise((resolve) => setTimeout(resolve, this.faults.hangMs));
    }
    if (path === '/v1/orders' && req.method === 'POST')
      return this.createOrder(res, parseJsonObject(body));
    const order = /^\/v1\/orders\/([A-Za-z0-9_-]+)$/.exec(path);
    if (order && req.method === 'GET') {
      const found = this.orders.get(order[1]!);
      if (!found) sendJson(res, 404, { error: 'ORDER_NOT_FOUND' });
      else sendJson(res, 200, this.snapshot(found));
      return true;
    }
    if (path === '/v1/refunds' && req.method === 'POST')
      return this.refund(res, parseJsonObject(body));
    const statement = /^\/v1\/statements\/(\d{4}-\d{2}-\d{2})$/.exec(path);
    if (statement && req.method === 'GET') {
      res.statusCode = 200;
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.end(this.statement(statement[1]!));
      return true;
    }
    return false;
  }

  private matchesTimeout(method: string | undefined, path: string): boolean {
    switch (this.faults.timeoutOperation) {
      case 'any':
        return true;
      case 'createOrder':
        return method === 'POST' && path === '/v1/orders';
      case 'queryOrder':
        return method === 'GET' && path.startsWith('/v1/orders/');
      case 'refund':
        return path === '/v1/refunds';
      case 'statement':
        return path.startsWith('/v1/statements/');
    }
  }

  private async createOrder(
    res: ServerResponse,
    input: Record<string, unknown>,
  ): Promise<boolean> {
    const { merchantOrderId, amountFen, subject, notifyUrl } = input;
    if (
      typeof merchantOrderId !== 'string' ||
      !Number.isSafeInteger(amountFen) ||
      (amountFen as number) <= 0 ||
      typeof notifyUrl !== 'string'
    ) {
      sendJson(res, 400, { error: 'INVALID_ORDER' });
      return true;
    }
    let order = this.orders.get(merchantOrderId);
    if (order && order.amountFen !== amountFen) {
      sendJson(res, 409, { error: 'ORDER_AMOUNT_CHANGED' });
      return true;
    }
    if (!order) {
      order = {
        merchantOrderId,
        providerOrderId: `SBX${randomBytes(8).toString('hex')}`,
        amountFen: amountFen as number,
        subject: typeof subject === 'string' ? subject : '',
        notifyUrl,
        status: 'UNPAID',
        transactionId: null,
        paidAt: null,
        lastFailure: null,
        seq: 0,
        refunds: [],
      };
      this.orders.set(merchantOrderId, order);
      this.byProviderId.set(order.providerOrderId, order);
      await this.state.save();
    }
    sendJson(res, 200, {
      providerOrderId: order.providerOrderId,
      cashierUrl: `${this.url}/cashier/${order.providerOrderId}`,
    });
    return true;
  }

  /** The cashier page: GET shows the order and two buttons; POST with outcome SUCCESS or FAILED pays. */
  private async cashier(
    req: IncomingMessage,
    res: ServerResponse,
    providerOrderId: string,
    body: string,
  ): Promise<void> {
    const order = this.byProviderId.get(providerOrderId);
    if (!order) {
      sendJson(res, 404, { error: 'ORDER_NOT_FOUND' });
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><meta charset="utf-8"><title>Sandbox cashier</title>
<h1>Sandbox cashier (no real money)</h1><p>${escapeHtml(order.subject)}: ${(order.amountFen / 100).toFixed(2)} yuan, ${order.status}</p>
<form method="post"><button name="outcome" value="SUCCESS">Pay</button> <button name="outcome" value="FAILED">Fail</button></form>`);
      return;
    }
    const outcome = body.startsWith('{')
      ? parseJsonObject(body).outcome
      : new URLSearchParams(body).get('outcome');
    if (outcome !== 'SUCCESS' && outcome !== 'FAILED') {
      sendJson(res, 400, { error: 'outcome must be SUCCESS or FAILED' });
      return;
    }
    if (order.status === 'PAID') {
      sendJson(res, 409, { error: 'ALREADY_PAID' });
      return;
    }
    const at = new Date();
    let event: ProviderEvent;
    if (outcome === 'SUCCESS') {
      order.status = 'PAID';
      order.paidAt = at;
      order.transactionId = `TX${randomBytes(10).toString('hex')}`;
      event = this.recordEvent(order, 'PAYMENT_SUCCEEDED', at, {});
    } else {
      order.lastFailure = 'INSUFFICIENT_BALANCE';
      event = this.recordEvent(order, 'PAYMENT_FAILED', at, {});
    }
    await this.state.save();
    this.dispatch(order, event);
    sendJson(res, 200, {
      status: order.status,
      transactionId: order.transactionId,
    });
  }

  private async refund(
    res: ServerResponse,
    input: Record<string, unknown>,
  ): Promise<boolean> {
    const { merchantOrderId, refundId, amountFen } = input;
    const order =
      typeof merchantOrderId === 'string'
        ? this.orders.get(merchantOrderId)
        : undefined;
    if (
      !order ||
      typeof refundId !== 'string' ||
      !Number.isSafeInteger(amountFen) ||
      (amountFen as number) <= 0
    ) {
      sendJson(res, 400, { error: 'INVALID_REFUND' });
      return true;
    }
    const existing = order.refunds.find((r) => r.refundId === refundId);
    if (existing) {
      sendJson(res, 200, { refundId, status: 'SUCCEEDED' });
      return true;
    }
    const refunded = order.refunds.reduce((sum, r) => sum + r.amountFen, 0);
    if (
      order.status !== 'PAID' ||
      refunded + (amountFen as number) > order.amountFen
    ) {
      sendJson(res, 200, {
        refundId,
        status: 'FAILED',
        reason: 'REFUND_EXCEEDS_PAYMENT',
      });
      return true;
    }
    const at = new Date();
    order.refunds.push({ refundId, amountFen: amountFen as number, at });
    const event = this.recordEvent(order, 'REFUND_SUCCEEDED', at, {
      refundId,
      amountFen,
    });
    await this.state.save();
    this.dispatch(order, event);
    sendJson(res, 200, { refundId, status: 'SUCCEEDED' });
    return true;
  }

  private snapshot(order: SandboxOrder): ProviderSnapshot {
    return {
      merchantOrderId: order.merchantOrderId,
      seq: order.seq,
      status: order.status,
      amountFen: order.amountFen,
      transactionId: order.transactionId,
      paidAt: order.paidAt?.toISOString() ?? null,
      lastFailure: order.lastFailure,
      refunds: order.refunds.map((r) => ({
        refundId: r.refundId,
        amountFen: r.amountFen,
        at: r.at.toISOString(),
      })),
    };
  }

  /** Builds the statement CSV of one Asia/Shanghai day: payments and refunds, then any planted lines. */
  private statement(date: string): string {
    const lines = [STATEMENT_HEADER];
    for (const order of this.orders.values()) {
      if (order.paidAt && shanghaiDate(order.paidAt) === date)
        lines.push(
          `PAYMENT,${order.merchantOrderId},,${order.transactionId},${order.amountFen},${order.paidAt.toISOString()}`,
        );
      for (const refund of order.refunds)
        if (shanghaiDate(refund.at) === date)
          lines.push(
            `REFUND,${order.merchantOrderId},${refund.refundId},${order.transactionId},${refund.amountFen},${refund.at.toISOString()}`,
          );
    }
    return [...lines, ...this.extraStatementLines].join('\n') + '\n';
  }

  /** Records an event on the order by taking its next sequence number; returns the event for its callback. */
  private recordEvent(
    order: SandboxOrder,
    type: ProviderEventType,
    at: Date,
    extra: { refundId?: unknown; amountFen?: unknown },
  ): ProviderEvent {
    order.seq += 1;
    const event: ProviderEvent = {
      merchantOrderId: order.merchantOrderId,
      seq: order.seq,
      type,
      amountFen:
        typeof extra.amountFen === 'number' ? extra.amountFen : order.amountFen,
      transactionId: order.transactionId,
      refundId: typeof extra.refundId === 'string' ? extra.refundId : null,
      failureReason: type === 'PAYMENT_FAILED' ? order.lastFailure : null,
      at: at.toISOString(),
    };
    return event;
  }

  /** Sends the callback of a recorded event, applying the configured faults. */
  private dispatch(order: SandboxOrder, event: ProviderEvent): void {
    if (this.faults.dropCallbacks > 0) {
      this.faults.dropCallbacks--;
      this.log.info(
        { order: order.merchantOrderId, seq: event.seq },
        'sandbox dropped a callback',
      );
      return;
    }
    const copies = 1 + this.faults.duplicateCallbacks;
    const send = async () => {
      if (this.faults.callbackDelayMs > 0)
        await new Promise((resolve) =>
          setTimeout(resolve, this.faults.callbackDelayMs),
        );
      for (let i = 0; i < copies; i++)
        await this.deliver(order.notifyUrl, event);
    };
    if (this.faults.reorderCallbacks && !this.held) {
      this.held = send;
      return;
    }
    const held = this.held;
    this.held = null;
    this.track(
      send().then(async () => {
        if (held) await held();
      }),
    );
  }

  private track(task: Promise<void>): void {
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** Posts one signed callback, retrying like a provider does on failure. */
  private async deliver(
    notifyUrl: string,
    event: ProviderEvent,
  ): Promise<void> {
    await deliverSignedCallback(
      notifyUrl,
      this.key,
      JSON.stringify(event),
      this.log,
      { seq: event.seq, order: event.merchantOrderId },
      (status) => {
        // Only the latest deliveries are kept, so a long demo does not grow the list without end.
        if (this.deliveries.length >= MAX_DELIVERIES) this.deliveries.shift();
        this.deliveries.push({
          merchantOrderId: event.merchantOrderId,
          seq: event.seq,
          status,
        });
      },
    );
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
