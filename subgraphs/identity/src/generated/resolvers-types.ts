import type { GraphQLResolveInfo } from 'graphql';
import type { DivisionRecord } from '../divisionSource.js';
import type { DepartmentDocument, UserDocument } from '../model.js';
import type { UserView } from '../userView.js';
import type { HolidayScheduleView } from '../holidaySchedules.js';
import type { AgentLinkDocument, GrantUseDocument } from '../agentModel.js';
import type { GrantView, GrantUseResult } from '../agentGrants.js';
import type { AgentMandateView } from '../legalPersonResolvers.js';
import type { ActingSession } from '../actForLegalPerson.js';
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

/** Result of actForLegalPerson. */
export type ActingPayload = {
  __typename?: 'ActingPayload';
  /** The new session acting for the legal person: its token, which carries onBehalfOf and grantId, and the agent, unmasked. Every use is still checked against the grant. */
  auth: AuthPayload;
  /** The grant the session acts under. */
  grant: AgentGrant;
  /** The legal person acted for. */
  legalPerson: LegalPerson;
};

/** A registered natural person to link as agent; both values must match the registration. */
export type AddAgentInput = {
  /** Resident ID-card number of the person. */
  idCardNumber: Scalars['String']['input'];
  /** Name of the person as registered. */
  name: Scalars['String']['input'];
};

/** A natural person linked as agent (代理人) of a legal person. */
export type Agent = {
  __typename?: 'Agent';
  /** When the legal person added the agent, as an ISO 8601 UTC timestamp. */
  addedAt: Scalars['String']['output'];
  /** The agent, masked for the viewer like every user. */
  user: User;
};

/** Scoped powers a legal person gives one of its agents: which items, until when. */
export type AgentGrant = {
  __typename?: 'AgentGrant';
  /** The agent the grant was given to. */
  agent: User;
  /** When the grant was created, as an ISO 8601 UTC timestamp. */
  createdAt: Scalars['String']['output'];
  /** Grant id. */
  id: Scalars['ID']['output'];
  /** Implementation codes of the items the agent may act on. */
  itemCodes: Array<Scalars['String']['output']>;
  /** The legal person that gave the grant. */
  legalPerson: LegalPerson;
  /** Reason given for the revocation; null while not revoked. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When the grant was revoked; null while not revoked. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Status at the time of the request. */
  status: AgentGrantStatus;
  /** End of validity as an ISO 8601 UTC timestamp. */
  validUntil: Scalars['String']['output'];
  /** End of validity in Asia/Shanghai, such as 2027-06-30T23:59:59+08:00. */
  validUntilLocal: Scalars['String']['output'];
};

/** Result of a useAgentGrant check. */
export type AgentGrantCheck = {
  __typename?: 'AgentGrantCheck';
  /** The grant's item codes when the use is allowed; empty otherwise. */
  itemCodes: Array<Scalars['String']['output']>;
  /** The recorded use. */
  use: AgentGrantUse;
};

/** Status of an agent grant. */
export type AgentGrantStatus =
  /** Valid: not revoked and not expired. */
  | 'ACTIVE'
  /** Past its validUntil. */
  | 'EXPIRED'
  /** Revoked by the legal person. */
  | 'REVOKED';

