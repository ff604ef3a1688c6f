import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CaseDocument, SupervisionWarningDocument, SupervisionOrderDocument } from '../model.js';
import type { CaseStatisticsParent } from '../statistics.js';
import type { StoredFile as StoredFileRecord } from '../materialStore.js';
import type { PaymentOrderDocument, ReconciliationDocument } from '../services/payments/model.js';
import type { ShipmentDocument, DeliveryChoiceDocument } from '../services/logistics/model.js';
import type { EvaluationDocument, RectificationDocument } from '../services/evaluation/model.js';
import type { InquiryDocument } from '../services/inquiries/model.js';
import type { CasesContext } from '../context.js';
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
  /** An instant as an ISO 8601 string with a time zone, such as 2026-03-01T00:00:00Z. */
  DateTime: { input: Date; output: Date; }
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
  /** Applicant, owned by the identity subgraph; null when the applicant has no readable platform account, such as a case whose account was removed. */
  applicant?: Maybe<User>;
  /** Applicant's ID-card number (natural person) or unified social credit code (legal person) as registered in the identity subgraph at submission; a natural person's is masked for viewers other than the applicant and handling staff with jurisdiction, a legal person's credit code is public; null when identity has none. */
  applicantIdNumber?: Maybe<Scalars['String']['output']>;
  /** The applicant as a legal person, owned by the identity subgraph; null when a natural person applied, and on cases stored before the kind of applicant was recorded. */
  applicantLegalPerson?: Maybe<LegalPerson>;
  /** Applicant's name as registered in the identity subgraph at submission; a natural person's is masked for viewers other than the applicant and handling staff with jurisdiction, a legal person's is public. */
  applicantName: Scalars['String']['output'];
  /** Case number assigned by the server at submission: `<implementation code>-<YYYYMMDD>-<sequence>`, the sequence counting the item's cases of that day from 000001. */
  caseNumber: Scalars['String']['output'];
  /** When the case completed; null before. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Correction notices (一次性告知补正) issued for the case, oldest first. */
  correctionNotices: Array<CorrectionNotice>;
  /** Promised deadline: the item's promised limit in working days after the day of acceptance; null before acceptance. */
  deadline?: Maybe<Deadline>;
  /** When the case was decided (approved, rejected or not accepted); null before. */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Role that decides the case in the platform, from the item's workflow when the case was submitted. */
  decisionRole: DecisionRole;
  /** Mail delivery choice; null when the applicant chose none. */
  delivery?: Maybe<DeliveryChoice>;
  /** How the result was delivered; null before delivery. */
  deliveryMethod?: Maybe<DeliveryMethod>;
  /** State of the request to the hall for a delivery window; NONE when the case has no delivery at a hall. */
  deliveryWindowRequest: OutboxState;
  /** Code of the department handling the case now; a transfer changes it. */
  departmentCode: Scalars['String']['output'];
  /** State of the push to the department's own system; NONE when the item is handled in the platform. */
  departmentPush: OutboxState;
  /** Division where the application is handled, owned by the identity subgraph. */
  division: Division;
  /** Division where the application is handled (6, 9 or 12 digits for county, township or village). */
  divisionCode: Scalars['String']['output'];
  /** Documents issued to the applicant (acceptance notice, correction notice, decisions), oldest first. */
  documents: Array<IssuedDocument>;
  /** The applicant's evaluation; null before one is given. */
  evaluation?: Maybe<Evaluation>;
  /** Form data as submitted, with ID-card and mobile numbers normalised; null for viewers without the right to the applicant's personal data. */
  formData?: Maybe<Scalars['JSON']['output']>;
  /** Hall or service point whose clerk or window staff member accepted the case; null before acceptance or when they have no hall. */
  hall?: Maybe<Hall>;
  /** Where the case is examined and decided: in the platform, or in a departmental system that reports back. */
  handledBy: HandlingSystem;
  /** Division code of the handling department's implementation of the item; null on cases stored before transfers recorded it. */
  handlingDivisionCode?: Maybe<Scalars['String']['output']>;
  /** Handling history, oldest first. */
  history: Array<CaseEvent>;
  /** Case id. */
  id: Scalars['ID']['output'];
  /** Item applied for. */
  item: Item;
  /** Item name at submission. */
  itemName: Scalars['String']['output'];
  /** English item name at submission; null on cases stored before it was recorded. */
  itemNameEn?: Maybe<Scalars['String']['output']>;
  /** Electronic licence issued for the case; null until issued. Its identifier comes with the case, so case lists need no call to the licenses subgraph. */
  licence?: Maybe<Licence>;
  /** State of the electronic licence issuance. */
  licenceIssue: LicenceIssue;
  /** Attached materials. */
  materials: Array<CaseMaterial>;
  /** Periods in which the time limit did not run (corrections after acceptance, special procedures), oldest first. */
  pauses: Array<TimeLimitPause>;
  /** Payment order of the case; null when none was opened. */
  paymentOrder?: Maybe<PaymentOrder>;
  /** Query code (查询码) for public progress lookup, as printed on the acceptance notice; null unless the viewer sees the case's personal data. */
  queryCode?: Maybe<Scalars['String']['output']>;
  /** Remaining working days until the promised deadline: negative when overdue, frozen while the clock is paused, null before acceptance and after the decision. */
  remainingWorkingDays?: Maybe<Scalars['Int']['output']>;
  /** Shipments of the case, oldest first. Readers other than the applicant, staff of the hall handling a shipment and services see its waybill number masked (SF********1234) and no tracking. */
  shipments: Array<Shipment>;
  /** Handling status. */
  status: CaseStatus;
  /** Statutory deadline: the item's statutory limit in working days after the day of acceptance; null before acceptance. */
  statutoryDeadline?: Maybe<Deadline>;
  /** Handling steps configured for the item when the case was submitted, in order. */
  steps: Array<HandlingStep>;
  /** When the application was submitted. */
  submittedAt: Scalars['String']['output'];
  /** Time-limit status against the promised deadline, computed at read time. */
  timeLimitStatus: TimeLimitStatus;
  /** Version for optimistic concurrency; every transition increments it. */
  version: Scalars['Int']['output'];
};

/** A case as the change feed returns it. */
export type CaseChange = {
  __typename?: 'CaseChange';
  /** Applicant ID number; null when the applicant gave none. */
  applicantIdNumber?: Maybe<Scalars['String']['output']>;
  /** Applicant name. */
  applicantName: Scalars['String']['output'];
  /** Case number. */
  caseNumber: Scalars['String']['output'];
  /** Code of the department handling the case now. */
  departmentCode: Scalars['String']['output'];
  /** Division code of the case. */
  divisionCode: Scalars['String']['output'];
  /** Case id. */
  id: Scalars['ID']['output'];
  /** Item name at submission. */
  itemName: Scalars['String']['output'];
  /** Case status. */
  status: Scalars['String']['output'];
  /** When the case was submitted, as an ISO 8601 instant in UTC. */
  submittedAt: Scalars['String']['output'];
};

/** One page of the cases change feed. */
export type CaseChangePage = {
  __typename?: 'CaseChangePage';
  /** Cursor to pass as `after` for the next page: the last record's position, or the request's `after` when the page is empty. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Cases, oldest change first. */
  records: Array<CaseChange>;
};

/** An entry of a case's handling history. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** What happened: SUBMITTED, ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED, CORRECTED, REVIEWED, SUSPENDED, RESUMED, TRANSFERRED, APPROVED, REJECTED, PAYMENT_SETTLED, LICENCE_ISSUED, DELIVERED, COMPLETED, WITHDRAWN, PUSHED_TO_DEPARTMENT or DEPARTMENT_PROCESS. */
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

/**
 * Case figures of one group. Submissions count cases submitted in the period; decisions, timeliness
 * and handling time count cases decided in it; evaluations count those made in it.
 */
export type CaseFigures = {
  __typename?: 'CaseFigures';
  /** Cases submitted in the period that were accepted. */
  accepted: Scalars['Int']['output'];
  /** Average evaluation score from 1 (very dissatisfied) to 5 (very satisfied); null without evaluations. */
  averageEvaluationScore?: Maybe<Scalars['Float']['output']>;
  /** Average working days from acceptance to decision, paused days excluded, on the platform's holiday calendar; null without decisions. */
  averageHandlingWorkingDays?: Maybe<Scalars['Float']['output']>;
  /** Cases decided (approved or rejected) in the period. */
  decided: Scalars['Int']['output'];
  /** Department code of the row; set on rows by department. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Division of the row; set on rows by division. */
  division?: Maybe<Division>;
  /** Evaluations (好差评) made in the period. */
  evaluations: Scalars['Int']['output'];
  /** Item of the row; set on rows by item. */
  item?: Maybe<Item>;
  /** Decided cases decided after their promised deadline. */
  late: Scalars['Int']['output'];
  /** Month of the row, YYYY-MM in Asia/Shanghai; set on rows by month. */
  month?: Maybe<Scalars['String']['output']>;
  /** Decided cases decided by their promised deadline. */
  onTime: Scalars['Int']['output'];
  /** onTime / (onTime + late), from 0 to 1; null without timed decisions. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** satisfied / evaluations, from 0 to 1; null without evaluations. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Evaluations rated satisfied or very satisfied. */
  satisfied: Scalars['Int']['output'];
  /** Cases submitted in the period. */
  submitted: Scalars['Int']['output'];
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
  /** Electronic licence fetched with the applicant's consent instead of an upload; null for uploads. */
  licence?: Maybe<Licence>;
  /** Material name from the item's material list. */
  name: Scalars['String']['output'];
  /** SHA-256 of the content, hexadecimal; null for viewers without the right to the applicant's personal data, and for a licence. */
  sha256?: Maybe<Scalars['String']['output']>;
};

/** Public progress of a case, found by case number and the last six characters of the applicant's ID number. */
export type CaseProgress = {
  __typename?: 'CaseProgress';
  /** Applicant's name, masked. */
  applicantName: Scalars['String']['output'];
  /** Case number. */
  caseNumber: Scalars['String']['output'];
  /** Promised deadline; null before acceptance. */
  deadline?: Maybe<Deadline>;
  /** Item name. */
  itemName: Scalars['String']['output'];
  /** English item name; null on cases stored before it was recorded. */
  itemNameEn?: Maybe<Scalars['String']['output']>;
  /** Handling status. */
  status: CaseStatus;
  /** Steps done so far, oldest first, without the names of staff. */
  steps: Array<CaseProgressStep>;
  /** When the application was submitted. */
  submittedAt: Scalars['String']['output'];
  /** Time-limit status. */
  timeLimitStatus: TimeLimitStatus;
};

/** A step in public case progress. */
export type CaseProgressStep = {
  __typename?: 'CaseProgressStep';
  /** What happened, as in CaseEvent.action. */
  action: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['String']['output'];
};

/** Case figures of one period and jurisdiction. */
export type CaseStatistics = {
  __typename?: 'CaseStatistics';
  /** Figures per department, by department code. */
  byDepartment: Array<CaseFigures>;
  /** Figures per child division of the counted division (the counted division itself for cases filed directly at it), by code. */
  byDivision: Array<CaseFigures>;
  /** Figures per item, most submissions first. */
  byItem: Array<CaseFigures>;
  /** Figures per Asia/Shanghai month of the period, oldest first. */
  byMonth: Array<CaseFigures>;
  /** Department counted, or null for every department. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Root of the division subtree counted. */
  division: Division;
  /** First day of the period (Asia/Shanghai). */
  from: Scalars['String']['output'];
  /** Last day of the period (Asia/Shanghai). */
  to: Scalars['String']['output'];
  /** Figures of the whole jurisdiction. */
  total: CaseFigures;
};


