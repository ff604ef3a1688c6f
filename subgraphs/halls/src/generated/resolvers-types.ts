import type { GraphQLResolveInfo } from 'graphql';
import type { HallDocument, TicketDocument } from '../model.js';
import type { DivisionReference, HallsContext } from '../resolvers.js';
import type { QueueStatus as QueueStatusView } from '../queue.js';
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

/** Business category a queue ticket is taken for; the letter in brackets starts the ticket number. */
export type BusinessCategory =
  /** 民政与社会救助 (F) */
  | 'CIVIL_AFFAIRS'
  /** 工程建设项目 (D) */
  | 'CONSTRUCTION'
  /** 综合业务 (A) */
  | 'GENERAL'
  /** 企业开办与市场准入 (B) */
  | 'MARKET_ENTRY'
  /** 户籍与出入境 (E) */
  | 'PUBLIC_SECURITY'
  /** 社保医保与就业 (C) */
  | 'SOCIAL_SECURITY';

/** An administrative division, owned by the identity subgraph; this subgraph adds the halls that serve it. */
export type Division = {
  __typename?: 'Division';
  /** Division code (2 to 12 digits). */
  code: Scalars['String']['output'];
  /** Halls and service points of this division and of the divisions inside it, city level first, then by id. Public, like every hall. */
  halls: Array<Hall>;
};

/**
 * A government-service hall (政务服务中心) or service point (便民服务中心/站)
 * where people apply in person. Hall data is public information.
 */
export type Hall = {
  __typename?: 'Hall';
  /** Street address. */
  address: Scalars['String']['output'];
  /** Division the hall serves. */
  division: Division;
  /** Division code of the area the hall serves (2 to 12 digits). */
  divisionCode: Scalars['String']['output'];
  /** Hall id, `hall-` followed by the division code of the hall, such as hall-500238100205. */
  id: Scalars['ID']['output'];
  /** Administrative level the hall serves. */
  level: HallLevel;
  /** Hall name in Chinese. */
  name: Scalars['String']['output'];
  /** Opening hours as published to the public, in Chinese. */
  openingHours: Scalars['String']['output'];
  /** Consultation phone number. */
  phone: Scalars['String']['output'];
  /** Service windows, ordered by window number. */
  windows: Array<HallWindow>;
};

/** Administrative level of a hall. */
export type HallLevel =
  /** 市级政务服务中心 city centre */
  | 'CITY'
  /** 区县政务服务中心 district or county centre */
  | 'DISTRICT'
  /** 乡镇（街道）便民服务中心 township or street centre */
  | 'TOWNSHIP'
  /** 村（社区）便民服务站 village or community service point */
  | 'VILLAGE';

/** A service window of a hall. */
export type HallWindow = {
  __typename?: 'HallWindow';
  /** Business categories whose tickets this window calls. */
  businessCategories: Array<BusinessCategory>;
  /** Whether the window accepts several business categories or one department's business. */
  category: WindowCategory;
  /** Department code of a dedicated window; null for a comprehensive window. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Window name shown above the counter. */
  name: Scalars['String']['output'];
  /** Window number, unique within the hall, from 1. */
  number: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Calls the oldest waiting ticket of today that the window serves; null when
   * none waits. Needs CLERK, WINDOW_STAFF or HALL_MANAGER working at the hall or
   * with the hall in their division subtree.
   */
  callNext?: Maybe<Ticket>;
  /**
   * Takes a queue ticket at a hall for a business category that one of its
   * windows serves. Public. A retry with the same idempotencyKey (8 to 100
   * letters, digits, - or _) returns the first ticket; reusing a key for another
   * hall or category is a CONFLICT.
   */
  takeTicket: Ticket;
};


export type MutationCallNextArgs = {
  hallId: Scalars['ID']['input'];
  windowNumber: Scalars['Int']['input'];
};


export type MutationTakeTicketArgs = {
  category: BusinessCategory;
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One hall by id; null when it does not exist. */
  hall?: Maybe<Hall>;
  /** Halls whose division lies in the subtree of `divisionCode` (all halls when omitted), sorted by level from CITY to VILLAGE, then by id. */
  halls: Array<Hall>;
  /** Today's queue length of a hall. Public; NOT_FOUND for an unknown hall. */
  queueStatus: QueueStatus;
};


export type QueryHallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHallsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQueueStatusArgs = {
  hallId: Scalars['ID']['input'];
};

