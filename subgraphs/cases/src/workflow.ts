import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  DEPARTMENT_SYSTEMS,
  DEPARTMENTS,
  ErrorCode,
  forbidden,
  isWithinDivision,
  isDuplicateKeyError,
  notFound,
  type Logger,
} from '@ykb/common';
import type { CasesContext } from './context.js';
import { requireItem, type CatalogueItem } from './itemClient.js';
import {
  HANDLING_STEPS,
  type CaseDocument,
  type CaseModels,
  type CaseStatus,
  type DecisionRole,
  type HandlingStep,
  type ItemWorkflowDocument,
} from './model.js';
import { newOutboxEntry } from './outbox.js';

/** The government service office (政务服务管理办公室), whose item administrators keep every department's catalogue entries. */
const CATALOGUE_OFFICE = 'CQ-ZWB';

/** Handling configuration as resolvers return it. */
export interface ItemWorkflowView {
  itemId: string;
  steps: HandlingStep[];
  handledBy: 'PLATFORM' | 'DEPARTMENT_SYSTEM';
  departmentSystemId: string | null;
  decisionRole: DecisionRole;
  isDefault: boolean;
  version: number;
}

/** Steps of an item without a saved configuration: accept, decide, make the licence when the item has one, complete. */
export function defaultSteps(licenceTypeCode: string | null): HandlingStep[] {
  return licenceTypeCode
    ? ['ACCEPTANCE', 'DECISION', 'LICENCE', 'COMPLETION']
    : ['ACCEPTANCE', 'DECISION', 'COMPLETION'];
}

/** Steps of a case; cases stored before steps were recorded use the default steps. */
export function stepsOf(
  record: Pick<CaseDocument, 'steps' | 'licenceTypeCode'>,
): HandlingStep[] {
  return record.steps?.length
    ? record.steps
    : defaultSteps(record.licenceTypeCode);
}

/**
 * Checks a step list: a subsequence of HANDLING_STEPS in that order, with
 * ACCEPTANCE, DECISION and COMPLETION, and LICENCE exactly when the item
 * issues a licence.
 */
export function checkSteps(
  steps: readonly string[],
  licenceTypeCode: string | null,
): HandlingStep[] {
  let last = -1;
  for (const step of steps) {
    const index = HANDLING_STEPS.indexOf(step as HandlingStep);
    if (index < 0 || index <= last)
      throw badInput(
        `steps must list handling steps once each in the order ${HANDLING_STEPS.join(', ')}.`,
        { field: 'steps' },
      );
    last = index;
  }
  for (const required of ['ACCEPTANCE', 'DECISION', 'COMPLETION'] as const)
    if (!steps.includes(required))
      throw badInput(`steps must include ${required}.`, { field: 'steps' });
  if (steps.includes('LICENCE') !== !!licenceTypeCode)
    throw badInput(
      licenceTypeCode
        ? 'The item issues a licence, so steps must include LICENCE.'
        : 'The item issues no licence, so steps must not include LICENCE.',
      { field: 'steps' },
    );
  return steps as HandlingStep[];
}

function view(
  itemId: string,
  saved: ItemWorkflowDocument | null,
  licenceTypeCode: string | null,
): ItemWorkflowView {
  if (!saved)
    return {
      itemId,
      steps: defaultSteps(licenceTypeCode),
      handledBy: 'PLATFORM',
      departmentSystemId: null,
      decisionRole: 'APPROVER',
      isDefault: true,
      version: 0,
    };
  return {
    itemId,
    steps: saved.steps,
    handledBy: saved.handledBy,
    departmentSystemId: saved.departmentSystemId,
    decisionRole: saved.decisionRole ?? 'APPROVER',
    isDefault: false,
    version: saved.version,
  };
}

/** Loads the workflow that a new case of the item follows. */
export async function workflowFor(
  models: CaseModels,
  item: CatalogueItem,
): Promise<ItemWorkflowView> {
  const saved = await models.ItemWorkflow.findById(
    item.id,
  ).lean<ItemWorkflowDocument>();
  return view(item.id, saved, item.licenceTypeCode);
}