/** Case figures of one period and jurisdiction. */
export type CaseStatisticsByDepartmentArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Case figures of one period and jurisdiction. */
export type CaseStatisticsByDivisionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Case figures of one period and jurisdiction. */
export type CaseStatisticsByItemArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Case figures of one period and jurisdiction. */
export type CaseStatisticsByMonthArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Handling status of a case. */
export type CaseStatus =
  /** Accepted (受理); the time limits run and the case waits for review or decision. */
  | 'ACCEPTED'
  /** Approved; waiting for the electronic licence. */
  | 'APPROVED'
  /** Approved and made; waiting for delivery of the result to the applicant. */
  | 'AWAITING_DELIVERY'
  /** Approved; waiting for payment of the item's fees (charging step). */
  | 'AWAITING_PAYMENT'
  /** Completed (办结). */
  | 'COMPLETED'
  /** Waiting for the applicant to submit the corrections listed in a correction notice; after acceptance the time limit is paused. */
  | 'CORRECTION_REQUIRED'
  /** Not accepted (不予受理). */
  | 'NOT_ACCEPTED'
  /** Refused after examination (不予许可). */
  | 'REJECTED'
  /** Reviewed (审查); waiting for the decision. */
  | 'REVIEWED'
  /** Submitted, waiting for a clerk to accept it. */
  | 'SUBMITTED'
  /** Suspended for a special procedure (hearing, inspection, expert review and the like); the time limit is paused. */
  | 'SUSPENDED'
  /** Withdrawn by the applicant before the decision. */
  | 'WITHDRAWN';

/** An applicant's choice of mail delivery for a case. */
export type ChooseDeliveryInput = {
  /** Address for the results. */
  address?: InputMaybe<MailAddressInput>;
  /** Case id. */
  caseId: Scalars['ID']['input'];
  /** Mail the materials to the hall. */
  mailMaterials: Scalars['Boolean']['input'];
  /** Have the results mailed; needs `address`. */
  mailResults: Scalars['Boolean']['input'];
};

/** Totals of one fiscal account in a clearing report. */
export type ClearingLine = {
  __typename?: 'ClearingLine';
  /** Fiscal account. */
  fiscalAccount: Scalars['String']['output'];
  /** paidFen minus refundedFen. */
  netFen: Scalars['Int']['output'];
  /** Sum of the payments in fen. */
  paidFen: Scalars['Int']['output'];
  /** Payments confirmed in the period. */
  payments: Scalars['Int']['output'];
  /** Sum of the refunds confirmed in the period in fen. */
  refundedFen: Scalars['Int']['output'];
};

/** One correction the applicant must make. */
export type CorrectionItem = {
  __typename?: 'CorrectionItem';
  /** What is wrong and what to supply; ID-card numbers, mobiles and credit codes in it are masked for readers who may not see the applicant's personal data. */
  description: Scalars['String']['output'];
  /** Key of the form field to correct; null when none. */
  fieldKey?: Maybe<Scalars['String']['output']>;
  /** Code of the material to supply again; null when the item concerns a form field or something else. */
  materialCode?: Maybe<Scalars['String']['output']>;
};

/** A correction to request. */
export type CorrectionItemInput = {
  /** What is wrong and what to supply, 1 to 500 characters. */
  description: Scalars['String']['input'];
  /** Key of a field of the item's form. */
  fieldKey?: InputMaybe<Scalars['String']['input']>;
  /** Code of a material of the item's material list. */
  materialCode?: InputMaybe<Scalars['String']['input']>;
};

/** A correction notice (补正告知书) listing every correction needed, issued once per handling stage. */
export type CorrectionNotice = {
  __typename?: 'CorrectionNotice';
  /** When the notice was issued. */
  issuedAt: Scalars['String']['output'];
  /** Every correction needed. */
  items: Array<CorrectionItem>;
  /** When the applicant submitted the corrections; null while outstanding. */
  resolvedAt?: Maybe<Scalars['String']['output']>;
  /** Stage: ACCEPTANCE before acceptance, HANDLING after. */
  stage: Scalars['String']['output'];
};

/** A new shipment. */
export type CreateShipmentInput = {
  /** Case id. */
  caseId: Scalars['ID']['input'];
  /** Direction; MATERIALS_TO_HALL is created by the applicant, RESULTS_TO_APPLICANT by staff. */
  direction: ShipmentDirection;
  /** Hall whose mail window sends or receives it, `hall-` and a division code; defaults to the hall that accepted the case. */
  hallId?: InputMaybe<Scalars['ID']['input']>;
  /** Client-generated key of 8 to 100 characters from A-Z a-z 0-9 _ -; a retry with the same key returns the first shipment. */
  idempotencyKey: Scalars['String']['input'];
};

/** A deadline in working days. */
export type Deadline = {
  __typename?: 'Deadline';
  /** The deadline as an ISO date (YYYY-MM-DD) in Asia/Shanghai. */
  date: Scalars['String']['output'];
  /** True when the count crossed a year whose holiday schedule is not published yet, so the date may move. */
  provisional: Scalars['Boolean']['output'];
};

/** Role that makes the decision (决定) of an item's cases in the platform. */
export type DecisionRole =
  /** Approvers decide; the default. */
  | 'APPROVER'
  /** Reviewers decide, and approvers may too. */
  | 'REVIEWER';

/** How a case's materials or results travel by mail (邮寄). */
export type DeliveryChoice = {
  __typename?: 'DeliveryChoice';
  /** Address results are mailed to; masked for viewers without the right to the applicant's personal data. */
  address?: Maybe<MailAddress>;
  /** Agent who made the choice for the legal person applicant; null when the applicant did. */
  agent?: Maybe<User>;
  /** Case the choice belongs to. */
  case: Case;
  /** The applicant mails the materials to the hall. */
  mailMaterials: Scalars['Boolean']['output'];
  /** The hall mails the results to the applicant. */
  mailResults: Scalars['Boolean']['output'];
};

/** How a result reaches the applicant. */
export type DeliveryMethod =
  /** 电子送达: delivered electronically. */
  | 'ELECTRONIC'
  /** 邮寄: sent by post. */
  | 'MAIL'
  /** 出件窗口: collected at the hall's delivery window. */
  | 'WINDOW';

/** A division of the administrative tree, owned by the identity subgraph. */
export type Division = {
  __typename?: 'Division';
  /** Division code of 2, 4, 6, 9 or 12 digits. */
  code: Scalars['String']['output'];
};

/** An evaluation of a closed case. */
export type EvaluateCaseInput = {
  /** Case id. */
  caseId: Scalars['ID']['input'];
  /** Free comment of at most 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Client-generated key of 8 to 100 characters; a retry with the same key returns the first evaluation. */
  idempotencyKey: Scalars['String']['input'];
  /** Level chosen. */
  level: EvaluationLevel;
  /** Reasons chosen, at most 10 of at most 50 characters each. */
  reasons?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An applicant's evaluation (好差评) of a closed case. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** Staff member who accepted the case; null when it was never accepted. */
  acceptedBy?: Maybe<User>;
  /** Agent who rated the case for the legal person applicant; null when the applicant did. */
  agent?: Maybe<User>;
  /** Case rated. */
  case: Case;
  /** Number of the case. */
  caseNumber: Scalars['String']['output'];
  /** Free comment; null when none. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the evaluation was given. */
  createdAt: Scalars['String']['output'];
  /** Department that handled the case. */
  departmentCode: Scalars['String']['output'];
  /** Division where the case was handled. */
  divisionCode: Scalars['String']['output'];
  /** Hall where the case was accepted; null when not accepted in a hall. */
  hall?: Maybe<Hall>;
  /** Evaluation id. */
  id: Scalars['ID']['output'];
  /** Item of the case. */
  item: Item;
  /** Item name. */
  itemName: Scalars['String']['output'];
  /** Level chosen. */
  level: EvaluationLevel;
  /** Reasons chosen. */
  reasons: Array<Scalars['String']['output']>;
  /** Rectification task opened by a poor rating; null for other ratings. */
  rectification?: Maybe<RectificationTask>;
  /** Numeric level: 5 very satisfied down to 1 very dissatisfied. */
  score: Scalars['Int']['output'];
  /** Id of the hall window that served the case, such as hall-500238/1: the one window of the accepting hall assigned to the accepting staff member when the case was rated; null outside halls or when no single window is assigned. */
  windowId?: Maybe<Scalars['ID']['output']>;
};

/** The five national evaluation levels of the 好差评 system. */
export type EvaluationLevel =
  /** 基本满意, level 3. */
  | 'BASICALLY_SATISFIED'
  /** 不满意, level 2. */
  | 'DISSATISFIED'
  /** 满意, level 4. */
  | 'SATISFIED'
  /** 非常不满意, level 1. */
  | 'VERY_DISSATISFIED'
  /** 非常满意, level 5. */
  | 'VERY_SATISFIED';

/** State of a rectification task or an inquiry. */
export type FollowUpStatus =
  /** Closed by the department. */
  | 'DONE'
  /** Waiting for the department. */
  | 'OPEN';

/**
 * A government-service hall (政务服务中心) or service point (便民服务中心/站)
 * where people apply in person. Hall data is public information.
 */
export type Hall = {
  __typename?: 'Hall';
  /** Hall id, `hall-` followed by the division code of the hall, such as hall-500238100205. */
  id: Scalars['ID']['output'];
};

/** A handling step of an item's workflow. ACCEPTANCE, DECISION and COMPLETION are always present; LICENCE is present exactly when the item issues a licence. */
export type HandlingStep =
  /** 受理: accept, decline, or issue one correction notice. */
  | 'ACCEPTANCE'
  /** 收费: waits for the item's fees to be paid. */
  | 'CHARGING'
  /** 办结: the case is closed. */
  | 'COMPLETION'
  /** 决定: approve or reject. */
  | 'DECISION'
  /** 送达: the result is delivered to the applicant. */
  | 'DELIVERY'
  /** 制证: the electronic licence is made by the licences subgraph. */
  | 'LICENCE'
  /** 审查: a reviewer examines the accepted case before the decision. */
  | 'REVIEW';

/** Where an item's accepted cases are examined and decided. */
export type HandlingSystem =
  /** In the department's own system, which receives accepted cases and reports process and result back. */
  | 'DEPARTMENT_SYSTEM'
  /** In the platform, by its reviewers and approvers. */
  | 'PLATFORM';

/** A consultation, complaint or suggestion, routed to a department. */
export type Inquiry = {
  __typename?: 'Inquiry';
  /** Agent who submitted the inquiry for the legal person; null when the submitter did. */
  agent?: Maybe<User>;
  /** Answer; null while open. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When it was answered; null while open. */
  answeredAt?: Maybe<Scalars['String']['output']>;
  /** Case concerned; null when none. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** Text submitted. */
  content: Scalars['String']['output'];
  /** When it was submitted. */
  createdAt: Scalars['String']['output'];
  /** Answer deadline in working days after submission. */
  deadline: Deadline;
  /** Department the inquiry is routed to. */
  departmentCode: Scalars['String']['output'];
  /** Division the inquiry is routed to. */
  divisionCode: Scalars['String']['output'];
  /** Inquiry id. */
  id: Scalars['ID']['output'];
  /** Item concerned; null when none. */
  item?: Maybe<Item>;
  /** Kind. */
  kind: InquiryKind;
  /** True when unanswered after the deadline. */
  overdue: Scalars['Boolean']['output'];
  /** Open or answered. */
  status: FollowUpStatus;
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** Submitter; the name is masked for viewers other than the submitter and handling staff. */
  submitterName: Scalars['String']['output'];
};

