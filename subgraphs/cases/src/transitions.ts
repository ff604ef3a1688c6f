import {
  ACCESS_POLICY,
  authorizeViewer,
  appError,
  badInput,
  changeAtVersion,
  DEPARTMENTS,
  ErrorCode,
  forbidden,
  hasRole,
  inJurisdiction,
  INTAKE_ROLES,
  DECISION_ROLES,
  isDivisionCode,
  isWithinDivision,
  notFound,
  type AccessRule,
  type Logger,
  type RoleValue,
  type Viewer,
} from '@ykb/common';
import { isAgentViewer, useAgentGrant } from './agentAccess.js';
import { enclosingDivisions, mayHandleCase } from './caseAccess.js';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import type { DocumentFacts, DocumentStore } from './documents.js';
import {
  implementationsCovering,
  requireItem,
  requireItemVersion,
  type CatalogueItem,
  type ItemVersionForm,
} from './itemClient.js';
import type {
  CaseDocument,
  CaseModels,
  CaseStatus,
  CorrectionItem,
} from './model.js';
import { newOutboxEntry, type OutboxWorker } from './outbox.js';
import {
  deadlineAfter,
  deadlineOf,
  decisionTimeliness,
  excludedDays,
  handlingWorkingDays,
  RUNNING_STATUSES,
} from './timeLimit.js';
import {
  claimRecovery,
  latestShipment,
  type ShipmentDocument,
} from './services/logistics/model.js';
import { readText } from './services/shared/input.js';
import {
  decisionRolesOf,
  requireStepOrder,
  superviseStep,
} from './stepSupervision.js';
import type { SupervisionRuleBook } from './supervision.js';
import { enterStep, hasStep, stepAfter } from './workflow.js';

const MAX_OPINION_LENGTH = 500;
const MAX_CORRECTIONS = 50;

/** Statuses before the decision, in which an application may still be withdrawn or transferred. */
export const UNDECIDED_STATUSES: readonly CaseStatus[] = [
  'SUBMITTED',
  'CORRECTION_REQUIRED',
  'ACCEPTED',
  'REVIEWED',
  'SUSPENDED',
];

/** Reads an opinion or reason of at most 500 characters; `required` rejects an empty one. */
export function readOpinion(
  value: string | null | undefined,
  field: string,
  required: boolean,
): string | null {
  return readText(value, field, MAX_OPINION_LENGTH, required);
}

/**
 * Author of a step: a signed-in user, a departmental system's user, or the
 * service itself. `roles` is set for signed-in users, and supervision checks
 * it against the step. Departmental systems check their handlers themselves.
 */
export interface Actor {
  userId: string;
  name: string;
  roles?: readonly RoleValue[];
}

/** The long-lived parts a step needs, whether it comes from GraphQL or from a departmental system. */
export interface StepRuntime {
  models: CaseModels;
  documents: DocumentStore;
  outbox: OutboxWorker;
  /** Supervision rules that each written step is checked against. */
  rules: SupervisionRuleBook;
  log: Logger;
  requestId?: string;
}

/** One handling step to write on a case. */
export interface StepWrite {
  action: string;
  opinion: string | null;
  /** Fields to set, by path. */
  set: Record<string, unknown>;
  /** Values appended to array fields other than history and documents. */
  push?: Record<string, unknown>;
  /** Document the step issues to the applicant. */
  document?: DocumentFacts;
}

/**
 * Writes one step on a case at the version read, with its history event and
 * its document, in one single-document update. The document's file is
 * stored first and deleted again when another change took the version.
 * Outbox entries the step wrote get their first delivery attempt before
 * this returns. Returns null on a lost race; the caller reports CONFLICT.
 */
