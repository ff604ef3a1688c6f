import type { GraphQLResolveInfo } from 'graphql';
import type { DivisionRecord } from '../divisionSource.js';
import type { DepartmentDocument } from '../model.js';
import type { UserView } from '../userView.js';
import type { HolidayScheduleView } from '../holidaySchedules.js';
import type { IdentityContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** Result of a successful sign-in, registration or session refresh. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /**
   * Access token, an ES256 JWT; send it as `Authorization: Bearer <token>`.
   * Valid until accessTokenExpiresAt (10 minutes by default) unless the
   * session is signed out.
   */
  accessToken: Scalars['String']['output'];
  /** When the access token expires, as an ISO 8601 UTC timestamp. */
  accessTokenExpiresAt: Scalars['String']['output'];
  /**
   * Opaque refresh token. Keep it secret and pass it once to refreshSession
   * for a new pair; a second use signs the whole session out.
   */
  refreshToken: Scalars['String']['output'];
  /**
   * The access token, under its old name.
   * @deprecated Use accessToken.
   */
  token: Scalars['String']['output'];
  /** The signed-in user, unmasked. */
  user: User;
};

/** A government department of Chongqing. */
export type Department = {
  __typename?: 'Department';
  /** Department code, such as CQ-SCJG. */
  code: Scalars['String']['output'];
  /** Unified social credit code of the department. */
  creditCode: Scalars['String']['output'];
  /** Division of the department's level. */
  division?: Maybe<Division>;
  /** Division code of the department's level; 50 means city-wide. */
  divisionCode: Scalars['String']['output'];
  /** Official name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
};

/**
 * An administrative division of Chongqing (GB/T 2260 codes down to the county,
 * statistical codes for townships and villages). Codes are prefix-hierarchical:
 * 2 digits for the province, 4 for the prefecture grouping, 6 for the county,
 * 9 for the township or street, 12 for the village or community.
 */
export type Division = {
  __typename?: 'Division';
  /** Divisions directly inside this one, ordered by code. */
  children: Array<Division>;
  /** Division code as a string of 2, 4, 6, 9 or 12 digits. */
  code: Scalars['String']['output'];
  /** Level in the hierarchy, derived from the code length. */
  level: DivisionLevel;
  /** Official name in Chinese. */
  name: Scalars['String']['output'];
  /** Enclosing division; null for the province. */
  parent?: Maybe<Division>;
  /** Code of the enclosing division; null for the province. */
  parentCode?: Maybe<Scalars['String']['output']>;
};

/** Level of an administrative division. */
export type DivisionLevel =
  /** 县级 county, district or autonomous county (6 digits) */
  | 'COUNTY'
  /** 地级 prefecture level; in Chongqing only the groupings 5001 (districts) and 5002 (counties) */
  | 'PREFECTURE'
  /** 省级 province-level (Chongqing, code 50) */
  | 'PROVINCE'
  /** 乡级 township, town or street (9 digits) */
  | 'TOWNSHIP'
  /** 村级 village or residents' community (12 digits) */
  | 'VILLAGE';

/**
 * The statutory holiday schedule of one year, from the State Council notice
 * that declares the year's days off and make-up workdays (调休). Every subgraph
 * counts working-day deadlines with these years; a deadline that reaches a year
 * missing here is provisional.
 */
export type HolidaySchedule = {
  __typename?: 'HolidaySchedule';
  /**
   * Days off as ISO dates (YYYY-MM-DD), ascending. A break lists every day
   * off, weekend days included. May contain dates from 18 to 31 December of
   * the previous year when this year's notice places its New Year break there.
   */
  holidays: Array<Scalars['String']['output']>;
  /** When this version was loaded, as an ISO 8601 UTC timestamp; null for packaged years. */
  loadedAt?: Maybe<Scalars['String']['output']>;
  /** Id of the administrator who loaded this version; null for packaged years and for viewers who are not staff. */
  loadedBy?: Maybe<Scalars['ID']['output']>;
  /** Title or text of the State Council notice; null for packaged years. */
  notice?: Maybe<Scalars['String']['output']>;
  /** Where the schedule comes from. */
  source: HolidayScheduleSource;
  /** Number of times this year was loaded, starting at 1; null for packaged years. */
  version?: Maybe<Scalars['Int']['output']>;
  /**
   * Saturdays and Sundays declared working days, as ISO dates (YYYY-MM-DD),
   * ascending. May contain dates from 18 to 31 December of the previous year.
   */
  workdays: Array<Scalars['String']['output']>;
  /** Year the notice governs, from 2000 to 2100. */
  year: Scalars['Int']['output'];
};

/** Origin of a year's holiday schedule. */
export type HolidayScheduleSource =
  /** Loaded by an administrator; replaces a packaged schedule of the same year. */
  | 'LOADED'
  /** Shipped with the platform in the chinese-days package. */
  | 'PACKAGE';

/**
 * One year's schedule from a State Council holiday notice. Every date must be
 * a real ISO date (YYYY-MM-DD) in `year`, or from 18 to 31 December of the
 * previous year, because a notice can place its New Year break and that break's
 * make-up workday there; such a date overrides the previous year's schedule for
 * that day only. Dates in the following year are rejected: the following
 * year's notice governs them.
 */
export type LoadHolidayScheduleInput = {
  /** Every day off, weekend days of a break included; at least one date, no duplicates. */
  holidays: Array<Scalars['String']['input']>;
  /** Title or text of the notice, at most 10000 characters. */
  notice: Scalars['String']['input'];
  /** Saturdays and Sundays declared working days; no duplicates and none also listed in holidays. */
  workdays: Array<Scalars['String']['input']>;
  /** Year the notice governs, from 2000 to 2100. */
  year: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Loads or corrects one year's holiday schedule, for administrators (ADMIN)
   * only; others get FORBIDDEN and anonymous callers UNAUTHENTICATED. Loading a
   * year again replaces it and keeps the replaced version in the history.
   * Invalid input fails with BAD_USER_INPUT carrying `field` and, for a date,
   * the offending `date` in the extensions; nothing is stored then. Concurrent
   * loads of one year that keep losing fail with CONFLICT. Subgraphs pick the
   * schedule up at their next calendar sync (every 5 minutes by default).
   */
  loadHolidaySchedule: HolidaySchedule;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token
   * of the same session. Each refresh token works once: a second use fails
   * with REFRESH_TOKEN_REUSED and signs the whole session out. An unknown or
   * expired token, or one whose session has ended (30 days after sign-in by
   * default) or was signed out, fails with REFRESH_TOKEN_INVALID.
   */
  refreshSession: AuthPayload;
  /**
   * Registers a natural person after real-name verification and signs them in.
   * Fails with INVALID_ID_CARD, INVALID_MOBILE, BAD_USER_INPUT, or CONFLICT when
   * the ID-card number or the mobile number is already registered.
   */
  registerPerson: AuthPayload;
  /**
   * Makes a new signing key active at once, for city-wide administrators
   * (ADMIN of division 50) only. Tokens signed by earlier keys stay valid
   * until they expire. Fails with CONFLICT when another rotation ran at the
   * same time.
   */
  rotateSigningKey: SigningKey;
  /**
   * Signs in with an account and password. The account is normalised (full-width
   * characters and spaces). Fails with INVALID_CREDENTIALS for an unknown account
   * or a wrong password alike, and with ACCOUNT_LOCKED for 15 minutes after 5
   * consecutive failures.
   */
  signIn: AuthPayload;
  /**
   * Revokes the current session and returns true. Its access and refresh
   * tokens are then refused with UNAUTHENTICATED (reason SESSION_REVOKED):
   * in the identity service at once, and in every other service within 15
   * seconds, because each caches open sessions for that long.
   */
  signOut: Scalars['Boolean']['output'];
  /**
   * Revokes every open session of the signed-in user, on every device, and
   * returns how many were open. Audited.
   */
  signOutEverywhere: Scalars['Int']['output'];
};


export type MutationLoadHolidayScheduleArgs = {
  input: LoadHolidayScheduleInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationSignInArgs = {
  account: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Of the given session ids (at most 100), the ones that are open: opened by
   * a sign-in or registration, not signed out and not expired, in the order
   * given. For SYSTEM callers only, and left out of the gateway's public
   * schema: the gateway and every other subgraph ask it before serving a
   * signed-in request and cache an open session for up to 15 seconds, so a
   * sign-out takes effect everywhere within 15 seconds.
   */
  activeSessions: Array<Scalars['ID']['output']>;
  /** One department by its code; null when it does not exist. */
  department?: Maybe<Department>;
  /** Every department, ordered by code. */
  departments: Array<Department>;
  /** One division by its code; null when it does not exist. */
  division?: Maybe<Division>;
  /** Divisions directly inside `parentCode`, ordered by code; the province when `parentCode` is null. */
  divisions: Array<Division>;
  /**
   * Every year the platform has a holiday schedule for, ascending by year:
   * the packaged years, each replaced by a loaded schedule of the same year.
   * Public, because deadlines shown to applicants depend on it.
   */
  holidaySchedules: Array<HolidaySchedule>;
  /** The signed-in user; null when the request is anonymous. */
  me?: Maybe<User>;
  /** One user by id, masked for the viewer; needs a signed-in viewer. Null when the user does not exist. */
  user?: Maybe<User>;
  /**
   * Finds a natural person by ID-card number, for staff serving a citizen at a
   * window. Null when nobody is registered with it or the person lies outside
   * the viewer's jurisdiction.
   */
  userByIdCard?: Maybe<User>;
};


export type QueryActiveSessionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryDepartmentArgs = {
  code: Scalars['String']['input'];
};


export type QueryDivisionArgs = {
  code: Scalars['String']['input'];
};


export type QueryDivisionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByIdCardArgs = {
  idCardNumber: Scalars['String']['input'];
};

/** Registration of a natural person. */
export type RegisterPersonInput = {
  /** Division code of the residence, a Chongqing division of any level. */
  divisionCode: Scalars['String']['input'];
  /** Resident ID-card number; full-width characters, spaces and a lower-case x are accepted. */
  idCardNumber: Scalars['String']['input'];
  /** Mainland mobile number; becomes the sign-in account. */
  mobile: Scalars['String']['input'];
  /** Name as on the ID card: 2 to 30 Han characters, with · between parts of a transcribed name. */
  name: Scalars['String']['input'];
  /** Password of 8 to 128 characters containing at least one letter and one digit. */
  password: Scalars['String']['input'];
};

/** A key that signs access tokens, as published in identity's /.well-known/jwks.json. */
export type SigningKey = {
  __typename?: 'SigningKey';
  /** Until when the key signs new tokens unless a newer key replaces it, as an ISO 8601 UTC timestamp. */
  activeUntil: Scalars['String']['output'];
  /** When the key was created, as an ISO 8601 UTC timestamp. */
  createdAt: Scalars['String']['output'];
  /** Key id, the `kid` in the header of the tokens it signs. */
  kid: Scalars['String']['output'];
  /** Until when the key stays in the JWKS, after every token it signed has expired, as an ISO 8601 UTC timestamp. */
  publishedUntil: Scalars['String']['output'];
};

/**
 * A registered user: a natural person, a legal person or a staff member.
 * Personal fields are masked unless the viewer is the user, an administrator,
 * or staff whose jurisdiction covers the user's division.
 */
export type User = {
  __typename?: 'User';
  /** Unified social credit code of a legal person; public registration data, never masked. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** Department code of a staff member. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Division named by divisionCode. */
  division?: Maybe<Division>;
  /** Division code of the user's residence or jurisdiction; masked to the township (9 digits) for natural persons. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** Hall or service point where a clerk or hall manager works. */
  hallId?: Maybe<Scalars['String']['output']>;
  /** User id: u- followed by the account for demo accounts, u- followed by a UUID for registered users. */
  id: Scalars['ID']['output'];
  /** Resident ID-card number (GB 11643); masked to the first 4 and last 4 characters. */
  idCardNumber?: Maybe<Scalars['String']['output']>;
  /** Kind of user. */
  kind: UserKind;
  /** True when the personal fields above are masked for the current viewer. */
  masked: Scalars['Boolean']['output'];
  /** Mainland mobile number; masked to the first 3 and last 4 digits. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Name; for a masked natural person the surname followed by one * per remaining character. */
  name: Scalars['String']['output'];
  /** Roles, such as CITIZEN, LEGAL_PERSON, CLERK or ADMIN. */
  roles: Array<Scalars['String']['output']>;
};

/** Kind of user. */
export type UserKind =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'PERSON'
  /** 工作人员 staff member of a department, hall or service point */
  | 'STAFF';



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
  Department: Department;
  Division: Division;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"code":true}> );
  Division:
    ( { __typename: 'Division' }
    & GraphQLRecursivePick<FederationTypes['Division'], {"code":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Department: ResolverTypeWrapper<DepartmentDocument>;
  Division: ResolverTypeWrapper<DivisionRecord>;
  DivisionLevel: DivisionLevel;
  HolidaySchedule: ResolverTypeWrapper<HolidayScheduleView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  HolidayScheduleSource: HolidayScheduleSource;
  LoadHolidayScheduleInput: LoadHolidayScheduleInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPersonInput: RegisterPersonInput;
  SigningKey: ResolverTypeWrapper<SigningKey>;
  User: ResolverTypeWrapper<UserView>;
  UserKind: UserKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  String: Scalars['String']['output'];
  Department: DepartmentDocument;
  Division: DivisionRecord;
  HolidaySchedule: HolidayScheduleView;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LoadHolidayScheduleInput: LoadHolidayScheduleInput;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RegisterPersonInput: RegisterPersonInput;
  SigningKey: SigningKey;
  User: UserView;
};

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HolidayScheduleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['HolidaySchedule'] = ResolversParentTypes['HolidaySchedule']> = {
  holidays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  loadedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loadedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['HolidayScheduleSource'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workdays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  loadHolidaySchedule?: Resolver<ResolversTypes['HolidaySchedule'], ParentType, ContextType, RequireFields<MutationLoadHolidayScheduleArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  registerPerson?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  rotateSigningKey?: Resolver<ResolversTypes['SigningKey'], ParentType, ContextType>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'account' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeSessions?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryActiveSessionsArgs, 'ids'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'code'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType, RequireFields<QueryDivisionArgs, 'code'>>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType, Partial<QueryDivisionsArgs>>;
  holidaySchedules?: Resolver<Array<ResolversTypes['HolidaySchedule']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userByIdCard?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserByIdCardArgs, 'idCardNumber'>>;
};

export type SigningKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SigningKey'] = ResolversParentTypes['SigningKey']> = {
  activeUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hallId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idCardNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UserKind'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  HolidaySchedule?: HolidayScheduleResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SigningKey?: SigningKeyResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

