import { appError, ErrorCode } from '@ykb/common';
import {
  callbackSignatureProblem,
  type RequestHeaders,
} from '../shared/signature.js';

export type ProviderEventType =
  'PAYMENT_SUCCEEDED' | 'PAYMENT_FAILED' | 'REFUND_SUCCEEDED';

/** One asynchronous notification of the provider; `seq` counts the order's events from 1. */
export interface ProviderEvent {
  merchantOrderId: string;
  seq: number;
  type: ProviderEventType;
  /** Payment amount, or the refund amount for REFUND_SUCCEEDED, in fen. */
  amountFen: number;
  transactionId: string | null;
  refundId: string | null;
  failureReason: string | null;
  at: string;
}

/** The provider's full state of one order, as returned by an order query. */
export interface ProviderSnapshot {
  merchantOrderId: string;
  /** Sequence number of the latest event of the order. */
  seq: number;
  status: 'UNPAID' | 'PAID';
  amountFen: number;
  transactionId: string | null;
  paidAt: string | null;
  lastFailure: string | null;
  refunds: { refundId: string; amountFen: number; at: string }[];
}

/** One line of the provider's daily statement file. */
export interface StatementLine {
  type: 'PAYMENT' | 'REFUND';
  merchantOrderId: string;
  refundId: string | null;
  amountFen: number;
}

/**
 * The payment platform as departments see it: every payment goes through
 * this interface, so no department talks to a provider directly.
 */
export interface PaymentProvider {
  /** Opens (or finds again, by merchant order id) the provider's order and returns its cashier address. */
  createOrder(input: {
    merchantOrderId: string;
    amountFen: number;
    subject: string;
    notifyUrl: string;
  }): Promise<{ providerOrderId: string; cashierUrl: string }>;
  /** Queries the provider's state of an order; null when it has none. */
  queryOrder(merchantOrderId: string): Promise<ProviderSnapshot | null>;
  /** Requests a refund, idempotent by refund id. */
  refund(input: {
    merchantOrderId: string;
    refundId: string;
    amountFen: number;
  }): Promise<{ status: 'SUCCEEDED' | 'FAILED'; reason?: string }>;
  /** Downloads and parses the statement file of one Asia/Shanghai day. */
  statement(date: string): Promise<StatementLine[]>;
  /** Verifies a callback's signature and parses it; throws when forged, stale or malformed. */
  parseCallback(headers: RequestHeaders, body: string): ProviderEvent;
}

/** A callback that failed verification. */
export class ForgedCallbackError extends Error {}

function upstream(message: string): Error {
  return appError(ErrorCode.UpstreamFailed, message);
}

/** Adapter for the sandbox provider's HTTP API (and any provider speaking the same protocol). */
export class HttpPaymentProvider implements PaymentProvider {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly callbackKey: Uint8Array,
    private readonly timeoutMs: number,
  ) {}

  private async request(
    path: string,
    init: RequestInit = {},
  ): Promise<Response> {
    try {
      return await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: {
          'content-type': 'application/json',
          'x-api-key': this.apiKey,
          ...(init.headers ?? {}),
        },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw upstream(
        timedOut
          ? `The payment provider did not answer within ${this.timeoutMs} ms; try again.`
          : 'The payment provider could not be reached; try again.',
      );
    }
  }

  private async json<T>(response: Response, what: string): Promise<T> {
    if (!response.ok)
      throw upstream(
        `The payment provider rejected the ${what} with HTTP ${response.status}.`,
      );
    return (await response.json()) as T;
  }

  async createOrder(input: {
    merchantOrderId: string;
    amountFen: number;
    subject: string;
    notifyUrl: string;
  }) {
    const response = await this.request('/v1/orders', {
      method: 'POST',
      body: JSON.stringify(input),
    });
    return this.json<{ providerOrderId: string; cashierUrl: string }>(
      response,
      'order',
    );
  }

  async queryOrder(merchantOrderId: string) {
    const response = await this.request(
      `/v1/orders/${encodeURIComponent(merchantOrderId)}`,
    );
    if (response.status === 404) return null;
    return this.json<ProviderSnapshot>(response, 'order query');
  }

  async refund(input: {
    merchantOrderId: string;
    refundId: string;
    amountFen: number;
  }) {
    const response = await this.request('/v1/refunds', {
      method: 'POST',
      body: JSON.stringify(input),
    });
    return this.json<{ status: 'SUCCEEDED' | 'FAILED'; reason?: string }>(
      response,
      'refund',
    );
  }

  async statement(date: string): Promise<StatementLine[]> {
    const response = await this.request(`/v1/statements/${date}`);
    if (!response.ok)
      throw upstream(
        `The payment provider's statement of ${date} failed with HTTP ${response.status}.`,
      );
    return parseStatement(await response.text());
  }

  parseCallback(headers: RequestHeaders, body: string): ProviderEvent {
    const problem = callbackSignatureProblem(this.callbackKey, headers, body);
    if (problem) throw new ForgedCallbackError(problem);
    const event = JSON.parse(body) as ProviderEvent;
    if (
      typeof event.merchantOrderId !== 'string' ||
      !Number.isSafeInteger(event.seq) ||
      !Number.isSafeInteger(event.amountFen)
    )
      throw new ForgedCallbackError('malformed event');
    return event;
  }
}

/** Parses a statement CSV: header `type,merchantOrderId,refundId,transactionId,amountFen,time`. */
export function parseStatement(csv: string): StatementLine[] {
  const rows = csv
    .split('\n')
    .map((row) => row.trim())
    .filter(Boolean);
  return rows.slice(1).map((row, index) => {
    const [type, merchantOrderId, refundId, , amount] = row.split(',');
    const amountFen = Number(amount);
    if (
      (type !== 'PAYMENT' && type !== 'REFUND') ||
      !merchantOrderId ||
      !Number.isSafeInteger(amountFen)
    )
      throw upstream(
        `Line ${index + 2} of the payment provider's statement is malformed.`,
      );
    return { type, merchantOrderId, refundId: refundId || null, amountFen };
  });
}
