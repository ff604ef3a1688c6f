import { randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  forbidden,
  inJurisdiction,
  insertWithNextNumber,
  isDuplicateKeyError,
  isIdempotencyKey,
  notFound,
  shanghaiDate,
  type Viewer,
} from '@ykb/common';
import {
  BUSINESS_CATEGORIES,
  type BusinessCategory,
  type HallDocument,
  type HallModels,
  type TicketDocument,
} from './model.js';

/**
 * Queue tickets of a hall. FerretDB 1.24 runs findAndModify and updates as a
 * read followed by a write by _id, so two concurrent `$inc` or claim updates
 * can both succeed on the same document. Correctness therefore rests on
 * unique indexes, which the database enforces on insert: one ticket per
 * (hall, day, category, sequence) and one call per ticket id.
 */

export interface QueueDependencies {
  models: HallModels;
  now: () => Date;
}

/** Formats a ticket number: the category letter and the sequence, zero-padded to at least 3 digits. */
export function formatTicketNumber(
  category: BusinessCategory,
  sequence: number,
): string {
  return `${BUSINESS_CATEGORIES[category]}${String(sequence).padStart(3, '0')}`;
}

async function highestSequence(
  models: HallModels,
  hallId: string,
  category: BusinessCategory,
  serviceDate: string,
): Promise<number> {
  const last = await models.Ticket.findOne({ hallId, serviceDate, category })
    .sort({ sequence: -1 })
    .select({ sequence: 1 })
    .lean<{ sequence: number }>();
  return last?.sequence ?? 0;
}

export async function getHall(
  models: HallModels,
  hallId: string,
): Promise<HallDocument> {
  const hall = await models.Hall.findById(hallId).lean<HallDocument>();
  if (!hall) throw notFound('Hall', hallId);
  return hall;
}

export function checkCategory(
  hall: HallDocument,
  category: string,
): BusinessCategory {
  if (!Object.hasOwn(BUSINESS_CATEGORIES, category)) {
    throw badInput(`Unknown business category ${category}.`, {
      field: 'category',
    });
  }
  const served = hall.windows.some((w) =>
    w.businessCategories.includes(category),
  );
  if (!served) {
    throw badInput(
      `Hall ${hall._id} has no window for business category ${category}; choose a category one of its windows serves.`,
      { field: 'category' },
    );
  }
  return category as BusinessCategory;
}

export interface TakeTicketArgs {
  hallId: string;
  category: string;
  idempotencyKey: string;
  /** Issued at an appointment check-in, so that windows call it first. */
  priority?: boolean;
}

/**
 * Issues the next ticket of a hall and category for today in Asia/Shanghai.
 * A retry with the same idempotency key returns the first ticket. A number
 * can be skipped when two requests with one key race, because both draw from
 * the counter before one insert wins.
 */
export async function takeTicket(
  deps: QueueDependencies,
  args: TakeTicketArgs,
  viewer: Viewer | undefined,
): Promise<TicketDocument> {
  const { models } = deps;
  if (!isIdempotencyKey(args.idempotencyKey)) {
    throw badInput(
      'idempotencyKey must be 8 to 100 characters of letters, digits, "-" or "_".',
      { field: 'idempotencyKey' },
    );
  }
  const findReplay = () =>
    models.Ticket.findOne({
      idempotencyKey: args.idempotencyKey,
    }).lean<TicketDocument>();

  const earlier = await findReplay();
  if (earlier) return checkReplay(earlier, args);

  const hall = await getHall(models, args.hallId);
  const category = checkCategory(hall, args.category);
  const takenAt = deps.now();
  const serviceDate = shanghaiDate(takenAt);

  const { record, replayed } = await insertWithNextNumber<TicketDocument>(
    models.Ticket.db,
    {
      sequence: `ticket:${hall._id}/${category}/${serviceDate}`,
      insert: async (sequence) => {
        const created = await models.Ticket.create({
          _id: randomUUID(),
          hallId: hall._id,
          category,
          serviceDate,
          sequence,
          number: formatTicketNumber(category, sequence),
          status: 'WAITING',
          idempotencyKey: args.idempotencyKey,
          takenBy: viewer?.userId ?? null,
          takenAt,
          priority: args.priority ?? false,
        });
        return created.toObject() as TicketDocument;
      },
      highestTaken: () =>
        highestSequence(models, hall._id, category, serviceDate),
      findExisting: findReplay,
      description: `ticket number of hall ${hall._id}, category ${category} on ${serviceDate}`,
    },
  );
  return replayed ? checkReplay(record, args) : record;
}

function checkReplay(
  ticket: TicketDocument,
  args: TakeTicketArgs,
): TicketDocument {
  if (ticket.hallId !== args.hallId || ticket.category !== args.category) {
    throw appError(
      ErrorCode.Conflict,
      `idempotencyKey ${args.idempotencyKey} was already used for another ticket request; generate a new key.`,
    );
  }
  return ticket;
}

