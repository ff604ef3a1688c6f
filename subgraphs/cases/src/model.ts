import { Schema, type Connection } from 'mongoose';

export const CASE_STATUSES = [
  'SUBMITTED',
  'CORRECTION_REQUIRED',
  'ACCEPTED',
  'REVIEWED',
  'SUSPENDED',
  'AWAITING_PAYMENT',
  'APPROVED',
  'AWAITING_DELIVERY',
  'COMPLETED',
  'REJECTED',
  'NOT_ACCEPTED',
  'WITHDRAWN',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const LICENCE_ISSUE_STATES = [
  'NONE',
  'PENDING',
  'ISSUED',
  'FAILED',
] as const;
export type LicenceIssueState = (typeof LICENCE_ISSUE_STATES)[number];

export interface CaseMaterial {
  code: string;
  name: string;
  /** Uploaded file; null when an electronic licence replaces the upload. */
  fileId: string | null;
  fileName: string | null;
  sha256: string | null;
  /** Electronic licence fetched with the applicant's consent (免提交); absent for uploads. */
  licenceId?: string | null;
  licenceIdentifier?: string | null;
}

export const HANDLING_STEPS = [
  'ACCEPTANCE',
  'REVIEW',
  'DECISION',
  'CHARGING',
  'LICENCE',
  'DELIVERY',
  'COMPLETION',
] as const;
export type HandlingStep = (typeof HANDLING_STEPS)[number];

/** A period in which the time limit does not run. */
export interface TimeLimitPause {
  reason: 'CORRECTION' | 'SUSPENSION';
  procedure: string | null;
  from: Date;
  to: Date | null;
  /** Working days after the day of `from` up to and including the day of `to`; null while open. */
  excludedWorkingDays: number | null;
  /** Status the case returns to when the pause ends. */
  resumeStatus: CaseStatus;
}

export interface CorrectionItem {
  materialCode: string | null;
  fieldKey: string | null;
  description: string;
}

export interface CorrectionNotice {
  stage: 'ACCEPTANCE' | 'HANDLING';
  items: CorrectionItem[];
  issuedAt: Date;
  resolvedAt: Date | null;
  /** Status the case returns to when the corrections arrive. */
  returnStatus: CaseStatus;
}

export const DOCUMENT_KINDS = [
  'ACCEPTANCE_NOTICE',
  'CORRECTION_NOTICE',
  'NOT_ACCEPTED_DECISION',
  'REJECTION_DECISION',
  'APPROVAL_DECISION',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document issued to the applicant; its PDF lives in the GridFS bucket `case_documents`. */
export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  fileName: string;
  sha256: string;
  issuedAt: Date;
}

export const OUTBOX_STATES = ['NONE', 'PENDING', 'DONE', 'FAILED'] as const;

/** One cross-domain effect waiting in the case's outbox; written in the same update as the state change that causes it. */
export interface OutboxEntry {
  state: (typeof OUTBOX_STATES)[number];
  attempts: number;
  lastError: string | null;
  /** Error code the receiver gave for the last failed attempt; absent on entries stored before codes were kept. */
  lastErrorCode?: string | null;
  /** Earliest real time of the next attempt; also the lease of a claimed attempt. */
  nextAttemptAt: Date | null;
}

/** A department that handled a case until a transfer. */
export interface FormerHandler {
  departmentCode: string;
  divisionCode: string | null;
  until: Date;
}

export interface CaseEvent {
  action: string;
  actorUserId: string;
  actorName: string;
  at: Date;
  opinion: string | null;
}

export interface Deadline {
  date: string;
  provisional: boolean;
}

export interface LicenceIssue {
  state: LicenceIssueState;
  attempts: number;
  lastError: string | null;
  /** Error code the licenses subgraph gave for the last failed call; absent on entries stored before codes were kept. */
  lastErrorCode?: string | null;
  /** Earliest instant (real time) at which the retry loop may call the licences subgraph again. */
  nextAttemptAt: Date | null;
}

/** A case (办件) as stored: one document, changed only by single-document atomic updates. */
export interface CaseDocument {
  _id: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  /** English name of the item at submission; absent on cases stored before it was recorded. */
  itemNameEn?: string | null;
  itemVersion: number;
  licenceTypeCode: string | null;
  /**
   * Code of the material that names the issued licence type, set when the
   * item both accepts and issues that type (a change item): approval then
   * issues a new version of the holder's licence. Absent on older cases.
   */
  changesLicenceMaterial?: string | null;
  statutoryLimitDays: number;
  promisedLimitDays: number;
  applicantUserId: string;
  applicantName: string;
  applicantIdNumber: string | null;
  /** Whether the applicant is a natural or a legal person; absent on cases stored before it was recorded. */
  applicantSubjectType?: 'NATURAL_PERSON' | 'LEGAL_PERSON';
  submittedBy: string;
  /** Natural person who filed the case as agent of the legal-person applicant; null otherwise and absent on older cases. */
  agentUserId?: string | null;
  /** Agent grant the case was filed under; null otherwise and absent on older cases. */
  agentGrantId?: string | null;
  idempotencyKey: string;
  /** SHA-256 of the submission request, compared when the idempotency key is reused; absent on cases stored before it was recorded. */
  requestHash?: string;
  divisionCode: string;
  /** Department handling the case now; a transfer changes it. */
  departmentCode: string;
  /** Implementing division of the handling department's item; absent on cases stored before transfers recorded it. */
  handlingDivisionCode?: string | null;
  /** Departments that handled the case before a transfer, oldest first; they keep read access only. */
  formerHandlers?: FormerHandler[];
  formData: Record<string, unknown>;
  materials: CaseMaterial[];
  status: CaseStatus;
  history: CaseEvent[];
  hallId: string | null;
  submittedAt: Date;
  acceptedAt: Date | null;
  decidedAt: Date | null;
  completedAt: Date | null;
  deadline: Deadline | null;
  statutoryDeadline: Deadline | null;
  /** ON_TIME or LATE, fixed when the decision is recorded. */
  decisionTimeliness: 'ON_TIME' | 'LATE' | null;
  /** Working days from acceptance to decision without paused days, fixed with the decision; absent before it and on cases decided before it was recorded. */
  handlingWorkingDays?: number | null;
  licenceId: string | null;
  /** Identifier of the issued licence, kept so case lists need no call to the licenses subgraph. */
  licenceIdentifier?: string | null;
  licenceIssue: LicenceIssue;
  /** Handling steps snapshot of the item's workflow at submission; absent on older cases (default steps). */
  steps?: HandlingStep[];
  handledBy?: 'PLATFORM' | 'DEPARTMENT_SYSTEM';
  departmentSystemId?: string | null;
  /** Role that decides the case, from the item's workflow at submission; absent on older cases (APPROVER). */
  decisionRole?: DecisionRole;
  /** The item's fee list at submission, for the charge check of supervision. */
  fees?: { name: string; amountFen: number }[];
  pauses?: TimeLimitPause[];
  correctionNotices?: CorrectionNotice[];
  documents?: IssuedDocument[];
  /** Push of the accepted case to the department's own system. */
  departmentPush?: OutboxEntry | null;
  /** Request to the hall for a delivery window. */
  deliveryWindowRequest?: OutboxEntry | null;
  /** Ids of the departmental-system updates applied, so a resent update changes nothing. */
  departmentUpdateIds?: string[];
  deliveryMethod?: 'WINDOW' | 'MAIL' | 'ELECTRONIC' | null;
  /**
   * Whether the applicant chose to receive the results by mail. Such a case
   * waits in AWAITING_DELIVERY instead of completing until the courier
   * reports its results shipment delivered.
   */
  resultsByMail?: boolean;
  version: number;
}

const materialSchema = new Schema<CaseMaterial>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    fileId: { type: String, default: null },
    fileName: { type: String, default: null },
    sha256: { type: String, default: null },
    licenceId: { type: String, default: null },
    licenceIdentifier: { type: String, default: null },
  },
  { _id: false },
);

