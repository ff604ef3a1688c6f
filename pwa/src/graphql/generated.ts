/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** Result of a successful sign-in or registration. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Signed bearer token; send it as `Authorization: Bearer <token>`. Valid for 8 hours unless signed out. */
  token: Scalars['String']['output'];
  /** The signed-in user, unmasked. */
  user: User;
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

/**
 * A case (办件): one application for one item and its handling, from
 * submission through acceptance and decision to completion.
 */
export type Case = {
  __typename?: 'Case';
  /** When a clerk accepted the case; null before acceptance. */
  acceptedAt?: Maybe<Scalars['String']['output']>;
  /** Applicant, owned by the identity subgraph. */
  applicant: User;
  /** Applicant's ID-card number; masked for viewers other than the applicant and handling staff with jurisdiction; null when the form has none. */
  applicantIdNumber?: Maybe<Scalars['String']['output']>;
  /** Applicant's name; masked for viewers other than the applicant and handling staff with jurisdiction. */
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
  /** Hall or service point whose clerk accepted the case; null before acceptance or when the clerk has no hall. */
  hall?: Maybe<Hall>;
  /** Handling history, oldest first. */
  history: Array<CaseEvent>;
  /** Case id. */
  id: Scalars['ID']['output'];
  /** Item applied for. */
  item: Item;
  /** Item name at submission. */
  itemName: Scalars['String']['output'];
  /** Electronic licence issued for the case; null until issued. */
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

/** A government department, owned by the identity subgraph. */
export type Department = {
  __typename?: 'Department';
  /** Department code. */
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

/** An administrative division, owned by the identity subgraph. */
export type Division = {
  __typename?: 'Division';
  /** Divisions directly inside this one, ordered by code. */
  children: Array<Division>;
  /** Division code (2 to 12 digits). */
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

/** A fee item of an item. */
export type Fee = {
  __typename?: 'Fee';
  /** Amount in fen (0.01 yuan). */
  amountFen: Scalars['Int']['output'];
  /** Legal basis of the fee. */
  basis: Scalars['String']['output'];
  /** Fee name. */
  name: Scalars['String']['output'];
};

/** A field of an item's application form. */
export type FormField = {
  __typename?: 'FormField';
  /** Key under which the value is stored in the application's form data. */
  key: Scalars['String']['output'];
  /** Label shown to the applicant. */
  label: Scalars['String']['output'];
  /** Maximum length in code points of a TEXT field. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** Allowed values of a SELECT field. */
  options: Array<Scalars['String']['output']>;
  /** Whether the field must be filled. */
  required: Scalars['Boolean']['output'];
  /** Value type, which decides the validation. */
  type: FormFieldType;
};

/** Value type of a form field. */
export type FormFieldType =
  /** An ISO date (YYYY-MM-DD). */
  | 'DATE'
  /** A resident ID-card number, checked by its GB 11643 check digit. */
  | 'ID_CARD'
  /** A mainland mobile number. */
  | 'MOBILE'
  /** A number. */
  | 'NUMBER'
  /** One of the listed options. */
  | 'SELECT'
  /** Free text. */
  | 'TEXT';

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

/**
 * A government-service item (政务服务事项) as implemented by one department: the
 * catalogue entry a citizen applies for. The id is the implementation code.
 */
export type Item = {
  __typename?: 'Item';
  /** Code of the item in the national basic catalogue. */
  basicCode: Scalars['String']['output'];
  /** Conditions an applicant must meet. */
  conditions: Array<Scalars['String']['output']>;
  /** Consultation phone number. */
  consultationPhone: Scalars['String']['output'];
  /** Implementing department. */
  department: Department;
  /** Code of the implementing department. */
  departmentCode: Scalars['String']['output'];
  /** Division code of the implementing level; 50 means city-wide. */
  divisionCode: Scalars['String']['output'];
  /** Fees; empty when the item is free of charge. */
  fees: Array<Fee>;
  /** Fields of the application form. */
  formFields: Array<FormField>;
  /** Implementation code: the implementing department's credit code followed by 13 characters. */
  id: Scalars['ID']['output'];
  /** Published intermediary services the item requires, ordered by code; empty when it requires none. */
  intermediaryServices: Array<IntermediaryService>;
  /** Laws and regulations the item rests on. */
  legalBasis: Scalars['String']['output'];
  /** Code of the electronic licence type this item issues, if any. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Materials to submit. */
  materials: Array<ItemMaterial>;
  /** Item name in Chinese. */
  name: Scalars['String']['output'];
  /** Item name in English. */
  nameEn: Scalars['String']['output'];
  /** Online-handling depth from 1 (information only) to 4 (fully online, no visit). */
  onlineDepth: Scalars['Int']['output'];
  /** Promised time limit in working days after acceptance, never longer than the statutory limit. */
  promisedLimitDays: Scalars['Int']['output'];
  /** Statutory time limit in working days after acceptance. */
  statutoryLimitDays: Scalars['Int']['output'];
  /** Who may apply: natural persons, legal persons or both. */
  subjectTypes: Array<SubjectType>;
  /** Legal category of the item, such as administrative licensing or public service. */
  type: ItemType;
  /** Version number of this implementation list entry. */
  version: Scalars['Int']['output'];
};

/** A material an applicant submits for an item. */
export type ItemMaterial = {
  __typename?: 'ItemMaterial';
  /** Material code, unique within the item. */
  code: Scalars['String']['output'];
  /** Number of copies. */
  count: Scalars['Int']['output'];
  /** Original, copy or electronic. */
  form: MaterialForm;
  /** Licence type whose electronic licence can replace this material. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Material name. */
  name: Scalars['String']['output'];
  /** Whether the application is rejected without it. */
  required: Scalars['Boolean']['output'];
};

/** Legal category of an item. */
export type ItemType =
  /** 行政确认 administrative confirmation */
  | 'ADMINISTRATIVE_CONFIRMATION'
  /** 行政许可 administrative licensing */
  | 'ADMINISTRATIVE_LICENSING'
  /** 行政给付 administrative payment */
  | 'ADMINISTRATIVE_PAYMENT'
  /** 其他行政权力 other administrative power */
  | 'OTHER'
  /** 公共服务 public service */
  | 'PUBLIC_SERVICE';

/** An electronic licence, owned by the licenses subgraph. */
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

/** Form in which a material is submitted. */
export type MaterialForm =
  /** 复印件 copy */
  | 'COPY'
  /** 电子 electronic */
  | 'ELECTRONIC'
  /** 原件 original */
  | 'ORIGINAL';

/** A material attached to an application. */
export type MaterialInput = {
  /** Material code from the item's material list. */
  code: Scalars['String']['input'];
  /** Id of a file uploaded by the applicant or by the filing clerk. */
  fileId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a submitted case (clerk within jurisdiction); `version`, when given, must match the case's current version. */
  acceptCase: Case;
  /** Approves an accepted case (reviewer or approver within jurisdiction) and issues its licence when the item has one. */
  approveCase: Case;
  /**
   * Calls the oldest waiting ticket of today that the window serves; null when
   * none waits. Needs CLERK or HALL_MANAGER working at the hall or with the hall
   * in their division subtree.
   */
  callNext?: Maybe<Ticket>;
  /** Issues and signs a licence for an approved case. Needs the SYSTEM role; a retry with the same caseId returns the first licence. */
  issueLicence: Licence;
  /** Declines to accept a submitted case, with a reason (clerk within jurisdiction). */
  notAcceptCase: Case;
  /**
   * Registers an intermediary agency for staff review. Needs LEGAL_PERSON.
   * INVALID_CREDIT_CODE for a malformed code or a wrong check character,
   * CONFLICT when the credit code is already registered. A retry with the same
   * idempotencyKey (8 to 100 letters, digits, - or _) returns the first record.
   */
  registerAgency: Agency;
  /**
   * Registers a natural person after real-name verification and signs them in.
   * Fails with INVALID_ID_CARD, INVALID_MOBILE, BAD_USER_INPUT, or CONFLICT when
   * the ID-card number or the mobile number is already registered.
   */
  registerPerson: AuthPayload;
  /** Refuses an accepted case, with a reason (reviewer or approver within jurisdiction). */
  rejectCase: Case;
  /** Requeues a FAILED licence issuance (approver within jurisdiction or administrator). */
  retryLicenceIssue: Case;
  /** Revokes a seal so that it signs no more licences; earlier signatures stay valid. Needs the SEAL_ADMIN or ADMIN role. */
  revokeSeal: Seal;
  /**
   * Signs in with an account and password. The account is normalised (full-width
   * characters and spaces). Fails with INVALID_CREDENTIALS for an unknown account
   * or a wrong password alike, and with ACCOUNT_LOCKED for 15 minutes after 5
   * consecutive failures.
   */
  signIn: AuthPayload;
  /** Revokes the current session, so that its token no longer signs in to this subgraph. Returns true. */
  signOut: Scalars['Boolean']['output'];
  /** Submits an application; the server assigns the case number. */
  submitApplication: Case;
  /**
   * Takes a queue ticket at a hall for a business category that one of its
   * windows serves. Public. A retry with the same idempotencyKey (8 to 100
   * letters, digits, - or _) returns the first ticket; reusing a key for another
   * hall or category is a CONFLICT.
   */
  takeTicket: Ticket;
  /** Uploads a material file (JPEG, PNG or PDF, at most 5 MiB); the same content uploaded again by the same user returns the first file. */
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


export type MutationCallNextArgs = {
  hallId: Scalars['ID']['input'];
  windowNumber: Scalars['Int']['input'];
};


export type MutationIssueLicenceArgs = {
  input: IssueLicenceInput;
};


export type MutationNotAcceptCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRegisterAgencyArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RegisterAgencyInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRejectCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRetryLicenceIssueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSealArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  account: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationTakeTicketArgs = {
  category: BusinessCategory;
  hallId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationUploadMaterialArgs = {
  input: UploadMaterialInput;
};

export type Query = {
  __typename?: 'Query';
  /** Approved agencies, optionally only those offering one service, ordered by name; returns at most `first` agencies (1 to 100). Public. */
  agencies: Array<Agency>;
  /** One case; null when it does not exist or the viewer may not see it. */
  case?: Maybe<Case>;
  /** One department by its code; null when it does not exist. */
  department?: Maybe<Department>;
  /** Every department, ordered by code. */
  departments: Array<Department>;
  /** One division by its code; null when it does not exist. */
  division?: Maybe<Division>;
  /** Divisions directly inside `parentCode`, ordered by code; the province when `parentCode` is null. */
  divisions: Array<Division>;
  /** One hall by id; null when it does not exist. */
  hall?: Maybe<Hall>;
  /** Halls whose division lies in the subtree of `divisionCode` (all halls when omitted), sorted by level from CITY to VILLAGE, then by id. */
  halls: Array<Hall>;
  /** One intermediary service by id; null when it does not exist or the viewer may not see it. */
  intermediaryService?: Maybe<IntermediaryService>;
  /** Intermediary services with the given status (default PUBLISHED), ordered by code. Other statuses need ITEM_ADMIN, SUPERVISOR or ADMIN. */
  intermediaryServices: Array<IntermediaryService>;
  /** One item by its implementation code; null when it does not exist. */
  item?: Maybe<Item>;
  /** One licence by id; null when it does not exist or the viewer may not see it. */
  licence?: Maybe<Licence>;
  /** Every licence type of the catalogue, ordered by code. Public. */
  licenceTypes: Array<LicenceType>;
  /** The signed-in user; null when the request is anonymous or the session was signed out. */
  me?: Maybe<User>;
  /** Cases the viewer applied for, newest first; `first` is 1 to 100. */
  myCases: Array<Case>;
  /** The signed-in user's licences (the licence wallet), newest first; `first` is 1 to 100. */
  myLicences: Array<Licence>;
  /** Today's queue length of a hall. Public; NOT_FOUND for an unknown hall. */
  queueStatus: QueueStatus;
  /** Every department seal within the viewer's jurisdiction. Needs the SEAL_ADMIN or ADMIN role. */
  seals: Array<Seal>;
  /** Searches published items by a keyword in their name or keywords; returns at most `first` items (1 to 100). */
  searchItems: Array<Item>;
  /** Cases in the viewer's division subtree for supervisors and administrators, optionally by time-limit status, oldest first; `first` is 1 to 100. */
  supervisedCases: Array<Case>;
  /** One user by id, masked for the viewer; needs a signed-in viewer. Null when the user does not exist. */
  user?: Maybe<User>;
  /**
   * Finds a natural person by ID-card number, for staff serving a citizen at a
   * window. Null when nobody is registered with it or the person lies outside
   * the viewer's jurisdiction.
   */
  userByIdCard?: Maybe<User>;
  /** Verifies a licence by its identifier. Public: needs no sign-in and masks the holder's name. */
  verifyLicence: LicenceVerification;
  /** Cases in the viewer's division subtree and department for clerks, reviewers and approvers, oldest first; `first` is 1 to 100. */
  worklist: Array<Case>;
};


export type QueryAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
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


export type QueryHallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHallsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIntermediaryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntermediaryServicesArgs = {
  status?: InputMaybe<IntermediaryServiceStatus>;
};


export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLicenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyLicencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQueueStatusArgs = {
  hallId: Scalars['ID']['input'];
};


export type QuerySearchItemsArgs = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<SubjectType>;
};


export type QuerySupervisedCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  timeLimitStatus?: InputMaybe<TimeLimitStatus>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByIdCardArgs = {
  idCardNumber: Scalars['String']['input'];
};


export type QueryVerifyLicenceArgs = {
  identifier: Scalars['String']['input'];
};


export type QueryWorklistArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
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

/** An agency registration. */
export type RegisterAgencyInput = {
  /** Unified social credit code; full-width characters and lower case are accepted and normalised. */
  creditCode: Scalars['String']['input'];
  /** Registered name of the agency, 2 to 100 characters. */
  name: Scalars['String']['input'];
  /** Ids of the published intermediary services the agency offers, 1 to 20. */
  serviceIds: Array<Scalars['ID']['input']>;
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
  /** Kind of the applicant a clerk files for; defaults to NATURAL_PERSON. */
  applicantSubjectType?: InputMaybe<SubjectType>;
  /** Applicant when a clerk files on someone's behalf; omit when applying for oneself. */
  applicantUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Chongqing division where the application is handled. */
  divisionCode: Scalars['String']['input'];
  /** Values of the item's form fields by key; unknown keys are rejected. */
  formData: Scalars['JSON']['input'];
  /** Client-generated key (8 to 100 characters of A-Z a-z 0-9 _ -); a retry with the same key returns the first case. */
  idempotencyKey: Scalars['String']['input'];
  /** Implementation code of the item. */
  itemId: Scalars['ID']['input'];
  /** Attached materials; every required material of the item must be present. */
  materials: Array<MaterialInput>;
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
  /** User id. */
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

/** Kind of service window. */
export type WindowCategory =
  /** 综合窗口: accepts several business categories (一窗综办). */
  | 'COMPREHENSIVE'
  /** 专窗: serves the business of one department. */
  | 'DEDICATED';

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

/** Value type of a form field. */
export type FormFieldType =
  /** An ISO date (YYYY-MM-DD). */
  | 'DATE'
  /** A resident ID-card number, checked by its GB 11643 check digit. */
  | 'ID_CARD'
  /** A mainland mobile number. */
  | 'MOBILE'
  /** A number. */
  | 'NUMBER'
  /** One of the listed options. */
  | 'SELECT'
  /** Free text. */
  | 'TEXT';

/** A material attached to an application. */
export type MaterialInput = {
  /** Material code from the item's material list. */
  code: string;
  /** Id of a file uploaded by the applicant or by the filing clerk. */
  fileId: string | number;
};

/** Kind of applicant. */
export type SubjectType =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'NATURAL_PERSON';

/** An application for an item. */
export type SubmitApplicationInput = {
  /** Kind of the applicant a clerk files for; defaults to NATURAL_PERSON. */
  applicantSubjectType?: SubjectType | null | undefined;
  /** Applicant when a clerk files on someone's behalf; omit when applying for oneself. */
  applicantUserId?: string | number | null | undefined;
  /** Chongqing division where the application is handled. */
  divisionCode: string;
  /** Values of the item's form fields by key; unknown keys are rejected. */
  formData: Record<string, unknown>;
  /** Client-generated key (8 to 100 characters of A-Z a-z 0-9 _ -); a retry with the same key returns the first case. */
  idempotencyKey: string;
  /** Implementation code of the item. */
  itemId: string | number;
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
  contentBase64: string;
  /** File name, 1 to 255 characters, without path separators. */
  fileName: string;
  /** Declared MIME type: image/jpeg, image/png or application/pdf; it must match the content. */
  mimeType: string;
};

export type AcceptCaseMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptCaseMutation = { acceptCase: { id: string, status: CaseStatus } };

export type ApproveCaseMutationVariables = Exact<{
  id: string | number;
  opinion: string;
}>;


export type ApproveCaseMutation = { approveCase: { id: string, status: CaseStatus, licence: { id: string, identifier: string } | null } };

export type ItemDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemDetailQuery = { item: { id: string, name: string, conditions: Array<string>, statutoryLimitDays: number, promisedLimitDays: number, materials: Array<{ code: string, name: string, required: boolean }>, formFields: Array<{ key: string, label: string, type: FormFieldType, required: boolean, options: Array<string>, maxLength: number | null }>, fees: Array<{ name: string, amountFen: number }> } | null };

export type MyCasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyCasesQuery = { myCases: Array<{ id: string, caseNumber: string, status: CaseStatus, itemName: string, submittedAt: string, deadline: { date: string, provisional: boolean } | null, licence: { id: string, identifier: string } | null }> };

export type MyLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLicencesQuery = { myLicences: Array<{ id: string, identifier: string, issuedAt: string, holderName: string, type: { name: string } }> };

export type SearchItemsQueryVariables = Exact<{
  keyword?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchItemsQuery = { searchItems: Array<{ id: string, name: string, statutoryLimitDays: number, promisedLimitDays: number, onlineDepth: number, department: { code: string, name: string } }> };

export type SignInMutationVariables = Exact<{
  account: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, user: { id: string, name: string, roles: Array<string>, divisionCode: string | null, departmentCode: string | null, hallId: string | null } } };

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, caseNumber: string, status: CaseStatus } };

export type SupervisedCasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SupervisedCasesQuery = { supervisedCases: Array<{ id: string, caseNumber: string, itemName: string, status: CaseStatus, timeLimitStatus: TimeLimitStatus, deadline: { date: string, provisional: boolean } | null }> };

export type UploadMaterialMutationVariables = Exact<{
  input: UploadMaterialInput;
}>;


export type UploadMaterialMutation = { uploadMaterial: { id: string, sha256: string, size: number } };

export type WorklistQueryVariables = Exact<{
  status?: CaseStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type WorklistQuery = { worklist: Array<{ id: string, caseNumber: string, status: CaseStatus, itemName: string, applicantName: string, divisionCode: string, submittedAt: string, timeLimitStatus: TimeLimitStatus }> };


export const AcceptCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const ApproveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveCaseMutation, ApproveCaseMutationVariables>;
export const ItemDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<ItemDetailQuery, ItemDetailQueryVariables>;
export const MyCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const MyLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]} as unknown as DocumentNode<MyLicencesQuery, MyLicencesQueryVariables>;
export const SearchItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keyword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDepth"}}]}}]}}]} as unknown as DocumentNode<SearchItemsQuery, SearchItemsQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"hallId"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const SupervisedCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisedCasesQuery, SupervisedCasesQueryVariables>;
export const UploadMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<UploadMaterialMutation, UploadMaterialMutationVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitStatus"}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;