import { Types } from 'mongoose';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  calendar,
  changeAtVersion,
  DEPARTMENTS,
  ErrorCode,
  escapeRegExp,
  forbidden,
  hasRole,
  inJurisdiction,
  insertOnce,
  isDivisionCode,
  isDuplicateKeyError,
  isIdempotencyKey,
  isWithinDivision,
  notFound,
  Role,
  shanghaiDate,
  type Logger,
  type Viewer,
  pageRows,
} from '@ykb/common';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import { isKnownDivision } from './identityClient.js';
import type {
  CaseDocument,
  CaseModels,
  SupervisionOrderDocument,
  SupervisionRulesDocument,
  SupervisionWarningDocument,
} from './model.js';
import {
  normalFrom,
  PAUSED_STATUSES,
  RUNNING_STATUSES,
  timeLimitStatus,
  WARNING_WORKING_DAYS,
} from './timeLimit.js';
import { readOpinion } from './transitions.js';
import { CASE_PAGE_ROWS } from './worklist.js';

/** Rules as resolvers return them. */
export interface SupervisionRulesView {
  divisionCode: string;
  warningWorkingDays: number;
  checkSkippedSteps: boolean;
  checkCharges: boolean;
  checkHandlerRoles: boolean;
  isDefault: boolean;
  version: number;
}

const DEFAULT_RULES = {
  warningWorkingDays: WARNING_WORKING_DAYS,
  checkSkippedSteps: true,
  checkCharges: true,
  checkHandlerRoles: true,
};

/** How often each process reloads the rules other processes saved. */
const RULES_REFRESH_MS = 60_000;

/**
 * Supervision rules of every division, held in memory so that every read of
 * a case's time-limit status uses them without a query. A process reloads
 * them every minute and at once after its own change. The rules of the
 * nearest ancestor division, or of the division itself, apply to a case.
 */
export class SupervisionRuleBook {
  private byDivision = new Map<string, SupervisionRulesDocument>();
  private loadedAt = 0;

  constructor(private readonly models: CaseModels) {}

  async reload(): Promise<void> {
    const all =
      await this.models.SupervisionRules.find().lean<
        SupervisionRulesDocument[]
      >();
    this.byDivision = new Map(all.map((rules) => [rules._id, rules]));
    this.loadedAt = Date.now();
  }

  async refreshIfStale(): Promise<void> {
    if (Date.now() - this.loadedAt > RULES_REFRESH_MS) await this.reload();
  }

  /** Rules in force for a division code. */
  rulesFor(divisionCode: string): SupervisionRulesView {
    let best: SupervisionRulesDocument | undefined;
    for (const rules of this.byDivision.values())
      if (
        isWithinDivision(rules._id, divisionCode) &&
        (!best || rules._id.length > best._id.length)
      )
        best = rules;
    if (!best)
      return {
        divisionCode,
        ...DEFAULT_RULES,
        isDefault: true,
        version: 0,
      };
    return {
      divisionCode,
      warningWorkingDays: best.warningWorkingDays,
      checkSkippedSteps: best.checkSkippedSteps,
      checkCharges: best.checkCharges,
      checkHandlerRoles: best.checkHandlerRoles,
      // Rules inherited from an ancestor are the default for this division's own edit.
      isDefault: best._id !== divisionCode,
      version: best._id === divisionCode ? best.version : 0,
    };
  }

  /**
   * Splits the divisions into groups that share one rule in force: each
   * configured division without the configured divisions below it, and the
   * rest under the default threshold. Every case falls in exactly one group.
   */
  warningGroups(): {
    divisionCode: string | null;
    excluded: string[];
    warningWorkingDays: number;
  }[] {
    const codes = [...this.byDivision.keys()];
    const below = (scope: string | null) =>
      codes.filter(
        (code) =>
          code !== scope && (scope === null || isWithinDivision(scope, code)),
      );
    return [
      {
        divisionCode: null,
        excluded: codes,
        warningWorkingDays: WARNING_WORKING_DAYS,
      },
      ...[...this.byDivision.values()].map((rules) => ({
        divisionCode: rules._id,
        excluded: below(rules._id),
        warningWorkingDays: rules.warningWorkingDays,
      })),
    ];
  }

