import {
  Schema,
  type Connection,
  type InferSchemaType,
  type MongooseQueryMiddleware,
  type Query,
} from 'mongoose';
import type { FormFieldSpec } from '@ykb/common';

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
    blankFormUrl: { type: String, default: null },
    exampleUrl: { type: String, default: null },
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

const processStepSchema = new Schema(
  {
    name: { type: String, required: true },
    description: { type: String, required: true },
    limitDays: { type: Number, default: null },
  },
  { _id: false },
);

const handlingPlaceSchema = new Schema(
  {
    name: { type: String, required: true },
    address: { type: String, required: true },
    hours: { type: String, required: true },
  },
  { _id: false },
);

const faqSchema = new Schema(
  {
    question: { type: String, required: true },
    answer: { type: String, required: true },
  },
  { _id: false },
);

/** Fields of an implementation list entry that each version stores and a department edits. */
const contentFields = {
  name: { type: String, required: true },
  nameEn: { type: String, required: true },
  aliases: { type: [String], default: [] },
  themes: { type: [String], default: [] },
  keywords: { type: [String], default: [] },
  subjectTypes: { type: [String], required: true },
  legalBasis: { type: String, required: true },
  conditions: { type: [String], default: [] },
  materials: { type: [materialSchema], default: [] },
  formFields: { type: [formFieldSchema], default: [] },
  statutoryLimitDays: { type: Number, required: true, min: 0 },
  promisedLimitDays: { type: Number, required: true, min: 0 },
  fees: { type: [feeSchema], default: [] },
  processSteps: { type: [processStepSchema], default: [] },
  handlingPlaces: { type: [handlingPlaceSchema], default: [] },
  deliveryMethods: { type: [String], default: [] },
  onlineDepth: { type: Number, required: true, min: 1, max: 4 },
  faqs: { type: [faqSchema], default: [] },
  consultationPhone: { type: String, required: true },
  licenceTypeCode: { type: String, default: null },
} as const;

const contentSchema = new Schema(contentFields, { _id: false });

/**
 * The published head of an item: the content of its current published
 * version, which `item(id)`, entity references and search read, plus the
 * search terms derived from it when it is written.
 */
export const itemSchema = new Schema(
  {
    _id: { type: String, required: true },
    basicCode: { type: String, required: true },
    type: { type: String, required: true },
    departmentCode: { type: String, required: true, index: true },
    divisionCode: { type: String, required: true },
    ...contentFields,
    /** Number of the published version served. */
    version: { type: Number, required: true, default: 1 },
    status: {
      type: String,
      required: true,
      enum: ['DRAFT', 'PUBLISHED', 'WITHDRAWN'],
      default: 'PUBLISHED',
    },
    delegatedFrom: { type: String, default: null },
    /** Character unigrams and bigrams of the names and keywords, and lower-case Latin words; see searchTerms.ts. */
    searchTokens: { type: [String], default: undefined },
    /** Full pinyin and pinyin initials of the name, aliases and keywords. */
    pinyinTerms: { type: [String], default: undefined },
    /** Full pinyin of the name, the sort key of item lists. */
    pinyinKey: { type: String, default: undefined },
  },
  { timestamps: true },
);

itemSchema.index({ status: 1, pinyinKey: 1 });
itemSchema.index({ searchTokens: 1 });
itemSchema.index({ pinyinTerms: 1 });
// The data catalogue's change feed reads items in this order.
itemSchema.index({ updatedAt: 1, _id: 1 });