function loadItem(ctx: CasesContext, itemId: string) {
  return requireItem(itemId, ctx.requestId);
}

export async function itemWorkflow(
  ctx: CasesContext,
  itemId: string,
): Promise<ItemWorkflowView> {
  authorizeViewer(ctx.viewer, ACCESS_POLICY.cases['Query.itemWorkflow']);
  return workflowFor(ctx.models, await loadItem(ctx, itemId));
}

export interface ItemWorkflowInput {
  itemId: string;
  steps: readonly string[];
  handledBy: 'PLATFORM' | 'DEPARTMENT_SYSTEM';
  departmentSystemId?: string | null;
  decisionRole?: DecisionRole | null;
  version: number;
}

/** Saves an item's handling steps under optimistic concurrency. */
export async function configureItemWorkflow(
  ctx: CasesContext,
  input: ItemWorkflowInput,
): Promise<ItemWorkflowView> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.configureItemWorkflow'],
  );
  const item = await loadItem(ctx, input.itemId);
  const department = viewer.departmentCode;
  if (
    !viewer.divisionCode ||
    !isWithinDivision(viewer.divisionCode, item.divisionCode) ||
    (department &&
      department !== item.departmentCode &&
      department !== CATALOGUE_OFFICE)
  )
    throw forbidden(
      `Item ${item.id} of department ${item.departmentCode} lies outside your jurisdiction.`,
    );
  const steps = checkSteps(input.steps, item.licenceTypeCode);
  let departmentSystemId: string | null = null;
  if (input.handledBy === 'DEPARTMENT_SYSTEM') {
    const system = DEPARTMENT_SYSTEMS.find(
      (s) => s.id === input.departmentSystemId,
    );
    if (!system || system.departmentCode !== item.departmentCode)
      throw badInput(
        `departmentSystemId must name a departmental system of department ${item.departmentCode}.`,
        { field: 'departmentSystemId' },
      );
    departmentSystemId = system.id;
  }
  const fields = {
    steps,
    handledBy: input.handledBy,
    departmentSystemId,
    decisionRole: input.decisionRole ?? 'APPROVER',
    updatedBy: viewer.userId,
    updatedAt: new Date(),
  };
  const conflict = (current: number) =>
    appError(
      ErrorCode.Conflict,
      `The workflow of item ${item.id} changed since version ${input.version}; it is now version ${current}.`,
      { currentVersion: current },
    );
  if (input.version === 0) {
    try {
      const created = await ctx.models.ItemWorkflow.create({
        _id: item.id,
        ...fields,
        version: 1,
      });
      return view(item.id, created.toObject(), item.licenceTypeCode);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const current = await ctx.models.ItemWorkflow.findById(item.id).lean();
      throw conflict(current?.version ?? 1);
    }
  }
  const updated = await changeAtVersion<ItemWorkflowDocument>(
    ctx.models.ItemWorkflow,
    item.id,
    input.version,
    { set: fields },
    { log: ctx.log },
  );
  if (!updated) {
    const current = await ctx.models.ItemWorkflow.findById(item.id).lean();
    throw conflict(current?.version ?? 0);
  }
  ctx.log.info(
    { itemId: item.id, steps, handledBy: input.handledBy },
    'item workflow configured',
  );
  return view(item.id, updated, item.licenceTypeCode);
}

/** Next configured step after `step`. */
export function stepAfter(
  record: Pick<CaseDocument, 'steps' | 'licenceTypeCode'>,
  step: HandlingStep,
): HandlingStep {
  const steps = stepsOf(record);
  const next = steps[steps.indexOf(step) + 1];
  if (!next) throw new Error(`No step follows ${step} in ${steps.join(', ')}.`);
  return next;
}