/** Kind of inquiry. */
export type InquiryKind =
  /** 投诉 complaint. */
  | 'COMPLAINT'
  /** 咨询 consultation. */
  | 'CONSULTATION'
  /** 建议 suggestion. */
  | 'SUGGESTION';

/** A document generated by a handling step and stored as a PDF file. */
export type IssuedDocument = {
  __typename?: 'IssuedDocument';
  /** File name. */
  fileName: Scalars['String']['output'];
  /** File id, for caseDocument. */
  id: Scalars['ID']['output'];
  /** When the document was issued. */
  issuedAt: Scalars['String']['output'];
  /** Kind of document. */
  kind: IssuedDocumentKind;
  /** SHA-256 of the PDF, hexadecimal. */
  sha256: Scalars['String']['output'];
};

/** The content of an issued document. */
export type IssuedDocumentContent = {
  __typename?: 'IssuedDocumentContent';
  /** PDF content in base64. */
  contentBase64: Scalars['String']['output'];
  /** File name. */
  fileName: Scalars['String']['output'];
  /** File id. */
  id: Scalars['ID']['output'];
  /** Always application/pdf. */
  mimeType: Scalars['String']['output'];
};

/** Kind of document issued to the applicant. */
export type IssuedDocumentKind =
  /** 受理通知书 */
  | 'ACCEPTANCE_NOTICE'
  /** 准予许可决定书 */
  | 'APPROVAL_DECISION'
  /** 补正告知书 */
  | 'CORRECTION_NOTICE'
  /** 不予受理决定书 */
  | 'NOT_ACCEPTED_DECISION'
  /** 不予许可决定书 */
  | 'REJECTION_DECISION';

/**
 * A government-service item (政务服务事项) as implemented by one department: the
 * catalogue entry a citizen applies for. The id is the implementation code.
 */
export type Item = {
  __typename?: 'Item';
  /** Implementation code: the implementing department's credit code followed by 13 characters. */
  id: Scalars['ID']['output'];
};

/** Handling configuration of one item, kept by the cases subgraph. */
export type ItemWorkflow = {
  __typename?: 'ItemWorkflow';
  /** Role that decides the item's cases; APPROVER unless configured. */
  decisionRole: DecisionRole;
  /** Departmental system that receives accepted cases when handledBy is DEPARTMENT_SYSTEM, such as mz-wx-jzxt; null otherwise. */
  departmentSystemId?: Maybe<Scalars['ID']['output']>;
  /** Where accepted cases are examined and decided. */
  handledBy: HandlingSystem;
  /** Whether this is the default configuration because none was saved for the item. */
  isDefault: Scalars['Boolean']['output'];
  /** Implementation code of the item. */
  itemId: Scalars['ID']['output'];
  /** Steps in handling order. */
  steps: Array<HandlingStep>;
  /** Version for optimistic concurrency; 0 for the default configuration. */
  version: Scalars['Int']['output'];
};

