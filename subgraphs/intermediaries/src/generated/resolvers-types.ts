import type { GraphQLResolveInfo } from 'graphql';
import type { IntermediaryServiceDocument, ServiceChangeDocument, PartyDocument, CertificateDocument, CertificateRevocationDocument, ChallengeDocument, CertificateSessionDocument, CorrectionNoticeDocument, DocumentRecord, QualificationRecord, StaffRecord, OfferRecord, ObjectionDocument, AnnouncementDocument, SelectionRecord, WithdrawalRecord, BidDocument, EngagementDocument, EvaluationRecord, ComplaintDocument, NotificationDocument } from '../model.js';
import type { IntermediaryStatisticsParent } from '../statistics.js';
import type { CreditSummary, CreditEntryView, ResultNoticeView } from '../credit.js';
import type { Registrant } from '../registrants.js';
import type { SupervisionView } from '../supervision.js';
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

/**
 * An admitted agency in the public showcase (展示专栏): basic information,
 * qualifications, practitioners, performance, commitment and credit. Nothing
 * secret, commercial or private: no documents, contact mobile, identity
 * numbers or bid amounts of others, and personal names masked except for the
 * owner and ADMIN in jurisdiction.
 */
export type Agency = {
  __typename?: 'Agency';
  /** Registered address. */
  address: Scalars['String']['output'];
  /** Prior commitment. */
  commitment?: Maybe<Scalars['String']['output']>;
  /** Engagements completed through the marketplace. */
  completedEngagements: Scalars['Int']['output'];
  /** Credit record. */
  credit: CreditRecord;
  /** Unified social credit code. */
  creditCode: Scalars['String']['output'];
  /** Registration id of the agency. */
  id: Scalars['ID']['output'];
  /** Registered name. */
  name: Scalars['String']['output'];
  /** Service items offered that are still valid today. */
  offers: Array<ServiceOffer>;
  /** Qualification certificates. */
  qualifications: Array<Qualification>;
  /** Legal representative, masked as 王** for every viewer. */
  representative: Scalars['String']['output'];
  /** Ids of the intermediary services offered that are still valid today. */
  serviceIds: Array<Scalars['ID']['output']>;
  /** Intermediary services offered that are still valid today. */
  services: Array<IntermediaryService>;
  /** Practitioners. */
  staff: Array<Practitioner>;
  /** Admission state; APPROVED for agencies in the showcase, PENDING while on public notice. */
  status: AgencyStatus;
};

/** Showcase state of an agency. */
export type AgencyStatus =
  /** Admitted and listed in the showcase. */
  | 'APPROVED'
  /** Checked and on public notice, or paused by an objection. */
  | 'PENDING'
  /** Refused after an upheld objection. */
  | 'REJECTED';

/** A procurement announcement (采购公告). */
export type Announcement = {
  __typename?: 'Announcement';
  /** Name of the citizen who published the announcement as agent for the client; null when the client's own account did, and for viewers other than the client and SUPERVISOR or ADMIN in jurisdiction. */
  agentName?: Maybe<Scalars['String']['output']>;
  /** Current bid round for LOWEST_BID, from 1. */
  bidRound: Scalars['Int']['output'];
  /** Name of the client. */
  clientName: Scalars['String']['output'];
  /** Conditions on registrants. */
  conditions: Array<Scalars['String']['output']>;
  /** Whether the project is confidential. */
  confidential: Scalars['Boolean']['output'];
  /** Name of the citizen who confirmed the selection as agent for the client; null otherwise, with the same visibility as agentName. */
  confirmedByAgentName?: Maybe<Scalars['String']['output']>;
  /** Service content. */
  content: Scalars['String']['output'];
  /** Fee in fen. */
  feeFen: Scalars['Int']['output'];
  /** Conditions flagged for review. */
  flags: Array<ConditionFlag>;
  /** Announcement id (UUID). */
  id: Scalars['ID']['output'];
  /** Selection method. */
  method: SelectionMethod;
  /** Project name. */
  projectName: Scalars['String']['output'];
  /** When it was published (ISO 8601, UTC); null while under review. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Agencies registered so far. */
  registrationCount: Scalars['Int']['output'];
  /** Registration deadline (ISO 8601, UTC). */
  registrationDeadline: Scalars['String']['output'];
  /** Id of the announcement this one replaces. */
  replaces?: Maybe<Scalars['ID']['output']>;
  /** The published result notice; null before confirmation and for confidential projects. */
  resultNotice?: Maybe<ResultNotice>;
  /** The draw seed (hex), revealed after the selection; null before. */
  revealedSeed?: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of the draw seed, published before any draw. */
  seedCommitment: Scalars['String']['output'];
  /** The selection once made. */
  selection?: Maybe<Selection>;
  /** Selection time (ISO 8601, UTC). */
  selectionTime: Scalars['String']['output'];
  /** Intermediary service bought. */
  service?: Maybe<IntermediaryService>;
  /** Id of the intermediary service. */
  serviceId: Scalars['ID']['output'];
  /** Where it stands. */
  state: AnnouncementState;
  /** Version, raised by every change. */
  version: Scalars['Int']['output'];
  /** Withdrawal request or decision. */
  withdrawal?: Maybe<Withdrawal>;
};

/** Input of publishAnnouncement. */
export type AnnouncementInput = {
  /** Conditions on registrants, each 1 to 500 characters, 0 to 20. */
  conditions: Array<Scalars['String']['input']>;
  /** True for a confidential project: no result notice is published. */
  confidential: Scalars['Boolean']['input'];
  /** Service content, 10 to 2000 characters. */
  content: Scalars['String']['input'];
  /** Fee in fen: the price for RANDOM and DIRECT, the ceiling of bids for LOWEST_BID. */
  feeFen: Scalars['Int']['input'];
  /** Selection method. */
  method: SelectionMethod;
  /** Project name, 2 to 100 characters. */
  projectName: Scalars['String']['input'];
  /** Registration deadline (ISO 8601); its Asia/Shanghai date must be at least 2 working days after publication. */
  registrationDeadline: Scalars['String']['input'];
  /** Id of a withdrawn announcement this one replaces after a change. */
  replaces?: InputMaybe<Scalars['ID']['input']>;
  /** Selection time (ISO 8601), after the registration deadline. */
  selectionTime: Scalars['String']['input'];
  /** Intermediary service bought. */
  serviceId: Scalars['ID']['input'];
};

/**
 * An agency registered for an announcement, as the announcement's client and
 * the supervisors in jurisdiction see it, so that the client can choose one for
 * DIRECT selection and compare bids after each round.
 */
export type AnnouncementRegistrant = {
  __typename?: 'AnnouncementRegistrant';
  /** Registration id of the agency. */
  agencyId: Scalars['ID']['output'];
  /** Name of the agency when it registered. */
  agencyName: Scalars['String']['output'];
  /** The agency's bids in closed rounds, oldest first. A round closes when the client opens the next one, selects, or the announcement ends; bids of the open round stay sealed, also while a withdrawal request waits. */
  bids: Array<Bid>;
  /** True when the agency meets the conditions today: admitted, offering the service item with a qualification valid through the selection day. */
  eligible: Scalars['Boolean']['output'];
  /** Why the agency is not eligible: NOT_ADMITTED, OWN_PROJECT, SERVICE_NOT_OFFERED or QUALIFICATION_EXPIRED; null when eligible. */
  ineligibleReason?: Maybe<Scalars['String']['output']>;
  /** When it registered for the announcement (ISO 8601, UTC). */
  registeredAt: Scalars['String']['output'];
};

/** Where a procurement announcement stands. */
export type AnnouncementState =
  /** The client confirmed the selection; the engagement began. */
  | 'CONFIRMED'
  /** No agency registered, so none could be selected. */
  | 'FAILED'
  /** Published; agencies register until the deadline. */
  | 'PUBLISHED'
  /** Refused by a supervisor's review. */
  | 'REFUSED'
  /** An agency was selected and waits for the client's confirmation. */
  | 'SELECTED'
  /** Held for a supervisor's review because a rule flagged a condition that may be discriminatory. */
  | 'UNDER_REVIEW'
  /** The client asked to withdraw it; a supervisor decides. */
  | 'WITHDRAWAL_REQUESTED'
  /** Withdrawn with an approved reason. */
  | 'WITHDRAWN';

/** A bid of an agency in one round; visible to that agency and, after selection, the client. */
export type Bid = {
  __typename?: 'Bid';
  /** Amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** Round, from 1. */
  round: Scalars['Int']['output'];
  /** When it was submitted (ISO 8601, UTC). */
  submittedAt: Scalars['String']['output'];
};

/** A public key registered as the digital certificate (CA 数字证书) of a legal person in the marketplace. */
export type Certificate = {
  __typename?: 'Certificate';
  /** Key algorithm: ECDSA_P256 or ED25519. */
  algorithm: Scalars['String']['output'];
  /** SHA-256 fingerprint of the public key (hex). */
  fingerprint: Scalars['String']['output'];
  /** When the key was registered (ISO 8601, UTC). */
  registeredAt: Scalars['String']['output'];
  /** The administration's revocation of this key; null while the key is in force. */
  revocation?: Maybe<CertificateRevocation>;
  /** Certificate serial number given by the certificate authority. */
  serialNumber: Scalars['String']['output'];
  /** Last day of validity (YYYY-MM-DD). */
  validUntil: Scalars['String']['output'];
};

