import {
  isStaff,
  maskIdCard,
  maskIdentifiersInText,
  maskName,
} from '@ykb/common';
import {
  canSeePersonalData,
  isLegalPerson,
  loadReadableCase,
} from './caseAccess.js';
import { now } from './clock.js';
import type { CaseResolvers } from './generated/resolvers-types.js';
import type { CaseEvent, CaseMaterial, OutboxEntry } from './model.js';
import {
  deadlineOf,
  remainingWorkingDays,
  timeLimitStatus,
} from './timeLimit.js';
import { stepsOf } from './workflow.js';

/** State of an outbox entry as shown: the error only to staff. */
function outboxState(entry: OutboxEntry | null | undefined, staff: boolean) {
  return {
    state: entry?.state ?? 'NONE',
    attempts: entry?.attempts ?? 0,
    lastError: staff ? (entry?.lastError ?? null) : null,
    lastErrorCode: entry?.lastErrorCode ?? null,
  };
}

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
  division: (c) => ({ code: c.divisionCode }),
  applicant: (c) => ({ id: c.applicantUserId }),
  agent: (c) => (c.agentUserId ? { id: c.agentUserId } : null),
  applicantLegalPerson: (c) =>
    isLegalPerson(c) ? { id: c.applicantUserId } : null,
  agentGrantId: (c) => c.agentGrantId ?? null,
  // A legal person's name and unified social credit code are public
  // registry data; only a natural person's are masked.
  applicantName: (c, _args, ctx) =>
    isLegalPerson(c) ||
    canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases)
      ? c.applicantName
      : maskName(c.applicantName),
  applicantIdNumber: (c, _args, ctx) => {
    if (!c.applicantIdNumber) return null;
    return isLegalPerson(c) ||
      canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases)
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
        ? {
            ...m,
            licence: m.licenceId
              ? {
                  id: m.licenceId,
                  identifier: m.licenceIdentifier ?? undefined,
                }
              : null,
          }
        : {
            code: m.code,
            name: m.name,
            fileId: null,
            fileName: null,
            sha256: null,
            licence: null,
          },
    );
  },
  submittedAt: (c) => iso(c.submittedAt),
  acceptedAt: (c) => iso(c.acceptedAt),
  decidedAt: (c) => iso(c.decidedAt),
  completedAt: (c) => iso(c.completedAt),
  deadline: (c) => deadlineOf(c, c.promisedLimitDays, now()),
  statutoryDeadline: (c) => deadlineOf(c, c.statutoryLimitDays, now()),
  timeLimitStatus: (c, _args, ctx) =>
    timeLimitStatus(
      c,
      now(),
      ctx.rules.rulesFor(c.divisionCode).warningWorkingDays,
    ),
  remainingWorkingDays: (c) => remainingWorkingDays(c, now()),
  steps: (c) => stepsOf(c),
  handledBy: (c) => c.handledBy ?? 'PLATFORM',
  decisionRole: (c) => c.decisionRole ?? 'APPROVER',
  pauses: (c) =>
    (c.pauses ?? []).map((pause) => ({
      reason: pause.reason,
      procedure: pause.procedure as never,
      from: pause.from.toISOString(),
      to: pause.to?.toISOString() ?? null,
      excludedWorkingDays: pause.excludedWorkingDays,
    })),
  correctionNotices: (c, _args, ctx) => {
    const personal = canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases);
    return (c.correctionNotices ?? []).map((notice) => ({
      stage: notice.stage,
      items: personal
        ? notice.items
        : notice.items.map((item) => ({
            ...item,
            description: maskIdentifiersInText(item.description),
          })),
      issuedAt: notice.issuedAt.toISOString(),
      resolvedAt: notice.resolvedAt?.toISOString() ?? null,
    }));
  },
  documents: (c) =>
    (c.documents ?? []).map((d) => ({
      ...d,
      issuedAt: d.issuedAt.toISOString(),
    })),
  departmentPush: (c, _args, ctx) =>
    outboxState(c.departmentPush, isStaff(ctx.viewer)),
  deliveryWindowRequest: (c, _args, ctx) =>
    outboxState(c.deliveryWindowRequest, isStaff(ctx.viewer)),
  deliveryMethod: (c) => c.deliveryMethod ?? null,
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
    lastErrorCode: c.licenceIssue.lastErrorCode ?? null,
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
      opinion:
        !personal && event.opinion
          ? maskIdentifiersInText(event.opinion)
          : event.opinion,
    }));
  },
};
