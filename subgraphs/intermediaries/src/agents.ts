import type DataLoader from 'dataloader';
import {
  appError,
  ErrorCode,
  forbidden,
  hasRole,
  isAgentViewer,
  Role,
  useAgentGrant,
  type Viewer,
} from '@ykb/common';
import type {
  AnnouncementDocument,
  IntermediaryModels,
  IntermediaryServiceDocument,
  PartyDocument,
} from './model.js';

/**
 * Agents in the marketplace. A citizen who acts for a legal person
 * (`actForLegalPerson` in identity) works in the marketplace as that legal
 * person: the viewer becomes the legal person with the LEGAL_PERSON role,
 * and `agent` keeps who really acts, so records name both. The grant is
 * checked in identity once per request, without an item. Steps on an
 * announcement or engagement then need the grant to name an approval item
 * that the bought service is linked to (requireAgentServiceScope).
 */

/** The citizen acting for the legal person, and the grant that allows it. */
export interface ActingAgent {
  userId: string;
  name: string;
  grantId: string;
}

/** A viewer as the marketplace sees it: an agent appears as the legal person it acts for. */
export type MarketplaceViewer = Viewer & { agent?: ActingAgent };

/** Turns an agent's viewer into the legal person it acts for; other viewers stay as they are. */
export function marketplaceViewer(
  viewer: Viewer | undefined,
): MarketplaceViewer | undefined {
  if (!isAgentViewer(viewer) || !hasRole(viewer, Role.Citizen)) return viewer;
  const { onBehalfOf, grantId, ...rest } = viewer;
  return {
    ...rest,
    userId: onBehalfOf,
    roles: [Role.LegalPerson],
    agent: { userId: viewer.userId, name: viewer.name, grantId },
  };
}

/**
 * Returns a check, run at most once per request, that the agent's grant is
 * still active; it resolves to the grant's item codes and throws the grant's
 * refusal code (GRANT_REVOKED, GRANT_EXPIRED, GRANT_NOT_FOUND). Without an
 * agent it resolves to an empty list and checks nothing.
 */
export function agentGrantCheck(
  viewer: MarketplaceViewer | undefined,
  requestId: string,
): () => Promise<string[]> {
  const agent = viewer?.agent;
  if (!viewer || !agent) return () => Promise.resolve([]);
  let checked: Promise<string[]> | undefined;
  return () => {
    checked ??= useAgentGrant(
      'intermediaries',
      requestId,
      {
        ...viewer,
        userId: agent.userId,
        onBehalfOf: viewer.userId,
        grantId: agent.grantId,
      },
      null,
      'intermediaries',
    );
    return checked;
  };
}

/** Request context fields that the scope check reads. */
export interface AgentScopeContext {
  viewer?: MarketplaceViewer;
  agentItemCodes: () => Promise<string[]>;
  serviceById: DataLoader<string, IntermediaryServiceDocument | null>;
  announcementById: DataLoader<string, AnnouncementDocument | null>;
}

/**
 * Rejects with GRANT_OUT_OF_SCOPE an agent whose grant names none of the
 * approval items that the intermediary service is linked to. A legal person
 * buys or provides a service because one of those items requires its
 * report, so a grant for such an item covers the marketplace steps of that
 * service. An agent can never act on a service linked to no item, and the
 * legal person's own account takes those steps. Other viewers pass.
 */
export async function requireAgentServiceScope(
  context: AgentScopeContext,
  serviceId: string,
): Promise<void> {
  const agent = context.viewer?.agent;
  if (!agent) return;
  const itemCodes = await context.agentItemCodes();
  const service = await context.serviceById.load(serviceId);
  const linkedItemIds = service?.itemIds ?? [];
  if (linkedItemIds.some((itemId) => itemCodes.includes(itemId))) return;
  throw appError(
    ErrorCode.GrantOutOfScope,
    linkedItemIds.length === 0
      ? `The intermediary service ${serviceId} is linked to no approval item, so no agent grant covers it; sign in as the legal person.`
      : `Your agent grant covers none of the approval items that the intermediary service ${serviceId} serves (${linkedItemIds.join(', ')}); ask the legal person to grant one of them.`,
    { grantId: agent.grantId, serviceId, itemIds: linkedItemIds },
  );
}

