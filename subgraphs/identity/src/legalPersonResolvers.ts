import {
  maskName,
  offsetPage,
  offsetPageWindow,
  requireRole,
  Role,
  type Viewer,
  MAX_PAGE_ROWS,
  pageRows,
} from '@ykb/common';
import { actForLegalPerson } from './actForLegalPerson.js';
import {
  activeGrantsOfAgent,
  addAgent,
  grantAgent,
  grantStatus,
  listAgentsOfLegalPerson,
  listGrantsOfLegalPerson,
  listGrantUses,
  mayManageLegalPerson,
  requireOwnLegalPerson,
  revokeGrant,
  useAgentGrant,
  type GrantView,
} from './agentGrants.js';
import type { IdentityContext } from './context.js';
import type {
  MutationResolvers,
  QueryResolvers,
  Resolvers,
} from './generated/resolvers-types.js';
import { toShanghaiDateTime } from './grantInput.js';
import type { UserDocument } from './model.js';
import { registerLegalPerson } from './registerLegalPerson.js';
import { startSession } from './signIn.js';
import {
  authPayload,
  maySeePersonalData,
  ownUserView,
  viewUser,
} from './userView.js';

/** A legal person a natural person may act for, with the active grants. */
export interface AgentMandateView {
  legalPerson: UserDocument;
  grants: GrantView[];
}

/** Loads a legal person by user id; null for other users and unknown ids. */
async function loadLegalPerson(
  ctx: IdentityContext,
  id: string,
): Promise<UserDocument | null> {
  const user = await ctx.userById.load(id);
  return user?.kind === 'LEGAL_PERSON' ? user : null;
}

async function loadMaskedUser(
  ctx: IdentityContext,
  id: string,
  viewer: Viewer | undefined,
) {
  const user = await ctx.userById.load(id);
  if (!user) throw new Error(`User ${id} named by an agent record is missing.`);
  return viewUser(user, viewer);
}

/** Groups a natural person's active grants by legal person, legal persons by id. */
async function listMandates(
  ctx: IdentityContext,
  agentUserId: string,
): Promise<AgentMandateView[]> {
  const grants = await activeGrantsOfAgent(ctx.models, agentUserId, new Date());
  const byLegalPerson = new Map<string, GrantView[]>();
  for (const grant of grants) {
    const list = byLegalPerson.get(grant.legalPersonId) ?? [];
    list.push(grant);
    byLegalPerson.set(grant.legalPersonId, list);
  }
  const ids = [...byLegalPerson.keys()].sort();
  const legalPersons = await Promise.all(
    ids.map((id) => loadLegalPerson(ctx, id)),
  );
  const mandates: AgentMandateView[] = [];
  for (const legalPerson of legalPersons) {
    if (legalPerson)
      mandates.push({
        legalPerson,
        grants: byLegalPerson.get(legalPerson._id)!,
      });
  }
  return mandates;
}

const legalPersonQueries: QueryResolvers = {
  legalPerson: (_parent, args, ctx) => loadLegalPerson(ctx, args.id),
  myAgents: async (_parent, args, ctx) => {
    const viewer = requireOwnLegalPerson(await ctx.activeViewer());
    return listAgentsOfLegalPerson(
      ctx.models,
      viewer.userId,
      pageRows(args.first, MAX_PAGE_ROWS),
    );
  },
  myAgentGrants: async (_parent, args, ctx) => {
    const viewer = requireOwnLegalPerson(await ctx.activeViewer());
    return listGrantsOfLegalPerson(
      ctx.models,
      viewer.userId,
      pageRows(args.first, MAX_PAGE_ROWS),
    );
  },
  myAgentGrantUses: async (_parent, args, ctx) => {
    const viewer = requireOwnLegalPerson(await ctx.activeViewer());
    return listGrantUses(
      ctx.models,
      viewer.userId,
      args.grantId,
      pageRows(args.first, MAX_PAGE_ROWS),
    );
  },
  myAgencies: async (_parent, args, ctx) => {
    const viewer = requireRole(await ctx.activeViewer(), Role.Citizen);
    offsetPageWindow(args);
    // A grant is active only without a revocation, which is a document of
    // another collection (FerretDB 1.24 has no $lookup), so the page is cut
    // here from the agent's unexpired grants, which the query reads.
    return offsetPage(await listMandates(ctx, viewer.userId), args);
  },
};

