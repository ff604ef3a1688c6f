import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DatasetEntry, DatasetFieldEntry } from '../catalogue.js';
import type { RowView, RowPageView } from '../access.js';
import type { StatisticsView } from '../statistics.js';
import type { ApplicationStatisticsView, ProtectedApplicationLine } from '../applicationCounts.js';
import type { ProtectedValue as ProtectedCountValue, ProtectedValue as ProtectedRateValue } from '@ykb/common';
import type { SharingRequestDocument, ExchangeJobDocument, ExchangeLogDocument } from '../model.js';
import type { OpenDatasetView } from '../openData.js';
import type { DataContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time in ISO 8601 with a time zone, stored in UTC. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One line of the application statistics: one item in one division and month, or their total. */
export type ApplicationCountLine = {
  __typename?: 'ApplicationCountLine';
  /** Applications decided: approved (before or after delivery) or rejected. */
  decided: ProtectedCount;
  /** decided divided by submitted, from 0 to 1, rounded to four decimals. */
  decisionRate: ProtectedRate;
  /** Division the applications were filed in, as the case records it. */
  divisionCode: Scalars['String']['output'];
  /** Item name; null on the total line of the division and month. */
  itemName?: Maybe<Scalars['String']['output']>;
  /** Month of submission, YYYY-MM (Asia/Shanghai). */
  month: Scalars['String']['output'];
  /** Applications submitted. */
  submitted: ProtectedCount;
};

/** The open application statistics (办件统计), counted from the dataset cases.applications. */
export type ApplicationStatistics = {
  __typename?: 'ApplicationStatistics';
  /** Path of the CSV file, in which withheld values are written as their marker. */
  csvPath: Scalars['String']['output'];
  /** What the table counts, in Chinese. */
  description: Scalars['String']['output'];
  /** Table id in the open-data files: statistics.applications. */
  id: Scalars['ID']['output'];
  /** Path of the JSON file, in which each value is an object of value, suppressed and reason. */
  jsonPath: Scalars['String']['output'];
  /** Lines in the table. */
  lineCount: Scalars['Int']['output'];
  /**
   * Lines ordered by division, month, then the total before its items; at most
   * `first` (1 to 100, 50 by default) after skipping `offset`. Exact for
   * divisions in the subtree of a viewer who may read the rows of
   * cases.applications (see datasetRows); small counts withheld everywhere else.
   */
  lines: Array<ApplicationCountLine>;
  /** Name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** When the files were last written (UTC); null before the first publication. The files always withhold small counts. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Smallest count published to viewers who may not read the applications. */
  threshold: Scalars['Int']['output'];
};


/** The open application statistics (办件统计), counted from the dataset cases.applications. */
export type ApplicationStatisticsLinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A dataset that the platform holds (数据目录条目): one collection of one
 * subgraph, its fields with their classification, its owner department and
 * how often it is refreshed. The catalogue is public. Rows need a right to
 * the dataset (see datasetRows).
 */
export type Dataset = {
  __typename?: 'Dataset';
  /** What the dataset contains. */
  description: Scalars['String']['output'];
  /** Fields of every row, in file order. */
  fields: Array<DatasetField>;
  /** Dataset id, such as cases.applications. */
  id: Scalars['ID']['output'];
  /** Name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Whether the open-data portal publishes the dataset's PUBLIC fields. */
  open: Scalars['Boolean']['output'];
  /** Department that owns the dataset and decides sharing requests. */
  ownerDepartmentCode: Scalars['String']['output'];
  /** Number of rows held by the exchange. */
  rowCount: Scalars['Int']['output'];
  /** Collection of the source records in that subgraph's database. */
  sourceCollection: Scalars['String']['output'];
  /** Subgraph whose database holds the source records. */
  sourceSubgraph: Scalars['String']['output'];
  /** How often the owner refreshes the dataset. */
  updateFrequency: UpdateFrequency;
};

/** One field of a dataset in the data catalogue. */
export type DatasetField = {
  __typename?: 'DatasetField';
  /** Who may see the field's value. */
  classification: FieldClassification;
  /** Meaning of the field in Chinese. */
  description: Scalars['String']['output'];
  /** Field name as it appears in rows and files. */
  name: Scalars['String']['output'];
  /** Kind of personal data, which decides how a SENSITIVE value is desensitised. */
  personalDataKind: PersonalDataKind;
};

/** One row of a dataset held by the exchange. Reading it needs the same right as datasetRows, through any path. */
export type DatasetRow = {
  __typename?: 'DatasetRow';
  /** Dataset the row belongs to. */
  dataset: Dataset;
  /** Division code of the record the row came from. */
  divisionCode: Scalars['String']['output'];
  /** Row id: the dataset id, a colon and the row key. */
  id: Scalars['ID']['output'];
  /** Key of the row within its dataset. */
  key: Scalars['String']['output'];
  /** Values in the order of the dataset's fields. */
  values: Array<DatasetValue>;
};

/** One page of dataset rows, ordered by row key. */
export type DatasetRowPage = {
  __typename?: 'DatasetRowPage';
  /** Key to pass as `after` for the next page; null on the last page. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Rows of this page. */
  rows: Array<DatasetRow>;
};

/**
 * Statistics of one dataset; they contain counts only, no personal data.
 * Counts are exact for viewers who may read the dataset's rows (see
 * datasetRows); for other viewers, counts from 1 to the small-cell threshold
 * are withheld, and so are the counts that would give them back as the row
 * count minus the other counts.
 */
export type DatasetStatistics = {
  __typename?: 'DatasetStatistics';
  /** Rows per county-level division. */
  byCounty: Array<DivisionCount>;
  /** Dataset counted. */
  dataset: Dataset;
  /** True when every count is exact, because the viewer may read the dataset's rows. */
  exact: Scalars['Boolean']['output'];
  /** Figures per field. */
  fields: Array<FieldStatistics>;
  /** Rows in the viewer's division subtree. */
  rowCount: ProtectedCount;
};

/** One value of a dataset row, as the viewer may see it. */
export type DatasetValue = {
  __typename?: 'DatasetValue';
  /** Field name. */
  field: Scalars['String']['output'];
  /** Whether the value was desensitised for this viewer. */
  masked: Scalars['Boolean']['output'];
  /** Value, desensitised when the viewer lacks the right to the raw value; null when empty. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Row counts of one county-level division. */
export type DivisionCount = {
  __typename?: 'DivisionCount';
  /** Division code of the county (6 digits). */
  divisionCode: Scalars['String']['output'];
  /** Rows of that county. */
  rows: ProtectedCount;
};

/** Direction of an exchange job. */
export type ExchangeDirection =
  /** Rows of the exchange written to a file under the data folder. */
  | 'EXPORT'
  /** Rows read from a file under the data folder into the exchange. */
  | 'IMPORT';

/**
 * An export or import of one dataset as a JSON Lines file (数据交换). Starting
 * a job records it as QUEUED and a background worker of the data subgraph
 * runs it. Rows move in batches and each finished batch writes a checkpoint
 * to the database, so a job stopped by a crash resumes after its last
 * checkpoint without duplicates or gaps.
 */
export type ExchangeJob = {
  __typename?: 'ExchangeJob';
  /** Batches finished so far. */
  batchesDone: Scalars['Int']['output'];
  /** Dataset moved. */
  dataset: Dataset;
  /** Export or import. */
  direction: ExchangeDirection;
  /** File name under the exchange folder (exchange/outbox for exports, exchange/inbox for imports). */
  fileName: Scalars['String']['output'];
  /** When the job finished (UTC); null until DONE. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Job id. */
  id: Scalars['ID']['output'];
  /** Log of the job, oldest first. */
  log: Array<ExchangeLogEntry>;
  /** Whether the export kept SENSITIVE values raw; false means desensitised for the requester. */
  rawSensitiveValues: Scalars['Boolean']['output'];
  /** Rows moved so far. */
  rowsDone: Scalars['Int']['output'];
  /** When the job was requested (UTC). */
  startedAt: Scalars['DateTime']['output'];
  /** User id of the requester, or `schedule` for a scheduled job. */
  startedBy: Scalars['String']['output'];
  /** State of the job. */
  status: ExchangeJobStatus;
};

/** State of an exchange job. */
export type ExchangeJobStatus =
  /** Every batch is done. */
  | 'DONE'
  /** A batch failed; resumeExchangeJob queues it again to continue after the last checkpoint. */
  | 'FAILED'
  /** Recorded and waiting for the subgraph's background worker. */
  | 'QUEUED'
  /** Running, or stopped by a crash; once the worker's lease runs out, a worker continues it after the last checkpoint. */
  | 'RUNNING';

/** One entry of an exchange job's log. */
export type ExchangeLogEntry = {
  __typename?: 'ExchangeLogEntry';
  /** When it was written (UTC). */
  at: Scalars['DateTime']['output'];
  /** Batch number the entry is about, from 1; null for the whole job. */
  batch?: Maybe<Scalars['Int']['output']>;
  /** info, warn or error. */
  level: Scalars['String']['output'];
  /** What happened. */
  message: Scalars['String']['output'];
};

/** Who may see a dataset field's value. */
export type FieldClassification =
  /** Government staff; never published. */
  | 'INTERNAL'
  /** Anyone, including the open-data portal. */
  | 'PUBLIC'
  /** Personal data: raw only for SYSTEM and for staff in PERSONAL_DATA_ROLES of the owner department or of a department with a grant; desensitised for everyone else. */
  | 'SENSITIVE';

/**
 * Aggregate figures of one field; values themselves never appear. Viewers who
 * may not read the dataset's rows get small counts withheld (see
 * SuppressionReason).
 */
export type FieldStatistics = {
  __typename?: 'FieldStatistics';
  /** Number of distinct values; null for SENSITIVE fields, whose distribution could identify a person. Withheld (DERIVED) when `filled` is withheld. */
  distinct?: Maybe<ProtectedCount>;
  /** Field name. */
  field: Scalars['String']['output'];
  /** Rows where the field is not empty. */
  filled: ProtectedCount;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Approves a pending request until `expiresAt` (in the future, at most one
   * year ahead), or rejects it. Needs ADMIN of the dataset's owner department;
   * anyone else gets FORBIDDEN. A request already decided is INVALID_STATE.
   */
  decideSharingRequest: SharingRequest;
  /**
   * Requests another department's dataset for the viewer's department. Needs
   * a staff role with a department other than the owner. A retry with the same
   * idempotencyKey (8 to 100 letters, digits, - or _) returns the first
   * request; the same key with another input is a CONFLICT.
   */
  requestDatasetSharing: SharingRequest;
  /** Queues a FAILED job again to continue after its last checkpoint; a QUEUED or RUNNING job is returned unchanged. Needs the role that may start it. */
  resumeExchangeJob: ExchangeJob;
  /**
   * Queues an export of a dataset's rows in the viewer's division subtree to a
   * file under exchange/outbox and returns the QUEUED job at once; follow it
   * with exchangeJob. SENSITIVE values are written raw only when the viewer may
   * see them raw. Needs the right to read the dataset's rows. A retry with the
   * same idempotencyKey returns the first job.
   */
  startDatasetExport: ExchangeJob;
  /**
   * Checks a JSON Lines file in exchange/inbox and queues its import into a
   * dataset, returning the QUEUED job at once; rows with a known key replace
   * the stored row. Needs ADMIN of the owner department. A retry with the same
   * idempotencyKey returns the first job.
   */
  startDatasetImport: ExchangeJob;
};


export type MutationDecideSharingRequestArgs = {
  approve: Scalars['Boolean']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestDatasetSharingArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RequestDatasetSharingInput;
};


export type MutationResumeExchangeJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartDatasetExportArgs = {
  datasetId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationStartDatasetImportArgs = {
  datasetId: Scalars['ID']['input'];
  fileName: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
};

/** A dataset published on the open-data portal (开放数据), with its download files. */
export type OpenDataset = {
  __typename?: 'OpenDataset';
  /** Path of the CSV file on the data subgraph and through the PWA, such as /downloads/open-data/items.catalogue.csv. */
  csvPath: Scalars['String']['output'];
  /** Catalogue entry of the dataset. */
  dataset: Dataset;
  /** Fields published: the dataset's PUBLIC fields. */
  fields: Array<DatasetField>;
  /** Path of the JSON file, which carries the metadata and the rows. */
  jsonPath: Scalars['String']['output'];
  /** When the files were last written (UTC); null before the first publication. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Rows in the files. */
  rowCount: Scalars['Int']['output'];
};

/** Kind of personal data in a field, which chooses its desensitisation rule. */
export type PersonalDataKind =
  /** Address: generalised to the township (街道, 镇 or 乡). */
  | 'ADDRESS'
  /** Exact birth date: generalised to the year. */
  | 'BIRTH_DATE'
  /** Resident ID-card number: first 4 and last 4 characters. */
  | 'ID_CARD'
  /** Mobile number: first 3 and last 4 digits. */
  | 'MOBILE'
  /** Person's name: the surname and one * per remaining character. */
  | 'NAME'
  /** Not personal data; a sensitive field of this kind is hidden entirely. */
  | 'NONE'
  /** Other personal data: hidden entirely. */
  | 'OTHER';

/** A count under small-cell protection: exact, or withheld with a reason. A withheld count is null, never 0; a published 0 means no records. */
export type ProtectedCount = {
  __typename?: 'ProtectedCount';
  /** Text shown in place of a withheld count: <5 for PRIMARY, x for SECONDARY; null when published. */
  marker?: Maybe<Scalars['String']['output']>;
  /** Why the count is withheld; null when published. */
  reason?: Maybe<SuppressionReason>;
  /** True when the count is withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The count; null when withheld. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A rate or average under small-cell protection: withheld (DERIVED) when a count it is computed from is withheld. */
export type ProtectedRate = {
  __typename?: 'ProtectedRate';
  /** Text shown in place of a withheld rate: x; null when published. */
  marker?: Maybe<Scalars['String']['output']>;
  /** Why the rate is withheld; null when published. */
  reason?: Maybe<SuppressionReason>;
  /** True when the rate is withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The rate; null when withheld, or when it has no records to be computed from. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The application statistics of the open-data portal. Public; small counts are withheld for viewers who may not read the applications. */
  applicationStatistics: ApplicationStatistics;
  /** One catalogue entry, or null when unknown. Public. */
  dataset?: Maybe<Dataset>;
  /**
   * Rows of a dataset in the viewer's division subtree, ordered by key, at most
   * `first` (1 to 200, default 50) after the key `after`. Allowed for the owner
   * department's staff, analysts, supervisors and administrators without a
   * department, and staff of another department only under an approved,
   * unexpired sharing grant (else FORBIDDEN). SENSITIVE values are desensitised
   * unless the viewer has the right to the raw value.
   */
  datasetRows: DatasetRowPage;
  /**
   * Counts of a dataset in the viewer's division subtree, with no personal data
   * and small counts withheld unless the viewer may read the rows. For
   * cases.applications, a county or filled count is also withheld where it
   * would give a withheld total of applicationStatistics back, because it adds
   * up those totals. Needs ANALYST, SUPERVISOR or ADMIN.
   */
  datasetStatistics: DatasetStatistics;
  /** The data catalogue. Public. */
  datasets: Array<Dataset>;
  /** One exchange job with its status and log, or null when no job has this id. Needs what exchangeJobs needs for the job's dataset. */
  exchangeJob?: Maybe<ExchangeJob>;
  /** Exchange jobs of a dataset, newest first. Needs ADMIN, ANALYST or SUPERVISOR, or staff of the owner department. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  exchangeJobs: Array<ExchangeJob>;
  /** Datasets of the open-data portal. Public. */
  openDatasets: Array<OpenDataset>;
  /** Sharing requests the viewer's department made or must decide, newest first. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. Needs a staff role with a department; ADMIN, SUPERVISOR and SYSTEM without a department see every request. */
  sharingRequests: Array<SharingRequest>;
};


export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDatasetStatisticsArgs = {
  datasetId: Scalars['ID']['input'];
};


export type QueryExchangeJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExchangeJobsArgs = {
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySharingRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SharingRequestStatus>;
};

/** A sharing request to create. */
export type RequestDatasetSharingInput = {
  /** Dataset to read. */
  datasetId: Scalars['ID']['input'];
  /** Why the department needs the data, 5 to 500 characters. */
  purpose: Scalars['String']['input'];
};

/**
 * A department's request to read another department's dataset (共享申请).
 * The owner department approves it with an expiry or rejects it; while an
 * approved request is unexpired, staff of the requesting department may read
 * the dataset's rows.
 */
export type SharingRequest = {
  __typename?: 'SharingRequest';
  /** Whether the request is approved and not yet expired. */
  active: Scalars['Boolean']['output'];
  /** Dataset requested. */
  dataset: Dataset;
  /** When it was decided (UTC); null while pending. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User id of the owner department's administrator who decided it; null while pending. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Reason given with the decision. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** End of the grant (UTC); null unless approved. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Request id. */
  id: Scalars['ID']['output'];
  /** Why the department needs the data. */
  purpose: Scalars['String']['output'];
  /** When it was requested (UTC). */
  requestedAt: Scalars['DateTime']['output'];
  /** User id of the staff member who requested it. */
  requestedBy: Scalars['String']['output'];
  /** Department that requested the dataset. */
  requestingDepartmentCode: Scalars['String']['output'];
  /** State of the request. */
  status: SharingRequestStatus;
};

/** State of a sharing request. */
export type SharingRequestStatus =
  /** Approved until expiresAt. */
  | 'APPROVED'
  /** Waiting for the owner department. */
  | 'PENDING'
  /** Rejected by the owner department. */
  | 'REJECTED';

/**
 * Reason a published statistic is withheld. Viewers who may not read the
 * underlying records get counts from 1 to `threshold` − 1 withheld, together
 * with the cells that would let a reader recompute them from a total.
 */
export type SuppressionReason =
  /** The rate or average is computed from a withheld count, which it would give back. */
  | 'DERIVED'
  /** The count is from 1 to threshold − 1, so it could point to a person. */
  | 'PRIMARY'
  /** The count is withheld so that a PRIMARY count of the same group cannot be derived as the total minus the other published counts. */
  | 'SECONDARY';

/** How often the owner department refreshes a dataset. */
export type UpdateFrequency =
  /** Once a day. */
  | 'DAILY'
  /** Once a month. */
  | 'MONTHLY'
  /** Continuously, as records change. */
  | 'REALTIME'
  /** Once a week. */
  | 'WEEKLY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Dataset: Dataset;
  DatasetRow: DatasetRow;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Dataset:
    ( { __typename: 'Dataset' }
    & GraphQLRecursivePick<FederationTypes['Dataset'], {"id":true}> );
  DatasetRow:
    ( { __typename: 'DatasetRow' }
    & GraphQLRecursivePick<FederationTypes['DatasetRow'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApplicationCountLine: ResolverTypeWrapper<ProtectedApplicationLine>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApplicationStatistics: ResolverTypeWrapper<ApplicationStatisticsView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Dataset: ResolverTypeWrapper<DatasetEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DatasetField: ResolverTypeWrapper<DatasetFieldEntry>;
  DatasetRow: ResolverTypeWrapper<RowView>;
  DatasetRowPage: ResolverTypeWrapper<RowPageView>;
  DatasetStatistics: ResolverTypeWrapper<StatisticsView>;
  DatasetValue: ResolverTypeWrapper<DatasetValue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DivisionCount: ResolverTypeWrapper<Omit<DivisionCount, 'rows'> & { rows: ResolversTypes['ProtectedCount'] }>;
  ExchangeDirection: ExchangeDirection;
  ExchangeJob: ResolverTypeWrapper<ExchangeJobDocument>;
  ExchangeJobStatus: ExchangeJobStatus;
  ExchangeLogEntry: ResolverTypeWrapper<ExchangeLogDocument>;
  FieldClassification: FieldClassification;
  FieldStatistics: ResolverTypeWrapper<Omit<FieldStatistics, 'distinct' | 'filled'> & { distinct?: Maybe<ResolversTypes['ProtectedCount']>, filled: ResolversTypes['ProtectedCount'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenDataset: ResolverTypeWrapper<OpenDatasetView>;
  PersonalDataKind: PersonalDataKind;
  ProtectedCount: ResolverTypeWrapper<ProtectedCountValue>;
  ProtectedRate: ResolverTypeWrapper<ProtectedRateValue>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestDatasetSharingInput: RequestDatasetSharingInput;
  SharingRequest: ResolverTypeWrapper<SharingRequestDocument>;
  SharingRequestStatus: SharingRequestStatus;
  SuppressionReason: SuppressionReason;
  UpdateFrequency: UpdateFrequency;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApplicationCountLine: ProtectedApplicationLine;
  String: Scalars['String']['output'];
  ApplicationStatistics: ApplicationStatisticsView;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Dataset: DatasetEntry;
  Boolean: Scalars['Boolean']['output'];
  DatasetField: DatasetFieldEntry;
  DatasetRow: RowView;
  DatasetRowPage: RowPageView;
  DatasetStatistics: StatisticsView;
  DatasetValue: DatasetValue;
  DateTime: Scalars['DateTime']['output'];
  DivisionCount: Omit<DivisionCount, 'rows'> & { rows: ResolversParentTypes['ProtectedCount'] };
  ExchangeJob: ExchangeJobDocument;
  ExchangeLogEntry: ExchangeLogDocument;
  FieldStatistics: Omit<FieldStatistics, 'distinct' | 'filled'> & { distinct?: Maybe<ResolversParentTypes['ProtectedCount']>, filled: ResolversParentTypes['ProtectedCount'] };
  Mutation: Record<PropertyKey, never>;
  OpenDataset: OpenDatasetView;
  ProtectedCount: ProtectedCountValue;
  ProtectedRate: ProtectedRateValue;
  Float: Scalars['Float']['output'];
  Query: Record<PropertyKey, never>;
  RequestDatasetSharingInput: RequestDatasetSharingInput;
  SharingRequest: SharingRequestDocument;
};

export type ApplicationCountLineResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['ApplicationCountLine'] = ResolversParentTypes['ApplicationCountLine']> = {
  decided?: Resolver<ResolversTypes['ProtectedCount'], ParentType, ContextType>;
  decisionRate?: Resolver<ResolversTypes['ProtectedRate'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['ProtectedCount'], ParentType, ContextType>;
};

export type ApplicationStatisticsResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['ApplicationStatistics'] = ResolversParentTypes['ApplicationStatistics']> = {
  csvPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jsonPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ApplicationCountLine']>, ParentType, ContextType, RequireFields<ApplicationStatisticsLinesArgs, 'first' | 'offset'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset'], FederationReferenceType extends FederationReferenceTypes['Dataset'] = FederationReferenceTypes['Dataset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dataset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['DatasetField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownerDepartmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceCollection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSubgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updateFrequency?: Resolver<ResolversTypes['UpdateFrequency'], ParentType, ContextType>;
};

export type DatasetFieldResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['DatasetField'] = ResolversParentTypes['DatasetField']> = {
  classification?: Resolver<ResolversTypes['FieldClassification'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personalDataKind?: Resolver<ResolversTypes['PersonalDataKind'], ParentType, ContextType>;
};

export type DatasetRowResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['DatasetRow'] = ResolversParentTypes['DatasetRow'], FederationReferenceType extends FederationReferenceTypes['DatasetRow'] = FederationReferenceTypes['DatasetRow']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DatasetRow']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['DatasetValue']>, ParentType, ContextType>;
};

export type DatasetRowPageResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['DatasetRowPage'] = ResolversParentTypes['DatasetRowPage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['DatasetRow']>, ParentType, ContextType>;
};

export type DatasetStatisticsResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['DatasetStatistics'] = ResolversParentTypes['DatasetStatistics']> = {
  byCounty?: Resolver<Array<ResolversTypes['DivisionCount']>, ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldStatistics']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['ProtectedCount'], ParentType, ContextType>;
};

export type DatasetValueResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['DatasetValue'] = ResolversParentTypes['DatasetValue']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DivisionCountResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['DivisionCount'] = ResolversParentTypes['DivisionCount']> = {
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['ProtectedCount'], ParentType, ContextType>;
};

export type ExchangeJobResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['ExchangeJob'] = ResolversParentTypes['ExchangeJob']> = {
  batchesDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ExchangeDirection'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  log?: Resolver<Array<ResolversTypes['ExchangeLogEntry']>, ParentType, ContextType>;
  rawSensitiveValues?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rowsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExchangeJobStatus'], ParentType, ContextType>;
};

export type ExchangeLogEntryResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['ExchangeLogEntry'] = ResolversParentTypes['ExchangeLogEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  batch?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldStatisticsResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['FieldStatistics'] = ResolversParentTypes['FieldStatistics']> = {
  distinct?: Resolver<Maybe<ResolversTypes['ProtectedCount']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filled?: Resolver<ResolversTypes['ProtectedCount'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  decideSharingRequest?: Resolver<ResolversTypes['SharingRequest'], ParentType, ContextType, RequireFields<MutationDecideSharingRequestArgs, 'approve' | 'id'>>;
  requestDatasetSharing?: Resolver<ResolversTypes['SharingRequest'], ParentType, ContextType, RequireFields<MutationRequestDatasetSharingArgs, 'idempotencyKey' | 'input'>>;
  resumeExchangeJob?: Resolver<ResolversTypes['ExchangeJob'], ParentType, ContextType, RequireFields<MutationResumeExchangeJobArgs, 'id'>>;
  startDatasetExport?: Resolver<ResolversTypes['ExchangeJob'], ParentType, ContextType, RequireFields<MutationStartDatasetExportArgs, 'datasetId' | 'idempotencyKey'>>;
  startDatasetImport?: Resolver<ResolversTypes['ExchangeJob'], ParentType, ContextType, RequireFields<MutationStartDatasetImportArgs, 'datasetId' | 'fileName' | 'idempotencyKey'>>;
};

export type OpenDatasetResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['OpenDataset'] = ResolversParentTypes['OpenDataset']> = {
  csvPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['DatasetField']>, ParentType, ContextType>;
  jsonPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProtectedCountResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['ProtectedCount'] = ResolversParentTypes['ProtectedCount']> = {
  marker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProtectedRateResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['ProtectedRate'] = ResolversParentTypes['ProtectedRate']> = {
  marker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  applicationStatistics?: Resolver<ResolversTypes['ApplicationStatistics'], ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<QueryDatasetArgs, 'id'>>;
  datasetRows?: Resolver<ResolversTypes['DatasetRowPage'], ParentType, ContextType, RequireFields<QueryDatasetRowsArgs, 'datasetId'>>;
  datasetStatistics?: Resolver<ResolversTypes['DatasetStatistics'], ParentType, ContextType, RequireFields<QueryDatasetStatisticsArgs, 'datasetId'>>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  exchangeJob?: Resolver<Maybe<ResolversTypes['ExchangeJob']>, ParentType, ContextType, RequireFields<QueryExchangeJobArgs, 'id'>>;
  exchangeJobs?: Resolver<Array<ResolversTypes['ExchangeJob']>, ParentType, ContextType, RequireFields<QueryExchangeJobsArgs, 'datasetId' | 'first' | 'offset'>>;
  openDatasets?: Resolver<Array<ResolversTypes['OpenDataset']>, ParentType, ContextType>;
  sharingRequests?: Resolver<Array<ResolversTypes['SharingRequest']>, ParentType, ContextType, RequireFields<QuerySharingRequestsArgs, 'first' | 'offset'>>;
};

export type SharingRequestResolvers<ContextType = DataContext, ParentType extends ResolversParentTypes['SharingRequest'] = ResolversParentTypes['SharingRequest']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestingDepartmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SharingRequestStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = DataContext> = {
  ApplicationCountLine?: ApplicationCountLineResolvers<ContextType>;
  ApplicationStatistics?: ApplicationStatisticsResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetField?: DatasetFieldResolvers<ContextType>;
  DatasetRow?: DatasetRowResolvers<ContextType>;
  DatasetRowPage?: DatasetRowPageResolvers<ContextType>;
  DatasetStatistics?: DatasetStatisticsResolvers<ContextType>;
  DatasetValue?: DatasetValueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DivisionCount?: DivisionCountResolvers<ContextType>;
  ExchangeJob?: ExchangeJobResolvers<ContextType>;
  ExchangeLogEntry?: ExchangeLogEntryResolvers<ContextType>;
  FieldStatistics?: FieldStatisticsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpenDataset?: OpenDatasetResolvers<ContextType>;
  ProtectedCount?: ProtectedCountResolvers<ContextType>;
  ProtectedRate?: ProtectedRateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SharingRequest?: SharingRequestResolvers<ContextType>;
};

