import { randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  forbidden,
  hashRequest,
  inJurisdiction,
  insertOnce,
  isDuplicateKeyError,
  notFound,
  shanghaiDate,
  type Logger,
  type Viewer,
} from '@ykb/common';
import { agentFields } from './agents.js';
import { requireCertificateSession } from './certificates.js';
import { now } from './clock.js';
import { reviewConditions } from './conditionRules.js';
import {
  ANNOUNCEMENT_WORKING_DAYS,
  checkInstant,
  workingDaysAfter,
} from './deadlines.js';
import { commitTo, drawOrder, drawWinner, newSeed } from './draw.js';
import type {
  AnnouncementDocument,
  AnnouncementRegistrationDocument,
  BidDocument,
  CertificateDocument,
  EngagementDocument,
  IntermediaryModels,
  IntermediaryServiceDocument,
  PartyDocument,
  SelectionMethod,
} from './model.js';
import { notify } from './notify.js';
import {
  changeRecord,
  stale as staleRecord,
  wrongState as wrongStateOf,
} from './stateChange.js';
import {
  checkCount,
  checkIdempotencyKey,
  checkText,
  replayOf,
} from './text.js';

/**
 * Procurement announcements (3.7.4), selection (3.7.5) and the result notice
 * (3.7.6). An announcement's registration deadline lies at least 2 working
 * days after publication. Conditions that a rule shows to be discriminatory
 * are rejected, and others that need judgement hold it for a supervisor. It
 * is withdrawn only with a reason that a supervisor approved.
 */

export interface AnnouncementInput {
  projectName: string;
  serviceId: string;
  content: string;
  registrationDeadline: string;
  selectionTime: string;
  method: SelectionMethod;
  feeFen: number;
  conditions: string[];
  confidential: boolean;
  replaces?: string | null;
}

export const WITHDRAWAL_REASONS = [
  'PROJECT_CANCELLED',
  'CONTENT_CHANGE',
  'FORCE_MAJEURE',
] as const;
const MAX_FEE_FEN = 10_000_000_000;

function change(
  models: IntermediaryModels,
  announcement: AnnouncementDocument,
  set: Record<string, unknown>,
  log?: Logger,
): Promise<AnnouncementDocument> {
  return changeRecord(
    models.Announcement,
    'Announcement',
    announcement,
    set,
    log,
  );
}

/** INVALID_STATE for an announcement step. */
function wrongState(state: string, needed: string) {
  return wrongStateOf('announcement', state, needed);
}

function stale(id: string) {
  return staleRecord('Announcement', id);
}

/** Rejects with DEADLINE_TOO_EARLY a deadline less than 2 working days after publication. */
export function checkDeadline(deadline: Date, publishedAt: Date): void {
  const earliest = workingDaysAfter(publishedAt, ANNOUNCEMENT_WORKING_DAYS);
  if (shanghaiDate(deadline) < earliest)
    throw appError(
      ErrorCode.DeadlineTooEarly,
      `The registration deadline must fall on ${earliest} or later: at least ${ANNOUNCEMENT_WORKING_DAYS} working days after publication on ${shanghaiDate(publishedAt)}.`,
      { field: 'registrationDeadline', earliestDate: earliest },
    );
}

/**
 * Returns the viewer's admitted party of the kind, or null. A party whose
 * admitted profile names another certificate key than the registered one
 * does not act: a new key repeats the check (A.3), and only the check's
 * admission under the new key lets it act again.
 */
async function admittedParty(
  models: IntermediaryModels,
  viewer: Viewer,
  kind: 'CLIENT' | 'AGENCY',
): Promise<PartyDocument | null> {
  const [party, certificate] = await Promise.all([
    models.Party.findOne({
      ownerUserId: viewer.userId,
      kind,
      admitted: true,
    }).lean<PartyDocument>(),
    models.Certificate.findById(viewer.userId).lean<CertificateDocument>(),
  ]);
  if (
    !party ||
    !certificate ||
    party.current?.certificateFingerprint !== certificate.fingerprint
  )
    return null;
  return party;
}

export async function loadAnnouncement(
  models: IntermediaryModels,
  id: string,
): Promise<AnnouncementDocument> {
  const found =
    await models.Announcement.findById(id).lean<AnnouncementDocument>();
  if (!found) throw notFound('Announcement', id);
  return found;
}

