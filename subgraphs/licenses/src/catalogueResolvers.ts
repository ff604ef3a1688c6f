import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  escapeRegExp,
  inJurisdiction,
  pageRows,
} from '@ykb/common';
import { licenceAccess, presentLicence, type LicenceView } from './access.js';
import { createLicenceType } from './catalogueCreation.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type { LicenceDocument } from './model.js';
import { actsForDepartment } from './workflowResolvers.js';

/** Checks the findLicences query: 2 to 100 characters without control characters, trimmed. */
function searchText(query: string): string {
  const text = query.trim();
  if (
    Array.from(text).length < 2 ||
    Array.from(text).length > 100 ||
    /\p{Cc}/u.test(text)
  )
    throw badInput(
      'query must be a licence identifier, a holder ID number or a holder name of 2 to 100 characters.',
      { field: 'query' },
    );
  return text;
}

/** Reports whether the licence matched the query only through its holder data. */
function matchedByHolder(licence: LicenceDocument, text: string): boolean {
  return licence.identifier !== text;
}

/** Creating licence types, and finding licences for licence officers. */
export const catalogueResolvers: Pick<Resolvers, 'Query' | 'Mutation'> = {
  Query: {
    licenceType: (_parent, args, ctx) => ctx.licenceTypeByCode.load(args.code),

    findLicences: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.findLicences'],
      );
      const text = searchText(args.query);
      const first = pageRows(args.first, 50);
      // The filter narrows to the viewer's subtree and department, and inJurisdiction then checks each licence exactly.
      const found = await ctx.models.Licence.find({
        $or: [
          { identifier: text },
          { holderIdNumber: text.toUpperCase() },
          { holderName: text },
        ],
        divisionCode: {
          $regex: `^${escapeRegExp(viewer.divisionCode ?? '')}`,
        },
        ...(viewer.departmentCode
          ? { departmentCode: viewer.departmentCode }
          : {}),
      })
        .sort({ issuedAt: -1, _id: 1 })
        .limit(first)
        .lean<LicenceDocument[]>();
      return found.flatMap((licence): LicenceView[] => {
        const record = {
          divisionCode: licence.divisionCode,
          departmentCode: licence.departmentCode,
        };
        if (!inJurisdiction(viewer, record)) return [];
        // A viewer who sees the holder masked must not learn by a holder search whose licence it is.
        if (
          licenceAccess(viewer, licence) !== 'FULL' &&
          matchedByHolder(licence, text)
        )
          return [];
        const view = presentLicence(licence, viewer);
        return view ? [view] : [];
      });
    },
  },

  Mutation: {
    createLicenceType: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.createLicenceType'],
      );
      actsForDepartment(viewer, args.input.departmentCode);
      return createLicenceType(ctx.models, ctx.log, viewer.userId, {
        ...args.input,
        signingMode: args.input.signingMode ?? 'AUTOMATIC',
      });
    },
  },
};