/** Status a case waits in during the review-or-decision part, by its steps. */
export function hasStep(
  record: Pick<CaseDocument, 'steps' | 'licenceTypeCode'>,
  step: HandlingStep,
): boolean {
  return stepsOf(record).includes(step);
}

/**
 * Builds the fields that put a case into a step after the decision. CHARGING
 * waits for payment and LICENCE writes the licence outbox entry. DELIVERY
 * waits for delivery and, when a hall accepted the case, writes the
 * delivery-window outbox entry. COMPLETION closes the case, unless the
 * results go by mail: then the case waits in AWAITING_DELIVERY.
 */
export function enterStep(
  record: CaseDocument,
  step: HandlingStep,
  at: Date,
): Record<string, unknown> {
  const status: Record<HandlingStep, CaseStatus | null> = {
    ACCEPTANCE: null,
    REVIEW: null,
    DECISION: null,
    CHARGING: 'AWAITING_PAYMENT',
    LICENCE: 'APPROVED',
    DELIVERY: 'AWAITING_DELIVERY',
    COMPLETION: 'COMPLETED',
  };
  const next = status[step];
  if (!next) throw new Error(`Step ${step} is not entered after a decision.`);
  const fields: Record<string, unknown> = { status: next };
  if (step === 'LICENCE') fields.licenceIssue = newOutboxEntry();
  if (step === 'DELIVERY' && record.hallId)
    fields.deliveryWindowRequest = newOutboxEntry();
  if (step === 'COMPLETION') {
    // Results by mail: the case completes when the courier delivers them (completeMailedResults).
    if (record.resultsByMail) fields.status = 'AWAITING_DELIVERY';
    else fields.completedAt = at;
  }
  return fields;
}

/**
 * Workflows of seeded demo items, by implementation code (department credit
 * code, type letters, basic code without its first digit): a review step,
 * delivery, and one item handled in a departmental system.
 */
const SEEDED_WORKFLOWS: {
  department: string;
  code: string;
  steps: HandlingStep[];
  departmentSystemId?: string;
}[] = [
  {
    // 食品经营许可
    department: 'CQ-SCJG',
    code: 'XK00108007000',
    steps: [
      'ACCEPTANCE',
      'REVIEW',
      'DECISION',
      'LICENCE',
      'DELIVERY',
      'COMPLETION',
    ],
  },
  {
    // 公共场所卫生许可
    department: 'CQ-WJ',
    code: 'XK00117002000',
    steps: ['ACCEPTANCE', 'REVIEW', 'DECISION', 'LICENCE', 'COMPLETION'],
  },
  {
    // 特困人员救助供养审核确认
    department: 'CQ-MZ',
    code: 'JF00112002000',
    steps: ['ACCEPTANCE', 'REVIEW', 'DECISION', 'COMPLETION'],
    departmentSystemId: 'mz-wx-jzxt',
  },
];

/** Implementation codes of the items with seeded workflows. */
export function seededWorkflowItemIds(): string[] {
  return SEEDED_WORKFLOWS.map((seed) => {
    const department = DEPARTMENTS.find((d) => d.code === seed.department);
    if (!department) throw new Error(`Unknown department ${seed.department}.`);
    return `${department.creditCode}${seed.code}`;
  });
}

/** Inserts the demo workflows that do not exist yet; saved ones are left alone. */
export async function seedWorkflows(
  models: CaseModels,
  log: Logger,
): Promise<void> {
  const ids = seededWorkflowItemIds();
  for (const [i, seed] of SEEDED_WORKFLOWS.entries()) {
    try {
      await models.ItemWorkflow.create({
        _id: ids[i],
        steps: seed.steps,
        handledBy: seed.departmentSystemId ? 'DEPARTMENT_SYSTEM' : 'PLATFORM',
        departmentSystemId: seed.departmentSystemId ?? null,
        updatedBy: 'service:cases',
        updatedAt: new Date(),
        version: 1,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  log.debug('item workflows seeded');
}
