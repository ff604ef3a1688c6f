import { Schema, type Connection } from 'mongoose';

/**
 * Collections of the data subgraph: the rows that the exchange holds per
 * dataset, sharing requests between departments, and exchange jobs with
 * their per-batch checkpoints and logs. The catalogue itself is code
 * (catalogue.ts), because each entry describes a collection that a
 * subgraph's code defines.
 */

/** Stored value of one row field; files and the API carry every value as text. */
export type RowValues = Record<string, string | null>;

export interface DatasetRowDocument {
  /** The dataset id, a colon and the row key. */
  _id: string;
  datasetId: string;
  key: string;
  divisionCode: string;
  values: RowValues;
  updatedAt: Date;
}

const rowSchema = new Schema<DatasetRowDocument>(
  {
    _id: { type: String, required: true },
    datasetId: { type: String, required: true },
    key: { type: String, required: true },
    divisionCode: { type: String, required: true },
    values: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
rowSchema.index({ datasetId: 1, key: 1 }, { unique: true });

export type SharingStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface SharingRequestDocument {
  _id: string;
  datasetId: string;
  requestingDepartmentCode: string;
  purpose: string;
  status: SharingStatus;
  requestedBy: string;
  requestedAt: Date;
  decidedBy?: string | null;
  decidedAt?: Date | null;
  expiresAt?: Date | null;
  decisionNote?: string | null;
  idempotencyKey: string;
  requestHash: string;
  version: number;
}

const sharingSchema = new Schema<SharingRequestDocument>(
  {
    _id: { type: String, required: true },
    datasetId: { type: String, required: true },
    requestingDepartmentCode: { type: String, required: true },
    purpose: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['PENDING', 'APPROVED', 'REJECTED'],
    },
    requestedBy: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    expiresAt: { type: Date, default: null },
    decisionNote: { type: String, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);
// A key belongs to the user who sent it, so two users never collide on one.
sharingSchema.index({ requestedBy: 1, idempotencyKey: 1 }, { unique: true });
sharingSchema.index({ datasetId: 1, requestingDepartmentCode: 1 });

export type ExchangeDirection = 'EXPORT' | 'IMPORT';
export type ExchangeStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface ExchangeJobDocument {
  _id: string;
  direction: ExchangeDirection;
  datasetId: string;
  fileName: string;
  status: ExchangeStatus;
  /** Rows per batch; each finished batch writes one checkpoint. */
  batchSize: number;
  /** Whether an export writes SENSITIVE values raw. */
  rawSensitiveValues: boolean;
  /** Division subtree an export covers. */
  divisionCode: string;
  startedBy: string;
  startedAt: Date;
  finishedAt?: Date | null;
  /** While RUNNING: when the worker's hold ends unless it finishes another batch; then another worker may resume the job. */
  leaseUntil?: Date | null;
  /** Worker that claimed the job last. */
  worker?: string | null;
  /** SHA-256 of an imported file when the job started; a resume refuses a changed file. */
  fileDigest?: string | null;
  /** Set for jobs started through the API; scheduled jobs use a key derived from the file or the period. */
  idempotencyKey: string;
  requestHash: string;
  version: number;
}

const jobSchema = new Schema<ExchangeJobDocument>(
  {
    _id: { type: String, required: true },
    direction: { type: String, required: true, enum: ['EXPORT', 'IMPORT'] },
    datasetId: { type: String, required: true },
    fileName: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['QUEUED', 'RUNNING', 'DONE', 'FAILED'],
    },
    batchSize: { type: Number, required: true, min: 1 },
    rawSensitiveValues: { type: Boolean, required: true },
    divisionCode: { type: String, required: true },
    startedBy: { type: String, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    leaseUntil: { type: Date, default: null },
    worker: { type: String, default: null },
    fileDigest: { type: String, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);
jobSchema.index({ startedBy: 1, idempotencyKey: 1 }, { unique: true });
jobSchema.index({ datasetId: 1, startedAt: -1 });
jobSchema.index({ status: 1, startedAt: 1 });

/**
 * A finished batch of a job. Its `_id` is the job id and the batch number,
 * so a batch is checkpointed once even when two workers resume one job.
 */
export interface CheckpointDocument {
  _id: string;
  jobId: string;
  batch: number;
  rows: number;
  /** Key of the last row of the batch; the next batch starts after it. */
  lastKey: string;
  at: Date;
}

const checkpointSchema = new Schema<CheckpointDocument>(
  {
    _id: { type: String, required: true },
    jobId: { type: String, required: true },
    batch: { type: Number, required: true },
    rows: { type: Number, required: true },
    lastKey: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
checkpointSchema.index({ jobId: 1, batch: 1 });

export interface ExchangeLogDocument {
  jobId: string;
  at: Date;
  level: 'info' | 'warn' | 'error';
  message: string;
  batch?: number | null;
}

const logSchema = new Schema<ExchangeLogDocument>(
  {
    jobId: { type: String, required: true },
    at: { type: Date, required: true },
    level: { type: String, required: true, enum: ['info', 'warn', 'error'] },
    message: { type: String, required: true },
    batch: { type: Number, default: null },
  },
  { versionKey: false },
);
logSchema.index({ jobId: 1, at: 1 });

/** When the open-data files of a dataset were last written. */
export interface PublicationDocument {
  _id: string;
  publishedAt: Date;
  rowCount: number;
}

const publicationSchema = new Schema<PublicationDocument>(
  {
    _id: { type: String, required: true },
    publishedAt: { type: Date, required: true },
    rowCount: { type: Number, required: true },
  },
  { versionKey: false },
);

/** Position of a dataset feed in its owner subgraph's change feed; `_id` is the dataset id. */
export interface FeedCursorDocument {
  _id: string;
  /** Cursor of the last change whose rows are stored; null before the owner has any change. */
  after: string | null;
  at: Date;
}

const feedCursorSchema = new Schema<FeedCursorDocument>(
  {
    _id: { type: String, required: true },
    after: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export function registerModels(connection: Connection) {
  return {
    Row: connection.model('DatasetRow', rowSchema, 'dataset_rows'),
    SharingRequest: connection.model(
      'SharingRequest',
      sharingSchema,
      'sharing_requests',
    ),
    Job: connection.model('ExchangeJob', jobSchema, 'exchange_jobs'),
    Checkpoint: connection.model(
      'ExchangeCheckpoint',
      checkpointSchema,
      'exchange_checkpoints',
    ),
    ExchangeLog: connection.model('ExchangeLog', logSchema, 'exchange_log'),
    Publication: connection.model(
      'OpenDataPublication',
      publicationSchema,
      'open_data_publications',
    ),
    FeedCursor: connection.model<FeedCursorDocument>(
      'DatasetFeedCursor',
      feedCursorSchema,
      'feed_cursors',
    ),
  };
}

export type DataModels = ReturnType<typeof registerModels>;
