import { randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger } from '@ykb/common';
import { deliverSignedCallback } from '../shared/signature.js';
import {
  parseJsonObject,
  startSandboxServer,
  type SandboxServer,
} from '../shared/sandboxHttp.js';
import type { CourierEvent } from './courier.js';
import type { ShipmentStatus } from './model.js';

interface Waybill {
  number: string;
  orderId: string;
  notifyUrl: string;
  events: CourierEvent[];
}

/** The route every sandbox parcel travels, one step per advance. */
const ROUTE: { status: ShipmentStatus; description: string }[] = [
  { status: 'PICKED_UP', description: '快递员已揽收' },
  { status: 'IN_TRANSIT', description: '已到达重庆转运中心' },
  { status: 'OUT_FOR_DELIVERY', description: '派送中' },
  { status: 'DELIVERED', description: '已签收' },
];

/**
 * A local stand-in for a courier company (sandbox): it issues waybill
 * numbers, moves each parcel one step along a fixed route per advance
 * (POST /sandbox/advance/<waybill>, or every `stepMs` when set), or ends its
 * route with an EXCEPTION event when the advance's body is
 * `{"exception": "<description>"}`, posts each
 * tracking event as an HMAC-signed callback (three tries, as couriers retry
 * a failed notification) and serves the events for polling. State lives in memory.
 * The /v1/ API needs the API key. The /sandbox/ routes (advance, faults) need
 * none, so tests drive them directly; anyone who reaches the sandbox's
 * loopback port can move parcels or silence callbacks.
 */
export class SandboxCourier {
  private readonly waybills = new Map<string, Waybill>();
  private readonly byOrder = new Map<string, Waybill>();
  private server: SandboxServer | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** When true, callbacks are not sent, so tracking arrives only by polling. */
  private silent = false;

  constructor(
    private readonly key: Uint8Array,
    private readonly apiKey: string,
    private readonly log: Logger,
  ) {}

  async start(port: number, stepMs: number): Promise<string> {
    this.server = await startSandboxServer('courier', port, this.log, [
      (req, res, url, body) => this.route(req, res, url, body),
    ]);
    if (stepMs > 0)
      this.timer = setInterval(() => {
        for (const waybill of this.waybills.values())
          void this.advance(waybill);
      }, stepMs);
    return this.server.url;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.server?.close();
  }

  private async route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: string,
  ): Promise<boolean> {
    const path = url.pathname;
    if (path === '/sandbox/faults' && req.method === 'POST') {
      this.silent = parseJsonObject(body).silent === true;
      sendJson(res, 200, { silent: this.silent });
      return true;
    }
    const advance = /^\/sandbox\/advance\/([A-Z0-9]+)$/.exec(path);
    if (advance && req.method === 'POST') {
      const waybill = this.waybills.get(advance[1]!);
      if (!waybill) sendJson(res, 404, { error: 'WAYBILL_NOT_FOUND' });
      else {
        const { exception } = body ? parseJsonObject(body) : {};
        const event =
          typeof exception === 'string' && exception.length > 0
            ? await this.fail(waybill, exception)
            : await this.advance(waybill);
        sendJson(res, 200, { event });
      }
      return true;
    }
    if (!path.startsWith('/v1/')) return false;
    if (req.headers['x-api-key'] !== this.apiKey) {
      sendJson(res, 401, { error: 'INVALID_API_KEY' });
      return true;
    }
    if (path === '/v1/waybills' && req.method === 'POST') {
      const { orderId, notifyUrl } = parseJsonObject(body);
      if (typeof orderId !== 'string' || typeof notifyUrl !== 'string') {
        sendJson(res, 400, { error: 'INVALID_WAYBILL' });
        return true;
      }
      let waybill = this.byOrder.get(orderId);
      if (!waybill) {
        waybill = {
          number: this.newWaybillNumber(),
          orderId,
          notifyUrl,
          events: [],
        };
        this.waybills.set(waybill.number, waybill);
        this.byOrder.set(orderId, waybill);
      }
      sendJson(res, 200, { waybillNumber: waybill.number });
      return true;
    }
    const events = /^\/v1\/waybills\/([A-Z0-9]+)\/events$/.exec(path);
    if (events && req.method === 'GET') {
      const waybill = this.waybills.get(events[1]!);
      if (!waybill) sendJson(res, 404, { error: 'WAYBILL_NOT_FOUND' });
      else sendJson(res, 200, { events: waybill.events });
      return true;
    }
    return false;
  }

  /**
   * Issues a waybill number this sandbox has not issued before: SF, the
   * time in milliseconds and six random digits, drawn again on a repeat.
   * Sandboxes of other processes draw their own digits, so two of them
   * collide only with the same millisecond and the same draw.
   */
  private newWaybillNumber(): string {
    for (;;) {
      const digits = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const number = `SF${Date.now()}${digits}`;
      if (!this.waybills.has(number)) return number;
    }
  }

  /** Moves a parcel one step and sends the event; returns null once delivered or failed. */
  private async advance(waybill: Waybill): Promise<CourierEvent | null> {
    if (this.ended(waybill)) return null;
    const step = ROUTE[waybill.events.length];
    if (!step) return null;
    return this.record(waybill, step.status, step.description);
  }

  /** Ends a parcel's route with an EXCEPTION event, such as a refusal; returns null once delivered or failed. */
  private async fail(
    waybill: Waybill,
    description: string,
  ): Promise<CourierEvent | null> {
    if (this.ended(waybill)) return null;
    return this.record(waybill, 'EXCEPTION', description.slice(0, 100));
  }

  private ended(waybill: Waybill): boolean {
    const last = waybill.events[waybill.events.length - 1];
    return last?.status === 'DELIVERED' || last?.status === 'EXCEPTION';
  }

  private async record(
    waybill: Waybill,
    status: ShipmentStatus,
    description: string,
  ): Promise<CourierEvent> {
    const event: CourierEvent = {
      waybillNumber: waybill.number,
      seq: waybill.events.length + 1,
      status,
      description,
      at: new Date().toISOString(),
    };
    waybill.events.push(event);
    if (!this.silent) await this.notify(waybill.notifyUrl, event);
    return event;
  }

  private async notify(notifyUrl: string, event: CourierEvent): Promise<void> {
    await deliverSignedCallback(
      notifyUrl,
      this.key,
      JSON.stringify(event),
      this.log,
      { waybill: event.waybillNumber, seq: event.seq },
    );
  }
}