export async function publishAnnouncement(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  input: AnnouncementInput,
  idempotencyKey: string,
): Promise<AnnouncementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.publishAnnouncement'],
  );
  checkIdempotencyKey(idempotencyKey);
  const requestHash = hashRequest(input);
  const findReplay = () =>
    models.Announcement.findOne({
      idempotencyKey,
    }).lean<AnnouncementDocument>();
  const earlier = await findReplay();
  if (earlier)
    return replayOf(
      earlier,
      earlier.ownerUserId === viewer.userId,
      idempotencyKey,
      requestHash,
    );
  await requireCertificateSession(models, viewer);
  const client = await admittedParty(models, viewer, 'CLIENT');
  if (!client)
    throw appError(
      ErrorCode.InvalidState,
      'Only an admitted client publishes announcements; register as a client first.',
    );

  const projectName = checkText(input.projectName, 'projectName', 2, 100);
  const content = checkText(input.content, 'content', 10, 2000);
  const service = await models.IntermediaryService.findOne({
    _id: input.serviceId,
    status: 'PUBLISHED',
  }).lean<IntermediaryServiceDocument>();
  if (!service)
    throw badInput(
      `${input.serviceId} is not a published intermediary service.`,
      { field: 'serviceId' },
    );
  if (!['RANDOM', 'LOWEST_BID', 'DIRECT'].includes(input.method))
    throw badInput(`Unknown selection method ${input.method}.`, {
      field: 'method',
    });
  if (
    !Number.isInteger(input.feeFen) ||
    input.feeFen < 1 ||
    input.feeFen > MAX_FEE_FEN
  )
    throw badInput(
      `feeFen must be a whole number of fen from 1 to ${MAX_FEE_FEN}.`,
      { field: 'feeFen' },
    );
  const conditions = checkCount(input.conditions, 'conditions', 0, 20).map(
    (c, i) => checkText(c, `conditions[${i}]`, 1, 500),
  );
  const at = now();
  const deadline = checkInstant(
    input.registrationDeadline,
    'registrationDeadline',
  );
  const selectionTime = checkInstant(input.selectionTime, 'selectionTime');
  checkDeadline(deadline, at);
  if (selectionTime.getTime() <= deadline.getTime())
    throw badInput('selectionTime must come after the registration deadline.', {
      field: 'selectionTime',
    });

  const agencyNames = (
    await models.Party.find({ kind: 'AGENCY', admitted: true })
      .select({ 'current.name': 1 })
      .lean<PartyDocument[]>()
  ).map((p) => p.current?.name ?? '');
  const review = reviewConditions(conditions, agencyNames);
  if (review.rejections.length > 0)
    throw appError(
      ErrorCode.DiscriminatoryCondition,
      `Condition ${review.rejections.map((r) => `${r.index + 1} (3.7.4.2 ${r.clause}, rule ${r.rule}: ${r.reason})`).join(', ')} is discriminatory; remove or reword it.`,
      { field: 'conditions', findings: review.rejections },
    );

  let replaces: string | null = null;
  if (input.replaces) {
    const replaced = await loadAnnouncement(models, input.replaces);
    if (
      replaced.ownerUserId !== viewer.userId ||
      replaced.state !== 'WITHDRAWN'
    )
      throw badInput('replaces must name your own withdrawn announcement.', {
        field: 'replaces',
      });
    replaces = replaced._id;
  }
  const seed = newSeed();
  const held = review.flags.length > 0;
  const announcement: AnnouncementDocument = {
    _id: randomUUID(),
    clientPartyId: client._id,
    ownerUserId: viewer.userId,
    clientName: client.current?.name ?? client.submission.name,
    divisionCode: client.divisionCode,
    departmentCode: service.departmentCode,
    projectName,
    serviceId: service._id,
    content,
    registrationDeadline: deadline,
    selectionTime,
    method: input.method,
    feeFen: input.feeFen,
    conditions,
    flags: review.flags,
    confidential: !!input.confidential,
    state: held ? 'UNDER_REVIEW' : 'PUBLISHED',
    version: 0,
    publishedAt: held ? null : at,
    seed,
    seedCommitment: commitTo(seed),
    revealedSeed: null,
    bidRound: 1,
    selection: null,
    resultNotice: null,
    withdrawal: null,
    reviewNote: null,
    replaces,
    idempotencyKey,
    requestHash,
    ...agentFields(rawViewer),
    createdAt: at,
  };
  const { record } = await insertOnce(async () => {
    await models.Announcement.create(announcement);
    return announcement;
  }, findReplay);
  return replayOf(
    record,
    record.ownerUserId === viewer.userId,
    idempotencyKey,
    requestHash,
  );
}

