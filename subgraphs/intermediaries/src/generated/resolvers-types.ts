import type { GraphQLResolveInfo } from 'graphql';
import type { IntermediaryServiceDocument, AgencyDocument } from '../model.js';
import type { IntermediariesContext } from '../resolvers.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** An intermediary agency (中介机构) that offers intermediary services. */
export type Agency = {
  __typename?: 'Agency';
  /** Unified social credit code (GB 32100, 18 characters), normalised to upper case. */
  creditCode: Scalars['String']['output'];
  /** Agency id (UUID). */
  id: Scalars['ID']['output'];
  /** Registered name of the agency. */
  name: Scalars['String']['output'];
  /** Ids of the intermediary services the agency offers. */
  serviceIds: Array<Scalars['ID']['output']>;
  /** Intermediary services the agency offers that the viewer may see. */
  services: Array<IntermediaryService>;
  /** Review state; only APPROVED agencies appear in the public showcase. */
  status: AgencyStatus;
};

/** Review state of an agency registration. */
export type AgencyStatus =
  /** Approved and listed in the public showcase. */
  | 'APPROVED'
  /** Registered and waiting for staff review. */
  | 'PENDING'
  /** Rejected by staff review. */
  | 'REJECTED';

/**
 * An intermediary service (中介服务): technical work such as an evaluation, a
 * test or a survey that an applicant buys from a qualified agency because an
 * approval item requires its report.
 */
export type IntermediaryService = {
  __typename?: 'IntermediaryService';
  /** Code of the service in this platform's intermediary service list, such as ZJFW001. */
  code: Scalars['String']['output'];
  /** What the service produces and who may provide it, in Chinese. */
  description: Scalars['String']['output'];
  /** Service id, `is-` followed by the code. */
  id: Scalars['ID']['output'];
  /** Approval items that require this service. */
  items: Array<Item>;
  /** Service name in Chinese. */
  name: Scalars['String']['output'];
  /** Publication state; the public sees PUBLISHED services only. */
  status: IntermediaryServiceStatus;
};

/** Publication state of an intermediary service. */
export type IntermediaryServiceStatus =
  /** Being prepared; visible to catalogue administrators and supervisors. */
  | 'DRAFT'
  /** In the public list. */
  | 'PUBLISHED'
  /** Removed from the public list. */
  | 'WITHDRAWN';

/** A government-service item, owned by the items subgraph; this subgraph adds its intermediary services. */
export type Item = {
  __typename?: 'Item';
  /** Implementation code of the item (31 characters). */
  id: Scalars['ID']['output'];
  /** Published intermediary services the item requires, ordered by code; empty when it requires none. */
  intermediaryServices: Array<IntermediaryService>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Registers an intermediary agency for staff review. Needs LEGAL_PERSON.
   * INVALID_CREDIT_CODE for a malformed code or a wrong check character,
   * CONFLICT when the credit code is already registered. A retry with the same
   * idempotencyKey (8 to 100 letters, digits, - or _) returns the first record.
   */
  registerAgency: Agency;
};


export type MutationRegisterAgencyArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RegisterAgencyInput;
};

export type Query = {
  __typename?: 'Query';
  /** Approved agencies, optionally only those offering one service, ordered by name; returns at most `first` agencies (1 to 100). Public. */
  agencies: Array<Agency>;
  /** One intermediary service by id; null when it does not exist or the viewer may not see it. */
  intermediaryService?: Maybe<IntermediaryService>;
  /** Intermediary services with the given status (default PUBLISHED), ordered by code. Other statuses need ITEM_ADMIN, SUPERVISOR or ADMIN: FORBIDDEN for other roles, UNAUTHENTICATED when anonymous. */
  intermediaryServices: Array<IntermediaryService>;
};


export type QueryAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIntermediaryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntermediaryServicesArgs = {
  status?: InputMaybe<IntermediaryServiceStatus>;
};

/** An agency registration. */
export type RegisterAgencyInput = {
  /** Unified social credit code; full-width characters and lower case are accepted and normalised. */
  creditCode: Scalars['String']['input'];
  /** Registered name of the agency, 2 to 100 characters. */
  name: Scalars['String']['input'];
  /** Ids of the published intermediary services the agency offers, 1 to 20. */
  serviceIds: Array<Scalars['ID']['input']>;
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
  IntermediaryService: IntermediaryService;
  Item: Item;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  IntermediaryService:
    ( { __typename: 'IntermediaryService' }
    & GraphQLRecursivePick<FederationTypes['IntermediaryService'], {"id":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<AgencyDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgencyStatus: AgencyStatus;
  IntermediaryService: ResolverTypeWrapper<IntermediaryServiceDocument>;
  IntermediaryServiceStatus: IntermediaryServiceStatus;
  Item: ResolverTypeWrapper<Pick<Item, 'id'>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RegisterAgencyInput: RegisterAgencyInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyDocument;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  IntermediaryService: IntermediaryServiceDocument;
  Item: Pick<Item, 'id'>;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RegisterAgencyInput: RegisterAgencyInput;
  Boolean: Scalars['Boolean']['output'];
};

export type AgencyResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['IntermediaryService']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgencyStatus'], ParentType, ContextType>;
};

export type IntermediaryServiceResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['IntermediaryService'] = ResolversParentTypes['IntermediaryService'], FederationReferenceType extends FederationReferenceTypes['IntermediaryService'] = FederationReferenceTypes['IntermediaryService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntermediaryService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntermediaryServiceStatus'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intermediaryServices?: Resolver<Array<ResolversTypes['IntermediaryService']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationRegisterAgencyArgs, 'idempotencyKey' | 'input'>>;
};

export type QueryResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'first'>>;
  intermediaryService?: Resolver<Maybe<ResolversTypes['IntermediaryService']>, ParentType, ContextType, RequireFields<QueryIntermediaryServiceArgs, 'id'>>;
  intermediaryServices?: Resolver<Array<ResolversTypes['IntermediaryService']>, ParentType, ContextType, Partial<QueryIntermediaryServicesArgs>>;
};

export type Resolvers<ContextType = IntermediariesContext> = {
  Agency?: AgencyResolvers<ContextType>;
  IntermediaryService?: IntermediaryServiceResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

