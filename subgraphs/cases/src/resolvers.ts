import {
  ACCESS_POLICY,
  authorizeViewer,
  escapeRegExp,
  pageRows,
} from '@ykb/common';
import {
  isAgentViewer,
  useAgentGrant,
  type AgentViewer,
} from './agentAccess.js';
import { loadReadableCase } from './caseAccess.js';
import type { CasesContext } from './context.js';
import { caseResolvers } from './caseResolvers.js';
import { now } from './clock.js';
import { JSONScalar } from './jsonScalar.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type { CaseDocument } from './model.js';
import { submitApplication } from './submitApplication.js';
import {
  normalFrom,
  PAUSED_STATUSES,
  RUNNING_STATUSES,
  type TimeLimitStatus,
} from './timeLimit.js';
import {
  acceptCase,
  approveCase,
  deliverCase,
  notAcceptCase,
  rejectCase,
  requestCorrection,
  resumeCase,
  retryLicenceIssue,
  reviewCase,
  suspendCase,
  transferCase,
  withdrawApplication,
} from './transitions.js';
import { shanghaiDate } from '@ykb/common';
import { submitCorrection } from './corrections.js';
import { caseDocument, caseProgress } from './progress.js';
import {
  configureSupervisionRules,
  issueSupervisionOrder,
  orderOverdue,
  replySupervisionOrder,
  supervisionOrders,
  supervisionRules,
  supervisionStats,
  supervisionWarnings,
  type SupervisionRuleBook,
} from './supervision.js';
import { configureItemWorkflow, itemWorkflow } from './workflow.js';
import { caseStatistics, caseStatisticsResolvers } from './statistics.js';
import {
  divisionFilter,
  CASE_PAGE_ROWS,
  transferredCases,
  worklist,
} from './worklist.js';
import { caseChanges } from './changeFeed.js';

/**
 * Filter for running cases in WARNING or NORMAL at `at`: one branch per
 * group of divisions sharing a warning threshold, so each case is compared
 * with the threshold of the supervision rules in force for its division.
 */
function warningFilter(
  status: 'WARNING' | 'NORMAL',
  at: Date,
  rules: SupervisionRuleBook,
): Record<string, unknown> {
  const today = shanghaiDate(at);
  const branches = rules.warningGroups().map((group) => {
    const boundary = normalFrom(at, group.warningWorkingDays);
    const deadline =
      status === 'WARNING'
        ? { 'deadline.date': { $gte: today, $lt: boundary } }
        : { 'deadline.date': { $gte: boundary } };
    const division: Record<string, unknown>[] = group.excluded.map((code) => ({
      divisionCode: { $not: new RegExp(`^${escapeRegExp(code)}`) },
    }));
    if (group.divisionCode)
      division.push({
        divisionCode: { $regex: `^${escapeRegExp(group.divisionCode)}` },
      });
    return { $and: [deadline, ...division] };
  });
  return {
    status: { $in: [...RUNNING_STATUSES] },
    $or: branches,
  };
}

/**
 * Filter for open or closed cases by time-limit status at `at`. WARNING and
 * NORMAL use the warning threshold of the rules in force for each case's
 * division. See timeLimitStatus for the rules.
 */
function timeLimitFilter(
  status: TimeLimitStatus,
  at: Date,
  rules: SupervisionRuleBook,
): Record<string, unknown> {
  const today = shanghaiDate(at);
  switch (status) {
    case 'NOT_STARTED':
      return { acceptedAt: null };
    case 'OVERDUE':
      return {
        status: { $in: [...RUNNING_STATUSES] },
        'deadline.date': { $lt: today },
      };
    case 'WARNING':
    case 'NORMAL':
      return warningFilter(status, at, rules);
    case 'PAUSED':
      return {
        status: { $in: [...PAUSED_STATUSES] },
        acceptedAt: { $ne: null },
      };
    case 'ON_TIME':
    case 'LATE':
      return { decisionTimeliness: status };
  }
}

/**
 * Lists the cases of the legal person an agent acts for whose items the
 * agent's grant covers, newest first, after one recorded check of the grant.
 */
async function agentCases(
  ctx: CasesContext,
  viewer: AgentViewer,
  first: number | null | undefined,
): Promise<CaseDocument[]> {
  const limit = pageRows(first, CASE_PAGE_ROWS);
  const itemCodes = await useAgentGrant(ctx, viewer, null, 'listCases');
  const records = await ctx.models.Case.find({
    applicantUserId: viewer.onBehalfOf,
    itemId: { $in: itemCodes },
  })
    .sort({ submittedAt: -1, _id: -1 })
    .limit(limit)
    .lean<CaseDocument[]>();
  for (const record of records) ctx.agentReadableCases.add(record._id);
  return records;
}