export async function writeStep(
  rt: StepRuntime,
  record: CaseDocument,
  actor: Actor,
  at: Date,
  step: StepWrite,
): Promise<CaseDocument | null> {
  const issued = step.document
    ? await rt.documents.issue(record, step.document)
    : null;
  const push: Record<string, unknown> = {
    ...step.push,
    history: {
      action: step.action,
      actorUserId: actor.userId,
      actorName: actor.name,
      at,
      opinion: step.opinion,
    },
  };
  if (issued) push.documents = issued;
  const updated = await changeAtVersion<CaseDocument>(
    rt.models.Case,
    record._id,
    record.version,
    { set: step.set, push },
    { log: rt.log },
  );
  if (!updated) {
    if (issued) await rt.documents.discard(issued.id);
    return null;
  }
  rt.log.info(
    { caseId: record._id, action: step.action, version: updated.version },
    'case transition',
  );
  await superviseStep(rt.models, rt.rules, record, step.action, actor, rt.log);
  await rt.outbox.attemptNew(updated, rt.requestId);
  return (
    (await rt.models.Case.findById(record._id).lean<CaseDocument>()) ?? updated
  );
}

export function conflictError(id: string, action: string) {
  return appError(
    ErrorCode.Conflict,
    `Case ${id} was changed by someone else while ${action} ran; reload it and try again.`,
  );
}

export function invalidState(
  record: CaseDocument,
  action: string,
  expected: readonly CaseStatus[],
) {
  return appError(
    ErrorCode.InvalidState,
    `Case ${record._id} is ${record.status}; ${action} needs status ${expected.join(' or ')}.`,
    { status: record.status },
  );
}

/** Checks the version a client read; a stale one fails with CONFLICT before anything else is checked. */
export function checkVersion(
  record: CaseDocument,
  expectedVersion: number | null | undefined,
): void {
  if (expectedVersion != null && expectedVersion !== record.version)
    throw appError(
      ErrorCode.Conflict,
      `Case ${record._id} changed since version ${expectedVersion}; it is now version ${record.version} with status ${record.status}.`,
      { currentVersion: record.version, status: record.status },
    );
}

interface TransitionSpec {
  action: string;
  /** Entry of ACCESS_POLICY.cases whose roles may make the transition. */
  rule: AccessRule & { audience: readonly RoleValue[] };
  from: (record: CaseDocument) => readonly CaseStatus[];
  /** Further checks after jurisdiction, version and status; may read the item. */
  check?: (record: CaseDocument, viewer: Viewer) => Promise<void> | void;
  /** Reads the opinion or reason; runs after the role check so anonymous callers see UNAUTHENTICATED first. */
  opinion: () => string | null;
  /** The step to write; `at` is the business time of the transition. */
  write: (
    record: CaseDocument,
    viewer: Viewer,
    at: Date,
    opinion: string | null,
  ) => Omit<StepWrite, 'action' | 'opinion'> & { opinion?: string | null };
}

function runtime(ctx: CasesContext): StepRuntime {
  return {
    models: ctx.models,
    documents: ctx.documents,
    outbox: ctx.outbox,
    rules: ctx.rules,
    log: ctx.log,
    requestId: ctx.requestId,
  };
}

/** Loads a case for a staff transition: NOT_FOUND, then FORBIDDEN when the viewer may not handle it (see mayHandleCase). */
async function loadForStaff(
  ctx: CasesContext,
  viewer: Viewer,
  id: string,
): Promise<CaseDocument> {
  const record = await ctx.models.Case.findById(id).lean<CaseDocument>();
  if (!record) throw notFound('Case', id);
  if (!mayHandleCase(viewer, record))
    throw forbidden(
      `Case ${id} lies outside your division or department, or is handled by another department (${record.departmentCode}).`,
    );
  return record;
}

/**
 * Moves a case to its next state with optimistic concurrency: the write is
 * made as the version after the one read, so of two staff acting at once
 * exactly one succeeds and the other gets CONFLICT.
 */
