import {
  ACCESS_POLICY,
  authorizeViewer,
  appError,
  badInput,
  changeAtVersion,
  ErrorCode,
  forbidden,
  inJurisdiction,
  notFound,
  type AccessRule,
  type RoleValue,
  type Viewer,
} from '@ykb/common';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import { LicenceIssuer } from './licenceIssuer.js';
import type { CaseDocument, CaseStatus } from './model.js';
import { deadlineAfter, decisionTimeliness } from './timeLimit.js';

const MAX_OPINION_LENGTH = 500;

interface TransitionSpec {
  action: string;
  /** Entry of ACCESS_POLICY.cases whose roles may make the transition. */
  rule: AccessRule & { audience: readonly RoleValue[] };
  from: CaseStatus;
  /** Reads the opinion or reason; runs after the role check so anonymous callers see UNAUTHENTICATED first. */
  opinion: () => string | null;
  /** Fields to set, by path; `at` is the business time of the transition. */
  change: (
    record: CaseDocument,
    viewer: Viewer,
    at: Date,
  ) => Record<string, unknown>;
}

/** Trims an opinion or reason and checks its length; `required` rejects an empty one. */
export function readOpinion(
  value: string | null | undefined,
  field: string,
  required: boolean,
): string | null {
  const text = value?.normalize('NFC').trim() ?? '';
  if (!text) {
    if (required) throw badInput(`${field} is required.`, { field });
    return null;
  }
  if (Array.from(text).length > MAX_OPINION_LENGTH)
    throw badInput(
      `${field} may be at most ${MAX_OPINION_LENGTH} characters.`,
      { field },
    );
  return text;
}

/**
 * Moves a case from one status to the next with optimistic concurrency: the
 * write is made as the version after the one read, so of two staff acting at
 * once exactly one succeeds and the other gets CONFLICT.
 */
async function transition(
  ctx: CasesContext,
  id: string,
  expectedVersion: number | null | undefined,
  spec: TransitionSpec,
): Promise<CaseDocument> {
  const viewer = authorizeViewer(ctx.viewer, spec.rule);
  const record = await ctx.models.Case.findById(id).lean<CaseDocument>();
  if (!record) throw notFound('Case', id);
  if (!inJurisdiction(viewer, record))
    throw forbidden(`Case ${id} lies outside your division or department.`);
  if (expectedVersion != null && expectedVersion !== record.version) {
    throw appError(
      ErrorCode.Conflict,
      `Case ${id} changed since version ${expectedVersion}; it is now version ${record.version} with status ${record.status}.`,
      { currentVersion: record.version, status: record.status },
    );
  }
  if (record.status !== spec.from) {
    throw appError(
      ErrorCode.InvalidState,
      `Case ${id} is ${record.status}; ${spec.action} needs status ${spec.from}.`,
      { status: record.status },
    );
  }

  const opinion = spec.opinion();
  const at = now();
  const event = {
    action: spec.action,
    actorUserId: viewer.userId,
    actorName: viewer.name,
    at,
    opinion,
  };
  const change = {
    set: spec.change(record, viewer, at),
    push: { history: event },
  };
  const updated = await changeAtVersion<CaseDocument>(
    ctx.models.Case,
    id,
    record.version,
    change,
    { log: ctx.log },
  );
  if (!updated) {
    throw appError(
      ErrorCode.Conflict,
      `Case ${id} was changed by someone else while ${spec.action} ran; reload it and try again.`,
    );
  }
  ctx.log.info(
    { caseId: id, action: spec.action, version: updated.version },
    'case transition',
  );
  return updated;
}

/** Accepts (受理) a submitted case as a clerk or window staff; the promised and statutory deadlines count from this day. */
export function acceptCase(
  ctx: CasesContext,
  id: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'ACCEPTED',
    rule: ACCESS_POLICY.cases['Mutation.acceptCase'],
    from: 'SUBMITTED',
    opinion: () => null,
    change: (record, viewer, at) => ({
      status: 'ACCEPTED',
      acceptedAt: at,
      hallId: viewer.hallId ?? null,
      deadline: deadlineAfter(at, record.promisedLimitDays),
      statutoryDeadline: deadlineAfter(at, record.statutoryLimitDays),
    }),
  });
}

