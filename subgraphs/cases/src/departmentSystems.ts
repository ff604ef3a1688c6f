import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  appError,
  callSubgraph,
  DEPARTMENT_SYSTEMS,
  ErrorCode,
  readBody,
  Role,
  sendJson,
  subgraphUrl,
  type ExtraRoute,
} from '@ykb/common';
import { now } from './clock.js';
import type { CaseDocument } from './model.js';
import type { OutboxKind } from './outbox.js';
import {
  checkCharges,
  raiseWarning,
  type SupervisionRuleBook,
} from './supervision.js';
import {
  approvalFields,
  rejectionFields,
  writeStep,
  type StepRuntime,
} from './transitions.js';
import { RUNNING_STATUSES } from './timeLimit.js';

/**
 * Integration with departments' own systems (部门业务系统). When an item is
 * handled in a departmental system, accepting a case writes an outbox entry
 * that pushes the case to that system over HTTP. The system reports its
 * process and result back to `POST /department-api/v1/updates` on this
 * subgraph, so its cases stay in the one case library. Both directions are
 * signed with HMAC-SHA256 under a secret shared per system:
 *
 *   X-Ykb-System: <system id>
 *   X-Ykb-Timestamp: <Unix time in seconds>
 *   X-Ykb-Signature: hex(HMAC-SHA256(secret, "<timestamp>.<raw body>"))
 *
 * A timestamp more than 5 minutes off is refused, so a captured request
 * cannot be replayed later; each update carries an updateId that is applied
 * once per case, so a resent update changes nothing.
 */

export interface DepartmentSystemEndpoint {
  /** Id of a departmental system of the reference data, such as mz-wx-jzxt. */
  systemId: string;
  /** URL that accepted cases are posted to. */
  url: string;
  /** Shared secret of at least 32 characters. */
  secret: string;
}

const MAX_SKEW_SECONDS = 300;
const UPDATE_PATH = '/department-api/v1/updates';

/**
 * Reads the endpoints of the departmental systems from
 * YKB_DEPARTMENT_SYSTEM_ENDPOINTS, a JSON array of { systemId, url, secret }.
 */
export function endpointsFromEnv(): DepartmentSystemEndpoint[] {
  const raw = process.env.YKB_DEPARTMENT_SYSTEM_ENDPOINTS;
  if (!raw) return [];
  const parsed = JSON.parse(raw) as DepartmentSystemEndpoint[];
  if (!Array.isArray(parsed))
    throw new Error('YKB_DEPARTMENT_SYSTEM_ENDPOINTS must be a JSON array.');
  for (const endpoint of parsed) {
    if (!DEPARTMENT_SYSTEMS.some((s) => s.id === endpoint.systemId))
      throw new Error(
        `YKB_DEPARTMENT_SYSTEM_ENDPOINTS names unknown system ${endpoint.systemId}.`,
      );
    if (typeof endpoint.secret !== 'string' || endpoint.secret.length < 32)
      throw new Error(
        `The secret of departmental system ${endpoint.systemId} must have at least 32 characters.`,
      );
    new URL(endpoint.url);
  }
  return parsed;
}

export function sign(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret)
    .update(`${timestamp}.${body}`)
    .digest('hex');
}

/** Headers of a signed request from or to a departmental system. */
export function signedHeaders(
  systemId: string,
  secret: string,
  body: string,
  at = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(at / 1000));
  return {
    'content-type': 'application/json',
    'x-ykb-system': systemId,
    'x-ykb-timestamp': timestamp,
    'x-ykb-signature': sign(secret, timestamp, body),
  };
}

