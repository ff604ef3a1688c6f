import { randomBytes } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  forbidden,
  hashRequest,
  insertOnce,
  isStaff,
  maskIdentifiersInText,
  maySeePersonalData,
  reusedIdempotencyKey,
  offsetPage,
  type Viewer,
} from '@ykb/common';
import { now } from '../../clock.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { CaseDocument } from '../../model.js';
import {
  actingUserId,
  agentUserIdOf,
  caseOf,
  checkAgentGrant,
  grantedItemCodes,
  requireCase,
} from '../shared/caseOf.js';
import {
  iso,
  isOverdue,
  listSize,
  readText,
  requireIdempotencyKey,
  requireText,
  shanghaiRange,
  workingDeadline,
} from '../shared/input.js';
import { closeFollowUp, followUpFilter } from '../shared/followUp.js';
import { groupPage, inGroups } from '../shared/groupPages.js';
import { jurisdictionFilter } from '../shared/jurisdiction.js';
import { servingWindow } from './servingWindow.js';
import {
  EVALUATION_SCORES,
  type EvaluationDocument,
  type RectificationDocument,
} from './model.js';

/** Closed statuses (办结): completed, refused or not accepted. Only closed cases are rated. */
export const CLOSED_STATUSES = new Set([
  'COMPLETED',
  'REJECTED',
  'NOT_ACCEPTED',
]);

/** Working days a department has to rectify after a poor rating. */
export const RECTIFICATION_WORKING_DAYS = 5;

const MAX_REASONS = 10;

/** Staff member who accepted a case, from its history; null when the case was never accepted. */
export function acceptingStaff(record: CaseDocument): string | null {
  return (
    record.history.find((event) => event.action === 'ACCEPTED')?.actorUserId ??
    null
  );
}

/** Field of an evaluation that each `groupBy` of satisfaction groups by; groupKey reads the same field. */
const GROUP_FIELDS = {
  WINDOW: 'windowId',
  DEPARTMENT: 'departmentCode',
  ITEM: 'itemId',
  HALL: 'hallId',
} as const;

function groupKey(
  evaluation: EvaluationDocument,
  groupBy: 'WINDOW' | 'DEPARTMENT' | 'ITEM' | 'HALL',
): string {
  switch (groupBy) {
    case 'WINDOW':
      return evaluation.windowId ?? 'none';
    case 'DEPARTMENT':
      return evaluation.departmentCode;
    case 'ITEM':
      return evaluation.itemId;
    case 'HALL':
      return evaluation.hallId ?? 'none';
  }
}

/**
 * Reports whether a viewer reads an evaluation's comment raw: the applicant
 * (also through an agent) and staff who may see the case applicant's
 * personal data. Analysts, supervisors and other staff read it with
 * identifiers masked.
 */
function mayReadEvaluationText(
  viewer: Viewer | undefined,
  evaluation: EvaluationDocument,
): boolean {
  if (viewer && actingUserId(viewer) === evaluation.applicantUserId)
    return true;
  return maySeePersonalData(viewer, {
    ownerUserId: evaluation.applicantUserId,
    divisionCode: evaluation.divisionCode,
    departmentCode: evaluation.departmentCode,
  });
}

/**
 * Reports whether a viewer reads a rectification report raw. Citizens and
 * legal persons reach a task only through their own evaluation, so they
 * read it raw. Staff do when they may see personal data of the task's
 * department and division.
 */
function mayReadRectificationText(
  viewer: Viewer | undefined,
  task: RectificationDocument,
): boolean {
  if (viewer && !isStaff(viewer)) return true;
  return maySeePersonalData(viewer, {
    divisionCode: task.divisionCode,
    departmentCode: task.departmentCode,
  });
}

