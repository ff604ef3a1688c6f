import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LicenceTypeDocument, SealDocument, LicenceSignatureDocument } from '../model.js';
import type { LicenceView } from '../access.js';
import type { VerificationReport } from '../verify.js';
import type { VerificationSignerView, LicensesContext } from '../resolvers.js';
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
   * A JSON value. Inputs must be JSON objects (face elements keyed by name);
   * arrays, strings, numbers and null are rejected with BAD_USER_INPUT.
   */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A government department, owned by the identity subgraph. */
export type Department = {
  __typename?: 'Department';
  /** Department code. */
  code: Scalars['String']['output'];
};

/** Input of issueLicence, sent by the cases subgraph when a case is approved. */
export type IssueLicenceInput = {
  /** Id of the approved case; issuance is idempotent per case. */
  caseId: Scalars['String']['input'];
  /** Face elements as a JSON object: at most 200 keys, 5 levels, 32 KiB; no array directly inside an array. */
  data: Scalars['JSON']['input'];
  /** Code of the issuing department, whose seal signs the licence. */
  departmentCode: Scalars['String']['input'];
  /** Division code where the case was handled (2, 4, 6, 9 or 12 digits). */
  divisionCode: Scalars['String']['input'];
  /** Holder's resident ID-card number or unified social credit code; checked by its check character. */
  holderIdNumber: Scalars['String']['input'];
  /** Holder's name: a person's name or a legal person's registered name. */
  holderName: Scalars['String']['input'];
  /** User id of the holder. */
  holderUserId: Scalars['String']['input'];
  /** Implementation code of the item handled. */
  itemId: Scalars['String']['input'];
  /** Code of the licence type to issue. */
  licenceTypeCode: Scalars['String']['input'];
};

/** A government-service item, owned by the items subgraph. */
export type Item = {
  __typename?: 'Item';
  /** Implementation code of the item. */
  id: Scalars['ID']['output'];
};

/**
 * An electronic licence, certificate or approval (电子证照) issued when a case
 * is approved. Visible to its holder, to SYSTEM callers, and to clerks, window
 * staff, reviewers, approvers, licence officers, hall managers, supervisors,
 * analysts and administrators whose jurisdiction covers its division and
 * issuing department. Hall managers, supervisors, analysts and SYSTEM callers
 * see personal data masked; everyone else gets FORBIDDEN.
 */
export type Licence = {
  __typename?: 'Licence';
  /** Id of the case that produced the licence. */
  caseId: Scalars['String']['output'];
  /** Face elements (票面要素) keyed by name; personal values are masked for viewers without the right to them. */
  data: Scalars['JSON']['output'];
  /** Division code where the case was handled; decides which staff may see the licence. */
  divisionCode: Scalars['String']['output'];
  /** User who holds the licence. */
  holder: User;
  /** Holder's ID-card number or unified social credit code; an ID-card number is masked (5001**********123X) for viewers without the right to it. */
  holderIdNumber: Scalars['String']['output'];
  /** Whether the holder is a natural or a legal person. */
  holderKind: LicenceHolderKind;
  /** Holder's name; a natural person's name is masked (张*) for viewers without the right to it. */
  holderName: Scalars['String']['output'];
  /** Licence id. */
  id: Scalars['ID']['output'];
  /** Electronic licence identifier: 1.2.156.3005.2.<type code>.<issuer credit code>.<serial>.<version>.<check character>. */
  identifier: Scalars['String']['output'];
  /** When the licence was issued, as an ISO 8601 instant in UTC. */
  issuedAt: Scalars['String']['output'];
  /** Issuing department. */
  issuer: Department;
  /** Code of the issuing department. */
  issuerDepartmentCode: Scalars['String']['output'];
  /** Item whose case produced the licence. */
  item: Item;
  /** Whether personal fields of this licence are masked for the viewer. */
  masked: Scalars['Boolean']['output'];
  /** Seal signature. */
  signature: LicenceSignature;
  /** Effective status. */
  status: LicenceStatus;
  /** Licence type. */
  type: LicenceType;
  /** When the licence expires, as an ISO 8601 instant in UTC; null for licences without expiry. */
  validUntil?: Maybe<Scalars['String']['output']>;
  /** Version of the licence; the first issuance is 1. */
  version: Scalars['Int']['output'];
};

