import { Schema, type Connection } from 'mongoose';

export interface MailAddressDocument {
  recipient: string;
  mobile: string;
  street: string;
  divisionCode: string;
}

/** The applicant's mail choice of one case; the `_id` is the case id. */
export interface DeliveryChoiceDocument {
  _id: string;
  applicantUserId: string;
  divisionCode: string;
  departmentCode: string;
  mailMaterials: boolean;
  mailResults: boolean;
  address: MailAddressDocument | null;
  /** Agent who chose for the legal person; null when the applicant did. */
  agentUserId?: string | null;
  idempotencyKey: string;
  /** hashRequest of the request that used the idempotency key, to tell a retry from a reused key. */
  requestHash: string | null;
  updatedAt: Date;
}

export type ShipmentStatus =
  | 'CREATED'
  | 'PICKED_UP'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'DELIVERED'
  | 'EXCEPTION';

export interface TrackingEventDocument {
  seq: number;
  status: ShipmentStatus;
  description: string;
  at: Date;
}

export interface ShipmentDocument {
  _id: string;
  caseId: string;
  caseNumber: string;
  applicantUserId: string;
  divisionCode: string;
  departmentCode: string;
  direction: 'MATERIALS_TO_HALL' | 'RESULTS_TO_APPLICANT';
  hallId: string;
  waybillNumber: string | null;
  status: ShipmentStatus;
  /** Tracking events by courier sequence number, oldest first. */
  tracking: TrackingEventDocument[];
  createdBy: string;
  /** Agent who mailed the materials for the legal person; null otherwise. */
  agentUserId?: string | null;
  idempotencyKey: string;
  /** hashRequest of the request that used the idempotency key, to tell a retry from a reused key. */
  requestHash: string | null;
  createdAt: Date;
  version: number;
}

const addressSchema = new Schema<MailAddressDocument>(
  { recipient: String, mobile: String, street: String, divisionCode: String },
  { _id: false },
);

const deliverySchema = new Schema<DeliveryChoiceDocument>(
  {
    _id: { type: String, required: true },
    applicantUserId: { type: String, required: true },
    divisionCode: { type: String, required: true },
    departmentCode: { type: String, required: true },
    mailMaterials: { type: Boolean, required: true },
    mailResults: { type: Boolean, required: true },
    address: { type: addressSchema, default: null },
    agentUserId: { type: String, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, default: null },
    updatedAt: { type: Date, required: true },
  },
  { minimize: false },
);

const trackingSchema = new Schema<TrackingEventDocument>(
  { seq: Number, status: String, description: String, at: Date },
  { _id: false },
);

const shipmentSchema = new Schema<ShipmentDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    applicantUserId: { type: String, required: true },
    divisionCode: { type: String, required: true },
    departmentCode: { type: String, required: true },
    direction: { type: String, required: true },
    hallId: { type: String, required: true },
    waybillNumber: { type: String, default: null },
    status: { type: String, required: true },
    tracking: { type: [trackingSchema], default: [] },
    createdBy: { type: String, required: true },
    agentUserId: { type: String, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, default: null },
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { minimize: false },
);
// A retried createShipment finds the first shipment through this key.
shipmentSchema.index({ createdBy: 1, idempotencyKey: 1 }, { unique: true });
// One shipment per case and direction.
shipmentSchema.index({ caseId: 1, direction: 1 }, { unique: true });
shipmentSchema.index({ applicantUserId: 1, createdAt: -1 });
shipmentSchema.index({ hallId: 1, direction: 1, createdAt: -1 });
shipmentSchema.index({ waybillNumber: 1 });

export function registerLogisticsModels(connection: Connection) {
  return {
    DeliveryChoice: connection.model<DeliveryChoiceDocument>(
      'DeliveryChoice',
      deliverySchema,
      'delivery_choices',
    ),
    Shipment: connection.model<ShipmentDocument>(
      'Shipment',
      shipmentSchema,
      'shipments',
    ),
  };
}