/** Loads an announcement for a supervisor's decision: in jurisdiction, in the state decided, with a note. */
async function forSupervisorDecision(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  operation:
    'Mutation.reviewAnnouncement' | 'Mutation.decideAnnouncementWithdrawal',
  id: string,
  rawNote: string,
  state: AnnouncementDocument['state'],
) {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries[operation],
  );
  const note = checkText(rawNote, 'note', 2, 1000);
  const announcement = await loadAnnouncement(models, id);
  if (
    !inJurisdiction(viewer, {
      divisionCode: announcement.divisionCode,
      departmentCode: announcement.departmentCode,
    })
  )
    throw forbidden(
      'This announcement lies outside your division or department.',
    );
  if (announcement.state !== state) throw wrongState(announcement.state, state);
  return { announcement, note };
}

export async function reviewAnnouncement(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  approve: boolean,
  rawNote: string,
  log: Logger,
): Promise<AnnouncementDocument> {
  const { announcement, note } = await forSupervisorDecision(
    models,
    rawViewer,
    'Mutation.reviewAnnouncement',
    id,
    rawNote,
    'UNDER_REVIEW',
  );
  const at = now();
  if (approve) checkDeadline(announcement.registrationDeadline, at);
  const updated = await change(
    models,
    announcement,
    approve
      ? { state: 'PUBLISHED', publishedAt: at, reviewNote: note }
      : { state: 'REFUSED', reviewNote: note },
    log,
  );
  await notify(
    models,
    `review:${id}`,
    announcement.ownerUserId,
    id,
    approve
      ? `采购公告“${announcement.projectName}”经审查已发布。`
      : `采购公告“${announcement.projectName}”经审查未予发布：${note}`,
  );
  return updated;
}

export async function requestWithdrawal(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  reasonCode: string,
  rawReason: string,
  log: Logger,
): Promise<AnnouncementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.requestAnnouncementWithdrawal'],
  );
  const announcement = await ownAnnouncement(models, viewer, id);
  await requireCertificateSession(models, viewer);
  if (!(WITHDRAWAL_REASONS as readonly string[]).includes(reasonCode))
    throw badInput(
      `reasonCode must be one of ${WITHDRAWAL_REASONS.join(', ')}.`,
      { field: 'reasonCode' },
    );
  const reason = checkText(rawReason, 'reason', 5, 500);
  if (announcement.state !== 'PUBLISHED')
    throw wrongState(announcement.state, 'PUBLISHED');
  return change(
    models,
    announcement,
    {
      state: 'WITHDRAWAL_REQUESTED',
      withdrawal: {
        reasonCode,
        reason,
        state: 'REQUESTED',
        decisionNote: null,
      },
    },
    log,
  );
}

export async function decideWithdrawal(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  approve: boolean,
  rawNote: string,
  log: Logger,
): Promise<AnnouncementDocument> {
  const { announcement, note } = await forSupervisorDecision(
    models,
    rawViewer,
    'Mutation.decideAnnouncementWithdrawal',
    id,
    rawNote,
    'WITHDRAWAL_REQUESTED',
  );
  if (!announcement.withdrawal)
    throw wrongState(announcement.state, 'a withdrawal request');
  const updated = await change(
    models,
    announcement,
    {
      state: approve ? 'WITHDRAWN' : 'PUBLISHED',
      withdrawal: {
        ...announcement.withdrawal,
        state: approve ? 'APPROVED' : 'REFUSED',
        decisionNote: note,
      },
    },
    log,
  );
  await notify(
    models,
    `withdrawal:${id}`,
    announcement.ownerUserId,
    id,
    approve
      ? `采购公告“${announcement.projectName}”的撤销申请已批准，请做好善后处理。`
      : `采购公告“${announcement.projectName}”的撤销申请未获批准：${note}`,
  );
  if (approve) {
    // Agencies that registered learn that the project is withdrawn, and why.
    const registrations = await registrationsOf(models, id);
    const agencies = await models.Party.find({
      _id: { $in: registrations.map((r) => r.agencyId) },
    })
      .select({ ownerUserId: 1 })
      .lean<{ _id: string; ownerUserId: string }[]>();
    for (const agency of agencies)
      await notify(
        models,
        `withdrawn:${id}:${agency._id}`,
        agency.ownerUserId,
        id,
        `贵机构报名的采购公告“${announcement.projectName}”已撤销，理由：${announcement.withdrawal.reason}`,
      );
  }
  return updated;
}