/** One recorded use of an agent grant, allowed or refused. */
export type AgentGrantUse = {
  __typename?: 'AgentGrantUse';
  /** Operation the agent performed, such as submitApplication or readCase. */
  action: Scalars['String']['output'];
  /** User id of the agent. */
  agentId: Scalars['ID']['output'];
  /** When the grant was checked, as an ISO 8601 UTC timestamp. */
  at: Scalars['String']['output'];
  /** Id of the grant named in the use. */
  grantId: Scalars['ID']['output'];
  /** Use id. */
  id: Scalars['ID']['output'];
  /** Item acted on; null for a use that lists cases over the whole grant. */
  itemCode?: Maybe<Scalars['String']['output']>;
  /** User id of the legal person. */
  legalPersonId: Scalars['ID']['output'];
  /** Outcome of the check. */
  outcome: AgentGrantUseOutcome;
  /** Id of the request that used the grant. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** Outcome of one check of an agent grant at the moment of use. */
export type AgentGrantUseOutcome =
  /** The grant allowed the use. */
  | 'ALLOWED'
  /** The grant has expired. */
  | 'GRANT_EXPIRED'
  /** No grant with that id exists for that agent and legal person. */
  | 'GRANT_NOT_FOUND'
  /** The grant does not cover the item. */
  | 'GRANT_OUT_OF_SCOPE'
  /** The grant was revoked. */
  | 'GRANT_REVOKED';

/** A legal person a natural person may act for, with their active grants from it. */
export type AgentMandate = {
  __typename?: 'AgentMandate';
  /** Active grants from the legal person, latest expiry first. */
  grants: Array<AgentGrant>;
  /** The legal person. */
  legalPerson: LegalPerson;
};

/** Result of a successful sign-in or registration. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Signed bearer token; send it as `Authorization: Bearer <token>`. Valid for 8 hours unless signed out. */
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

/** Powers to grant to an agent. */
export type GrantAgentInput = {
  /** User id of an agent added with addAgent. */
  agentId: Scalars['ID']['input'];
  /** Client-generated key of 8 to 100 characters from A-Z a-z 0-9 _ -. A retry with the same key and request returns the first grant; with a different request it fails with CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Item implementation codes: 1 to 200, each a department's credit code followed by 13 letters or digits, no duplicates. */
  itemCodes: Array<Scalars['String']['input']>;
  /** End of validity: an ISO 8601 date-time with an offset, or a date meaning the end of that day in Asia/Shanghai; in the future and at most one year ahead. */
  validUntil: Scalars['String']['input'];
};

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
 * A legal person (法人): an enterprise or institution registered with its
 * unified social credit code. The id is the legal person's user id. Name,
 * credit code and division are public; the legal representative's name is
 * masked for viewers who may not see the legal person's personal data, and
 * agents and grants are shown only to the legal person itself and to
 * administrators whose division subtree covers it.
 */
export type LegalPerson = {
  __typename?: 'LegalPerson';
  /** The first 100 agents in the order they were added; null for viewers other than the legal person and administrators in jurisdiction. */
  agents?: Maybe<Array<Agent>>;
  /** Unified social credit code (GB 32100); public registration data, never masked. */
  creditCode: Scalars['String']['output'];
  /** Division named by divisionCode. */
  division?: Maybe<Division>;
  /** Division code of the registered seat. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** The newest 100 grants, revoked and expired ones included; null for viewers other than the legal person and administrators in jurisdiction. */
  grants?: Maybe<Array<AgentGrant>>;
  /** User id of the legal person. */
  id: Scalars['ID']['output'];
  /** Name of the legal representative (法定代表人); the surname followed by one * per remaining character when masked. */
  legalRepresentativeName?: Maybe<Scalars['String']['output']>;
  /** Registered name of the enterprise or institution. */
  name: Scalars['String']['output'];
};

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
   * Opens a session in which the signed-in natural person acts for a legal
   * person, under `grantId` or else the active grant that expires last. Fails
   * with NO_ACTIVE_GRANT when the person holds no such active grant.
   */
  actForLegalPerson: ActingPayload;
  /**
   * Links a registered natural person as agent of the signed-in legal person
   * (own account only). Fails with NOT_FOUND when no natural person has that
   * ID-card number and name, without saying which of the two failed. Adding an
   * agent again returns the existing link.
   */
  addAgent: Agent;
  /** Grants an agent powers over items until a time (legal person's own account only); writes an audit record. */
  grantAgent: AgentGrant;
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
   * Registers a legal person after real-name verification of its legal
   * representative and signs it in; the account is the credit code. Fails
   * with INVALID_CREDIT_CODE, INVALID_ID_CARD, INVALID_MOBILE, BAD_USER_INPUT,
   * or CONFLICT when the credit code is already registered.
   */
  registerLegalPerson: AuthPayload;
  /**
   * Registers a natural person after real-name verification and signs them in.
   * Fails with INVALID_ID_CARD, INVALID_MOBILE, BAD_USER_INPUT, or CONFLICT when
   * the ID-card number or the mobile number is already registered.
   */
  registerPerson: AuthPayload;
  /** Revokes a grant with immediate effect, with a reason of at most 500 characters (legal person's own account only); writes an audit record. Revoking again returns the grant unchanged. */
  revokeGrant: AgentGrant;
  /**
   * Signs in with an account and password. The account is normalised (full-width
   * characters and spaces). Fails with INVALID_CREDENTIALS for an unknown account
   * or a wrong password alike, and with ACCOUNT_LOCKED for 15 minutes after 5
   * consecutive failures.
   */
  signIn: AuthPayload;
  /**
   * Revokes the current session and returns true. Requests with its token are
   * then anonymous: in the identity service at once, and in every other
   * service within 15 seconds, because the gateway caches open sessions for
   * that long.
   */
  signOut: Scalars['Boolean']['output'];
  /**
   * Checks an agent grant at the moment of use and records the use with its
   * outcome; `itemCode` null checks the grant without an item. For SYSTEM
   * callers only, and left out of the gateway's public schema: subgraphs call
   * it before an agent acts for a legal person.
   */
  useAgentGrant: AgentGrantCheck;
};


export type MutationActForLegalPersonArgs = {
  grantId?: InputMaybe<Scalars['ID']['input']>;
  legalPersonId: Scalars['ID']['input'];
};


export type MutationAddAgentArgs = {
  input: AddAgentInput;
};