async function transition(
  ctx: CasesContext,
  id: string,
  expectedVersion: number | null | undefined,
  spec: TransitionSpec,
): Promise<CaseDocument> {
  const viewer = authorizeViewer(ctx.viewer, spec.rule);
  const record = await loadForStaff(ctx, viewer, id);
  checkVersion(record, expectedVersion);
  const from = spec.from(record);
  if (!from.includes(record.status))
    throw invalidState(record, spec.action, from);
  requireStepOrder(record, spec.action);
  // The input is checked before spec.check, which may claim something a rejected request must not keep.
  const opinion = spec.opinion();
  await spec.check?.(record, viewer);
  const at = now();
  const { opinion: written, ...step } = spec.write(record, viewer, at, opinion);
  const updated = await writeStep(runtime(ctx), record, viewer, at, {
    action: spec.action,
    opinion: written === undefined ? opinion : written,
    ...step,
  });
  if (!updated) throw conflictError(id, spec.action);
  return updated;
}

/** Deadline fields of a case accepted at `acceptedAt` with its pauses. */
function deadlines(
  record: CaseDocument,
  acceptedAt: Date,
  pauses: CaseDocument['pauses'],
  at: Date,
): Record<string, unknown> {
  const timed = { acceptedAt, pauses };
  return {
    deadline: deadlineOf(timed, record.promisedLimitDays, at),
    statutoryDeadline: deadlineOf(timed, record.statutoryLimitDays, at),
  };
}

/**
 * Fields that end the open pause of a case at `at`: its end, its excluded
 * working days and the deadlines moved by them. Nothing when no pause is open.
 */
export function closePause(
  record: CaseDocument,
  at: Date,
): Record<string, unknown> {
  const pauses = record.pauses ?? [];
  const index = pauses.findIndex((pause) => !pause.to);
  if (index < 0 || !record.acceptedAt) return {};
  const excluded = excludedDays(pauses[index]!.from, at);
  const closed = pauses.map((pause, i) =>
    i === index ? { ...pause, to: at, excludedWorkingDays: excluded } : pause,
  );
  return {
    [`pauses.${index}.to`]: at,
    [`pauses.${index}.excludedWorkingDays`]: excluded,
    ...deadlines(record, record.acceptedAt, closed, at),
  };
}

/** Refuses platform decisions on cases that a departmental system decides. */
function decidedInPlatform(record: CaseDocument): void {
  if (record.handledBy === 'DEPARTMENT_SYSTEM')
    throw appError(
      ErrorCode.InvalidState,
      `Case ${record._id} is handled in departmental system ${record.departmentSystemId}, which reports its result.`,
      { status: record.status },
    );
}

/**
 * Raises FORBIDDEN unless the viewer has a role that decides the case:
 * APPROVER, or REVIEWER as well when the item's workflow assigned the
 * decision to reviewers.
 */
function requireDecider(record: CaseDocument, viewer: Viewer): void {
  const roles = decisionRolesOf(record);
  if (!hasRole(viewer, ...roles))
    throw forbidden(
      record.decisionRole === 'REVIEWER'
        ? `Case ${record._id} is decided by reviewers or approvers; your roles include neither.`
        : `Case ${record._id} is decided by approvers: its item's workflow does not assign the decision to reviewers.`,
    );
}

/** Statuses from which a case is decided: after review when the item has a REVIEW step. */
function decisionFrom(record: CaseDocument): readonly CaseStatus[] {
  return hasStep(record, 'REVIEW') ? ['REVIEWED'] : ['ACCEPTED'];
}

/** Fields that record an approval and enter the step after DECISION. */
export function approvalFields(
  record: CaseDocument,
  at: Date,
): Record<string, unknown> {
  return {
    decidedAt: at,
    decisionTimeliness: decisionTimeliness(
      at,
      deadlineOf(record, record.promisedLimitDays, at),
    ),
    handlingWorkingDays: handlingWorkingDays(record, at),
    ...enterStep(record, stepAfter(record, 'DECISION'), at),
  };
}