async function ownAnnouncement(
  models: IntermediaryModels,
  viewer: Viewer,
  id: string,
) {
  const announcement = await loadAnnouncement(models, id);
  if (announcement.ownerUserId !== viewer.userId)
    throw notFound('Announcement', id);
  return announcement;
}

function ineligible(reason: string, message: string) {
  return appError(ErrorCode.IneligibleAgency, message, { reason });
}

/**
 * Eligibility of an agency for an announcement: admitted, offering the
 * service item with a qualification valid through the selection day, and not
 * the client itself.
 */
export function checkEligibility(
  agency: PartyDocument | null,
  announcement: AnnouncementDocument,
  today: string,
): PartyDocument {
  if (!agency || !agency.admitted || !agency.current)
    throw ineligible(
      'NOT_ADMITTED',
      'Only an admitted agency may take part; finish the registration first.',
    );
  if (agency.ownerUserId === announcement.ownerUserId)
    throw ineligible(
      'OWN_PROJECT',
      'An agency cannot take part in its own client’s project.',
    );
  const offer = agency.current.offers.find(
    (o) => o.serviceId === announcement.serviceId,
  );
  if (!offer)
    throw ineligible(
      'SERVICE_NOT_OFFERED',
      `The agency does not offer the service item ${announcement.serviceId} that this project buys.`,
    );
  const needed = [today, shanghaiDate(announcement.selectionTime)]
    .sort()
    .at(-1)!;
  if (offer.validUntil < needed)
    throw ineligible(
      'QUALIFICATION_EXPIRED',
      `The agency's qualification for this service item is valid until ${offer.validUntil}, before ${needed}.`,
    );
  return agency;
}

export async function registerForAnnouncement(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
): Promise<AnnouncementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.registerForAnnouncement'],
  );
  const announcement = await loadAnnouncement(models, id);
  const at = now();
  if (
    announcement.state !== 'PUBLISHED' ||
    at.getTime() > announcement.registrationDeadline.getTime()
  )
    throw appError(
      ErrorCode.RegistrationClosed,
      `Registration for this announcement closed (it is ${announcement.state}, deadline ${announcement.registrationDeadline.toISOString()}).`,
    );
  await requireCertificateSession(models, viewer);
  const agency = checkEligibility(
    await admittedParty(models, viewer, 'AGENCY'),
    announcement,
    shanghaiDate(at),
  );
  const registration: AnnouncementRegistrationDocument = {
    _id: `${id}:${agency._id}`,
    announcementId: id,
    agencyId: agency._id,
    agencyName: agency.current!.name,
    registeredAt: at,
  };
  try {
    await models.AnnouncementRegistration.create(registration);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  return announcement;
}

