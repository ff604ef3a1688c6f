import {
  badInput,
  isDivisionCode,
  loaderBy,
  type BaseResolverContext,
} from '@ykb/common';
import type DataLoader from 'dataloader';
import type { HallDocument, HallModels } from './model.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  callNext,
  queueStatus,
  takeTicket,
  type QueueDependencies,
} from './queue.js';

export interface HallsContext extends BaseResolverContext {
  models: HallModels;
  now: () => Date;
  hallById: DataLoader<string, HallDocument | null>;
}

export function createContext(
  models: HallModels,
  now: () => Date,
  base: BaseResolverContext,
): HallsContext {
  return {
    ...base,
    models,
    now,
    hallById: loaderBy<HallDocument>(models.Hall),
  };
}

function queueDependencies(ctx: HallsContext): QueueDependencies {
  return { models: ctx.models, now: ctx.now };
}

/** Loads the hall of a ticket or queue; halls are never deleted, so a missing one is a server fault. */
async function loadReferencedHall(
  ctx: HallsContext,
  hallId: string,
): Promise<HallDocument> {
  const hall = await ctx.hallById.load(hallId);
  if (!hall) throw new Error(`Hall ${hallId} was not found.`);
  return hall;
}

/**
 * Hall resolvers. Hall data and queue lengths are public information, so the
 * reads and taking a ticket need no sign-in; calling a ticket is staff work.
 */
export const resolvers: Resolvers = {
  Query: {
    halls: async (_parent, args, ctx) => {
      const filter: Record<string, unknown> = {};
      if (args.divisionCode != null) {
        if (!isDivisionCode(args.divisionCode)) {
          throw badInput(
            `divisionCode must be a 2, 4, 6, 9 or 12-digit division code, got "${args.divisionCode}".`,
            { field: 'divisionCode' },
          );
        }
        // Division codes are prefix-hierarchical, and the code contains digits only, so it is safe in a pattern.
        filter.divisionCode = { $regex: `^${args.divisionCode}` };
      }
      const halls = await ctx.models.Hall.find(filter)
        .sort({ levelRank: 1, _id: 1 })
        .lean<HallDocument[]>();
      for (const hall of halls) ctx.hallById.prime(hall._id, hall);
      return halls;
    },
    hall: (_parent, args, ctx) => ctx.hallById.load(args.id),
    queueStatus: (_parent, args, ctx) =>
      queueStatus(queueDependencies(ctx), args.hallId),
  },
  Mutation: {
    takeTicket: async (_parent, args, ctx) => {
      const ticket = await takeTicket(queueDependencies(ctx), args, ctx.viewer);
      ctx.log.info(
        { ticketId: ticket._id, hallId: ticket.hallId, number: ticket.number },
        'ticket taken',
      );
      return ticket;
    },
    callNext: async (_parent, args, ctx) => {
      const ticket = await callNext(queueDependencies(ctx), args, ctx.viewer);
      if (ticket)
        ctx.log.info(
          {
            ticketId: ticket._id,
            hallId: ticket.hallId,
            windowNumber: ticket.windowNumber,
          },
          'ticket called',
        );
      return ticket;
    },
  },
  Hall: {
    __resolveReference: (ref, ctx) => ctx.hallById.load(ref.id),
    id: (hall) => hall._id,
    division: (hall) => ({ code: hall.divisionCode }),
  },
  Ticket: {
    id: (ticket) => ticket._id,
    hall: (ticket, _args, ctx) => loadReferencedHall(ctx, ticket.hallId),
    takenAt: (ticket) => ticket.takenAt.toISOString(),
    calledAt: (ticket) => ticket.calledAt?.toISOString() ?? null,
  },
  QueueStatus: {
    hall: (status, _args, ctx) => loadReferencedHall(ctx, status.hallId),
    asOf: (status) => status.asOf.toISOString(),
  },
};