/** Input of configureItemWorkflow. */
export type ItemWorkflowInput = {
  /** Role that decides the item's cases; APPROVER when omitted. */
  decisionRole?: InputMaybe<DecisionRole>;
  /** Departmental system of the item's department, required when handledBy is DEPARTMENT_SYSTEM. */
  departmentSystemId?: InputMaybe<Scalars['ID']['input']>;
  /** Where accepted cases are examined and decided. */
  handledBy: HandlingSystem;
  /** Implementation code of the item. */
  itemId: Scalars['ID']['input'];
  /** Steps in handling order: a subsequence of ACCEPTANCE, REVIEW, DECISION, CHARGING, LICENCE, DELIVERY, COMPLETION with ACCEPTANCE, DECISION and COMPLETION, and LICENCE exactly when the item issues a licence. */
  steps: Array<HandlingStep>;
  /** Version read before editing; 0 when no configuration was saved yet. A stale version fails with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A count under one key. */
export type KeyedCount = {
  __typename?: 'KeyedCount';
  /** Number of cases. */
  count: Scalars['Int']['output'];
  /** Status, department code or division code. */
  key: Scalars['String']['output'];
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
  /** Stable error code of the last failed call, such as NO_CURRENT_LICENCE or MISSING_FACE_ELEMENTS; it contains no personal data, so the applicant sees it too. */
  lastErrorCode?: Maybe<Scalars['String']['output']>;
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

/** A postal address. */
export type MailAddress = {
  __typename?: 'MailAddress';
  /** Division code of the address. */
  divisionCode: Scalars['String']['output'];
  /** Recipient mobile number. */
  mobile: Scalars['String']['output'];
  /** Recipient name. */
  recipient: Scalars['String']['output'];
  /** Street address. */
  street: Scalars['String']['output'];
};

/** A postal address for mailed results. */
export type MailAddressInput = {
  /** Division code of the address: 6, 9 or 12 digits. */
  divisionCode: Scalars['String']['input'];
  /** Recipient mobile number. */
  mobile: Scalars['String']['input'];
  /** Recipient name, 1 to 50 characters. */
  recipient: Scalars['String']['input'];
  /** Street address, 5 to 200 characters. */
  street: Scalars['String']['input'];
};

/** A material attached to an application. */
export type MaterialInput = {
  /** Material code from the item's material list. */
  code: Scalars['String']['input'];
  /** The applicant's consent to fetch the licence from the licences subgraph; required with licenceId. */
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Id of a file uploaded by the applicant or by the filing clerk; omit when licenceId is given. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the applicant's electronic licence that replaces an upload (免提交); the material must name that licence type, and consent must be true. */
  licenceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of reconciliation difference. */
export type MismatchKind =
  /** On both, with different amounts. */
  | 'AMOUNT_MISMATCH'
  /** Recorded by the platform, but not on the provider's statement. */
  | 'MISSING_AT_PROVIDER'
  /** On the provider's statement, but the platform has no matching payment or refund. */
  | 'MISSING_ON_PLATFORM';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a submitted case (clerk or window staff within jurisdiction); `version`, when given, must match the case's current version. */
  acceptCase: Case;
  /** Answers an inquiry routed to the viewer's department and division. */
  answerInquiry: Inquiry;
  /** Approves an accepted case (approver within jurisdiction, or reviewer when the case's decisionRole is REVIEWER) and issues its licence when the item has one. */
  approveCase: Case;
  /** Records the applicant's mail choice for a case; choosing again replaces it while no shipment exists. */
  chooseDelivery: DeliveryChoice;
  /** Saves the handling steps of an item (item administrators of its department, administrators); cases keep the steps they were submitted with. */
  configureItemWorkflow: ItemWorkflow;
  /** Sets supervision rules of a division in the viewer's subtree (supervisors and administrators). */
  configureSupervisionRules: SupervisionRules;
  /** Creates a shipment through the courier adapter: one per case and direction, except that results are mailed again once the courier reports the last results shipment as EXCEPTION and they were not handed over at the window. */
  createShipment: Shipment;
  /** Records delivery of the result (window staff and clerks within jurisdiction); the case then completes. Results chosen by mail are recorded by the courier's delivery; only after the courier reports the results shipment as EXCEPTION may they be handed over with method WINDOW. */
  deliverCase: Case;
  /** Rates a closed case; only its applicant, once. */
  evaluateCase: Evaluation;
  /** Sends a supervision order to a department (supervisors within their subtree). */
  issueSupervisionOrder: SupervisionOrder;
  /** Declines to accept a submitted case, with a reason (clerk or window staff within jurisdiction). */
  notAcceptCase: Case;
  /** Opens the payment order of an accepted or approved case from its item's fee items (staff who handle the case). */
  openPaymentOrder: PaymentOrder;
  /** Reconciles one Asia/Shanghai day (YYYY-MM-DD) against the provider's statement file and stores the result; running it again replaces the result. */
  reconcilePayments: Reconciliation;
  /** Asks the provider for the order's state and applies it, for a callback that never arrived (applicant or handling staff). */
  refreshPaymentOrder: PaymentOrder;
  /** Asks the courier for new tracking events of a shipment (applicant or hall staff). */
  refreshShipmentTracking: Shipment;
  /** Refunds part or all of a paid order (approvers of the case's department, and administrators). */
  refundPayment: PaymentOrder;
  /** Refuses an accepted case, with a reason (approver within jurisdiction, or reviewer when the case's decisionRole is REVIEWER). */
  rejectCase: Case;
  /** Replies to a supervision order sent to the viewer's department (reviewers, approvers and licence officers within jurisdiction, administrators). */
  replySupervisionOrder: SupervisionOrder;
  /** Issues the one correction notice (一次性告知补正) of the case's current stage, listing every correction: before acceptance by intake staff, after acceptance by reviewers and approvers, which pauses the time limit. A second notice in the same stage fails with INVALID_STATE. */
  requestCorrection: Case;
  /** Closes a rectification task with a report (staff of the case's department, supervisors). */
  resolveRectification: RectificationTask;
  /** Ends the special procedure of a suspended case; the time limit runs again and the deadline moves by the excluded working days. */
  resumeCase: Case;
  /** Requeues a FAILED licence issuance (licence officer of the case's department, within jurisdiction). */
  retryLicenceIssue: Case;
  /** Records the review (审查) of an accepted case whose item has a REVIEW step (reviewer within jurisdiction). */
  reviewCase: Case;
  /** Starts a payment attempt of the applicant's order on a channel and returns the order with the provider's cashier address. */
  startPayment: PaymentOrder;
  /** Submits an application; the server assigns the case number. An agent acting for a legal person applies for it, and the grant must cover the item (GRANT_OUT_OF_SCOPE, GRANT_EXPIRED, GRANT_REVOKED or GRANT_NOT_FOUND otherwise). */
  submitApplication: Case;
  /** Submits the corrections of the outstanding notice (the applicant, or intake staff for the applicant): replaced materials and changed form fields. The case returns to where it was and the clock runs again. */
  submitCorrection: Case;
  /** Submits a consultation, complaint or suggestion (signed-in applicants). */
  submitInquiry: Inquiry;
  /** Suspends an accepted or reviewed case for a special procedure; the time limit stops (reviewer or approver within jurisdiction). */
  suspendCase: Case;
  /** Transfers an undecided case to a department that implements the same catalogue entry for the case's division (intake staff, reviewers and approvers who may handle the case). The former department keeps read access only. */
  transferCase: Case;
  /** Uploads a material file (JPEG, PNG or PDF, at most 5 MiB) for citizens, legal persons, clerks and window staff; the same content uploaded again by the same user returns the first file. */
  uploadMaterial: StoredFile;
  /** Withdraws an undecided application (the applicant, or an agent whose grant covers the item). */
  withdrawApplication: Case;
};


export type MutationAcceptCaseArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationAnswerInquiryArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationApproveCaseArgs = {
  id: Scalars['ID']['input'];
  opinion?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationChooseDeliveryArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ChooseDeliveryInput;
};


export type MutationConfigureItemWorkflowArgs = {
  input: ItemWorkflowInput;
};


export type MutationConfigureSupervisionRulesArgs = {
  input: SupervisionRulesInput;
};


export type MutationCreateShipmentArgs = {
  input: CreateShipmentInput;
};


export type MutationDeliverCaseArgs = {
  id: Scalars['ID']['input'];
  method: DeliveryMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationEvaluateCaseArgs = {
  input: EvaluateCaseInput;
};


export type MutationIssueSupervisionOrderArgs = {
  input: SupervisionOrderInput;
};


export type MutationNotAcceptCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationOpenPaymentOrderArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationReconcilePaymentsArgs = {
  date: Scalars['String']['input'];
};


export type MutationRefreshPaymentOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationRefreshShipmentTrackingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefundPaymentArgs = {
  amountFen: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationReplySupervisionOrderArgs = {
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRequestCorrectionArgs = {
  corrections: Array<CorrectionItemInput>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationResolveRectificationArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationResumeCaseArgs = {
  id: Scalars['ID']['input'];
  opinion?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRetryLicenceIssueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewCaseArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationStartPaymentArgs = {
  channel: PaymentChannel;
  orderId: Scalars['ID']['input'];
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationSubmitCorrectionArgs = {
  formData?: InputMaybe<Scalars['JSON']['input']>;
  id: Scalars['ID']['input'];
  materials: Array<MaterialInput>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSubmitInquiryArgs = {
  input: SubmitInquiryInput;
};


export type MutationSuspendCaseArgs = {
  id: Scalars['ID']['input'];
  procedure: SpecialProcedure;
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationTransferCaseArgs = {
  departmentCode: Scalars['String']['input'];
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUploadMaterialArgs = {
  input: UploadMaterialInput;
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** State of one cross-domain effect delivered through the case's outbox. */
export type OutboxState = {
  __typename?: 'OutboxState';
  /** Delivery attempts made. */
  attempts: Scalars['Int']['output'];
  /** Error of the last failed attempt; shown to staff only. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Stable error code the receiver gave for the last failed attempt, such as NO_CURRENT_LICENCE; null when it gave none. */
  lastErrorCode?: Maybe<Scalars['String']['output']>;
  /** NONE when the case has no such effect; PENDING while deliveries are tried; DONE once delivered; FAILED when the receiver refused it for good. */
  state: Scalars['String']['output'];
};

/** Where the applicant pays. */
export type PaymentChannel =
  /** Self-service kiosk (自助终端) in a hall. */
  | 'KIOSK'
  /** Mobile phone. */
  | 'MOBILE'
  /** Web browser on a computer. */
  | 'PC';

/** One fee line of a payment order. */
export type PaymentLine = {
  __typename?: 'PaymentLine';
  /** Amount in fen. */
  amountFen: Scalars['Int']['output'];
  /** Legal basis of the fee. */
  basis: Scalars['String']['output'];
  /** Fee name as the item lists it. */
  name: Scalars['String']['output'];
};

/**
 * A payment order (缴费单) of a case: the fees of the case's item, in integer
 * fen, paid through the platform's payment adapter.
 */
export type PaymentOrder = {
  __typename?: 'PaymentOrder';
  /** Agent who started the latest payment attempt for the legal person applicant; null when the applicant did. */
  agent?: Maybe<User>;
  /** Case the order charges for. */
  case: Case;
  /** Number of the case, kept so lists need no case lookup. */
  caseNumber: Scalars['String']['output'];
  /** Channel of the last payment attempt; null before the first attempt. */
  channel?: Maybe<PaymentChannel>;
  /** When the order was opened. */
  createdAt: Scalars['String']['output'];
  /** Fiscal account (财政专户) that the fees are cleared to. */
  fiscalAccount: Scalars['String']['output'];
  /** Payment order id; also the merchant order number sent to the payment provider. */
  id: Scalars['ID']['output'];
  /** Name of the item charged for. */
  itemName: Scalars['String']['output'];
  /** Reason the provider gave for the last failed attempt; null when no attempt failed. */
  lastFailure?: Maybe<Scalars['String']['output']>;
  /** Fee lines from the item's fee items. */
  lines: Array<PaymentLine>;
  /** When the provider confirmed the payment; null before. */
  paidAt?: Maybe<Scalars['String']['output']>;
  /** Address of the provider's cashier page for the last payment attempt; null before the first attempt and once paid. */
  payUrl?: Maybe<Scalars['String']['output']>;
  /** Provider's transaction id once paid; null before. */
  providerTransactionId?: Maybe<Scalars['String']['output']>;
  /** Receipt issued when the payment was confirmed; null before. */
  receipt?: Maybe<PaymentReceipt>;
  /** Amount refunded so far in fen. */
  refundedFen: Scalars['Int']['output'];
  /** Refunds, oldest first. */
  refunds: Array<PaymentRefund>;
  /** Payment state. */
  status: PaymentStatus;
  /** Sum of the lines in fen (0.01 yuan). */
  totalFen: Scalars['Int']['output'];
};

/** Receipt (电子票据) of a paid order. */
export type PaymentReceipt = {
  __typename?: 'PaymentReceipt';
  /** Amount paid in fen. */
  amountFen: Scalars['Int']['output'];
  /** When the receipt was issued. */
  issuedAt: Scalars['String']['output'];
  /** Receipt number, unique on the platform. */
  number: Scalars['String']['output'];
  /** Payer as registered on the case; masked for viewers other than the applicant and handling staff. */
  payerName: Scalars['String']['output'];
};

/** A refund of a paid order. */
export type PaymentRefund = {
  __typename?: 'PaymentRefund';
  /** Amount refunded in fen. */
  amountFen: Scalars['Int']['output'];
  /** When the provider confirmed it; null before. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Refund id, also sent to the provider. */
  id: Scalars['ID']['output'];
  /** Reason given by staff. */
  reason: Scalars['String']['output'];
  /** When the refund was requested. */
  requestedAt: Scalars['String']['output'];
  /** Refund state. */
  status: RefundStatus;
};

/** State of a payment order. */
export type PaymentStatus =
  /** Paid; a receipt was issued. */
  | 'PAID'
  /** Paid, and part of the amount was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Paid, and the whole amount was refunded. */
  | 'REFUNDED'
  /** Waiting for payment; a failed attempt leaves the order here so the applicant can pay again. */
  | 'UNPAID';

/** A case in the public list (办件公示), with personal data masked by fixed rules. */
export type PublicCase = {
  __typename?: 'PublicCase';
  /** When it was accepted; null before. */
  acceptedAt?: Maybe<Scalars['String']['output']>;
  /** ID number. A natural person's shows the first four and last four characters with every character between as *; a legal person's unified social credit code is shown in full; null when none. */
  applicantIdNumber?: Maybe<Scalars['String']['output']>;
  /** Applicant name. A natural person's is masked (the surname followed by one * per further character); a legal person's name is public registry data and shown in full. */
  applicantName: Scalars['String']['output'];
  /** Contact mobile: the first three and last four digits with the four between as *; null when the form has none. */
  applicantPhone?: Maybe<Scalars['String']['output']>;
  /** Case number. */
  caseNumber: Scalars['String']['output'];
  /** When it completed; null before. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** When it was decided; null before. */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Department handling the case. */
  departmentCode: Scalars['String']['output'];
  /** Item applied for. */
  item: Item;
  /** Item name. */
  itemName: Scalars['String']['output'];
  /** English item name; null on cases stored before it was recorded. */
  itemNameEn?: Maybe<Scalars['String']['output']>;
  /** Handling status. */
  status: CaseStatus;
  /** When the application was submitted. */
  submittedAt: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One case, for its applicant and for clerks, window staff, reviewers, approvers, licence officers, hall managers, supervisors, analysts and administrators whose division subtree and department cover it; null when it does not exist, FORBIDDEN for other viewers. An agent reads the legal person's cases of items its grant covers, and gets GRANT_EXPIRED, GRANT_REVOKED or GRANT_NOT_FOUND when its grant no longer holds. */
  case?: Maybe<Case>;
  /** Cases in the order of their last change, after the cursor `after`, with the applicant unmasked; changes younger than 2 seconds wait for a later call. For the data catalogue's feed of the cases.applications dataset, which desensitises the applicant for readers without the right. SYSTEM only. */
  caseChanges: CaseChangePage;
  /** Content of a document issued for a case, for the applicant and for staff who see the applicant's personal data; null when no such document exists. */
  caseDocument?: Maybe<IssuedDocumentContent>;
  /**
   * Public progress of a case by its case number, the last six characters of
   * the applicant's ID-card number or credit code, and the query code printed
   * on the acceptance notice; null when they do not match, with no hint which
   * one differs. At most 20 lookups a minute per client (RATE_LIMITED); 5
   * failures for one case number or 10 from one client within a 30-minute
   * window lock further lookups until it ends (TOO_MANY_ATTEMPTS).
   */
  caseProgress?: Maybe<CaseProgress>;
  /** Case figures of a period and jurisdiction, grouped by item, department, division and month. ANALYST, SUPERVISOR and ADMIN, within their own jurisdiction; counts only, no personal data. */
  caseStatistics: CaseStatistics;
  /** Payments and refunds confirmed from `from` to `to` (YYYY-MM-DD, Asia/Shanghai, both included), by fiscal account, for departments in the viewer's jurisdiction. For supervisors and administrators. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  clearingReport: Array<ClearingLine>;
  /** Inquiries routed to departments in the viewer's jurisdiction, oldest deadline first; `overdueOnly` lists unanswered ones past their deadline. `first` is 1 to 100. */
  departmentInquiries: Array<Inquiry>;
  /** Incoming and outgoing shipments of a hall's mail window, newest first, for its window staff, clerks and hall manager; `first` is 1 to 100. */
  hallShipments: Array<Shipment>;
  /** Handling configuration of an item, the default when none was saved; for staff who handle or administer items. */
  itemWorkflow: ItemWorkflow;
  /** Cases the viewer applied for, newest first; `first` is 1 to 100. An agent acting for a legal person gets the legal person's cases of the items its grant covers. */
  myCases: Array<Case>;
  /** Evaluations the viewer gave, newest first; `first` is 1 to 100. */
  myEvaluations: Array<Evaluation>;
  /** The viewer's consultations, complaints and suggestions, newest first; `first` is 1 to 100. */
  myInquiries: Array<Inquiry>;
  /** Payment orders of the viewer's cases, newest first; `first` is 1 to 100. */
  myPaymentOrders: Array<PaymentOrder>;
  /** Shipments of the viewer's cases, newest first; `first` is 1 to 100. */
  myShipments: Array<Shipment>;
  /** One payment order, for the applicant and for staff who may read its case. */
  paymentOrder?: Maybe<PaymentOrder>;
  /** Public list of accepted cases (办件公示), newest first, with personal data masked; applications never accepted are left out; `before` is the caseNumber of the last case of the previous page. `first` is 1 to 100. */
  publicCases: Array<PublicCase>;
  /** Reconciliation of one day (YYYY-MM-DD); null before it ran. For supervisors and administrators. */
  reconciliation?: Maybe<Reconciliation>;
  /** Rectification tasks in the viewer's jurisdiction, oldest deadline first; `overdueOnly` lists those open after their deadline. `first` is 1 to 100. */
  rectificationTasks: Array<RectificationTask>;
  /** Satisfaction in the viewer's jurisdiction from `from` to `to` (YYYY-MM-DD, both included), grouped as requested. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  satisfaction: Array<SatisfactionLine>;
  /** Handling statistics of staff members within [from, to). SYSTEM service calls only. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  staffCaseStats: Array<StaffCaseStats>;
  /** Cases in the viewer's division subtree for supervisors, analysts and administrators, optionally by time-limit status, oldest first; `first` is 1 to 100. Analysts and supervisors see personal data masked. */
  supervisedCases: Array<Case>;
  /** Supervision orders: supervisors see those in their subtree, department staff those sent to their department in their subtree; newest first; `first` is 1 to 100. */
  supervisionOrders: Array<SupervisionOrder>;
  /** Supervision rules in force for a division within the viewer's subtree (supervisors and administrators). */
  supervisionRules: SupervisionRules;
  /** Real-time counts of the cases in the viewer's division subtree, or a division within it (supervisors, analysts, administrators). */
  supervisionStats: SupervisionStats;
  /** Supervision warnings in the viewer's division subtree, newest first; `first` is 1 to 100. */
  supervisionWarnings: Array<SupervisionWarning>;
  /** Cases that the viewer's department handled before a transfer and may no longer change, in the viewer's division subtree, oldest first; read-only for clerks, window staff, reviewers, approvers and licence officers. `first` is 1 to 100. */
  transferredCases: Array<Case>;
  /** Case figures of a hall's windows within [from, to), one row per window in the order given; at most 200 windows. SYSTEM service calls only. */
  windowCaseStats: Array<WindowCaseStats>;
  /** Cases in the viewer's division subtree and department for clerks, window staff, reviewers, approvers and licence officers, oldest first; `first` is 1 to 100. */
  worklist: Array<Case>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseProgressArgs = {
  caseNumber: Scalars['String']['input'];
  idNumberSuffix: Scalars['String']['input'];
  queryCode: Scalars['String']['input'];
};


export type QueryCaseStatisticsArgs = {
  filter: StatisticsFilter;
};


export type QueryClearingReportArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


export type QueryDepartmentInquiriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<InquiryKind>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<FollowUpStatus>;
};


export type QueryHallShipmentsArgs = {
  direction?: InputMaybe<ShipmentDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hallId: Scalars['ID']['input'];
};


export type QueryItemWorkflowArgs = {
  itemId: Scalars['ID']['input'];
};


export type QueryMyCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyEvaluationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyInquiriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<InquiryKind>;
};


export type QueryMyPaymentOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyShipmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicCasesArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryReconciliationArgs = {
  date: Scalars['String']['input'];
};


export type QueryRectificationTasksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<FollowUpStatus>;
};


export type QuerySatisfactionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  groupBy: SatisfactionGrouping;
  offset?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


export type QueryStaffCaseStatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  staffIds: Array<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QuerySupervisedCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  timeLimitStatus?: InputMaybe<TimeLimitStatus>;
};


export type QuerySupervisionOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SupervisionOrderStatus>;
};


export type QuerySupervisionRulesArgs = {
  divisionCode: Scalars['String']['input'];
};


export type QuerySupervisionStatsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupervisionWarningsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SupervisionWarningKind>;
};


export type QueryTransferredCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWindowCaseStatsArgs = {
  from: Scalars['DateTime']['input'];
  hallId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
  windows: Array<WindowStaffInput>;
};


export type QueryWorklistArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};

/** Result of reconciling (对账) one Asia/Shanghai day against the provider's statement file. */
export type Reconciliation = {
  __typename?: 'Reconciliation';
  /** Day reconciled, YYYY-MM-DD in Asia/Shanghai. */
  date: Scalars['String']['output'];
  /** Every difference found; empty when the day balances. */
  mismatches: Array<ReconciliationMismatch>;
  /** Payments and refunds the platform recorded on that day. */
  platformRecords: Scalars['Int']['output'];
  /** When the reconciliation ran. */
  ranAt: Scalars['String']['output'];
  /** Lines of the provider's statement. */
  statementLines: Scalars['Int']['output'];
};

/** One difference between the platform's records and the provider's statement. */
export type ReconciliationMismatch = {
  __typename?: 'ReconciliationMismatch';
  /** Kind of difference. */
  kind: MismatchKind;
  /** Payment order id (merchant order number). */
  orderId: Scalars['ID']['output'];
  /** Amount in fen the platform recorded; null when it recorded none. */
  platformFen?: Maybe<Scalars['Int']['output']>;
  /** Amount in fen on the provider's statement; null when the statement has none. */
  providerFen?: Maybe<Scalars['Int']['output']>;
  /** Refund id when the difference is about a refund; null for payments. */
  refundId?: Maybe<Scalars['ID']['output']>;
};

/** A rectification task (整改) opened by a dissatisfied or very dissatisfied rating. */
export type RectificationTask = {
  __typename?: 'RectificationTask';
  /** Case concerned. */
  caseNumber: Scalars['String']['output'];
  /** Deadline in working days after the rating. */
  deadline: Deadline;
  /** Department that must rectify. */
  departmentCode: Scalars['String']['output'];
  /** Division of the case. */
  divisionCode: Scalars['String']['output'];
  /** Evaluation that opened it. */
  evaluationId: Scalars['ID']['output'];
  /** Task id. */
  id: Scalars['ID']['output'];
  /** True when open after the deadline. */
  overdue: Scalars['Boolean']['output'];
  /** Report of what was rectified; null while open. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When the task was closed; null while open. */
  resolvedAt?: Maybe<Scalars['String']['output']>;
  /** Open or done. */
  status: FollowUpStatus;
};

/** State of a refund. */
export type RefundStatus =
  /** Rejected by the provider. */
  | 'FAILED'
  /** Sent to the provider and not yet confirmed. */
  | 'PENDING'
  /** Confirmed by the provider. */
  | 'SUCCEEDED';

/** How satisfaction statistics are grouped. */
export type SatisfactionGrouping =
  /** By department. */
  | 'DEPARTMENT'
  /** By hall. */
  | 'HALL'
  /** By item. */
  | 'ITEM'
  /** By the hall window that served the case (Evaluation.windowId); evaluations without a window are grouped under the key none. */
  | 'WINDOW';

/** Satisfaction of one group of evaluations. */
export type SatisfactionLine = {
  __typename?: 'SatisfactionLine';
  /** Mean score from 1 to 5. */
  averageScore: Scalars['Float']['output'];
  /** Evaluations rated 不满意 or 非常不满意. */
  dissatisfied: Scalars['Int']['output'];
  /** Evaluations in the group. */
  evaluations: Scalars['Int']['output'];
  /** Group key: window id, department code, item id or hall id, by the grouping requested; `none` for evaluations without one. */
  key: Scalars['String']['output'];
  /** satisfied divided by evaluations, from 0 to 1. */
  satisfactionRate: Scalars['Float']['output'];
  /** Evaluations rated 非常满意 or 满意. */
  satisfied: Scalars['Int']['output'];
};

/** A shipment (邮件) of a case's materials or results through the courier adapter. */
export type Shipment = {
  __typename?: 'Shipment';
  /** Agent who mailed the materials for the legal person applicant; null when the applicant or hall staff created the shipment. */
  agent?: Maybe<User>;
  /** Case shipped for. */
  case: Case;
  /** Number of the case. */
  caseNumber: Scalars['String']['output'];
  /** When the shipment was created. */
  createdAt: Scalars['String']['output'];
  /** Materials to the hall, or results to the applicant. */
  direction: ShipmentDirection;
  /** Hall whose mail window sends or receives the shipment. */
  hall: Hall;
  /** Shipment id. */
  id: Scalars['ID']['output'];
  /** Latest tracking state. */
  status: ShipmentStatus;
  /** Tracking events, oldest first. */
  tracking: Array<TrackingEvent>;
  /** Courier's waybill number; null until the courier accepted the order. */
  waybillNumber?: Maybe<Scalars['String']['output']>;
};

/** Direction of a shipment. */
export type ShipmentDirection =
  /** Application materials from the applicant to the hall. */
  | 'MATERIALS_TO_HALL'
  /** Results, such as a licence, from the hall to the applicant. */
  | 'RESULTS_TO_APPLICANT';

/** Tracking state of a shipment. */
export type ShipmentStatus =
  /** Ordered from the courier; not picked up yet. */
  | 'CREATED'
  /** Delivered and signed for. */
  | 'DELIVERED'
  /** The courier could not deliver it. */
  | 'EXCEPTION'
  /** On its way. */
  | 'IN_TRANSIT'
  /** Out for delivery. */
  | 'OUT_FOR_DELIVERY'
  /** Picked up by the courier. */
  | 'PICKED_UP';

/** Special procedure (特别程序) during which a case's time limit does not run. */
export type SpecialProcedure =
  /** 鉴定 appraisal */
  | 'APPRAISAL'
  /** 专家评审 expert review */
  | 'EXPERT_REVIEW'
  /** 听证 hearing */
  | 'HEARING'
  /** 检验、检测、检疫 inspection, testing or quarantine */
  | 'INSPECTION'
  /** 现场核查 on-site check */
  | 'ON_SITE_CHECK'
  /** 招标、拍卖 tender or auction */
  | 'TENDER_OR_AUCTION';

/** Handling statistics of one staff member for hall performance reports. */
export type StaffCaseStats = {
  __typename?: 'StaffCaseStats';
  /** Mean level of those evaluations from 1 (very dissatisfied) to 5 (very satisfied); null when there are none. */
  averageLevel?: Maybe<Scalars['Float']['output']>;
  /** Cases on which the staff member recorded a handling step (any history entry other than SUBMITTED) within the period. */
  casesHandled: Scalars['Int']['output'];
  /** Evaluations given within the period of cases the staff member accepted. */
  evaluations: Scalars['Int']['output'];
  /** Of those, the ones rated 满意 or 非常满意. */
  satisfied: Scalars['Int']['output'];
  /** Staff user id. */
  staffId: Scalars['ID']['output'];
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

/** A consultation, complaint or suggestion. */
export type SubmitInquiryInput = {
  /** Case concerned; must be the submitter's own case, and its department and division receive the inquiry. One of caseId, itemId and departmentCode is required. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Text of 1 to 2000 characters. */
  content: Scalars['String']['input'];
  /** Department to route to when neither an item nor a case is given. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Division to route to: 6, 9 or 12 digits under Chongqing (50). Required when no case is given; ignored when caseId is given, because the case's division receives the inquiry. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Client-generated key of 8 to 100 characters; a retry with the same key returns the first inquiry. */
  idempotencyKey: Scalars['String']['input'];
  /** Item concerned; its department receives the inquiry when no case is given. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind: InquiryKind;
  /** Subject of 1 to 100 characters. */
  subject: Scalars['String']['input'];
};

/** A supervision order (督查督办) sent to a department. */
export type SupervisionOrder = {
  __typename?: 'SupervisionOrder';
  /** Case concerned; null for an order about the department's handling in general. */
  case?: Maybe<Case>;
  /** What the department must look into. */
  content: Scalars['String']['output'];
  /** Department that must reply. */
  departmentCode: Scalars['String']['output'];
  /** Division the order concerns. */
  divisionCode: Scalars['String']['output'];
  /** Order id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['String']['output'];
  /** Supervisor who issued it. */
  issuedBy: Scalars['ID']['output'];
  /** Name of the supervisor who issued it. */
  issuedByName: Scalars['String']['output'];
  /** Whether the reply is missing after the reply deadline, or came after it. */
  overdue: Scalars['Boolean']['output'];
  /** When the reply came; null while open. */
  repliedAt?: Maybe<Scalars['String']['output']>;
  /** Who replied; null while open. */
  repliedBy?: Maybe<Scalars['ID']['output']>;
  /** The department's reply; null while open. */
  reply?: Maybe<Scalars['String']['output']>;
  /** Reply deadline as an ISO date in Asia/Shanghai, in working days after issue. */
  replyDueDate: Scalars['String']['output'];
  /** Status. */
  status: SupervisionOrderStatus;
  /** Version for optimistic concurrency. */
  version: Scalars['Int']['output'];
};

/** Input of issueSupervisionOrder. */
export type SupervisionOrderInput = {
  /** Case concerned; its department and division are used. Omit to address a department directly. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** What the department must look into, 1 to 500 characters. */
  content: Scalars['String']['input'];
  /** Department that must reply; required without caseId. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Division concerned, within the supervisor's subtree; required without caseId. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Client-generated key of 8 to 100 characters; a retry returns the first order. */
  idempotencyKey: Scalars['String']['input'];
  /** Working days the department has to reply, 1 to 30. */
  replyWithinWorkingDays: Scalars['Int']['input'];
};

/** Status of a supervision order. */
export type SupervisionOrderStatus =
  /** Sent; waiting for the department's reply. */
  | 'OPEN'
  /** Replied by the department. */
  | 'REPLIED';

/** A supervision rule set of a division subtree; the nearest ancestor's set applies to a case. */
export type SupervisionRules = {
  __typename?: 'SupervisionRules';
  /** Whether a charge outside the item's fee list raises a warning. */
  checkCharges: Scalars['Boolean']['output'];
  /** Whether handling by someone without the step's role raises a warning. */
  checkHandlerRoles: Scalars['Boolean']['output'];
  /** Whether a step written without a configured earlier one (such as a decision without review) raises a warning; a platform transition that would skip one is rejected either way. */
  checkSkippedSteps: Scalars['Boolean']['output'];
  /** Division code the rules apply to, with its subtree. */
  divisionCode: Scalars['String']['output'];
  /** Whether the default rules apply because none were saved for the division or its ancestors. */
  isDefault: Scalars['Boolean']['output'];
  /** Version for optimistic concurrency; 0 for the default rules. */
  version: Scalars['Int']['output'];
  /** Working days left at or below which an open case is in WARNING, 0 to 20. */
  warningWorkingDays: Scalars['Int']['output'];
};

/** Input of configureSupervisionRules. */
export type SupervisionRulesInput = {
  /** Raise a warning for charges outside the fee list. */
  checkCharges: Scalars['Boolean']['input'];
  /** Raise a warning for handling by someone without the role. */
  checkHandlerRoles: Scalars['Boolean']['input'];
  /** Raise a warning for skipped steps. */
  checkSkippedSteps: Scalars['Boolean']['input'];
  /** Division code within the supervisor's subtree. */
  divisionCode: Scalars['String']['input'];
  /** Version read before editing; 0 when the division has no saved rules. */
  version: Scalars['Int']['input'];
  /** Working days left at or below which an open case is in WARNING, 0 to 20. */
  warningWorkingDays: Scalars['Int']['input'];
};

/** Real-time case counts of a division subtree. */
export type SupervisionStats = {
  __typename?: 'SupervisionStats';
  /** By department code. */
  byDepartment: Array<KeyedCount>;
  /** By county (6-digit division code). */
  byDivision: Array<KeyedCount>;
  /** By handling status. */
  byStatus: Array<KeyedCount>;
  /** Division subtree counted. */
  divisionCode: Scalars['String']['output'];
  /** Open cases whose clock runs with time left above the threshold. */
  normal: Scalars['Int']['output'];
  /** Open cases past the promised deadline. */
  overdue: Scalars['Int']['output'];
  /** Open cases with the clock paused. */
  paused: Scalars['Int']['output'];
  /** Every case. */
  total: Scalars['Int']['output'];
  /** Open cases in the warning period. */
  warning: Scalars['Int']['output'];
};

/** A warning raised by electronic supervision (电子监察). */
export type SupervisionWarning = {
  __typename?: 'SupervisionWarning';
  /** The case concerned. */
  case: Case;
  /** Case number. */
  caseNumber: Scalars['String']['output'];
  /** Department handling the case. */
  departmentCode: Scalars['String']['output'];
  /** What was found. */
  detail: Scalars['String']['output'];
  /** Division where the case is handled. */
  divisionCode: Scalars['String']['output'];
  /** Warning id. */
  id: Scalars['ID']['output'];
  /** Kind of warning. */
  kind: SupervisionWarningKind;
  /** When it was raised. */
  raisedAt: Scalars['String']['output'];
};

/** Kind of supervision warning. */
export type SupervisionWarningKind =
  /** A charge outside the item's fee list. */
  | 'CHARGE_OUTSIDE_FEE_LIST'
  /** The case passed its promised deadline while open. */
  | 'OVERDUE'
  /** A result was reported without a configured step. */
  | 'SKIPPED_STEP'
  /** The case entered the warning period of its time limit. */
  | 'TIME_LIMIT_WARNING'
  /** A step was handled by someone without its role. */
  | 'UNAUTHORIZED_HANDLER';

/** A period in which the time limit did not run. */
export type TimeLimitPause = {
  __typename?: 'TimeLimitPause';
  /** Working days excluded from the limit: those after the day the pause began up to and including the day it ended; null while open. */
  excludedWorkingDays?: Maybe<Scalars['Int']['output']>;
  /** When the pause began. */
  from: Scalars['String']['output'];
  /** Special procedure of a suspension; null for a correction. */
  procedure?: Maybe<SpecialProcedure>;
  /** Why: CORRECTION or SUSPENSION. */
  reason: Scalars['String']['output'];
  /** When it ended; null while the case is paused. */
  to?: Maybe<Scalars['String']['output']>;
};

/** Time-limit status of a case. */
export type TimeLimitStatus =
  /** Decided after the promised deadline. */
  | 'LATE'
  /** Open, with more working days left than the warning threshold of the supervision rules (2 by default). */
  | 'NORMAL'
  /** Not accepted yet, so no time limit runs. */
  | 'NOT_STARTED'
  /** Decided on or before the promised deadline. */
  | 'ON_TIME'
  /** Open after the promised deadline. */
  | 'OVERDUE'
  /** Open, with the clock stopped for a correction or a special procedure. */
  | 'PAUSED'
  /** Open, with as many working days left as the warning threshold or fewer. */
  | 'WARNING';

/** A tracking event reported by the courier. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  /** When it happened, as the courier reports it. */
  at: Scalars['String']['output'];
  /** Courier's description, such as the depot reached. */
  description: Scalars['String']['output'];
  /** State after the event. */
  status: ShipmentStatus;
};

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

/** Case figures of one hall window over a period. */
export type WindowCaseStats = {
  __typename?: 'WindowCaseStats';
  /** Mean level of those evaluations from 1 (very dissatisfied) to 5 (very satisfied); null when there are none. */
  averageLevel?: Maybe<Scalars['Float']['output']>;
  /** Cases of the hall accepted within the period by a staff member assigned to the window; a case accepted by someone assigned to several windows counts for each of them. */
  casesHandled: Scalars['Int']['output'];
  /** Evaluations given within the period that record this window (Evaluation.windowId). */
  evaluations: Scalars['Int']['output'];
  /** Of those, the ones rated 满意 or 非常满意. */
  satisfied: Scalars['Int']['output'];
  /** Window id, as given. */
  windowId: Scalars['ID']['output'];
};

/** A hall window and the staff members assigned to it. */
export type WindowStaffInput = {
  /** User ids of the staff members assigned to the window; at most 100. */
  staffIds: Array<Scalars['ID']['input']>;
  /** Window id, such as hall-500238/1. */
  windowId: Scalars['ID']['input'];
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
  CaseChange: ResolverTypeWrapper<CaseChange>;
  CaseChangePage: ResolverTypeWrapper<CaseChangePage>;
  CaseEvent: ResolverTypeWrapper<CaseEvent>;
  CaseFigures: ResolverTypeWrapper<CaseFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CaseMaterial: ResolverTypeWrapper<Omit<CaseMaterial, 'licence'> & { licence?: Maybe<ResolversTypes['Licence']> }>;
  CaseProgress: ResolverTypeWrapper<CaseProgress>;
  CaseProgressStep: ResolverTypeWrapper<CaseProgressStep>;
  CaseStatistics: ResolverTypeWrapper<CaseStatisticsParent>;
  CaseStatus: CaseStatus;
  ChooseDeliveryInput: ChooseDeliveryInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClearingLine: ResolverTypeWrapper<ClearingLine>;
  CorrectionItem: ResolverTypeWrapper<CorrectionItem>;
  CorrectionItemInput: CorrectionItemInput;
  CorrectionNotice: ResolverTypeWrapper<CorrectionNotice>;
  CreateShipmentInput: CreateShipmentInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  DecisionRole: DecisionRole;
  DeliveryChoice: ResolverTypeWrapper<DeliveryChoiceDocument>;
  DeliveryMethod: DeliveryMethod;
  Division: ResolverTypeWrapper<Division>;
  EvaluateCaseInput: EvaluateCaseInput;
  Evaluation: ResolverTypeWrapper<EvaluationDocument>;
  EvaluationLevel: EvaluationLevel;
  FollowUpStatus: FollowUpStatus;
  Hall: ResolverTypeWrapper<Hall>;
  HandlingStep: HandlingStep;
  HandlingSystem: HandlingSystem;
  Inquiry: ResolverTypeWrapper<InquiryDocument>;
  InquiryKind: InquiryKind;
  IssuedDocument: ResolverTypeWrapper<IssuedDocument>;
  IssuedDocumentContent: ResolverTypeWrapper<IssuedDocumentContent>;
  IssuedDocumentKind: IssuedDocumentKind;
  Item: ResolverTypeWrapper<Item>;
  ItemWorkflow: ResolverTypeWrapper<ItemWorkflow>;
  ItemWorkflowInput: ItemWorkflowInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyedCount: ResolverTypeWrapper<KeyedCount>;
  LegalPerson: ResolverTypeWrapper<LegalPerson>;
  Licence: ResolverTypeWrapper<{ id: string; identifier?: string }>;
  LicenceIssue: ResolverTypeWrapper<LicenceIssue>;
  LicenceIssueState: LicenceIssueState;
  MailAddress: ResolverTypeWrapper<MailAddress>;
  MailAddressInput: MailAddressInput;
  MaterialInput: MaterialInput;
  MismatchKind: MismatchKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OutboxState: ResolverTypeWrapper<OutboxState>;
  PaymentChannel: PaymentChannel;
  PaymentLine: ResolverTypeWrapper<PaymentLine>;
  PaymentOrder: ResolverTypeWrapper<PaymentOrderDocument>;
  PaymentReceipt: ResolverTypeWrapper<PaymentReceipt>;
  PaymentRefund: ResolverTypeWrapper<PaymentRefund>;
  PaymentStatus: PaymentStatus;
  PublicCase: ResolverTypeWrapper<CaseDocument>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reconciliation: ResolverTypeWrapper<ReconciliationDocument>;
  ReconciliationMismatch: ResolverTypeWrapper<ReconciliationMismatch>;
  RectificationTask: ResolverTypeWrapper<RectificationDocument>;
  RefundStatus: RefundStatus;
  SatisfactionGrouping: SatisfactionGrouping;
  SatisfactionLine: ResolverTypeWrapper<SatisfactionLine>;
  Shipment: ResolverTypeWrapper<ShipmentDocument>;
  ShipmentDirection: ShipmentDirection;
  ShipmentStatus: ShipmentStatus;
  SpecialProcedure: SpecialProcedure;
  StaffCaseStats: ResolverTypeWrapper<StaffCaseStats>;
  StatisticsFilter: StatisticsFilter;
  StoredFile: ResolverTypeWrapper<StoredFileRecord>;
  SubjectType: SubjectType;
  SubmitApplicationInput: SubmitApplicationInput;
  SubmitInquiryInput: SubmitInquiryInput;
  SupervisionOrder: ResolverTypeWrapper<SupervisionOrderDocument>;
  SupervisionOrderInput: SupervisionOrderInput;
  SupervisionOrderStatus: SupervisionOrderStatus;
  SupervisionRules: ResolverTypeWrapper<SupervisionRules>;
  SupervisionRulesInput: SupervisionRulesInput;
  SupervisionStats: ResolverTypeWrapper<SupervisionStats>;
  SupervisionWarning: ResolverTypeWrapper<SupervisionWarningDocument>;
  SupervisionWarningKind: SupervisionWarningKind;
  TimeLimitPause: ResolverTypeWrapper<TimeLimitPause>;
  TimeLimitStatus: TimeLimitStatus;
  TrackingEvent: ResolverTypeWrapper<TrackingEvent>;
  UploadMaterialInput: UploadMaterialInput;
  User: ResolverTypeWrapper<User>;
  WindowCaseStats: ResolverTypeWrapper<WindowCaseStats>;
  WindowStaffInput: WindowStaffInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Case: CaseDocument;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CaseChange: CaseChange;
  CaseChangePage: CaseChangePage;
  CaseEvent: CaseEvent;
  CaseFigures: CaseFigures;
  Float: Scalars['Float']['output'];
  CaseMaterial: Omit<CaseMaterial, 'licence'> & { licence?: Maybe<ResolversParentTypes['Licence']> };
  CaseProgress: CaseProgress;
  CaseProgressStep: CaseProgressStep;
  CaseStatistics: CaseStatisticsParent;
  ChooseDeliveryInput: ChooseDeliveryInput;
  Boolean: Scalars['Boolean']['output'];
  ClearingLine: ClearingLine;
  CorrectionItem: CorrectionItem;
  CorrectionItemInput: CorrectionItemInput;
  CorrectionNotice: CorrectionNotice;
  CreateShipmentInput: CreateShipmentInput;
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  DeliveryChoice: DeliveryChoiceDocument;
  Division: Division;
  EvaluateCaseInput: EvaluateCaseInput;
  Evaluation: EvaluationDocument;
  Hall: Hall;
  Inquiry: InquiryDocument;
  IssuedDocument: IssuedDocument;
  IssuedDocumentContent: IssuedDocumentContent;
  Item: Item;
  ItemWorkflow: ItemWorkflow;
  ItemWorkflowInput: ItemWorkflowInput;
  JSON: Scalars['JSON']['output'];
  KeyedCount: KeyedCount;
  LegalPerson: LegalPerson;
  Licence: { id: string; identifier?: string };
  LicenceIssue: LicenceIssue;
  MailAddress: MailAddress;
  MailAddressInput: MailAddressInput;
  MaterialInput: MaterialInput;
  Mutation: Record<PropertyKey, never>;
  OutboxState: OutboxState;
  PaymentLine: PaymentLine;
  PaymentOrder: PaymentOrderDocument;
  PaymentReceipt: PaymentReceipt;
  PaymentRefund: PaymentRefund;
  PublicCase: CaseDocument;
  Query: Record<PropertyKey, never>;
  Reconciliation: ReconciliationDocument;
  ReconciliationMismatch: ReconciliationMismatch;
  RectificationTask: RectificationDocument;
  SatisfactionLine: SatisfactionLine;
  Shipment: ShipmentDocument;
  StaffCaseStats: StaffCaseStats;
  StatisticsFilter: StatisticsFilter;
  StoredFile: StoredFileRecord;
  SubmitApplicationInput: SubmitApplicationInput;
  SubmitInquiryInput: SubmitInquiryInput;
  SupervisionOrder: SupervisionOrderDocument;
  SupervisionOrderInput: SupervisionOrderInput;
  SupervisionRules: SupervisionRules;
  SupervisionRulesInput: SupervisionRulesInput;
  SupervisionStats: SupervisionStats;
  SupervisionWarning: SupervisionWarningDocument;
  TimeLimitPause: TimeLimitPause;
  TrackingEvent: TrackingEvent;
  UploadMaterialInput: UploadMaterialInput;
  User: User;
  WindowCaseStats: WindowCaseStats;
  WindowStaffInput: WindowStaffInput;
};

export type CaseResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  agentGrantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  applicant?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  applicantIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicantLegalPerson?: Resolver<Maybe<ResolversTypes['LegalPerson']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctionNotices?: Resolver<Array<ResolversTypes['CorrectionNotice']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionRole?: Resolver<ResolversTypes['DecisionRole'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['DeliveryChoice']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<Maybe<ResolversTypes['DeliveryMethod']>, ParentType, ContextType>;
  deliveryWindowRequest?: Resolver<ResolversTypes['OutboxState'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentPush?: Resolver<ResolversTypes['OutboxState'], ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['IssuedDocument']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  formData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType>;
  handledBy?: Resolver<ResolversTypes['HandlingSystem'], ParentType, ContextType>;
  handlingDivisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['Licence']>, ParentType, ContextType>;
  licenceIssue?: Resolver<ResolversTypes['LicenceIssue'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['CaseMaterial']>, ParentType, ContextType>;
  pauses?: Resolver<Array<ResolversTypes['TimeLimitPause']>, ParentType, ContextType>;
  paymentOrder?: Resolver<Maybe<ResolversTypes['PaymentOrder']>, ParentType, ContextType>;
  queryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remainingWorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statutoryDeadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['HandlingStep']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeLimitStatus?: Resolver<ResolversTypes['TimeLimitStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseChangeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseChange'] = ResolversParentTypes['CaseChange']> = {
  applicantIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseChangePageResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseChangePage'] = ResolversParentTypes['CaseChangePage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['CaseChange']>, ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opinion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseFiguresResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseFigures'] = ResolversParentTypes['CaseFigures']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageEvaluationScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageHandlingWorkingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseMaterialResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseMaterial'] = ResolversParentTypes['CaseMaterial']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['Licence']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseProgressResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseProgress'] = ResolversParentTypes['CaseProgress']> = {
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CaseProgressStep']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeLimitStatus?: Resolver<ResolversTypes['TimeLimitStatus'], ParentType, ContextType>;
};

export type CaseProgressStepResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseProgressStep'] = ResolversParentTypes['CaseProgressStep']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseStatisticsResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseStatistics'] = ResolversParentTypes['CaseStatistics']> = {
  byDepartment?: Resolver<Array<ResolversTypes['CaseFigures']>, ParentType, ContextType, RequireFields<CaseStatisticsByDepartmentArgs, 'first'>>;
  byDivision?: Resolver<Array<ResolversTypes['CaseFigures']>, ParentType, ContextType, RequireFields<CaseStatisticsByDivisionArgs, 'first'>>;
  byItem?: Resolver<Array<ResolversTypes['CaseFigures']>, ParentType, ContextType, RequireFields<CaseStatisticsByItemArgs, 'first'>>;
  byMonth?: Resolver<Array<ResolversTypes['CaseFigures']>, ParentType, ContextType, RequireFields<CaseStatisticsByMonthArgs, 'first'>>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['CaseFigures'], ParentType, ContextType>;
};

export type ClearingLineResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ClearingLine'] = ResolversParentTypes['ClearingLine']> = {
  fiscalAccount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectionItemResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CorrectionItem'] = ResolversParentTypes['CorrectionItem']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fieldKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materialCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorrectionNoticeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CorrectionNotice'] = ResolversParentTypes['CorrectionNotice']> = {
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CorrectionItem']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeliveryChoiceResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['DeliveryChoice'] = ResolversParentTypes['DeliveryChoice']> = {
  address?: Resolver<Maybe<ResolversTypes['MailAddress']>, ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  mailMaterials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mailResults?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  acceptedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hall?: Resolver<Maybe<ResolversTypes['Hall']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EvaluationLevel'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rectification?: Resolver<Maybe<ResolversTypes['RectificationTask']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type HallResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Hall'] = ResolversParentTypes['Hall']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type InquiryResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry']> = {
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InquiryKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submitterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IssuedDocumentResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['IssuedDocument'] = ResolversParentTypes['IssuedDocument']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IssuedDocumentKind'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IssuedDocumentContentResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['IssuedDocumentContent'] = ResolversParentTypes['IssuedDocumentContent']> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ItemWorkflowResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ItemWorkflow'] = ResolversParentTypes['ItemWorkflow']> = {
  decisionRole?: Resolver<ResolversTypes['DecisionRole'], ParentType, ContextType>;
  departmentSystemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  handledBy?: Resolver<ResolversTypes['HandlingSystem'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['HandlingStep']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyedCountResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['KeyedCount'] = ResolversParentTypes['KeyedCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

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
  lastErrorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LicenceIssueState'], ParentType, ContextType>;
};

export type MailAddressResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['MailAddress'] = ResolversParentTypes['MailAddress']> = {
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mobile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAcceptCaseArgs, 'id'>>;
  answerInquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationAnswerInquiryArgs, 'answer' | 'id'>>;
  approveCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationApproveCaseArgs, 'id'>>;
  chooseDelivery?: Resolver<ResolversTypes['DeliveryChoice'], ParentType, ContextType, RequireFields<MutationChooseDeliveryArgs, 'idempotencyKey' | 'input'>>;
  configureItemWorkflow?: Resolver<ResolversTypes['ItemWorkflow'], ParentType, ContextType, RequireFields<MutationConfigureItemWorkflowArgs, 'input'>>;
  configureSupervisionRules?: Resolver<ResolversTypes['SupervisionRules'], ParentType, ContextType, RequireFields<MutationConfigureSupervisionRulesArgs, 'input'>>;
  createShipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType, RequireFields<MutationCreateShipmentArgs, 'input'>>;
  deliverCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationDeliverCaseArgs, 'id' | 'method'>>;
  evaluateCase?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationEvaluateCaseArgs, 'input'>>;
  issueSupervisionOrder?: Resolver<ResolversTypes['SupervisionOrder'], ParentType, ContextType, RequireFields<MutationIssueSupervisionOrderArgs, 'input'>>;
  notAcceptCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationNotAcceptCaseArgs, 'id' | 'reason'>>;
  openPaymentOrder?: Resolver<ResolversTypes['PaymentOrder'], ParentType, ContextType, RequireFields<MutationOpenPaymentOrderArgs, 'caseId' | 'idempotencyKey'>>;
  reconcilePayments?: Resolver<ResolversTypes['Reconciliation'], ParentType, ContextType, RequireFields<MutationReconcilePaymentsArgs, 'date'>>;
  refreshPaymentOrder?: Resolver<ResolversTypes['PaymentOrder'], ParentType, ContextType, RequireFields<MutationRefreshPaymentOrderArgs, 'orderId'>>;
  refreshShipmentTracking?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType, RequireFields<MutationRefreshShipmentTrackingArgs, 'id'>>;
  refundPayment?: Resolver<ResolversTypes['PaymentOrder'], ParentType, ContextType, RequireFields<MutationRefundPaymentArgs, 'amountFen' | 'idempotencyKey' | 'orderId' | 'reason'>>;
  rejectCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRejectCaseArgs, 'id' | 'reason'>>;
  replySupervisionOrder?: Resolver<ResolversTypes['SupervisionOrder'], ParentType, ContextType, RequireFields<MutationReplySupervisionOrderArgs, 'id' | 'reply' | 'version'>>;
  requestCorrection?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRequestCorrectionArgs, 'corrections' | 'id'>>;
  resolveRectification?: Resolver<ResolversTypes['RectificationTask'], ParentType, ContextType, RequireFields<MutationResolveRectificationArgs, 'id' | 'resolution'>>;
  resumeCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationResumeCaseArgs, 'id'>>;
  retryLicenceIssue?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRetryLicenceIssueArgs, 'id'>>;
  reviewCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationReviewCaseArgs, 'id' | 'opinion'>>;
  startPayment?: Resolver<ResolversTypes['PaymentOrder'], ParentType, ContextType, RequireFields<MutationStartPaymentArgs, 'channel' | 'orderId'>>;
  submitApplication?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  submitCorrection?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationSubmitCorrectionArgs, 'id' | 'materials'>>;
  submitInquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationSubmitInquiryArgs, 'input'>>;
  suspendCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationSuspendCaseArgs, 'id' | 'procedure' | 'reason'>>;
  transferCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationTransferCaseArgs, 'departmentCode' | 'id' | 'reason'>>;
  uploadMaterial?: Resolver<ResolversTypes['StoredFile'], ParentType, ContextType, RequireFields<MutationUploadMaterialArgs, 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'id' | 'reason'>>;
};

export type OutboxStateResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['OutboxState'] = ResolversParentTypes['OutboxState']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentLineResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PaymentLine'] = ResolversParentTypes['PaymentLine']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentOrderResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PaymentOrder'] = ResolversParentTypes['PaymentOrder']> = {
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['PaymentChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalAccount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastFailure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PaymentLine']>, ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerTransactionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['PaymentReceipt']>, ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['PaymentRefund']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  totalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentReceiptResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PaymentReceipt'] = ResolversParentTypes['PaymentReceipt']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentRefundResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PaymentRefund'] = ResolversParentTypes['PaymentRefund']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
};

export type PublicCaseResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PublicCase'] = ResolversParentTypes['PublicCase']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicantIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  applicantPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseChanges?: Resolver<ResolversTypes['CaseChangePage'], ParentType, ContextType, RequireFields<QueryCaseChangesArgs, 'first'>>;
  caseDocument?: Resolver<Maybe<ResolversTypes['IssuedDocumentContent']>, ParentType, ContextType, RequireFields<QueryCaseDocumentArgs, 'id'>>;
  caseProgress?: Resolver<Maybe<ResolversTypes['CaseProgress']>, ParentType, ContextType, RequireFields<QueryCaseProgressArgs, 'caseNumber' | 'idNumberSuffix' | 'queryCode'>>;
  caseStatistics?: Resolver<ResolversTypes['CaseStatistics'], ParentType, ContextType, RequireFields<QueryCaseStatisticsArgs, 'filter'>>;
  clearingReport?: Resolver<Array<ResolversTypes['ClearingLine']>, ParentType, ContextType, RequireFields<QueryClearingReportArgs, 'first' | 'from' | 'offset' | 'to'>>;
  departmentInquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryDepartmentInquiriesArgs, 'first' | 'overdueOnly'>>;
  hallShipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryHallShipmentsArgs, 'first' | 'hallId'>>;
  itemWorkflow?: Resolver<ResolversTypes['ItemWorkflow'], ParentType, ContextType, RequireFields<QueryItemWorkflowArgs, 'itemId'>>;
  myCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryMyCasesArgs, 'first'>>;
  myEvaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<QueryMyEvaluationsArgs, 'first'>>;
  myInquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryMyInquiriesArgs, 'first'>>;
  myPaymentOrders?: Resolver<Array<ResolversTypes['PaymentOrder']>, ParentType, ContextType, RequireFields<QueryMyPaymentOrdersArgs, 'first'>>;
  myShipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryMyShipmentsArgs, 'first'>>;
  paymentOrder?: Resolver<Maybe<ResolversTypes['PaymentOrder']>, ParentType, ContextType, RequireFields<QueryPaymentOrderArgs, 'id'>>;
  publicCases?: Resolver<Array<ResolversTypes['PublicCase']>, ParentType, ContextType, RequireFields<QueryPublicCasesArgs, 'first'>>;
  reconciliation?: Resolver<Maybe<ResolversTypes['Reconciliation']>, ParentType, ContextType, RequireFields<QueryReconciliationArgs, 'date'>>;
  rectificationTasks?: Resolver<Array<ResolversTypes['RectificationTask']>, ParentType, ContextType, RequireFields<QueryRectificationTasksArgs, 'first' | 'overdueOnly'>>;
  satisfaction?: Resolver<Array<ResolversTypes['SatisfactionLine']>, ParentType, ContextType, RequireFields<QuerySatisfactionArgs, 'first' | 'from' | 'groupBy' | 'offset' | 'to'>>;
  staffCaseStats?: Resolver<Array<ResolversTypes['StaffCaseStats']>, ParentType, ContextType, RequireFields<QueryStaffCaseStatsArgs, 'first' | 'from' | 'offset' | 'staffIds' | 'to'>>;
  supervisedCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QuerySupervisedCasesArgs, 'first'>>;
  supervisionOrders?: Resolver<Array<ResolversTypes['SupervisionOrder']>, ParentType, ContextType, RequireFields<QuerySupervisionOrdersArgs, 'first'>>;
  supervisionRules?: Resolver<ResolversTypes['SupervisionRules'], ParentType, ContextType, RequireFields<QuerySupervisionRulesArgs, 'divisionCode'>>;
  supervisionStats?: Resolver<ResolversTypes['SupervisionStats'], ParentType, ContextType, Partial<QuerySupervisionStatsArgs>>;
  supervisionWarnings?: Resolver<Array<ResolversTypes['SupervisionWarning']>, ParentType, ContextType, RequireFields<QuerySupervisionWarningsArgs, 'first'>>;
  transferredCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryTransferredCasesArgs, 'first'>>;
  windowCaseStats?: Resolver<Array<ResolversTypes['WindowCaseStats']>, ParentType, ContextType, RequireFields<QueryWindowCaseStatsArgs, 'from' | 'hallId' | 'to' | 'windows'>>;
  worklist?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryWorklistArgs, 'first'>>;
};

export type ReconciliationResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Reconciliation'] = ResolversParentTypes['Reconciliation']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mismatches?: Resolver<Array<ResolversTypes['ReconciliationMismatch']>, ParentType, ContextType>;
  platformRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ranAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statementLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReconciliationMismatchResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ReconciliationMismatch'] = ResolversParentTypes['ReconciliationMismatch']> = {
  kind?: Resolver<ResolversTypes['MismatchKind'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  providerFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refundId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type RectificationTaskResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RectificationTask'] = ResolversParentTypes['RectificationTask']> = {
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
};

export type SatisfactionLineResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SatisfactionLine'] = ResolversParentTypes['SatisfactionLine']> = {
  averageScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dissatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  satisfactionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ShipmentDirection'], ParentType, ContextType>;
  hall?: Resolver<ResolversTypes['Hall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  tracking?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  waybillNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StaffCaseStatsResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['StaffCaseStats'] = ResolversParentTypes['StaffCaseStats']> = {
  averageLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  casesHandled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StoredFileResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['StoredFile'] = ResolversParentTypes['StoredFile']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupervisionOrderResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SupervisionOrder'] = ResolversParentTypes['SupervisionOrder']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  repliedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repliedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replyDueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionOrderStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionRulesResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SupervisionRules'] = ResolversParentTypes['SupervisionRules']> = {
  checkCharges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkHandlerRoles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkSkippedSteps?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionStatsResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SupervisionStats'] = ResolversParentTypes['SupervisionStats']> = {
  byDepartment?: Resolver<Array<ResolversTypes['KeyedCount']>, ParentType, ContextType>;
  byDivision?: Resolver<Array<ResolversTypes['KeyedCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['KeyedCount']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionWarningResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SupervisionWarning'] = ResolversParentTypes['SupervisionWarning']> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupervisionWarningKind'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimeLimitPauseResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['TimeLimitPause'] = ResolversParentTypes['TimeLimitPause']> = {
  excludedWorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedure?: Resolver<Maybe<ResolversTypes['SpecialProcedure']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TrackingEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WindowCaseStatsResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['WindowCaseStats'] = ResolversParentTypes['WindowCaseStats']> = {
  averageLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  casesHandled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CasesContext> = {
  Case?: CaseResolvers<ContextType>;
  CaseChange?: CaseChangeResolvers<ContextType>;
  CaseChangePage?: CaseChangePageResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseFigures?: CaseFiguresResolvers<ContextType>;
  CaseMaterial?: CaseMaterialResolvers<ContextType>;
  CaseProgress?: CaseProgressResolvers<ContextType>;
  CaseProgressStep?: CaseProgressStepResolvers<ContextType>;
  CaseStatistics?: CaseStatisticsResolvers<ContextType>;
  ClearingLine?: ClearingLineResolvers<ContextType>;
  CorrectionItem?: CorrectionItemResolvers<ContextType>;
  CorrectionNotice?: CorrectionNoticeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  DeliveryChoice?: DeliveryChoiceResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  Hall?: HallResolvers<ContextType>;
  Inquiry?: InquiryResolvers<ContextType>;
  IssuedDocument?: IssuedDocumentResolvers<ContextType>;
  IssuedDocumentContent?: IssuedDocumentContentResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemWorkflow?: ItemWorkflowResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyedCount?: KeyedCountResolvers<ContextType>;
  LegalPerson?: LegalPersonResolvers<ContextType>;
  Licence?: LicenceResolvers<ContextType>;
  LicenceIssue?: LicenceIssueResolvers<ContextType>;
  MailAddress?: MailAddressResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OutboxState?: OutboxStateResolvers<ContextType>;
  PaymentLine?: PaymentLineResolvers<ContextType>;
  PaymentOrder?: PaymentOrderResolvers<ContextType>;
  PaymentReceipt?: PaymentReceiptResolvers<ContextType>;
  PaymentRefund?: PaymentRefundResolvers<ContextType>;
  PublicCase?: PublicCaseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reconciliation?: ReconciliationResolvers<ContextType>;
  ReconciliationMismatch?: ReconciliationMismatchResolvers<ContextType>;
  RectificationTask?: RectificationTaskResolvers<ContextType>;
  SatisfactionLine?: SatisfactionLineResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  StaffCaseStats?: StaffCaseStatsResolvers<ContextType>;
  StoredFile?: StoredFileResolvers<ContextType>;
  SupervisionOrder?: SupervisionOrderResolvers<ContextType>;
  SupervisionRules?: SupervisionRulesResolvers<ContextType>;
  SupervisionStats?: SupervisionStatsResolvers<ContextType>;
  SupervisionWarning?: SupervisionWarningResolvers<ContextType>;
  TimeLimitPause?: TimeLimitPauseResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WindowCaseStats?: WindowCaseStatsResolvers<ContextType>;
};

