import { badInput, isDivisionCode, loaderBy, type BaseResolverContext } from '@ykb/common';
import type DataLoader from 'dataloader';
import type { HallDocument, HallModels, TicketDocument } from './model.js';
import { callNext, queueStatus, takeTicket, type QueueDependencies, type TakeTicketArgs } from './queue.js';

export interface HallsContext extends BaseResolverContext {
  models: HallModels;
  now: () => Date;
  hallById: DataLoader<string, HallDocument | null>;
}

export function createContext(models: HallModels, now: () => Date, base: BaseResolverContext): HallsContext {
  return { ...base, models, now, hallById: loaderBy<HallDocument>(models.Hall) };
}

function queueDependencies(ctx: HallsContext): QueueDependencies {
  return { models: ctx.models, now: ctx.now };
}

/**
 * Hall resolvers. Hall data and queue lengths are public information, so the
 * reads and taking a ticket need no sign-in; calling a ticket is staff work.
 */
export const resolvers = {
  Query: {
    halls: async (_: unknown, args: { divisionCode?: string | null }, ctx: HallsContext) => {
      const filter: Record<string, unknown> = {};
      if (args.divisionCode != null) {
        if (!isDivisionCode(args.divisionCode)) {
          throw badInput(`divisionCode must be a 2, 4, 6, 9 or 12-digit division code, got "${args.divisionCode}".`, { field: 'divisionCode' });
        }
        // Division codes are prefix-hierarchical, and the code contains digits only, so it is safe in a pattern.
        filter.divisionCode = { $regex: `^${args.divisionCode}` };
      }
      const halls = await ctx.models.Hall.find(filter).sort({ levelRank: 1, _id: 1 }).lean<HallDocument[]>();
      for (const hall of halls) ctx.hallById.prime(hall._id, hall);
      return halls;
    },
    hall: (_: unknown, args: { id: string }, ctx: HallsContext) => ctx.hallById.load(args.id),
    queueStatus: (_: unknown, args: { hallId: string }, ctx: HallsContext) => queueStatus(queueDependencies(ctx), args.hallId),
  },
  Mutation: {
    takeTicket: async (_: unknown, args: TakeTicketArgs, ctx: HallsContext) => {
      const ticket = await takeTicket(queueDependencies(ctx), args, ctx.viewer);
      ctx.log.info({ ticketId: ticket._id, hallId: ticket.hallId, number: ticket.number }, 'ticket taken');
      return ticket;
    },
    callNext: async (_: unknown, args: { hallId: string; windowNumber: number }, ctx: HallsContext) => {
      const ticket = await callNext(queueDependencies(ctx), args, ctx.viewer);
      if (ticket) ctx.log.info({ ticketId: ticket._id, hallId: ticket.hallId, windowNumber: ticket.windowNumber }, 'ticket called');
      return ticket;
    },
  },
  Hall: {
    __resolveReference: (ref: { id: string }, ctx: HallsContext) => ctx.hallById.load(ref.id),
    id: (hall: HallDocument) => hall._id,
    division: (hall: HallDocument) => ({ code: hall.divisionCode }),
  },
  Ticket: {
    id: (ticket: TicketDocument) => ticket._id,
    hall: (ticket: TicketDocument, _: unknown, ctx: HallsContext) => ctx.hallById.load(ticket.hallId),
    takenAt: (ticket: TicketDocument) => ticket.takenAt.toISOString(),
    calledAt: (ticket: TicketDocument) => ticket.calledAt?.toISOString() ?? null,
  },
  QueueStatus: {
    hall: (status: { hallId: string }, _: unknown, ctx: HallsContext) => ctx.hallById.load(status.hallId),
    asOf: (status: { asOf: Date }) => status.asOf.toISOString(),
  },
};
