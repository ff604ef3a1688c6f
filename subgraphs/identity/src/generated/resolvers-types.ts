import type { GraphQLResolveInfo } from 'graphql';
import type { DivisionRecord } from '../divisionSource.js';
import type { DepartmentDocument, DepartmentSystemDocument, DepartmentAccountBindingDocument, SmsOutboxDocument, UserDocument } from '../model.js';
import type { UserView } from '../userView.js';
import type { HolidayScheduleView } from '../holidaySchedules.js';
import type { AuditRecord as StoredAuditRecord } from '@ykb/common';
import type { AgentLinkDocument, GrantUseDocument } from '../agentModel.js';
import type { GrantView, GrantUseResult } from '../agentGrants.js';
import type { AgentMandateView } from '../legalPersonResolvers.js';
import type { ActingSession } from '../actForLegalPerson.js';
import type { IdentityStatisticsParent } from '../statistics.js';
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

/** One fact in an audit record's details. */
export type AuditDetail = {
  __typename?: 'AuditDetail';
  /** Name of the fact, such as rolesBefore. */
  key: Scalars['String']['output'];
  /** Value as text; null when the fact was recorded as null. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Outcome of an audited action. */
export type AuditOutcome =
  /** The action was attempted and failed on its input or on a service. */
  | 'FAILED'
  /** The caller was not allowed to do it. */
  | 'REFUSED'
  /** The action was carried out. */
  | 'SUCCEEDED';

/** One record of the platform's audit log. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** Normalised account name typed at a sign-in or code check; never a password or a code. */
  account?: Maybe<Scalars['String']['output']>;
  /** What was attempted, such as signIn or Mutation.acceptCase. */
  action: Scalars['String']['output'];
  /** Division code of the actor's jurisdiction or residence when known. */
  actorDivisionCode?: Maybe<Scalars['String']['output']>;
  /** User who acted; null for anonymous requests. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** When the event happened, as an ISO 8601 UTC timestamp. */
  at: Scalars['String']['output'];
  /** Stable error code of a failure or refusal. */
  code?: Maybe<Scalars['String']['output']>;
  /** Short facts explaining the event. */
  details: Array<AuditDetail>;
  /** Record id. */
  id: Scalars['ID']['output'];
  /** Legal person an agent acted for. */
  onBehalfOf?: Maybe<Scalars['ID']['output']>;
  /** Outcome of the action. */
  outcome: AuditOutcome;
  /** Id of the request that caused the event. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Service that wrote the record, such as identity. */
  service: Scalars['String']['output'];
  /** Id of the record acted on. */
  subjectId?: Maybe<Scalars['String']['output']>;
  /** Kind of record acted on, such as User. */
  subjectType?: Maybe<Scalars['String']['output']>;
};

/** One page of audit records, newest first. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** Cursor to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more records follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Records of this page. */
  nodes: Array<AuditRecord>;
};

