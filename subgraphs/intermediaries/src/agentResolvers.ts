import {
  rejectAgentWithoutAnnouncement,
  requireAgentAnnouncementScope,
  requireAgentServiceScope,
} from './agents.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type { IntermediariesContext } from './resolvers.js';

type AnyResolver = (
  parent: unknown,
  args: unknown,
  context: IntermediariesContext,
  info: unknown,
) => unknown;

/**
 * Root fields that act on one announcement or engagement (an engagement's
 * id is its announcement's id), with the argument that names it. An agent
 * needs a grant covering the announcement's service for these.
 */
const ANNOUNCEMENT_ARGUMENTS: Readonly<Record<string, string>> = {
  'Query.announcementRegistrants': 'announcementId',
  'Query.myBids': 'announcementId',
  'Mutation.requestAnnouncementWithdrawal': 'id',
  'Mutation.registerForAnnouncement': 'announcementId',
  'Mutation.submitBid': 'announcementId',
  'Mutation.openBidRound': 'announcementId',
  'Mutation.performSelection': 'announcementId',
  'Mutation.confirmSelection': 'announcementId',
  'Mutation.uploadContract': 'engagementId',
  'Mutation.registerCompletion': 'engagementId',
};

/**
 * Runs the agent's scope check of one root field: by the service it
 * publishes for, or by the announcement it names. A complaint must name an
 * announcement, and an objection names none, so an agent may not raise one
 * in the legal person's name. Lists without an announcement argument filter
 * their rows by the grant instead (agentServiceIds).
 */
async function checkAgentScope(
  field: string,
  args: Record<string, unknown>,
  context: IntermediariesContext,
): Promise<void> {
  if (field === 'Mutation.publishAnnouncement') {
    const input = args.input as { serviceId: string };
    await requireAgentServiceScope(context, input.serviceId);
    return;
  }
  if (field === 'Mutation.fileComplaint') {
    const input = args.input as { announcementId?: string | null };
    if (input.announcementId)
      await requireAgentAnnouncementScope(context, input.announcementId);
    else rejectAgentWithoutAnnouncement(context.viewer, 'A complaint');
    return;
  }
  if (field === 'Mutation.objectToRegistration') {
    rejectAgentWithoutAnnouncement(context.viewer, 'An objection');
    return;
  }
  const argument = ANNOUNCEMENT_ARGUMENTS[field];
  if (argument)
    await requireAgentAnnouncementScope(context, String(args[argument]));
}

/** Wraps one root resolver so it runs after the agent's grant and scope checks. */
function checked(field: string, resolve: AnyResolver): AnyResolver {
  return async (parent, args, context, info) => {
    await context.checkAgentGrant();
    await checkAgentScope(field, args as Record<string, unknown>, context);
    return resolve(parent, args, context, info);
  };
}

/**
 * Runs the agent's grant check before every Query and Mutation field and
 * every entity reference resolver, the entry points of a request, so no
 * operation of an agent whose grant was revoked or expired goes through.
 * Root fields on an announcement also check the grant's scope.
 */
export function withAgentGrantCheck(resolvers: Resolvers): Resolvers {
  const wrapped: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const map = fields as Record<string, unknown>;
    if (typeName === 'Query' || typeName === 'Mutation') {
      wrapped[typeName] = Object.fromEntries(
        Object.entries(map).map(([name, resolve]) => [
          name,
          checked(`${typeName}.${name}`, resolve as AnyResolver),
        ]),
      );
    } else if (typeof map.__resolveReference === 'function') {
      const resolveReference = map.__resolveReference as (
        reference: unknown,
        context: IntermediariesContext,
        info: unknown,
      ) => unknown;
      wrapped[typeName] = {
        ...map,
        __resolveReference: async (
          reference: unknown,
          context: IntermediariesContext,
          info: unknown,
        ) => {
          await context.checkAgentGrant();
          return resolveReference(reference, context, info);
        },
      };
    } else wrapped[typeName] = fields;
  }
  return wrapped as Resolvers;
}