export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    caseChanges: (_parent, args, ctx) => caseChanges(ctx, args),
    case: (_parent, args, ctx) => loadReadableCase(ctx, args.id),
    myCases: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.myCases'],
      );
      if (isAgentViewer(viewer)) return agentCases(ctx, viewer, args.first);
      return ctx.models.Case.find({ applicantUserId: viewer.userId })
        .sort({ submittedAt: -1, _id: -1 })
        .limit(pageRows(args.first, CASE_PAGE_ROWS))
        .lean<CaseDocument[]>();
    },
    worklist: (_parent, args, ctx) => worklist(ctx, args.status, args.first),
    transferredCases: (_parent, args, ctx) => transferredCases(ctx, args.first),
    supervisedCases: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.supervisedCases'],
      );
      await ctx.rules.refreshIfStale();
      // NOTE: a provisional deadline is filtered by its stored date until its case is read again.
      const filter = {
        ...divisionFilter(viewer),
        ...(args.timeLimitStatus
          ? timeLimitFilter(args.timeLimitStatus, now(), ctx.rules)
          : {}),
      };
      return ctx.models.Case.find(filter)
        .sort({ submittedAt: 1, _id: 1 })
        .limit(pageRows(args.first, CASE_PAGE_ROWS))
        .lean<CaseDocument[]>();
    },
    itemWorkflow: (_parent, args, ctx) => itemWorkflow(ctx, args.itemId),
    caseDocument: (_parent, args, ctx) => caseDocument(ctx, args.id),
    caseProgress: (_parent, args, ctx) =>
      caseProgress(ctx, args.caseNumber, args.idNumberSuffix, args.queryCode),
    supervisionRules: (_parent, args, ctx) =>
      supervisionRules(ctx, args.divisionCode),
    supervisionStats: (_parent, args, ctx) =>
      supervisionStats(ctx, args.divisionCode),
    supervisionWarnings: (_parent, args, ctx) =>
      supervisionWarnings(ctx, args.kind, args.first),
    supervisionOrders: (_parent, args, ctx) =>
      supervisionOrders(ctx, args.status, args.first),
    caseStatistics: (_parent, args, ctx) => caseStatistics(ctx, args.filter),
  },
  Mutation: {
    uploadMaterial: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.uploadMaterial'],
      );
      const { file, deduplicated } = await ctx.materials.upload(
        viewer.userId,
        args.input,
      );
      ctx.log.info(
        { fileId: file.id, size: file.size, deduplicated },
        'material uploaded',
      );
      return file;
    },
    submitApplication: (_parent, args, ctx) =>
      submitApplication(ctx, args.input),
    acceptCase: (_parent, args, ctx) => acceptCase(ctx, args.id, args.version),
    notAcceptCase: (_parent, args, ctx) =>
      notAcceptCase(ctx, args.id, args.reason, args.version),
    rejectCase: (_parent, args, ctx) =>
      rejectCase(ctx, args.id, args.reason, args.version),
    approveCase: (_parent, args, ctx) =>
      approveCase(ctx, args.id, args.opinion, args.version),
    retryLicenceIssue: (_parent, args, ctx) => retryLicenceIssue(ctx, args.id),
    configureItemWorkflow: (_parent, args, ctx) =>
      configureItemWorkflow(ctx, args.input),
    requestCorrection: (_parent, args, ctx) =>
      requestCorrection(ctx, args.id, args.corrections, args.version),
    submitCorrection: (_parent, args, ctx) =>
      submitCorrection(
        ctx,
        args.id,
        args.materials,
        args.formData,
        args.version,
      ),
    reviewCase: (_parent, args, ctx) =>
      reviewCase(ctx, args.id, args.opinion, args.version),
    suspendCase: (_parent, args, ctx) =>
      suspendCase(ctx, args.id, args.procedure, args.reason, args.version),
    resumeCase: (_parent, args, ctx) =>
      resumeCase(ctx, args.id, args.opinion, args.version),
    transferCase: (_parent, args, ctx) =>
      transferCase(
        ctx,
        args.id,
        args.departmentCode,
        args.divisionCode,
        args.reason,
        args.version,
      ),
    withdrawApplication: (_parent, args, ctx) =>
      withdrawApplication(ctx, args.id, args.reason, args.version),
    deliverCase: (_parent, args, ctx) =>
      deliverCase(ctx, args.id, args.method, args.note, args.version),
    configureSupervisionRules: (_parent, args, ctx) =>
      configureSupervisionRules(ctx, args.input),
    issueSupervisionOrder: (_parent, args, ctx) =>
      issueSupervisionOrder(ctx, args.input),
    replySupervisionOrder: (_parent, args, ctx) =>
      replySupervisionOrder(ctx, args.id, args.reply, args.version),
  },
  Case: caseResolvers,
  CaseStatistics: caseStatisticsResolvers,
  SupervisionWarning: {
    id: (w) => w._id,
    case: async (w, _args, ctx) => (await ctx.caseById.load(w.caseId))!,
    raisedAt: (w) => w.raisedAt.toISOString(),
  },
  SupervisionOrder: {
    id: (o) => o._id,
    case: (o, _args, ctx) => (o.caseId ? ctx.caseById.load(o.caseId) : null),
    issuedAt: (o) => o.issuedAt.toISOString(),
    repliedAt: (o) => o.repliedAt?.toISOString() ?? null,
    overdue: (o) => orderOverdue(o, now()),
  },
  StoredFile: {
    uploadedAt: (file) => file.uploadedAt.toISOString(),
  },
};