/** Fields that record a rejection. */
export function rejectionFields(
  record: CaseDocument,
  at: Date,
): Record<string, unknown> {
  return {
    status: 'REJECTED',
    decidedAt: at,
    decisionTimeliness: decisionTimeliness(
      at,
      deadlineOf(record, record.promisedLimitDays, at),
    ),
    handlingWorkingDays: handlingWorkingDays(record, at),
  };
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
    from: () => ['SUBMITTED'],
    opinion: () => null,
    write: (record, viewer, at) => {
      const deadline = deadlineAfter(at, record.promisedLimitDays);
      const set: Record<string, unknown> = {
        status: 'ACCEPTED',
        acceptedAt: at,
        hallId: viewer.hallId ?? null,
        deadline,
        statutoryDeadline: deadlineAfter(at, record.statutoryLimitDays),
      };
      if (record.handledBy === 'DEPARTMENT_SYSTEM')
        set.departmentPush = newOutboxEntry();
      return {
        set,
        document: {
          kind: 'ACCEPTANCE_NOTICE',
          issuedAt: at,
          departmentCode: record.departmentCode,
          deadline: deadline.date,
        },
      };
    },
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
    from: () => ['SUBMITTED'],
    opinion: () => readOpinion(reason, 'reason', true),
    write: (record, _viewer, at, opinion) => ({
      set: { status: 'NOT_ACCEPTED', decidedAt: at },
      document: {
        kind: 'NOT_ACCEPTED_DECISION',
        issuedAt: at,
        departmentCode: record.departmentCode,
        opinion,
      },
    }),
  });
}

/** Records the review (审查) of an accepted case whose item has a REVIEW step. */
export function reviewCase(
  ctx: CasesContext,
  id: string,
  opinion: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'REVIEWED',
    rule: ACCESS_POLICY.cases['Mutation.reviewCase'],
    from: () => ['ACCEPTED'],
    check: (record) => {
      decidedInPlatform(record);
      if (!hasStep(record, 'REVIEW'))
        throw appError(
          ErrorCode.InvalidState,
          `Item ${record.itemId} has no REVIEW step; decide case ${record._id} directly.`,
          { status: record.status },
        );
    },
    opinion: () => readOpinion(opinion, 'opinion', true),
    write: () => ({ set: { status: 'REVIEWED' } }),
  });
}

/** Rejects (不予许可) an accepted or reviewed case as a role that decides it (see requireDecider), with a reason. */
export function rejectCase(
  ctx: CasesContext,
  id: string,
  reason: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'REJECTED',
    rule: ACCESS_POLICY.cases['Mutation.rejectCase'],
    from: () => RUNNING_STATUSES,
    check: (record, viewer) => {
      decidedInPlatform(record);
      requireDecider(record, viewer);
    },
    opinion: () => readOpinion(reason, 'reason', true),
    write: (record, _viewer, at, opinion) => ({
      set: rejectionFields(record, at),
      document: {
        kind: 'REJECTION_DECISION',
        issuedAt: at,
        departmentCode: record.departmentCode,
        opinion,
      },
    }),
  });
}

/**
 * Approves a case as a role that decides it, see requireDecider (after
 * review when the item has a REVIEW step). The same update enters the next step: charging, licence
 * making, delivery or completion. A licence outbox entry is attempted once
 * before returning, and after a failed attempt the case stays APPROVED for
 * the outbox loop.
 */
export function approveCase(
  ctx: CasesContext,
  id: string,
  opinion: string | null | undefined,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'APPROVED',
    rule: ACCESS_POLICY.cases['Mutation.approveCase'],
    from: decisionFrom,
    check: (record, viewer) => {
      decidedInPlatform(record);
      requireDecider(record, viewer);
    },
    opinion: () => readOpinion(opinion, 'opinion', false),
    write: (record, _viewer, at, text) => ({
      set: approvalFields(record, at),
      document: {
        kind: 'APPROVAL_DECISION',
        issuedAt: at,
        departmentCode: record.departmentCode,
        opinion: text,
      },
    }),
  });
}