/** Queue length of a hall for today in Asia/Shanghai. */
export type QueueStatus = {
  __typename?: 'QueueStatus';
  /** Instant the figures were computed (ISO 8601, UTC). */
  asOf: Scalars['String']['output'];
  /** Hall the figures belong to. */
  hall: Hall;
  /** Seconds the longest-waiting ticket has waited; 0 when nobody waits. */
  maxWaitSeconds: Scalars['Int']['output'];
  /** Number of today's tickets still waiting. */
  waitingCount: Scalars['Int']['output'];
};

/** A queue ticket (排队号) of one hall, business category and day. */
export type Ticket = {
  __typename?: 'Ticket';
  /** When a window called the ticket (ISO 8601, UTC); null while waiting. */
  calledAt?: Maybe<Scalars['String']['output']>;
  /** Business category the ticket was taken for. */
  category: BusinessCategory;
  /** Hall the ticket was taken at. */
  hall: Hall;
  /** Ticket id (UUID). */
  id: Scalars['ID']['output'];
  /** Ticket number shown and called out: the category letter and a sequence of at least 3 digits that restarts every day in Asia/Shanghai, such as A001. */
  number: Scalars['String']['output'];
  /** Calendar date in Asia/Shanghai (YYYY-MM-DD) on which the ticket is valid. */
  serviceDate: Scalars['String']['output'];
  /** Whether the ticket still waits or was called. */
  status: TicketStatus;
  /** When the ticket was taken (ISO 8601, UTC). */
  takenAt: Scalars['String']['output'];
  /** Number of the window that called the ticket; null while waiting. */
  windowNumber?: Maybe<Scalars['Int']['output']>;
};

/** State of a queue ticket. */
export type TicketStatus =
  /** Called to a window. */
  | 'CALLED'
  /** Waiting to be called. */
  | 'WAITING';

/** Kind of service window. */
export type WindowCategory =
  /** 综合窗口: accepts several business categories (一窗综办). */
  | 'COMPREHENSIVE'
  /** 专窗: serves the business of one department. */
  | 'DEDICATED';



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
  Division: Division;
  Hall: Hall;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Division:
    ( { __typename: 'Division' }
    & GraphQLRecursivePick<FederationTypes['Division'], {"code":true}> );
  Hall:
    ( { __typename: 'Hall' }
    & GraphQLRecursivePick<FederationTypes['Hall'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BusinessCategory: BusinessCategory;
  Division: ResolverTypeWrapper<DivisionReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Hall: ResolverTypeWrapper<HallDocument>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  HallLevel: HallLevel;
  HallWindow: ResolverTypeWrapper<HallWindow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueStatus: ResolverTypeWrapper<QueueStatusView>;
  Ticket: ResolverTypeWrapper<TicketDocument>;
  TicketStatus: TicketStatus;
  WindowCategory: WindowCategory;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Division: DivisionReference;
  String: Scalars['String']['output'];
  Hall: HallDocument;
  ID: Scalars['ID']['output'];
  HallWindow: HallWindow;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  QueueStatus: QueueStatusView;
  Ticket: TicketDocument;
  Boolean: Scalars['Boolean']['output'];
};

export type DivisionResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  halls?: Resolver<Array<ResolversTypes['Hall']>, ParentType, ContextType>;
};

export type HallResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Hall'] = ResolversParentTypes['Hall'], FederationReferenceType extends FederationReferenceTypes['Hall'] = FederationReferenceTypes['Hall']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hall']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HallLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['HallWindow']>, ParentType, ContextType>;
};

export type HallWindowResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['HallWindow'] = ResolversParentTypes['HallWindow']> = {
  businessCategories?: Resolver<Array<ResolversTypes['BusinessCategory']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['WindowCategory'], ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  callNext?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<MutationCallNextArgs, 'hallId' | 'windowNumber'>>;
  takeTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationTakeTicketArgs, 'category' | 'hallId' | 'idempotencyKey'>>;
};

export type QueryResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType, RequireFields<QueryHallArgs, 'id'>>;
  halls?: Resolver<Array<ResolversTypes['Hall']>, ParentType, ContextType, Partial<QueryHallsArgs>>;
  queueStatus?: Resolver<ResolversTypes['QueueStatus'], ParentType, ContextType, RequireFields<QueryQueueStatusArgs, 'hallId'>>;
};

export type QueueStatusResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['QueueStatus'] = ResolversParentTypes['QueueStatus']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  maxWaitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketResolvers<ContextType = HallsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = {
  calledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['BusinessCategory'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  takenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = HallsContext> = {
  Division?: DivisionResolvers<ContextType>;
  Hall?: HallResolvers<ContextType>;
  HallWindow?: HallWindowResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueStatus?: QueueStatusResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
};