/** Applies requireAgentServiceScope to the service of an announcement or of its engagement; an unknown id passes, so the step itself reports NOT_FOUND. */
export async function requireAgentAnnouncementScope(
  context: AgentScopeContext,
  announcementId: string,
): Promise<void> {
  if (!context.viewer?.agent) return;
  const announcement = await context.announcementById.load(announcementId);
  if (announcement)
    await requireAgentServiceScope(context, announcement.serviceId);
}

/**
 * Rejects with GRANT_OUT_OF_SCOPE an agent's step that names no
 * announcement. A grant covers the marketplace steps of the services linked
 * to its approval items, and such a step is tied to no service, so only the
 * legal person's own account takes it. Other viewers pass.
 */
export function rejectAgentWithoutAnnouncement(
  viewer: MarketplaceViewer | undefined,
  step: string,
): void {
  const agent = viewer?.agent;
  if (!agent) return;
  throw appError(
    ErrorCode.GrantOutOfScope,
    `${step} that names no announcement is outside every agent grant; name the announcement, or sign in as the legal person.`,
    { grantId: agent.grantId },
  );
}

/**
 * Returns the ids of the intermediary services whose marketplace steps the
 * agent's grant covers (those linked to one of its approval items), or null
 * for a viewer who is not an agent.
 */
export async function agentServiceIds(
  context: Pick<AgentScopeContext, 'viewer' | 'agentItemCodes'>,
  models: IntermediaryModels,
): Promise<string[] | null> {
  if (!context.viewer?.agent) return null;
  const itemCodes = await context.agentItemCodes();
  if (itemCodes.length === 0) return [];
  const covered = await models.IntermediaryService.find({
    itemIds: { $in: itemCodes },
  })
    .select({ _id: 1 })
    .lean<{ _id: string }[]>();
  return covered.map((s) => s._id);
}

/**
 * Reports whether a grant covering the given services (agentServiceIds)
 * covers a registration. It covers an agency that offers one of them, in its
 * admitted profile or the one under check. It covers the client whenever it
 * covers any service, because the client publishes every announcement under
 * its one registration.
 */
export function agentCoversParty(
  party: Pick<PartyDocument, 'kind' | 'submission' | 'current'>,
  serviceIds: string[],
): boolean {
  if (serviceIds.length === 0) return false;
  if (party.kind === 'CLIENT') return true;
  return [...party.submission.offers, ...(party.current?.offers ?? [])].some(
    (offer) => serviceIds.includes(offer.serviceId),
  );
}

/**
 * Returns those of the record ids (registrations and announcements, which
 * notifications and complaints name) that the agent's grant covers, or null
 * for a viewer who is not an agent. Registrations count by agentCoversParty,
 * announcements by their service.
 */
export async function agentCoveredRecordIds(
  context: Pick<AgentScopeContext, 'viewer' | 'agentItemCodes'>,
  models: IntermediaryModels,
  recordIds: string[],
): Promise<Set<string> | null> {
  const serviceIds = await agentServiceIds(context, models);
  if (!serviceIds) return null;
  if (serviceIds.length === 0 || recordIds.length === 0) return new Set();
  const [parties, announcements] = await Promise.all([
    models.Party.find({
      _id: { $in: recordIds },
      ownerUserId: context.viewer!.userId,
    }).lean<PartyDocument[]>(),
    models.Announcement.find({
      _id: { $in: recordIds },
      serviceId: { $in: serviceIds },
    })
      .select({ _id: 1 })
      .lean<{ _id: string }[]>(),
  ]);
  return new Set([
    ...parties.filter((p) => agentCoversParty(p, serviceIds)).map((p) => p._id),
    ...announcements.map((a) => a._id),
  ]);
}

/** Rejects an agent for steps only the legal person's own account takes: its certificate and its registration. */
export function requireOwnAccount(
  viewer: MarketplaceViewer | undefined,
  step: string,
): void {
  if (viewer?.agent)
    throw forbidden(
      `${step} needs the legal person's own account, and an agent acting for it may not do it; sign in as the legal person.`,
    );
}

/** Fields that name the agent on a record, or nulls when the legal person acted itself. */
export function agentFields(viewer: MarketplaceViewer | undefined): {
  agentUserId: string | null;
  agentName: string | null;
} {
  return {
    agentUserId: viewer?.agent?.userId ?? null,
    agentName: viewer?.agent?.name ?? null,
  };
}
