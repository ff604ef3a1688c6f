import { randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger } from '@ykb/common';
import { deliverSignedCallback } from '../shared/signature.js';
import {
  parseJsonObject,
  startSandboxServer,
  type SandboxServer,
} from '../shared/sandboxHttp.js';
import {
  arrayIn,
  integerIn,
  objectIn,
  SandboxStateFile,
  stateIn,
  stringIn,
} from '../shared/sandboxState.js';
import type { CourierEvent } from './courier.js';
import type { ShipmentStatus } from './model.js';

interface Waybill {
  number: string;
  orderId: string;
  notifyUrl: string;
  events: CourierEvent[];
  /** Sequence numbers of events whose callback got no response with a status below 500 yet. */
  undelivered: number[];
}

/** Version of the state file's layout. */
const STATE_VERSION = 1;

/** Events older than this get no more callbacks; the platform polls for them instead. */
const CALLBACK_MAX_AGE_MS = 24 * 3600_000;

const STATUSES: readonly string[] = [
  'PICKED_UP',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
];

/** Converts the JSON of a state file back into waybills; throws on a shape it does not accept. */
function readCourierState(value: unknown): Waybill[] {
  const state = stateIn(value, STATE_VERSION);
  return arrayIn(state.waybills, 'waybills').map((item, index) => {
    const field = `waybills[${index}]`;
    const waybill = objectIn(item, field);
    const number = stringIn(waybill.number, `${field}.number`);
    const events = arrayIn(waybill.events, `${field}.events`).map(
      (entry, position) => {
        const eventField = `${field}.events[${position}]`;
        const event = objectIn(entry, eventField);
        const status = stringIn(event.status, `${eventField}.status`);
        if (!STATUSES.includes(status))
          throw new Error(
            `${eventField}.status ${status} is not a known status`,
          );
        return {
          waybillNumber: number,
          seq: integerIn(event.seq, `${eventField}.seq`),
          status: status as ShipmentStatus,
          description: stringIn(event.description, `${eventField}.description`),
          at: stringIn(event.at, `${eventField}.at`),
        };
      },
    );
    return {
      number,
      orderId: stringIn(waybill.orderId, `${field}.orderId`),
      notifyUrl: stringIn(waybill.notifyUrl, `${field}.notifyUrl`),
      events,
      undelivered: arrayIn(waybill.undelivered, `${field}.undelivered`).map(
        (seq, position) => integerIn(seq, `${field}.undelivered[${position}]`),
      ),
    };
  });
}

/** The route every sandbox parcel travels, one step per advance. */
const ROUTE: { status: ShipmentStatus; description: string }[] = [
  { status: 'PICKED_UP', description: '快递员已揽收' },
  { status: 'IN_TRANSIT', description: '已到达重庆转运中心' },
  { status: 'OUT_FOR_DELIVERY', description: '派送中' },
  { status: 'DELIVERED', description: '已签收' },
];

/** Settings of the sandbox courier besides its keys. */
export interface SandboxCourierOptions {
  /** JSON file that keeps waybills across restarts; null or absent keeps them in memory only. */
  stateFile?: string | null;
  /** Milliseconds between rounds that send undelivered callbacks again; 30000 by default. */
  resendMs?: number;
}

/**
 * A local stand-in for a courier company (sandbox): it issues waybill
 * numbers, moves each parcel one step along a fixed route per advance
 * (POST /sandbox/advance/<waybill>, or every `stepMs` when set), or ends its
 * route with an EXCEPTION event when the advance's body is
 * `{"exception": "<description>"}`, posts each
 * tracking event as an HMAC-signed callback (three tries, as couriers retry
 * a failed notification) and serves the events for polling.
 *
 * A callback counts as delivered once the platform responds with a status
 * below 500. Undelivered callbacks are sent again every `resendMs` until the
 * event is CALLBACK_MAX_AGE_MS old, so events reach a platform that was down
 * or still starting. With a state file, waybills with their events and
 * undelivered callbacks survive a restart. Every change is saved before the
 * sandbox responds or sends the callback. After start() reads the file, the
 * `stepMs` advance continues unfinished routes, and the first resend round
 * sends the callbacks that a stop or crash cut off. The silent fault stays
 * in memory. Without a state file, everything stays in memory.
 *
 * The /v1/ API needs the API key. The /sandbox/ routes (advance, faults) need
 * none, so tests drive them directly; anyone who reaches the sandbox's
 * loopback port can move parcels or silence callbacks.
 */