const reviewSchema = new Schema(
  {
    stage: { type: String, required: true, enum: ['DEPARTMENT', 'LEGAL'] },
    approved: { type: Boolean, required: true },
    reasons: { type: [String], default: [] },
    reviewerId: { type: String, required: true },
    reviewerName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const delegationSchema = new Schema(
  {
    sourceItemId: { type: String, required: true },
    sourceVersion: { type: Number, required: true },
    reason: { type: String, required: true },
    delegatedBy: { type: String, required: true },
    delegatedAt: { type: Date, required: true },
  },
  { _id: false },
);

export const ITEM_VERSION_STATUSES = [
  'DRAFT',
  'DEPARTMENT_REVIEW',
  'LEGAL_REVIEW',
  'APPROVED',
  'REJECTED',
  'PUBLISHED',
  'SUPERSEDED',
] as const;

export type ItemVersionStatus = (typeof ITEM_VERSION_STATUSES)[number];

/**
 * One version of an item. `number` is the item's version number; `version`
 * is the change counter that `changeAtVersion` claims, exposed as
 * `revision`. The `_id` is `<itemId>@v<number>`, so a second draft of the
 * same number cannot be inserted.
 */
export const itemVersionSchema = new Schema({
  _id: { type: String, required: true },
  itemId: { type: String, required: true, index: true },
  number: { type: Number, required: true, min: 1 },
  basicCode: { type: String, required: true },
  type: { type: String, required: true },
  departmentCode: { type: String, required: true },
  divisionCode: { type: String, required: true },
  status: { type: String, required: true, enum: ITEM_VERSION_STATUSES },
  content: { type: contentSchema, required: true },
  basedOn: { type: Number, default: null },
  version: { type: Number, required: true, default: 0 },
  createdBy: { type: String, required: true },
  createdByName: { type: String, required: true },
  createdAt: { type: Date, required: true },
  reviews: { type: [reviewSchema], default: [] },
  /** Users who edited or submitted the version; none of them may give its departmental review. */
  editorIds: { type: [String], default: [] },
  publishedAt: { type: Date, default: null },
  publishedBy: { type: String, default: null },
  delegation: { type: delegationSchema, default: null },
});

itemVersionSchema.index({ status: 1, divisionCode: 1 });

/** An entry of the basic catalogue (目录清单); `_id` is the basic code. */
export const catalogueEntrySchema = new Schema({
  _id: { type: String, required: true },
  name: { type: String, required: true },
  type: { type: String, required: true },
  legalBasis: { type: String, required: true },
  levels: { type: [String], required: true },
  departmentCode: { type: String, required: true },
  version: { type: Number, required: true, default: 0 },
});

/** An entry of a configuration dictionary; `_id` is `<dictionary>:<code>`. */
export const dictionaryEntrySchema = new Schema({
  _id: { type: String, required: true },
  dictionary: { type: String, required: true },
  code: { type: String, required: true },
  name: { type: String, required: true },
  nameEn: { type: String, required: true },
  order: { type: Number, required: true },
  enabled: { type: Boolean, required: true },
  version: { type: Number, required: true, default: 0 },
});

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

/** Content of one version, as stored. */
export interface ItemContent {
  name: string;
  nameEn: string;
  aliases: string[];
  themes: string[];
  keywords: string[];
  subjectTypes: string[];
  legalBasis: string;
  conditions: string[];
  materials: {
    code: string;
    name: string;
    required: boolean;
    form: 'ORIGINAL' | 'COPY' | 'ELECTRONIC';
    count: number;
    licenceTypeCode: string | null;
    blankFormUrl: string | null;
    exampleUrl: string | null;
  }[];
  formFields: FormFieldSpec[];
  statutoryLimitDays: number;
  promisedLimitDays: number;
  fees: { name: string; amountFen: number; basis: string }[];
  processSteps: {
    name: string;
    description: string;
    limitDays: number | null;
  }[];
  handlingPlaces: { name: string; address: string; hours: string }[];
  deliveryMethods: ('WINDOW' | 'POST' | 'ELECTRONIC')[];
  onlineDepth: number;
  faqs: { question: string; answer: string }[];
  consultationPhone: string;
  licenceTypeCode: string | null;
}

export type ItemDocument = InferSchemaType<typeof itemSchema> & { _id: string };

export interface ItemReviewRecord {
  stage: 'DEPARTMENT' | 'LEGAL';
  approved: boolean;
  reasons: string[];
  reviewerId: string;
  reviewerName: string;
  at: Date;
}

export interface ItemVersionDocument {
  _id: string;
  itemId: string;
  number: number;
  basicCode: string;
  type: string;
  departmentCode: string;
  divisionCode: string;
  status: ItemVersionStatus;
  content: ItemContent;
  basedOn: number | null;
  /** Change counter claimed by changeAtVersion. */
  version: number;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  reviews: ItemReviewRecord[];
  /** Users who edited or submitted the version; missing on versions stored before it was recorded. */
  editorIds?: string[];
  publishedAt: Date | null;
  publishedBy: string | null;
  delegation: {
    sourceItemId: string;
    sourceVersion: number;
    reason: string;
    delegatedBy: string;
    delegatedAt: Date;
  } | null;
}

export type CatalogueEntryDocument = InferSchemaType<
  typeof catalogueEntrySchema
> & { _id: string };
export type DictionaryEntryDocument = InferSchemaType<
  typeof dictionaryEntrySchema
> & { _id: string };

export function registerModels(connection: Connection) {
  return {
    Item: connection.model('Item', itemSchema, 'items'),
    ItemVersion: connection.model(
      'ItemVersion',
      itemVersionSchema,
      'item_versions',
    ),
    CatalogueEntry: connection.model(
      'CatalogueEntry',
      catalogueEntrySchema,
      'catalogue_entries',
    ),
    DictionaryEntry: connection.model(
      'DictionaryEntry',
      dictionaryEntrySchema,
      'dictionary_entries',
    ),
  };
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
