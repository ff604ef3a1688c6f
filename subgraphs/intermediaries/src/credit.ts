import DataLoader from 'dataloader';
import type {
  ComplaintDocument,
  EngagementDocument,
  IntermediaryModels,
  ObjectionDocument,
} from './model.js';

/**
 * Credit records (3.7.8, 3.7.9): built on read from the records that make
 * them, so an evaluation, a late contract, an upheld complaint or an upheld
 * objection enters the record as soon as it is stored, and never twice.
 */

export interface CreditEntryView {
  kind:
    'EVALUATION' | 'LATE_CONTRACT' | 'COMPLAINT_UPHELD' | 'OBJECTION_UPHELD';
  summary: string;
  at: Date;
}

export interface CreditSummary {
  evaluations: number;
  quality: number | null;
  timeliness: number | null;
  attitude: number | null;
  fees: number | null;
  conduct: number | null;
  lateContracts: number;
  upheldComplaints: number;
  completedEngagements: number;
  entries: CreditEntryView[];
}

export interface ResultNoticeView {
  announcementId: string;
  text: string;
  publishedAt: Date;
}

const DIMENSIONS = [
  'quality',
  'timeliness',
  'attitude',
  'fees',
  'conduct',
] as const;

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return (
    Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100
  );
}

/** Builds one agency's credit record from its engagements, complaints and objections. */
export function creditSummary(
  engagements: EngagementDocument[],
  complaints: ComplaintDocument[],
  objections: ObjectionDocument[],
): CreditSummary {
  const evaluated = engagements.filter((e) => e.evaluation);
  const entries: CreditEntryView[] = [];
  for (const e of evaluated) {
    const v = e.evaluation!;
    entries.push({
      kind: 'EVALUATION',
      summary: `项目评价：质量 ${v.quality}，时效 ${v.timeliness}，态度 ${v.attitude}，收费 ${v.fees}，规范 ${v.conduct}`,
      at: v.evaluatedAt,
    });
  }
  for (const e of engagements.filter((x) => x.contractLate))
    entries.push({
      kind: 'LATE_CONTRACT',
      summary: `合同逾期上传备案（应于 ${e.contractDueDate} 前）`,
      at: e.contractUploadedAt!,
    });
  for (const c of complaints)
    entries.push({
      kind: 'COMPLAINT_UPHELD',
      summary: `投诉经查属实：${c.reply ?? ''}`,
      at: c.filedAt,
    });
  for (const o of objections)
    entries.push({
      kind: 'OBJECTION_UPHELD',
      summary: `公示异议经核查成立：${o.decisionNote ?? ''}`,
      at: o.decidedAt ?? o.raisedAt,
    });
  entries.sort((a, b) => b.at.getTime() - a.at.getTime());
  const scores = Object.fromEntries(
    DIMENSIONS.map((d) => [d, mean(evaluated.map((e) => e.evaluation![d]))]),
  ) as Record<(typeof DIMENSIONS)[number], number | null>;
  return {
    evaluations: evaluated.length,
    ...scores,
    lateContracts: engagements.filter((e) => e.contractLate).length,
    upheldComplaints: complaints.length,
    completedEngagements: engagements.filter((e) => e.state === 'COMPLETED')
      .length,
    entries,
  };
}

/** Loads the credit records of many agencies with three queries. */
export function creditLoader(
  models: IntermediaryModels,
): DataLoader<string, CreditSummary> {
  return new DataLoader(async (ids) => {
    const keys = [...ids];
    const [engagements, complaints, objections] = await Promise.all([
      models.Engagement.find({ agencyPartyId: { $in: keys } }).lean<
        EngagementDocument[]
      >(),
      models.Complaint.find({ agencyId: { $in: keys }, state: 'UPHELD' }).lean<
        ComplaintDocument[]
      >(),
      models.Objection.find({ partyId: { $in: keys }, state: 'UPHELD' }).lean<
        ObjectionDocument[]
      >(),
    ]);
    return keys.map((id) =>
      creditSummary(
        engagements.filter((e) => e.agencyPartyId === id),
        complaints.filter((c) => c.agencyId === id),
        objections.filter((o) => o.partyId === id),
      ),
    );
  });
}
