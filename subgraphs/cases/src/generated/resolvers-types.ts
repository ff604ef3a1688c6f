import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CaseDocument } from '../model.js';
import type { StoredFile as StoredFileRecord } from '../materialStore.js';
import type { CasesContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A JSON object, such as an application's form data. Only objects are
   * accepted; arrays, strings, numbers, booleans and null are rejected with
   * BAD_USER_INPUT.
   */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A case (办件): one application for one item and its handling, from
 * submission through acceptance and decision to completion.
 */
export type Case = {
  __typename?: 'Case';
  /** When a clerk or window staff member accepted the case; null before acceptance. */
  acceptedAt?: Maybe<Scalars['String']['output']>;
  /** Natural person who filed the case as agent of the legal-person applicant; null when the applicant or a clerk filed it. */
  agent?: Maybe<User>;
  /** Id of the agent grant the case was filed under; null when no agent filed it. */
  agentGrantId?: Maybe<Scalars['ID']['output']>;
  /** Applicant, owned by the identity subgraph. */
  applicant: User;
  /** Applicant's ID-card number (natural person) or unified social credit code (legal person) as registered in the identity subgraph at submission; masked for viewers other than the applicant and handling staff with jurisdiction; null when identity has none. */
  applicantIdNumber?: Maybe<Scalars['String']['output']>;
  /** The applicant as a legal person, owned by the identity subgraph; null when a natural person applied, and on cases stored before the kind of applicant was recorded. */
  applicantLegalPerson?: Maybe<LegalPerson>;
  /** Applicant's name as registered in the identity subgraph at submission; masked for viewers other than the applicant and handling staff with jurisdiction. */
  applicantName: Scalars['String']['output'];
  /** Legal case number assigned by the server at submission: `<county code>-<YYYYMMDD>-<sequence>`. */
  caseNumber: Scalars['String']['output'];
  /** When the case completed; null before. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Promised deadline: the item's promised limit in working days after the day of acceptance; null before acceptance. */
  deadline?: Maybe<Deadline>;
  /** When the case was decided (approved, rejected or not accepted); null before. */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Code of the department handling the item. */
  departmentCode: Scalars['String']['output'];
  /** Division where the application is handled (6, 9 or 12 digits for county, township or village). */
  divisionCode: Scalars['String']['output'];
  /** Form data as submitted, with ID-card and mobile numbers normalised; null for viewers without the right to the applicant's personal data. */
  formData?: Maybe<Scalars['JSON']['output']>;
  /** Hall or service point whose clerk or window staff member accepted the case; null before acceptance or when they have no hall. */
  hall?: Maybe<Hall>;
  /** Handling history, oldest first. */
  history: Array<CaseEvent>;
  /** Case id. */
  id: Scalars['ID']['output'];
  /** Item applied for. */
  item: Item;
  /** Item name at submission. */
  itemName: Scalars['String']['output'];
  /** Electronic licence issued for the case; null until issued. Its identifier comes with the case, so case lists need no call to the licenses subgraph. */
  licence?: Maybe<Licence>;
  /** State of the electronic licence issuance. */
  licenceIssue: LicenceIssue;
  /** Attached materials. */
  materials: Array<CaseMaterial>;
  /** Handling status. */
  status: CaseStatus;
  /** Statutory deadline: the item's statutory limit in working days after the day of acceptance; null before acceptance. */
  statutoryDeadline?: Maybe<Deadline>;
  /** When the application was submitted. */
  submittedAt: Scalars['String']['output'];
  /** Time-limit status against the promised deadline, computed at read time. */
  timeLimitStatus: TimeLimitStatus;
  /** Version for optimistic concurrency; every transition increments it. */
  version: Scalars['Int']['output'];
};

/** An entry of a case's handling history. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** What happened: SUBMITTED, ACCEPTED, NOT_ACCEPTED, APPROVED, REJECTED or LICENCE_ISSUED. */
  action: Scalars['String']['output'];
  /** Who acted; a service id such as `service:cases` for automatic steps. */
  actorId: Scalars['ID']['output'];
  /** Name of who acted; the applicant's name is masked like applicantName. */
  actorName: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['String']['output'];
  /** Opinion or reason given; for LICENCE_ISSUED, the licence identifier. */
  opinion?: Maybe<Scalars['String']['output']>;
};

