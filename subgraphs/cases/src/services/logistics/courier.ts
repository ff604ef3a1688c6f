import { appError, ErrorCode } from '@ykb/common';
import {
  callbackSignatureProblem,
  type RequestHeaders,
} from '../shared/signature.js';
import type { ShipmentStatus } from './model.js';

/** One tracking event of a waybill; `seq` counts the waybill's events from 1. */
export interface CourierEvent {
  waybillNumber: string;
  seq: number;
  status: ShipmentStatus;
  description: string;
  at: string;
}

/** A courier company as the platform sees it. */
export interface Courier {
  /** Orders a pickup, idempotent by the platform's shipment id, and returns the waybill number. */
  createWaybill(input: { orderId: string; notifyUrl: string }): Promise<string>;
  /** Lists every tracking event of a waybill. */
  trackingEvents(waybillNumber: string): Promise<CourierEvent[]>;
  /** Verifies a tracking callback's signature and parses it; null when forged or malformed. */
  parseCallback(headers: RequestHeaders, body: string): CourierEvent | null;
}

/** Adapter for the sandbox courier's HTTP API. */
export class HttpCourier implements Courier {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly callbackKey: Uint8Array,
    private readonly timeoutMs: number,
  ) {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        headers: {
          'content-type': 'application/json',
          'x-api-key': this.apiKey,
        },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      throw appError(
        ErrorCode.UpstreamFailed,
        'The courier could not be reached or timed out; try again.',
      );
    }
    if (!response.ok)
      throw appError(
        ErrorCode.UpstreamFailed,
        `The courier rejected the request with HTTP ${response.status}.`,
      );
    return (await response.json()) as T;
  }

  async createWaybill(input: {
    orderId: string;
    notifyUrl: string;
  }): Promise<string> {
    const created = await this.request<{ waybillNumber: string }>(
      '/v1/waybills',
      {
        method: 'POST',
        body: JSON.stringify(input),
      },
    );
    return created.waybillNumber;
  }

  async trackingEvents(waybillNumber: string): Promise<CourierEvent[]> {
    const result = await this.request<{ events: CourierEvent[] }>(
      `/v1/waybills/${encodeURIComponent(waybillNumber)}/events`,
    );
    return result.events;
  }

  parseCallback(headers: RequestHeaders, body: string): CourierEvent | null {
    if (callbackSignatureProblem(this.callbackKey, headers, body)) return null;
    try {
      const event = JSON.parse(body) as CourierEvent;
      return typeof event.waybillNumber === 'string' &&
        Number.isSafeInteger(event.seq)
        ? event
        : null;
    } catch {
      return null;
    }
  }
}
