import type { ApolloClient } from '@apollo/client';
import {
  DeliverCaseDocument,
  NotAcceptCaseDocument,
  RejectCaseDocument,
  RequestCorrectionDocument,
  ResumeCaseDocument,
  ReviewCaseDocument,
  SuspendCaseDocument,
  TransferCaseDocument,
  type CorrectionItemInput,
  type DeliveryMethod,
  type SpecialProcedure,
  type WorklistQuery,
} from '../../graphql/generated';

/** Handling steps offered in the worklist besides accepting and approving. */
export type HandlingAction =
  | 'NOT_ACCEPT'
  | 'REQUEST_CORRECTION'
  | 'REVIEW'
  | 'REJECT'
  | 'SUSPEND'
  | 'RESUME'
  | 'TRANSFER'
  | 'DELIVER';

export const SPECIAL_PROCEDURES: SpecialProcedure[] = [
  'HEARING',
  'TENDER_OR_AUCTION',
  'INSPECTION',
  'APPRAISAL',
  'EXPERT_REVIEW',
  'ON_SITE_CHECK',
];

export const DELIVERY_METHODS: DeliveryMethod[] = [
  'WINDOW',
  'MAIL',
  'ELECTRONIC',
];

type WorklistCase = WorklistQuery['worklist'][number];
type HasRole = (...roles: string[]) => boolean;

/** Reports whether the viewer may decide a case: approvers, and reviewers when the case's decisionRole is REVIEWER. */
export function canDecide(
  row: Pick<WorklistCase, 'decisionRole'>,
  hasRole: HasRole,
): boolean {
  return (
    hasRole('APPROVER') ||
    (row.decisionRole === 'REVIEWER' && hasRole('REVIEWER'))
  );
}

/**
 * Actions the viewer may take on a case in its status, mirroring the
 * server's rules: intake staff act before acceptance and at delivery,
 * reviewers and approvers between acceptance and decision.
 */
export function availableActions(
  row: Pick<WorklistCase, 'status' | 'steps' | 'decisionRole'>,
  hasRole: HasRole,
): HandlingAction[] {
  const intake = hasRole('CLERK', 'WINDOW_STAFF');
  const decision = hasRole('REVIEWER', 'APPROVER');
  const actions: HandlingAction[] = [];
  switch (row.status) {
    case 'SUBMITTED':
      if (intake) actions.push('NOT_ACCEPT', 'REQUEST_CORRECTION', 'TRANSFER');
      break;
    case 'ACCEPTED':
    case 'REVIEWED':
      if (row.status === 'ACCEPTED' && row.steps.includes('REVIEW'))
        if (hasRole('REVIEWER')) actions.push('REVIEW');
      if (decision) {
        actions.push('REQUEST_CORRECTION');
        if (canDecide(row, hasRole)) actions.push('REJECT');
        actions.push('SUSPEND', 'TRANSFER');
      } else if (intake) actions.push('TRANSFER');
      break;
    case 'SUSPENDED':
      if (decision) actions.push('RESUME');
      break;
    case 'AWAITING_DELIVERY':
      if (intake) actions.push('DELIVER');
      break;
  }
  return actions;
}

const LINE = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*[:：]\s*(.+)$/;

/**
 * Reads a correction notice typed one correction a line: `M3: 描述` names a
 * material, `businessScope: 描述` a form field, a line without a prefix
 * only describes.
 */
export function parseCorrections(text: string): CorrectionItemInput[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = LINE.exec(line);
      if (!match) return { description: line };
      const [, code, description] = match;
      return /^M\d+$/.test(code!)
        ? { materialCode: code, description: description! }
        : { fieldKey: code, description: description! };
    });
}

export interface ActionInput {
  text: string;
  procedure: string;
  departmentCode: string;
  method: string;
}

/** Sends one handling action at the version the worklist shows, so a stale card fails with CONFLICT. */
export async function runHandlingAction(
  client: ApolloClient,
  row: Pick<WorklistCase, 'id' | 'version'>,
  action: HandlingAction,
  input: ActionInput,
): Promise<void> {
  const base = { id: row.id, version: row.version };
  const text = input.text.trim();
  switch (action) {
    case 'NOT_ACCEPT':
      await client.mutate({
        mutation: NotAcceptCaseDocument,
        variables: { ...base, reason: text },
      });
      return;
    case 'REQUEST_CORRECTION':
      await client.mutate({
        mutation: RequestCorrectionDocument,
        variables: { ...base, corrections: parseCorrections(text) },
      });
      return;
    case 'REVIEW':
      await client.mutate({
        mutation: ReviewCaseDocument,
        variables: { ...base, opinion: text },
      });
      return;
    case 'REJECT':
      await client.mutate({
        mutation: RejectCaseDocument,
        variables: { ...base, reason: text },
      });
      return;
    case 'SUSPEND':
      await client.mutate({
        mutation: SuspendCaseDocument,
        variables: {
          ...base,
          procedure: input.procedure as SpecialProcedure,
          reason: text,
        },
      });
      return;
    case 'RESUME':
      await client.mutate({
        mutation: ResumeCaseDocument,
        variables: { ...base, opinion: text || null },
      });
      return;
    case 'TRANSFER':
      await client.mutate({
        mutation: TransferCaseDocument,
        variables: {
          ...base,
          departmentCode: input.departmentCode,
          reason: text,
        },
      });
      return;
    case 'DELIVER':
      await client.mutate({
        mutation: DeliverCaseDocument,
        variables: { ...base, method: input.method as DeliveryMethod },
      });
      return;
  }
}