/**
 * Checks that a clerk, window staff member or hall manager may call tickets at a window. The viewer
 * must work at the hall, or the hall must lie in the viewer's division subtree.
 * A viewer with a department calls only at that department's dedicated
 * windows and at comprehensive windows.
 */
function requireWindowAccess(
  viewer: Viewer,
  hall: HallDocument,
  windowDepartment: string | null | undefined,
): void {
  const atHall = viewer.hallId === hall._id;
  if (!atHall && !inJurisdiction(viewer, { divisionCode: hall.divisionCode })) {
    throw forbidden(`Hall ${hall._id} lies outside your hall and division.`);
  }
  if (
    viewer.departmentCode &&
    windowDepartment &&
    viewer.departmentCode !== windowDepartment
  ) {
    throw forbidden(`This window belongs to department ${windowDepartment}.`);
  }
}

/**
 * Calls the oldest waiting ticket of today that the window serves, priority
 * tickets first, or returns null when none waits. Each candidate is claimed by inserting a TicketCall
 * with the ticket's id, so two windows never call the same ticket.
 */
export async function callNext(
  deps: QueueDependencies,
  args: { hallId: string; windowNumber: number },
  viewer: Viewer | undefined,
): Promise<TicketDocument | null> {
  const { models } = deps;
  const clerk = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.callNext'],
  );
  const hall = await getHall(models, args.hallId);
  const window = hall.windows.find((w) => w.number === args.windowNumber);
  if (!window)
    throw notFound(`Window of hall ${hall._id}`, String(args.windowNumber));
  requireWindowAccess(clerk, hall, window.departmentCode);

  const calledAt = deps.now();
  const serviceDate = shanghaiDate(calledAt);
  const claimedElsewhere: string[] = [];
  for (;;) {
    const candidates = await models.Ticket.find({
      hallId: hall._id,
      serviceDate,
      status: 'WAITING',
      category: { $in: window.businessCategories },
      _id: { $nin: claimedElsewhere },
    })
      .sort({ priority: -1, takenAt: 1, sequence: 1 })
      .limit(5)
      .select({ _id: 1 })
      .lean<{ _id: string }[]>();
    if (candidates.length === 0) return null;

    for (const candidate of candidates) {
      try {
        await models.TicketCall.create({
          _id: candidate._id,
          hallId: hall._id,
          windowNumber: window.number,
          calledBy: clerk.userId,
          calledAt,
        });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        claimedElsewhere.push(candidate._id);
        await finishAbandonedCall(models, candidate._id, calledAt);
        continue;
      }
      return models.Ticket.findOneAndUpdate(
        { _id: candidate._id },
        {
          $set: {
            status: 'CALLED',
            calledAt,
            windowNumber: window.number,
            calledBy: clerk.userId,
          },
        },
        { returnDocument: 'after' },
      ).lean<TicketDocument>();
    }
  }
}

/** A call claim older than this whose ticket is still WAITING was left by a process that crashed. */
export const ABANDONED_CALL_MS = 30_000;

/**
 * Completes a call whose window claimed the ticket but crashed before
 * marking it CALLED, so the ticket does not stay WAITING forever. The
 * ticket is marked as called by that window at the claimed time. Any
 * concurrent finisher writes the same values, so the unguarded update is
 * safe on FerretDB too.
 */
async function finishAbandonedCall(
  models: HallModels,
  ticketId: string,
  now: Date,
): Promise<void> {
  const claim = await models.TicketCall.findById(ticketId).lean();
  if (!claim || now.getTime() - claim.calledAt.getTime() < ABANDONED_CALL_MS) {
    return;
  }
  await models.Ticket.updateOne(
    { _id: ticketId, status: 'WAITING' },
    {
      $set: {
        status: 'CALLED',
        calledAt: claim.calledAt,
        windowNumber: claim.windowNumber,
        calledBy: claim.calledBy,
      },
    },
  );
}

export interface QueueStatus {
  hallId: string;
  waitingCount: number;
  maxWaitSeconds: number;
  asOf: Date;
}

/** Counts today's waiting tickets of a hall and how long the oldest has waited. */
export async function queueStatus(
  deps: QueueDependencies,
  hallId: string,
): Promise<QueueStatus> {
  const { models } = deps;
  const hall = await getHall(models, hallId);
  const asOf = deps.now();
  const filter = {
    hallId: hall._id,
    serviceDate: shanghaiDate(asOf),
    status: 'WAITING' as const,
  };
  const [waitingCount, oldest] = await Promise.all([
    models.Ticket.countDocuments(filter),
    models.Ticket.findOne(filter)
      .sort({ takenAt: 1 })
      .select({ takenAt: 1 })
      .lean<{ takenAt: Date }>(),
  ]);
  const maxWaitSeconds = oldest
    ? Math.max(
        0,
        Math.floor((asOf.getTime() - oldest.takenAt.getTime()) / 1000),
      )
    : 0;
  return { hallId: hall._id, waitingCount, maxWaitSeconds, asOf };
}
