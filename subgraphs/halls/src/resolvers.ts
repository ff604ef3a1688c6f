import {
  badInput,
  isDivisionCode,
  loaderBy,
  type BaseResolverContext,
} from '@ykb/common';
import DataLoader from 'dataloader';
import type { HallDocument, HallModels } from './model.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  callNext,
  queueStatus,
  takeTicket,
  type QueueDependencies,
} from './queue.js';

/** A division reference: only the key, because the identity subgraph owns divisions. */
export interface DivisionReference {
  code: string;
}

export interface HallsContext extends BaseResolverContext {
  models: HallModels;
  now: () => Date;
  hallById: DataLoader<string, HallDocument | null>;
  /** Halls of each division's subtree, city level first, then by id. */
  hallsInDivision: DataLoader<string, HallDocument[]>;
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
    hallsInDivision: new DataLoader((codes) =>
      findHallsInDivisions(models, codes),
    ),
  };
}

/**
 * Finds the halls of several division subtrees with one query. Division
 * codes are prefix-hierarchical, so a hall lies in a subtree when its code
 * starts with the division's code. A string that is not a division code,
 * which only a hand-made entity request can send, matches no hall.
 */
async function findHallsInDivisions(
  models: HallModels,
  codes: readonly string[],
): Promise<HallDocument[][]> {
  const valid = codes.filter((code) => isDivisionCode(code));
  if (valid.length === 0) return codes.map(() => []);
  // Each code contains digits only, so it is safe in a pattern.
  const halls = await models.Hall.find({
    $or: valid.map((code) => ({ divisionCode: { $regex: `^${code}` } })),
  })
    .sort({ levelRank: 1, _id: 1 })
    .lean<HallDocument[]>();
  return codes.map((code) =>
    isDivisionCode(code)
      ? halls.filter((hall) => hall.divisionCode.startsWith(code))
      : [],
  );
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
      if (args.divisionCode != null && !isDivisionCode(args.divisionCode)) {
        throw badInput(
          `divisionCode must be a 2, 4, 6, 9 or 12-digit division code, got "${args.divisionCode}".`,
          { field: 'divisionCode' },
        );
      }
      const halls =
        args.divisionCode != null
          ? await ctx.hallsInDivision.load(args.divisionCode)
          : await ctx.models.Hall.find()
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
  Division: {
    __resolveReference: (ref) => ({ code: ref.code }),
    halls: (division, _args, ctx) => ctx.hallsInDivision.load(division.code),
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
