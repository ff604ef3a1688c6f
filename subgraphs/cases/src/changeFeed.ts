import {
  ACCESS_POLICY,
  authorizeViewer,
  readChangeFeed,
  type ChangeFeedArguments,
} from '@ykb/common';
import type { CasesContext } from './context.js';
import type { CaseDocument } from './model.js';

/** Reads one page of the cases change feed for a SYSTEM caller. */
export async function caseChanges(
  ctx: CasesContext,
  args: ChangeFeedArguments,
) {
  authorizeViewer(ctx.viewer, ACCESS_POLICY.cases['Query.caseChanges']);
  const page = await readChangeFeed<CaseDocument & { updatedAt?: Date | null }>(
    ctx.models.Case,
    args,
  );
  return {
    nextAfter: page.nextAfter,
    records: page.records.map((found) => ({
      id: found._id,
      caseNumber: found.caseNumber,
      itemName: found.itemName,
      departmentCode: found.departmentCode,
      divisionCode: found.divisionCode,
      applicantName: found.applicantName,
      applicantIdNumber: found.applicantIdNumber,
      status: found.status,
      submittedAt: found.submittedAt.toISOString(),
    })),
  };
}