export async function submitBid(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  amountFen: number,
  idempotencyKey: string,
): Promise<BidDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.submitBid'],
  );
  checkIdempotencyKey(idempotencyKey);
  const requestHash = hashRequest({ announcementId: id, amountFen });
  const findReplay = () =>
    models.Bid.findOne({ idempotencyKey }).lean<BidDocument>();
  const replay = (bid: BidDocument) =>
    replayOf(
      bid,
      bid.submittedBy === viewer.userId,
      idempotencyKey,
      requestHash,
    );
  const earlierReplay = await findReplay();
  if (earlierReplay) return replay(earlierReplay);

  const announcement = await loadAnnouncement(models, id);
  if (announcement.method !== 'LOWEST_BID')
    throw badInput('This announcement selects without bids.', {
      field: 'announcementId',
    });
  const at = now();
  if (announcement.state !== 'PUBLISHED')
    throw wrongState(announcement.state, 'PUBLISHED');
  if (at.getTime() <= announcement.registrationDeadline.getTime())
    throw appError(
      ErrorCode.InvalidState,
      'Bidding opens when registration closes.',
      { state: announcement.state },
    );
  if (at.getTime() >= announcement.selectionTime.getTime())
    throw appError(
      ErrorCode.BiddingClosed,
      `Bidding closed at the selection time ${announcement.selectionTime.toISOString()}.`,
      { selectionTime: announcement.selectionTime.toISOString() },
    );
  await requireCertificateSession(models, viewer);
  const agency = await admittedParty(models, viewer, 'AGENCY');
  const registered =
    agency &&
    (await models.AnnouncementRegistration.findById(
      `${id}:${agency._id}`,
    ).lean());
  if (!agency || !registered)
    throw ineligible(
      'NOT_REGISTERED',
      'Only agencies registered for the announcement may bid.',
    );
  if (
    !Number.isInteger(amountFen) ||
    amountFen < 1 ||
    amountFen > announcement.feeFen
  )
    throw badInput(
      `amountFen must be a whole number from 1 to the fee ceiling ${announcement.feeFen}.`,
      { field: 'amountFen' },
    );
  const earlier = await models.Bid.find({
    announcementId: id,
    agencyId: agency._id,
  }).lean<BidDocument[]>();
  if (
    announcement.bidRound > 1 &&
    !(announcement.bidRoundAgencyIds ?? []).includes(agency._id)
  )
    throw appError(
      ErrorCode.BiddingClosed,
      `Round ${announcement.bidRound} is open only to the agencies tied at the lowest bid.`,
      { round: announcement.bidRound },
    );
  const lowestEarlier = Math.min(...earlier.map((b) => b.amountFen));
  if (amountFen >= lowestEarlier)
    throw badInput(
      `A later bid must be below your earlier bid of ${lowestEarlier} fen.`,
      { field: 'amountFen' },
    );
  const bid: BidDocument = {
    _id: `${id}:${announcement.bidRound}:${agency._id}`,
    announcementId: id,
    round: announcement.bidRound,
    agencyId: agency._id,
    amountFen,
    submittedAt: at,
    submittedBy: viewer.userId,
    idempotencyKey,
    requestHash,
  };
  try {
    const { record } = await insertOnce(async () => {
      await models.Bid.create(bid);
      return bid;
    }, findReplay);
    return replay(record);
  } catch (error) {
    // insertOnce rethrows a duplicate key that is not this idempotencyKey: the
    // `_id` of the agency's bid in this round.
    if (!isDuplicateKeyError(error)) throw error;
    throw appError(
      ErrorCode.Conflict,
      `You already bid in round ${announcement.bidRound}.`,
    );
  }
}

/**
 * Opens a further bid round. The round in progress must be complete (every
 * agency allowed in it has bid), the lowest standing bid must be tied, and
 * the selection time must not have come. Only the tied agencies bid in the
 * new round, and lowestBids keeps every agency's lowest earlier bid, so a
 * new round never excludes a lower bid or an agency that had not bid yet.
 */
export async function openBidRound(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  log: Logger,
): Promise<AnnouncementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.openBidRound'],
  );
  const announcement = await ownAnnouncement(models, viewer, id);
  if (announcement.method !== 'LOWEST_BID')
    throw badInput('This announcement selects without bids.', {
      field: 'announcementId',
    });
  if (announcement.state !== 'PUBLISHED')
    throw wrongState(announcement.state, 'PUBLISHED');
  if (announcement.version !== expectedVersion) throw stale(id);
  await requireCertificateSession(models, viewer);
  if (now().getTime() >= announcement.selectionTime.getTime())
    throw appError(
      ErrorCode.BiddingClosed,
      `Bidding closed at the selection time ${announcement.selectionTime.toISOString()}.`,
      { selectionTime: announcement.selectionTime.toISOString() },
    );
  const bids = await models.Bid.find({ announcementId: id }).lean<
    BidDocument[]
  >();
  const allowed =
    announcement.bidRound > 1
      ? (announcement.bidRoundAgencyIds ?? [])
      : (await registrationsOf(models, id)).map((r) => r.agencyId);
  const bidders = new Set(
    bids
      .filter((b) => b.round === announcement.bidRound)
      .map((b) => b.agencyId),
  );
  const waiting = allowed.filter((agencyId) => !bidders.has(agencyId));
  if (waiting.length > 0)
    throw appError(
      ErrorCode.BiddingClosed,
      `Round ${announcement.bidRound} is still open: ${waiting.length} of its agencies have not bid.`,
      { round: announcement.bidRound },
    );
  const lowest = lowestBids(bids);
  if (!lowest || lowest.agencyIds.length < 2)
    throw appError(
      ErrorCode.BiddingClosed,
      'A further bid round opens only when two or more agencies tie at the lowest bid.',
      { round: announcement.bidRound },
    );
  return change(
    models,
    announcement,
    {
      bidRound: announcement.bidRound + 1,
      bidRoundAgencyIds: [...lowest.agencyIds].sort(),
    },
    log,
  );
}

