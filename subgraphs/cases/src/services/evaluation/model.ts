import { Schema, type Connection } from 'mongoose';
import type { DeadlineResult } from '@ykb/common';

export const EVALUATION_SCORES = {
  VERY_SATISFIED: 5,
  SATISFIED: 4,
  BASICALLY_SATISFIED: 3,
  DISSATISFIED: 2,
  VERY_DISSATISFIED: 1,
} as const;
export type EvaluationLevel = keyof typeof EVALUATION_SCORES;

/** An evaluation (好差评), one per case, inserted under a unique index on caseId. */
export interface EvaluationDocument {
  _id: string;
  caseId: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  departmentCode: string;
  divisionCode: string;
  hallId: string | null;
  /** Hall window that served the case (servingWindow); null outside halls or when unknown. */
  windowId: string | null;
  /** Staff member who accepted the case; null when it was never accepted. */
  acceptedBy: string | null;
  applicantUserId: string;
  /** Agent who rated for the legal person; null when the applicant did. */
  agentUserId?: string | null;
  level: EvaluationLevel;
  score: number;
  reasons: string[];
  comment: string | null;
  idempotencyKey: string;
  /** hashRequest of the request that used the idempotency key, to tell a retry from a reused key. */
  requestHash: string | null;
  createdAt: Date;
}

/** A rectification task opened by a poor evaluation. */
export interface RectificationDocument {
  _id: string;
  evaluationId: string;
  caseNumber: string;
  departmentCode: string;
  divisionCode: string;
  status: 'OPEN' | 'DONE';
  deadline: DeadlineResult;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  version: number;
}

const evaluationSchema = new Schema<EvaluationDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    itemId: { type: String, required: true },
    itemName: { type: String, required: true },
    departmentCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
    hallId: { type: String, default: null },
    windowId: { type: String, default: null },
    acceptedBy: { type: String, default: null },
    applicantUserId: { type: String, required: true },
    agentUserId: { type: String, default: null },
    level: { type: String, required: true },
    score: { type: Number, required: true },
    reasons: { type: [String], default: [] },
    comment: { type: String, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { minimize: false },
);
// One evaluation per case: a second insert fails on this index.
evaluationSchema.index({ caseId: 1 }, { unique: true });
evaluationSchema.index({ applicantUserId: 1, createdAt: -1 });
evaluationSchema.index({ acceptedBy: 1, createdAt: 1 });
evaluationSchema.index({ divisionCode: 1, createdAt: 1 });

const deadlineSchema = new Schema<DeadlineResult>(
  { date: String, provisional: Boolean },
  { _id: false },
);

const rectificationSchema = new Schema<RectificationDocument>(
  {
    _id: { type: String, required: true },
    evaluationId: { type: String, required: true },
    caseNumber: { type: String, required: true },
    departmentCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
    status: { type: String, required: true },
    deadline: { type: deadlineSchema, required: true },
    resolution: { type: String, default: null },
    resolvedBy: { type: String, default: null },
    resolvedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { minimize: false },
);
rectificationSchema.index({ evaluationId: 1 }, { unique: true });
rectificationSchema.index({ divisionCode: 1, status: 1, 'deadline.date': 1 });

export function registerEvaluationModels(connection: Connection) {
  return {
    Evaluation: connection.model<EvaluationDocument>(
      'Evaluation',
      evaluationSchema,
      'evaluations',
    ),
    Rectification: connection.model<RectificationDocument>(
      'Rectification',
      rectificationSchema,
      'rectification_tasks',
    ),
  };
}
