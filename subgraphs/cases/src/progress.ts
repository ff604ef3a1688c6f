import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  maskName,
} from '@ykb/common';
import { canSeePersonalData, canViewCase } from './caseAccess.js';
import { reserveProgressLookup } from './progressGuard.js';
import {
  isQueryCodeShape,
  normalizeQueryCode,
  QUERY_CODE_LENGTH,
  queryCodeMatches,
} from './queryCode.js';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import type { CaseDocument } from './model.js';
import { deadlineOf, timeLimitStatus } from './timeLimit.js';

/** Length of the ID-number suffix that public progress lookup requires. */
const SUFFIX_LENGTH = 6;

/**
 * Public progress of a case (办件进度查询): found by case number, the last
 * six characters of the applicant's ID-card number or credit code (compared
 * case-insensitively) and the case's query code from the acceptance notice.
 * The public case list shows case numbers and the last four ID characters
 * but never the query code, so the list does not help a lookup. A mismatch
 * of any part returns null, revealing nothing about which part was wrong.
 * reserveProgressLookup limits the rate per client and locks a case number
 * or client out after repeated failures (RATE_LIMITED, TOO_MANY_ATTEMPTS).
 * The progress shows the steps and their times, a masked name and no
 * personal data or staff names.
 */
export async function caseProgress(
  ctx: CasesContext,
  caseNumber: string,
  idNumberSuffix: string,
  queryCode: string,
) {
  // ACCESS_POLICY.cases['Query.caseProgress'] is PUBLIC, so anyone who has all three parts may look.
  const suffix = idNumberSuffix.trim().toUpperCase();
  if (!/^[0-9A-Z]{6}$/.test(suffix))
    throw badInput(
      `idNumberSuffix must be the last ${SUFFIX_LENGTH} characters of the ID-card number or credit code.`,
      { field: 'idNumberSuffix' },
    );
  const code = normalizeQueryCode(queryCode);
  if (!isQueryCodeShape(code))
    throw badInput(
      `queryCode must be the ${QUERY_CODE_LENGTH}-character query code printed on the acceptance notice.`,
      { field: 'queryCode' },
    );
  const number = caseNumber.trim();
  if (!number || number.length > 60)
    throw badInput(
      'caseNumber must be a case number of at most 60 characters.',
      {
        field: 'caseNumber',
      },
    );
  const reservation = await reserveProgressLookup(
    ctx.models.Case.db,
    ctx.clientAddress,
    number,
    ctx.log,
  );
  const record = await ctx.models.Case.findOne({
    caseNumber: number,
  }).lean<CaseDocument>();
  const held = record?.applicantIdNumber?.toUpperCase() ?? '';
  const suffixMatches = held.length >= SUFFIX_LENGTH && held.endsWith(suffix);
  if (!record || !suffixMatches || !queryCodeMatches(record._id, code)) {
    ctx.log.info(
      { caseNumber: number },
      'case progress lookup without a match',
    );
    return null;
  }
  await reservation.matched();
  const at = now();
  return {
    caseNumber: record.caseNumber,
    itemName: record.itemName,
    itemNameEn: record.itemNameEn ?? null,
    applicantName: maskName(record.applicantName),
    status: record.status,
    submittedAt: record.submittedAt.toISOString(),
    deadline: deadlineOf(record, record.promisedLimitDays, at),
    timeLimitStatus: timeLimitStatus(
      record,
      at,
      ctx.rules.rulesFor(record.divisionCode).warningWorkingDays,
    ),
    steps: record.history.map((event) => ({
      action: event.action,
      at: event.at.toISOString(),
    })),
  };
}

/**
 * Content of an issued document, for the applicant and for staff who see
 * the applicant's personal data; null when no case lists the document or
 * the viewer may not read it.
 */
export async function caseDocument(ctx: CasesContext, id: string) {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.caseDocument'],
  );
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  const record = await ctx.models.Case.findOne({
    'documents.id': id,
  }).lean<CaseDocument>();
  if (
    !record ||
    !canViewCase(viewer, record) ||
    !canSeePersonalData(viewer, record, ctx.agentReadableCases)
  )
    return null;
  const entry = record.documents!.find((d) => d.id === id)!;
  const content = await ctx.documents.read(id);
  if (!content) return null;
  return {
    id,
    fileName: entry.fileName,
    mimeType: 'application/pdf',
    contentBase64: content.toString('base64'),
  };
}