export interface CorrectionItemInput {
  materialCode?: string | null;
  fieldKey?: string | null;
  description: string;
}

/** Checks the corrections of a notice against the materials and form of the case's item version. */
function readCorrections(
  item: ItemVersionForm,
  input: readonly CorrectionItemInput[],
): CorrectionItem[] {
  if (input.length === 0 || input.length > MAX_CORRECTIONS)
    throw badInput(
      `A correction notice lists 1 to ${MAX_CORRECTIONS} corrections, all at once.`,
      { field: 'corrections' },
    );
  return input.map((entry) => {
    const materialCode = entry.materialCode?.trim() || null;
    const fieldKey = entry.fieldKey?.trim() || null;
    if (materialCode && !item.materials.some((m) => m.code === materialCode))
      throw badInput(
        `Material code ${materialCode} is not listed for item ${item.id}.`,
        { field: 'corrections', materialCode },
      );
    if (fieldKey && !item.formFields.some((f) => f.key === fieldKey))
      throw badInput(
        `Form field ${fieldKey} is not on item ${item.id}'s form.`,
        {
          field: 'corrections',
          fieldKey,
        },
      );
    return {
      materialCode,
      fieldKey,
      description: readOpinion(entry.description, 'description', true)!,
    };
  });
}

export function loadItem(
  ctx: CasesContext,
  itemId: string,
): Promise<CatalogueItem> {
  return requireItem(itemId, ctx.requestId);
}

/** Loads the materials and form of the item version the case was filed under. */
export function loadFiledForm(
  ctx: CasesContext,
  record: Pick<CaseDocument, 'itemId' | 'itemVersion'>,
): Promise<ItemVersionForm> {
  return requireItemVersion(record.itemId, record.itemVersion, ctx.requestId);
}

/**
 * Issues the one correction notice (一次性告知补正) of the current stage:
 * before acceptance by intake staff, after acceptance by reviewers and
 * approvers, when it also pauses the time limit. Each stage has at most one
 * notice, so every correction must be listed at once. Listed materials and
 * form fields must belong to the item version the case was filed under.
 */
export async function requestCorrection(
  ctx: CasesContext,
  id: string,
  corrections: readonly CorrectionItemInput[],
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  let items: CorrectionItem[] = [];
  return transition(ctx, id, expectedVersion, {
    action: 'CORRECTION_REQUESTED',
    rule: ACCESS_POLICY.cases['Mutation.requestCorrection'],
    from: () => ['SUBMITTED', ...RUNNING_STATUSES],
    check: async (record, viewer) => {
      const stage = record.status === 'SUBMITTED' ? 'ACCEPTANCE' : 'HANDLING';
      const roles = stage === 'ACCEPTANCE' ? INTAKE_ROLES : DECISION_ROLES;
      if (!hasRole(viewer, ...roles))
        throw forbidden(
          stage === 'ACCEPTANCE'
            ? 'Before acceptance, clerks and window staff issue the correction notice.'
            : 'After acceptance, reviewers and approvers issue the correction notice.',
        );
      if (stage === 'HANDLING') decidedInPlatform(record);
      if ((record.correctionNotices ?? []).some((n) => n.stage === stage))
        throw appError(
          ErrorCode.InvalidState,
          `Case ${record._id} already had its one correction notice of the ${stage.toLowerCase()} stage; every correction must be listed in that notice.`,
          { status: record.status },
        );
      items = readCorrections(await loadFiledForm(ctx, record), corrections);
    },
    opinion: () => null,
    write: (record, _viewer, at) => {
      const stage = record.status === 'SUBMITTED' ? 'ACCEPTANCE' : 'HANDLING';
      const push: Record<string, unknown> = {
        correctionNotices: {
          stage,
          items,
          issuedAt: at,
          resolvedAt: null,
          returnStatus: record.status,
        },
      };
      if (stage === 'HANDLING')
        push.pauses = {
          reason: 'CORRECTION',
          procedure: null,
          from: at,
          to: null,
          excludedWorkingDays: null,
          resumeStatus: record.status,
        };
      return {
        set: { status: 'CORRECTION_REQUIRED' },
        push,
        opinion: items.map((c) => c.description).join('；'),
        document: {
          kind: 'CORRECTION_NOTICE',
          issuedAt: at,
          departmentCode: record.departmentCode,
          corrections: items,
        },
      };
    },
  });
}

