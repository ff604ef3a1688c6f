import { createHmac, randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  checkIdCard,
  deriveTokenKey,
  escapeRegExp,
  ErrorCode,
  forbidden,
  hashRequest,
  inJurisdiction,
  insertWithNextNumber,
  isStaff,
  isDuplicateKeyError,
  normalizeIdentifier,
  notFound,
  reusedIdempotencyKey,
  Role,
  shanghaiDate,
  type Logger,
  type Viewer,
} from '@ykb/common';
import {
  BUSINESS_CATEGORIES,
  type BusinessCategory,
  type HallDocument,
  type HallModels,
  type HallWindow,
  type PriorityReason,
  type TicketCallDocument,
  type TicketDocument,
  type WindowTurnDocument,
} from './model.js';
import { requireIdempotencyKey } from './checks.js';
import { requireCategoryOpen, requireWindowOpen } from './openingHours.js';

/**
 * Queue tickets of a hall. FerretDB 1.24 runs findAndModify and updates as a
 * read followed by a write by _id, so two concurrent `$inc` or claim updates
 * can both succeed on the same document. Correctness therefore rests on
 * unique indexes, which the database enforces on insert: one ticket per
 * (hall, day, category, sequence), one window per call of a ticket
 * (ticket_calls `<id>#<n>`), and one change per ticket version
 * (changeAtVersion) for skip, recall, transfer and finish.
 */

export interface QueueDependencies {
  models: HallModels;
  now: () => Date;
  /** Anonymous tickets a hall issues per minute; see takeTicket. */
  anonymousTicketsPerMinute?: number;
  /** Anonymous tickets one client address may take at one hall on one day; see takeTicket. */
  anonymousTicketsPerAddressPerDay?: number;
  /** Anonymous tickets one client address may take at one hall in one minute; see takeTicket. */
  anonymousTicketsPerAddressPerMinute?: number;
  /** Network address of the caller, which anonymous tickets are counted under; see BaseResolverContext. */
  clientAddress?: string;
  /** Request logger, for events a request handles without failing. */
  log?: Logger;
}

/** Default bound of anonymous tickets per hall and minute: a kiosk prints about one ticket every few seconds at most. */
export const ANONYMOUS_TICKETS_PER_MINUTE = 30;

/**
 * Default bound of anonymous tickets per client address, hall and day. A
 * hall kiosk, or visitors behind one hall network, share an address, so a
 * busy hall raises it with YKB_ANON_TICKETS_PER_ADDRESS or signs its
 * kiosk in as hall staff, who are not bounded.
 */
export const ANONYMOUS_TICKETS_PER_ADDRESS_PER_DAY = 100;

/**
 * Default bound of anonymous tickets per client address, hall and minute.
 * It is below ANONYMOUS_TICKETS_PER_MINUTE, so one address cannot take a
 * hall's whole minute and lock its kiosk out. An anonymous kiosk is bounded
 * by it too, so a busy hall signs its kiosk in as hall staff.
 */
export const ANONYMOUS_TICKETS_PER_ADDRESS_PER_MINUTE = 5;

/**
 * Tickets one signed-in citizen or company may take at one hall on one
 * day, so that one account cannot fill a hall's queue.
 */
export const TICKETS_PER_ACCOUNT_PER_DAY = 5;

/** Call order of tickets: transferred to the window, then priority, then ordinary. */
export const RANK_TRANSFERRED = 0;
export const RANK_PRIORITY = 1;
export const RANK_ORDINARY = 2;

/** Age from which the elderly take priority tickets. */
export const ELDERLY_AGE = 60;

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
  /** Priority claimed at the kiosk, with the document that shows it. */
  priority?: { reason: string; document: string } | null;
  /** Set by an appointment check-in only. */
  appointment?: boolean;
}

/** Age in whole years on `date` (YYYY-MM-DD) of a person born on `birthDate`. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Checks a kiosk priority claim and returns its reason. The document number
 * only proves the claim; it is neither stored nor logged.
 */
export function checkPriorityClaim(
  claim: { reason: string; document: string },
  serviceDate: string,
  now: Date,
): PriorityReason {
  const field = 'priority.document';
  const document = normalizeIdentifier(claim.document);
  if (claim.reason === 'ELDERLY') {
    const card = checkIdCard(document, now);
    if (!card.valid)
      throw appError(
        ErrorCode.InvalidIdCard,
        'The ID-card number is not valid.',
        { field },
      );
    if (ageOn(card.birthDate!, serviceDate) < ELDERLY_AGE)
      throw badInput(
        `Priority for the elderly starts at ${ELDERLY_AGE} years of age.`,
        { field },
      );
    return 'ELDERLY';
  }
  if (claim.reason === 'DISABILITY') {
    const valid =
      /^\d{17}[\dX][1-7][1-4]$/.test(document) &&
      checkIdCard(document.slice(0, 18), now).valid;
    if (!valid)
      throw badInput(
        "A disability certificate number has 20 characters: the holder's ID-card number, the category 1 to 7 and the grade 1 to 4.",
        { field },
      );
    return 'DISABILITY';
  }
  throw badInput(
    'A kiosk grants priority for ELDERLY or DISABILITY only; appointment priority comes with checkInAppointment.',
    { field: 'priority.reason' },
  );
}

