import { agentFields } from './agents.js';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  notFound,
  shanghaiDate,
  type Logger,
  type Viewer,
} from '@ykb/common';
import { requireCertificateSession } from './certificates.js';
import { now } from './clock.js';
import {
  checkIsoDate,
  COMPLETION_WORKING_DAYS,
  CONTRACT_WORKING_DAYS,
  workingDaysAfter,
} from './deadlines.js';
import { readFile, storeFiles } from './files.js';
import type {
  EngagementDocument,
  EvaluationRecord,
  IntermediaryModels,
} from './model.js';
import { notify } from './notify.js';
import { changeRecord, wrongState as wrongStateOf } from './stateChange.js';
import { checkText } from './text.js';

/**
 * Contracts (3.7.7) and evaluations (3.7.8). The agency files the signed
 * contract within 2 working days of signing; the client registers completion
 * within 2 working days of receiving the deliverable and evaluates the agency
 * once on five dimensions. A late step is refused unless it states why; with
 * a reason it is accepted and flagged to supervisors.
 */

async function loadEngagement(
  models: IntermediaryModels,
  id: string,
): Promise<EngagementDocument> {
  const engagement =
    await models.Engagement.findById(id).lean<EngagementDocument>();
  if (!engagement) throw notFound('Engagement', id);
  return engagement;
}

function change(
  models: IntermediaryModels,
  engagement: EngagementDocument,
  set: Record<string, unknown>,
  log: Logger,
): Promise<EngagementDocument> {
  return changeRecord(models.Engagement, 'Engagement', engagement, set, log);
}

/** INVALID_STATE for an engagement step. */
function wrongState(state: string, needed: string) {
  return wrongStateOf('engagement', state, needed);
}

/** Checks a reported day: a real date, not in the future, not before `earliest`. */
function checkReportedDay(
  value: string,
  field: string,
  earliest: string,
): string {
  const day = checkIsoDate(value, field);
  const today = shanghaiDate(now());
  if (day > today)
    throw badInput(`${field} ${day} lies in the future.`, { field });
  if (day < earliest)
    throw badInput(`${field} ${day} lies before ${earliest}.`, { field });
  return day;
}

function lateReasonOf(raw: string | null | undefined): string | null {
  return raw == null || raw.trim() === ''
    ? null
    : checkText(raw, 'lateReason', 5, 500);
}

export async function uploadContract(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  signedOnRaw: string,
  document: { kind: string; fileName: string; contentBase64: string },
  rawLateReason: string | null | undefined,
  log: Logger,
): Promise<EngagementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.uploadContract'],
  );
  const engagement = await loadEngagement(models, id);
  if (engagement.agencyOwnerUserId !== viewer.userId)
    throw notFound('Engagement', id);
  if (engagement.state !== 'AWAITING_CONTRACT')
    throw wrongState(engagement.state, 'AWAITING_CONTRACT');
  await requireCertificateSession(models, viewer);
  const signedOn = checkReportedDay(
    signedOnRaw,
    'signedOn',
    shanghaiDate(engagement.confirmedAt),
  );
  const dueDate = workingDaysAfter(signedOn, CONTRACT_WORKING_DAYS);
  const at = now();
  const late = shanghaiDate(at) > dueDate;
  const lateReason = lateReasonOf(rawLateReason);
  if (late && !lateReason)
    throw appError(
      ErrorCode.ContractLate,
      `The contract signed on ${signedOn} had to be uploaded by ${dueDate} (${CONTRACT_WORKING_DAYS} working days); give lateReason to file it late, which is reported to supervisors.`,
      { field: 'signedOn', dueDate },
    );
  const file = readFile(
    {
      kind: 'CONTRACT',
      fileName: document.fileName,
      contentBase64: document.contentBase64,
    },
    viewer.userId,
  );
  await storeFiles(models, [file]);
  try {
    const updated = await change(
      models,
      engagement,
      {
        state: 'CONTRACTED',
        signedOn,
        contractDueDate: dueDate,
        contractUploadedAt: at,
        contractLate: late,
        contractLateReason: late ? lateReason : null,
        contractFileId: file._id,
      },
      log,
    );
    if (late) log.warn({ engagementId: id, dueDate }, 'contract uploaded late');
    return updated;
  } catch (error) {
    await models.StoredFile.deleteOne({ _id: file._id });
    throw error;
  }
}

function checkScore(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5)
    throw badInput(
      `${field} must be a whole score from 1 to 5, got ${value}.`,
      { field: `evaluation.${field}` },
    );
  return value;
}

export interface EvaluationInput {
  quality: number;
  timeliness: number;
  attitude: number;
  fees: number;
  conduct: number;
  comment?: string | null;
}

export async function registerCompletion(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  receivedOnRaw: string,
  evaluation: EvaluationInput,
  rawLateReason: string | null | undefined,
  log: Logger,
): Promise<EngagementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.registerCompletion'],
  );
  const engagement = await loadEngagement(models, id);
  if (engagement.clientOwnerUserId !== viewer.userId)
    throw notFound('Engagement', id);
  if (engagement.state === 'COMPLETED' || engagement.evaluation)
    throw appError(
      ErrorCode.AlreadyEvaluated,
      'This engagement was already completed and evaluated; each engagement has one evaluation.',
    );
  if (engagement.state !== 'CONTRACTED')
    throw wrongState(engagement.state, 'CONTRACTED');
  await requireCertificateSession(models, viewer);
  const receivedOn = checkReportedDay(
    receivedOnRaw,
    'deliverableReceivedOn',
    engagement.signedOn ?? shanghaiDate(engagement.confirmedAt),
  );
  const scores: EvaluationRecord = {
    quality: checkScore(evaluation.quality, 'quality'),
    timeliness: checkScore(evaluation.timeliness, 'timeliness'),
    attitude: checkScore(evaluation.attitude, 'attitude'),
    fees: checkScore(evaluation.fees, 'fees'),
    conduct: checkScore(evaluation.conduct, 'conduct'),
    comment: evaluation.comment?.trim()
      ? checkText(evaluation.comment, 'evaluation.comment', 1, 500)
      : null,
    evaluatedAt: now(),
  };
  const dueDate = workingDaysAfter(receivedOn, COMPLETION_WORKING_DAYS);
  const at = now();
  const late = shanghaiDate(at) > dueDate;
  const lateReason = lateReasonOf(rawLateReason);
  if (late && !lateReason)
    throw appError(
      ErrorCode.CompletionLate,
      `Completion of a deliverable received on ${receivedOn} had to be registered by ${dueDate} (${COMPLETION_WORKING_DAYS} working days); give lateReason to register it late, which is reported to supervisors.`,
      { field: 'deliverableReceivedOn', dueDate },
    );
  const updated = await change(
    models,
    engagement,
    {
      state: 'COMPLETED',
      deliverableReceivedOn: receivedOn,
      completionDueDate: dueDate,
      completedAt: at,
      completionLate: late,
      completionLateReason: late ? lateReason : null,
      evaluation: scores,
      completionAgentUserId: agentFields(rawViewer).agentUserId,
      completionAgentName: agentFields(rawViewer).agentName,
    },
    log,
  );
  await notify(
    models,
    `completed:${id}`,
    engagement.agencyOwnerUserId,
    id,
    `委托人已登记项目履约完成并作出服务评价。`,
  );
  return updated;
}
