import {
  ACCESS_POLICY,
  authorizeViewer,
  readChangeFeed,
  type ChangeFeedArguments,
} from '@ykb/common';
import type { HallDocument, TicketDocument } from './model.js';
import type { HallsContext } from './resolvers.js';

const MINUTE_MS = 60_000;

/** Reads one page of the halls change feed for a SYSTEM caller. */
export async function hallChanges(
  ctx: HallsContext,
  args: ChangeFeedArguments,
) {
  authorizeViewer(ctx.viewer, ACCESS_POLICY.halls['Query.hallChanges']);
  const page = await readChangeFeed<HallDocument>(ctx.models.Hall, args);
  return {
    nextAfter: page.nextAfter,
    records: page.records.map((hall) => ({
      id: hall._id,
      name: hall.name,
      divisionCode: hall.divisionCode,
      address: hall.address,
      phone: hall.phone,
      openingHours: hall.openingHours,
    })),
  };
}

/** Reads one page of the queue tickets change feed for a SYSTEM caller. */
export async function ticketChanges(
  ctx: HallsContext,
  args: ChangeFeedArguments,
) {
  authorizeViewer(ctx.viewer, ACCESS_POLICY.halls['Query.ticketChanges']);
  const page = await readChangeFeed<TicketDocument>(ctx.models.Ticket, args);
  const halls = await Promise.all(
    page.records.map((ticket) => ctx.hallById.load(ticket.hallId)),
  );
  return {
    nextAfter: page.nextAfter,
    records: page.records.map((ticket, i) => ({
      id: ticket._id,
      hallId: ticket.hallId,
      divisionCode: halls[i]?.divisionCode ?? null,
      category: ticket.category,
      number: ticket.number,
      serviceDate: ticket.serviceDate,
      waitedMinutes: ticket.firstCalledAt
        ? Math.floor(
            (ticket.firstCalledAt.getTime() - ticket.takenAt.getTime()) /
              MINUTE_MS,
          )
        : null,
    })),
  };
}