async function registrationsOf(models: IntermediaryModels, id: string) {
  return models.AnnouncementRegistration.find({ announcementId: id }).lean<
    AnnouncementRegistrationDocument[]
  >();
}

/**
 * Returns the lowest standing bid over all rounds. An agency's standing bid
 * is its lowest bid in any round, so a later round never drops an earlier
 * lower bid. The result has the amount, the agencies at it in draw order
 * (one winner or the tied agencies for the draw) and the last round that
 * has bids.
 */
export function lowestBids(
  bids: readonly BidDocument[],
): { round: number; amountFen: number; agencyIds: string[] } | null {
  if (bids.length === 0) return null;
  const standing = new Map<string, number>();
  for (const bid of bids)
    standing.set(
      bid.agencyId,
      Math.min(standing.get(bid.agencyId) ?? Infinity, bid.amountFen),
    );
  const amountFen = Math.min(...standing.values());
  return {
    round: Math.max(...bids.map((b) => b.round)),
    amountFen,
    agencyIds: drawOrder(
      [...standing]
        .filter(([, amount]) => amount === amountFen)
        .map(([agencyId]) => agencyId),
    ),
  };
}

export async function performSelection(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  agencyId: string | null | undefined,
  log: Logger,
): Promise<AnnouncementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.performSelection'],
  );
  const announcement = await ownAnnouncement(models, viewer, id);
  if (announcement.state !== 'PUBLISHED')
    throw wrongState(announcement.state, 'PUBLISHED');
  if (announcement.version !== expectedVersion) throw stale(id);
  const at = now();
  if (at.getTime() < announcement.selectionTime.getTime())
    throw appError(
      ErrorCode.InvalidState,
      `Selection opens at ${announcement.selectionTime.toISOString()}.`,
      { state: announcement.state },
    );
  await requireCertificateSession(models, viewer);
  const registrations = await registrationsOf(models, id);
  const names = new Map(registrations.map((r) => [r.agencyId, r.agencyName]));
  let winner: string;
  let priceFen = announcement.feeFen;
  let drawCandidates: string[] = [];
  if (announcement.method === 'DIRECT') {
    if (!agencyId || !names.has(agencyId))
      throw ineligible(
        'NOT_REGISTERED',
        'Direct selection chooses one of the agencies registered for the announcement.',
      );
    winner = agencyId;
  } else if (agencyId) {
    throw badInput(
      `agencyId is only for DIRECT selection; this announcement selects by ${announcement.method}.`,
      { field: 'agencyId' },
    );
  } else {
    if (announcement.method === 'RANDOM') {
      drawCandidates = drawOrder(registrations.map((r) => r.agencyId));
    } else {
      const lowest = lowestBids(
        await models.Bid.find({ announcementId: id }).lean<BidDocument[]>(),
      );
      if (lowest) {
        priceFen = lowest.amountFen;
        drawCandidates = lowest.agencyIds;
      }
    }
    if (drawCandidates.length === 0) {
      const failed = await change(
        models,
        announcement,
        { state: 'FAILED', revealedSeed: announcement.seed },
        log,
      );
      await notify(
        models,
        `failed:${id}`,
        announcement.ownerUserId,
        id,
        `采购公告“${announcement.projectName}”无有效报名或报价，未能选取中介服务机构。`,
      );
      return failed;
    }
    winner =
      drawCandidates.length === 1
        ? drawCandidates[0]!
        : drawWinner(announcement.seed, id, drawCandidates);
    if (drawCandidates.length === 1 && announcement.method === 'LOWEST_BID')
      drawCandidates = [];
  }
  return change(
    models,
    announcement,
    {
      state: 'SELECTED',
      revealedSeed: announcement.seed,
      selection: {
        agencyId: winner,
        agencyName: names.get(winner) ?? '',
        priceFen,
        method: announcement.method,
        drawCandidates,
        selectedAt: at,
        confirmedAt: null,
      },
    },
    log,
  );
}

