import { appError, ErrorCode, readInstant } from '@ykb/common';
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

/** Most tracking events one waybill may have; a higher sequence number is refused. */
export const MAX_TRACKING_EVENTS = 100;

/** Maximum length of a courier description; longer text is cut. */
const MAX_DESCRIPTION_LENGTH = 200;

/** Statuses a courier reports; CREATED is the platform's own. */
const COURIER_STATUSES: ReadonlySet<string> = new Set<ShipmentStatus>([
  'PICKED_UP',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
]);

/** An ISO 8601 date and time with seconds optional and a Z or numeric offset. */
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Earliest time of a tracking event, 2000-01-01T00:00:00Z. An earlier time is a courier clock or data error. */
const EARLIEST_EVENT_TIME = Date.UTC(2000, 0, 1);

/** How far a tracking event may lie after the current time, in ms, for a courier clock that runs ahead. */
const MAX_EVENT_CLOCK_AHEAD_MS = 86_400_000;

/**
 * Checks one tracking event from a courier, by callback or by polling,
 * and returns it in the platform's terms, or null when it cannot be stored.
 * The waybill number must be 1 to 40 letters or digits, and `seq` a whole
 * number from 1 to MAX_TRACKING_EVENTS. `at` must be an ISO 8601 instant
 * with its offset, because Date.parse also reads bare numbers ("5" is a day
 * of 2001) and local times. Its date and time must be real calendar values
 * (no 30 February), from 2000-01-01 to one day after `now`. A status the
 * platform does not know (a courier may add one, such as RETURNED) becomes
 * EXCEPTION, so staff look at the parcel, and the courier's code is kept in
 * front of the description. Control and direction-override characters are
 * removed from the description.
 */
export function readCourierEvent(
  value: unknown,
  now: Date = new Date(),
): CourierEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const { waybillNumber, seq, status, description, at } = value as Record<
    string,
    unknown
  >;
  if (
    typeof waybillNumber !== 'string' ||
    !/^[A-Za-z0-9]{1,40}$/.test(waybillNumber) ||
    typeof seq !== 'number' ||
    !Number.isInteger(seq) ||
    seq < 1 ||
    seq > MAX_TRACKING_EVENTS ||
    typeof status !== 'string' ||
    typeof at !== 'string' ||
    !ISO_INSTANT.test(at)
  )
    return null;
  const time = readInstant(at)?.getTime();
  if (
    time === undefined ||
    time < EARLIEST_EVENT_TIME ||
    time > now.getTime() + MAX_EVENT_CLOCK_AHEAD_MS
  )
    return null;
  const text = typeof description === 'string' ? description : '';
  const known = COURIER_STATUSES.has(status);
  const shown = known
    ? text
    : `[${status.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40)}] ${text}`;
  return {
    waybillNumber,
    seq,
    status: known ? (status as ShipmentStatus) : 'EXCEPTION',
    description: shown
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .slice(0, MAX_DESCRIPTION_LENGTH),
    at: new Date(time).toISOString(),
  };
}

/**
 * Returns a stored status as the schema can show it. A value outside the
 * enum, written before callbacks were checked, reads as EXCEPTION.
 */
export function shownShipmentStatus(status: string): ShipmentStatus {
  return status === 'CREATED' || COURIER_STATUSES.has(status)
    ? (status as ShipmentStatus)
    : 'EXCEPTION';
}

/** The outcome of reading a callback: its event, or the reason it was refused. */
export type CourierCallback =
  { event: CourierEvent } | { refused: 'SIGNATURE' | 'EVENT' };

/** A courier company as the platform sees it. */
export interface Courier {
  /** Orders a pickup, idempotent by the platform's shipment id, and returns the waybill number. */
  createWaybill(input: { orderId: string; notifyUrl: string }): Promise<string>;
  /** Lists every tracking event of a waybill that passes `readCourierEvent`. */
  trackingEvents(waybillNumber: string): Promise<CourierEvent[]>;
  /** Verifies a tracking callback's signature, then reads its event with `readCourierEvent`. */
  parseCallback(headers: RequestHeaders, body: string): CourierCallback;
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
    const result = await this.request<{ events?: unknown }>(
      `/v1/waybills/${encodeURIComponent(waybillNumber)}/events`,
    );
    const events = Array.isArray(result.events) ? result.events : [];
    return events
      .map((event) => readCourierEvent(event))
      .filter(
        (event): event is CourierEvent =>
          event !== null && event.waybillNumber === waybillNumber,
      );
  }

  parseCallback(headers: RequestHeaders, body: string): CourierCallback {
    if (callbackSignatureProblem(this.callbackKey, headers, body))
      return { refused: 'SIGNATURE' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { refused: 'EVENT' };
    }
    const event = readCourierEvent(parsed);
    return event ? { event } : { refused: 'EVENT' };
  }
}