/** A challenge to sign with the certificate's private key. */
export type CertificateChallenge = {
  __typename?: 'CertificateChallenge';
  /** When the challenge stops being accepted (ISO 8601, UTC). */
  expiresAt: Scalars['String']['output'];
  /** Challenge id to send back with the signature. */
  id: Scalars['ID']['output'];
  /** Bytes to sign, base64 encoded; ECDSA signs their SHA-256 digest, Ed25519 the bytes. */
  nonce: Scalars['String']['output'];
};

/** Input of registerCertificate. */
export type CertificateInput = {
  /** Replacing a registered key that is still valid: the old key's signature (base64) over the UTF-8 text ykb-certificate-replacement: followed by the new key's fingerprint, sent from a session signed in with the old key. */
  previousKeySignature?: InputMaybe<Scalars['String']['input']>;
  /** Public key in PEM (SPKI), ECDSA P-256 or Ed25519. */
  publicKeyPem: Scalars['String']['input'];
  /** Serial number given by the certificate authority, 4 to 64 letters and digits. */
  serialNumber: Scalars['String']['input'];
  /** Last day of validity (YYYY-MM-DD), not in the past. */
  validUntil: Scalars['String']['input'];
};

/** A revocation of a certificate key by the administration, for a holder who lost a key that is still valid. */
export type CertificateRevocation = {
  __typename?: 'CertificateRevocation';
  /** SHA-256 fingerprint of the revoked public key (hex). */
  fingerprint: Scalars['String']['output'];
  /** Reason the administrator stated, in Chinese. */
  reason: Scalars['String']['output'];
  /** Registration the administrator named when revoking. */
  registrationId: Scalars['ID']['output'];
  /** When the key was revoked (ISO 8601, UTC). */
  revokedAt: Scalars['String']['output'];
  /** Serial number of the revoked certificate. */
  serialNumber: Scalars['String']['output'];
};

/** A certificate sign-in: marketplace operations of this platform session are allowed until it ends. */
export type CertificateSession = {
  __typename?: 'CertificateSession';
  /** End of the certificate sign-in (ISO 8601, UTC). */
  expiresAt: Scalars['String']['output'];
  /** Fingerprint of the certificate that signed. */
  fingerprint: Scalars['String']['output'];
};

/** A complaint about an agency or an announcement. */
export type Complaint = {
  __typename?: 'Complaint';
  /** Agency complained about, when any. */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** Announcement complained about, when any. */
  announcementId?: Maybe<Scalars['ID']['output']>;
  /** When it was filed (ISO 8601, UTC). */
  filedAt: Scalars['String']['output'];
  /** Complaint id. */
  id: Scalars['ID']['output'];
  /** Supervisor's reply. */
  reply?: Maybe<Scalars['String']['output']>;
  /** OPEN, UPHELD or DISMISSED. */
  state: Scalars['String']['output'];
  /** What the complaint says; ID-card numbers, mobiles and credit codes in it are masked for everyone but its author. */
  text: Scalars['String']['output'];
};

/** A published complaint channel (3.7.9.2). */
export type ComplaintChannel = {
  __typename?: 'ComplaintChannel';
  /** Postal address. */
  address: Scalars['String']['output'];
  /** E-mail. */
  email: Scalars['String']['output'];
  /** Supervising body. */
  name: Scalars['String']['output'];
  /** Telephone. */
  phone: Scalars['String']['output'];
};

/** Input of fileComplaint; name an agency, an announcement or both. */
export type ComplaintInput = {
  /** Agency complained about. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Announcement complained about. */
  announcementId?: InputMaybe<Scalars['ID']['input']>;
  /** What happened, 10 to 2000 characters. */
  text: Scalars['String']['input'];
};