/** A material attached to a case. */
export type CaseMaterial = {
  __typename?: 'CaseMaterial';
  /** Material code from the item's material list. */
  code: Scalars['String']['output'];
  /** Stored file id; null for viewers without the right to the applicant's personal data. */
  fileId?: Maybe<Scalars['ID']['output']>;
  /** File name as uploaded; null for viewers without the right to the applicant's personal data. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** Material name from the item's material list. */
  name: Scalars['String']['output'];
  /** SHA-256 of the content, hexadecimal; null for viewers without the right to the applicant's personal data. */
  sha256?: Maybe<Scalars['String']['output']>;
};

/** Handling status of a case. */
export type CaseStatus =
  /** Accepted (受理); the time limits run. */
  | 'ACCEPTED'
  /** Approved; waiting for the electronic licence. */
  | 'APPROVED'
  /** Completed (办结). */
  | 'COMPLETED'
  /** Not accepted (不予受理). */
  | 'NOT_ACCEPTED'
  /** Refused after examination (不予许可). */
  | 'REJECTED'
  /** Submitted, waiting for a clerk to accept it. */
  | 'SUBMITTED';

/** A deadline in working days. */
export type Deadline = {
  __typename?: 'Deadline';
  /** The deadline as an ISO date (YYYY-MM-DD) in Asia/Shanghai. */
  date: Scalars['String']['output'];
  /** True when the count crossed a year whose holiday schedule is not published yet, so the date may move. */
  provisional: Scalars['Boolean']['output'];
};

/**
 * A government-service hall (政务服务中心) or service point (便民服务中心/站)
 * where people apply in person. Hall data is public information.
 */
export type Hall = {
  __typename?: 'Hall';
  /** Hall id, `hall-` followed by the division code of the hall, such as hall-500238100205. */
  id: Scalars['ID']['output'];
};

/**
 * A government-service item (政务服务事项) as implemented by one department: the
 * catalogue entry a citizen applies for. The id is the implementation code.
 */
export type Item = {
  __typename?: 'Item';
  /** Implementation code: the implementing department's credit code followed by 13 characters. */
  id: Scalars['ID']['output'];
};

/** A legal person, owned by the identity subgraph. */
export type LegalPerson = {
  __typename?: 'LegalPerson';
  /** User id of the legal person. */
  id: Scalars['ID']['output'];
};

/** An electronic licence, owned by the licenses subgraph. */
export type Licence = {
  __typename?: 'Licence';
  /** Licence id. */
  id: Scalars['ID']['output'];
  /** Electronic licence identifier: 1.2.156.3005.2.<type code>.<issuer credit code>.<serial>.<version>.<check character>. */
  identifier: Scalars['String']['output'];
};

/** State of the electronic licence issuance of an approved case. */
export type LicenceIssue = {
  __typename?: 'LicenceIssue';
  /** Number of calls made to the licenses subgraph. */
  attempts: Scalars['Int']['output'];
  /** Error of the last failed call; shown to staff only. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Issuance state. */
  state: LicenceIssueState;
};

/** Electronic licence issuance state. */
export type LicenceIssueState =
  /** The licenses subgraph rejected the request; staff must fix the cause and call retryLicenceIssue. */
  | 'FAILED'
  /** The licence was issued. */
  | 'ISSUED'
  /** The item issues no licence, or the case is not approved yet. */
  | 'NONE'
  /** Approved; the licence is being issued and failed calls are retried in the background. */
  | 'PENDING';

/** A material attached to an application. */
export type MaterialInput = {
  /** Material code from the item's material list. */
  code: Scalars['String']['input'];
  /** Id of a file uploaded by the applicant or by the filing clerk. */
  fileId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a submitted case (clerk or window staff within jurisdiction); `version`, when given, must match the case's current version. */
  acceptCase: Case;
  /** Approves an accepted case (reviewer or approver within jurisdiction) and issues its licence when the item has one. */
  approveCase: Case;
  /** Declines to accept a submitted case, with a reason (clerk or window staff within jurisdiction). */
  notAcceptCase: Case;
  /** Refuses an accepted case, with a reason (reviewer or approver within jurisdiction). */
  rejectCase: Case;
  /** Requeues a FAILED licence issuance (licence officer of the case's department, within jurisdiction). */
  retryLicenceIssue: Case;
  /** Submits an application; the server assigns the case number. An agent acting for a legal person applies for it, and the grant must cover the item (GRANT_OUT_OF_SCOPE, GRANT_EXPIRED, GRANT_REVOKED or GRANT_NOT_FOUND otherwise). */
  submitApplication: Case;
  /** Uploads a material file (JPEG, PNG or PDF, at most 5 MiB) for citizens, legal persons, clerks and window staff; the same content uploaded again by the same user returns the first file. */
  uploadMaterial: StoredFile;
};