export const evaluationResolvers: Resolvers = {
  Query: {
    myEvaluations: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.myEvaluations'],
      );
      const itemCodes = await grantedItemCodes(ctx, viewer, 'myEvaluations');
      return ctx.services.models.Evaluation.find({
        applicantUserId: actingUserId(viewer),
        ...(itemCodes ? { itemId: { $in: itemCodes } } : {}),
      })
        .sort({ createdAt: -1, _id: -1 })
        .limit(listSize(args.first))
        .lean<EvaluationDocument[]>();
    },
    rectificationTasks: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.rectificationTasks'],
      );
      const filter = followUpFilter(viewer, args.status, args.overdueOnly);
      return ctx.services.models.Rectification.find(filter)
        .sort({ 'deadline.date': 1, _id: 1 })
        .limit(listSize(args.first))
        .lean<RectificationDocument[]>();
    },
    satisfaction: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.satisfaction'],
      );
      const { start, end } = shanghaiRange(args.from, args.to);
      const { Evaluation } = ctx.services.models;
      const filter = {
        ...jurisdictionFilter(viewer),
        createdAt: { $gte: start, $lt: end },
      };
      const field = GROUP_FIELDS[args.groupBy];
      const keys = await groupPage(Evaluation, filter, field, args);
      if (keys.length === 0) return [];
      const evaluations = await Evaluation.find({
        ...filter,
        ...inGroups(field, keys),
      }).lean<EvaluationDocument[]>();
      const groups = new Map<string, EvaluationDocument[]>();
      for (const evaluation of evaluations) {
        const key = groupKey(evaluation, args.groupBy);
        groups.set(key, [...(groups.get(key) ?? []), evaluation]);
      }
      const lines = [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, list]) => {
          const satisfied = list.filter((e) => e.score >= 4).length;
          return {
            key,
            evaluations: list.length,
            satisfied,
            dissatisfied: list.filter((e) => e.score <= 2).length,
            averageScore:
              list.reduce((sum, e) => sum + e.score, 0) / list.length,
            satisfactionRate: satisfied / list.length,
          };
        });
      return lines;
    },
    staffCaseStats: async (_parent, args, ctx) => {
      authorizeViewer(ctx.viewer, ACCESS_POLICY.cases['Query.staffCaseStats']);
      if (args.staffIds.length > 500)
        throw badInput('staffIds may list at most 500 staff members.', {
          field: 'staffIds',
        });
      if (!(args.from < args.to))
        throw badInput('`from` must be before `to`.', { field: 'to' });
      // The page is taken from the staff list, so only one page of staff members is counted.
      const staffIds = offsetPage([...new Set(args.staffIds)], args);
      // Matches cases with any event by these staff and any event in the period; the exact pairing is checked below.
      const cases = await ctx.models.Case.find(
        {
          'history.actorUserId': { $in: staffIds },
          'history.at': { $gte: args.from, $lt: args.to },
        },
        { history: 1 },
      ).lean<Pick<CaseDocument, '_id' | 'history'>[]>();
      const handled = new Map<string, number>(staffIds.map((id) => [id, 0]));
      for (const record of cases) {
        const actors = new Set(
          record.history
            .filter(
              (e) =>
                e.action !== 'SUBMITTED' &&
                e.at >= args.from &&
                e.at < args.to &&
                handled.has(e.actorUserId),
            )
            .map((e) => e.actorUserId),
        );
        for (const actor of actors) handled.set(actor, handled.get(actor)! + 1);
      }
      const evaluations = await ctx.services.models.Evaluation.find(
        {
          acceptedBy: { $in: staffIds },
          createdAt: { $gte: args.from, $lt: args.to },
        },
        { acceptedBy: 1, score: 1 },
      ).lean<Pick<EvaluationDocument, 'acceptedBy' | 'score'>[]>();
      return staffIds.map((staffId) => {
        const own = evaluations.filter((e) => e.acceptedBy === staffId);
        return {
          staffId,
          casesHandled: handled.get(staffId)!,
          evaluations: own.length,
          satisfied: own.filter((e) => e.score >= 4).length,
          averageLevel: own.length
            ? own.reduce((sum, e) => sum + e.score, 0) / own.length
            : null,
        };
      });
    },
  },
  Mutation: {
    evaluateCase: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.evaluateCase'],
      );
      const { input } = args;
      const key = requireIdempotencyKey(input.idempotencyKey);
      const record = await requireCase(ctx, input.caseId);
      if (record.applicantUserId !== actingUserId(viewer))
        throw forbidden(
          `Only the applicant of case ${record._id} may rate it.`,
        );
      await checkAgentGrant(ctx, viewer, record.itemId, 'evaluateCase');
      if (!CLOSED_STATUSES.has(record.status))
        throw appError(
          ErrorCode.InvalidState,
          `Case ${record._id} is ${record.status}; a case is rated after it is closed.`,
          { status: record.status },
        );
      const reasons = (input.reasons ?? []).map((reason, index) =>
        requireText(reason, `reasons[${index}]`, 50),
      );
      if (reasons.length > MAX_REASONS)
        throw badInput(`At most ${MAX_REASONS} reasons may be given.`, {
          field: 'reasons',
        });
      const comment = readText(input.comment, 'comment', 500, false);
      const requestHash = hashRequest({
        caseId: record._id,
        level: input.level,
        reasons,
        comment,
      });
      const { Evaluation, Rectification } = ctx.services.models;
      const acceptedBy = acceptingStaff(record);
      const windowId =
        record.hallId && acceptedBy
          ? await servingWindow(
              record.hallId,
              acceptedBy,
              ctx.requestId,
              ctx.log,
            )
          : null;
      const createdAt = now();
      const { record: evaluation, replayed } =
        await insertOnce<EvaluationDocument>(
          async () =>
            (
              await Evaluation.create({
                _id: `ev-${randomBytes(10).toString('hex')}`,
                caseId: record._id,
                caseNumber: record.caseNumber,
                itemId: record.itemId,
                itemName: record.itemName,
                departmentCode: record.departmentCode,
                divisionCode: record.divisionCode,
                hallId: record.hallId,
                windowId,
                acceptedBy,
                applicantUserId: record.applicantUserId,
                agentUserId: agentUserIdOf(viewer),
                level: input.level,
                score: EVALUATION_SCORES[input.level],
                reasons,
                comment,
                idempotencyKey: key,
                requestHash,
                createdAt,
              })
            ).toObject() as EvaluationDocument,
          () =>
            Evaluation.findOne({
              caseId: record._id,
            }).lean<EvaluationDocument>(),
        );
      if (replayed && evaluation.idempotencyKey !== key)
        throw appError(
          ErrorCode.Conflict,
          `Case ${record._id} was already rated; a case is rated once.`,
          { evaluationId: evaluation._id },
        );
      if (replayed && evaluation.requestHash !== requestHash)
        throw reusedIdempotencyKey(key);
      if (evaluation.score <= 2) {
        // Inserted under a unique index on evaluationId, so a retry opens no second task.
        await insertOnce(
          () =>
            Rectification.create({
              _id: `rt-${randomBytes(10).toString('hex')}`,
              evaluationId: evaluation._id,
              caseNumber: evaluation.caseNumber,
              departmentCode: evaluation.departmentCode,
              divisionCode: evaluation.divisionCode,
              status: 'OPEN',
              deadline: workingDeadline(
                evaluation.createdAt,
                RECTIFICATION_WORKING_DAYS,
              ),
              resolution: null,
              resolvedBy: null,
              resolvedAt: null,
              createdAt: evaluation.createdAt,
              version: 1,
            }),
          () => Rectification.findOne({ evaluationId: evaluation._id }),
        );
      }
      ctx.log.info(
        {
          caseId: record._id,
          evaluationId: evaluation._id,
          score: evaluation.score,
        },
        'case evaluated',
      );
      return evaluation;
    },
    resolveRectification: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.resolveRectification'],
      );
      const resolution = requireText(args.resolution, 'resolution', 1000);
      return closeFollowUp(
        ctx.services.models.Rectification,
        args.id,
        'Rectification task',
        viewer,
        { resolution, resolvedBy: viewer.userId, resolvedAt: now() },
        ctx.log,
      );
    },
  },
  Evaluation: {
    id: (evaluation) => evaluation._id,
    case: (evaluation, _args, ctx) => caseOf(ctx, evaluation.caseId),
    item: (evaluation) => ({ id: evaluation.itemId }),
    hall: (evaluation) =>
      evaluation.hallId ? { id: evaluation.hallId } : null,
    acceptedBy: (evaluation) =>
      evaluation.acceptedBy ? { id: evaluation.acceptedBy } : null,
    agent: (evaluation) =>
      evaluation.agentUserId ? { id: evaluation.agentUserId } : null,
    comment: (evaluation, _args, ctx) => {
      if (evaluation.comment === null) return null;
      return mayReadEvaluationText(ctx.viewer, evaluation)
        ? evaluation.comment
        : maskIdentifiersInText(evaluation.comment);
    },
    createdAt: (evaluation) => iso(evaluation.createdAt),
    rectification: (evaluation, _args, ctx) =>
      evaluation.score <= 2
        ? ctx.services.loaders.rectificationByEvaluation.load(evaluation._id)
        : null,
  },
  RectificationTask: {
    id: (task) => task._id,
    overdue: (task) => isOverdue(task.status, task.deadline, now()),
    resolution: (task, _args, ctx) => {
      if (task.resolution === null) return null;
      return mayReadRectificationText(ctx.viewer, task)
        ? task.resolution
        : maskIdentifiersInText(task.resolution);
    },
    resolvedAt: (task) => iso(task.resolvedAt),
  },
};
