import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const materialSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    required: { type: Boolean, required: true },
    form: { type: String, required: true, enum: ['ORIGINAL', 'COPY', 'ELECTRONIC'] },
    count: { type: Number, required: true, min: 1 },
    licenceTypeCode: { type: String, default: null },
  },
  { _id: false },
);

const formFieldSchema = new Schema(
  {
    key: { type: String, required: true },
    label: { type: String, required: true },
    type: { type: String, required: true, enum: ['TEXT', 'NUMBER', 'DATE', 'ID_CARD', 'MOBILE', 'SELECT'] },
    required: { type: Boolean, required: true },
    options: { type: [String], default: [] },
    maxLength: { type: Number, default: null },
  },
  { _id: false },
);

const feeSchema = new Schema(
  {
    name: { type: String, required: true },
    amountFen: { type: Number, required: true, min: 0 },
    basis: { type: String, required: true },
  },
  { _id: false },
);

export const itemSchema = new Schema(
  {
    _id: { type: String, required: true },
    basicCode: { type: String, required: true },
    name: { type: String, required: true },
    nameEn: { type: String, required: true },
    type: { type: String, required: true },
    subjectTypes: { type: [String], required: true },
    departmentCode: { type: String, required: true, index: true },
    divisionCode: { type: String, required: true },
    legalBasis: { type: String, required: true },
    conditions: { type: [String], default: [] },
    materials: { type: [materialSchema], default: [] },
    formFields: { type: [formFieldSchema], default: [] },
    statutoryLimitDays: { type: Number, required: true, min: 0 },
    promisedLimitDays: { type: Number, required: true, min: 0 },
    fees: { type: [feeSchema], default: [] },
    licenceTypeCode: { type: String, default: null },
    onlineDepth: { type: Number, required: true, min: 1, max: 4 },
    consultationPhone: { type: String, required: true },
    keywords: { type: [String], default: [] },
    version: { type: Number, required: true, default: 1 },
    status: { type: String, required: true, enum: ['DRAFT', 'PUBLISHED', 'WITHDRAWN'], default: 'PUBLISHED' },
  },
  { timestamps: true },
);

itemSchema.index({ status: 1, name: 1 });

export type ItemDocument = InferSchemaType<typeof itemSchema> & { _id: string };

export function registerModels(connection: Connection) {
  return { Item: connection.model('Item', itemSchema, 'items') };
}

export type ItemModels = ReturnType<typeof registerModels>;