/** Checks a signed request; returns the system's endpoint, or null when the signature, system or time is wrong. */
export function verifySigned(
  endpoints: readonly DepartmentSystemEndpoint[],
  headers: Record<string, string | string[] | undefined>,
  body: string,
  at = Date.now(),
): DepartmentSystemEndpoint | null {
  const header = (name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : '';
  };
  const endpoint = endpoints.find((e) => e.systemId === header('x-ykb-system'));
  const timestamp = header('x-ykb-timestamp');
  const signature = header('x-ykb-signature');
  if (
    !endpoint ||
    !/^\d{1,12}$/.test(timestamp) ||
    !/^[0-9a-f]{64}$/.test(signature)
  )
    return null;
  if (Math.abs(at / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return null;
  const expected = Buffer.from(sign(endpoint.secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'))
    ? endpoint
    : null;
}

/** Builds the body pushed to a departmental system for an accepted case. */
export function pushPayload(record: CaseDocument) {
  return {
    caseId: record._id,
    caseNumber: record.caseNumber,
    itemId: record.itemId,
    itemName: record.itemName,
    steps: record.steps,
    applicant: {
      userId: record.applicantUserId,
      name: record.applicantName,
      idNumber: record.applicantIdNumber,
      subjectType: record.applicantSubjectType ?? null,
    },
    divisionCode: record.divisionCode,
    departmentCode: record.departmentCode,
    formData: record.formData,
    materials: record.materials.map((m) => ({
      code: m.code,
      name: m.name,
      sha256: m.sha256,
      licenceIdentifier: m.licenceIdentifier ?? null,
    })),
    acceptedAt: record.acceptedAt?.toISOString() ?? null,
    deadline: record.deadline?.date ?? null,
    updateUrlPath: UPDATE_PATH,
  };
}

/** Error of a push the departmental system refused for good; the entry becomes FAILED. */
function refused(status: number, text: string) {
  return appError(
    ErrorCode.UpstreamFailed,
    `The departmental system refused the case with HTTP ${status}: ${text.slice(0, 200)}`,
    { upstreamCode: 'BAD_USER_INPUT' },
  );
}

/** Creates the outbox kind that pushes accepted cases to their departmental system. */
export function departmentPushKind(
  endpoints: readonly DepartmentSystemEndpoint[],
): OutboxKind<void> {
  return {
    path: 'departmentPush',
    doneState: 'DONE',
    deliverable: () => true,
    deliverableFilter: {},
    deliver: async (record) => {
      const endpoint = endpoints.find(
        (e) => e.systemId === record.departmentSystemId,
      );
      if (!endpoint)
        throw appError(
          ErrorCode.UpstreamFailed,
          `No endpoint is configured for departmental system ${record.departmentSystemId}; set it in YKB_DEPARTMENT_SYSTEM_ENDPOINTS.`,
          { upstreamCode: 'NOT_FOUND' },
        );
      const body = JSON.stringify(pushPayload(record));
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: signedHeaders(endpoint.systemId, endpoint.secret, body),
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return;
      const text = await response.text();
      if (response.status >= 400 && response.status < 500)
        throw refused(response.status, text);
      throw new Error(
        `The departmental system returned HTTP ${response.status}; the push is retried.`,
      );
    },
    succeeded: (record) => ({
      set: {},
      push: {
        history: {
          action: 'PUSHED_TO_DEPARTMENT',
          actorUserId: 'service:cases',
          actorName: '系统',
          at: now(),
          opinion: record.departmentSystemId ?? null,
        },
      },
    }),
  };
}

/** An update reported by a departmental system. */
export interface DepartmentUpdate {
  /** Unique per update within the system, 8 to 100 characters; a resent update is applied once. */
  updateId: string;
  caseNumber: string;
  /** PROCESS reports a step in progress or done; RESULT reports the decision. */
  kind: 'PROCESS' | 'RESULT';
  /** For PROCESS: REVIEW moves the case to REVIEWED; any other text is recorded only. */
  step?: string;
  /** For RESULT: APPROVED or REJECTED. */
  result?: 'APPROVED' | 'REJECTED';
  opinion?: string;
  /** The system's user who handled the step, bound to a platform account with bindDepartmentAccount. */
  handler: { externalUserId: string; name: string };
  /** Charges the department collected, checked against the item's fee list. */
  charges?: { name: string; amountFen: number }[];
}

class UpdateError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readUpdate(raw: unknown): DepartmentUpdate {
  const bad = (message: string) =>
    new UpdateError(400, 'BAD_USER_INPUT', message);
  if (!raw || typeof raw !== 'object')
    throw bad('The body must be a JSON object.');
  const update = raw as Partial<DepartmentUpdate>;
  if (
    typeof update.updateId !== 'string' ||
    !/^[A-Za-z0-9_-]{8,100}$/.test(update.updateId)
  )
    throw bad('updateId must be 8 to 100 characters from A-Z a-z 0-9 _ -.');
  if (typeof update.caseNumber !== 'string' || update.caseNumber.length > 60)
    throw bad('caseNumber is required.');
  if (update.kind !== 'PROCESS' && update.kind !== 'RESULT')
    throw bad('kind must be PROCESS or RESULT.');
  if (
    update.kind === 'RESULT' &&
    update.result !== 'APPROVED' &&
    update.result !== 'REJECTED'
  )
    throw bad('A RESULT needs result APPROVED or REJECTED.');
  if (
    update.kind === 'PROCESS' &&
    (typeof update.step !== 'string' ||
      !update.step.trim() ||
      update.step.length > 50)
  )
    throw bad('A PROCESS needs a step of 1 to 50 characters.');
  if (
    !update.handler ||
    typeof update.handler.externalUserId !== 'string' ||
    typeof update.handler.name !== 'string' ||
    !update.handler.externalUserId ||
    !update.handler.name ||
    update.handler.externalUserId.length > 100 ||
    update.handler.name.length > 100
  )
    throw bad(
      'handler needs externalUserId and name of at most 100 characters.',
    );
  if (
    update.opinion !== undefined &&
    (typeof update.opinion !== 'string' || update.opinion.length > 500)
  )
    throw bad('opinion may be at most 500 characters.');
  if (
    update.charges !== undefined &&
    (!Array.isArray(update.charges) ||
      update.charges.length > 20 ||
      update.charges.some(
        (c) =>
          typeof c?.name !== 'string' ||
          !Number.isInteger(c.amountFen) ||
          c.amountFen < 0,
      ))
  )
    throw bad(
      'charges must be at most 20 entries of name and a non-negative integer amountFen.',
    );
  return update as DepartmentUpdate;
}

const BINDING_QUERY = `query DepartmentHandler($systemId: ID!, $externalUserId: String!) {
  departmentAccountBinding(systemId: $systemId, externalUserId: $externalUserId) {
    userId
    user { roles departmentCode }
  }
}`;

/** Platform roles of the account bound to a departmental system's user; null when none is bound. */
async function handlerRoles(
  systemId: string,
  externalUserId: string,
  requestId: string,
): Promise<{ userId: string; roles: string[] } | null> {
  const data = await callSubgraph<{
    departmentAccountBinding: {
      userId: string;
      user: { roles: string[] } | null;
    } | null;
  }>(
    subgraphUrl('identity'),
    'cases',
    BINDING_QUERY,
    { systemId, externalUserId },
    requestId,
  );
  const binding = data.departmentAccountBinding;
  return binding
    ? { userId: binding.userId, roles: binding.user?.roles ?? [] }
    : null;
}

/** Role a handler needs for what an update reports. */
function requiredRole(update: DepartmentUpdate): string {
  return update.kind === 'RESULT' ? Role.Approver : Role.Reviewer;
}

/**
 * Applies one update of a departmental system to its case, once: the
 * update id is pushed in the same versioned write, so a resent or racing
 * copy finds it there and changes nothing. Supervision checks run on every
 * update. writeStep raises SKIPPED_STEP for a step that skips a configured
 * one, and this function raises UNAUTHORIZED_HANDLER for a handler without a
 * bound account holding the step's role and checks charges against the fee
 * list.
 */
export async function applyDepartmentUpdate(
  rt: StepRuntime & { rules: SupervisionRuleBook },
  systemId: string,
  update: DepartmentUpdate,
  requestId: string,
): Promise<{
  caseNumber: string;
  status: string;
  version: number;
  applied: boolean;
}> {
  for (let tries = 0; tries < 5; tries++) {
    const record = await rt.models.Case.findOne({
      caseNumber: update.caseNumber,
    }).lean<CaseDocument>();
    if (!record || record.departmentSystemId !== systemId)
      throw new UpdateError(
        404,
        'NOT_FOUND',
        `Case ${update.caseNumber} is not handled in system ${systemId}.`,
      );
    const answer = (applied: boolean, current: CaseDocument) => ({
      caseNumber: current.caseNumber,
      status: current.status,
      version: current.version,
      applied,
    });
    if ((record.departmentUpdateIds ?? []).includes(update.updateId))
      return answer(false, record);
    if (!(RUNNING_STATUSES as readonly string[]).includes(record.status))
      throw new UpdateError(
        409,
        'INVALID_STATE',
        `Case ${update.caseNumber} is ${record.status} and takes no process or result updates.`,
      );

    const at = now();
    const rules = rt.rules.rulesFor(record.divisionCode);
    const handler = await handlerRoles(
      systemId,
      update.handler.externalUserId,
      requestId,
    );
    const actor = {
      userId:
        handler?.userId ??
        `department:${systemId}:${update.handler.externalUserId}`,
      name: update.handler.name,
    };
    let set: Record<string, unknown> = {};
    let action = 'DEPARTMENT_PROCESS';
    let opinion = update.opinion?.trim() || null;
    let document: Parameters<typeof writeStep>[4]['document'];
    if (update.kind === 'PROCESS') {
      if (update.step === 'REVIEW' && record.status === 'ACCEPTED') {
        set = { status: 'REVIEWED' };
        action = 'REVIEWED';
      } else opinion = `${update.step}${opinion ? `: ${opinion}` : ''}`;
    } else if (update.result === 'APPROVED') {
      set = approvalFields(record, at);
      action = 'APPROVED';
      document = {
        kind: 'APPROVAL_DECISION',
        issuedAt: at,
        departmentCode: record.departmentCode,
        opinion,
      };
    } else {
      set = rejectionFields(record, at);
      action = 'REJECTED';
      document = {
        kind: 'REJECTION_DECISION',
        issuedAt: at,
        departmentCode: record.departmentCode,
        opinion,
      };
    }
    const updated = await writeStep(rt, record, actor, at, {
      action,
      opinion,
      set,
      push: { departmentUpdateIds: update.updateId },
      document,
    });
    if (!updated) continue;

    const role = requiredRole(update);
    if (rules.checkHandlerRoles && !handler?.roles.includes(role))
      await raiseWarning(
        rt.models,
        record,
        'UNAUTHORIZED_HANDLER',
        `${update.handler.name} (${update.handler.externalUserId} in ${systemId}) handled ${action} without a bound account holding ${role}.`,
        rt.log,
        update.updateId,
      );
    if (update.charges?.length)
      await checkCharges(rt.models, rt.rules, record, update.charges, rt.log);
    return answer(true, updated);
  }
  throw new UpdateError(
    409,
    'CONFLICT',
    `Case ${update.caseNumber} is changing; send the update again.`,
  );
}

/** Creates the HTTP route that departmental systems post their updates to. */
export function departmentUpdateRoute(
  rt: () => StepRuntime & { rules: SupervisionRuleBook },
  endpoints: readonly DepartmentSystemEndpoint[],
): ExtraRoute {
  return async ({ req, res, url, requestId }) => {
    if (url.pathname !== UPDATE_PATH) return false;
    const runtime = rt();
    if (req.method !== 'POST') {
      sendJson(res, 405, {
        error: { code: 'BAD_REQUEST', message: 'Use POST.' },
      });
      return true;
    }
    try {
      const body = await readBody(req, 64 * 1024);
      const endpoint = verifySigned(endpoints, req.headers, body);
      if (!endpoint) {
        runtime.log.warn(
          { system: req.headers['x-ykb-system'] },
          'department update refused: bad signature',
        );
        sendJson(res, 401, {
          error: {
            code: 'UNAUTHENTICATED',
            message:
              'The request is not signed by a configured departmental system, or its timestamp is off by more than 5 minutes.',
          },
        });
        return true;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new UpdateError(400, 'BAD_REQUEST', 'The body is not JSON.');
      }
      const result = await applyDepartmentUpdate(
        runtime,
        endpoint.systemId,
        readUpdate(parsed),
        requestId,
      );
      runtime.log.info(
        { system: endpoint.systemId, ...result },
        'department update',
      );
      sendJson(res, 200, result);
    } catch (error) {
      if (error instanceof UpdateError) {
        sendJson(res, error.status, {
          error: { code: error.code, message: error.message },
        });
        return true;
      }
      if ((error as { status?: number }).status === 413) {
        sendJson(res, 413, {
          error: {
            code: 'PAYLOAD_TOO_LARGE',
            message: 'The body exceeds 64 KiB.',
          },
        });
        return true;
      }
      runtime.log.error({ err: error }, 'department update failed');
      sendJson(res, 500, {
        error: {
          code: 'INTERNAL_SERVER_ERROR',
          message: 'The update could not be applied; send it again.',
        },
      });
    }
    return true;
  };
}
