import {
  appError,
  ErrorCode,
  INTAKE_ROLES,
  Role,
  type Logger,
  type RoleValue,
} from '@ykb/common';
import type { CaseDocument, CaseModels, HandlingStep } from './model.js';
import { raiseWarning, type SupervisionRuleBook } from './supervision.js';
import { stepsOf } from './workflow.js';

/** Handling step that each history action performs. Actions not listed perform no step. */
const STEP_OF_ACTION: Readonly<Record<string, HandlingStep>> = {
  ACCEPTED: 'ACCEPTANCE',
  NOT_ACCEPTED: 'ACCEPTANCE',
  REVIEWED: 'REVIEW',
  APPROVED: 'DECISION',
  REJECTED: 'DECISION',
  PAYMENT_SETTLED: 'CHARGING',
  LICENCE_ISSUED: 'LICENCE',
  DELIVERED: 'DELIVERY',
};

/**
 * Roles that may make the decision of a case: approvers, and reviewers too
 * when the item's workflow assigned the decision to REVIEWER.
 */
export function decisionRolesOf(
  record: Pick<CaseDocument, 'decisionRole'>,
): readonly RoleValue[] {
  return record.decisionRole === 'REVIEWER'
    ? [Role.Reviewer, Role.Approver]
    : [Role.Approver];
}

/**
 * Roles of the person who performs a step, for the handler check of
 * supervision. The same roles bind platform transitions, so a step that
 * the platform allows raises no UNAUTHORIZED_HANDLER warning.
 */
function rolesOfStep(
  record: CaseDocument,
  step: HandlingStep,
): readonly RoleValue[] | undefined {
  switch (step) {
    case 'ACCEPTANCE':
    case 'DELIVERY':
      return INTAKE_ROLES;
    case 'REVIEW':
      return [Role.Reviewer];
    case 'DECISION':
      return decisionRolesOf(record);
    default:
      return undefined;
  }
}

/** Lists the configured steps before the one `action` performs that the case's history does not show as done. */
export function skippedSteps(
  record: Pick<CaseDocument, 'steps' | 'licenceTypeCode' | 'history'>,
  action: string,
): HandlingStep[] {
  const step = STEP_OF_ACTION[action];
  if (!step) return [];
  const steps = stepsOf(record);
  const done = new Set(
    record.history.map((event) => STEP_OF_ACTION[event.action]),
  );
  return steps
    .slice(0, Math.max(steps.indexOf(step), 0))
    .filter((earlier) => !done.has(earlier));
}

/** Raises INVALID_STATE when `action` would skip a configured step of the case. */
export function requireStepOrder(record: CaseDocument, action: string): void {
  const skipped = skippedSteps(record, action);
  if (skipped.length)
    throw appError(
      ErrorCode.InvalidState,
      `Case ${record._id} has not passed step ${skipped.join(', ')}, which comes before ${action}; perform it first.`,
      { status: record.status, skippedSteps: skipped },
    );
}

/**
 * Records supervision warnings for a step just written, whichever path
 * wrote it: SKIPPED_STEP when a configured earlier step is missing from the
 * history, and UNAUTHORIZED_HANDLER when `actor.roles` is given and lacks
 * the step's role. Each check runs only when the rules in force enable it.
 */
export async function superviseStep(
  models: CaseModels,
  rules: SupervisionRuleBook,
  record: CaseDocument,
  action: string,
  actor: { userId: string; name: string; roles?: readonly RoleValue[] },
  log: Logger,
): Promise<void> {
  const inForce = rules.rulesFor(record.divisionCode);
  const skipped = skippedSteps(record, action);
  if (inForce.checkSkippedSteps && skipped.length)
    await raiseWarning(
      models,
      record,
      'SKIPPED_STEP',
      `${action} by ${actor.name} skipped step ${skipped.join(', ')}.`,
      log,
    );
  const step = STEP_OF_ACTION[action];
  const needed = step ? rolesOfStep(record, step) : undefined;
  if (
    inForce.checkHandlerRoles &&
    actor.roles &&
    needed &&
    !actor.roles.some((role) => needed.includes(role))
  )
    await raiseWarning(
      models,
      record,
      'UNAUTHORIZED_HANDLER',
      `${actor.name} (${actor.userId}) performed ${action} without the role ${needed.join(' or ')}.`,
      log,
      action,
    );
}