/** Conditions on audit records; every condition given must hold. */
export type AuditRecordFilter = {
  /** Only records of this action, such as signIn. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records with this error code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Only records at or after this ISO 8601 time. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only records with this outcome. */
  outcome?: InputMaybe<AuditOutcome>;
  /** Only records written by this service. */
  service?: InputMaybe<Scalars['String']['input']>;
  /** Only records before this ISO 8601 time. */
  to?: InputMaybe<Scalars['String']['input']>;
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

/** A new staff account. The account gets no password: an activation code goes to the mobile, and the person sets a password with resetPassword. */
export type CreateStaffAccountInput = {
  /** Sign-in name of 3 to 64 characters: lower-case letters, digits, dots, hyphens and underscores, starting with a letter; normalised like a sign-in account. */
  account: Scalars['String']['input'];
  /** Department the account belongs to; must exist. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Root of the division subtree the account acts in; must lie in the administrator's subtree. */
  divisionCode: Scalars['String']['input'];
  /** Hall or service point where the person works; must exist and lie in the account's division subtree. */
  hallId?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile number (11 digits starting with 13 to 19) that receives the activation code and later reset codes. */
  mobile: Scalars['String']['input'];
  /** Name of the staff member, 2 to 30 characters counted in code points. */
  name: Scalars['String']['input'];
  /** Roles, at least one, no duplicates. */
  roles: Array<StaffRole>;
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

/** A user of a departmental system bound to a platform account. */
export type DepartmentAccountBinding = {
  __typename?: 'DepartmentAccountBinding';
  /** When the binding was made, as an ISO 8601 UTC timestamp. */
  boundAt: Scalars['String']['output'];
  /** Id of the administrator who made the binding. */
  boundBy: Scalars['ID']['output'];
  /** User id inside the departmental system. */
  externalUserId: Scalars['String']['output'];
  /** The departmental system. */
  system: DepartmentSystem;
  /** The bound platform user, masked for the viewer. */
  user?: Maybe<User>;
  /** Id of the bound platform user. */
  userId: Scalars['ID']['output'];
};

/** A departmental system (部门业务系统) whose user accounts can be bound to platform accounts. */
export type DepartmentSystem = {
  __typename?: 'DepartmentSystem';
  /** Department that owns the system. */
  department?: Maybe<Department>;
  /** Code of the department that owns the system. */
  departmentCode: Scalars['String']['output'];
  /** Division code of the system's deployment; 50 means city-wide. */
  divisionCode: Scalars['String']['output'];
  /** System id, such as scjg-djxt. */
  id: Scalars['ID']['output'];
  /** Name in Chinese. */
  name: Scalars['String']['output'];
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
  /** English name: the proper name in Hanyu Pinyin followed by the level (District, County, Subdistrict, Town, Township, Village or Community), such as Wuxi County. Transliterated from `name`, so a rare polyphonic character may read differently from local usage. */
  nameEn: Scalars['String']['output'];
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

/** Account, sign-in and lockout figures of one group. */
export type IdentityFigures = {
  __typename?: 'IdentityFigures';
  /** Accounts created by the end of the period (or month), disabled ones included. */
  accounts: Scalars['Int']['output'];
  /** Accounts created in the period (or month). */
  createdAccounts: Scalars['Int']['output'];
  /** Division of the row; set on rows by division. */
  division?: Maybe<Division>;
  /** Lockouts of known accounts after five failed sign-ins in a row, in the period. */
  lockouts: Scalars['Int']['output'];
  /** Month of the row, YYYY-MM in Asia/Shanghai; set on rows by month. */
  month?: Maybe<Scalars['String']['output']>;
  /** Sessions opened in the period by signing in with a password, registering or activating an account. Sessions of agents acting for a legal person and single sign-on through the OpenID Provider are not counted. */
  signIns: Scalars['Int']['output'];
};

/** Account, sign-in and lockout figures of one period and jurisdiction. Records without a division (such as lockouts of unknown accounts) are not counted. */
export type IdentityStatistics = {
  __typename?: 'IdentityStatistics';
  /** Accounts at the end of the period per role and child division of the counted division (the counted division itself for accounts registered directly at it), by role, then division code. An account with several roles counts once under each. */
  accountsByRole: Array<RoleAccounts>;
  /** Figures per child division of the counted division (the counted division itself for records directly at it), by code. */
  byDivision: Array<IdentityFigures>;
  /** Figures per Asia/Shanghai month of the period, oldest first; `accounts` counts those created by the end of the month. */
  byMonth: Array<IdentityFigures>;
  /** Department counted, or null for every department. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Root of the division subtree counted. */
  division: Division;
  /** First day of the period (Asia/Shanghai). */
  from: Scalars['String']['output'];
  /** Last day of the period (Asia/Shanghai). */
  to: Scalars['String']['output'];
  /** Figures of the whole jurisdiction. */
  total: IdentityFigures;
};


/** Account, sign-in and lockout figures of one period and jurisdiction. Records without a division (such as lockouts of unknown accounts) are not counted. */
export type IdentityStatisticsAccountsByRoleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Account, sign-in and lockout figures of one period and jurisdiction. Records without a division (such as lockouts of unknown accounts) are not counted. */
export type IdentityStatisticsByDivisionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Account, sign-in and lockout figures of one period and jurisdiction. Records without a division (such as lockouts of unknown accounts) are not counted. */
export type IdentityStatisticsByMonthArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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
  /**
   * Binds a departmental system's user to a platform account. For
   * administrators whose jurisdiction covers the user and the system's
   * department. Fails with CONFLICT when the external user or the platform
   * user is already bound in that system.
   */
  bindDepartmentAccount: DepartmentAccountBinding;
  /**
   * Creates a staff account and sends an activation code to its mobile. For
   * administrators (ADMIN) whose subtree contains the division; an ADMIN
   * account may only be created for a division strictly inside that subtree.
   * Fails with CONFLICT when the account name is taken, BAD_USER_INPUT or
   * INVALID_MOBILE for bad input, and UPSTREAM_FAILED when the message cannot
   * be sent; then no account is created.
   */
  createStaffAccount: User;
  /** Disables a staff account and revokes its sessions; same permissions as updateStaffAccess. Disabling a disabled account changes nothing. */
  disableStaffAccount: User;
  /** Enables a disabled staff account; same permissions as updateStaffAccess. Enabling an enabled account changes nothing. */
  enableStaffAccount: User;
  /** Grants an agent powers over items until a time (legal person's own account only); writes an audit record. */
  grantAgent: AgentGrant;
  /**
   * Loads or corrects one year's holiday schedule, for administrators (ADMIN)
   * of the whole of Chongqing (division 50) only, because the schedule applies
   * city-wide; others get FORBIDDEN and anonymous callers UNAUTHENTICATED. Loading a
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
  /**
   * Sends a 6-digit code to the mobile of the account, valid for 10 minutes;
   * a new code replaces the previous one. Returns the same answer whether or
   * not the account exists. Fails with RATE_LIMITED after a request for the
   * account in the last 60 seconds or 5 in the last hour.
   */
  requestPasswordReset: PasswordResetRequestResult;
  /**
   * Sets a new password with a code from requestPasswordReset or from the
   * activation message, and signs the account out everywhere. Fails with
   * INVALID_CODE for a wrong code, CODE_EXPIRED for a right code past its
   * validity (10 minutes for reset codes, 24 hours for activation codes),
   * TOO_MANY_ATTEMPTS after 5 wrong codes (code checks for the
   * account are then locked for 15 minutes and the code is void), and
   * BAD_USER_INPUT for a weak password.
   */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes a grant with immediate effect, with a reason of at most 500 characters (legal person's own account only); writes an audit record. Revoking again returns the grant unchanged. */
  revokeGrant: AgentGrant;
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
  /** Removes a binding; same permissions as bindDepartmentAccount. Returns false when no binding existed. */
  unbindDepartmentAccount: Scalars['Boolean']['output'];
  /**
   * Replaces the roles and jurisdiction of a staff account and signs it out
   * everywhere, so its next token carries the new access. Both the current and
   * the new jurisdiction must lie in the administrator's subtree; ADMIN
   * accounts only strictly inside it. Nobody changes their own access.
   */
  updateStaffAccess: User;
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


export type MutationBindDepartmentAccountArgs = {
  externalUserId: Scalars['String']['input'];
  systemId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationDisableStaffAccountArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationEnableStaffAccountArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationGrantAgentArgs = {
  input: GrantAgentInput;
};


export type MutationLoadHolidayScheduleArgs = {
  input: LoadHolidayScheduleInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterLegalPersonArgs = {
  input: RegisterLegalPersonInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRequestPasswordResetArgs = {
  account: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  account: Scalars['String']['input'];
  code: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationRevokeGrantArgs = {
  grantId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  account: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUnbindDepartmentAccountArgs = {
  externalUserId: Scalars['String']['input'];
  systemId: Scalars['ID']['input'];
};


export type MutationUpdateStaffAccessArgs = {
  input: UpdateStaffAccessInput;
};


export type MutationUseAgentGrantArgs = {
  action: Scalars['String']['input'];
  agentId: Scalars['ID']['input'];
  grantId: Scalars['ID']['input'];
  itemCode?: InputMaybe<Scalars['String']['input']>;
  legalPersonId: Scalars['ID']['input'];
};

/** Answer to a password-reset request; the same whether or not the account exists. */
export type PasswordResetRequestResult = {
  __typename?: 'PasswordResetRequestResult';
  /** Minutes a code stays valid. */
  codeValidMinutes: Scalars['Int']['output'];
  /** Text to show: a code was sent if the account exists and has a mobile number. */
  message: Scalars['String']['output'];
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
  /**
   * Audit records, newest first, for auditors (AUDITOR) and administrators
   * (ADMIN); others get FORBIDDEN. A viewer whose division is not the city
   * (50) sees only records whose actor belongs to the viewer's division
   * subtree. `first` is 1 to 100; `after` is the endCursor of the previous page.
   */
  auditRecords: AuditRecordConnection;
  /** One department by its code; null when it does not exist. */
  department?: Maybe<Department>;
  /**
   * The platform account bound to a departmental system's user; null when
   * none is bound. For SYSTEM callers and administrators whose jurisdiction
   * covers the system's department.
   */
  departmentAccountBinding?: Maybe<DepartmentAccountBinding>;
  /** Every departmental system whose accounts can be bound, ordered by id; for staff. */
  departmentSystems: Array<DepartmentSystem>;
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
  /** Account, sign-in and lockout figures of a period and jurisdiction, grouped by role, division and month. ANALYST, SUPERVISOR and ADMIN, within their own jurisdiction; counts only, no personal data. */
  identityStatistics: IdentityStatistics;
  /** One legal person by user id, for any caller because name and credit code are public; null when no legal person has the id. */
  legalPerson?: Maybe<LegalPerson>;
  /** The signed-in user; null when the request is anonymous. */
  me?: Maybe<User>;
  /** Legal persons the signed-in natural person may act for, with their active grants. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myAgencies: Array<AgentMandate>;
  /** Recorded uses of the signed-in legal person's grants, newest first, optionally of one grant; for the legal person's own account only. `first` is 1 to 100. */
  myAgentGrantUses: Array<AgentGrantUse>;
  /** The newest grants of the signed-in legal person, revoked and expired ones included; for the legal person's own account only. `first` is 1 to 100. */
  myAgentGrants: Array<AgentGrant>;
  /** The first agents of the signed-in legal person, in the order added; for the legal person's own account only. `first` is 1 to 100. */
  myAgents: Array<Agent>;
  /**
   * The natural persons registered with the given resident ID-card numbers
   * and the legal persons registered with the given unified social credit
   * codes (at most 5000 numbers), with their registered names. Numbers that
   * nobody holds are left out. For SYSTEM callers only, and left out of the
   * gateway's public schema: the licences subgraph checks the holder names
   * of imported licences with it.
   */
  registeredHolders: Array<RegisteredHolder>;
  /**
   * Messages the sandbox SMS gateway wrote to one mobile number, newest first,
   * for SYSTEM callers only, because they contain one-time codes; left out of
   * the gateway's public schema. `first` is 1 to 100.
   */
  smsOutbox: Array<SmsMessage>;
  /**
   * Staff accounts in the subtree of `divisionCode`, optionally of one
   * department, ordered by account name. For administrators (ADMIN) whose
   * subtree contains `divisionCode`; others get FORBIDDEN. `first` is 1 to
   * 100; `after` is the endCursor of the previous page.
   */
  staffAccounts: StaffAccountConnection;
  /** One user by id, masked for the viewer: for the user themself and for staff who read cases whose division subtree contains the user's division; FORBIDDEN for other viewers, UNAUTHENTICATED when anonymous. Null when the user does not exist. */
  user?: Maybe<User>;
  /**
   * Finds a natural person by ID-card number, for clerks, window staff and
   * administrators serving a citizen; FORBIDDEN for other roles. Null when
   * nobody is registered with it or the person lies outside the viewer's
   * jurisdiction.
   */
  userByIdCard?: Maybe<User>;
  /** Users in the order of their last change, after the cursor `after`, with names, ID numbers and mobiles unmasked; changes younger than 2 seconds wait for a later call. For the data catalogue's feed of the identity.users dataset, which desensitises them for readers without the right. SYSTEM only. */
  userChanges: UserChangePage;
};


export type QueryActiveSessionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentArgs = {
  code: Scalars['String']['input'];
};


export type QueryDepartmentAccountBindingArgs = {
  externalUserId: Scalars['String']['input'];
  systemId: Scalars['ID']['input'];
};


export type QueryDivisionArgs = {
  code: Scalars['String']['input'];
};


export type QueryDivisionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIdentityStatisticsArgs = {
  filter: StatisticsFilter;
};


export type QueryLegalPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryRegisteredHoldersArgs = {
  idNumbers: Array<Scalars['String']['input']>;
};


export type QuerySmsOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  mobile: Scalars['String']['input'];
};


export type QueryStaffAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  divisionCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByIdCardArgs = {
  idCardNumber: Scalars['String']['input'];
};


export type QueryUserChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A registered natural or legal person found by its identity number. */
export type RegisteredHolder = {
  __typename?: 'RegisteredHolder';
  /** Resident ID-card number or unified social credit code, normalised. */
  idNumber: Scalars['String']['output'];
  /** PERSON for an ID-card number, LEGAL_PERSON for a credit code. */
  kind: UserKind;
  /** Registered name of the person or legal person. */
  name: Scalars['String']['output'];
  /** Id of the user registered with the number. */
  userId: Scalars['ID']['output'];
};

/** Number of accounts with one role in one division. */
export type RoleAccounts = {
  __typename?: 'RoleAccounts';
  /** Accounts with the role created by the end of the period, disabled ones included. */
  accounts: Scalars['Int']['output'];
  /** Child division of the counted division, or the counted division itself. */
  division: Division;
  /** Role name, such as CITIZEN, LEGAL_PERSON, CLERK or ANALYST. */
  role: Scalars['String']['output'];
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

/** A text message written by the sandbox SMS gateway instead of being sent to a phone. */
export type SmsMessage = {
  __typename?: 'SmsMessage';
  /** Message id given by the gateway. */
  id: Scalars['ID']['output'];
  /** Mobile number the message was addressed to. */
  mobile: Scalars['String']['output'];
  /** Template parameters as key-value facts. */
  params: Array<AuditDetail>;
  /** When the gateway accepted the message, as an ISO 8601 UTC timestamp. */
  sentAt: Scalars['String']['output'];
  /** Template id, such as PASSWORD_RESET. */
  templateId: Scalars['String']['output'];
  /** Text as the phone would show it. */
  text: Scalars['String']['output'];
};

/** One page of staff accounts, ordered by account name. */
export type StaffAccountConnection = {
  __typename?: 'StaffAccountConnection';
  /** Cursor to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more accounts follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Accounts of this page. */
  nodes: Array<User>;
};

/** A staff role; each is exercised within a jurisdiction: a division subtree and, for departmental roles, one department. */
export type StaffRole =
  /** 系统管理员: administers accounts and settings of a division subtree */
  | 'ADMIN'
  /** 数据分析人员: reads statistics and desensitised data */
  | 'ANALYST'
  /** 审批人员: decides reviewed cases of a department */
  | 'APPROVER'
  /** 审计人员: reads the audit log and changes nothing */
  | 'AUDITOR'
  /** 村(社区)便民服务点代办员: takes in applications at a village service point */
  | 'CLERK'
  /** 财务人员: reconciles payments, reads clearing reports and refunds fees in a division subtree */
  | 'FINANCE'
  /** 大厅负责人: manages one hall's windows, queue and staff */
  | 'HALL_MANAGER'
  /** 事项管理员: maintains the item catalogue of a department */
  | 'ITEM_ADMIN'
  /** 法制审核人员: reviews item drafts for legality before publication */
  | 'LEGAL_REVIEWER'
  /** 证照管理员: issues, imports and revokes a department's electronic licences */
  | 'LICENCE_OFFICER'
  /** 审核人员: reviews accepted cases of a department */
  | 'REVIEWER'
  /** 印章管理员: manages a department's electronic seals */
  | 'SEAL_ADMIN'
  /** 监察人员: follows deadlines and complaints across a division subtree */
  | 'SUPERVISOR'
  /** 窗口人员: takes in applications and accepts cases at a hall window */
  | 'WINDOW_STAFF';

/** Period and jurisdiction of a statistics query; the viewer's own division subtree and department always bound it. */
export type StatisticsFilter = {
  /** Department counted; every department when omitted. A viewer who belongs to a department always counts only it. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Root of the division subtree counted; the viewer's own division when omitted. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive. */
  from: Scalars['String']['input'];
  /** Last day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive; at most 731 days after `from`. */
  to: Scalars['String']['input'];
};

/** New roles and jurisdiction of a staff account; the fields replace the current ones. */
export type UpdateStaffAccessInput = {
  /** Department the account belongs to; null for none. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Root of the division subtree the account acts in. */
  divisionCode: Scalars['String']['input'];
  /** Hall or service point; null for none. */
  hallId?: InputMaybe<Scalars['String']['input']>;
  /** Roles, at least one, no duplicates. */
  roles: Array<StaffRole>;
  /** Id of the staff account. */
  userId: Scalars['ID']['input'];
};

/**
 * A registered user: a natural person, a legal person or a staff member.
 * Personal fields are masked unless the viewer is the user, or a clerk, window
 * staff member or administrator whose jurisdiction covers the user's division.
 * Other staff who read cases see the user masked within their division
 * subtree; everyone else gets FORBIDDEN.
 */
export type User = {
  __typename?: 'User';
  /** Unified social credit code of a legal person; public registration data, never masked. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /**
   * Accounts of departmental systems bound to this user. Null unless the
   * viewer is the user or an administrator whose jurisdiction covers the user.
   */
  departmentAccounts?: Maybe<Array<DepartmentAccountBinding>>;
  /** Department code of a staff member. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** True when an administrator disabled the account, so it cannot sign in. */
  disabled: Scalars['Boolean']['output'];
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

/** A user account as the change feed returns it. */
export type UserChange = {
  __typename?: 'UserChange';
  /** Division code of the account; null for accounts without one. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** User id. */
  id: Scalars['ID']['output'];
  /** Resident ID card number; null for accounts without one. */
  idCardNumber?: Maybe<Scalars['String']['output']>;
  /** PERSON, LEGAL_PERSON or STAFF. */
  kind: Scalars['String']['output'];
  /** Mobile number; null for accounts without one. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Name of the person, legal person or staff member. */
  name: Scalars['String']['output'];
  /** When the account was registered, as an ISO 8601 instant in UTC. */
  registeredAt: Scalars['String']['output'];
};

/** One page of the users change feed. */
export type UserChangePage = {
  __typename?: 'UserChangePage';
  /** Cursor to pass as `after` for the next page: the last record's position, or the request's `after` when the page is empty. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Users, oldest change first. */
  records: Array<UserChange>;
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
  AuditDetail: ResolverTypeWrapper<AuditDetail>;
  AuditOutcome: AuditOutcome;
  AuditRecord: ResolverTypeWrapper<StoredAuditRecord>;
  AuditRecordConnection: ResolverTypeWrapper<Omit<AuditRecordConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditRecord']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditRecordFilter: AuditRecordFilter;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  CreateStaffAccountInput: CreateStaffAccountInput;
  Department: ResolverTypeWrapper<DepartmentDocument>;
  DepartmentAccountBinding: ResolverTypeWrapper<DepartmentAccountBindingDocument>;
  DepartmentSystem: ResolverTypeWrapper<DepartmentSystemDocument>;
  Division: ResolverTypeWrapper<DivisionRecord>;
  DivisionLevel: DivisionLevel;
  GrantAgentInput: GrantAgentInput;
  HolidaySchedule: ResolverTypeWrapper<HolidayScheduleView>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  HolidayScheduleSource: HolidayScheduleSource;
  IdentityFigures: ResolverTypeWrapper<Omit<IdentityFigures, 'division'> & { division?: Maybe<ResolversTypes['Division']> }>;
  IdentityStatistics: ResolverTypeWrapper<IdentityStatisticsParent>;
  LegalPerson: ResolverTypeWrapper<UserDocument>;
  LoadHolidayScheduleInput: LoadHolidayScheduleInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PasswordResetRequestResult: ResolverTypeWrapper<PasswordResetRequestResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterLegalPersonInput: RegisterLegalPersonInput;
  RegisterPersonInput: RegisterPersonInput;
  RegisteredHolder: ResolverTypeWrapper<RegisteredHolder>;
  RoleAccounts: ResolverTypeWrapper<Omit<RoleAccounts, 'division'> & { division: ResolversTypes['Division'] }>;
  SigningKey: ResolverTypeWrapper<SigningKey>;
  SmsMessage: ResolverTypeWrapper<SmsOutboxDocument>;
  StaffAccountConnection: ResolverTypeWrapper<Omit<StaffAccountConnection, 'nodes'> & { nodes: Array<ResolversTypes['User']> }>;
  StaffRole: StaffRole;
  StatisticsFilter: StatisticsFilter;
  UpdateStaffAccessInput: UpdateStaffAccessInput;
  User: ResolverTypeWrapper<UserView>;
  UserChange: ResolverTypeWrapper<UserChange>;
  UserChangePage: ResolverTypeWrapper<UserChangePage>;
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
  AuditDetail: AuditDetail;
  AuditRecord: StoredAuditRecord;
  AuditRecordConnection: Omit<AuditRecordConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditRecord']> };
  Boolean: Scalars['Boolean']['output'];
  AuditRecordFilter: AuditRecordFilter;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  CreateStaffAccountInput: CreateStaffAccountInput;
  Department: DepartmentDocument;
  DepartmentAccountBinding: DepartmentAccountBindingDocument;
  DepartmentSystem: DepartmentSystemDocument;
  Division: DivisionRecord;
  GrantAgentInput: GrantAgentInput;
  HolidaySchedule: HolidayScheduleView;
  Int: Scalars['Int']['output'];
  IdentityFigures: Omit<IdentityFigures, 'division'> & { division?: Maybe<ResolversParentTypes['Division']> };
  IdentityStatistics: IdentityStatisticsParent;
  LegalPerson: UserDocument;
  LoadHolidayScheduleInput: LoadHolidayScheduleInput;
  Mutation: Record<PropertyKey, never>;
  PasswordResetRequestResult: PasswordResetRequestResult;
  Query: Record<PropertyKey, never>;
  RegisterLegalPersonInput: RegisterLegalPersonInput;
  RegisterPersonInput: RegisterPersonInput;
  RegisteredHolder: RegisteredHolder;
  RoleAccounts: Omit<RoleAccounts, 'division'> & { division: ResolversParentTypes['Division'] };
  SigningKey: SigningKey;
  SmsMessage: SmsOutboxDocument;
  StaffAccountConnection: Omit<StaffAccountConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['User']> };
  StatisticsFilter: StatisticsFilter;
  UpdateStaffAccessInput: UpdateStaffAccessInput;
  User: UserView;
  UserChange: UserChange;
  UserChangePage: UserChangePage;
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

export type AuditDetailResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditDetail'] = ResolversParentTypes['AuditDetail']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  account?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorDivisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  details?: Resolver<Array<ResolversTypes['AuditDetail']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditRecordConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
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

export type DepartmentAccountBindingResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DepartmentAccountBinding'] = ResolversParentTypes['DepartmentAccountBinding']> = {
  boundAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  boundBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  externalUserId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['DepartmentSystem'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DepartmentSystemResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DepartmentSystem'] = ResolversParentTypes['DepartmentSystem']> = {
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type IdentityFiguresResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['IdentityFigures'] = ResolversParentTypes['IdentityFigures']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  lockouts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityStatisticsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['IdentityStatistics'] = ResolversParentTypes['IdentityStatistics']> = {
  accountsByRole?: Resolver<Array<ResolversTypes['RoleAccounts']>, ParentType, ContextType, RequireFields<IdentityStatisticsAccountsByRoleArgs, 'first'>>;
  byDivision?: Resolver<Array<ResolversTypes['IdentityFigures']>, ParentType, ContextType, RequireFields<IdentityStatisticsByDivisionArgs, 'first'>>;
  byMonth?: Resolver<Array<ResolversTypes['IdentityFigures']>, ParentType, ContextType, RequireFields<IdentityStatisticsByMonthArgs, 'first'>>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['IdentityFigures'], ParentType, ContextType>;
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
  bindDepartmentAccount?: Resolver<ResolversTypes['DepartmentAccountBinding'], ParentType, ContextType, RequireFields<MutationBindDepartmentAccountArgs, 'externalUserId' | 'systemId' | 'userId'>>;
  createStaffAccount?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateStaffAccountArgs, 'input'>>;
  disableStaffAccount?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDisableStaffAccountArgs, 'userId'>>;
  enableStaffAccount?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationEnableStaffAccountArgs, 'userId'>>;
  grantAgent?: Resolver<ResolversTypes['AgentGrant'], ParentType, ContextType, RequireFields<MutationGrantAgentArgs, 'input'>>;
  loadHolidaySchedule?: Resolver<ResolversTypes['HolidaySchedule'], ParentType, ContextType, RequireFields<MutationLoadHolidayScheduleArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  registerLegalPerson?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterLegalPersonArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['PasswordResetRequestResult'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'account'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'account' | 'code' | 'newPassword'>>;
  revokeGrant?: Resolver<ResolversTypes['AgentGrant'], ParentType, ContextType, RequireFields<MutationRevokeGrantArgs, 'grantId' | 'reason'>>;
  rotateSigningKey?: Resolver<ResolversTypes['SigningKey'], ParentType, ContextType>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'account' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unbindDepartmentAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnbindDepartmentAccountArgs, 'externalUserId' | 'systemId'>>;
  updateStaffAccess?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateStaffAccessArgs, 'input'>>;
  useAgentGrant?: Resolver<ResolversTypes['AgentGrantCheck'], ParentType, ContextType, RequireFields<MutationUseAgentGrantArgs, 'action' | 'agentId' | 'grantId' | 'legalPersonId'>>;
};

export type PasswordResetRequestResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PasswordResetRequestResult'] = ResolversParentTypes['PasswordResetRequestResult']> = {
  codeValidMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeSessions?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryActiveSessionsArgs, 'ids'>>;
  auditRecords?: Resolver<ResolversTypes['AuditRecordConnection'], ParentType, ContextType, RequireFields<QueryAuditRecordsArgs, 'first'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'code'>>;
  departmentAccountBinding?: Resolver<Maybe<ResolversTypes['DepartmentAccountBinding']>, ParentType, ContextType, RequireFields<QueryDepartmentAccountBindingArgs, 'externalUserId' | 'systemId'>>;
  departmentSystems?: Resolver<Array<ResolversTypes['DepartmentSystem']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType, RequireFields<QueryDivisionArgs, 'code'>>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType, Partial<QueryDivisionsArgs>>;
  holidaySchedules?: Resolver<Array<ResolversTypes['HolidaySchedule']>, ParentType, ContextType>;
  identityStatistics?: Resolver<ResolversTypes['IdentityStatistics'], ParentType, ContextType, RequireFields<QueryIdentityStatisticsArgs, 'filter'>>;
  legalPerson?: Resolver<Maybe<ResolversTypes['LegalPerson']>, ParentType, ContextType, RequireFields<QueryLegalPersonArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myAgencies?: Resolver<Array<ResolversTypes['AgentMandate']>, ParentType, ContextType, RequireFields<QueryMyAgenciesArgs, 'first' | 'offset'>>;
  myAgentGrantUses?: Resolver<Array<ResolversTypes['AgentGrantUse']>, ParentType, ContextType, RequireFields<QueryMyAgentGrantUsesArgs, 'first'>>;
  myAgentGrants?: Resolver<Array<ResolversTypes['AgentGrant']>, ParentType, ContextType, RequireFields<QueryMyAgentGrantsArgs, 'first'>>;
  myAgents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryMyAgentsArgs, 'first'>>;
  registeredHolders?: Resolver<Array<ResolversTypes['RegisteredHolder']>, ParentType, ContextType, RequireFields<QueryRegisteredHoldersArgs, 'idNumbers'>>;
  smsOutbox?: Resolver<Array<ResolversTypes['SmsMessage']>, ParentType, ContextType, RequireFields<QuerySmsOutboxArgs, 'first' | 'mobile'>>;
  staffAccounts?: Resolver<ResolversTypes['StaffAccountConnection'], ParentType, ContextType, RequireFields<QueryStaffAccountsArgs, 'divisionCode' | 'first'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userByIdCard?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserByIdCardArgs, 'idCardNumber'>>;
  userChanges?: Resolver<ResolversTypes['UserChangePage'], ParentType, ContextType, RequireFields<QueryUserChangesArgs, 'first'>>;
};

export type RegisteredHolderResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisteredHolder'] = ResolversParentTypes['RegisteredHolder']> = {
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UserKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RoleAccountsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RoleAccounts'] = ResolversParentTypes['RoleAccounts']> = {
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SigningKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SigningKey'] = ResolversParentTypes['SigningKey']> = {
  activeUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SmsMessageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SmsMessage'] = ResolversParentTypes['SmsMessage']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mobile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['AuditDetail']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  templateId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffAccountConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['StaffAccountConnection'] = ResolversParentTypes['StaffAccountConnection']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentAccounts?: Resolver<Maybe<Array<ResolversTypes['DepartmentAccountBinding']>>, ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type UserChangeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserChange'] = ResolversParentTypes['UserChange']> = {
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idCardNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserChangePageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserChangePage'] = ResolversParentTypes['UserChangePage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['UserChange']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  ActingPayload?: ActingPayloadResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  AgentGrant?: AgentGrantResolvers<ContextType>;
  AgentGrantCheck?: AgentGrantCheckResolvers<ContextType>;
  AgentGrantUse?: AgentGrantUseResolvers<ContextType>;
  AgentMandate?: AgentMandateResolvers<ContextType>;
  AuditDetail?: AuditDetailResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentAccountBinding?: DepartmentAccountBindingResolvers<ContextType>;
  DepartmentSystem?: DepartmentSystemResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  HolidaySchedule?: HolidayScheduleResolvers<ContextType>;
  IdentityFigures?: IdentityFiguresResolvers<ContextType>;
  IdentityStatistics?: IdentityStatisticsResolvers<ContextType>;
  LegalPerson?: LegalPersonResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PasswordResetRequestResult?: PasswordResetRequestResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisteredHolder?: RegisteredHolderResolvers<ContextType>;
  RoleAccounts?: RoleAccountsResolvers<ContextType>;
  SigningKey?: SigningKeyResolvers<ContextType>;
  SmsMessage?: SmsMessageResolvers<ContextType>;
  StaffAccountConnection?: StaffAccountConnectionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserChange?: UserChangeResolvers<ContextType>;
  UserChangePage?: UserChangePageResolvers<ContextType>;
};