/** A condition a rule flagged for review. */
export type ConditionFlag = {
  __typename?: 'ConditionFlag';
  /** Clause letter of 3.7.4.2 (a to e). */
  clause: Scalars['String']['output'];
  /** Index of the condition in the announcement. */
  index: Scalars['Int']['output'];
  /** Why it was flagged. */
  reason: Scalars['String']['output'];
  /** Stable identifier of the rule, such as UNRELATED_SIZE or AGENCY_TRADE_NAME; null for flags stored before rules had identifiers. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** One correction of a correction notice. */
export type Correction = {
  __typename?: 'Correction';
  /** Field or document the correction concerns. */
  field: Scalars['String']['output'];
  /** What must be corrected. */
  problem: Scalars['String']['output'];
};

/** One difference the consistency check found. */
export type CorrectionInput = {
  /** Field or document the correction concerns, such as creditCode or BUSINESS_LICENCE. */
  field: Scalars['String']['input'];
  /** What must be corrected, in Chinese. */
  problem: Scalars['String']['input'];
};

/** One entry of a credit record. */
export type CreditEntry = {
  __typename?: 'CreditEntry';
  /** When (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** EVALUATION, LATE_CONTRACT, COMPLAINT_UPHELD or OBJECTION_UPHELD. */
  kind: Scalars['String']['output'];
  /** What happened, in Chinese. */
  summary: Scalars['String']['output'];
};

/** An agency's credit record (信用记录), built from evaluations and supervision. */
export type CreditRecord = {
  __typename?: 'CreditRecord';
  /** Mean attitude score. */
  attitude?: Maybe<Scalars['Float']['output']>;
  /** Mean conduct score. */
  conduct?: Maybe<Scalars['Float']['output']>;
  /** Every entry, newest first. */
  entries: Array<CreditEntry>;
  /** Evaluations received. */
  evaluations: Scalars['Int']['output'];
  /** Mean fee score. */
  fees?: Maybe<Scalars['Float']['output']>;
  /** Contracts uploaded after the 2-working-day limit. */
  lateContracts: Scalars['Int']['output'];
  /** Mean quality score (1 to 5); null without evaluations. */
  quality?: Maybe<Scalars['Float']['output']>;
  /** Mean timeliness score. */
  timeliness?: Maybe<Scalars['Float']['output']>;
  /** Complaints upheld by supervisors. */
  upheldComplaints: Scalars['Int']['output'];
};

/** An administrative division, owned by the identity subgraph. */
export type Division = {
  __typename?: 'Division';
  /** Division code of 2, 4, 6, 9 or 12 digits. */
  code: Scalars['String']['output'];
};

/** A scanned document to attach, base64 encoded; JPEG, PNG or PDF up to 5 MiB. */
export type DocumentInput = {
  /** File content, base64 encoded. */
  contentBase64: Scalars['String']['input'];
  /** File name, 1 to 255 characters. */
  fileName: Scalars['String']['input'];
  /** What the document is. */
  kind: DocumentKind;
};

/** Kinds of scanned documents a registration carries. */
export type DocumentKind =
  /** 营业执照 (or the registration certificate of a social or public institution), with the credit code. */
  | 'BUSINESS_LICENCE'
  /** 入驻服务承诺书, sealed. */
  | 'COMMITMENT'
  /** 签订的中介服务合同, for uploadContract. */
  | 'CONTRACT'
  /** 资质(资格)证书 of the agency or of its staff serving in Chongqing. */
  | 'QUALIFICATION'
  /** 法定代表人身份证明, sealed. */
  | 'REPRESENTATIVE_ID';

/** Recomputation of a draw from its seed. */
export type DrawVerification = {
  __typename?: 'DrawVerification';
  /** True when SHA-256 of the seed equals the published commitment. */
  commitmentMatches: Scalars['Boolean']['output'];
  /** Registration id of the winner recomputed from the seed and the candidates; null without candidates. */
  recomputedWinner?: Maybe<Scalars['ID']['output']>;
  /** True when the commitment matches and the recomputed winner is the published one. */
  valid: Scalars['Boolean']['output'];
};

/** An engagement (one selected agency for one announcement). */
export type Engagement = {
  __typename?: 'Engagement';
  /** Registration id of the agency. */
  agencyId: Scalars['ID']['output'];
  /** Name of the agency. */
  agencyName: Scalars['String']['output'];
  /** Announcement. */
  announcement: Announcement;
  /** Registration id of the client. */
  clientId: Scalars['ID']['output'];
  /** When completion was registered (ISO 8601, UTC). */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Name of the citizen who registered completion as agent for the client; null when the client's own account did, and for viewers other than the client and SUPERVISOR or ADMIN in jurisdiction (the agency too). */
  completionAgentName?: Maybe<Scalars['String']['output']>;
  /** Last day of the completion registration (YYYY-MM-DD): 2 working days after receipt. */
  completionDueDate?: Maybe<Scalars['String']['output']>;
  /** True when completion came after completionDueDate. */
  completionLate: Scalars['Boolean']['output'];
  /** Reason given for a late completion. */
  completionLateReason?: Maybe<Scalars['String']['output']>;
  /** Last day of the contract upload (YYYY-MM-DD): 2 working days after signing. */
  contractDueDate?: Maybe<Scalars['String']['output']>;
  /** True when the contract came after contractDueDate. */
  contractLate: Scalars['Boolean']['output'];
  /** Reason given for a late upload. */
  contractLateReason?: Maybe<Scalars['String']['output']>;
  /** When the contract was uploaded (ISO 8601, UTC). */
  contractUploadedAt?: Maybe<Scalars['String']['output']>;
  /** Date the client received the deliverable (YYYY-MM-DD). */
  deliverableReceivedOn?: Maybe<Scalars['String']['output']>;
  /** The client's evaluation. */
  evaluation?: Maybe<EngagementEvaluation>;
  /** Engagement id (the announcement id). */
  id: Scalars['ID']['output'];
  /** Contract price in fen. */
  priceFen: Scalars['Int']['output'];
  /** Date the contract was signed (YYYY-MM-DD). */
  signedOn?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  state: EngagementState;
};

/** The evaluation of one engagement. */
export type EngagementEvaluation = {
  __typename?: 'EngagementEvaluation';
  /** 服务态度, 1 to 5. */
  attitude: Scalars['Int']['output'];
  /** Comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** 服务规范, 1 to 5. */
  conduct: Scalars['Int']['output'];
  /** When it was given (ISO 8601, UTC). */
  evaluatedAt: Scalars['String']['output'];
  /** 服务收费, 1 to 5. */
  fees: Scalars['Int']['output'];
  /** 服务质量, 1 to 5. */
  quality: Scalars['Int']['output'];
  /** 服务时效, 1 to 5. */
  timeliness: Scalars['Int']['output'];
};

/** Figures of the intermediary engagements confirmed in the period, with the timeliness of their contracts and completions. */
export type EngagementFigures = {
  __typename?: 'EngagementFigures';
  /** Engagements whose service was registered as completed. */
  completed: Scalars['Int']['output'];
  /** (completed - completionsLate) / completed, from 0 to 1; null without completions. */
  completionOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Completions registered after their due date. */
  completionsLate: Scalars['Int']['output'];
  /** (contracted - contractsLate) / contracted, from 0 to 1; null without contracts. */
  contractOnTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, engagements whose contract was uploaded. */
  contracted: Scalars['Int']['output'];
  /** Contracts uploaded after their due date. */
  contractsLate: Scalars['Int']['output'];
  /** Division of the row; set on rows by division. */
  division?: Maybe<Division>;
  /** Engagements confirmed (the agency chosen) in the period. */
  engagements: Scalars['Int']['output'];
  /** Month of the row, YYYY-MM in Asia/Shanghai; set on rows by month. */
  month?: Maybe<Scalars['String']['output']>;
};

/** Where an engagement stands. */
export type EngagementState =
  /** Confirmed; the agency uploads the contract within 2 working days of signing. */
  | 'AWAITING_CONTRACT'
  /** The client registered completion and evaluated the agency. */
  | 'COMPLETED'
  /** Contract filed; work under way. */
  | 'CONTRACTED';

/** Scores of 1 (very dissatisfied) to 5 (very satisfied) on the five dimensions of 3.7.8.1. */
export type EvaluationInput = {
  /** 服务态度. */
  attitude: Scalars['Int']['input'];
  /** Comment, up to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 服务规范. */
  conduct: Scalars['Int']['input'];
  /** 服务收费. */
  fees: Scalars['Int']['input'];
  /** 服务质量. */
  quality: Scalars['Int']['input'];
  /** 服务时效. */
  timeliness: Scalars['Int']['input'];
};

/** A message to a party's owner about its registration or engagements. */
export type IntermediaryNotification = {
  __typename?: 'IntermediaryNotification';
  /** Notification id. */
  id: Scalars['ID']['output'];
  /** Registration, announcement or engagement concerned. */
  recordId: Scalars['ID']['output'];
  /** When it was sent (ISO 8601, UTC). */
  sentAt: Scalars['String']['output'];
  /** Message in Chinese. */
  text: Scalars['String']['output'];
};

/**
 * An intermediary service item (中介服务事项): technical work such as an
 * evaluation, a test or a survey that an applicant buys from a qualified agency
 * because an approval item requires its report. The list is coded, public, and
 * every change to a published entry is published with its reason.
 */
export type IntermediaryService = {
  __typename?: 'IntermediaryService';
  /** Published changes of the entry, oldest first: its publication, every change after a policy change, its withdrawal. */
  changes: Array<IntermediaryServiceChange>;
  /** Code of the service in this platform's intermediary service list, such as ZJFW001. */
  code: Scalars['String']['output'];
  /** Department code of the industry authority (行业主管部门) that maintains the entry. */
  departmentCode: Scalars['String']['output'];
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
  /** Version of the entry, raised by every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** One published change of an intermediary service entry. */
export type IntermediaryServiceChange = {
  __typename?: 'IntermediaryServiceChange';
  /** Description after the change. */
  description: Scalars['String']['output'];
  /** Implementation codes of the linked approval items after the change. */
  itemIds: Array<Scalars['ID']['output']>;
  /** What happened: PUBLISHED, CHANGED or WITHDRAWN. */
  kind: Scalars['String']['output'];
  /** Name after the change. */
  name: Scalars['String']['output'];
  /** When the change was published (ISO 8601, UTC). */
  publishedAt: Scalars['String']['output'];
  /** The law, regulation or policy change that caused it, in Chinese. */
  reason: Scalars['String']['output'];
  /** Version of the entry after the change. */
  version: Scalars['Int']['output'];
};

/** A change of a service entry after a policy change; omitted fields keep their value. */
export type IntermediaryServiceChangeInput = {
  /** New description, 10 to 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New list of linked approval items. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New name, 2 to 60 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Contents of a new intermediary service entry. */
export type IntermediaryServiceInput = {
  /** Code in the list: 2 to 20 capital letters and digits, unique. */
  code: Scalars['String']['input'];
  /** Department code of the industry authority. */
  departmentCode: Scalars['String']['input'];
  /** Description in Chinese, 10 to 1000 characters. */
  description: Scalars['String']['input'];
  /** Implementation codes (31 characters) of the approval items that require the service, 0 to 50. */
  itemIds: Array<Scalars['ID']['input']>;
  /** Name in Chinese, 2 to 60 characters. */
  name: Scalars['String']['input'];
};

/** Publication state of an intermediary service. */
export type IntermediaryServiceStatus =
  /** Being prepared; visible to catalogue administrators and supervisors. */
  | 'DRAFT'
  /** In the public list. */
  | 'PUBLISHED'
  /** Removed from the public list. */
  | 'WITHDRAWN';

/** Engagement figures of one period and division subtree. */
export type IntermediaryStatistics = {
  __typename?: 'IntermediaryStatistics';
  /** Figures per child division of the counted division (the counted division itself for engagements at it), by code. */
  byDivision: Array<EngagementFigures>;
  /** Figures per Asia/Shanghai month of the period, oldest first. */
  byMonth: Array<EngagementFigures>;
  /** Root of the division subtree counted. */
  division: Division;
  /** First day of the period (Asia/Shanghai). */
  from: Scalars['String']['output'];
  /** Last day of the period (Asia/Shanghai). */
  to: Scalars['String']['output'];
  /** Figures of the whole subtree. */
  total: EngagementFigures;
};


/** Engagement figures of one period and division subtree. */
export type IntermediaryStatisticsByDivisionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Engagement figures of one period and division subtree. */
export type IntermediaryStatisticsByMonthArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The regulator's view of the marketplace in the viewer's jurisdiction. */
export type IntermediarySupervision = {
  __typename?: 'IntermediarySupervision';
  /** Announcements held for review. */
  announcementsUnderReview: Array<Announcement>;
  /** Missed deadlines. */
  lateness: Array<LatenessFlag>;
  /** Complaints waiting for handling. */
  openComplaints: Array<Complaint>;
  /** Objections waiting for a regulator. */
  openObjections: Array<Objection>;
  /** Withdrawal requests waiting for a decision. */
  withdrawalRequests: Array<Announcement>;
};

/** A government-service item, owned by the items subgraph; this subgraph adds its intermediary services. */
export type Item = {
  __typename?: 'Item';
  /** Implementation code of the item (31 characters). */
  id: Scalars['ID']['output'];
  /** Published intermediary services the item requires, ordered by code; empty when it requires none. */
  intermediaryServices: Array<IntermediaryService>;
};

/** A deadline missed in the marketplace, for supervisors. */
export type LatenessFlag = {
  __typename?: 'LatenessFlag';
  /** The deadline (YYYY-MM-DD, Asia/Shanghai). */
  dueDate: Scalars['String']['output'];
  /** CHECK (registration check), CONTRACT (contract upload) or COMPLETION (completion registration). */
  kind: Scalars['String']['output'];
  /** True while the step is still not done. */
  open: Scalars['Boolean']['output'];
  /** Name of the party responsible. */
  partyName: Scalars['String']['output'];
  /** Registration id or engagement id. */
  recordId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Issues a challenge for the viewer's registered certificate, valid for 5 minutes. LEGAL_PERSON; CERTIFICATE_REQUIRED without a registered key. */
  certificateChallenge: CertificateChallenge;
  /** Signs in with the certificate: the signature of the challenge's nonce, base64. SIGNATURE_INVALID for a wrong signature, CODE_EXPIRED for a used or expired challenge. */
  certificateSignIn: CertificateSession;
  /** Changes an entry after a policy change; a published entry's change is published at once. CONFLICT when expectedVersion is stale. */
  changeIntermediaryService: IntermediaryService;
  /** Changes an admitted registration's licence, qualifications, staff or service items (A.4); the change goes through the check again while the admitted profile stays public. The owner, with a certificate sign-in. */
  changeRegistration: Registration;
  /** Consistency check (A.1 c, A.2 c). ADMIN of the registration's division subtree. No corrections: a client is admitted, an agency goes on public notice for 5 working days. Corrections: one notice lists them all. */
  checkRegistration: Registration;
  /** Confirms the selection after checking the agency still meets the conditions (3.7.7.1); publishes the result notice unless confidential. The client. INELIGIBLE_AGENCY. */
  confirmSelection: Announcement;
  /** Resubmits a registration after a correction notice; the 1-working-day check restarts. The owner, with a certificate sign-in. */
  correctRegistration: Registration;
  /** Adds a DRAFT service entry. ITEM_ADMIN of the entry's department (or without department), ADMIN. CONFLICT for a used code. */
  createIntermediaryService: IntermediaryService;
  /** Approves or refuses a withdrawal request. SUPERVISOR in jurisdiction. */
  decideAnnouncementWithdrawal: Announcement;
  /** Decides an objection. SUPERVISOR of the regulator department and division. Upheld refuses the registration; dismissed resumes the notice for the working days it still had, the day of the objection counting as not served. */
  decideObjection: Objection;
  /** Files a complaint. Signed in. A retry with the same idempotencyKey returns the first complaint; the key with a different request is a CONFLICT. */
  fileComplaint: Complaint;
  /** Handles a complaint; upheld ones about an agency enter its credit record. SUPERVISOR in jurisdiction. */
  handleComplaint: Complaint;
  /** Objects to an agency on public notice: admission pauses, the applicant is informed and the objection is referred to the industry regulator. Signed in. OBJECTION_EXISTS for a second objection of the viewer in one notice; OBJECTION_RATE_LIMITED after 5 objections of the viewer on one day (Asia/Shanghai), also under concurrent requests. A retry with the same idempotencyKey returns the first objection and uses no second of the 5; the key with a different request is a CONFLICT. */
  objectToRegistration: Objection;
  /** Opens another bid round. The client, before selection. */
  openBidRound: Announcement;
  /** Selects the agency at or after the selection time: the draw (RANDOM), the lowest bid (LOWEST_BID) or agencyId (DIRECT). The client. */
  performSelection: Announcement;
  /** Publishes a procurement announcement. LEGAL_PERSON with an admitted client registration and a certificate sign-in. DEADLINE_TOO_EARLY; DISCRIMINATORY_CONDITION with extensions.findings (index, clause, rule, reason); conditions a rule cannot decide hold it UNDER_REVIEW. A reused idempotencyKey with a different input is a CONFLICT. */
  publishAnnouncement: Announcement;
  /** Publishes a DRAFT entry with the policy basis. INVALID_STATE unless DRAFT, CONFLICT when expectedVersion is stale. */
  publishIntermediaryService: IntermediaryService;
  /** Registers the viewer as an agency (A.2). Needs a certificate sign-in. QUALIFICATION_NOT_COVERED for a service item without a valid qualification. */
  registerAgency: Registration;
  /** Registers the viewer's certificate public key (A.1 a, A.2 a). LEGAL_PERSON. CERTIFICATE_INVALID for an unsupported key. A new key replaces a valid old one only with previousKeySignature from a session signed in with the old key, else CERTIFICATE_REPLACEMENT_UNPROVEN; an expired or revoked old key needs no proof, and a revoked key is CERTIFICATE_INVALID. A new key sends an admitted registration back to the check (A.3), and the party acts again only once the check admits it under the new key. */
  registerCertificate: Certificate;
  /** Registers the viewer as a client (A.1). Needs a certificate sign-in. CONFLICT when the credit code is registered as a client; a retry with the same idempotencyKey returns the first record. */
  registerClient: Registration;
  /** Registers completion with the evaluation (one per engagement). The client. COMPLETION_LATE more than 2 working days after receipt unless lateReason is given. */
  registerCompletion: Engagement;
  /** Registers the viewer's admitted agency for an announcement. INELIGIBLE_AGENCY, REGISTRATION_CLOSED. */
  registerForAnnouncement: Announcement;
  /** Asks to withdraw a published announcement with a reason (3.7.4.3). The client. */
  requestAnnouncementWithdrawal: Announcement;
  /** Clears (publishes) or refuses an announcement held for review. SUPERVISOR in jurisdiction. DEADLINE_TOO_EARLY when too little time is left. */
  reviewAnnouncement: Announcement;
  /** Revokes the current certificate key of a registration's legal person, for a holder who lost a key that is still valid and so cannot sign the replacement proof. ADMIN whose division subtree contains the registration; FORBIDDEN for other viewers. reason is 2 to 500 characters and is audited. The key no longer signs in and its certificate sign-ins end; the holder then registers a new key without previousKeySignature, as after expiry, and acts again only once the check admits it under the new key. NOT_FOUND without a registered key, INVALID_STATE when the key is already revoked. A retry with the same idempotencyKey returns the first revocation; the key with a different request is a CONFLICT. */
  revokeCertificate: CertificateRevocation;
  /** Submits the agency's bid in the current round of a LOWEST_BID announcement, after the registration deadline. BAD_USER_INPUT above the fee ceiling or not below the agency's earlier bid; CONFLICT for a second bid in the round. A retry with the same idempotencyKey returns the first bid; the key with a different request is a CONFLICT. */
  submitBid: Bid;
  /** Files the signed contract: signedOn (YYYY-MM-DD) and the scan. The selected agency. CONTRACT_LATE after 2 working days unless lateReason is given; a late contract is flagged to supervisors. */
  uploadContract: Engagement;
  /** Withdraws a published entry with the policy basis; the withdrawal is published. */
  withdrawIntermediaryService: IntermediaryService;
};


export type MutationCertificateSignInArgs = {
  challengeId: Scalars['ID']['input'];
  signature: Scalars['String']['input'];
};


export type MutationChangeIntermediaryServiceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: IntermediaryServiceChangeInput;
  reason: Scalars['String']['input'];
};


export type MutationChangeRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RegistrationInput;
};


export type MutationCheckRegistrationArgs = {
  corrections: Array<CorrectionInput>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationConfirmSelectionArgs = {
  announcementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};


export type MutationCorrectRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RegistrationInput;
};


export type MutationCreateIntermediaryServiceArgs = {
  input: IntermediaryServiceInput;
};


export type MutationDecideAnnouncementWithdrawalArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationDecideObjectionArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationFileComplaintArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ComplaintInput;
};