/** Declines to accept (不予受理) a submitted case as a clerk or window staff, with a reason. */
export function notAcceptCase(
  ctx: CasesContext,
  id: string,
  reason: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'NOT_ACCEPTED',
    rule: ACCESS_POLICY.cases['Mutation.notAcceptCase'],
    from: 'SUBMITTED',
    opinion: () => readOpinion(reason, 'reason', true),
    change: (_record, _viewer, at) => ({
      status: 'NOT_ACCEPTED',
      decidedAt: at,
    }),
  });
}

/** Rejects (不予许可) an accepted case as a reviewer or approver, with a reason. */
export function rejectCase(
  ctx: CasesContext,
  id: string,
  reason: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'REJECTED',
    rule: ACCESS_POLICY.cases['Mutation.rejectCase'],
    from: 'ACCEPTED',
    opinion: () => readOpinion(reason, 'reason', true),
    change: (record, _viewer, at) => ({
      status: 'REJECTED',
      decidedAt: at,
      decisionTimeliness: decisionTimeliness(at, record.deadline),
    }),
  });
}

/**
 * Approves an accepted case as a reviewer or approver. Without a licence type
 * the case completes at once; otherwise the same update records the licence
 * issuance as PENDING, and one attempt follows before returning. A failed
 * attempt leaves the case APPROVED for the retry loop.
 */
export async function approveCase(
  ctx: CasesContext,
  id: string,
  opinion: string | null | undefined,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  const approved = await transition(ctx, id, expectedVersion, {
    action: 'APPROVED',
    rule: ACCESS_POLICY.cases['Mutation.approveCase'],
    from: 'ACCEPTED',
    opinion: () => readOpinion(opinion, 'opinion', false),
    change: (record, _viewer, at) => {
      const decided = {
        decidedAt: at,
        decisionTimeliness: decisionTimeliness(at, record.deadline),
      };
      if (!record.licenceTypeCode)
        return { ...decided, status: 'COMPLETED', completedAt: at };
      return {
        ...decided,
        status: 'APPROVED',
        licenceIssue: LicenceIssuer.claimedPending(),
      };
    },
  });
  if (approved.status !== 'APPROVED') return approved;

  await ctx.issuer.attempt(approved, ctx.requestId);
  return (await ctx.models.Case.findById(id).lean<CaseDocument>()) ?? approved;
}

/** Puts a FAILED licence issuance back in the retry queue after staff fixed its cause. */
export async function retryLicenceIssue(
  ctx: CasesContext,
  id: string,
): Promise<CaseDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.retryLicenceIssue'],
  );
  const record = await ctx.models.Case.findById(id).lean<CaseDocument>();
  if (!record) throw notFound('Case', id);
  if (!inJurisdiction(viewer, record))
    throw forbidden(`Case ${id} lies outside your division or department.`);
  if (record.status !== 'APPROVED' || record.licenceIssue.state !== 'FAILED') {
    throw appError(
      ErrorCode.InvalidState,
      `Case ${id} has no failed licence issuance (status ${record.status}, issuance ${record.licenceIssue.state}).`,
      { status: record.status },
    );
  }
  const updated = await changeAtVersion<CaseDocument>(
    ctx.models.Case,
    id,
    record.version,
    {
      set: {
        'licenceIssue.state': 'PENDING',
        'licenceIssue.nextAttemptAt': new Date(),
      },
    },
    { log: ctx.log },
  );
  if (!updated)
    throw appError(
      ErrorCode.Conflict,
      `Case ${id} changed while the retry was requested; reload it.`,
    );
  ctx.log.info({ caseId: id }, 'licence issuance requeued');
  return updated;
}
