import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson, type Logger } from '@ykb/common';
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
    const updated = await mutateVersioned(
      this.models.Shipment,
      shipment._id,
      (current) => (current.waybillNumber ? null : { set: { waybillNumber } }),
      this.log,
    );
    return updated ?? shipment;
  }

  /** Merges tracking events into a shipment; known sequence numbers are skipped, so duplicates change nothing. */
  async applyEvents(
    shipmentId: string,
    events: CourierEvent[],
  ): Promise<ShipmentDocument | null> {
    return mutateVersioned(
      this.models.Shipment,
      shipmentId,
      (current) => {
        const known = new Set(current.tracking.map((event) => event.seq));
        const fresh = events.filter((event) => !known.has(event.seq));
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

  /** Handles POST /courier/notify: a signed tracking event for a known waybill. */
  async handleCallback(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const body = await readBody(req, 64 * 1024);
    const event = this.courier.parseCallback(req.headers, body);
    if (!event) {
      this.log.warn(
        { remote: req.socket.remoteAddress },
        'courier callback rejected: bad signature or body',
      );
      sendJson(res, 401, { result: 'REJECTED' });
      return;
    }
    const shipment = await this.models.Shipment.findOne({
      waybillNumber: event.waybillNumber,
    }).lean<ShipmentDocument>();
    if (!shipment) {
      sendJson(res, 404, { result: 'UNKNOWN_WAYBILL' });
      return;
    }
    await this.applyEvents(shipment._id, [event]);
    sendJson(res, 200, { result: 'OK' });
  }
}