/** Kind of licence holder, decided by the holder's identity number. */
export type LicenceHolderKind =
  /** A legal person identified by a unified social credit code. */
  | 'LEGAL_PERSON'
  /** A natural person identified by a resident ID-card number. */
  | 'PERSON';

/** The seal signature on a licence, made by the server when the licence was issued. */
export type LicenceSignature = {
  __typename?: 'LicenceSignature';
  /** Signature algorithm; always Ed25519. */
  algorithm: Scalars['String']['output'];
  /** Certificate serial of the seal that signed. */
  certificateSerial: Scalars['String']['output'];
  /** Id of the seal that signed. */
  sealId: Scalars['ID']['output'];
  /** Name of the seal that signed. */
  sealName: Scalars['String']['output'];
  /** When the licence was signed, as an ISO 8601 instant in UTC. */
  signedAt: Scalars['String']['output'];
  /** Base64 signature over the canonical JSON of the licence content. */
  value: Scalars['String']['output'];
};

/** Effective status of a licence. */
export type LicenceStatus =
  /** Past its validUntil instant. */
  | 'EXPIRED'
  /** Revoked by the issuing department. */
  | 'REVOKED'
  /** In force. */
  | 'VALID';

/** A type of electronic licence in the licence catalogue, such as 营业执照. */
export type LicenceType = {
  __typename?: 'LicenceType';
  /** Type code: the defining department's unified social credit code plus a 3-digit sequence (21 characters). */
  code: Scalars['String']['output'];
  /** Department that defines the licence type. */
  department: Department;
  /** Name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Validity of a licence of this type in years from issuance; null when licences of this type do not expire. */
  validYears?: Maybe<Scalars['Int']['output']>;
};

/**
 * Public verification report of a licence identifier. A licence is authentic
 * when it is found, its seal was valid at signing, and its stored content
 * still matches the signature.
 */
export type LicenceVerification = {
  __typename?: 'LicenceVerification';
  /** Whether the licence is found, its seal was valid at signing and its content is intact. */
  authentic: Scalars['Boolean']['output'];
  /** When the verification ran, as an ISO 8601 instant in UTC. */
  checkedAt: Scalars['String']['output'];
  /** Whether the stored content still matches the seal signature; null when the licence is not found. */
  contentIntact?: Maybe<Scalars['Boolean']['output']>;
  /** Check character computed from the other parts of the identifier. */
  expectedCheckCharacter: Scalars['String']['output'];
  /** Whether a licence with this identifier (ignoring the check character) exists. */
  found: Scalars['Boolean']['output'];
  /** Holder's name; a natural person's name is always masked here. */
  holderName?: Maybe<Scalars['String']['output']>;
  /** The identifier checked, normalised to upper case. */
  identifier: Scalars['String']['output'];
  /** Whether the check character matches; a mismatch is a warning, not a sign of forgery. */
  identifierCheckValid: Scalars['Boolean']['output'];
  /** When the licence was issued, as an ISO 8601 instant in UTC. */
  issuedAt?: Maybe<Scalars['String']['output']>;
  /** Licence type. */
  licenceType?: Maybe<LicenceType>;
  /** Whether the seal was active and inside its validity when it signed; null when the licence is not found. */
  sealValid?: Maybe<Scalars['Boolean']['output']>;
  /** When the licence was signed, as an ISO 8601 instant in UTC. */
  signedAt?: Maybe<Scalars['String']['output']>;
  /** Seal that signed; null when the licence is not found. */
  signer?: Maybe<VerificationSigner>;
  /** Effective status; null when the licence is not found. */
  status?: Maybe<LicenceStatus>;
  /** When the licence expires, as an ISO 8601 instant in UTC; null when it does not expire or is not found. */
  validUntil?: Maybe<Scalars['String']['output']>;
  /** Notes that do not make the licence forged by themselves. */
  warnings: Array<VerificationWarning>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Issues and signs a licence for an approved case. Needs the SYSTEM role; a retry with the same caseId returns the first licence. */
  issueLicence: Licence;
  /** Revokes a seal so that it signs no more licences; earlier signatures stay valid. Needs the SEAL_ADMIN or ADMIN role. */
  revokeSeal: Seal;
};


export type MutationIssueLicenceArgs = {
  input: IssueLicenceInput;
};