  /** Lists every warning threshold in use, so a query by time-limit status can cover each one. */
  thresholds(): number[] {
    return [
      ...new Set([
        WARNING_WORKING_DAYS,
        ...[...this.byDivision.values()].map((r) => r.warningWorkingDays),
      ]),
    ];
  }
}

export type WarningKind =
  | 'TIME_LIMIT_WARNING'
  | 'OVERDUE'
  | 'SKIPPED_STEP'
  | 'CHARGE_OUTSIDE_FEE_LIST'
  | 'UNAUTHORIZED_HANDLER';

/**
 * Records a warning once: its id is the case, the kind and an optional key,
 * so raising the same finding again stores nothing new.
 */
export async function raiseWarning(
  models: CaseModels,
  record: Pick<
    CaseDocument,
    '_id' | 'caseNumber' | 'departmentCode' | 'divisionCode'
  >,
  kind: WarningKind,
  detail: string,
  log: Logger,
  key = '',
): Promise<void> {
  try {
    await models.SupervisionWarning.create({
      _id: `${record._id}:${kind}${key ? `:${key}` : ''}`,
      kind,
      caseId: record._id,
      caseNumber: record.caseNumber,
      departmentCode: record.departmentCode,
      divisionCode: record.divisionCode,
      detail,
      raisedAt: new Date(),
    });
    log.info({ caseId: record._id, kind }, 'supervision warning raised');
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/**
 * Checks charges against the fee list the item had at submission and raises
 * CHARGE_OUTSIDE_FEE_LIST for each charge whose name and amount match no
 * fee, when the rules in force check charges. The fee and payment services
 * call it for every charge they record.
 */
export async function checkCharges(
  models: CaseModels,
  rules: SupervisionRuleBook,
  record: CaseDocument,
  charges: { name: string; amountFen: number }[],
  log: Logger,
): Promise<number> {
  if (!rules.rulesFor(record.divisionCode).checkCharges) return 0;
  let outside = 0;
  for (const charge of charges) {
    const listed = (record.fees ?? []).some(
      (fee) => fee.name === charge.name && fee.amountFen === charge.amountFen,
    );
    if (listed) continue;
    outside++;
    await raiseWarning(
      models,
      record,
      'CHARGE_OUTSIDE_FEE_LIST',
      `Charge ${charge.name} of ${charge.amountFen} fen is not on the item's fee list.`,
      log,
      `${charge.name}:${charge.amountFen}`,
    );
  }
  return outside;
}

/**
 * Raises time-limit warnings for open cases whose clock runs: WARNING once a
 * case enters the warning period of its division's rules, OVERDUE once it
 * passes the promised deadline. Runs on every outbox loop tick, so every
 * case handled in the platform is watched without extra work.
 */
export async function sweepTimeLimits(
  models: CaseModels,
  rules: SupervisionRuleBook,
  log: Logger,
): Promise<number> {
  await rules.refreshIfStale();
  const at = now();
  const widest = Math.max(...rules.thresholds());
  const candidates = await models.Case.find({
    status: { $in: [...RUNNING_STATUSES] },
    'deadline.date': { $lt: normalFrom(at, widest) },
  })
    .limit(500)
    .lean<CaseDocument[]>();
  let raised = 0;
  for (const record of candidates) {
    const status = timeLimitStatus(
      record,
      at,
      rules.rulesFor(record.divisionCode).warningWorkingDays,
    );
    if (status !== 'WARNING' && status !== 'OVERDUE') continue;
    await raiseWarning(
      models,
      record,
      status === 'OVERDUE' ? 'OVERDUE' : 'TIME_LIMIT_WARNING',
      status === 'OVERDUE'
        ? `Open after the promised deadline ${record.deadline?.date}.`
        : `Promised deadline ${record.deadline?.date} is near.`,
      log,
    );
    raised++;
  }
  return raised;
}

/** Returns the division a request names, or the viewer's own, after checking it lies in the viewer's subtree. */
function divisionInScope(viewer: Viewer, divisionCode?: string | null): string {
  if (!viewer.divisionCode)
    throw forbidden('Your account has no division to supervise.');
  const code = divisionCode ?? viewer.divisionCode;
  if (!isDivisionCode(code))
    throw badInput(`divisionCode ${code} is not a division code.`, {
      field: 'divisionCode',
    });
  if (!isWithinDivision(viewer.divisionCode, code))
    throw forbidden(`Division ${code} lies outside your division subtree.`);
  return code;
}

function subtree(code: string): Record<string, unknown> {
  return { divisionCode: { $regex: `^${escapeRegExp(code)}` } };
}

export async function supervisionRules(
  ctx: CasesContext,
  divisionCode: string,
): Promise<SupervisionRulesView> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.supervisionRules'],
  );
  const code = divisionInScope(viewer, divisionCode);
  await ctx.rules.refreshIfStale();
  return ctx.rules.rulesFor(code);
}

