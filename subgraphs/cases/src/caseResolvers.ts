import { isStaff, maskIdCard, maskName } from '@ykb/common';
import { canSeePersonalData, canViewCase } from './caseAccess.js';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import type { CaseDocument, CaseEvent, CaseMaterial } from './model.js';
import { currentDeadline, timeLimitStatus } from './timeLimit.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Field resolvers of Case; personal data is masked per viewer on every path that reaches a case. */
export const caseResolvers = {
  __resolveReference: async (ref: { id: string }, ctx: CasesContext) => {
    const record = await ctx.caseById.load(ref.id);
    if (!record) return null;
    if (!canViewCase(ctx.viewer, record)) {
      ctx.log.warn({ caseId: ref.id, userId: ctx.viewer?.userId }, 'case reference denied');
      return null;
    }
    return record;
  },
  id: (c: CaseDocument) => c._id,
  item: (c: CaseDocument) => ({ id: c.itemId }),
  applicant: (c: CaseDocument) => ({ id: c.applicantUserId }),
  applicantName: (c: CaseDocument, _: unknown, ctx: CasesContext) =>
    canSeePersonalData(ctx.viewer, c) ? c.applicantName : maskName(c.applicantName),
  applicantIdNumber: (c: CaseDocument, _: unknown, ctx: CasesContext) => {
    if (!c.applicantIdNumber) return null;
    return canSeePersonalData(ctx.viewer, c) ? c.applicantIdNumber : maskIdCard(c.applicantIdNumber);
  },
  formData: (c: CaseDocument, _: unknown, ctx: CasesContext) => (canSeePersonalData(ctx.viewer, c) ? c.formData : null),
  materials: (c: CaseDocument, _: unknown, ctx: CasesContext) => {
    const personal = canSeePersonalData(ctx.viewer, c);
    return c.materials.map((m: CaseMaterial) => (personal ? m : { code: m.code, name: m.name, fileId: null, fileName: null, sha256: null }));
  },
  submittedAt: (c: CaseDocument) => iso(c.submittedAt),
  acceptedAt: (c: CaseDocument) => iso(c.acceptedAt),
  decidedAt: (c: CaseDocument) => iso(c.decidedAt),
  completedAt: (c: CaseDocument) => iso(c.completedAt),
  deadline: (c: CaseDocument) => currentDeadline(c.deadline, c.acceptedAt, c.promisedLimitDays),
  statutoryDeadline: (c: CaseDocument) => currentDeadline(c.statutoryDeadline, c.acceptedAt, c.statutoryLimitDays),
  timeLimitStatus: (c: CaseDocument) => timeLimitStatus(c, now()),
  hall: (c: CaseDocument) => (c.hallId ? { id: c.hallId } : null),
  licence: (c: CaseDocument) => (c.licenceId ? { id: c.licenceId, identifier: c.licenceIdentifier ?? undefined } : null),
  licenceIssue: (c: CaseDocument, _: unknown, ctx: CasesContext) => ({
    state: c.licenceIssue.state,
    attempts: c.licenceIssue.attempts,
    lastError: isStaff(ctx.viewer) ? c.licenceIssue.lastError : null,
  }),
  history: (c: CaseDocument, _: unknown, ctx: CasesContext) => {
    const personal = canSeePersonalData(ctx.viewer, c);
    return c.history.map((event: CaseEvent) => ({
      action: event.action,
      actorId: event.actorUserId,
      actorName: !personal && event.actorUserId === c.applicantUserId ? maskName(event.actorName) : event.actorName,
      at: event.at.toISOString(),
      opinion: event.opinion,
    }));
  },
};