export type MutationAcceptCaseArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationApproveCaseArgs = {
  id: Scalars['ID']['input'];
  opinion?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationNotAcceptCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRejectCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRetryLicenceIssueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationUploadMaterialArgs = {
  input: UploadMaterialInput;
};

export type Query = {
  __typename?: 'Query';
  /** One case, for its applicant and for clerks, window staff, reviewers, approvers, licence officers, hall managers, supervisors, analysts and administrators whose division subtree and department cover it; null when it does not exist, FORBIDDEN for other viewers. An agent reads the legal person's cases of items its grant covers, and gets GRANT_EXPIRED, GRANT_REVOKED or GRANT_NOT_FOUND when its grant no longer holds. */
  case?: Maybe<Case>;
  /** Cases the viewer applied for, newest first; `first` is 1 to 100. An agent acting for a legal person gets the legal person's cases of the items its grant covers. */
  myCases: Array<Case>;
  /** Cases in the viewer's division subtree for supervisors, analysts and administrators, optionally by time-limit status, oldest first; `first` is 1 to 100. Analysts and supervisors see personal data masked. */
  supervisedCases: Array<Case>;
  /** Cases in the viewer's division subtree and department for clerks, window staff, reviewers, approvers and licence officers, oldest first; `first` is 1 to 100. */
  worklist: Array<Case>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupervisedCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  timeLimitStatus?: InputMaybe<TimeLimitStatus>;
};


export type QueryWorklistArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};

/** A material file uploaded by a signed-in user, stored once per user and content. */
export type StoredFile = {
  __typename?: 'StoredFile';
  /** File name as uploaded. */
  fileName: Scalars['String']['output'];
  /** File id, used in submitApplication's materials. */
  id: Scalars['ID']['output'];
  /** MIME type, confirmed by the file's leading bytes. */
  mimeType: Scalars['String']['output'];
  /** SHA-256 of the content, hexadecimal. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** When the file was first uploaded. */
  uploadedAt: Scalars['String']['output'];
};

/** Kind of applicant. */
export type SubjectType =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'NATURAL_PERSON';

/** An application for an item. */
export type SubmitApplicationInput = {
  /** When a clerk or window staff member files on someone's behalf and the applicant already has a SUBMITTED or ACCEPTED case of the item that another clerk or window staff member filed for them, the filing fails with DUPLICATE_APPLICATION (extensions caseNumber and submittedAt) unless this is true. The filer sets it after checking that the application is a different one. */
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Optional kind of the applicant; when given, it must match the kind registered in the identity subgraph, which decides the kind. */
  applicantSubjectType?: InputMaybe<SubjectType>;
  /** Applicant when a clerk or window staff member files on someone's behalf: a natural or legal person registered in their jurisdiction; omit when applying for oneself. */
  applicantUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Chongqing division where the application is handled; it must exist in the identity subgraph's division table. */
  divisionCode: Scalars['String']['input'];
  /** Values of the item's form fields by key. Unknown keys are rejected. For a natural-person applicant, applicantIdCard and applicantName must match the registered ID-card number and name. */
  formData: Scalars['JSON']['input'];
  /** Client-generated key of 8 to 100 characters from A-Z a-z 0-9 _ -. A retry with the same key and the same request returns the first case. The same key with a different request fails with CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Implementation code of the item. */
  itemId: Scalars['ID']['input'];
  /** Attached materials; every required material of the item must be present. */
  materials: Array<MaterialInput>;
};

/** Time-limit status of a case. */
export type TimeLimitStatus =
  /** Decided after the promised deadline. */
  | 'LATE'
  /** Open, with more than two working days left. */
  | 'NORMAL'
  /** Not accepted yet, so no time limit runs. */
  | 'NOT_STARTED'
  /** Decided on or before the promised deadline. */
  | 'ON_TIME'
  /** Open after the promised deadline. */
  | 'OVERDUE'
  /** Open, with two or fewer working days left. */
  | 'WARNING';