export type MutationHandleComplaintArgs = {
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationObjectToRegistrationArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationOpenBidRoundArgs = {
  announcementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};


export type MutationPerformSelectionArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  announcementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};


export type MutationPublishAnnouncementArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AnnouncementInput;
};


export type MutationPublishIntermediaryServiceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterAgencyArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RegistrationInput;
};


export type MutationRegisterCertificateArgs = {
  input: CertificateInput;
};


export type MutationRegisterClientArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RegistrationInput;
};


export type MutationRegisterCompletionArgs = {
  deliverableReceivedOn: Scalars['String']['input'];
  engagementId: Scalars['ID']['input'];
  evaluation: EvaluationInput;
  lateReason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterForAnnouncementArgs = {
  announcementId: Scalars['ID']['input'];
};


export type MutationRequestAnnouncementWithdrawalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reasonCode: Scalars['String']['input'];
};


export type MutationReviewAnnouncementArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRevokeCertificateArgs = {
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  registrationId: Scalars['ID']['input'];
};


export type MutationSubmitBidArgs = {
  amountFen: Scalars['Int']['input'];
  announcementId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationUploadContractArgs = {
  document: DocumentInput;
  engagementId: Scalars['ID']['input'];
  lateReason?: InputMaybe<Scalars['String']['input']>;
  signedOn: Scalars['String']['input'];
};


export type MutationWithdrawIntermediaryServiceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** An objection raised during an agency's public notice. */
export type Objection = {
  __typename?: 'Objection';
  /** Regulator's note on the decision. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Objection id. */
  id: Scalars['ID']['output'];
  /** When it was raised (ISO 8601, UTC). */
  raisedAt: Scalars['String']['output'];
  /** Registration objected to. */
  registrationId: Scalars['ID']['output'];
  /** Department code of the industry regulator it was referred to. */
  regulatorDepartmentCode: Scalars['String']['output'];
  /** OPEN while the industry regulator checks it, UPHELD or DISMISSED after. */
  state: Scalars['String']['output'];
  /** What the objection says; ID-card numbers, mobiles and credit codes in it are masked for everyone but its author. */
  text: Scalars['String']['output'];
};

/** A registered party as the change feed returns it. */
export type PartyChange = {
  __typename?: 'PartyChange';
  /** Whether the party is admitted to the showcase. */
  admitted: Scalars['Boolean']['output'];
  /** Contact mobile in the admitted profile; null before first admission. */
  contactMobile?: Maybe<Scalars['String']['output']>;
  /** Unified social credit code. */
  creditCode: Scalars['String']['output'];
  /** Division code of the party. */
  divisionCode: Scalars['String']['output'];
  /** Party id. */
  id: Scalars['ID']['output'];
  /** CLIENT or AGENCY. */
  kind: Scalars['String']['output'];
  /** Legal representative in the admitted profile; null before first admission. */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** Name in the admitted profile; null before first admission. */
  name?: Maybe<Scalars['String']['output']>;
  /** Qualification names in the admitted profile, joined with a Chinese enumeration comma; null before first admission. */
  qualification?: Maybe<Scalars['String']['output']>;
};

/** One page of the parties change feed. */
export type PartyChangePage = {
  __typename?: 'PartyChangePage';
  /** Cursor to pass as `after` for the next page: the last record's position, or the request's `after` when the page is empty. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Parties, oldest change first. */
  records: Array<PartyChange>;
};

/** Which side of the marketplace a registration is for. */
export type PartyKind =
  /** 中介服务机构: provides intermediary services. */
  | 'AGENCY'
  /** 委托人: buys intermediary services. */
  | 'CLIENT';

/** A practitioner as the public sees one: no identity card number. */
export type Practitioner = {
  __typename?: 'Practitioner';
  /** Practising certificate number. */
  certificateNo: Scalars['String']['output'];
  /** Name, masked as 孙** except for the agency's owner and ADMIN in jurisdiction. */
  name: Scalars['String']['output'];
  /** Practising qualification. */
  qualification: Scalars['String']['output'];
};

/** A qualification certificate. */
export type Qualification = {
  __typename?: 'Qualification';
  /** Certificate number. */
  certificateNo: Scalars['String']['output'];
  /** Name of the qualification. */
  name: Scalars['String']['output'];
  /** Intermediary service covered. */
  serviceId: Scalars['ID']['output'];
  /** First day of validity (YYYY-MM-DD). */
  validFrom: Scalars['String']['output'];
  /** Last day of validity (YYYY-MM-DD). */
  validUntil: Scalars['String']['output'];
};

/** A qualification certificate of an agency. */
export type QualificationInput = {
  /** Certificate number. */
  certificateNo: Scalars['String']['input'];
  /** Name of the qualification, such as 安全评价机构资质. */
  name: Scalars['String']['input'];
  /** Intermediary service the qualification covers. */
  serviceId: Scalars['ID']['input'];
  /** First day of validity (YYYY-MM-DD). */
  validFrom: Scalars['String']['input'];
  /** Last day of validity (YYYY-MM-DD). */
  validUntil: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The showcase: admitted agencies, optionally only those offering one service item now, or whose name contains keyword; ordered by name, at most `first` (1 to 100). Public. */
  agencies: Array<Agency>;
  /** Agencies on public notice (公示), with their public information. Public. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  agenciesOnNotice: Array<Agency>;
  /** One admitted agency of the showcase; null otherwise. Public. */
  agency?: Maybe<Agency>;
  /** One announcement; one under review only for its client and supervisors. Public. */
  announcement?: Maybe<Announcement>;
  /** Agencies registered for an announcement, oldest registration first, with their eligibility and the bids of closed rounds. The announcement's client (LEGAL_PERSON, or an agent acting for it), or SUPERVISOR and ADMIN whose jurisdiction contains it; FORBIDDEN for other viewers. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  announcementRegistrants: Array<AnnouncementRegistrant>;
  /** Published announcements, optionally of one service, newest first. Public. */
  announcements: Array<Announcement>;
  /** Published complaint channels. Public. */
  complaintChannels: Array<ComplaintChannel>;
  /** One intermediary service by id; null when it does not exist or the viewer may not see it. */
  intermediaryService?: Maybe<IntermediaryService>;
  /** Intermediary services with the given status (default PUBLISHED), ordered by code. Other statuses need ITEM_ADMIN, SUPERVISOR or ADMIN: FORBIDDEN for other roles, UNAUTHENTICATED when anonymous. */
  intermediaryServices: Array<IntermediaryService>;
  /** Figures of intermediary engagements confirmed in a period and division subtree, by division and month. ANALYST, SUPERVISOR and ADMIN, within their own division subtree; counts only, no personal data. Engagements have no department, so a department in the filter is ignored. */
  intermediaryStatistics: IntermediaryStatistics;
  /** The regulator's view of the viewer's division subtree. SUPERVISOR, ADMIN. */
  intermediarySupervision: IntermediarySupervision;
  /** The viewer's own announcements as a client in every state, newest first. LEGAL_PERSON, or an agent acting for one. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myAnnouncements: Array<Announcement>;
  /** The viewer's bids on an announcement: the agency's own. LEGAL_PERSON. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myBids: Array<Bid>;
  /** Complaints the viewer filed. Signed in; an agent acting for a legal person sees only those about announcements of services its grant covers. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myComplaints: Array<Complaint>;
  /** Engagements where the viewer owns the client or the agency. LEGAL_PERSON. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myEngagements: Array<Engagement>;
  /** Messages to the viewer about its registrations and engagements. LEGAL_PERSON; an agent acting for one sees only those about registrations (as in myRegistrations) and announcements its grant covers. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myIntermediaryNotifications: Array<IntermediaryNotification>;
  /** The viewer's own registrations. LEGAL_PERSON; an agent acting for one sees only those its grant covers: an agency registration offering a service linked to a granted item, and the client registration when the grant covers any service. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  myRegistrations: Array<Registration>;
  /** Registered parties in the order of their last change, after the cursor `after`, with the admitted profile unmasked; changes younger than 2 seconds wait for a later call. For the data catalogue's feed of the intermediaries.agencies dataset, which desensitises the representative and mobile for readers without the right. SYSTEM only. */
  partyChanges: PartyChangePage;
  /** One registration: its owner, or ADMIN and SUPERVISOR whose division subtree contains it; null otherwise, and for an agent whose grant does not cover it (as in myRegistrations). */
  registration?: Maybe<Registration>;
  /** Registrations in one state in the viewer's division subtree, oldest submission first. ADMIN, SUPERVISOR. */
  registrations: Array<Registration>;
  /** Published result notices, newest first. Public. */
  resultNotices: Array<ResultNotice>;
  /** Recomputes the draw of an announcement from a seed (the revealed one by default). Public. */
  verifyDraw: DrawVerification;
};


export type QueryAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAgenciesOnNoticeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnnouncementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnnouncementRegistrantsArgs = {
  announcementId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAnnouncementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIntermediaryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntermediaryServicesArgs = {
  status?: InputMaybe<IntermediaryServiceStatus>;
};


export type QueryIntermediaryStatisticsArgs = {
  filter: StatisticsFilter;
};


export type QueryMyAnnouncementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyBidsArgs = {
  announcementId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyComplaintsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyEngagementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyIntermediaryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartyChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  state: RegistrationState;
};


export type QueryResultNoticesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyDrawArgs = {
  announcementId: Scalars['ID']['input'];
  seed?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A registration of a client or an agency, as its owner and the administration
 * see it. Personal data (names of the representative, contact person and
 * practitioners, contact mobile, staff identity numbers) is masked for reviewers
 * who do not need it.
 */
export type Registration = {
  __typename?: 'Registration';
  /** Registered address. */
  address: Scalars['String']['output'];
  /** Whether the party was admitted once; it stays admitted while a change is under check. */
  admitted: Scalars['Boolean']['output'];
  /** Certificate registered for the party. */
  certificate?: Maybe<Certificate>;
  /** Last day of the consistency check of this round (YYYY-MM-DD, Asia/Shanghai): 1 working day after submission. */
  checkDueDate: Scalars['String']['output'];
  /** True when the check was done after checkDueDate, or is still open after it. */
  checkLate: Scalars['Boolean']['output'];
  /** When the current round was checked (ISO 8601, UTC); null while unchecked. */
  checkedAt?: Maybe<Scalars['String']['output']>;
  /** Prior commitment. */
  commitment?: Maybe<Scalars['String']['output']>;
  /** Contact mobile, masked as 138****8000 except for the owner and ADMIN in jurisdiction. */
  contactMobile: Scalars['String']['output'];
  /** Contact person, masked as 李** except for the owner and ADMIN in jurisdiction. */
  contactName: Scalars['String']['output'];
  /** Correction notices, one per round that needed corrections. */
  correctionNotices: Array<RegistrationCorrectionNotice>;
  /** Unified social credit code. */
  creditCode: Scalars['String']['output'];
  /** Division code of the registering legal person. */
  divisionCode: Scalars['String']['output'];
  /** Scanned documents of the submission. */
  documents: Array<StoredDocument>;
  /** Registration id (UUID). */
  id: Scalars['ID']['output'];
  /** Client or agency. */
  kind: PartyKind;
  /** Registered name in the submission under check (or the admitted one when none is under check). */
  name: Scalars['String']['output'];
  /** End of the public notice of 5 working days (ISO 8601, UTC), moved later when a dismissed objection paused it; admission is automatic after it without an open objection. */
  noticeEndsAt?: Maybe<Scalars['String']['output']>;
  /** Start of the public notice (ISO 8601, UTC), agencies only. */
  noticeStartsAt?: Maybe<Scalars['String']['output']>;
  /** Objections raised during public notice. */
  objections: Array<Objection>;
  /** Service items offered, with validity aligned to the qualifications. */
  offers: Array<ServiceOffer>;
  /** Qualification certificates. */
  qualifications: Array<Qualification>;
  /** Legal representative, masked as 王** except for the owner and ADMIN in jurisdiction. */
  representative: Scalars['String']['output'];
  /** Check round, raised by every submission and resubmission. */
  round: Scalars['Int']['output'];
  /** Practitioners with names and identity numbers, which only the owner and ADMIN in jurisdiction see unmasked. */
  staff: Array<StaffMember>;
  /** Where the admission procedure stands. */
  state: RegistrationState;
  /** When the current round was submitted (ISO 8601, UTC). */
  submittedAt: Scalars['String']['output'];
  /** Version, raised by every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** The one notice (一次性告知) that lists every correction found in one check. */
export type RegistrationCorrectionNotice = {
  __typename?: 'RegistrationCorrectionNotice';
  /** Every correction. */
  corrections: Array<Correction>;
  /** When the notice was issued (ISO 8601, UTC). */
  issuedAt: Scalars['String']['output'];
  /** Check round the notice belongs to, from 1. */
  round: Scalars['Int']['output'];
};

/** What a client or an agency registers. */
export type RegistrationInput = {
  /** Registered address. */
  address: Scalars['String']['input'];
  /** Agencies: the prior commitment (事前承诺) shown in the showcase. */
  commitment?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number of the contact person; never shown publicly. */
  contactMobile: Scalars['String']['input'];
  /** Contact person who maintains the account (专人). */
  contactName: Scalars['String']['input'];
  /** Unified social credit code; full-width characters and lower case are accepted and normalised. */
  creditCode: Scalars['String']['input'];
  /** Scanned documents: every registration needs BUSINESS_LICENCE and REPRESENTATIVE_ID, agencies also QUALIFICATION and COMMITMENT. */
  documents: Array<DocumentInput>;
  /** Registered name, 2 to 100 characters. */
  name: Scalars['String']['input'];
  /** Agencies: qualification certificates; empty for clients. */
  qualifications?: InputMaybe<Array<QualificationInput>>;
  /** Name of the legal representative. */
  representative: Scalars['String']['input'];
  /** Agencies: the service items offered, each covered by a qualification. */
  serviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Agencies: practitioners; empty for clients. */
  staff?: InputMaybe<Array<StaffInput>>;
};

/** Where a registration stands in the admission procedure of Appendix A. */
export type RegistrationState =
  /** Admitted to the marketplace. */
  | 'ADMITTED'
  /** Waiting for the consistency check by the administration, due within 1 working day. */
  | 'CHECKING'
  /** The check found differences; one correction notice lists them all. */
  | 'CORRECTION_REQUIRED'
  /** Agencies only: an objection paused admission and was referred to the industry regulator. */
  | 'OBJECTED'
  /** Agencies only: checked, on public notice for 5 working days. */
  | 'PUBLIC_NOTICE'
  /** Refused after an upheld objection. */
  | 'REFUSED';

/** A result notice (中选结果公告), generated when the client confirms. */
export type ResultNotice = {
  __typename?: 'ResultNotice';
  /** Announcement id. */
  announcementId: Scalars['ID']['output'];
  /** When it was published (ISO 8601, UTC). */
  publishedAt: Scalars['String']['output'];
  /** Notice text in Chinese. */
  text: Scalars['String']['output'];
};

/** The selected agency and how. */
export type Selection = {
  __typename?: 'Selection';
  /** Registration id of the selected agency. */
  agencyId: Scalars['ID']['output'];
  /** Name of the selected agency. */
  agencyName: Scalars['String']['output'];
  /** When the client confirmed it (ISO 8601, UTC); null before. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
  /** Registration ids of the draw candidates in draw order (sorted); empty for DIRECT and for a bid without tie. */
  drawCandidates: Array<Scalars['ID']['output']>;
  /** Method used. */
  method: SelectionMethod;
  /** Contract price in fen. */
  priceFen: Scalars['Int']['output'];
  /** When the selection was made (ISO 8601, UTC). */
  selectedAt: Scalars['String']['output'];
};

/** How the agency is selected (3.7.5.2). */
export type SelectionMethod =
  /** 直接选取: the client chooses one registered agency; the announced fee is the price. */
  | 'DIRECT'
  /** 竞价选取: lowest bid in one or more rounds; ties are broken by the verifiable draw. */
  | 'LOWEST_BID'
  /** 随机选取: a verifiable random draw among the registered agencies; the announced fee is the price. */
  | 'RANDOM';

/** A service item an agency offers, valid as long as the qualification that covers it. */
export type ServiceOffer = {
  __typename?: 'ServiceOffer';
  /** The intermediary service. */
  service?: Maybe<IntermediaryService>;
  /** Id of the intermediary service. */
  serviceId: Scalars['ID']['output'];
  /** Last day of validity (YYYY-MM-DD), the validUntil of the covering qualification. */
  validUntil: Scalars['String']['output'];
};

/** A practitioner of an agency who serves in Chongqing. */
export type StaffInput = {
  /** Practising certificate number. */
  certificateNo: Scalars['String']['input'];
  /** Resident identity card number (18 characters); never shown publicly. */
  idCardNumber: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Practising qualification, such as 安全评价师. */
  qualification: Scalars['String']['input'];
};

/** A practitioner as the owner and the administration see one, for the consistency check. */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** Practising certificate number. */
  certificateNo: Scalars['String']['output'];
  /** Resident identity card number, masked as 5001**********1234 except for the owner and ADMIN in jurisdiction. */
  idCardNumber: Scalars['String']['output'];
  /** Name, masked as 孙** except for the owner and ADMIN in jurisdiction. */
  name: Scalars['String']['output'];
  /** Practising qualification. */
  qualification: Scalars['String']['output'];
};

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

/** A stored scanned document; its content is not served by this API. */
export type StoredDocument = {
  __typename?: 'StoredDocument';
  /** File name. */
  fileName: Scalars['String']['output'];
  /** What the document is. */
  kind: DocumentKind;
  /** Detected type: image/jpeg, image/png or application/pdf. */
  mimeType: Scalars['String']['output'];
  /** SHA-256 of the content (hex), for comparison with the original. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
};

/** Withdrawal of an announcement. */
export type Withdrawal = {
  __typename?: 'Withdrawal';
  /** Supervisor's note on the decision. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Explanation in Chinese. */
  reason: Scalars['String']['output'];
  /** Reason category: PROJECT_CANCELLED, CONTENT_CHANGE or FORCE_MAJEURE. */
  reasonCode: Scalars['String']['output'];
  /** REQUESTED, APPROVED or REFUSED. */
  state: Scalars['String']['output'];
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
  Agency: ResolverTypeWrapper<PartyDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgencyStatus: AgencyStatus;
  Announcement: ResolverTypeWrapper<AnnouncementDocument>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AnnouncementInput: AnnouncementInput;
  AnnouncementRegistrant: ResolverTypeWrapper<Registrant>;
  AnnouncementState: AnnouncementState;
  Bid: ResolverTypeWrapper<BidDocument>;
  Certificate: ResolverTypeWrapper<CertificateDocument>;
  CertificateChallenge: ResolverTypeWrapper<ChallengeDocument>;
  CertificateInput: CertificateInput;
  CertificateRevocation: ResolverTypeWrapper<CertificateRevocationDocument>;
  CertificateSession: ResolverTypeWrapper<CertificateSessionDocument>;
  Complaint: ResolverTypeWrapper<ComplaintDocument>;
  ComplaintChannel: ResolverTypeWrapper<ComplaintChannel>;
  ComplaintInput: ComplaintInput;
  ConditionFlag: ResolverTypeWrapper<ConditionFlag>;
  Correction: ResolverTypeWrapper<Correction>;
  CorrectionInput: CorrectionInput;
  CreditEntry: ResolverTypeWrapper<CreditEntryView>;
  CreditRecord: ResolverTypeWrapper<CreditSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Division: ResolverTypeWrapper<Division>;
  DocumentInput: DocumentInput;
  DocumentKind: DocumentKind;
  DrawVerification: ResolverTypeWrapper<DrawVerification>;
  Engagement: ResolverTypeWrapper<EngagementDocument>;
  EngagementEvaluation: ResolverTypeWrapper<EvaluationRecord>;
  EngagementFigures: ResolverTypeWrapper<EngagementFigures>;
  EngagementState: EngagementState;
  EvaluationInput: EvaluationInput;
  IntermediaryNotification: ResolverTypeWrapper<NotificationDocument>;
  IntermediaryService: ResolverTypeWrapper<IntermediaryServiceDocument>;
  IntermediaryServiceChange: ResolverTypeWrapper<ServiceChangeDocument>;
  IntermediaryServiceChangeInput: IntermediaryServiceChangeInput;
  IntermediaryServiceInput: IntermediaryServiceInput;
  IntermediaryServiceStatus: IntermediaryServiceStatus;
  IntermediaryStatistics: ResolverTypeWrapper<IntermediaryStatisticsParent>;
  IntermediarySupervision: ResolverTypeWrapper<SupervisionView>;
  Item: ResolverTypeWrapper<Pick<Item, 'id'>>;
  LatenessFlag: ResolverTypeWrapper<LatenessFlag>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objection: ResolverTypeWrapper<ObjectionDocument>;
  PartyChange: ResolverTypeWrapper<PartyChange>;
  PartyChangePage: ResolverTypeWrapper<PartyChangePage>;
  PartyKind: PartyKind;
  Practitioner: ResolverTypeWrapper<StaffRecord>;
  Qualification: ResolverTypeWrapper<QualificationRecord>;
  QualificationInput: QualificationInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Registration: ResolverTypeWrapper<PartyDocument>;
  RegistrationCorrectionNotice: ResolverTypeWrapper<CorrectionNoticeDocument>;
  RegistrationInput: RegistrationInput;
  RegistrationState: RegistrationState;
  ResultNotice: ResolverTypeWrapper<ResultNoticeView>;
  Selection: ResolverTypeWrapper<SelectionRecord>;
  SelectionMethod: SelectionMethod;
  ServiceOffer: ResolverTypeWrapper<OfferRecord>;
  StaffInput: StaffInput;
  StaffMember: ResolverTypeWrapper<StaffRecord>;
  StatisticsFilter: StatisticsFilter;
  StoredDocument: ResolverTypeWrapper<DocumentRecord>;
  Withdrawal: ResolverTypeWrapper<WithdrawalRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: PartyDocument;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Announcement: AnnouncementDocument;
  Boolean: Scalars['Boolean']['output'];
  AnnouncementInput: AnnouncementInput;
  AnnouncementRegistrant: Registrant;
  Bid: BidDocument;
  Certificate: CertificateDocument;
  CertificateChallenge: ChallengeDocument;
  CertificateInput: CertificateInput;
  CertificateRevocation: CertificateRevocationDocument;
  CertificateSession: CertificateSessionDocument;
  Complaint: ComplaintDocument;
  ComplaintChannel: ComplaintChannel;
  ComplaintInput: ComplaintInput;
  ConditionFlag: ConditionFlag;
  Correction: Correction;
  CorrectionInput: CorrectionInput;
  CreditEntry: CreditEntryView;
  CreditRecord: CreditSummary;
  Float: Scalars['Float']['output'];
  Division: Division;
  DocumentInput: DocumentInput;
  DrawVerification: DrawVerification;
  Engagement: EngagementDocument;
  EngagementEvaluation: EvaluationRecord;
  EngagementFigures: EngagementFigures;
  EvaluationInput: EvaluationInput;
  IntermediaryNotification: NotificationDocument;
  IntermediaryService: IntermediaryServiceDocument;
  IntermediaryServiceChange: ServiceChangeDocument;
  IntermediaryServiceChangeInput: IntermediaryServiceChangeInput;
  IntermediaryServiceInput: IntermediaryServiceInput;
  IntermediaryStatistics: IntermediaryStatisticsParent;
  IntermediarySupervision: SupervisionView;
  Item: Pick<Item, 'id'>;
  LatenessFlag: LatenessFlag;
  Mutation: Record<PropertyKey, never>;
  Objection: ObjectionDocument;
  PartyChange: PartyChange;
  PartyChangePage: PartyChangePage;
  Practitioner: StaffRecord;
  Qualification: QualificationRecord;
  QualificationInput: QualificationInput;
  Query: Record<PropertyKey, never>;
  Registration: PartyDocument;
  RegistrationCorrectionNotice: CorrectionNoticeDocument;
  RegistrationInput: RegistrationInput;
  ResultNotice: ResultNoticeView;
  Selection: SelectionRecord;
  ServiceOffer: OfferRecord;
  StaffInput: StaffInput;
  StaffMember: StaffRecord;
  StatisticsFilter: StatisticsFilter;
  StoredDocument: DocumentRecord;
  Withdrawal: WithdrawalRecord;
};

export type AgencyResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commitment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedEngagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['ServiceOffer']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['IntermediaryService']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['Practitioner']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgencyStatus'], ParentType, ContextType>;
};

export type AnnouncementResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Announcement'] = ResolversParentTypes['Announcement']> = {
  agentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bidRound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmedByAgentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feeFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['ConditionFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['SelectionMethod'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationDeadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replaces?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  resultNotice?: Resolver<Maybe<ResolversTypes['ResultNotice']>, ParentType, ContextType>;
  revealedSeed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seedCommitment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selection?: Resolver<Maybe<ResolversTypes['Selection']>, ParentType, ContextType>;
  selectionTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['IntermediaryService']>, ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AnnouncementState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawal?: Resolver<Maybe<ResolversTypes['Withdrawal']>, ParentType, ContextType>;
};

export type AnnouncementRegistrantResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['AnnouncementRegistrant'] = ResolversParentTypes['AnnouncementRegistrant']> = {
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bids?: Resolver<Array<ResolversTypes['Bid']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ineligibleReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BidResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Bid'] = ResolversParentTypes['Bid']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificateResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocation?: Resolver<Maybe<ResolversTypes['CertificateRevocation']>, ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificateChallengeResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['CertificateChallenge'] = ResolversParentTypes['CertificateChallenge']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nonce?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificateRevocationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['CertificateRevocation'] = ResolversParentTypes['CertificateRevocation']> = {
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificateSessionResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['CertificateSession'] = ResolversParentTypes['CertificateSession']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = {
  agencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  announcementId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintChannelResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['ComplaintChannel'] = ResolversParentTypes['ComplaintChannel']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConditionFlagResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['ConditionFlag'] = ResolversParentTypes['ConditionFlag']> = {
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorrectionResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditEntryResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['CreditEntry'] = ResolversParentTypes['CreditEntry']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditRecordResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['CreditRecord'] = ResolversParentTypes['CreditRecord']> = {
  attitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conduct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CreditEntry']>, ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lateContracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quality?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  timeliness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upheldComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DrawVerificationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['DrawVerification'] = ResolversParentTypes['DrawVerification']> = {
  commitmentMatches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recomputedWinner?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EngagementResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Engagement'] = ResolversParentTypes['Engagement']> = {
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  announcement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionAgentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionDueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completionLateReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractDueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contractLateReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractUploadedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliverableReceivedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['EngagementEvaluation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EngagementState'], ParentType, ContextType>;
};

export type EngagementEvaluationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['EngagementEvaluation'] = ResolversParentTypes['EngagementEvaluation']> = {
  attitude?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conduct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EngagementFiguresResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['EngagementFigures'] = ResolversParentTypes['EngagementFigures']> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completionsLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contracted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractsLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IntermediaryNotificationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['IntermediaryNotification'] = ResolversParentTypes['IntermediaryNotification']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntermediaryServiceResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['IntermediaryService'] = ResolversParentTypes['IntermediaryService'], FederationReferenceType extends FederationReferenceTypes['IntermediaryService'] = FederationReferenceTypes['IntermediaryService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntermediaryService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['IntermediaryServiceChange']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntermediaryServiceStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntermediaryServiceChangeResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['IntermediaryServiceChange'] = ResolversParentTypes['IntermediaryServiceChange']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntermediaryStatisticsResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['IntermediaryStatistics'] = ResolversParentTypes['IntermediaryStatistics']> = {
  byDivision?: Resolver<Array<ResolversTypes['EngagementFigures']>, ParentType, ContextType, RequireFields<IntermediaryStatisticsByDivisionArgs, 'first'>>;
  byMonth?: Resolver<Array<ResolversTypes['EngagementFigures']>, ParentType, ContextType, RequireFields<IntermediaryStatisticsByMonthArgs, 'first'>>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['EngagementFigures'], ParentType, ContextType>;
};

export type IntermediarySupervisionResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['IntermediarySupervision'] = ResolversParentTypes['IntermediarySupervision']> = {
  announcementsUnderReview?: Resolver<Array<ResolversTypes['Announcement']>, ParentType, ContextType>;
  lateness?: Resolver<Array<ResolversTypes['LatenessFlag']>, ParentType, ContextType>;
  openComplaints?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType>;
  openObjections?: Resolver<Array<ResolversTypes['Objection']>, ParentType, ContextType>;
  withdrawalRequests?: Resolver<Array<ResolversTypes['Announcement']>, ParentType, ContextType>;
};

export type ItemResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intermediaryServices?: Resolver<Array<ResolversTypes['IntermediaryService']>, ParentType, ContextType>;
};

export type LatenessFlagResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['LatenessFlag'] = ResolversParentTypes['LatenessFlag']> = {
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  certificateChallenge?: Resolver<ResolversTypes['CertificateChallenge'], ParentType, ContextType>;
  certificateSignIn?: Resolver<ResolversTypes['CertificateSession'], ParentType, ContextType, RequireFields<MutationCertificateSignInArgs, 'challengeId' | 'signature'>>;
  changeIntermediaryService?: Resolver<ResolversTypes['IntermediaryService'], ParentType, ContextType, RequireFields<MutationChangeIntermediaryServiceArgs, 'expectedVersion' | 'id' | 'input' | 'reason'>>;
  changeRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationChangeRegistrationArgs, 'expectedVersion' | 'id' | 'input'>>;
  checkRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCheckRegistrationArgs, 'corrections' | 'expectedVersion' | 'id'>>;
  confirmSelection?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationConfirmSelectionArgs, 'announcementId' | 'expectedVersion'>>;
  correctRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCorrectRegistrationArgs, 'expectedVersion' | 'id' | 'input'>>;
  createIntermediaryService?: Resolver<ResolversTypes['IntermediaryService'], ParentType, ContextType, RequireFields<MutationCreateIntermediaryServiceArgs, 'input'>>;
  decideAnnouncementWithdrawal?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationDecideAnnouncementWithdrawalArgs, 'approve' | 'id' | 'note'>>;
  decideObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationDecideObjectionArgs, 'id' | 'note' | 'upheld'>>;
  fileComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationFileComplaintArgs, 'idempotencyKey' | 'input'>>;
  handleComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationHandleComplaintArgs, 'id' | 'reply' | 'upheld'>>;
  objectToRegistration?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationObjectToRegistrationArgs, 'id' | 'idempotencyKey' | 'text'>>;
  openBidRound?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationOpenBidRoundArgs, 'announcementId' | 'expectedVersion'>>;
  performSelection?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationPerformSelectionArgs, 'announcementId' | 'expectedVersion'>>;
  publishAnnouncement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationPublishAnnouncementArgs, 'idempotencyKey' | 'input'>>;
  publishIntermediaryService?: Resolver<ResolversTypes['IntermediaryService'], ParentType, ContextType, RequireFields<MutationPublishIntermediaryServiceArgs, 'expectedVersion' | 'id' | 'reason'>>;
  registerAgency?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterAgencyArgs, 'idempotencyKey' | 'input'>>;
  registerCertificate?: Resolver<ResolversTypes['Certificate'], ParentType, ContextType, RequireFields<MutationRegisterCertificateArgs, 'input'>>;
  registerClient?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterClientArgs, 'idempotencyKey' | 'input'>>;
  registerCompletion?: Resolver<ResolversTypes['Engagement'], ParentType, ContextType, RequireFields<MutationRegisterCompletionArgs, 'deliverableReceivedOn' | 'engagementId' | 'evaluation'>>;
  registerForAnnouncement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationRegisterForAnnouncementArgs, 'announcementId'>>;
  requestAnnouncementWithdrawal?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationRequestAnnouncementWithdrawalArgs, 'id' | 'reason' | 'reasonCode'>>;
  reviewAnnouncement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationReviewAnnouncementArgs, 'approve' | 'id' | 'note'>>;
  revokeCertificate?: Resolver<ResolversTypes['CertificateRevocation'], ParentType, ContextType, RequireFields<MutationRevokeCertificateArgs, 'idempotencyKey' | 'reason' | 'registrationId'>>;
  submitBid?: Resolver<ResolversTypes['Bid'], ParentType, ContextType, RequireFields<MutationSubmitBidArgs, 'amountFen' | 'announcementId' | 'idempotencyKey'>>;
  uploadContract?: Resolver<ResolversTypes['Engagement'], ParentType, ContextType, RequireFields<MutationUploadContractArgs, 'document' | 'engagementId' | 'signedOn'>>;
  withdrawIntermediaryService?: Resolver<ResolversTypes['IntermediaryService'], ParentType, ContextType, RequireFields<MutationWithdrawIntermediaryServiceArgs, 'expectedVersion' | 'id' | 'reason'>>;
};

export type ObjectionResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Objection'] = ResolversParentTypes['Objection']> = {
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regulatorDepartmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartyChangeResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['PartyChange'] = ResolversParentTypes['PartyChange']> = {
  admitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contactMobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalRepresentative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartyChangePageResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['PartyChangePage'] = ResolversParentTypes['PartyChangePage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['PartyChange']>, ParentType, ContextType>;
};

export type PractitionerResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Practitioner'] = ResolversParentTypes['Practitioner']> = {
  certificateNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  certificateNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'first'>>;
  agenciesOnNotice?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgenciesOnNoticeArgs, 'first' | 'offset'>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  announcement?: Resolver<Maybe<ResolversTypes['Announcement']>, ParentType, ContextType, RequireFields<QueryAnnouncementArgs, 'id'>>;
  announcementRegistrants?: Resolver<Array<ResolversTypes['AnnouncementRegistrant']>, ParentType, ContextType, RequireFields<QueryAnnouncementRegistrantsArgs, 'announcementId' | 'first' | 'offset'>>;
  announcements?: Resolver<Array<ResolversTypes['Announcement']>, ParentType, ContextType, RequireFields<QueryAnnouncementsArgs, 'first'>>;
  complaintChannels?: Resolver<Array<ResolversTypes['ComplaintChannel']>, ParentType, ContextType>;
  intermediaryService?: Resolver<Maybe<ResolversTypes['IntermediaryService']>, ParentType, ContextType, RequireFields<QueryIntermediaryServiceArgs, 'id'>>;
  intermediaryServices?: Resolver<Array<ResolversTypes['IntermediaryService']>, ParentType, ContextType, Partial<QueryIntermediaryServicesArgs>>;
  intermediaryStatistics?: Resolver<ResolversTypes['IntermediaryStatistics'], ParentType, ContextType, RequireFields<QueryIntermediaryStatisticsArgs, 'filter'>>;
  intermediarySupervision?: Resolver<ResolversTypes['IntermediarySupervision'], ParentType, ContextType>;
  myAnnouncements?: Resolver<Array<ResolversTypes['Announcement']>, ParentType, ContextType, RequireFields<QueryMyAnnouncementsArgs, 'first' | 'offset'>>;
  myBids?: Resolver<Array<ResolversTypes['Bid']>, ParentType, ContextType, RequireFields<QueryMyBidsArgs, 'announcementId' | 'first' | 'offset'>>;
  myComplaints?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryMyComplaintsArgs, 'first' | 'offset'>>;
  myEngagements?: Resolver<Array<ResolversTypes['Engagement']>, ParentType, ContextType, RequireFields<QueryMyEngagementsArgs, 'first' | 'offset'>>;
  myIntermediaryNotifications?: Resolver<Array<ResolversTypes['IntermediaryNotification']>, ParentType, ContextType, RequireFields<QueryMyIntermediaryNotificationsArgs, 'first' | 'offset'>>;
  myRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryMyRegistrationsArgs, 'first' | 'offset'>>;
  partyChanges?: Resolver<ResolversTypes['PartyChangePage'], ParentType, ContextType, RequireFields<QueryPartyChangesArgs, 'first'>>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryRegistrationArgs, 'id'>>;
  registrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryRegistrationsArgs, 'first' | 'state'>>;
  resultNotices?: Resolver<Array<ResolversTypes['ResultNotice']>, ParentType, ContextType, RequireFields<QueryResultNoticesArgs, 'first'>>;
  verifyDraw?: Resolver<ResolversTypes['DrawVerification'], ParentType, ContextType, RequireFields<QueryVerifyDrawArgs, 'announcementId'>>;
};

export type RegistrationResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  admitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  checkDueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commitment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactMobile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctionNotices?: Resolver<Array<ResolversTypes['RegistrationCorrectionNotice']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['StoredDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeEndsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noticeStartsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objections?: Resolver<Array<ResolversTypes['Objection']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['ServiceOffer']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RegistrationState'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegistrationCorrectionNoticeResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['RegistrationCorrectionNotice'] = ResolversParentTypes['RegistrationCorrectionNotice']> = {
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResultNoticeResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['ResultNotice'] = ResolversParentTypes['ResultNotice']> = {
  announcementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SelectionResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Selection'] = ResolversParentTypes['Selection']> = {
  agencyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drawCandidates?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['SelectionMethod'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selectedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceOfferResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['ServiceOffer'] = ResolversParentTypes['ServiceOffer']> = {
  service?: Resolver<Maybe<ResolversTypes['IntermediaryService']>, ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffMemberResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = {
  certificateNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idCardNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StoredDocumentResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['StoredDocument'] = ResolversParentTypes['StoredDocument']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WithdrawalResolvers<ContextType = IntermediariesContext, ParentType extends ResolversParentTypes['Withdrawal'] = ResolversParentTypes['Withdrawal']> = {
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = IntermediariesContext> = {
  Agency?: AgencyResolvers<ContextType>;
  Announcement?: AnnouncementResolvers<ContextType>;
  AnnouncementRegistrant?: AnnouncementRegistrantResolvers<ContextType>;
  Bid?: BidResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateChallenge?: CertificateChallengeResolvers<ContextType>;
  CertificateRevocation?: CertificateRevocationResolvers<ContextType>;
  CertificateSession?: CertificateSessionResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintChannel?: ComplaintChannelResolvers<ContextType>;
  ConditionFlag?: ConditionFlagResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CreditEntry?: CreditEntryResolvers<ContextType>;
  CreditRecord?: CreditRecordResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  DrawVerification?: DrawVerificationResolvers<ContextType>;
  Engagement?: EngagementResolvers<ContextType>;
  EngagementEvaluation?: EngagementEvaluationResolvers<ContextType>;
  EngagementFigures?: EngagementFiguresResolvers<ContextType>;
  IntermediaryNotification?: IntermediaryNotificationResolvers<ContextType>;
  IntermediaryService?: IntermediaryServiceResolvers<ContextType>;
  IntermediaryServiceChange?: IntermediaryServiceChangeResolvers<ContextType>;
  IntermediaryStatistics?: IntermediaryStatisticsResolvers<ContextType>;
  IntermediarySupervision?: IntermediarySupervisionResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  LatenessFlag?: LatenessFlagResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objection?: ObjectionResolvers<ContextType>;
  PartyChange?: PartyChangeResolvers<ContextType>;
  PartyChangePage?: PartyChangePageResolvers<ContextType>;
  Practitioner?: PractitionerResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationCorrectionNotice?: RegistrationCorrectionNoticeResolvers<ContextType>;
  ResultNotice?: ResultNoticeResolvers<ContextType>;
  Selection?: SelectionResolvers<ContextType>;
  ServiceOffer?: ServiceOfferResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StoredDocument?: StoredDocumentResolvers<ContextType>;
  Withdrawal?: WithdrawalResolvers<ContextType>;
};