export type MutationRevokeSealArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One licence by id, for its holder and for clerks, window staff, reviewers, approvers, licence officers, hall managers, supervisors, analysts and administrators whose division subtree and department cover it; null when it does not exist, FORBIDDEN for other viewers. */
  licence?: Maybe<Licence>;
  /** Every licence type of the catalogue, ordered by code. Public. */
  licenceTypes: Array<LicenceType>;
  /** The signed-in user's licences (the licence wallet), newest first; `first` is 1 to 100. */
  myLicences: Array<Licence>;
  /** Every department seal within the viewer's jurisdiction. Needs the SEAL_ADMIN or ADMIN role. */
  seals: Array<Seal>;
  /** Verifies a licence by its identifier. Public: needs no sign-in and masks the holder's name. */
  verifyLicence: LicenceVerification;
};


export type QueryLicenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyLicencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyLicenceArgs = {
  identifier: Scalars['String']['input'];
};

/**
 * A department's electronic seal (电子公章): an Ed25519 key pair whose private
 * key is stored only encrypted with AES-256-GCM and never leaves the server.
 * The licences subgraph signs licences with it automatically on issuance.
 */
export type Seal = {
  __typename?: 'Seal';
  /** Signature algorithm; always Ed25519. */
  algorithm: Scalars['String']['output'];
  /** Serial number of the seal certificate, 32 hexadecimal characters. */
  certificateSerial: Scalars['String']['output'];
  /** Department that holds the seal. */
  department: Department;
  /** Code of the department that holds the seal. */
  departmentCode: Scalars['String']['output'];
  /** Seal id. */
  id: Scalars['ID']['output'];
  /** Seal name, such as 重庆市公安局电子公章. */
  name: Scalars['String']['output'];
  /** SHA-256 of the DER-encoded public key, lower-case hexadecimal. */
  publicKeyFingerprint: Scalars['String']['output'];
  /** Public key as a PEM-encoded SubjectPublicKeyInfo, for verifying signatures outside the platform. */
  publicKeyPem: Scalars['String']['output'];
  /** Reason given for the revocation; null while active. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When the seal was revoked, as an ISO 8601 instant in UTC; null while active. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Whether the seal may sign. */
  status: SealStatus;
  /** Start of the certificate validity, as an ISO 8601 instant in UTC. */
  validFrom: Scalars['String']['output'];
  /** End of the certificate validity, as an ISO 8601 instant in UTC. */
  validTo: Scalars['String']['output'];
};

/** Status of an electronic seal. */
export type SealStatus =
  /** The seal signs new licences while inside its validity period. */
  | 'ACTIVE'
  /** The seal signs nothing more; signatures it made before revocation stay valid. */
  | 'REVOKED';

/** A user, owned by the identity subgraph. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** Who signed a licence, as recorded by the seal. */
export type VerificationSigner = {
  __typename?: 'VerificationSigner';
  /** Certificate serial of the seal. */
  certificateSerial: Scalars['String']['output'];
  /** Department that holds the seal. */
  department: Department;
  /** Id of the seal that signed. */
  sealId: Scalars['ID']['output'];
  /** Seal name. */
  sealName: Scalars['String']['output'];
};

/** A note in a verification report. */
export type VerificationWarning = {
  __typename?: 'VerificationWarning';
  /** Kind of note. */
  code: VerificationWarningCode;
  /** Explanation in English. */
  message: Scalars['String']['output'];
};