/** A bounded set of claims: `<prefix><n>` for n from 1 to `limit`. */
interface QuotaClaim {
  prefix: string;
  limit: number;
  hallId: string;
  expiresAt: Date;
  idempotencyKey: string | null;
}

/** Filter of the claims of one quota. */
function claimsOf(claim: QuotaClaim) {
  return { _id: { $regex: `^${escapeRegExp(claim.prefix)}` } };
}

/**
 * Inserts the next free claim of a quota and returns its number n, 0 when a
 * retry with the same idempotency key keeps the claim it made before, or
 * null when every claim is taken. The unique `_id` index admits one request
 * per claim, so concurrent requests cannot exceed the limit. The count of
 * claims chooses where to start, and numbers below it are tried last,
 * because a released claim (releaseQuota) leaves a gap there. The first
 * claim of a quota also deletes the hall's expired claims.
 */
async function claimQuota(
  models: HallModels,
  claim: QuotaClaim,
  now: Date,
): Promise<number | null> {
  const ofQuota = claimsOf(claim);
  if (
    claim.idempotencyKey &&
    (await models.TicketQuota.exists({
      ...ofQuota,
      idempotencyKey: claim.idempotencyKey,
    }))
  )
    return 0;
  const used = await models.TicketQuota.countDocuments(ofQuota);
  // A full quota is rejected without an insert, so requests past a limit
  // cost one count each.
  if (used >= claim.limit) return null;
  const numbers = [
    ...Array.from({ length: claim.limit - used }, (_, i) => used + 1 + i),
    ...Array.from({ length: used }, (_, i) => i + 1),
  ];
  for (const n of numbers) {
    try {
      await models.TicketQuota.create({
        _id: `${claim.prefix}${n}`,
        hallId: claim.hallId,
        expiresAt: claim.expiresAt,
        idempotencyKey: claim.idempotencyKey,
      });
      if (n === 1)
        await models.TicketQuota.deleteMany({
          hallId: claim.hallId,
          expiresAt: { $lt: now },
        });
      return n;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return null;
}

/** Deletes the claim that the request with the quota's idempotency key made. */
async function releaseQuota(
  models: HallModels,
  claim: QuotaClaim,
): Promise<void> {
  await models.TicketQuota.deleteOne({
    ...claimsOf(claim),
    idempotencyKey: claim.idempotencyKey,
  });
}

/**
 * A quota of `limit` claims `<kind>/<hall>/<date>/<subject>#<n>` that last
 * until the end of a service date (Asia/Shanghai, UTC+8 all year).
 */
function serviceDateQuota(claim: {
  kind: string;
  hallId: string;
  serviceDate: string;
  subject: string;
  limit: number;
  idempotencyKey: string;
}): QuotaClaim {
  const { kind, hallId, serviceDate, subject } = claim;
  return {
    prefix: `${kind}/${hallId}/${serviceDate}/${subject}#`,
    limit: claim.limit,
    hallId,
    expiresAt: new Date(Date.parse(`${serviceDate}T24:00:00+08:00`)),
    idempotencyKey: claim.idempotencyKey,
  };
}

/**
 * Bounds the anonymous tickets of a hall three times: per client address
 * and day with claims `address/<hall>/<date>/<digest>#<n>`, per client
 * address and minute with claims `address-minute/<hall>/<minute>/<digest>#<n>`,
 * then per hall and minute with claims `<hall>/<minute>#<n>`. The address is
 * the one the gateway signed, else the TCP peer, so a caller cannot choose
 * it. The address claims come first, so an address past its bounds spends
 * nothing of the hall's minute. When a later bound rejects the request, the
 * claims taken before it are released again. The claims store an HMAC
 * digest of the address, never the address itself.
 */
async function takeAnonymousQuota(
  deps: QueueDependencies,
  hallId: string,
  serviceDate: string,
  idempotencyKey: string,
  now: Date,
): Promise<void> {
  const { models } = deps;
  const perAddress =
    deps.anonymousTicketsPerAddressPerDay ??
    ANONYMOUS_TICKETS_PER_ADDRESS_PER_DAY;
  const digest = createHmac(
    'sha256',
    deriveTokenKey('anonymous-ticket-address'),
  )
    .update(deps.clientAddress ?? 'unknown')
    .digest('base64url');
  const addressQuota = serviceDateQuota({
    kind: 'address',
    hallId,
    serviceDate,
    subject: digest,
    limit: perAddress,
    idempotencyKey,
  });
  if ((await claimQuota(models, addressQuota, now)) === null)
    throw appError(
      ErrorCode.AnonymousTicketLimitReached,
      `Without sign-in, one network address may take at most ${perAddress} tickets at hall ${hallId} a day; sign in or ask at the information desk for more.`,
      { limit: perAddress },
    );

  const minute = Math.floor(now.getTime() / 60_000);
  const expiresAt = new Date((minute + 1) * 60_000);
  const retryAfterSeconds = Math.ceil(
    (expiresAt.getTime() - now.getTime()) / 1000,
  );
  const perAddressMinute =
    deps.anonymousTicketsPerAddressPerMinute ??
    ANONYMOUS_TICKETS_PER_ADDRESS_PER_MINUTE;
  const addressMinuteQuota: QuotaClaim = {
    prefix: `address-minute/${hallId}/${minute}/${digest}#`,
    limit: perAddressMinute,
    hallId,
    expiresAt,
    idempotencyKey,
  };
  if ((await claimQuota(models, addressMinuteQuota, now)) === null) {
    await releaseQuota(models, addressQuota);
    throw appError(
      ErrorCode.RateLimited,
      `Without sign-in, one network address may take at most ${perAddressMinute} tickets at hall ${hallId} a minute; try again in ${retryAfterSeconds} seconds.`,
      { limit: perAddressMinute, retryAfterSeconds },
    );
  }

  const limit = deps.anonymousTicketsPerMinute ?? ANONYMOUS_TICKETS_PER_MINUTE;
  const claimed = await claimQuota(
    models,
    {
      prefix: `${hallId}/${minute}#`,
      limit,
      hallId,
      expiresAt,
      idempotencyKey: null,
    },
    now,
  );
  if (claimed !== null) return;
  await releaseQuota(models, addressMinuteQuota);
  await releaseQuota(models, addressQuota);
  throw appError(
    ErrorCode.RateLimited,
    `Hall ${hallId} issues at most ${limit} tickets a minute without sign-in; try again in a minute.`,
    { limit, retryAfterSeconds },
  );
}

/**
 * Claims one of the claims of a quota that lasts for a service date (see
 * serviceDateQuota), and returns false when every claim is taken.
 */
async function claimForServiceDate(
  models: HallModels,
  claim: Parameters<typeof serviceDateQuota>[0],
  now: Date,
): Promise<boolean> {
  return (await claimQuota(models, serviceDateQuota(claim), now)) !== null;
}

/**
 * Claims one of the TICKETS_PER_ACCOUNT_PER_DAY tickets of a signed-in
 * citizen or company at a hall. Staff are not bounded, because a hall's
 * own staff take tickets for visitors at the desk.
 */
async function takeAccountQuota(
  deps: QueueDependencies,
  hallId: string,
  serviceDate: string,
  viewer: Viewer,
  idempotencyKey: string,
  now: Date,
): Promise<void> {
  if (isStaff(viewer)) return;
  const claimed = await claimForServiceDate(
    deps.models,
    {
      kind: 'account',
      hallId,
      serviceDate,
      subject: viewer.onBehalfOf ?? viewer.userId,
      limit: TICKETS_PER_ACCOUNT_PER_DAY,
      idempotencyKey,
    },
    now,
  );
  if (!claimed)
    throw appError(
      ErrorCode.TicketLimitReached,
      `One account may take at most ${TICKETS_PER_ACCOUNT_PER_DAY} tickets at hall ${hallId} a day; ask at the information desk for more.`,
      { limit: TICKETS_PER_ACCOUNT_PER_DAY },
    );
}

/**
 * Claims the one priority ticket that a priority document may take at a
 * hall on one day, so that one valid ID-card number cannot give a whole
 * queue priority. The claim stores an HMAC digest of the document, never
 * the number itself.
 */
async function takePriorityClaim(
  deps: QueueDependencies,
  hallId: string,
  serviceDate: string,
  document: string,
  idempotencyKey: string,
  now: Date,
): Promise<void> {
  const digest = createHmac('sha256', deriveTokenKey('priority-claim-digest'))
    .update(normalizeIdentifier(document))
    .digest('base64url');
  const claimed = await claimForServiceDate(
    deps.models,
    {
      kind: 'priority',
      hallId,
      serviceDate,
      subject: digest,
      limit: 1,
      idempotencyKey,
    },
    now,
  );
  if (!claimed)
    throw appError(
      ErrorCode.PriorityClaimUsed,
      'This document already took a priority ticket at this hall today; take an ordinary ticket or ask at the information desk.',
      { field: 'priority.document' },
    );
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
  requireIdempotencyKey(args.idempotencyKey);
  const findReplay = () =>
    models.Ticket.findOne({
      idempotencyKey: args.idempotencyKey,
    }).lean<TicketDocument>();

  const earlier = await findReplay();
  if (earlier) return checkReplay(earlier, args);

  const hall = await getHall(models, args.hallId);
  const category = checkCategory(hall, args.category);
  const takenAt = deps.now();
  // An appointment check-in opens before the slot, which lies within the
  // opening hours, so its ticket may be issued before the window opens.
  if (!args.appointment) requireCategoryOpen(hall, category, takenAt);
  const serviceDate = shanghaiDate(takenAt);
  const priorityReason: PriorityReason | null = args.appointment
    ? 'APPOINTMENT'
    : args.priority
      ? checkPriorityClaim(args.priority, serviceDate, takenAt)
      : null;
  if (!viewer)
    await takeAnonymousQuota(
      deps,
      hall._id,
      serviceDate,
      args.idempotencyKey,
      takenAt,
    );
  else
    await takeAccountQuota(
      deps,
      hall._id,
      serviceDate,
      viewer,
      args.idempotencyKey,
      takenAt,
    );
  if (args.priority && !args.appointment)
    await takePriorityClaim(
      deps,
      hall._id,
      serviceDate,
      args.priority.document,
      args.idempotencyKey,
      takenAt,
    );

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
          requestHash: ticketRequestHash(args),
          takenBy: viewer?.userId ?? null,
          takenAt,
          priority: priorityReason !== null,
          priorityReason,
          rank: priorityReason ? RANK_PRIORITY : RANK_ORDINARY,
          queuedAt: takenAt,
          calls: 0,
          version: 0,
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

/** Hash of a ticket request; the priority document is left out because it is never stored. */
function ticketRequestHash(args: TakeTicketArgs): string {
  return hashRequest({
    hallId: args.hallId,
    category: args.category,
    priorityReason: args.priority?.reason ?? null,
    appointment: args.appointment === true,
  });
}

function checkReplay(
  ticket: TicketDocument,
  args: TakeTicketArgs,
): TicketDocument {
  const same = ticket.requestHash
    ? ticket.requestHash === ticketRequestHash(args)
    : ticket.hallId === args.hallId && ticket.category === args.category;
  if (!same) throw reusedIdempotencyKey(args.idempotencyKey);
  return ticket;
}

/**
 * Checks that a clerk, window staff member or hall manager may work a
 * window. The viewer must work at the hall, or the hall must lie in the
 * viewer's division subtree. A viewer with a department works only at that
 * department's dedicated windows and at comprehensive windows. A window with
 * assigned staff admits only them and the manager of the hall.
 */
function requireWindowAccess(
  viewer: Viewer,
  hall: HallDocument,
  window: HallWindow,
): void {
  const atHall = viewer.hallId === hall._id;
  if (!atHall && !inJurisdiction(viewer, { divisionCode: hall.divisionCode })) {
    throw forbidden(`Hall ${hall._id} lies outside your hall and division.`);
  }
  if (
    viewer.departmentCode &&
    window.departmentCode &&
    viewer.departmentCode !== window.departmentCode
  ) {
    throw forbidden(
      `This window belongs to department ${window.departmentCode}.`,
    );
  }
  const assigned = window.assignedStaffUserIds ?? [];
  const manager = atHall && viewer.roles.includes(Role.HallManager);
  if (assigned.length > 0 && !manager && !assigned.includes(viewer.userId))
    throw forbidden(
      `Window ${window.number} is assigned to other staff; the hall manager changes the assignment.`,
    );
}

function findWindow(hall: HallDocument, number: number): HallWindow {
  const window = hall.windows.find((w) => w.number === number);
  if (!window) throw notFound(`Window of hall ${hall._id}`, String(number));
  return window;
}

/** Loads a hall and one of its windows and checks that the viewer may work it. */
async function openWindow(
  deps: QueueDependencies,
  hallId: string,
  windowNumber: number,
  viewer: Viewer,
): Promise<{ hall: HallDocument; window: HallWindow }> {
  const hall = await getHall(deps.models, hallId);
  const window = findWindow(hall, windowNumber);
  requireWindowAccess(viewer, hall, window);
  return { hall, window };
}

function callId(ticketId: string, call: number): string {
  return `${ticketId}#${call}`;
}

/** Builds the CONFLICT error for a ticket that another request changed between reading and writing it. */
function ticketChanged(): Error {
  return appError(
    ErrorCode.Conflict,
    'The ticket changed at the same time; reload the window.',
  );
}

type CallOutcome = 'SERVED' | 'SKIPPED' | 'TRANSFERRED';

/**
 * Ends the current call of a CALLED ticket: the ticket changes under its
 * version claim, then the call's service record gets its outcome. Returns
 * null when another request changed the ticket first.
 */
async function endCall(
  models: HallModels,
  ticket: TicketDocument,
  outcome: CallOutcome,
  now: Date,
  set: Record<string, unknown>,
): Promise<TicketDocument | null> {
  const changed = await changeAtVersion<TicketDocument>(
    models.Ticket,
    ticket._id,
    ticket.version ?? 0,
    { set },
  );
  if (changed)
    await models.TicketCall.updateOne(
      { _id: callId(ticket._id, ticket.calls ?? 1) },
      {
        $set: {
          endedAt: now,
          outcome,
          ...(ticket.calledAt
            ? { serviceSeconds: secondsBetween(ticket.calledAt, now) }
            : {}),
        },
      },
    );
  return changed;
}

/** Finishes every ticket a window is serving as SERVED, before it calls another. */
async function finishWindow(
  models: HallModels,
  hallId: string,
  windowNumber: number,
  serviceDate: string,
  now: Date,
): Promise<void> {
  const serving = await models.Ticket.find({
    hallId,
    serviceDate,
    status: 'CALLED',
    windowNumber,
  }).lean<TicketDocument[]>();
  for (const ticket of serving)
    await endCall(models, ticket, 'SERVED', now, {
      status: 'SERVED',
      finishedAt: now,
    });
}

interface CallTarget {
  hall: HallDocument;
  window: HallWindow;
  clerk: Viewer;
  calledAt: Date;
}

/**
 * Makes the next call of `ticket` at a window: inserts its service record
 * under the id of the call, then marks the ticket CALLED under its version
 * claim. Returns null when another window made that call first or the
 * ticket changed meanwhile.
 */
async function claimCall(
  models: HallModels,
  ticket: TicketDocument,
  target: CallTarget,
  waitSeconds: number | null,
): Promise<TicketDocument | null> {
  const { hall, window, clerk, calledAt } = target;
  const call = (ticket.calls ?? 0) + 1;
  const id = callId(ticket._id, call);
  try {
    await models.TicketCall.create({
      _id: id,
      ticketId: ticket._id,
      hallId: hall._id,
      serviceDate: ticket.serviceDate,
      category: ticket.category,
      windowNumber: window.number,
      calledBy: clerk.userId,
      calledByName: clerk.name,
      calledAt,
      waitSeconds,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const moved = await finishAbandonedCall(models, ticket, id, calledAt);
    return moved ? claimCall(models, moved, target, waitSeconds) : null;
  }
  const called = await applyCall(models, ticket, {
    windowNumber: window.number,
    calledBy: clerk.userId,
    calledAt,
  });
  if (!called) await models.TicketCall.deleteOne({ _id: id });
  return called;
}

function applyCall(
  models: HallModels,
  ticket: TicketDocument,
  call: { windowNumber: number; calledBy: string; calledAt: Date },
): Promise<TicketDocument | null> {
  return changeAtVersion<TicketDocument>(
    models.Ticket,
    ticket._id,
    ticket.version ?? 0,
    {
      set: {
        status: 'CALLED',
        calls: (ticket.calls ?? 0) + 1,
        calledAt: call.calledAt,
        announcedAt: call.calledAt,
        firstCalledAt: ticket.firstCalledAt ?? call.calledAt,
        windowNumber: call.windowNumber,
        calledBy: call.calledBy,
        finishedAt: null,
      },
    },
  );
}

/** A call record or window turn older than this and still incomplete was left by a process that stopped. */
export const ABANDONED_CALL_MS = 30_000;

/**
 * Ends a call whose window inserted the call record but stopped before
 * marking the ticket CALLED. The ticket stays WAITING and moves past that
 * call, so the caller can make the next one. Returns the moved ticket, or
 * null when the call is recent or the ticket changed. Marking it CALLED at the
 * abandoned window instead could give that window a second CALLED ticket.
 */
async function finishAbandonedCall(
  models: HallModels,
  ticket: TicketDocument,
  id: string,
  now: Date,
): Promise<TicketDocument | null> {
  const claim = await models.TicketCall.findById(id).lean<TicketCallDocument>();
  if (!claim || now.getTime() - claim.calledAt.getTime() < ABANDONED_CALL_MS)
    return null;
  const moved = await changeAtVersion<TicketDocument>(
    models.Ticket,
    ticket._id,
    ticket.version ?? 0,
    { set: { calls: (ticket.calls ?? 0) + 1 } },
  );
  if (moved)
    await models.TicketCall.updateOne(
      { _id: id },
      { $set: { endedAt: now, outcome: 'ABANDONED' } },
    );
  return moved;
}

/** Builds the CONFLICT error for a window that is already calling a ticket. */
function windowBusy(windowNumber: number): Error {
  return appError(
    ErrorCode.Conflict,
    `Window ${windowNumber} is calling a ticket at the same time; wait for that call and reload the window.`,
  );
}

/**
 * Runs `call` as the next turn of a window. The turn is inserted under its
 * unique id only when the window's previous turn is completed, so at most
 * one call of a window is in progress and each call first finishes the
 * ticket that the previous turn called. CONFLICT when another call of the
 * window is in progress. A turn left incomplete for ABANDONED_CALL_MS by a
 * process that stopped no longer blocks the window.
 */
async function inWindowTurn(
  models: HallModels,
  hall: HallDocument,
  window: HallWindow,
  serviceDate: string,
  now: Date,
  call: () => Promise<TicketDocument | null>,
): Promise<TicketDocument | null> {
  const latest = await models.WindowTurn.findOne({
    hallId: hall._id,
    serviceDate,
    windowNumber: window.number,
  })
    .sort({ turn: -1 })
    .lean<WindowTurnDocument>();
  if (
    latest &&
    !latest.completedAt &&
    now.getTime() - latest.claimedAt.getTime() < ABANDONED_CALL_MS
  )
    throw windowBusy(window.number);
  const turn = (latest?.turn ?? 0) + 1;
  const id = `${hall._id}/${serviceDate}/${window.number}#${turn}`;
  try {
    await models.WindowTurn.create({
      _id: id,
      hallId: hall._id,
      serviceDate,
      windowNumber: window.number,
      turn,
      claimedAt: now,
    });
  } catch (error) {
    if (isDuplicateKeyError(error)) throw windowBusy(window.number);
    throw error;
  }
  let called: TicketDocument | null = null;
  try {
    called = await call();
    return called;
  } finally {
    await models.WindowTurn.updateOne(
      { _id: id },
      { $set: { completedAt: now, ticketId: called?._id ?? null } },
    );
  }
}

/** Seconds from `from` to `to`, rounded down, never negative. */
export function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}

/** Filter of the tickets a window may call now: transferred to it, or of its categories. */
function callableBy(hallId: string, serviceDate: string, window: HallWindow) {
  return {
    hallId,
    serviceDate,
    status: 'WAITING' as const,
    $or: [
      { rank: RANK_TRANSFERRED, windowNumber: window.number },
      {
        rank: { $gt: RANK_TRANSFERRED },
        category: { $in: window.businessCategories },
      },
    ],
  };
}

/**
 * Finishes the ticket the window was serving, then calls the next one:
 * tickets transferred to the window first, then priority tickets, then the
 * others, each in the order they joined the queue. Returns null when none
 * waits.
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
  const { hall, window } = await openWindow(
    deps,
    args.hallId,
    args.windowNumber,
    clerk,
  );
  const calledAt = deps.now();
  requireWindowOpen(hall, window, calledAt);
  const serviceDate = shanghaiDate(calledAt);
  return inWindowTurn(models, hall, window, serviceDate, calledAt, async () => {
    await finishWindow(models, hall._id, window.number, serviceDate, calledAt);
    const passed: string[] = [];
    for (;;) {
      const candidates = await models.Ticket.find({
        ...callableBy(hall._id, serviceDate, window),
        _id: { $nin: passed },
      })
        .sort({ rank: 1, queuedAt: 1, sequence: 1 })
        .limit(5)
        .lean<TicketDocument[]>();
      if (candidates.length === 0) return null;
      for (const candidate of candidates) {
        const called = await claimCall(
          models,
          candidate,
          { hall, window, clerk, calledAt },
          secondsBetween(candidate.queuedAt ?? candidate.takenAt, calledAt),
        );
        if (called) return called;
        passed.push(candidate._id);
      }
    }
  });
}

/** Loads a ticket of today for a window action and checks the viewer's access to `windowNumber`, or to the ticket's window. */
async function openTicket(
  deps: QueueDependencies,
  id: string,
  viewer: Viewer,
  windowNumber?: number,
): Promise<{ ticket: TicketDocument; hall: HallDocument; window: HallWindow }> {
  const ticket = await deps.models.Ticket.findById(id).lean<TicketDocument>();
  if (!ticket) throw notFound('Ticket', id);
  const number = windowNumber ?? ticket.windowNumber;
  if (number == null)
    throw appError(
      ErrorCode.InvalidState,
      `Ticket ${ticket.number} has not been called.`,
    );
  const { hall, window } = await openWindow(
    deps,
    ticket.hallId,
    number,
    viewer,
  );
  if (ticket.serviceDate !== shanghaiDate(deps.now()))
    throw appError(
      ErrorCode.InvalidState,
      `Ticket ${ticket.number} was valid on ${ticket.serviceDate} only.`,
    );
  return { ticket, hall, window };
}

function requireCalled(ticket: TicketDocument): void {
  if (ticket.status !== 'CALLED')
    throw appError(
      ErrorCode.InvalidState,
      `Ticket ${ticket.number} is ${ticket.status}, not CALLED.`,
    );
}

export type TicketAction = 'finishTicket' | 'skipTicket';

/** Finishes a CALLED ticket as SERVED, or skips it (过号). */
export async function endTicket(
  deps: QueueDependencies,
  id: string,
  action: TicketAction,
  viewer: Viewer | undefined,
): Promise<TicketDocument> {
  const clerk = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls[`Mutation.${action}`],
  );
  const { ticket } = await openTicket(deps, id, clerk);
  requireCalled(ticket);
  const now = deps.now();
  const status = action === 'finishTicket' ? 'SERVED' : 'SKIPPED';
  const ended = await endCall(deps.models, ticket, status, now, {
    status,
    finishedAt: now,
  });
  if (!ended) throw ticketChanged();
  return ended;
}

/**
 * Calls a ticket again. A CALLED ticket is announced again at its own
 * window. A ticket skipped today is called back at a window of its category
 * or at the window that skipped it.
 */
export async function recallTicket(
  deps: QueueDependencies,
  args: { id: string; windowNumber: number },
  viewer: Viewer | undefined,
): Promise<TicketDocument> {
  const { models } = deps;
  const clerk = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.recallTicket'],
  );
  const { ticket, hall, window } = await openTicket(
    deps,
    args.id,
    clerk,
    args.windowNumber,
  );
  const now = deps.now();
  requireWindowOpen(hall, window, now);
  if (ticket.status === 'CALLED') {
    if (ticket.windowNumber !== window.number)
      throw appError(
        ErrorCode.InvalidState,
        `Ticket ${ticket.number} is being served at window ${ticket.windowNumber}.`,
      );
    const recalled = await changeAtVersion<TicketDocument>(
      models.Ticket,
      ticket._id,
      ticket.version ?? 0,
      {
        set: { recallCount: (ticket.recallCount ?? 0) + 1, announcedAt: now },
      },
    );
    if (!recalled) throw ticketChanged();
    return recalled;
  }
  if (ticket.status !== 'SKIPPED')
    throw appError(
      ErrorCode.InvalidState,
      `Only a CALLED or SKIPPED ticket can be recalled; ticket ${ticket.number} is ${ticket.status}.`,
    );
  if (
    ticket.windowNumber !== window.number &&
    !window.businessCategories.includes(ticket.category)
  )
    throw appError(
      ErrorCode.InvalidState,
      `Window ${window.number} does not serve ${ticket.category}.`,
    );
  const called = await inWindowTurn(
    models,
    hall,
    window,
    ticket.serviceDate,
    now,
    async () => {
      await finishWindow(
        models,
        hall._id,
        window.number,
        ticket.serviceDate,
        now,
      );
      return claimCall(
        models,
        ticket,
        { hall, window, clerk, calledAt: now },
        null,
      );
    },
  );
  if (!called) throw ticketChanged();
  const recalled = await changeAtVersion<TicketDocument>(
    models.Ticket,
    called._id,
    called.version ?? 0,
    { set: { recallCount: (called.recallCount ?? 0) + 1 } },
  );
  return recalled ?? called;
}

/** Sends a CALLED ticket to another window of the hall, where it waits ahead of ordinary tickets. */
export async function transferTicket(
  deps: QueueDependencies,
  args: { id: string; toWindowNumber: number },
  viewer: Viewer | undefined,
): Promise<TicketDocument> {
  const clerk = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.transferTicket'],
  );
  const { ticket, hall } = await openTicket(deps, args.id, clerk);
  requireCalled(ticket);
  const target = findWindow(hall, args.toWindowNumber);
  if (target.number === ticket.windowNumber)
    throw badInput('A ticket is transferred to another window.', {
      field: 'toWindowNumber',
    });
  if (!target.businessCategories.includes(ticket.category))
    throw appError(
      ErrorCode.CategoryNotServed,
      `Window ${target.number} does not serve ${ticket.category}; transfer ticket ${ticket.number} to a window of its category.`,
      { field: 'toWindowNumber' },
    );
  const now = deps.now();
  const moved = await endCall(deps.models, ticket, 'TRANSFERRED', now, {
    status: 'WAITING',
    rank: RANK_TRANSFERRED,
    windowNumber: target.number,
    queuedAt: now,
    calledBy: null,
    transferCount: (ticket.transferCount ?? 0) + 1,
  });
  if (!moved) throw ticketChanged();
  return moved;
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
  const waiting = await models.Ticket.find({
    hallId: hall._id,
    serviceDate: shanghaiDate(asOf),
    status: 'WAITING',
  })
    .select({ takenAt: 1 })
    .lean<{ takenAt: Date }[]>();
  return {
    hallId: hall._id,
    waitingCount: waiting.length,
    maxWaitSeconds: longestWait(waiting, asOf),
    asOf,
  };
}

/** Seconds the earliest-taken of `tickets` has waited by `asOf`; 0 for none. */
export function longestWait(tickets: { takenAt: Date }[], asOf: Date): number {
  let oldest: Date | null = null;
  for (const t of tickets)
    if (!oldest || t.takenAt < oldest) oldest = t.takenAt;
  return oldest ? secondsBetween(oldest, asOf) : 0;
}

export interface WindowMonitorView {
  window: HallWindow & { hallId: string };
  currentTicket: TicketDocument | null;
  waitingCount: number;
  servedToday: number;
  averageServiceSeconds: number | null;
  currentServiceSeconds: number | null;
}

export interface QueueMonitorView extends QueueStatus {
  categories: {
    category: BusinessCategory;
    waitingCount: number;
    maxWaitSeconds: number;
  }[];
  windows: WindowMonitorView[];
  recentCalls: TicketDocument[];
}

/** Mean of whole seconds, rounded; null for none. */
export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

/**
 * Live figures of a hall's queue: three queries read today's waiting and
 * called tickets and today's calls, and everything else is counted here.
 */
export async function queueMonitor(
  deps: QueueDependencies,
  hallId: string,
): Promise<QueueMonitorView> {
  const { models } = deps;
  const hall = await getHall(models, hallId);
  const asOf = deps.now();
  const serviceDate = shanghaiDate(asOf);
  const [waiting, serving, calls, recentCalls] = await Promise.all([
    models.Ticket.find({ hallId: hall._id, serviceDate, status: 'WAITING' })
      .select({ takenAt: 1, category: 1, rank: 1, windowNumber: 1 })
      .lean<TicketDocument[]>(),
    models.Ticket.find({
      hallId: hall._id,
      serviceDate,
      status: 'CALLED',
    }).lean<TicketDocument[]>(),
    models.TicketCall.find({ hallId: hall._id, serviceDate, outcome: 'SERVED' })
      .select({ windowNumber: 1, calledAt: 1, endedAt: 1 })
      .lean<TicketCallDocument[]>(),
    models.Ticket.find({
      hallId: hall._id,
      serviceDate,
      announcedAt: { $ne: null },
    })
      .sort({ announcedAt: -1 })
      .limit(10)
      .lean<TicketDocument[]>(),
  ]);
  const categories = (Object.keys(BUSINESS_CATEGORIES) as BusinessCategory[])
    .filter((category) =>
      hall.windows.some((w) => w.businessCategories.includes(category)),
    )
    .map((category) => {
      const of = waiting.filter((t) => t.category === category);
      return {
        category,
        waitingCount: of.length,
        maxWaitSeconds: longestWait(of, asOf),
      };
    });
  const windows = [...hall.windows]
    .sort((a, b) => a.number - b.number)
    .map((window) => {
      const current =
        serving.find((t) => t.windowNumber === window.number) ?? null;
      const served = calls.filter((c) => c.windowNumber === window.number);
      return {
        window: { ...window, hallId: hall._id },
        currentTicket: current,
        waitingCount: waiting.filter((t) =>
          t.rank === RANK_TRANSFERRED
            ? t.windowNumber === window.number
            : window.businessCategories.includes(t.category),
        ).length,
        servedToday: served.length,
        averageServiceSeconds: mean(
          served.map((c) => secondsBetween(c.calledAt, c.endedAt!)),
        ),
        currentServiceSeconds: current?.calledAt
          ? secondsBetween(current.calledAt, asOf)
          : null,
      };
    });
  return {
    hallId: hall._id,
    waitingCount: waiting.length,
    maxWaitSeconds: longestWait(waiting, asOf),
    asOf,
    categories,
    windows,
    recentCalls,
  };
}

export interface WindowQueueView {
  window: HallWindow & { hallId: string };
  currentTicket: TicketDocument | null;
  waitingCount: number;
  skippedTickets: TicketDocument[];
}

/** Loads the call page of a window: its current ticket, waiting count and today's skipped tickets. */
export async function windowQueue(
  deps: QueueDependencies,
  args: { hallId: string; windowNumber: number },
  viewer: Viewer | undefined,
): Promise<WindowQueueView> {
  const { models } = deps;
  const clerk = authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Query.windowQueue'],
  );
  const { hall, window } = await openWindow(
    deps,
    args.hallId,
    args.windowNumber,
    clerk,
  );
  const serviceDate = shanghaiDate(deps.now());
  const [currentTicket, waitingCount, skippedTickets] = await Promise.all([
    models.Ticket.findOne({
      hallId: hall._id,
      serviceDate,
      status: 'CALLED',
      windowNumber: window.number,
    }).lean<TicketDocument>(),
    models.Ticket.countDocuments(callableBy(hall._id, serviceDate, window)),
    models.Ticket.find({
      hallId: hall._id,
      serviceDate,
      status: 'SKIPPED',
      $or: [
        { windowNumber: window.number },
        { category: { $in: window.businessCategories } },
      ],
    })
      .sort({ finishedAt: -1 })
      .limit(50)
      .lean<TicketDocument[]>(),
  ]);
  return {
    window: { ...window, hallId: hall._id },
    currentTicket,
    waitingCount,
    skippedTickets,
  };
}