/** A material file to upload, base64-encoded. */
export type UploadMaterialInput = {
  /** File content in base64 (RFC 4648 with padding); at most 5 MiB after decoding. */
  contentBase64: Scalars['String']['input'];
  /** File name, 1 to 255 characters, without path separators. */
  fileName: Scalars['String']['input'];
  /** Declared MIME type: image/jpeg, image/png or application/pdf; it must match the content. */
  mimeType: Scalars['String']['input'];
};

/** A user, owned by the identity subgraph. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};



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
  Case: Case;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Case: ResolverTypeWrapper<CaseDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CaseEvent: ResolverTypeWrapper<CaseEvent>;
  CaseMaterial: ResolverTypeWrapper<CaseMaterial>;
  CaseStatus: CaseStatus;
  Deadline: ResolverTypeWrapper<Deadline>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Hall: ResolverTypeWrapper<Hall>;
  Item: ResolverTypeWrapper<Item>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LegalPerson: ResolverTypeWrapper<LegalPerson>;
  Licence: ResolverTypeWrapper<{ id: string; identifier?: string }>;
  LicenceIssue: ResolverTypeWrapper<LicenceIssue>;
  LicenceIssueState: LicenceIssueState;
  MaterialInput: MaterialInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StoredFile: ResolverTypeWrapper<StoredFileRecord>;
  SubjectType: SubjectType;
  SubmitApplicationInput: SubmitApplicationInput;
  TimeLimitStatus: TimeLimitStatus;
  UploadMaterialInput: UploadMaterialInput;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Case: CaseDocument;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CaseEvent: CaseEvent;
  CaseMaterial: CaseMaterial;
  Deadline: Deadline;
  Boolean: Scalars['Boolean']['output'];
  Hall: Hall;
  Item: Item;
  JSON: Scalars['JSON']['output'];
  LegalPerson: LegalPerson;
  Licence: { id: string; identifier?: string };
  LicenceIssue: LicenceIssue;
  MaterialInput: MaterialInput;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  StoredFile: StoredFileRecord;
  SubmitApplicationInput: SubmitApplicationInput;
  UploadMaterialInput: UploadMaterialInput;
  User: User;
};

export type CaseResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  agentGrantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  applicant?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  applicantIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicantLegalPerson?: Resolver<Maybe<ResolversTypes['LegalPerson']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['Licence']>, ParentType, ContextType>;
  licenceIssue?: Resolver<ResolversTypes['LicenceIssue'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statutoryDeadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeLimitStatus?: Resolver<ResolversTypes['TimeLimitStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opinion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseMaterialResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseMaterial'] = ResolversParentTypes['CaseMaterial']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeadlineResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HallResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Hall'] = ResolversParentTypes['Hall']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LegalPersonResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['LegalPerson'] = ResolversParentTypes['LegalPerson']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LicenceResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Licence'] = ResolversParentTypes['Licence']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenceIssueResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['LicenceIssue'] = ResolversParentTypes['LicenceIssue']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LicenceIssueState'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAcceptCaseArgs, 'id'>>;
  approveCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationApproveCaseArgs, 'id'>>;
  notAcceptCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationNotAcceptCaseArgs, 'id' | 'reason'>>;
  rejectCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'id' | 'reason'>>;
  retryLicenceIssue?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRetryLicenceIssueArgs, 'id'>>;
  submitApplication?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  uploadMaterial?: Resolver<ResolversTypes['StoredFile'], ParentType, ContextType, RequireFields<MutationUploadMaterialArgs, 'input'>>;
};

export type QueryResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  myCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  supervisedCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QuerySupervisedCasesArgs, 'first'>>;
  worklist?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryWorklistArgs, 'first'>>;
};

export type StoredFileResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['StoredFile'] = ResolversParentTypes['StoredFile']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CasesContext> = {
  Case?: CaseResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseMaterial?: CaseMaterialResolvers<ContextType>;
  Deadline?: DeadlineResolvers<ContextType>;
  Hall?: HallResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LegalPerson?: LegalPersonResolvers<ContextType>;
  Licence?: LicenceResolvers<ContextType>;
  LicenceIssue?: LicenceIssueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StoredFile?: StoredFileResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

