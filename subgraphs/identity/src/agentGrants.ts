import { revokeSessions } from './sessions.js';
import { randomUUID } from 'node:crypto';
import {
  appError,
  badInput,
  ErrorCode,
  forbidden,
  hasRole,
  inJurisdiction,
  insertOnce,
  isIdempotencyKey,
  requireViewer,
  Role,
  type Viewer,
  MAX_PAGE_ROWS,
} from '@ykb/common';
import type {
  AgentGrantDocument,
  AgentLinkDocument,
  GrantRevocationDocument,
  GrantUseDocument,
  GrantUseOutcome,
} from './agentModel.js';
import { claimKey, findClaimHolder } from './claims.js';
import type { IdentityContext } from './context.js';
import {
  readItemCodes,
  readRevocationReason,
  readValidUntil,
} from './grantInput.js';
import type { IdentityModels, UserDocument } from './model.js';
import { normalizeIdCardNumber, normalizePersonName } from './personInput.js';

/** A grant with its revocation, the shape the GraphQL `AgentGrant` type resolves from. */
export interface GrantView extends AgentGrantDocument {
  revocation: GrantRevocationDocument | null;
}

export type GrantStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** Computes the status of a grant at `at`; a revocation wins over expiry. */
export function grantStatus(grant: GrantView, at: Date): GrantStatus {
  if (grant.revocation) return 'REVOKED';
  return grant.validUntil.getTime() <= at.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/**
 * Requires a legal person signed in with its own account, because only the
 * legal person itself manages its agents and grants. An agent acting for it
 * gets FORBIDDEN.
 */
export function requireOwnLegalPerson(viewer: Viewer | undefined): Viewer {
  const signedIn = requireViewer(viewer);
  if (!hasRole(signedIn, Role.LegalPerson) || signedIn.onBehalfOf)
    throw forbidden(
      'Only a legal person signed in with its own account manages its agents and grants.',
    );
  return signedIn;
}

/**
 * Reports whether a viewer may see a legal person's agents, grants and grant
 * uses: the legal person's own account, SYSTEM, and administrators whose
 * division subtree covers the legal person.
 */
export function mayManageLegalPerson(
  viewer: Viewer | undefined,
  legalPerson: UserDocument,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === legalPerson._id && !viewer.onBehalfOf) return true;
  if (hasRole(viewer, Role.System)) return true;
  return (
    hasRole(viewer, Role.Admin) &&
    !!legalPerson.divisionCode &&
    inJurisdiction(viewer, { divisionCode: legalPerson.divisionCode })
  );
}

/** Attaches revocations to grants, with one `_id` query. */
async function withRevocations(
  models: IdentityModels,
  grants: AgentGrantDocument[],
): Promise<GrantView[]> {
  if (grants.length === 0) return [];
  const revocations = await models.GrantRevocation.find({
    _id: { $in: grants.map((g) => g._id) },
  }).lean<GrantRevocationDocument[]>();
  const byGrant = new Map(revocations.map((r) => [r._id, r]));
  return grants.map((grant) => ({
    ...grant,
    revocation: byGrant.get(grant._id) ?? null,
  }));
}

/** Loads a grant with its revocation; null when no grant has the id. */
export async function findGrantView(
  models: IdentityModels,
  grantId: string,
): Promise<GrantView | null> {
  const grant =
    await models.AgentGrant.findById(grantId).lean<AgentGrantDocument>();
  if (!grant) return null;
  return (await withRevocations(models, [grant]))[0]!;
}

/** Lists a legal person's newest grants, revoked and expired ones included. */
export async function listGrantsOfLegalPerson(
  models: IdentityModels,
  legalPersonId: string,
  limit = MAX_PAGE_ROWS,
): Promise<GrantView[]> {
  const grants = await models.AgentGrant.find({ legalPersonId })
    .sort({ createdAt: -1, _id: 1 })
    .limit(limit)
    .lean<AgentGrantDocument[]>();
  return withRevocations(models, grants);
}

/** Lists a legal person's first agents in the order they were added. */
export function listAgentsOfLegalPerson(
  models: IdentityModels,
  legalPersonId: string,
  limit = MAX_PAGE_ROWS,
): Promise<AgentLinkDocument[]> {
  return models.AgentLink.find({ legalPersonId })
    .sort({ addedAt: 1, _id: 1 })
    .limit(limit)
    .lean<AgentLinkDocument[]>();
}

const AGENT_NOT_FOUND_MESSAGE =
  'No registered natural person has this ID-card number and name; check both and that the person has registered.';

/**
 * Links a registered natural person, found by ID-card number and name, as
 * an agent of the signed-in legal person. An unknown ID-card number and a
 * name that does not match fail with the same NOT_FOUND error, so the
 * error does not reveal whether someone is registered under the number.
 * Adding the same person again returns the existing link.
 */