/** Suspends an accepted or reviewed case for a special procedure; the time limit stops. */
export function suspendCase(
  ctx: CasesContext,
  id: string,
  procedure: string,
  reason: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'SUSPENDED',
    rule: ACCESS_POLICY.cases['Mutation.suspendCase'],
    from: () => RUNNING_STATUSES,
    opinion: () => readOpinion(reason, 'reason', true),
    write: (record, _viewer, at, opinion) => ({
      set: { status: 'SUSPENDED' },
      push: {
        pauses: {
          reason: 'SUSPENSION',
          procedure,
          from: at,
          to: null,
          excludedWorkingDays: null,
          resumeStatus: record.status,
        },
      },
      opinion: `${procedure}: ${opinion}`,
    }),
  });
}

/** Ends a suspension; the clock runs again with the deadline moved by the excluded working days. */
export function resumeCase(
  ctx: CasesContext,
  id: string,
  opinion: string | null | undefined,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  return transition(ctx, id, expectedVersion, {
    action: 'RESUMED',
    rule: ACCESS_POLICY.cases['Mutation.resumeCase'],
    from: () => ['SUSPENDED'],
    opinion: () => readOpinion(opinion, 'opinion', false),
    write: (record, _viewer, at) => {
      const pause = (record.pauses ?? []).find((p) => !p.to);
      return {
        set: {
          ...closePause(record, at),
          status: pause?.resumeStatus ?? 'ACCEPTED',
        },
      };
    },
  });
}

/**
 * Finds where a transfer may send a case: a published implementation of the
 * case's catalogue entry by the receiving department whose division
 * contains the case's division. Without `divisionCode` the deepest such
 * implementation is taken. Raises BAD_USER_INPUT when there is none, and
 * the message lists the departments and divisions that may receive it.
 */
async function transferTarget(
  ctx: CasesContext,
  record: CaseDocument,
  departmentCode: string,
  divisionCode: string | null | undefined,
): Promise<{ divisionCode: string }> {
  if (!DEPARTMENTS.some((d) => d.code === departmentCode))
    throw badInput(`Department ${departmentCode} does not exist.`, {
      field: 'departmentCode',
    });
  if (
    divisionCode != null &&
    (!isDivisionCode(divisionCode) ||
      !isWithinDivision(divisionCode, record.divisionCode))
  )
    throw badInput(
      `divisionCode ${divisionCode} must be a division that contains the case's division ${record.divisionCode}.`,
      { field: 'divisionCode' },
    );
  const item = await loadItem(ctx, record.itemId);
  const receivers = (
    await implementationsCovering(
      item.basicCode,
      record.divisionCode,
      ctx.requestId,
    )
  ).filter(
    (candidate) =>
      candidate.departmentCode !== record.departmentCode ||
      // A case stored before handling divisions were recorded stays with its department.
      (record.handlingDivisionCode != null &&
        candidate.divisionCode !== record.handlingDivisionCode),
  );
  const found = receivers.find(
    (candidate) =>
      candidate.departmentCode === departmentCode &&
      (divisionCode == null || candidate.divisionCode === divisionCode),
  );
  if (found) return { divisionCode: found.divisionCode };
  const allowed = receivers.map(
    (candidate) => `${candidate.departmentCode}@${candidate.divisionCode}`,
  );
  throw badInput(
    `Case ${record._id} cannot go to ${departmentCode}${divisionCode ? `@${divisionCode}` : ''}: a transfer needs a published implementation of catalogue entry ${item.basicCode} covering division ${record.divisionCode}. ${
      allowed.length
        ? `It may go to ${allowed.join(', ')}.`
        : 'No other department or level implements it, so it cannot be transferred.'
    }`,
    { field: 'departmentCode', allowedReceivers: allowed },
  );
}

