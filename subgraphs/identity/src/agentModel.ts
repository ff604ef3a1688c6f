import { Schema, type Connection } from 'mongoose';

/**
 * A natural person registered as an agent (代理人) of a legal person. `_id`
 * is `<legal person id>:<agent user id>`, so adding the same agent twice
 * keeps one link.
 */
export interface AgentLinkDocument {
  _id: string;
  legalPersonId: string;
  agentUserId: string;
  addedAt: Date;
}

/**
 * Scoped powers a legal person gives one of its agents: the items the agent
 * may act on and until when. A grant is never changed after its insert; its
 * revocation is a separate document.
 */
export interface AgentGrantDocument {
  _id: string;
  legalPersonId: string;
  agentUserId: string;
  /** Item implementation codes, normalised, without duplicates. */
  itemCodes: string[];
  /** End of validity, stored in UTC. */
  validUntil: Date;
  createdAt: Date;
  createdBy: string;
  /** Client key of the grantAgent request, unique per legal person. */
  idempotencyKey: string;
}

/**
 * Revocation of a grant; `_id` is the grant id, so the unique `_id` index
 * admits one revocation per grant even under concurrent requests.
 */
export interface GrantRevocationDocument {
  _id: string;
  legalPersonId: string;
  revokedAt: Date;
  revokedBy: string;
  reason: string;
}

/** Result of one check of a grant at the moment an agent uses it. */
export type GrantUseOutcome =
  | 'ALLOWED'
  | 'GRANT_NOT_FOUND'
  | 'GRANT_REVOKED'
  | 'GRANT_EXPIRED'
  | 'GRANT_OUT_OF_SCOPE';

/** One use of a grant by an agent, allowed or refused; inserted once and never changed. */
export interface GrantUseDocument {
  _id: string;
  at: Date;
  grantId: string;
  agentUserId: string;
  legalPersonId: string;
  /** Item acted on; null for a use that lists cases over the whole grant. */
  itemCode: string | null;
  /** Operation the agent performed, such as `submitApplication` or `readCase`. */
  action: string;
  requestId: string | null;
  outcome: GrantUseOutcome;
}

const agentLinkSchema = new Schema<AgentLinkDocument>(
  {
    _id: { type: String, required: true },
    legalPersonId: { type: String, required: true, index: true },
    agentUserId: { type: String, required: true, index: true },
    addedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const agentGrantSchema = new Schema<AgentGrantDocument>(
  {
    _id: { type: String, required: true },
    legalPersonId: { type: String, required: true },
    agentUserId: { type: String, required: true, index: true },
    itemCodes: { type: [String], required: true },
    validUntil: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    idempotencyKey: { type: String, required: true },
  },
  { versionKey: false },
);
// A retried grantAgent finds the first grant through this key; the unique index stops a second insert.
agentGrantSchema.index(
  { legalPersonId: 1, idempotencyKey: 1 },
  { unique: true },
);

const grantRevocationSchema = new Schema<GrantRevocationDocument>(
  {
    _id: { type: String, required: true },
    legalPersonId: { type: String, required: true },
    revokedAt: { type: Date, required: true },
    revokedBy: { type: String, required: true },
    reason: { type: String, required: true },
  },
  { versionKey: false },
);

const grantUseSchema = new Schema<GrantUseDocument>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    grantId: { type: String, required: true },
    agentUserId: { type: String, required: true },
    legalPersonId: { type: String, required: true },
    itemCode: { type: String, default: null },
    action: { type: String, required: true },
    requestId: { type: String, default: null },
    outcome: { type: String, required: true },
  },
  { versionKey: false },
);
grantUseSchema.index({ legalPersonId: 1, at: -1 });

export function registerAgentModels(connection: Connection) {
  return {
    AgentLink: connection.model<AgentLinkDocument>(
      'AgentLink',
      agentLinkSchema,
      'agent_links',
    ),
    AgentGrant: connection.model<AgentGrantDocument>(
      'AgentGrant',
      agentGrantSchema,
      'agent_grants',
    ),
    GrantRevocation: connection.model<GrantRevocationDocument>(
      'GrantRevocation',
      grantRevocationSchema,
      'grant_revocations',
    ),
    GrantUse: connection.model<GrantUseDocument>(
      'GrantUse',
      grantUseSchema,
      'grant_uses',
    ),
  };
}