const pauseSchema = new Schema<TimeLimitPause>(
  {
    reason: { type: String, required: true },
    procedure: { type: String, default: null },
    from: { type: Date, required: true },
    to: { type: Date, default: null },
    excludedWorkingDays: { type: Number, default: null },
    resumeStatus: { type: String, required: true },
  },
  { _id: false },
);

const correctionItemSchema = new Schema<CorrectionItem>(
  {
    materialCode: { type: String, default: null },
    fieldKey: { type: String, default: null },
    description: { type: String, required: true },
  },
  { _id: false },
);

const correctionNoticeSchema = new Schema<CorrectionNotice>(
  {
    stage: { type: String, required: true },
    items: { type: [correctionItemSchema], default: [] },
    issuedAt: { type: Date, required: true },
    resolvedAt: { type: Date, default: null },
    returnStatus: { type: String, required: true },
  },
  { _id: false },
);

const issuedDocumentSchema = new Schema<IssuedDocument>(
  {
    id: { type: String, required: true },
    kind: { type: String, required: true, enum: DOCUMENT_KINDS },
    fileName: { type: String, required: true },
    sha256: { type: String, required: true },
    issuedAt: { type: Date, required: true },
  },
  { _id: false },
);

const outboxEntrySchema = new Schema<OutboxEntry>(
  {
    state: { type: String, required: true, enum: OUTBOX_STATES },
    attempts: { type: Number, required: true, default: 0 },
    lastError: { type: String, default: null },
    lastErrorCode: { type: String, default: null },
    nextAttemptAt: { type: Date, default: null },
  },
  { _id: false },
);

