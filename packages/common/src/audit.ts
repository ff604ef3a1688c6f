import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Viewer } from './auth.js';
import type { Logger } from './logger.js';

/** Outcome of an audited action. */
export type AuditOutcome = 'SUCCEEDED' | 'FAILED' | 'REFUSED';

/** One event for the audit log; the log adds the id, time and service. */
export interface AuditEvent {
  /** What was attempted, such as `signIn`, `grantAgent` or a GraphQL field path like `Mutation.acceptCase`. */
  action: string;
  outcome: AuditOutcome;
  /** Stable error code of a failure or refusal, as sent in `extensions.code`. */
  code?: string;
  /** User who acted; absent for anonymous requests. */
  actorId?: string;
  /** Division code of the actor's jurisdiction or residence, so auditors of a district see their district's records. */
  actorDivisionCode?: string;
  /** Legal person an agent acted for. */
  onBehalfOf?: string;
  /** Kind and id of the record acted on, such as `User` and its id. */
  subjectType?: string;
  subjectId?: string;
  /** Account name typed at a failed sign-in, normalised; never a password or a code. */
  account?: string;
  /** Short facts that explain the event; never secrets or personal data beyond ids. */
  details?: Record<string, string | number | boolean | null>;
  requestId?: string;
}

export interface AuditRecord extends AuditEvent {
  _id: string;
  at: Date;
  service: string;
}

const auditRecordSchema = new Schema<AuditRecord>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    service: { type: String, required: true },
    action: { type: String, required: true },
    outcome: { type: String, required: true },
    code: String,
    actorId: String,
    actorDivisionCode: String,
    onBehalfOf: String,
    subjectType: String,
    subjectId: String,
    account: String,
    details: { type: Schema.Types.Mixed },
    requestId: String,
  },
  { collection: 'audit_records', versionKey: false },
);
auditRecordSchema.index({ at: -1 });
auditRecordSchema.index({ actorId: 1, at: -1 });

/** Name of the database that contains the audit log of every service. */
export function auditDatabaseName(): string {
  return `${process.env.YKB_DB_PREFIX ?? ''}ykb_audit`;
}

/**
 * Returns the audit-log model on the server of `connection`. Every service
 * appends to one shared, insert-only database, so an auditor reads a single
 * log; records are never updated or deleted by the platform.
 */
export function auditRecordModel(connection: Connection): Model<AuditRecord> {
  const database = connection.useDb(auditDatabaseName(), { useCache: true });
  return (
    (database.models.AuditRecord as Model<AuditRecord> | undefined) ??
    database.model<AuditRecord>('AuditRecord', auditRecordSchema)
  );
}

/** Appends audit events for one service. */
export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
}

/**
 * The audit log as one request uses it. It also remembers the codes of the
 * REFUSED records the request wrote itself, so the refusal plugin does not
 * record the same refusal a second time.
 */
export interface RequestAuditLog extends AuditLog {
  readonly refusedCodes: ReadonlySet<string>;
}

/** Wraps a service's audit log for one request. */
export function requestAuditLog(audit: AuditLog): RequestAuditLog {
  const refusedCodes = new Set<string>();
  return {
    refusedCodes,
    async record(event) {
      if (event.outcome === 'REFUSED' && event.code)
        refusedCodes.add(event.code);
      await audit.record(event);
    },
  };
}

/**
 * Creates the audit log of `service`. A record that cannot be written is
 * logged at error level with its action and outcome and the write error is
 * raised, so a caller that must not act unaudited can stop.
 */
export function createAuditLog(
  connection: Connection,
  service: string,
  log: Logger,
): AuditLog {
  const model = auditRecordModel(connection);
  return {
    async record(event) {
      try {
        await model.create({
          _id: randomUUID(),
          at: new Date(),
          service,
          ...event,
        });
      } catch (error) {
        log.error(
          { err: error, action: event.action, outcome: event.outcome },
          'audit record could not be written',
        );
        throw error;
      }
    },
  };
}

/** Error codes that mean the caller was refused, not that the input or the server failed. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ACCOUNT_LOCKED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'INVALID_CODE',
  'CODE_EXPIRED',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'REQUEST_RATE_LIMITED',
  'GRANT_NOT_FOUND',
  'CERTIFICATE_REQUIRED',
  'SIGNATURE_INVALID',
  'CERTIFICATE_REPLACEMENT_UNPROVEN',
  'GRANT_REVOKED',
  'GRANT_EXPIRED',
  'GRANT_OUT_OF_SCOPE',
  'NO_ACTIVE_GRANT',
  'INTROSPECTION_DISABLED',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
  'BOOKING_PAUSED',
  'SELF_APPROVAL',
  'APPROVAL_OUT_OF_ORDER',
  'LICENCE_USE_PURPOSE_REQUIRED',
]);

/**
 * Returns the schema name of the root field a response key belongs to, so
 * an alias chosen by the caller never replaces the field in the audit
 * log. Falls back to the response key when no root field has it.
 */
function rootFieldName(
  operation: OperationDefinitionNode | undefined,
  responseKey: string | undefined,
): string | undefined {
  if (!responseKey || !operation) return responseKey;
  for (const selection of operation.selectionSet.selections) {
    if (
      selection.kind === Kind.FIELD &&
      (selection.alias?.value ?? selection.name.value) === responseKey
    )
      return selection.name.value;
  }
  return responseKey;
}

/**
 * Apollo Server plugin that writes one REFUSED audit record for each error
 * of a response whose code is in REFUSAL_CODES, before the response is sent.
 * The action is the error's field path (such as `Query.case`), or the
 * operation name when the error has no path. A code that the request's
 * resolvers already recorded as REFUSED, with more detail, is skipped.
 */
export function auditRefusalsPlugin<
  C extends { viewer?: Viewer; requestId: string; audit?: RequestAuditLog },
>(audit: AuditLog): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const rootType =
            operation?.operation === 'mutation' ? 'Mutation' : 'Query';
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code !== 'string' || !REFUSAL_CODES.has(code)) continue;
            if (contextValue.audit?.refusedCodes.has(code)) continue;
            const field = rootFieldName(
              operation,
              error.path?.find((part) => typeof part === 'string'),
            );
            await audit
              .record({
                action: field
                  ? `${rootType}.${field}`
                  : (operation?.name?.value ?? 'anonymous operation'),
                outcome: 'REFUSED',
                code,
                actorId: contextValue.viewer?.userId,
                actorDivisionCode: contextValue.viewer?.divisionCode,
                onBehalfOf: contextValue.viewer?.onBehalfOf,
                requestId: contextValue.requestId,
              })
              .catch(() => undefined);
          }
        },
      };
    },
  };
}
