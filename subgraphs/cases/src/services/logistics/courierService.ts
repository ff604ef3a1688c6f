import type { IncomingMessage, ServerResponse } from 'node:http';
import { appError, ErrorCode, sendJson, type Logger } from '@ykb/common';
import { readCallbackBody } from '../shared/callbackBody.js';
import { mutateVersioned } from '../shared/mutate.js';
import type { Courier, CourierEvent } from './courier.js';
import type { ShipmentDocument, registerLogisticsModels } from './model.js';

/** Path of the courier callback endpoint on the cases subgraph's HTTP server. */
export const COURIER_NOTIFY_PATH = '/courier/notify';

/** Shipments through the courier adapter: waybills, tracking callbacks and polling. */
export class CourierService {
  constructor(
    private readonly models: ReturnType<typeof registerLogisticsModels>,
    readonly courier: Courier,
    private readonly notifyUrl: () => string,
    private readonly log: Logger,
  ) {}

  /** Orders the waybill of a stored shipment that has none yet. */
  async orderWaybill(shipment: ShipmentDocument): Promise<ShipmentDocument> {
    if (shipment.waybillNumber) return shipment;
    const waybillNumber = await this.courier.createWaybill({
      orderId: shipment._id,
      notifyUrl: this.notifyUrl(),
    });
    // The unique index is the guard against a race; this check gives the clear error.
    const holder = await this.models.Shipment.findOne(
      { waybillNumber, _id: { $ne: shipment._id } },
      { _id: 1 },
    ).lean<Pick<ShipmentDocument, '_id'>>();
    if (holder) {
      this.log.error(
        {
          shipmentId: shipment._id,
          waybill: waybillNumber,
          holder: holder._id,
        },
        'courier issued a waybill number that another shipment holds',
      );
      throw appError(
        ErrorCode.UpstreamFailed,
        `The courier issued waybill ${waybillNumber}, which shipment ${holder._id} already holds; try again.`,
      );
    }
    const updated = await mutateVersioned(
      this.models.Shipment,
      shipment._id,
      (current) => (current.waybillNumber ? null : { set: { waybillNumber } }),
      this.log,
    );
    return updated ?? shipment;
  }

  /** Merges tracking events into a shipment; a sequence number already stored or already seen in `events` is skipped, so duplicates change nothing. */
  async applyEvents(
    shipmentId: string,
    events: CourierEvent[],
  ): Promise<ShipmentDocument | null> {
    return mutateVersioned(
      this.models.Shipment,
      shipmentId,
      (current) => {
        const known = new Set(current.tracking.map((event) => event.seq));
        const fresh = events.filter((event) => {
          if (known.has(event.seq)) return false;
          known.add(event.seq);
          return true;
        });
        if (fresh.length === 0) return null;
        const tracking = [
          ...current.tracking,
          ...fresh.map((event) => ({
            seq: event.seq,
            status: event.status,
            description: event.description,
            at: new Date(event.at),
          })),
        ].sort((a, b) => a.seq - b.seq);
        return {
          set: { tracking, status: tracking[tracking.length - 1]!.status },
        };
      },
      this.log,
    );
  }

  /** Polls the courier for a shipment's events. */
  async refresh(shipment: ShipmentDocument): Promise<ShipmentDocument> {
    const withWaybill = await this.orderWaybill(shipment);
    const events = await this.courier.trackingEvents(
      withWaybill.waybillNumber!,
    );
    return (await this.applyEvents(shipment._id, events)) ?? withWaybill;
  }

  /**
   * The events to merge for a callback. A gap before the callback's
   * sequence number means earlier callbacks were lost; the first one can
   * arrive before the waybill number is stored. Then the courier is polled
   * for the whole list. When that poll fails, the callback's own event is
   * still kept.
   */
  private async withMissed(
    shipment: ShipmentDocument,
    event: CourierEvent,
  ): Promise<CourierEvent[]> {
    const known = new Set(shipment.tracking.map((stored) => stored.seq));
    let missing = false;
    for (let seq = 1; seq < event.seq; seq++)
      if (!known.has(seq)) missing = true;
    if (!missing) return [event];
    try {
      return [
        ...(await this.courier.trackingEvents(event.waybillNumber)),
        event,
      ];
    } catch (error) {
      this.log.warn(
        { err: error, waybill: event.waybillNumber },
        'courier poll after a missed callback failed',
      );
      return [event];
    }
  }

  /** Handles POST /courier/notify: a signed tracking event for a known waybill. */
  async handleCallback(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const body = await readCallbackBody(req, res, this.log);
    if (body === null) return;
    const callback = this.courier.parseCallback(req.headers, body);
    if ('refused' in callback) {
      this.log.warn(
        { remote: req.socket.remoteAddress, refused: callback.refused },
        'courier callback rejected',
      );
      if (callback.refused === 'SIGNATURE')
        sendJson(res, 401, { result: 'REJECTED' });
      else sendJson(res, 400, { result: 'INVALID_EVENT' });
      return;
    }
    const { event } = callback;
    const shipment = await this.models.Shipment.findOne({
      waybillNumber: event.waybillNumber,
    }).lean<ShipmentDocument>();
    if (!shipment) {
      sendJson(res, 404, { result: 'UNKNOWN_WAYBILL' });
      return;
    }
    await this.applyEvents(
      shipment._id,
      await this.withMissed(shipment, event),
    );
    sendJson(res, 200, { result: 'OK' });
  }
}
