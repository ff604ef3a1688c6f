import { Schema, type Connection } from 'mongoose';

export const CASE_STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'APPROVED',
  'COMPLETED',
  'REJECTED',
  'NOT_ACCEPTED',
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
  fileId: string;
  fileName: string;
  sha256: string;
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
  /** Earliest instant (real time) at which the retry loop may call the licences subgraph again. */
  nextAttemptAt: Date | null;
}

/** A case (办件) as stored: one document, changed only by single-document atomic updates. */
export interface CaseDocument {
  _id: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  itemVersion: number;
  licenceTypeCode: string | null;
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
  departmentCode: string;
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
  licenceId: string | null;
  /** Identifier of the issued licence, kept so case lists need no call to the licenses subgraph. */
  licenceIdentifier?: string | null;
  licenceIssue: LicenceIssue;
  version: number;
}

const materialSchema = new Schema<CaseMaterial>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    fileId: { type: String, required: true },
    fileName: { type: String, required: true },
    sha256: { type: String, required: true },
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
    itemVersion: { type: Number, required: true },
    licenceTypeCode: { type: String, default: null },
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
    licenceId: { type: String, default: null },
    licenceIdentifier: { type: String, default: null },
    licenceIssue: { type: licenceIssueSchema, required: true },
    version: { type: Number, required: true },
  },
  { minimize: false },
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
// licence issuance retry loop
caseSchema.index({ 'licenceIssue.state': 1, 'licenceIssue.nextAttemptAt': 1 });

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

export function registerModels(connection: Connection) {
  return {
    Case: connection.model<CaseDocument>('Case', caseSchema, 'cases'),
    SubmissionClaim: connection.model<SubmissionClaimDocument>(
      'SubmissionClaim',
      submissionClaimSchema,
      'submission_claims',
    ),
  };
}

export type CaseModels = ReturnType<typeof registerModels>;
