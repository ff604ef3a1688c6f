import { ACCESS_POLICY, authorizeViewer, badInput } from '@ykb/common';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { CaseDocument } from '../../model.js';
import type { EvaluationDocument } from './model.js';

export const MAX_WINDOWS = 200;
export const MAX_STAFF_PER_WINDOW = 100;

/** Mean score of evaluations, or null when there are none. */
function averageScore(evaluations: { score: number }[]): number | null {
  if (evaluations.length === 0) return null;
  return evaluations.reduce((sum, e) => sum + e.score, 0) / evaluations.length;
}

export const windowStatsResolvers: Resolvers = {
  Query: {
    windowCaseStats: async (_parent, args, ctx) => {
      authorizeViewer(ctx.viewer, ACCESS_POLICY.cases['Query.windowCaseStats']);
      if (args.windows.length > MAX_WINDOWS)
        throw badInput(`windows may list at most ${MAX_WINDOWS} windows.`, {
          field: 'windows',
        });
      args.windows.forEach((window, index) => {
        if (window.staffIds.length > MAX_STAFF_PER_WINDOW)
          throw badInput(
            `windows[${index}].staffIds may list at most ${MAX_STAFF_PER_WINDOW} staff members.`,
            { field: `windows[${index}].staffIds` },
          );
      });
      if (!(args.from < args.to))
        throw badInput('`from` must be before `to`.', { field: 'to' });
      const staffIds = [...new Set(args.windows.flatMap((w) => w.staffIds))];
      const windowIds = [...new Set(args.windows.map((w) => w.windowId))];

      // FerretDB has no $elemMatch, so the filter matches cases with any
      // event by these staff and any event in the period, and the accepting
      // event itself is checked below.
      const [cases, evaluations] = await Promise.all([
        staffIds.length === 0
          ? []
          : ctx.models.Case.find(
              {
                hallId: args.hallId,
                'history.actorUserId': { $in: staffIds },
                'history.at': { $gte: args.from, $lt: args.to },
              },
              { history: 1 },
            ).lean<Pick<CaseDocument, '_id' | 'history'>[]>(),
        ctx.services.models.Evaluation.find(
          {
            hallId: args.hallId,
            windowId: { $in: windowIds },
            createdAt: { $gte: args.from, $lt: args.to },
          },
          { windowId: 1, score: 1 },
        ).lean<Pick<EvaluationDocument, 'windowId' | 'score'>[]>(),
      ]);
      const acceptors = cases.flatMap((record) => {
        const accepted = record.history.find((e) => e.action === 'ACCEPTED');
        return accepted && accepted.at >= args.from && accepted.at < args.to
          ? [accepted.actorUserId]
          : [];
      });

      return args.windows.map((window) => {
        const staff = new Set(window.staffIds);
        const own = evaluations.filter((e) => e.windowId === window.windowId);
        return {
          windowId: window.windowId,
          casesHandled: acceptors.filter((id) => staff.has(id)).length,
          evaluations: own.length,
          satisfied: own.filter((e) => e.score >= 4).length,
          averageLevel: averageScore(own),
        };
      });
    },
  },
};