export async function addAgent(
  ctx: IdentityContext,
  input: { idCardNumber: string; name: string },
): Promise<AgentLinkDocument> {
  const viewer = requireOwnLegalPerson(await ctx.activeViewer());
  const idCardNumber = normalizeIdCardNumber(input.idCardNumber);
  const name = normalizePersonName(input.name);
  const userId = idCardNumber
    ? await findClaimHolder(ctx.models, claimKey('idCard', idCardNumber))
    : undefined;
  const person = userId ? await ctx.userById.load(userId) : null;
  if (!person || person.kind !== 'PERSON' || person.name !== name)
    throw appError(ErrorCode.NotFound, AGENT_NOT_FOUND_MESSAGE);

  const linkId = `${viewer.userId}:${person._id}`;
  const { record, replayed } = await insertOnce(
    async () =>
      (
        await ctx.models.AgentLink.create({
          _id: linkId,
          legalPersonId: viewer.userId,
          agentUserId: person._id,
          addedAt: new Date(),
        })
      ).toObject() as AgentLinkDocument,
    () => ctx.models.AgentLink.findById(linkId).lean<AgentLinkDocument>(),
  );
  if (!replayed)
    ctx.log.info(
      { legalPersonId: viewer.userId, agentUserId: person._id },
      'agent added',
    );
  return record;
}

export interface GrantAgentInput {
  agentId: string;
  itemCodes: string[];
  validUntil: string;
  idempotencyKey: string;
}

/**
 * Grants one of the signed-in legal person's agents the power to act on the
 * given items until `validUntil`, and writes an audit record. A retry with
 * the same idempotency key returns the first grant, unless the key now
 * names a different request (CONFLICT).
 */
export async function grantAgent(
  ctx: IdentityContext,
  input: GrantAgentInput,
): Promise<GrantView> {
  const viewer = requireOwnLegalPerson(await ctx.activeViewer());
  if (!isIdempotencyKey(input.idempotencyKey))
    throw badInput(
      'idempotencyKey must be 8 to 100 characters from A-Z, a-z, 0-9, _ and -.',
      { field: 'idempotencyKey' },
    );
  const now = new Date();
  const itemCodes = readItemCodes(input.itemCodes);
  const validUntil = readValidUntil(input.validUntil, now);
  const link = await ctx.models.AgentLink.findById(
    `${viewer.userId}:${input.agentId}`,
  ).lean<AgentLinkDocument>();
  if (!link)
    throw appError(
      ErrorCode.NotFound,
      `User ${input.agentId} is not an agent of this legal person; add the agent first.`,
      { field: 'agentId' },
    );

  const findFirst = () =>
    ctx.models.AgentGrant.findOne({
      legalPersonId: viewer.userId,
      idempotencyKey: input.idempotencyKey,
    }).lean<AgentGrantDocument>();
  const { record, replayed } = await insertOnce(
    async () =>
      (
        await ctx.models.AgentGrant.create({
          _id: `grant-${randomUUID()}`,
          legalPersonId: viewer.userId,
          agentUserId: link.agentUserId,
          itemCodes,
          validUntil,
          createdAt: now,
          createdBy: viewer.userId,
          idempotencyKey: input.idempotencyKey,
        })
      ).toObject() as AgentGrantDocument,
    findFirst,
  );
  if (replayed) {
    const same =
      record.agentUserId === link.agentUserId &&
      record.validUntil.getTime() === validUntil.getTime() &&
      record.itemCodes.join(',') === itemCodes.join(',');
    if (!same)
      throw appError(
        ErrorCode.Conflict,
        `idempotencyKey ${input.idempotencyKey} was already used for a different grant; use a new key.`,
        { field: 'idempotencyKey' },
      );
    return (await findGrantView(ctx.models, record._id))!;
  }

  // NOTE: when this audit write fails the grant stays stored; a retry with the same key returns it without a second audit record.
  await ctx.audit.record({
    action: 'grantAgent',
    outcome: 'SUCCEEDED',
    actorId: viewer.userId,
    subjectType: 'AgentGrant',
    subjectId: record._id,
    details: {
      agentId: record.agentUserId,
      itemCount: record.itemCodes.length,
      validUntil: record.validUntil.toISOString(),
    },
    requestId: ctx.requestId,
  });
  ctx.log.info(
    {
      grantId: record._id,
      legalPersonId: viewer.userId,
      agentUserId: record.agentUserId,
    },
    'agent grant created',
  );
  return { ...record, revocation: null };
}

/**
 * Revokes one of the signed-in legal person's grants with immediate effect:
 * every later use of the grant is refused with GRANT_REVOKED. Writes an
 * audit record. Revoking a revoked grant returns it unchanged.
 */