export type MutationGrantAgentArgs = {
  input: GrantAgentInput;
};


export type MutationLoadHolidayScheduleArgs = {
  input: LoadHolidayScheduleInput;
};


export type MutationRegisterLegalPersonArgs = {
  input: RegisterLegalPersonInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRevokeGrantArgs = {
  grantId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  account: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUseAgentGrantArgs = {
  action: Scalars['String']['input'];
  agentId: Scalars['ID']['input'];
  grantId: Scalars['ID']['input'];
  itemCode?: InputMaybe<Scalars['String']['input']>;
  legalPersonId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Of the given session ids (at most 100), the ones that are open: opened by
   * a sign-in or registration, not signed out and not expired, in the order
   * given. For SYSTEM callers only, and left out of the gateway's public
   * schema: the gateway asks it before forwarding a signed-in request and
   * caches an open session for up to 15 seconds, so a sign-out takes effect in
   * every subgraph within 15 seconds.
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
  /** One legal person by user id, for any caller because name and credit code are public; null when no legal person has the id. */
  legalPerson?: Maybe<LegalPerson>;
  /** The signed-in user; null when the request is anonymous or the session was signed out. */
  me?: Maybe<User>;
  /** Legal persons the signed-in natural person may act for, with their active grants. */
  myAgencies: Array<AgentMandate>;
  /** Recorded uses of the signed-in legal person's grants, newest first, optionally of one grant; for the legal person's own account only. `first` is 1 to 100. */
  myAgentGrantUses: Array<AgentGrantUse>;
  /** The newest grants of the signed-in legal person, revoked and expired ones included; for the legal person's own account only. `first` is 1 to 100. */
  myAgentGrants: Array<AgentGrant>;
  /** The first agents of the signed-in legal person, in the order added; for the legal person's own account only. `first` is 1 to 100. */
  myAgents: Array<Agent>;
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


export type QueryLegalPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyAgentGrantUsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  grantId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyAgentGrantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyAgentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByIdCardArgs = {
  idCardNumber: Scalars['String']['input'];
};

/** Registration of a legal person (enterprise or institution). */
export type RegisterLegalPersonInput = {
  /** Contact mobile number. */
  contactMobile: Scalars['String']['input'];
  /** Unified social credit code; full-width characters, spaces and lower case are accepted. Becomes the sign-in account. */
  creditCode: Scalars['String']['input'];
  /** Division code of the registered seat, a Chongqing division of any level. */
  divisionCode: Scalars['String']['input'];
  /** Resident ID-card number of the legal representative. */
  legalRepresentativeIdCard: Scalars['String']['input'];
  /** Name of the legal representative as on the ID card. */
  legalRepresentativeName: Scalars['String']['input'];
  /** Registered name of the enterprise or institution, 2 to 100 characters. */
  name: Scalars['String']['input'];
  /** Password of 8 to 128 characters containing at least one letter and one digit. */
  password: Scalars['String']['input'];
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
  LegalPerson: LegalPerson;
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
  LegalPerson:
    ( { __typename: 'LegalPerson' }
    & GraphQLRecursivePick<FederationTypes['LegalPerson'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActingPayload: ResolverTypeWrapper<ActingSession>;
  AddAgentInput: AddAgentInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Agent: ResolverTypeWrapper<AgentLinkDocument>;
  AgentGrant: ResolverTypeWrapper<GrantView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgentGrantCheck: ResolverTypeWrapper<GrantUseResult>;
  AgentGrantStatus: AgentGrantStatus;
  AgentGrantUse: ResolverTypeWrapper<GrantUseDocument>;
  AgentGrantUseOutcome: AgentGrantUseOutcome;
  AgentMandate: ResolverTypeWrapper<AgentMandateView>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Department: ResolverTypeWrapper<DepartmentDocument>;
  Division: ResolverTypeWrapper<DivisionRecord>;
  DivisionLevel: DivisionLevel;
  GrantAgentInput: GrantAgentInput;
  HolidaySchedule: ResolverTypeWrapper<HolidayScheduleView>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  HolidayScheduleSource: HolidayScheduleSource;
  LegalPerson: ResolverTypeWrapper<UserDocument>;
  LoadHolidayScheduleInput: LoadHolidayScheduleInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterLegalPersonInput: RegisterLegalPersonInput;
  RegisterPersonInput: RegisterPersonInput;
  User: ResolverTypeWrapper<UserView>;
  UserKind: UserKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActingPayload: ActingSession;
  AddAgentInput: AddAgentInput;
  String: Scalars['String']['output'];
  Agent: AgentLinkDocument;
  AgentGrant: GrantView;
  ID: Scalars['ID']['output'];
  AgentGrantCheck: GrantUseResult;
  AgentGrantUse: GrantUseDocument;
  AgentMandate: AgentMandateView;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Department: DepartmentDocument;
  Division: DivisionRecord;
  GrantAgentInput: GrantAgentInput;
  HolidaySchedule: HolidayScheduleView;
  Int: Scalars['Int']['output'];
  LegalPerson: UserDocument;
  LoadHolidayScheduleInput: LoadHolidayScheduleInput;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RegisterLegalPersonInput: RegisterLegalPersonInput;
  RegisterPersonInput: RegisterPersonInput;
  User: UserView;
};

export type ActingPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ActingPayload'] = ResolversParentTypes['ActingPayload']> = {
  auth?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType>;
  grant?: Resolver<ResolversTypes['AgentGrant'], ParentType, ContextType>;
  legalPerson?: Resolver<ResolversTypes['LegalPerson'], ParentType, ContextType>;
};

export type AgentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type AgentGrantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AgentGrant'] = ResolversParentTypes['AgentGrant']> = {
  agent?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  legalPerson?: Resolver<ResolversTypes['LegalPerson'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgentGrantStatus'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntilLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgentGrantCheckResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AgentGrantCheck'] = ResolversParentTypes['AgentGrantCheck']> = {
  itemCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  use?: Resolver<ResolversTypes['AgentGrantUse'], ParentType, ContextType>;
};

export type AgentGrantUseResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AgentGrantUse'] = ResolversParentTypes['AgentGrantUse']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalPersonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AgentGrantUseOutcome'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgentMandateResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AgentMandate'] = ResolversParentTypes['AgentMandate']> = {
  grants?: Resolver<Array<ResolversTypes['AgentGrant']>, ParentType, ContextType>;
  legalPerson?: Resolver<ResolversTypes['LegalPerson'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
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

export type LegalPersonResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LegalPerson'] = ResolversParentTypes['LegalPerson'], FederationReferenceType extends FederationReferenceTypes['LegalPerson'] = FederationReferenceTypes['LegalPerson']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LegalPerson']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agents?: Resolver<Maybe<Array<ResolversTypes['Agent']>>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grants?: Resolver<Maybe<Array<ResolversTypes['AgentGrant']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalRepresentativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  actForLegalPerson?: Resolver<ResolversTypes['ActingPayload'], ParentType, ContextType, RequireFields<MutationActForLegalPersonArgs, 'legalPersonId'>>;
  addAgent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationAddAgentArgs, 'input'>>;
  grantAgent?: Resolver<ResolversTypes['AgentGrant'], ParentType, ContextType, RequireFields<MutationGrantAgentArgs, 'input'>>;
  loadHolidaySchedule?: Resolver<ResolversTypes['HolidaySchedule'], ParentType, ContextType, RequireFields<MutationLoadHolidayScheduleArgs, 'input'>>;
  registerLegalPerson?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterLegalPersonArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  revokeGrant?: Resolver<ResolversTypes['AgentGrant'], ParentType, ContextType, RequireFields<MutationRevokeGrantArgs, 'grantId' | 'reason'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'account' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  useAgentGrant?: Resolver<ResolversTypes['AgentGrantCheck'], ParentType, ContextType, RequireFields<MutationUseAgentGrantArgs, 'action' | 'agentId' | 'grantId' | 'legalPersonId'>>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeSessions?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryActiveSessionsArgs, 'ids'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'code'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType, RequireFields<QueryDivisionArgs, 'code'>>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType, Partial<QueryDivisionsArgs>>;
  holidaySchedules?: Resolver<Array<ResolversTypes['HolidaySchedule']>, ParentType, ContextType>;
  legalPerson?: Resolver<Maybe<ResolversTypes['LegalPerson']>, ParentType, ContextType, RequireFields<QueryLegalPersonArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myAgencies?: Resolver<Array<ResolversTypes['AgentMandate']>, ParentType, ContextType>;
  myAgentGrantUses?: Resolver<Array<ResolversTypes['AgentGrantUse']>, ParentType, ContextType, RequireFields<QueryMyAgentGrantUsesArgs, 'first'>>;
  myAgentGrants?: Resolver<Array<ResolversTypes['AgentGrant']>, ParentType, ContextType, RequireFields<QueryMyAgentGrantsArgs, 'first'>>;
  myAgents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryMyAgentsArgs, 'first'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userByIdCard?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserByIdCardArgs, 'idCardNumber'>>;
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
  ActingPayload?: ActingPayloadResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  AgentGrant?: AgentGrantResolvers<ContextType>;
  AgentGrantCheck?: AgentGrantCheckResolvers<ContextType>;
  AgentGrantUse?: AgentGrantUseResolvers<ContextType>;
  AgentMandate?: AgentMandateResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  HolidaySchedule?: HolidayScheduleResolvers<ContextType>;
  LegalPerson?: LegalPersonResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

