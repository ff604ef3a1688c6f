import {
  ACCESS_POLICY,
  authorize,
  badInput,
  maskIdCard,
  maskMobile,
  maskName,
} from '@ykb/common';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { isLegalPerson } from '../../caseAccess.js';
import type { CaseDocument } from '../../model.js';
import { iso, listSize } from '../shared/input.js';

/** Form fields that hold the applicant's contact mobile, in order of preference. */
const PHONE_FIELDS = ['contactMobile', 'mobile', 'applicantMobile'];

/** The contact mobile of a case's form, or null when it has none. */
export function contactMobile(
  record: Pick<CaseDocument, 'formData'>,
): string | null {
  for (const field of PHONE_FIELDS) {
    const value = record.formData?.[field];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

export const publicityResolvers: Resolvers = {
  Query: {
    publicCases: async (_parent, args, ctx) => {
      authorize(ctx.viewer, ACCESS_POLICY.cases['Query.publicCases']);
      // Only cases the administration accepted are published: an application
      // that was never accepted (submitted, withdrawn, not accepted) stays private.
      const filter: Record<string, unknown> = { acceptedAt: { $ne: null } };
      if (args.itemId) filter.itemId = args.itemId;
      if (args.departmentCode) filter.departmentCode = args.departmentCode;
      if (args.before) {
        const last = await ctx.models.Case.findOne(
          { caseNumber: args.before },
          { submittedAt: 1 },
        ).lean<Pick<CaseDocument, 'submittedAt'>>();
        if (!last)
          throw badInput(
            `before must be the case number of a listed case, got ${args.before}.`,
            { field: 'before' },
          );
        // NOTE: cases submitted in the same millisecond as the cursor case are skipped on the next page.
        filter.submittedAt = { $lt: last.submittedAt };
      }
      // Only the fields shown are read, so form data other than the mobile never leaves the database.
      return ctx.models.Case.find(filter, {
        caseNumber: 1,
        itemId: 1,
        itemName: 1,
        itemNameEn: 1,
        applicantName: 1,
        applicantIdNumber: 1,
        applicantSubjectType: 1,
        status: 1,
        departmentCode: 1,
        submittedAt: 1,
        acceptedAt: 1,
        decidedAt: 1,
        completedAt: 1,
        'formData.contactMobile': 1,
        'formData.mobile': 1,
        'formData.applicantMobile': 1,
      })
        .sort({ submittedAt: -1, _id: -1 })
        .limit(listSize(args.first))
        .lean<CaseDocument[]>();
    },
  },
  PublicCase: {
    item: (record) => ({ id: record.itemId }),
    // A legal person's name and unified social credit code are public
    // registry data; only a natural person's are masked.
    applicantName: (record) =>
      isLegalPerson(record)
        ? record.applicantName
        : maskName(record.applicantName),
    applicantIdNumber: (record) => {
      if (!record.applicantIdNumber) return null;
      return isLegalPerson(record)
        ? record.applicantIdNumber
        : maskIdCard(record.applicantIdNumber);
    },
    applicantPhone: (record) => {
      const mobile = contactMobile(record);
      return mobile ? maskMobile(mobile) : null;
    },
    submittedAt: (record) => iso(record.submittedAt),
    acceptedAt: (record) => iso(record.acceptedAt),
    decidedAt: (record) => iso(record.decidedAt),
    completedAt: (record) => iso(record.completedAt),
  },
};