export interface SupervisionRulesInput {
  divisionCode: string;
  warningWorkingDays: number;
  checkSkippedSteps: boolean;
  checkCharges: boolean;
  checkHandlerRoles: boolean;
  version: number;
}

export async function configureSupervisionRules(
  ctx: CasesContext,
  input: SupervisionRulesInput,
): Promise<SupervisionRulesView> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.configureSupervisionRules'],
  );
  const code = divisionInScope(viewer, input.divisionCode);
  if (
    !Number.isInteger(input.warningWorkingDays) ||
    input.warningWorkingDays < 0 ||
    input.warningWorkingDays > 20
  )
    throw badInput('warningWorkingDays must be from 0 to 20.', {
      field: 'warningWorkingDays',
    });
  if (!(await isKnownDivision(code, ctx.requestId)))
    throw badInput(
      `divisionCode ${code} is not in the division table of Chongqing; choose an existing division.`,
      { field: 'divisionCode' },
    );
  const fields = {
    warningWorkingDays: input.warningWorkingDays,
    checkSkippedSteps: input.checkSkippedSteps,
    checkCharges: input.checkCharges,
    checkHandlerRoles: input.checkHandlerRoles,
    updatedBy: viewer.userId,
    updatedAt: new Date(),
  };
  const conflict = () =>
    appError(
      ErrorCode.Conflict,
      `The supervision rules of division ${code} changed since version ${input.version}; reload them.`,
    );
  if (input.version === 0) {
    try {
      await ctx.models.SupervisionRules.create({
        _id: code,
        ...fields,
        version: 1,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw conflict();
    }
  } else {
    const updated = await changeAtVersion(
      ctx.models.SupervisionRules,
      code,
      input.version,
      { set: fields },
      { log: ctx.log },
    );
    if (!updated) throw conflict();
  }
  await ctx.rules.reload();
  ctx.log.info({ divisionCode: code }, 'supervision rules configured');
  return ctx.rules.rulesFor(code);
}

async function countBy(
  ctx: CasesContext,
  match: Record<string, unknown>,
  field: string,
): Promise<{ key: string; count: number }[]> {
  const groups = await ctx.models.Case.aggregate<{
    _id: string;
    count: number;
  }>([{ $match: match }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }]);
  return groups
    .map((group) => ({ key: String(group._id), count: group.count }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Real-time counts of a division subtree, read from the cases at the moment of the query. */
export async function supervisionStats(
  ctx: CasesContext,
  divisionCode: string | null | undefined,
) {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.supervisionStats'],
  );
  const code = divisionInScope(viewer, divisionCode);
  await ctx.rules.refreshIfStale();
  const match = subtree(code);
  const [byStatus, byDepartment, byFullDivision] = await Promise.all([
    countBy(ctx, match, 'status'),
    countBy(ctx, match, 'departmentCode'),
    countBy(ctx, match, 'divisionCode'),
  ]);
  const counties = new Map<string, number>();
  for (const { key, count } of byFullDivision) {
    const county = key.slice(0, 6);
    counties.set(county, (counties.get(county) ?? 0) + count);
  }
  // Open cases are few next to closed ones; each is classified with the rules of its division.
  const open = await ctx.models.Case.find(
    {
      ...match,
      acceptedAt: { $ne: null },
      status: { $in: [...RUNNING_STATUSES, ...PAUSED_STATUSES] },
    },
    {
      status: 1,
      acceptedAt: 1,
      decidedAt: 1,
      completedAt: 1,
      decisionTimeliness: 1,
      deadline: 1,
      promisedLimitDays: 1,
      pauses: 1,
      divisionCode: 1,
    },
  ).lean<CaseDocument[]>();
  const at = now();
  const byTime = { NORMAL: 0, WARNING: 0, OVERDUE: 0, PAUSED: 0 };
  for (const record of open) {
    const status = timeLimitStatus(
      record,
      at,
      ctx.rules.rulesFor(record.divisionCode).warningWorkingDays,
    );
    if (status in byTime) byTime[status as keyof typeof byTime]++;
  }
  return {
    divisionCode: code,
    total: byStatus.reduce((sum, group) => sum + group.count, 0),
    byStatus,
    byDepartment,
    byDivision: [...counties.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => ({ key, count })),
    normal: byTime.NORMAL,
    warning: byTime.WARNING,
    overdue: byTime.OVERDUE,
    paused: byTime.PAUSED,
  };
}

export async function supervisionWarnings(
  ctx: CasesContext,
  kind: string | null | undefined,
  first: number | null | undefined,
): Promise<SupervisionWarningDocument[]> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.supervisionWarnings'],
  );
  const filter: Record<string, unknown> = subtree(divisionInScope(viewer));
  if (viewer.departmentCode) filter.departmentCode = viewer.departmentCode;
  if (kind) filter.kind = kind;
  return ctx.models.SupervisionWarning.find(filter)
    .sort({ raisedAt: -1, _id: 1 })
    .limit(pageRows(first, CASE_PAGE_ROWS))
    .lean<SupervisionWarningDocument[]>();
}