/**
 * Transfers an undecided case to another department, or to the same
 * department at another level, that implements the same catalogue entry
 * for the case's division. That department then handles it in the
 * platform, and the former one keeps read access only.
 */
export function transferCase(
  ctx: CasesContext,
  id: string,
  departmentCode: string,
  divisionCode: string | null | undefined,
  reason: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  let target: { divisionCode: string } | undefined;
  return transition(ctx, id, expectedVersion, {
    action: 'TRANSFERRED',
    rule: ACCESS_POLICY.cases['Mutation.transferCase'],
    from: () => UNDECIDED_STATUSES,
    check: async (record) => {
      target = await transferTarget(ctx, record, departmentCode, divisionCode);
    },
    opinion: () => readOpinion(reason, 'reason', true),
    write: (record, _viewer, at, opinion) => ({
      set: {
        departmentCode,
        handlingDivisionCode: target!.divisionCode,
        handledBy: 'PLATFORM',
        departmentSystemId: null,
      },
      push: {
        formerHandlers: {
          departmentCode: record.departmentCode,
          divisionCode: record.handlingDivisionCode ?? null,
          until: at,
        },
      },
      opinion: `${record.departmentCode} → ${departmentCode}@${target!.divisionCode}: ${opinion}`,
    }),
  });
}

/**
 * Records delivery of the result; the case enters the step after DELIVERY
 * (completion). Results chosen by mail complete when the courier delivers
 * them. Only when the courier reported the last results shipment as
 * EXCEPTION may staff hand them over at the window instead, and that
 * handover is audited.
 */
export async function deliverCase(
  ctx: CasesContext,
  id: string,
  method: 'WINDOW' | 'MAIL' | 'ELECTRONIC',
  note: string | null | undefined,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  let failedShipment: ShipmentDocument | null = null;
  const updated = await transition(ctx, id, expectedVersion, {
    action: 'DELIVERED',
    rule: ACCESS_POLICY.cases['Mutation.deliverCase'],
    from: () => ['AWAITING_DELIVERY'],
    check: async (record) => {
      if (!record.resultsByMail) return;
      const last = await latestShipment(
        ctx.services.models.Shipment,
        record._id,
        'RESULTS_TO_APPLICANT',
      );
      if (method === 'WINDOW' && last?.status === 'EXCEPTION') {
        if (
          !(await claimRecovery(
            ctx.services.models.Shipment,
            last._id,
            'WINDOW',
          ))
        )
          throw appError(
            ErrorCode.InvalidState,
            `The results of case ${record._id} are being mailed again after shipment ${last._id} failed; wait for that shipment.`,
            { status: record.status, shipmentId: last._id },
          );
        failedShipment = last;
        return;
      }
      throw appError(
        ErrorCode.InvalidState,
        `The applicant of case ${record._id} receives the results by mail; the case completes when the courier delivers them. Once the courier reports the results shipment as EXCEPTION, hand them over at the window (method WINDOW) or mail them again.`,
        { status: record.status, shipmentStatus: last?.status ?? null },
      );
    },
    opinion: () => readOpinion(note, 'note', false),
    write: (record, _viewer, at, opinion) => ({
      // A case whose results went by mail waits in AWAITING_DELIVERY at its last step, so the handover completes it.
      set: failedShipment
        ? { deliveryMethod: method, status: 'COMPLETED', completedAt: at }
        : {
            deliveryMethod: method,
            ...enterStep(record, stepAfter(record, 'DELIVERY'), at),
          },
      opinion: opinion ? `${method}: ${opinion}` : method,
    }),
  });
  const failed = failedShipment as ShipmentDocument | null;
  if (failed)
    await ctx.audit.record({
      action: 'Mutation.deliverCase',
      outcome: 'SUCCEEDED',
      actorId: ctx.viewer?.userId,
      actorDivisionCode: ctx.viewer?.divisionCode ?? undefined,
      subjectType: 'Case',
      subjectId: id,
      details: { method, failedShipment: failed._id },
      requestId: ctx.requestId,
    });
  return updated;
}