/** Kind of a note in a verification report that does not by itself make a licence forged. */
export type VerificationWarningCode =
  /** The identifier's check character is wrong; the licence was looked up by the other parts. */
  | 'CHECK_CHARACTER_MISMATCH'
  /** The licence is past its validity. */
  | 'LICENCE_EXPIRED'
  /** The issuing department revoked the licence. */
  | 'LICENCE_REVOKED'
  /** The seal was revoked after it signed the licence; the signature stays valid. */
  | 'SEAL_REVOKED_AFTER_SIGNING';



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
  Licence: Licence;
  LicenceType: LicenceType;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Licence:
    ( { __typename: 'Licence' }
    & GraphQLRecursivePick<FederationTypes['Licence'], {"id":true}> );
  LicenceType:
    ( { __typename: 'LicenceType' }
    & GraphQLRecursivePick<FederationTypes['LicenceType'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Department: ResolverTypeWrapper<Department>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  IssueLicenceInput: IssueLicenceInput;
  Item: ResolverTypeWrapper<Item>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Licence: ResolverTypeWrapper<LicenceView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LicenceHolderKind: LicenceHolderKind;
  LicenceSignature: ResolverTypeWrapper<LicenceSignatureDocument>;
  LicenceStatus: LicenceStatus;
  LicenceType: ResolverTypeWrapper<LicenceTypeDocument>;
  LicenceVerification: ResolverTypeWrapper<VerificationReport>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Seal: ResolverTypeWrapper<SealDocument>;
  SealStatus: SealStatus;
  User: ResolverTypeWrapper<User>;
  VerificationSigner: ResolverTypeWrapper<VerificationSignerView>;
  VerificationWarning: ResolverTypeWrapper<VerificationWarning>;
  VerificationWarningCode: VerificationWarningCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Department: Department;
  String: Scalars['String']['output'];
  IssueLicenceInput: IssueLicenceInput;
  Item: Item;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Licence: LicenceView;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  LicenceSignature: LicenceSignatureDocument;
  LicenceType: LicenceTypeDocument;
  LicenceVerification: VerificationReport;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Seal: SealDocument;
  User: User;
  VerificationSigner: VerificationSignerView;
  VerificationWarning: VerificationWarning;
};

export type DepartmentResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LicenceResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Licence'] = ResolversParentTypes['Licence'], FederationReferenceType extends FederationReferenceTypes['Licence'] = FederationReferenceTypes['Licence']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Licence']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  holderIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderKind?: Resolver<ResolversTypes['LicenceHolderKind'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  issuerDepartmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['LicenceSignature'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LicenceType'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenceSignatureResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceSignature'] = ResolversParentTypes['LicenceSignature']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sealName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenceTypeResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceType'] = ResolversParentTypes['LicenceType'], FederationReferenceType extends FederationReferenceTypes['LicenceType'] = FederationReferenceTypes['LicenceType']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LicenceType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LicenceVerificationResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceVerification'] = ResolversParentTypes['LicenceVerification']> = {
  authentic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentIntact?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  expectedCheckCharacter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  identifierCheckValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licenceType?: Resolver<Maybe<ResolversTypes['LicenceType']>, ParentType, ContextType>;
  sealValid?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signer?: Resolver<Maybe<ResolversTypes['VerificationSigner']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['LicenceStatus']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['VerificationWarning']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  issueLicence?: Resolver<ResolversTypes['Licence'], ParentType, ContextType, RequireFields<MutationIssueLicenceArgs, 'input'>>;
  revokeSeal?: Resolver<ResolversTypes['Seal'], ParentType, ContextType, RequireFields<MutationRevokeSealArgs, 'id' | 'reason'>>;
};

export type QueryResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  licence?: Resolver<Maybe<ResolversTypes['Licence']>, ParentType, ContextType, RequireFields<QueryLicenceArgs, 'id'>>;
  licenceTypes?: Resolver<Array<ResolversTypes['LicenceType']>, ParentType, ContextType>;
  myLicences?: Resolver<Array<ResolversTypes['Licence']>, ParentType, ContextType, RequireFields<QueryMyLicencesArgs, 'first'>>;
  seals?: Resolver<Array<ResolversTypes['Seal']>, ParentType, ContextType>;
  verifyLicence?: Resolver<ResolversTypes['LicenceVerification'], ParentType, ContextType, RequireFields<QueryVerifyLicenceArgs, 'identifier'>>;
};

export type SealResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Seal'] = ResolversParentTypes['Seal']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKeyFingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKeyPem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SealStatus'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VerificationSignerResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['VerificationSigner'] = ResolversParentTypes['VerificationSigner']> = {
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  sealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sealName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationWarningResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['VerificationWarning'] = ResolversParentTypes['VerificationWarning']> = {
  code?: Resolver<ResolversTypes['VerificationWarningCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = LicensesContext> = {
  Department?: DepartmentResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Licence?: LicenceResolvers<ContextType>;
  LicenceSignature?: LicenceSignatureResolvers<ContextType>;
  LicenceType?: LicenceTypeResolvers<ContextType>;
  LicenceVerification?: LicenceVerificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Seal?: SealResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VerificationSigner?: VerificationSignerResolvers<ContextType>;
  VerificationWarning?: VerificationWarningResolvers<ContextType>;
};