export class SandboxCourier {
  private readonly waybills = new Map<string, Waybill>();
  private readonly byOrder = new Map<string, Waybill>();
  private readonly state: SandboxStateFile<unknown>;
  private readonly resendMs: number;
  private server: SandboxServer | undefined;
  private timer: NodeJS.Timeout | undefined;
  private resendTimer: NodeJS.Timeout | undefined;
  /** Advances and resend rounds started by the timers, which stop() waits for. */
  private readonly pending = new Set<Promise<unknown>>();
  /** Callbacks being sent, as `<waybill>:<seq>`, so a resend round skips them. */
  private readonly sending = new Set<string>();
  /** When true, callbacks are not sent, so tracking arrives only by polling. */
  private silent = false;

  constructor(
    private readonly key: Uint8Array,
    private readonly apiKey: string,
    private readonly log: Logger,
    options: SandboxCourierOptions = {},
  ) {
    this.state = new SandboxStateFile(
      options.stateFile ?? null,
      () => ({ version: STATE_VERSION, waybills: [...this.waybills.values()] }),
      log,
    );
    this.resendMs = options.resendMs ?? 30_000;
  }

  /** Reads the state file, if any, and starts serving on 127.0.0.1 and `port` (0 picks a free one). */
  async start(port: number, stepMs: number): Promise<string> {
    const saved = await this.state.load(readCourierState);
    if (saved) {
      for (const waybill of saved) {
        this.waybills.set(waybill.number, waybill);
        this.byOrder.set(waybill.orderId, waybill);
      }
      this.log.info(
        { file: this.state.path, waybills: saved.length },
        'courier sandbox state loaded',
      );
    }
    this.server = await startSandboxServer('courier', port, this.log, [
      (req, res, url, body) => this.route(req, res, url, body),
    ]);
    if (stepMs > 0)
      this.timer = setInterval(() => {
        for (const waybill of this.waybills.values())
          this.track(this.advance(waybill), waybill);
      }, stepMs);
    this.resendTimer = setInterval(() => {
      for (const waybill of this.waybills.values())
        if (waybill.undelivered.length > 0)
          this.track(this.resend(waybill), waybill);
    }, this.resendMs);
    return this.server.url;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.resendTimer);
    await this.server?.close();
    await Promise.allSettled([...this.pending]);
    await this.state.flush();
  }

  /** Keeps a timer's task until it ends, and logs its failure, such as a state file that cannot be written. */
  private track(task: Promise<unknown>, waybill: Waybill): void {
    const logged = task.catch((error: unknown) =>
      this.log.error(
        { err: error, waybill: waybill.number, file: this.state.path },
        'courier sandbox step failed',
      ),
    );
    this.pending.add(logged);
    void logged.finally(() => this.pending.delete(logged));
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
          undelivered: [],
        };
        this.waybills.set(waybill.number, waybill);
        this.byOrder.set(orderId, waybill);
        await this.state.save();
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

  /** Moves a parcel one step, saves it and sends the event; returns null once delivered or failed. */
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
    if (!this.silent) waybill.undelivered.push(event.seq);
    await this.state.save();
    if (!this.silent) await this.notify(waybill, event);
    return event;
  }

  /** Sends the undelivered callbacks of a waybill again, oldest first, and drops those of events too old to send. */
  private async resend(waybill: Waybill): Promise<void> {
    const now = Date.now();
    for (const seq of [...waybill.undelivered]) {
      const event = waybill.events.find((e) => e.seq === seq);
      if (!event || now - Date.parse(event.at) > CALLBACK_MAX_AGE_MS) {
        this.log.warn(
          { waybill: waybill.number, seq },
          'courier sandbox gave up an undelivered callback',
        );
        waybill.undelivered = waybill.undelivered.filter((s) => s !== seq);
        await this.state.save();
        continue;
      }
      if (!this.sending.has(`${waybill.number}:${seq}`))
        await this.notify(waybill, event);
    }
  }

  /** Posts one event's callback and, once it is delivered, removes it from the undelivered list. */
  private async notify(waybill: Waybill, event: CourierEvent): Promise<void> {
    const id = `${waybill.number}:${event.seq}`;
    this.sending.add(id);
    let delivered = false;
    try {
      await deliverSignedCallback(
        waybill.notifyUrl,
        this.key,
        JSON.stringify(event),
        this.log,
        { waybill: event.waybillNumber, seq: event.seq },
        (status) => {
          delivered = status < 500;
        },
      );
    } finally {
      this.sending.delete(id);
    }
    if (!delivered) return;
    waybill.undelivered = waybill.undelivered.filter((s) => s !== event.seq);
    await this.state.save();
  }
}