/**
 * Withdraws an undecided application at the applicant's request: by the
 * applicant, or by an agent whose grant covers the item. An open pause ends.
 */
export async function withdrawApplication(
  ctx: CasesContext,
  id: string,
  reason: string,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.withdrawApplication'],
  );
  const record = await ctx.models.Case.findById(id).lean<CaseDocument>();
  if (!record) throw notFound('Case', id);
  if (isAgentViewer(viewer)) {
    if (record.applicantUserId !== viewer.onBehalfOf)
      throw forbidden(
        `Case ${id} is not an application of the legal person you act for.`,
      );
    await useAgentGrant(ctx, viewer, record.itemId, 'withdrawApplication');
  } else if (record.applicantUserId !== viewer.userId)
    throw forbidden(`Only the applicant withdraws case ${id}.`);
  checkVersion(record, expectedVersion);
  if (!UNDECIDED_STATUSES.includes(record.status))
    throw invalidState(record, 'WITHDRAWN', UNDECIDED_STATUSES);
  const opinion = readOpinion(reason, 'reason', true);
  const at = now();
  const updated = await writeStep(runtime(ctx), record, viewer, at, {
    action: 'WITHDRAWN',
    opinion,
    set: { ...closePause(record, at), status: 'WITHDRAWN', completedAt: at },
  });
  if (!updated) throw conflictError(id, 'WITHDRAWN');
  if (isAgentViewer(viewer)) ctx.agentReadableCases.add(id);
  return updated;
}

/**
 * Records that the fees of a case waiting in its CHARGING step are paid and
 * enters the next step. The payment service calls it once a payment
 * settles; a case that is no longer waiting for payment is left alone and
 * null is returned.
 */
export async function settleCharging(
  rt: StepRuntime,
  caseId: string,
  actor: Actor,
  opinion: string | null,
): Promise<CaseDocument | null> {
  for (let tries = 0; tries < 5; tries++) {
    const record = await rt.models.Case.findById(caseId).lean<CaseDocument>();
    if (!record || record.status !== 'AWAITING_PAYMENT') return null;
    const at = now();
    const updated = await writeStep(rt, record, actor, at, {
      action: 'PAYMENT_SETTLED',
      opinion,
      set: enterStep(record, stepAfter(record, 'CHARGING'), at),
    });
    if (updated) return updated;
  }
  throw conflictError(caseId, 'PAYMENT_SETTLED');
}

/**
 * Completes a case whose results went by mail once the courier reported the
 * results shipment delivered. The mail sweep calls it; a case that is no
 * longer waiting for delivery is left alone and null is returned.
 */
export async function completeMailedResults(
  rt: StepRuntime,
  caseId: string,
  actor: Actor,
  deliveredAt: Date,
): Promise<CaseDocument | null> {
  for (let tries = 0; tries < 5; tries++) {
    const record = await rt.models.Case.findById(caseId).lean<CaseDocument>();
    if (
      !record ||
      record.status !== 'AWAITING_DELIVERY' ||
      !record.resultsByMail
    )
      return null;
    const at = now();
    const updated = await writeStep(rt, record, actor, at, {
      action: 'DELIVERED',
      // A fixed form, not prose: the PWA shows it as a sentence in the reader's language and Asia/Shanghai time (historyOpinion.ts).
      opinion: `MAIL: delivered ${deliveredAt.toISOString()}`,
      set: { deliveryMethod: 'MAIL', status: 'COMPLETED', completedAt: at },
    });
    if (updated) return updated;
  }
  throw conflictError(caseId, 'DELIVERED');
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
  const record = await loadForStaff(ctx, viewer, id);
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
