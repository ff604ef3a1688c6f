import { Schema, type Connection, type InferSchemaType } from 'mongoose';

export const SERVICE_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export const AGENCY_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;

const intermediaryServiceSchema = new Schema(
  {
    _id: { type: String, required: true },
    code: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: SERVICE_STATUSES,
      default: 'DRAFT',
    },
    /** Implementation codes of the approval items that need this service. */
    itemIds: { type: [String], default: [] },
  },
  { timestamps: true },
);

intermediaryServiceSchema.index({ code: 1 }, { unique: true });
intermediaryServiceSchema.index({ itemIds: 1 });
intermediaryServiceSchema.index({ status: 1, code: 1 });

const agencySchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    creditCode: { type: String, required: true },
    serviceIds: { type: [String], required: true },
    status: {
      type: String,
      required: true,
      enum: AGENCY_STATUSES,
      default: 'PENDING',
    },
    /** User id of the legal person who registered the agency. */
    registeredBy: { type: String, required: true },
    idempotencyKey: { type: String, required: true },
  },
  { timestamps: true },
);

agencySchema.index({ creditCode: 1 }, { unique: true });
agencySchema.index({ idempotencyKey: 1 }, { unique: true });
agencySchema.index({ status: 1, serviceIds: 1 });

export type IntermediaryServiceDocument = InferSchemaType<
  typeof intermediaryServiceSchema
> & { _id: string };
export type AgencyDocument = InferSchemaType<typeof agencySchema> & {
  _id: string;
};

export function registerModels(connection: Connection) {
  return {
    IntermediaryService: connection.model(
      'IntermediaryService',
      intermediaryServiceSchema,
      'intermediary_services',
    ),
    Agency: connection.model('Agency', agencySchema, 'agencies'),
  };
}

export type IntermediaryModels = ReturnType<typeof registerModels>;
