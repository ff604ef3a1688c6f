import { isDuplicateKeyError, type Logger } from '@ykb/common';
import { Schema, type Connection, type Model } from 'mongoose';

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
  /** Courier's waybill number; absent until the courier accepted the order (null in shipments stored before ensureWaybillIndex first ran). */
  waybillNumber?: string | null;
  /**
   * 1 for a case's first shipment in a direction; a results shipment sent
   * again after the courier's EXCEPTION counts on. Absent in shipments
   * stored before reshipping existed, which count as 1.
   */
  attempt?: number;
  /**
   * The way staff recover the results of a results shipment the courier
   * reported as EXCEPTION: mailed again (RESHIP) or handed over at the
   * window (WINDOW). Set once by claimRecovery; absent until then.
   */
  recovery?: 'RESHIP' | 'WINDOW';
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
    // No default: a shipment without a waybill leaves the field out, so the unique index skips it.
    waybillNumber: { type: String },
    attempt: { type: Number, default: 1 },
    // No default: absent until claimRecovery records the winning way.
    recovery: { type: String },
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
// One shipment per case, direction and attempt.
shipmentSchema.index({ caseId: 1, direction: 1, attempt: 1 }, { unique: true });
shipmentSchema.index({ applicantUserId: 1, createdAt: -1 });
shipmentSchema.index({ hallId: 1, direction: 1, createdAt: -1 });

/**
 * Drops the unique index on case and direction of earlier versions, which
 * allowed one shipment per direction and so no second results shipment.
 * ensureIndexes has built its successor, which adds the attempt.
 */
export async function dropRetiredShipmentIndex(
  shipments: Model<ShipmentDocument>,
  log: Logger,
): Promise<void> {
  const indexes = await shipments.collection.indexes();
  const retired = indexes.find(
    (index) =>
      index.unique && Object.keys(index.key).join(',') === 'caseId,direction',
  );
  if (!retired?.name) return;
  await shipments.collection.dropIndex(retired.name);
  log.info({ index: retired.name }, 'retired shipment index dropped');
}

/**
 * Finds the newest shipment of a case in a direction, by attempt and then
 * creation time; null when there is none.
 */
export function latestShipment(
  shipments: Model<ShipmentDocument>,
  caseId: string,
  direction: ShipmentDocument['direction'],
): Promise<ShipmentDocument | null> {
  return shipments
    .findOne({ caseId, direction })
    .sort({ attempt: -1, createdAt: -1, _id: -1 })
    .lean<ShipmentDocument>()
    .exec();
}

/** Collection holding one claim per failed results shipment, keyed by its id. */
const RECOVERY_CLAIMS = 'shipment_recoveries';

/**
 * Claims a failed results shipment for one way of recovering its results,
 * so a reship and a window handover racing each other cannot both go ahead.
 * The claim is an insert keyed by the shipment id: the unique _id lets one
 * insert win on MongoDB and on FerretDB alike, where a conditional update is
 * not applied atomically. Claiming the same way again succeeds, so a retried
 * request goes on. The winning way is copied onto the shipment for display.
 * Returns true when the shipment is claimed for `way`.
 */
export async function claimRecovery(
  shipments: Model<ShipmentDocument>,
  shipmentId: string,
  way: 'RESHIP' | 'WINDOW',
): Promise<boolean> {
  const claims = shipments.db.collection<{ _id: string; way: string }>(
    RECOVERY_CLAIMS,
  );
  try {
    await claims.insertOne({ _id: shipmentId, way });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const claim = await claims.findOne({ _id: shipmentId });
  if (claim?.way !== way) return false;
  await shipments.updateOne({ _id: shipmentId }, { $set: { recovery: way } });
  return true;
}

/** Name of the unique index on shipments.waybillNumber, built by ensureWaybillIndex. */
const WAYBILL_INDEX = 'waybillNumber_unique';

/**
 * Builds the unique index on waybill numbers, so a callback's waybill
 * names one shipment. It is sparse on MongoDB. FerretDB 1.24 accepts the
 * option but ignores it; its unique indexes already let any number of
 * documents lack the field, while two explicit nulls collide. So shipments
 * stored with a null waybill number lose the field first, and the plain
 * index of earlier versions is replaced. When stored duplicates stop the
 * build, the error is logged, start-up goes on and the plain index is kept
 * for callback lookups.
 */
export async function ensureWaybillIndex(
  shipments: Model<ShipmentDocument>,
  log: Logger,
): Promise<void> {
  const collection = shipments.collection;
  const indexes = await collection.indexes();
  if (indexes.some((index) => index.name === WAYBILL_INDEX)) return;
  await collection.updateMany(
    { waybillNumber: { $type: 'null' } },
    { $unset: { waybillNumber: 1 } },
  );
  const plain = indexes.find(
    (index) =>
      index.key.waybillNumber === 1 && Object.keys(index.key).length === 1,
  );
  if (plain?.name) await collection.dropIndex(plain.name);
  try {
    await collection.createIndex(
      { waybillNumber: 1 },
      { name: WAYBILL_INDEX, unique: true, sparse: true },
    );
  } catch (error) {
    log.error(
      { err: error },
      'unique waybill index not built: stored shipments share a waybill number; remove the duplicates and restart',
    );
    await collection.createIndex({ waybillNumber: 1 });
  }
}

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