function resultNoticeText(a: AnnouncementDocument): string {
  const s = a.selection!;
  const methods = {
    RANDOM: '随机选取',
    LOWEST_BID: '竞价选取',
    DIRECT: '直接选取',
  } as const;
  return `中选结果公告：项目“${a.projectName}”（委托人：${a.clientName}）经${methods[s.method]}，中选中介服务机构为${s.agencyName}，合同价格 ${(s.priceFen / 100).toFixed(2)} 元。`;
}

/** Creates the engagement of a confirmed announcement; repeated calls leave the first one. */
export async function ensureEngagement(
  models: IntermediaryModels,
  announcement: AnnouncementDocument,
): Promise<void> {
  const s = announcement.selection;
  if (announcement.state !== 'CONFIRMED' || !s) return;
  const agency = await models.Party.findById(s.agencyId).lean<PartyDocument>();
  const engagement: Omit<EngagementDocument, '_id'> = {
    clientPartyId: announcement.clientPartyId,
    clientOwnerUserId: announcement.ownerUserId,
    clientName: announcement.clientName,
    agencyPartyId: s.agencyId,
    agencyOwnerUserId: agency?.ownerUserId ?? '',
    agencyName: s.agencyName,
    priceFen: s.priceFen,
    divisionCode: announcement.divisionCode,
    state: 'AWAITING_CONTRACT',
    version: 0,
    confirmedAt: s.confirmedAt ?? now(),
    signedOn: null,
    contractDueDate: null,
    contractUploadedAt: null,
    contractLate: false,
    contractLateReason: null,
    contractFileId: null,
    deliverableReceivedOn: null,
    completionDueDate: null,
    completedAt: null,
    completionLate: false,
    completionLateReason: null,
    evaluation: null,
  };
  await models.Engagement.updateOne(
    { _id: announcement._id },
    { $setOnInsert: engagement },
    { upsert: true },
  );
}

export async function confirmSelection(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  log: Logger,
): Promise<AnnouncementDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.confirmSelection'],
  );
  const announcement = await ownAnnouncement(models, viewer, id);
  if (announcement.state !== 'SELECTED' || !announcement.selection)
    throw wrongState(announcement.state, 'SELECTED');
  if (announcement.version !== expectedVersion) throw stale(id);
  await requireCertificateSession(models, viewer);
  const at = now();
  // 3.7.7.1: the selected agency is checked against the conditions again before the contract.
  checkEligibility(
    await models.Party.findById(
      announcement.selection.agencyId,
    ).lean<PartyDocument>(),
    announcement,
    shanghaiDate(at),
  );
  const confirmed = {
    ...announcement,
    selection: {
      ...announcement.selection,
      confirmedAt: at,
      confirmedByAgentName: agentFields(rawViewer).agentName,
    },
  };
  const updated = await change(
    models,
    announcement,
    {
      state: 'CONFIRMED',
      selection: confirmed.selection,
      resultNotice: announcement.confidential
        ? null
        : { text: resultNoticeText(confirmed), publishedAt: at },
    },
    log,
  );
  await ensureEngagement(models, updated);
  const agency = await models.Party.findById(
    announcement.selection.agencyId,
  ).lean<PartyDocument>();
  if (agency)
    await notify(
      models,
      `selected:${id}`,
      agency.ownerUserId,
      id,
      `贵机构已中选项目“${announcement.projectName}”。签订合同后请在 2 个工作日内上传合同备案。`,
    );
  return updated;
}

/** Finishes confirmations whose engagement was not created (a process stopped in between). */
export async function ensureEngagements(
  models: IntermediaryModels,
): Promise<void> {
  // A confirmation creates its engagement at once; one interrupted in the last 30 days is finished here.
  const confirmed = await models.Announcement.find({
    state: 'CONFIRMED',
    'selection.confirmedAt': {
      $gte: new Date(now().getTime() - 30 * 86_400_000),
    },
  }).lean<AnnouncementDocument[]>();
  if (confirmed.length === 0) return;
  const existing = new Set(
    (
      await models.Engagement.find({
        _id: { $in: confirmed.map((a) => a._id) },
      })
        .select({ _id: 1 })
        .lean<{ _id: string }[]>()
    ).map((e) => e._id),
  );
  for (const a of confirmed)
    if (!existing.has(a._id)) await ensureEngagement(models, a);
}