const eventSchema = new Schema<CaseEvent>(
  {
    action: { type: String, required: true },
    actorUserId: { type: String, required: true },
    actorName: { type: String, required: true },
    at: { type: Date, required: true },
    opinion: { type: String, default: null },
  },
  { _id: false },
);

const deadlineSchema = new Schema<Deadline>(
  {
    date: { type: String, required: true },
    provisional: { type: Boolean, required: true },
  },
  { _id: false },
);

const licenceIssueSchema = new Schema<LicenceIssue>(
  {
    state: {
      type: String,
      required: true,
      enum: LICENCE_ISSUE_STATES,
      default: 'NONE',
    },
    attempts: { type: Number, required: true, default: 0 },
    lastError: { type: String, default: null },
    lastErrorCode: { type: String, default: null },
    nextAttemptAt: { type: Date, default: null },
  },
  { _id: false },
);

export const caseSchema = new Schema<CaseDocument>(
  {
    _id: { type: String, required: true },
    caseNumber: { type: String, required: true },
    itemId: { type: String, required: true },
    itemName: { type: String, required: true },
    itemNameEn: { type: String, default: null },
    itemVersion: { type: Number, required: true },
    licenceTypeCode: { type: String, default: null },
    changesLicenceMaterial: { type: String, default: null },
    statutoryLimitDays: { type: Number, required: true },
    promisedLimitDays: { type: Number, required: true },
    applicantUserId: { type: String, required: true },
    applicantName: { type: String, required: true },
    applicantIdNumber: { type: String, default: null },
    applicantSubjectType: { type: String },
    submittedBy: { type: String, required: true },
    agentUserId: { type: String, default: null },
    agentGrantId: { type: String, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String },
    divisionCode: { type: String, required: true },
    departmentCode: { type: String, required: true },
    handlingDivisionCode: { type: String, default: null },
    formerHandlers: {
      type: [
        new Schema(
          {
            departmentCode: { type: String, required: true },
            divisionCode: { type: String, default: null },
            until: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    formData: { type: Schema.Types.Mixed, required: true },
    materials: { type: [materialSchema], default: [] },
    status: { type: String, required: true, enum: CASE_STATUSES },
    history: { type: [eventSchema], default: [] },
    hallId: { type: String, default: null },
    submittedAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    decidedAt: { type: Date, default: null },
    completedAt: { type: Date, default: null },
    deadline: { type: deadlineSchema, default: null },
    statutoryDeadline: { type: deadlineSchema, default: null },
    decisionTimeliness: {
      type: String,
      enum: ['ON_TIME', 'LATE', null],
      default: null,
    },
    handlingWorkingDays: { type: Number },
    licenceId: { type: String, default: null },
    licenceIdentifier: { type: String, default: null },
    licenceIssue: { type: licenceIssueSchema, required: true },
    steps: { type: [String], default: undefined },
    decisionRole: { type: String, default: undefined },
    handledBy: { type: String, default: 'PLATFORM' },
    departmentSystemId: { type: String, default: null },
    fees: {
      type: [
        new Schema(
          {
            name: { type: String, required: true },
            amountFen: { type: Number, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    pauses: { type: [pauseSchema], default: [] },
    correctionNotices: { type: [correctionNoticeSchema], default: [] },
    documents: { type: [issuedDocumentSchema], default: [] },
    departmentPush: { type: outboxEntrySchema, default: null },
    deliveryWindowRequest: { type: outboxEntrySchema, default: null },
    departmentUpdateIds: { type: [String], default: [] },
    deliveryMethod: { type: String, default: null },
    resultsByMail: { type: Boolean, default: false },
    version: { type: Number, required: true },
  },
  { minimize: false, timestamps: true },
);

// A retried submission finds the first case through this key; the unique index stops a second insert.
caseSchema.index({ submittedBy: 1, idempotencyKey: 1 }, { unique: true });
caseSchema.index({ caseNumber: 1 }, { unique: true });
// myCases
caseSchema.index({ applicantUserId: 1, submittedAt: -1 });
// worklist: anchored regex on divisionCode, optional department and status, oldest first
caseSchema.index({ divisionCode: 1, status: 1, submittedAt: 1 });
caseSchema.index({
  departmentCode: 1,
  divisionCode: 1,
  status: 1,
  submittedAt: 1,
});
// supervisedCases: open cases by deadline
caseSchema.index({ status: 1, 'deadline.date': 1 });
// outbox loop: one index per effect
caseSchema.index({ 'licenceIssue.state': 1, 'licenceIssue.nextAttemptAt': 1 });
caseSchema.index({
  'departmentPush.state': 1,
  'departmentPush.nextAttemptAt': 1,
});
caseSchema.index({
  'deliveryWindowRequest.state': 1,
  'deliveryWindowRequest.nextAttemptAt': 1,
});
// supervision counts by department
caseSchema.index({ departmentCode: 1, status: 1 });
// Statistics match the period first: cases decided in it.
caseSchema.index({ decidedAt: 1, divisionCode: 1 });
// The data catalogue's change feed reads cases in this order.
caseSchema.index({ updatedAt: 1, _id: 1 });

/**
 * A submission in progress: the claim of an idempotency key by one request,
 * taken before a case number is drawn. The `_id` is
 * `<idempotency key>:<submitter id>`, which is unambiguous because a key
 * contains no colon, so the unique `_id` index admits one request per key
 * and submitter. The claim is deleted once the case is stored or the request
 * fails.
 */
export interface SubmissionClaimDocument {
  _id: string;
  submittedBy: string;
  idempotencyKey: string;
  requestHash: string;
  /** Real time of the claim, used to detect a claim abandoned by a crashed process. */
  claimedAt: Date;
}

const submissionClaimSchema = new Schema<SubmissionClaimDocument>({
  _id: { type: String, required: true },
  submittedBy: { type: String, required: true },
  idempotencyKey: { type: String, required: true },
  requestHash: { type: String, required: true },
  claimedAt: { type: Date, required: true },
});

/** Handling configuration of one item; `_id` is the item id. */
/** Role that makes the decision of an item's cases in the platform. */
export type DecisionRole = 'APPROVER' | 'REVIEWER';

export interface ItemWorkflowDocument {
  _id: string;
  steps: HandlingStep[];
  handledBy: 'PLATFORM' | 'DEPARTMENT_SYSTEM';
  departmentSystemId: string | null;
  /** Absent on configurations saved before it was recorded, which means APPROVER. */
  decisionRole?: DecisionRole;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

const itemWorkflowSchema = new Schema<ItemWorkflowDocument>({
  _id: { type: String, required: true },
  steps: { type: [String], required: true },
  handledBy: { type: String, required: true },
  departmentSystemId: { type: String, default: null },
  decisionRole: { type: String, default: 'APPROVER' },
  updatedBy: { type: String, required: true },
  updatedAt: { type: Date, required: true },
  version: { type: Number, required: true },
});

/** Supervision rules of a division subtree; `_id` is the division code. */
export interface SupervisionRulesDocument {
  _id: string;
  warningWorkingDays: number;
  checkSkippedSteps: boolean;
  checkCharges: boolean;
  checkHandlerRoles: boolean;
  updatedBy: string;
  updatedAt: Date;
  version: number;
}

const supervisionRulesSchema = new Schema<SupervisionRulesDocument>({
  _id: { type: String, required: true },
  warningWorkingDays: { type: Number, required: true },
  checkSkippedSteps: { type: Boolean, required: true },
  checkCharges: { type: Boolean, required: true },
  checkHandlerRoles: { type: Boolean, required: true },
  updatedBy: { type: String, required: true },
  updatedAt: { type: Date, required: true },
  version: { type: Number, required: true },
});

/** A supervision warning; `_id` is `<case id>:<kind>[:<detail key>]`, so raising it twice stores it once. */
export interface SupervisionWarningDocument {
  _id: string;
  kind: string;
  caseId: string;
  caseNumber: string;
  departmentCode: string;
  divisionCode: string;
  detail: string;
  raisedAt: Date;
}

const supervisionWarningSchema = new Schema<SupervisionWarningDocument>({
  _id: { type: String, required: true },
  kind: { type: String, required: true },
  caseId: { type: String, required: true },
  caseNumber: { type: String, required: true },
  departmentCode: { type: String, required: true },
  divisionCode: { type: String, required: true },
  detail: { type: String, required: true },
  raisedAt: { type: Date, required: true },
});
supervisionWarningSchema.index({ divisionCode: 1, raisedAt: -1 });
supervisionWarningSchema.index({ kind: 1, raisedAt: -1 });

/** A supervision order (督查督办) sent to a department. */
export interface SupervisionOrderDocument {
  _id: string;
  caseId: string | null;
  departmentCode: string;
  divisionCode: string;
  content: string;
  issuedBy: string;
  issuedByName: string;
  issuedAt: Date;
  replyDueDate: string;
  status: 'OPEN' | 'REPLIED';
  reply: string | null;
  repliedBy: string | null;
  repliedAt: Date | null;
  idempotencyKey: string;
  version: number;
}

const supervisionOrderSchema = new Schema<SupervisionOrderDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, default: null },
    departmentCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
    content: { type: String, required: true },
    issuedBy: { type: String, required: true },
    issuedByName: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    replyDueDate: { type: String, required: true },
    status: { type: String, required: true },
    reply: { type: String, default: null },
    repliedBy: { type: String, default: null },
    repliedAt: { type: Date, default: null },
    idempotencyKey: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { minimize: false },
);
supervisionOrderSchema.index(
  { issuedBy: 1, idempotencyKey: 1 },
  { unique: true },
);
supervisionOrderSchema.index({ divisionCode: 1, issuedAt: -1 });
supervisionOrderSchema.index({ departmentCode: 1, issuedAt: -1 });

export function registerModels(connection: Connection) {
  return {
    Case: connection.model<CaseDocument>('Case', caseSchema, 'cases'),
    ItemWorkflow: connection.model<ItemWorkflowDocument>(
      'ItemWorkflow',
      itemWorkflowSchema,
      'item_workflows',
    ),
    SupervisionRules: connection.model<SupervisionRulesDocument>(
      'SupervisionRules',
      supervisionRulesSchema,
      'supervision_rules',
    ),
    SupervisionWarning: connection.model<SupervisionWarningDocument>(
      'SupervisionWarning',
      supervisionWarningSchema,
      'supervision_warnings',
    ),
    SupervisionOrder: connection.model<SupervisionOrderDocument>(
      'SupervisionOrder',
      supervisionOrderSchema,
      'supervision_orders',
    ),
    SubmissionClaim: connection.model<SubmissionClaimDocument>(
      'SubmissionClaim',
      submissionClaimSchema,
      'submission_claims',
    ),
  };
}

export type CaseModels = ReturnType<typeof registerModels>;
