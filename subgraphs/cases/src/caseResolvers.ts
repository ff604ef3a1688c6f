import { isStaff, maskIdCard, maskName } from '@ykb/common';
import { canSeePersonalData, loadReadableCase } from './caseAccess.js';
import { now } from './clock.js';
import type { CaseResolvers } from './generated/resolvers-types.js';
import type { CaseEvent, CaseMaterial } from './model.js';
import { currentDeadline, timeLimitStatus } from './timeLimit.js';

function iso(value: Date): string;
function iso(value: Date | null): string | null;
function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/** Field resolvers of Case; personal data is masked per viewer on every path that reaches a case. */
export const caseResolvers: CaseResolvers = {
  __resolveReference: (ref, ctx) => loadReadableCase(ctx, ref.id),
  id: (c) => c._id,
  item: (c) => ({ id: c.itemId }),
  applicant: (c) => ({ id: c.applicantUserId }),
  agent: (c) => (c.agentUserId ? { id: c.agentUserId } : null),
  applicantLegalPerson: (c) =>
    c.applicantSubjectType === 'LEGAL_PERSON'
      ? { id: c.applicantUserId }
      : null,
  agentGrantId: (c) => c.agentGrantId ?? null,
  applicantName: (c, _args, ctx) =>
    canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases)
      ? c.applicantName
      : maskName(c.applicantName),
  applicantIdNumber: (c, _args, ctx) => {
    if (!c.applicantIdNumber) return null;
    return canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases)
      ? c.applicantIdNumber
      : maskIdCard(c.applicantIdNumber);
  },
  formData: (c, _args, ctx) =>
    canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases)
      ? c.formData
      : null,
  materials: (c, _args, ctx) => {
    const personal = canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases);
    return c.materials.map((m: CaseMaterial) =>
      personal
        ? m
        : {
            code: m.code,
            name: m.name,
            fileId: null,
            fileName: null,
            sha256: null,
          },
    );
  },
  submittedAt: (c) => iso(c.submittedAt),
  acceptedAt: (c) => iso(c.acceptedAt),
  decidedAt: (c) => iso(c.decidedAt),
  completedAt: (c) => iso(c.completedAt),
  deadline: (c) =>
    currentDeadline(c.deadline, c.acceptedAt, c.promisedLimitDays),
  statutoryDeadline: (c) =>
    currentDeadline(c.statutoryDeadline, c.acceptedAt, c.statutoryLimitDays),
  timeLimitStatus: (c) => timeLimitStatus(c, now()),
  hall: (c) => (c.hallId ? { id: c.hallId } : null),
  // NOTE: a case stored before licenceIdentifier existed has none, so a request for the provided identifier turns its licence into null with an error.
  licence: (c) =>
    c.licenceId
      ? { id: c.licenceId, identifier: c.licenceIdentifier ?? undefined }
      : null,
  licenceIssue: (c, _args, ctx) => ({
    state: c.licenceIssue.state,
    attempts: c.licenceIssue.attempts,
    lastError: isStaff(ctx.viewer) ? c.licenceIssue.lastError : null,
  }),
  history: (c, _args, ctx) => {
    const personal = canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases);
    return c.history.map((event: CaseEvent) => ({
      action: event.action,
      actorId: event.actorUserId,
      actorName:
        !personal && event.actorUserId === c.applicantUserId
          ? maskName(event.actorName)
          : event.actorName,
      at: event.at.toISOString(),
      opinion: event.opinion,
    }));
  },
};