export interface SupervisionOrderInput {
  caseId?: string | null;
  departmentCode?: string | null;
  divisionCode?: string | null;
  content: string;
  replyWithinWorkingDays: number;
  idempotencyKey: string;
}

/** Sends a supervision order; a retry with the same key returns the first order. */
export async function issueSupervisionOrder(
  ctx: CasesContext,
  input: SupervisionOrderInput,
): Promise<SupervisionOrderDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.issueSupervisionOrder'],
  );
  if (!isIdempotencyKey(input.idempotencyKey))
    throw badInput(
      'idempotencyKey must be 8 to 100 characters from A-Z, a-z, 0-9, _ and -.',
      { field: 'idempotencyKey' },
    );
  const content = readOpinion(input.content, 'content', true)!;
  if (
    !Number.isInteger(input.replyWithinWorkingDays) ||
    input.replyWithinWorkingDays < 1 ||
    input.replyWithinWorkingDays > 30
  )
    throw badInput('replyWithinWorkingDays must be from 1 to 30.', {
      field: 'replyWithinWorkingDays',
    });
  let departmentCode: string;
  let divisionCode: string;
  if (input.caseId) {
    const record = await ctx.models.Case.findById(
      input.caseId,
    ).lean<CaseDocument>();
    if (!record) throw notFound('Case', input.caseId);
    departmentCode = record.departmentCode;
    divisionCode = record.divisionCode;
  } else {
    if (
      !input.departmentCode ||
      !DEPARTMENTS.some((d) => d.code === input.departmentCode)
    )
      throw badInput('departmentCode must name a department.', {
        field: 'departmentCode',
      });
    departmentCode = input.departmentCode;
    divisionCode = input.divisionCode ?? '';
    if (!isDivisionCode(divisionCode))
      throw badInput('divisionCode is required without caseId.', {
        field: 'divisionCode',
      });
  }
  if (!inJurisdiction(viewer, { divisionCode }))
    throw forbidden(`Division ${divisionCode} lies outside your subtree.`);
  const at = now();
  const { record, replayed } = await insertOnce(
    async () =>
      (
        await ctx.models.SupervisionOrder.create({
          _id: new Types.ObjectId().toHexString(),
          caseId: input.caseId ?? null,
          departmentCode,
          divisionCode,
          content,
          issuedBy: viewer.userId,
          issuedByName: viewer.name,
          issuedAt: at,
          replyDueDate: calendar().addWorkingDays(
            shanghaiDate(at),
            input.replyWithinWorkingDays,
          ).date,
          status: 'OPEN',
          reply: null,
          repliedBy: null,
          repliedAt: null,
          idempotencyKey: input.idempotencyKey,
          version: 1,
        })
      ).toObject() as SupervisionOrderDocument,
    () =>
      ctx.models.SupervisionOrder.findOne({
        issuedBy: viewer.userId,
        idempotencyKey: input.idempotencyKey,
      }).lean<SupervisionOrderDocument>(),
  );
  if (
    replayed &&
    (record.content !== content || record.caseId !== (input.caseId ?? null))
  )
    throw appError(
      ErrorCode.Conflict,
      `idempotencyKey ${input.idempotencyKey} was used for another order.`,
    );
  if (!replayed)
    ctx.log.info(
      { orderId: record._id, departmentCode, divisionCode },
      'supervision order issued',
    );
  return record;
}

