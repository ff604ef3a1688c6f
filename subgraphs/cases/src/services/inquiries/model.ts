import { Schema, type Connection } from 'mongoose';
import type { DeadlineResult } from '@ykb/common';

export type InquiryKind = 'CONSULTATION' | 'COMPLAINT' | 'SUGGESTION';

/** Answer deadline of each kind of inquiry, in working days after submission. */
export const INQUIRY_DEADLINE_DAYS: Record<InquiryKind, number> = {
  CONSULTATION: 3,
  COMPLAINT: 5,
  SUGGESTION: 10,
};

/** A consultation, complaint or suggestion routed to one department and division. */
export interface InquiryDocument {
  _id: string;
  kind: InquiryKind;
  subject: string;
  content: string;
  itemId: string | null;
  caseId: string | null;
  caseNumber: string | null;
  departmentCode: string;
  divisionCode: string;
  submitterUserId: string;
  submitterName: string;
  /** Agent who submitted for the legal person; null when the submitter did. */
  agentUserId?: string | null;
  status: 'OPEN' | 'DONE';
  deadline: DeadlineResult;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  idempotencyKey: string;
  /** hashRequest of the submitInquiry input without its key, to tell a retry from a reused key. */
  requestHash: string | null;
  createdAt: Date;
  version: number;
}

const inquirySchema = new Schema<InquiryDocument>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    subject: { type: String, required: true },
    content: { type: String, required: true },
    itemId: { type: String, default: null },
    caseId: { type: String, default: null },
    caseNumber: { type: String, default: null },
    departmentCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
    submitterUserId: { type: String, required: true },
    submitterName: { type: String, required: true },
    agentUserId: { type: String, default: null },
    status: { type: String, required: true },
    deadline: {
      type: new Schema({ date: String, provisional: Boolean }, { _id: false }),
      required: true,
    },
    answer: { type: String, default: null },
    answeredBy: { type: String, default: null },
    answeredAt: { type: Date, default: null },
    idempotencyKey: { type: String, required: true },
    requestHash: { type: String, default: null },
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { minimize: false },
);
inquirySchema.index(
  { submitterUserId: 1, idempotencyKey: 1 },
  { unique: true },
);
inquirySchema.index({ submitterUserId: 1, createdAt: -1 });
inquirySchema.index({
  departmentCode: 1,
  divisionCode: 1,
  status: 1,
  'deadline.date': 1,
});

export function registerInquiryModels(connection: Connection) {
  return {
    Inquiry: connection.model<InquiryDocument>(
      'Inquiry',
      inquirySchema,
      'inquiries',
    ),
  };
}