const legalPersonMutations: MutationResolvers = {
  registerLegalPerson: async (_parent, args, ctx) => {
    const user = await registerLegalPerson(ctx, args.input);
    return authPayload(await startSession(ctx, user), ownUserView(user));
  },
  addAgent: (_parent, args, ctx) => addAgent(ctx, args.input),
  grantAgent: (_parent, args, ctx) => grantAgent(ctx, args.input),
  revokeGrant: (_parent, args, ctx) =>
    revokeGrant(ctx, args.grantId, args.reason),
  actForLegalPerson: (_parent, args, ctx) =>
    actForLegalPerson(ctx, args.legalPersonId, args.grantId),
  useAgentGrant: (_parent, args, ctx) => {
    requireRole(ctx.viewer, Role.System);
    return useAgentGrant(ctx, {
      grantId: args.grantId,
      agentId: args.agentId,
      legalPersonId: args.legalPersonId,
      itemCode: args.itemCode ?? null,
      action: args.action,
    });
  },
};

/**
 * Resolvers of legal persons, their agents and grants. Every path that
 * returns a legal person's agents, grants or grant uses checks that the
 * viewer is the legal person itself, SYSTEM or an administrator in
 * jurisdiction.
 */
export const legalPersonResolvers = {
  Query: legalPersonQueries,
  Mutation: legalPersonMutations,
  LegalPerson: {
    __resolveReference: (ref, ctx) => loadLegalPerson(ctx, ref.id),
    id: (lp) => lp._id,
    creditCode: (lp) => lp.creditCode ?? '',
    legalRepresentativeName: async (lp, _args, ctx) => {
      const name = lp.legalRepresentativeName;
      if (!name) return null;
      return maySeePersonalData(await ctx.activeViewer(), lp)
        ? name
        : maskName(name);
    },
    divisionCode: (lp) => lp.divisionCode ?? null,
    division: (lp, _args, ctx) =>
      lp.divisionCode ? ctx.divisionByCode.load(lp.divisionCode) : null,
    agents: async (lp, _args, ctx) =>
      mayManageLegalPerson(await ctx.activeViewer(), lp)
        ? listAgentsOfLegalPerson(ctx.models, lp._id)
        : null,
    grants: async (lp, _args, ctx) =>
      mayManageLegalPerson(await ctx.activeViewer(), lp)
        ? listGrantsOfLegalPerson(ctx.models, lp._id)
        : null,
  },
  Agent: {
    user: async (link, _args, ctx) =>
      loadMaskedUser(ctx, link.agentUserId, await ctx.activeViewer()),
    addedAt: (link) => link.addedAt.toISOString(),
  },
  AgentGrant: {
    id: (grant) => grant._id,
    legalPerson: async (grant, _args, ctx) =>
      (await loadLegalPerson(ctx, grant.legalPersonId))!,
    agent: async (grant, _args, ctx) =>
      loadMaskedUser(ctx, grant.agentUserId, await ctx.activeViewer()),
    validUntil: (grant) => grant.validUntil.toISOString(),
    validUntilLocal: (grant) => toShanghaiDateTime(grant.validUntil),
    createdAt: (grant) => grant.createdAt.toISOString(),
    status: (grant) => grantStatus(grant, new Date()),
    revokedAt: (grant) => grant.revocation?.revokedAt.toISOString() ?? null,
    revocationReason: (grant) => grant.revocation?.reason ?? null,
  },
  AgentGrantUse: {
    id: (use) => use._id,
    at: (use) => use.at.toISOString(),
    agentId: (use) => use.agentUserId,
    legalPersonId: (use) => use.legalPersonId,
  },
} satisfies Resolvers;