export async function revokeGrant(
  ctx: IdentityContext,
  grantId: string,
  rawReason: string,
): Promise<GrantView> {
  const viewer = requireOwnLegalPerson(await ctx.activeViewer());
  const reason = readRevocationReason(rawReason);
  const grant = await findGrantView(ctx.models, grantId);
  if (!grant || grant.legalPersonId !== viewer.userId)
    throw appError(
      ErrorCode.NotFound,
      `Grant ${grantId} was not found among this legal person's grants.`,
      { id: grantId },
    );
  if (grant.revocation) return grant;

  const { record, replayed } = await insertOnce(
    async () =>
      (
        await ctx.models.GrantRevocation.create({
          _id: grant._id,
          legalPersonId: viewer.userId,
          revokedAt: new Date(),
          revokedBy: viewer.userId,
          reason,
        })
      ).toObject() as GrantRevocationDocument,
    () =>
      ctx.models.GrantRevocation.findById(
        grant._id,
      ).lean<GrantRevocationDocument>(),
  );
  // Acting sessions under the grant end too, so no token keeps claiming it.
  const sessionsRevoked = await revokeSessions(
    ctx.models,
    { grantId: grant._id },
    Date.now(),
  );
  if (!replayed) {
    await ctx.audit.record({
      action: 'revokeGrant',
      outcome: 'SUCCEEDED',
      actorId: viewer.userId,
      subjectType: 'AgentGrant',
      subjectId: grant._id,
      details: { agentId: grant.agentUserId, sessionsRevoked },
      requestId: ctx.requestId,
    });
    ctx.log.info(
      { grantId: grant._id, legalPersonId: viewer.userId, sessionsRevoked },
      'agent grant revoked',
    );
  }
  return { ...grant, revocation: record };
}

/** Lists a natural person's active grants, of one legal person when given, latest expiry first. */
export async function activeGrantsOfAgent(
  models: IdentityModels,
  agentUserId: string,
  at: Date,
  legalPersonId?: string,
): Promise<GrantView[]> {
  const grants = await models.AgentGrant.find({
    agentUserId,
    validUntil: { $gt: at },
    ...(legalPersonId ? { legalPersonId } : {}),
  }).lean<AgentGrantDocument[]>();
  const views = await withRevocations(models, grants);
  return views
    .filter((grant) => grantStatus(grant, at) === 'ACTIVE')
    .sort((a, b) => b.validUntil.getTime() - a.validUntil.getTime());
}

export interface GrantUseRequest {
  grantId: string;
  agentId: string;
  legalPersonId: string;
  /** Item acted on; null checks the grant without an item, for listing cases over its scope. */
  itemCode: string | null;
  action: string;
}

export interface GrantUseResult {
  use: GrantUseDocument;
  /** The grant's item codes when the use is allowed, so that a caller can filter by scope; empty otherwise. */
  itemCodes: string[];
}

const MAX_ACTION_LENGTH = 100;

/**
 * Checks a grant at the moment of use and records the use with its
 * outcome. A grant that does not exist or belongs to another agent or
 * legal person gives GRANT_NOT_FOUND, then a revocation GRANT_REVOKED,
 * then expiry GRANT_EXPIRED, and an item outside the grant
 * GRANT_OUT_OF_SCOPE.
 */
export async function useAgentGrant(
  ctx: IdentityContext,
  request: GrantUseRequest,
): Promise<GrantUseResult> {
  const action = request.action.trim();
  if (!action || action.length > MAX_ACTION_LENGTH)
    throw badInput(`action must have 1 to ${MAX_ACTION_LENGTH} characters.`, {
      field: 'action',
    });
  const itemCode =
    request.itemCode === null
      ? null
      : request.itemCode.normalize('NFKC').trim().toUpperCase().slice(0, 64);
  const at = new Date();
  const grant = await findGrantView(ctx.models, request.grantId);

  let outcome: GrantUseOutcome = 'ALLOWED';
  if (
    !grant ||
    grant.agentUserId !== request.agentId ||
    grant.legalPersonId !== request.legalPersonId
  )
    outcome = 'GRANT_NOT_FOUND';
  else if (grant.revocation) outcome = 'GRANT_REVOKED';
  else if (grant.validUntil.getTime() <= at.getTime())
    outcome = 'GRANT_EXPIRED';
  else if (itemCode !== null && !grant.itemCodes.includes(itemCode))
    outcome = 'GRANT_OUT_OF_SCOPE';

  const use = (
    await ctx.models.GrantUse.create({
      _id: randomUUID(),
      at,
      grantId: request.grantId.slice(0, 100),
      agentUserId: request.agentId.slice(0, 100),
      legalPersonId: request.legalPersonId.slice(0, 100),
      itemCode,
      action,
      requestId: ctx.requestId,
      outcome,
    })
  ).toObject() as GrantUseDocument;
  if (outcome !== 'ALLOWED')
    ctx.log.warn(
      { grantId: use.grantId, agentUserId: use.agentUserId, outcome, action },
      'agent grant use refused',
    );
  return {
    use,
    itemCodes: outcome === 'ALLOWED' ? [...grant!.itemCodes] : [],
  };
}

/** Lists the uses of a legal person's grants, newest first, optionally of one grant. */
export function listGrantUses(
  models: IdentityModels,
  legalPersonId: string,
  grantId: string | null | undefined,
  limit: number,
): Promise<GrantUseDocument[]> {
  return models.GrantUse.find({
    legalPersonId,
    ...(grantId ? { grantId } : {}),
  })
    .sort({ at: -1, _id: 1 })
    .limit(limit)
    .lean<GrantUseDocument[]>();
}
