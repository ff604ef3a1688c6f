import {
  Schema,
  type Connection,
  type InferSchemaType,
  type MongooseQueryMiddleware,
  type Query,
} from 'mongoose';

const materialSchema = new Schema(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    required: { type: Boolean, required: true },
    form: {
      type: String,
      required: true,
      enum: ['ORIGINAL', 'COPY', 'ELECTRONIC'],
    },
    count: { type: Number, required: true, min: 1 },
    licenceTypeCode: { type: String, default: null },
  },
  { _id: false },
);

const formFieldSchema = new Schema(
  {
    key: { type: String, required: true },
    label: { type: String, required: true },
    type: {
      type: String,
      required: true,
      enum: ['TEXT', 'NUMBER', 'DATE', 'ID_CARD', 'MOBILE', 'SELECT'],
    },
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
    status: {
      type: String,
      required: true,
      enum: ['DRAFT', 'PUBLISHED', 'WITHDRAWN'],
      default: 'PUBLISHED',
    },
  },
  { timestamps: true },
);

itemSchema.index({ status: 1, name: 1 });

/** Write listeners per compiled Item model, so that instances on other connections in the same process do not see each other's writes. */
const writeListeners = new WeakMap<object, Set<() => void>>();

function notifyWrite(model: unknown): void {
  if (typeof model !== 'function') return;
  for (const listener of writeListeners.get(model) ?? []) listener();
}

const QUERY_WRITES: MongooseQueryMiddleware[] = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'deleteOne',
  'deleteMany',
];

function afterQueryWrite(this: Query<unknown, unknown>): void {
  notifyWrite(this.model);
}

function afterDocumentWrite(this: { constructor: unknown }): void {
  notifyWrite(this.constructor);
}

function afterModelWrite(this: unknown): void {
  notifyWrite(this);
}

// Each hook also runs as an error handler because a failed updateMany, deleteMany or
// unordered insertMany may have written part of its documents. The handlers take no
// arguments, so mongoose still passes the error on to the caller.
itemSchema.post(
  QUERY_WRITES,
  { document: false, query: true },
  afterQueryWrite,
);
itemSchema.post(
  QUERY_WRITES,
  { document: false, query: true, errorHandler: true },
  afterQueryWrite,
);
itemSchema.post(
  ['save', 'deleteOne', 'updateOne'],
  { document: true, query: false },
  afterDocumentWrite,
);
itemSchema.post(
  ['save', 'deleteOne', 'updateOne'],
  { document: true, query: false, errorHandler: true },
  afterDocumentWrite,
);
itemSchema.post('insertMany', afterModelWrite);
itemSchema.post('insertMany', { errorHandler: true }, afterModelWrite);
itemSchema.post('bulkWrite', afterModelWrite);
itemSchema.post('bulkWrite', { errorHandler: true }, afterModelWrite);

export type ItemDocument = InferSchemaType<typeof itemSchema> & { _id: string };

export function registerModels(connection: Connection) {
  return { Item: connection.model('Item', itemSchema, 'items') };
}

export type ItemModels = ReturnType<typeof registerModels>;

/**
 * Registers a listener that runs after every write made through the model's
 * middleware: document saves and deletes, update, replace and delete queries,
 * insertMany and bulkWrite, successful or failed. Writes through
 * `model.collection` bypass middleware and are not reported. Returns a function
 * that removes the listener.
 */
export function onItemWrite(
  model: ItemModels['Item'],
  listener: () => void,
): () => void {
  let listeners = writeListeners.get(model);
  if (!listeners) {
    listeners = new Set();
    writeListeners.set(model, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