function isSupervisor(viewer: Viewer): boolean {
  return hasRole(viewer, Role.Supervisor, Role.Admin);
}

export async function supervisionOrders(
  ctx: CasesContext,
  status: string | null | undefined,
  first: number | null | undefined,
): Promise<SupervisionOrderDocument[]> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Query.supervisionOrders'],
  );
  const filter: Record<string, unknown> = subtree(divisionInScope(viewer));
  if (!isSupervisor(viewer) || viewer.departmentCode) {
    if (!viewer.departmentCode)
      throw forbidden('Only staff of a department receive supervision orders.');
    filter.departmentCode = viewer.departmentCode;
  }
  if (status) filter.status = status;
  return ctx.models.SupervisionOrder.find(filter)
    .sort({ issuedAt: -1, _id: 1 })
    .limit(pageRows(first, CASE_PAGE_ROWS))
    .lean<SupervisionOrderDocument[]>();
}

/** Records a department's reply to an order sent to it. */
export async function replySupervisionOrder(
  ctx: CasesContext,
  id: string,
  reply: string,
  version: number,
): Promise<SupervisionOrderDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.replySupervisionOrder'],
  );
  const order =
    await ctx.models.SupervisionOrder.findById(
      id,
    ).lean<SupervisionOrderDocument>();
  if (!order) throw notFound('SupervisionOrder', id);
  if (
    !inJurisdiction(viewer, order) ||
    (!hasRole(viewer, Role.Admin) &&
      viewer.departmentCode !== order.departmentCode)
  )
    throw forbidden(
      `Supervision order ${id} was sent to department ${order.departmentCode} outside your jurisdiction.`,
    );
  const text = readOpinion(reply, 'reply', true)!;
  if (order.version !== version)
    throw appError(
      ErrorCode.Conflict,
      `Supervision order ${id} changed since version ${version}; it is now version ${order.version}.`,
      { currentVersion: order.version },
    );
  if (order.status !== 'OPEN')
    throw appError(
      ErrorCode.InvalidState,
      `Supervision order ${id} was already replied to.`,
      { status: order.status },
    );
  const updated = await changeAtVersion<SupervisionOrderDocument>(
    ctx.models.SupervisionOrder,
    id,
    version,
    {
      set: {
        status: 'REPLIED',
        reply: text,
        repliedBy: viewer.userId,
        repliedAt: now(),
      },
    },
    { log: ctx.log },
  );
  if (!updated)
    throw appError(
      ErrorCode.Conflict,
      `Supervision order ${id} was changed by someone else; reload it.`,
    );
  ctx.log.info({ orderId: id }, 'supervision order replied');
  return updated;
}

/** Reports whether an order's reply is missing after its deadline, or came after it. */
export function orderOverdue(
  order: SupervisionOrderDocument,
  at: Date,
): boolean {
  const answered = order.repliedAt
    ? shanghaiDate(order.repliedAt)
    : shanghaiDate(at);
  return answered > order.replyDueDate;
}
