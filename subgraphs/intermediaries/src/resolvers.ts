import {
  ACCESS_POLICY,
  authorize,
  authorizeViewer,
  badInput,
  CATALOGUE_EDITOR_ROLES,
  forbidden,
  hasRole,
  inJurisdiction,
  loaderBy,
  maskIdCard,
  maskMobile,
  maskIdentifiersInText,
  maskName,
  notFound,
  Role,
  shanghaiDate,
  unauthenticated,
  type BaseResolverContext,
  type Viewer,
  offsetPageWindow,
  pageRows,
} from '@ykb/common';
import DataLoader from 'dataloader';
import {
  confirmSelection,
  decideWithdrawal,
  openBidRound,
  performSelection,
  publishAnnouncement,
  registerForAnnouncement,
  requestWithdrawal,
  reviewAnnouncement,
  submitBid,
} from './announcements.js';
import {
  issueChallenge,
  revocationId,
  signInWithCertificate,
  storeCertificate,
} from './certificates.js';
import { revokeCertificate } from './certificateRevocation.js';
import { now } from './clock.js';
import { creditLoader } from './credit.js';
import { iso } from './deadlines.js';
import { isSeed, verifyDraw } from './draw.js';
import { registerCompletion, uploadContract } from './engagements.js';
import {
  SERVICE_STATUSES,
  type AnnouncementDocument,
  type AnnouncementState,
  type BidDocument,
  type CertificateDocument,
  type CertificateRevocationDocument,
  type ComplaintDocument,
  type CorrectionNoticeDocument,
  type EngagementDocument,
  type IntermediaryModels,
  type IntermediaryServiceDocument,
  type NotificationDocument,
  type ObjectionDocument,
  type PartyDocument,
  type RegistrationState,
  type ServiceChangeDocument,
  type ServiceStatus,
} from './model.js';
import {
  adoptFirstCertificate,
  checkRegistration,
  decideObjection,
  objectToRegistration,
  recheckAfterCertificateChange,
  registerParty,
  resubmitRegistration,
} from './parties.js';
import type { Resolvers } from './generated/resolvers-types.js';
import {
  changeService,
  createService,
  publishService,
  withdrawService,
} from './serviceList.js';
import {
  complaintChannels,
  fileComplaint,
  handleComplaint,
  supervisionView,
} from './supervision.js';
import { announcementRegistrants } from './registrants.js';
import { checkText, escapeRegex } from './text.js';
import {
  agentCoveredRecordIds,
  agentCoversParty,
  agentGrantCheck,
  agentServiceIds,
  marketplaceViewer,
  requireOwnAccount,
  type MarketplaceViewer,
} from './agents.js';
import {
  intermediaryStatistics,
  intermediaryStatisticsResolvers,
} from './statistics.js';
import { partyChanges } from './changeFeed.js';

/** Groups the documents found for many keys by one key field, in one query. */
function groupLoader<T>(
  load: (keys: string[]) => Promise<T[]>,
  keyOf: (doc: T) => string,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const docs = await load([...keys]);
    return keys.map((key) => docs.filter((d) => keyOf(d) === key));
  });
}

export interface IntermediariesContext extends BaseResolverContext {
  /** The viewer, with an agent shown as the legal person it acts for (see agents.ts). */
  viewer?: MarketplaceViewer;
  /** Checks an agent's grant once per request; does nothing for other viewers. */
  checkAgentGrant: () => Promise<void>;
  /** Item codes of the agent's grant, checked once per request; empty for other viewers. */
  agentItemCodes: () => Promise<string[]>;
  models: IntermediaryModels;
  serviceById: DataLoader<string, IntermediaryServiceDocument | null>;
  /** Published services of each item id, in one query for all items of a response. */
  publishedServicesByItemId: DataLoader<string, IntermediaryServiceDocument[]>;
  changesByService: DataLoader<string, ServiceChangeDocument[]>;
  noticesByParty: DataLoader<string, CorrectionNoticeDocument[]>;
  objectionsByParty: DataLoader<string, ObjectionDocument[]>;
  certificateByUser: DataLoader<string, CertificateDocument | null>;
  revocationById: DataLoader<string, CertificateRevocationDocument | null>;
  registrationsByAnnouncement: DataLoader<string, { agencyId: string }[]>;
  announcementById: DataLoader<string, AnnouncementDocument | null>;
  credit: ReturnType<typeof creditLoader>;
}

export function createContext(
  models: IntermediaryModels,
  base: BaseResolverContext,
): IntermediariesContext {
  const viewer = marketplaceViewer(base.viewer);
  const agentItemCodes = agentGrantCheck(viewer, base.requestId);
  return {
    ...base,
    viewer,
    checkAgentGrant: async () => {
      await agentItemCodes();
    },
    agentItemCodes,
    models,
    serviceById: loaderBy<IntermediaryServiceDocument>(
      models.IntermediaryService,
    ),
    publishedServicesByItemId: new DataLoader(async (itemIds) => {
      const services = await models.IntermediaryService.find({
        itemIds: { $in: [...itemIds] },
        status: 'PUBLISHED',
      })
        .sort({ code: 1 })
        .lean<IntermediaryServiceDocument[]>();
      return itemIds.map((itemId) =>
        services.filter((s) => s.itemIds?.includes(itemId)),
      );
    }),
    changesByService: groupLoader(
      (ids) =>
        models.ServiceChange.find({ serviceId: { $in: ids } })
          .sort({ version: 1 })
          .lean<ServiceChangeDocument[]>(),
      (c) => c.serviceId,
    ),
    noticesByParty: groupLoader(
      (ids) =>
        models.CorrectionNotice.find({ partyId: { $in: ids } })
          .sort({ round: 1 })
          .lean<CorrectionNoticeDocument[]>(),
      (n) => n.partyId,
    ),
    objectionsByParty: groupLoader(
      (ids) =>
        models.Objection.find({ partyId: { $in: ids } })
          .sort({ raisedAt: 1 })
          .lean<ObjectionDocument[]>(),
      (o) => o.partyId,
    ),
    certificateByUser: loaderBy<CertificateDocument>(models.Certificate),
    revocationById: loaderBy<CertificateRevocationDocument>(
      models.CertificateRevocation,
    ),
    registrationsByAnnouncement: groupLoader(
      (ids) =>
        models.AnnouncementRegistration.find({
          announcementId: { $in: ids },
        }).lean<{ announcementId: string; agencyId: string }[]>(),
      (r) => r.announcementId,
    ),
    announcementById: loaderBy<AnnouncementDocument>(models.Announcement),
    credit: creditLoader(models),
  };
}

/** Returns those of the announcement ids whose service is one of serviceIds. */
async function coveredAnnouncementIds(
  models: IntermediaryModels,
  announcementIds: string[],
  serviceIds: string[],
): Promise<string[]> {
  const covered = await models.Announcement.find({
    _id: { $in: announcementIds },
    serviceId: { $in: serviceIds },
  })
    .select({ _id: 1 })
    .lean<{ _id: string }[]>();
  return covered.map((a) => a._id);
}

/** Reports whether the viewer may see who acted as agent on an announcement: its client, or SUPERVISOR and ADMIN in jurisdiction. */
function seesAgent(
  announcement: AnnouncementDocument,
  viewer: Viewer | undefined,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === announcement.ownerUserId) return true;
  return (
    hasRole(viewer, Role.Supervisor, Role.Admin) &&
    inJurisdiction(viewer, {
      divisionCode: announcement.divisionCode,
      departmentCode: announcement.departmentCode,
    })
  );
}

/** Catalogue administrators and supervisors also see draft and withdrawn services. */
function canReadUnpublished(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, ...CATALOGUE_EDITOR_ROLES);
}

function visibleService(
  service: IntermediaryServiceDocument | null,
  viewer: Viewer | undefined,
): IntermediaryServiceDocument | null {
  if (!service) return null;
  return service.status === 'PUBLISHED' || canReadUnpublished(viewer)
    ? service
    : null;
}

async function findVisibleService(id: string, ctx: IntermediariesContext) {
  return visibleService(await ctx.serviceById.load(id), ctx.viewer);
}

function isServiceStatus(value: string): value is ServiceStatus {
  return (SERVICE_STATUSES as readonly string[]).includes(value);
}

/** Announcement states visible to the public. */
const PUBLIC_ANNOUNCEMENT_STATES: AnnouncementState[] = [
  'PUBLISHED',
  'WITHDRAWAL_REQUESTED',
  'WITHDRAWN',
  'SELECTED',
  'CONFIRMED',
  'FAILED',
];

function visibleAnnouncement(
  a: AnnouncementDocument | null,
  viewer: Viewer | undefined,
) {
  if (!a) return null;
  if (PUBLIC_ANNOUNCEMENT_STATES.includes(a.state)) return a;
  if (viewer?.userId === a.ownerUserId) return a;
  if (
    viewer &&
    hasRole(viewer, Role.Supervisor) &&
    inJurisdiction(viewer, {
      divisionCode: a.divisionCode,
      departmentCode: a.departmentCode,
    })
  )
    return a;
  return null;
}

/** Reports whether the viewer sees a party's personal data (names of its representative, contact person and practitioners, contact mobile, staff identity numbers) unmasked: the owner, and ADMIN checking in jurisdiction. */
function mayReadPersonalData(
  party: PartyDocument,
  viewer: Viewer | undefined,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === party.ownerUserId) return true;
  return (
    hasRole(viewer, Role.Admin) &&
    inJurisdiction(viewer, { divisionCode: party.divisionCode })
  );
}

/**
 * Free text a user wrote (an objection or a complaint): raw for its author,
 * also through an agent, and with ID-card numbers, mobiles and credit codes
 * masked for everyone else, supervisors included.
 */
function ownFreeText(
  text: string,
  authorId: string,
  viewer: Viewer | undefined,
): string {
  if (viewer && (viewer.userId === authorId || viewer.onBehalfOf === authorId))
    return text;
  return maskIdentifiersInText(text);
}

function mayReadRegistration(party: PartyDocument, viewer: Viewer): boolean {
  if (party.ownerUserId === viewer.userId) return true;
  return (
    hasRole(viewer, Role.Admin, Role.Supervisor) &&
    inJurisdiction(viewer, { divisionCode: party.divisionCode })
  );
}

const REGISTRATION_STATES: RegistrationState[] = [
  'CHECKING',
  'CORRECTION_REQUIRED',
  'PUBLIC_NOTICE',
  'OBJECTED',
  'ADMITTED',
  'REFUSED',
];

/** Returns the profile an agency shows: the admitted one, or for an agency on notice the one under notice. */
function shownProfile(party: PartyDocument) {
  return party.current ?? party.submission;
}

function validOffers(party: PartyDocument) {
  const today = shanghaiDate(now());
  return shownProfile(party).offers.filter((o) => o.validUntil >= today);
}

/**
 * Intermediary marketplace resolvers. The published service list, the
 * showcase, announcements, result notices and draw verification are public;
 * registrations, bids and engagements are their owners' and, in
 * jurisdiction, the administration's and supervisors'.
 */
export const resolvers: Resolvers = {
  Query: {
    partyChanges: (_parent, args, ctx) => partyChanges(ctx, args),
    intermediaryStatistics: (_parent, args, ctx) =>
      intermediaryStatistics(ctx, args.filter),
    intermediaryServices: async (_parent, args, ctx) => {
      const status = args.status ?? 'PUBLISHED';
      if (!isServiceStatus(status))
        throw badInput(`Unknown service status ${status}.`, {
          field: 'status',
        });
      if (status !== 'PUBLISHED' && !ctx.viewer) throw unauthenticated();
      if (status !== 'PUBLISHED' && !canReadUnpublished(ctx.viewer)) {
        throw forbidden(
          `Only catalogue administrators and supervisors may list ${status} intermediary services.`,
        );
      }
      const services = await ctx.models.IntermediaryService.find({ status })
        .sort({ code: 1 })
        .lean<IntermediaryServiceDocument[]>();
      for (const service of services)
        ctx.serviceById.prime(service._id, service);
      return services;
    },
    intermediaryService: (_parent, args, ctx) =>
      findVisibleService(args.id, ctx),
    agencies: async (_parent, args, ctx) => {
      const first = pageRows(args.first);
      const filter: Record<string, unknown> = {
        kind: 'AGENCY',
        admitted: true,
      };
      if (args.serviceId != null) {
        if (!(await findVisibleService(args.serviceId, ctx)))
          throw notFound('Intermediary service', args.serviceId);
        filter.offeredServiceIds = args.serviceId;
      }
      if (args.keyword != null)
        filter['current.name'] = {
          $regex: escapeRegex(checkText(args.keyword, 'keyword', 1, 50)),
        };
      const agencies = await ctx.models.Party.find(filter)
        .sort({ 'current.name': 1, _id: 1 })
        .limit(first)
        .lean<PartyDocument[]>();
      return args.serviceId == null
        ? agencies
        : agencies.filter((a) =>
            validOffers(a).some((o) => o.serviceId === args.serviceId),
          );
    },
    agency: async (_parent, args, ctx) =>
      ctx.models.Party.findOne({
        _id: args.id,
        kind: 'AGENCY',
        admitted: true,
      }).lean<PartyDocument>(),
    agenciesOnNotice: async (_parent, args, ctx) => {
      const { skip, limit } = offsetPageWindow(args);
      const parties = await ctx.models.Party.find({
        kind: 'AGENCY',
        state: { $in: ['PUBLIC_NOTICE', 'OBJECTED'] },
      })
        .sort({ noticeStartsAt: 1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<PartyDocument[]>();
      // The notice shows what is being admitted: the submission, also for a change of an admitted agency.
      return parties.map((p) => ({ ...p, current: p.submission }));
    },
    myRegistrations: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.myRegistrations'],
      );
      const { skip, limit } = offsetPageWindow(args);
      let filter: Record<string, unknown> = { ownerUserId: viewer.userId };
      // An agent reads only the registrations its grant covers (agentCoversParty).
      const serviceIds = await agentServiceIds(ctx, ctx.models);
      if (serviceIds) {
        const own = await ctx.models.Party.find(filter).lean<PartyDocument[]>();
        filter = {
          _id: {
            $in: own
              .filter((p) => agentCoversParty(p, serviceIds))
              .map((p) => p._id),
          },
        };
      }
      return ctx.models.Party.find(filter)
        .sort({ submittedAt: 1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<PartyDocument[]>();
    },
    registration: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.registration'],
      );
      const party = await ctx.models.Party.findById(
        args.id,
      ).lean<PartyDocument>();
      if (!party || !mayReadRegistration(party, viewer)) return null;
      const serviceIds = await agentServiceIds(ctx, ctx.models);
      return !serviceIds || agentCoversParty(party, serviceIds) ? party : null;
    },
    registrations: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.registrations'],
      );
      if (!REGISTRATION_STATES.includes(args.state))
        throw badInput(`Unknown registration state ${args.state}.`, {
          field: 'state',
        });
      const first = pageRows(args.first);
      const parties = await ctx.models.Party.find({
        state: args.state,
        divisionCode: { $regex: `^${escapeRegex(viewer.divisionCode ?? '')}` },
      })
        .sort({ submittedAt: 1 })
        .limit(first)
        .lean<PartyDocument[]>();
      return parties.filter((p) =>
        inJurisdiction(viewer, { divisionCode: p.divisionCode }),
      );
    },
    announcements: async (_parent, args, ctx) => {
      const first = pageRows(args.first);
      const filter: Record<string, unknown> = {
        state: { $in: PUBLIC_ANNOUNCEMENT_STATES },
      };
      if (args.serviceId != null) filter.serviceId = args.serviceId;
      return ctx.models.Announcement.find(filter)
        .sort({ publishedAt: -1, _id: 1 })
        .limit(first)
        .lean<AnnouncementDocument[]>();
    },
    announcement: async (_parent, args, ctx) =>
      visibleAnnouncement(await ctx.announcementById.load(args.id), ctx.viewer),
    verifyDraw: async (_parent, args, ctx) => {
      const announcement = visibleAnnouncement(
        await ctx.announcementById.load(args.announcementId),
        ctx.viewer,
      );
      if (!announcement) throw notFound('Announcement', args.announcementId);
      const seed = args.seed ?? announcement.revealedSeed;
      if (seed == null)
        throw badInput(
          'The seed is revealed after the selection; pass a seed to check it against the commitment.',
          {
            field: 'seed',
          },
        );
      if (!isSeed(seed))
        throw badInput('A seed is 64 lower-case hex characters.', {
          field: 'seed',
        });
      const candidates = announcement.selection?.drawCandidates ?? [];
      return verifyDraw(
        seed,
        announcement.seedCommitment,
        announcement._id,
        candidates,
        candidates.length > 0
          ? (announcement.selection?.agencyId ?? null)
          : null,
      );
    },
    myBids: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.myBids'],
      );
      const agencies = await ctx.models.Party.find({
        ownerUserId: viewer.userId,
        kind: 'AGENCY',
      })
        .select({ _id: 1 })
        .lean<{ _id: string }[]>();
      const { skip, limit } = offsetPageWindow(args);
      return ctx.models.Bid.find({
        announcementId: args.announcementId,
        agencyId: { $in: agencies.map((a) => a._id) },
      })
        .sort({ round: 1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<BidDocument[]>();
    },
    announcementRegistrants: (_parent, args, ctx) =>
      announcementRegistrants(
        ctx.models,
        ctx.viewer,
        args.announcementId,
        args,
      ),
    resultNotices: async (_parent, args, ctx) => {
      const first = pageRows(args.first);
      const confirmed = await ctx.models.Announcement.find({
        state: 'CONFIRMED',
        confidential: false,
      })
        .sort({ 'resultNotice.publishedAt': -1 })
        .limit(first)
        .lean<AnnouncementDocument[]>();
      return confirmed
        .filter((a) => a.resultNotice)
        .map((a) => ({ announcementId: a._id, ...a.resultNotice! }));
    },
    myEngagements: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.myEngagements'],
      );
      const { skip, limit } = offsetPageWindow(args);
      const own = {
        $or: [
          { clientOwnerUserId: viewer.userId },
          { agencyOwnerUserId: viewer.userId },
        ],
      };
      // An agent reads only engagements of services its grant covers. An engagement's id is its announcement's.
      const serviceIds = await agentServiceIds(ctx, ctx.models);
      let filter: Record<string, unknown> = own;
      if (serviceIds) {
        const ownIds = await ctx.models.Engagement.find(own)
          .select({ _id: 1 })
          .lean<{ _id: string }[]>();
        const covered = await coveredAnnouncementIds(
          ctx.models,
          ownIds.map((e) => e._id),
          serviceIds,
        );
        filter = { _id: { $in: covered } };
      }
      return ctx.models.Engagement.find(filter)
        .sort({ confirmedAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<EngagementDocument[]>();
    },
    myAnnouncements: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.myAnnouncements'],
      );
      const { skip, limit } = offsetPageWindow(args);
      const serviceIds = await agentServiceIds(ctx, ctx.models);
      return ctx.models.Announcement.find({
        ownerUserId: viewer.userId,
        ...(serviceIds ? { serviceId: { $in: serviceIds } } : {}),
      })
        .sort({ createdAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<AnnouncementDocument[]>();
    },
    complaintChannels: () => complaintChannels(),
    myComplaints: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.myComplaints'],
      );
      const { skip, limit } = offsetPageWindow(args);
      const filter: Record<string, unknown> = { filedBy: viewer.userId };
      // An agent reads only complaints about announcements its grant covers.
      if (ctx.viewer?.agent) {
        const own = await ctx.models.Complaint.find(filter)
          .select({ announcementId: 1 })
          .lean<{ announcementId: string | null }[]>();
        const covered = await agentCoveredRecordIds(
          ctx,
          ctx.models,
          own.flatMap((c) => (c.announcementId ? [c.announcementId] : [])),
        );
        filter.announcementId = { $in: [...(covered ?? [])] };
      }
      return ctx.models.Complaint.find(filter)
        .sort({ filedAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<ComplaintDocument[]>();
    },
    intermediarySupervision: (_parent, _args, ctx) =>
      supervisionView(ctx.models, ctx.viewer),
    myIntermediaryNotifications: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Query.myIntermediaryNotifications'],
      );
      const { skip, limit } = offsetPageWindow(args);
      const filter: Record<string, unknown> = {
        recipientUserId: viewer.userId,
      };
      // An agent reads only messages about registrations and announcements its grant covers.
      if (ctx.viewer?.agent) {
        const own = await ctx.models.Notification.find(filter)
          .select({ recordId: 1 })
          .lean<{ recordId: string }[]>();
        const covered = await agentCoveredRecordIds(ctx, ctx.models, [
          ...new Set(own.map((n) => n.recordId)),
        ]);
        filter.recordId = { $in: [...(covered ?? [])] };
      }
      return ctx.models.Notification.find(filter)
        .sort({ sentAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<NotificationDocument[]>();
    },
  },
  Mutation: {
    createIntermediaryService: (_p, args, ctx) =>
      createService(ctx.models, ctx.viewer, args.input),
    publishIntermediaryService: (_p, args, ctx) =>
      publishService(
        ctx.models,
        ctx.viewer,
        args.id,
        args.expectedVersion,
        args.reason,
        ctx.log,
      ),
    changeIntermediaryService: (_p, args, ctx) =>
      changeService(
        ctx.models,
        ctx.viewer,
        args.id,
        args.expectedVersion,
        args.input,
        args.reason,
        ctx.log,
      ),
    withdrawIntermediaryService: (_p, args, ctx) =>
      withdrawService(
        ctx.models,
        ctx.viewer,
        args.id,
        args.expectedVersion,
        args.reason,
        ctx.log,
      ),
    registerCertificate: async (_p, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.intermediaries['Mutation.registerCertificate'],
      );
      requireOwnAccount(ctx.viewer, 'Registering a certificate');
      const { certificate, first, changed } = await storeCertificate(
        ctx.models,
        viewer,
        args.input,
      );
      if (first)
        await adoptFirstCertificate(
          ctx.models,
          viewer.userId,
          certificate.fingerprint,
          ctx.log,
        );
      if (changed) {
        const rechecked = await recheckAfterCertificateChange(
          ctx.models,
          viewer.userId,
          certificate.fingerprint,
          ctx.log,
        );
        ctx.log.info(
          { userId: viewer.userId, rechecked },
          'certificate changed',
        );
      }
      return certificate;
    },
    revokeCertificate: (_p, args, ctx) =>
      revokeCertificate(
        ctx.models,
        ctx.viewer,
        args.registrationId,
        args.reason,
        args.idempotencyKey,
        ctx,
      ),
    certificateChallenge: (_p, _args, ctx) =>
      issueChallenge(
        ctx.models,
        authorizeViewer(
          ctx.viewer,
          ACCESS_POLICY.intermediaries['Mutation.certificateChallenge'],
        ),
      ),
    certificateSignIn: (_p, args, ctx) =>
      signInWithCertificate(
        ctx.models,
        authorizeViewer(
          ctx.viewer,
          ACCESS_POLICY.intermediaries['Mutation.certificateSignIn'],
        ),
        args.challengeId,
        args.signature,
      ),
    registerClient: (_p, args, ctx) => {
      requireOwnAccount(ctx.viewer, 'Registration');
      return registerParty(
        ctx.models,
        'CLIENT',
        args.input,
        args.idempotencyKey,
        ctx.viewer,
      );
    },
    registerAgency: (_p, args, ctx) => {
      requireOwnAccount(ctx.viewer, 'Registration');
      return registerParty(
        ctx.models,
        'AGENCY',
        args.input,
        args.idempotencyKey,
        ctx.viewer,
      );
    },
    checkRegistration: (_p, args, ctx) =>
      checkRegistration(
        ctx.models,
        ctx.viewer,
        args.id,
        args.expectedVersion,
        args.corrections,
        ctx.log,
      ),
    correctRegistration: (_p, args, ctx) => {
      requireOwnAccount(ctx.viewer, 'Registration');
      return resubmitRegistration(
        ctx.models,
        ctx.viewer,
        args.id,
        args.expectedVersion,
        args.input,
        'CORRECTION_REQUIRED',
        ctx.log,
      );
    },
    changeRegistration: (_p, args, ctx) => {
      requireOwnAccount(ctx.viewer, 'Registration');
      return resubmitRegistration(
        ctx.models,
        ctx.viewer,
        args.id,
        args.expectedVersion,
        args.input,
        'ADMITTED',
        ctx.log,
      );
    },
    objectToRegistration: (_p, args, ctx) =>
      objectToRegistration(
        ctx.models,
        ctx.viewer,
        args.id,
        args.text,
        args.idempotencyKey,
        ctx.log,
      ),
    decideObjection: (_p, args, ctx) =>
      decideObjection(
        ctx.models,
        ctx.viewer,
        args.id,
        args.upheld,
        args.note,
        ctx.log,
      ),
    publishAnnouncement: (_p, args, ctx) =>
      publishAnnouncement(
        ctx.models,
        ctx.viewer,
        args.input,
        args.idempotencyKey,
      ),
    reviewAnnouncement: (_p, args, ctx) =>
      reviewAnnouncement(
        ctx.models,
        ctx.viewer,
        args.id,
        args.approve,
        args.note,
        ctx.log,
      ),
    requestAnnouncementWithdrawal: (_p, args, ctx) =>
      requestWithdrawal(
        ctx.models,
        ctx.viewer,
        args.id,
        args.reasonCode,
        args.reason,
        ctx.log,
      ),
    decideAnnouncementWithdrawal: (_p, args, ctx) =>
      decideWithdrawal(
        ctx.models,
        ctx.viewer,
        args.id,
        args.approve,
        args.note,
        ctx.log,
      ),
    registerForAnnouncement: (_p, args, ctx) =>
      registerForAnnouncement(ctx.models, ctx.viewer, args.announcementId),
    submitBid: (_p, args, ctx) =>
      submitBid(
        ctx.models,
        ctx.viewer,
        args.announcementId,
        args.amountFen,
        args.idempotencyKey,
      ),
    openBidRound: (_p, args, ctx) =>
      openBidRound(
        ctx.models,
        ctx.viewer,
        args.announcementId,
        args.expectedVersion,
        ctx.log,
      ),
    performSelection: (_p, args, ctx) =>
      performSelection(
        ctx.models,
        ctx.viewer,
        args.announcementId,
        args.expectedVersion,
        args.agencyId,
        ctx.log,
      ),
    confirmSelection: (_p, args, ctx) =>
      confirmSelection(
        ctx.models,
        ctx.viewer,
        args.announcementId,
        args.expectedVersion,
        ctx.log,
      ),
    uploadContract: (_p, args, ctx) =>
      uploadContract(
        ctx.models,
        ctx.viewer,
        args.engagementId,
        args.signedOn,
        args.document,
        args.lateReason,
        ctx.log,
      ),
    registerCompletion: (_p, args, ctx) =>
      registerCompletion(
        ctx.models,
        ctx.viewer,
        args.engagementId,
        args.deliverableReceivedOn,
        args.evaluation,
        args.lateReason,
        ctx.log,
      ),
    fileComplaint: (_p, args, ctx) =>
      fileComplaint(ctx.models, ctx.viewer, args.input, args.idempotencyKey),
    handleComplaint: (_p, args, ctx) =>
      handleComplaint(
        ctx.models,
        ctx.viewer,
        args.id,
        args.upheld,
        args.reply,
        ctx.log,
      ),
  },
  IntermediaryStatistics: intermediaryStatisticsResolvers,
  IntermediaryService: {
    __resolveReference: (ref, ctx) => findVisibleService(ref.id, ctx),
    id: (service) => service._id,
    version: (service) => service.version ?? 0,
    // FerretDB 1.24 drops an empty array from a $setOnInsert upsert, so a seeded service without items has no itemIds field.
    items: (service) => (service.itemIds ?? []).map((id) => ({ id })),
    changes: (service, _args, ctx) => ctx.changesByService.load(service._id),
  },
  IntermediaryServiceChange: {
    itemIds: (change) => change.itemIds ?? [],
    publishedAt: (change) => iso(change.publishedAt)!,
  },
  Item: {
    __resolveReference: (ref) => {
      authorize(
        undefined,
        ACCESS_POLICY.intermediaries['Item.__resolveReference'],
      );
      return ref;
    },
    intermediaryServices: (item, _args, ctx) =>
      ctx.publishedServicesByItemId.load(item.id),
  },
  Registration: {
    id: (p) => p._id,
    name: (p) => p.submission.name,
    representative: (p, _args, ctx) =>
      mayReadPersonalData(p, ctx.viewer)
        ? p.submission.representative
        : maskName(p.submission.representative),
    contactName: (p, _args, ctx) =>
      mayReadPersonalData(p, ctx.viewer)
        ? p.submission.contactName
        : maskName(p.submission.contactName),
    contactMobile: (p, _args, ctx) =>
      mayReadPersonalData(p, ctx.viewer)
        ? p.submission.contactMobile
        : maskMobile(p.submission.contactMobile),
    address: (p) => p.submission.address,
    qualifications: (p) => p.submission.qualifications,
    staff: (p, _args, ctx) =>
      mayReadPersonalData(p, ctx.viewer)
        ? p.submission.staff
        : p.submission.staff.map((member) => ({
            ...member,
            name: maskName(member.name),
            idCardNumber: maskIdCard(member.idCardNumber),
          })),
    offers: (p) => p.submission.offers,
    commitment: (p) => p.submission.commitment,
    documents: (p) => p.submission.documents,
    submittedAt: (p) => iso(p.submittedAt)!,
    checkedAt: (p) => iso(p.checkedAt),
    checkLate: (p) =>
      p.checkLate ||
      (p.state === 'CHECKING' && shanghaiDate(now()) > p.checkDueDate),
    noticeStartsAt: (p) => iso(p.noticeStartsAt),
    noticeEndsAt: (p) => iso(p.noticeEndsAt),
    correctionNotices: (p, _args, ctx) => ctx.noticesByParty.load(p._id),
    objections: (p, _args, ctx) => ctx.objectionsByParty.load(p._id),
    certificate: (p, _args, ctx) => ctx.certificateByUser.load(p.ownerUserId),
  },
  Agency: {
    id: (p) => p._id,
    name: (p) => shownProfile(p).name,
    creditCode: (p) => p.creditCode,
    // The showcase is public, so the representative's name is masked for every viewer.
    representative: (p) => maskName(shownProfile(p).representative),
    address: (p) => shownProfile(p).address,
    qualifications: (p) => shownProfile(p).qualifications,
    // The showcase is public, so practitioners' names are masked for viewers other than the owner and ADMIN in jurisdiction.
    staff: (p, _args, ctx) =>
      mayReadPersonalData(p, ctx.viewer)
        ? shownProfile(p).staff
        : shownProfile(p).staff.map((member) => ({
            ...member,
            name: maskName(member.name),
          })),
    offers: (p) => validOffers(p),
    serviceIds: (p) => validOffers(p).map((o) => o.serviceId),
    services: async (p, _args, ctx) => {
      const services = await ctx.serviceById.loadMany(
        validOffers(p).map((o) => o.serviceId),
      );
      return services.filter(
        (s): s is IntermediaryServiceDocument =>
          !(s instanceof Error) && visibleService(s, ctx.viewer) !== null,
      );
    },
    commitment: (p) => shownProfile(p).commitment,
    completedEngagements: async (p, _args, ctx) =>
      (await ctx.credit.load(p._id)).completedEngagements,
    credit: (p, _args, ctx) => ctx.credit.load(p._id),
    status: (p) => {
      if (p.admitted) return 'APPROVED';
      return p.state === 'REFUSED' ? 'REJECTED' : 'PENDING';
    },
  },
  ServiceOffer: {
    service: (offer, _args, ctx) => findVisibleService(offer.serviceId, ctx),
  },
  Certificate: {
    registeredAt: (c) => iso(c.registeredAt)!,
    revocation: (c, _args, ctx) =>
      ctx.revocationById.load(revocationId(c._id, c.fingerprint)),
  },
  CertificateRevocation: {
    revokedAt: (r) => iso(r.revokedAt)!,
  },
  CertificateChallenge: {
    id: (c) => c._id,
    expiresAt: (c) => iso(c.expiresAt)!,
  },
  CertificateSession: {
    expiresAt: (s) => iso(s.expiresAt)!,
  },
  RegistrationCorrectionNotice: {
    issuedAt: (n) => iso(n.issuedAt)!,
  },
  Objection: {
    id: (o) => o._id,
    registrationId: (o) => o.partyId,
    text: (o, _args, ctx) => ownFreeText(o.text, o.raisedBy, ctx.viewer),
    raisedAt: (o) => iso(o.raisedAt)!,
  },
  CreditEntry: {
    at: (e) => iso(e.at)!,
  },
  Announcement: {
    id: (a) => a._id,
    service: (a, _args, ctx) => findVisibleService(a.serviceId, ctx),
    registrationDeadline: (a) => iso(a.registrationDeadline)!,
    selectionTime: (a) => iso(a.selectionTime)!,
    publishedAt: (a) => iso(a.publishedAt),
    registrationCount: async (a, _args, ctx) =>
      (await ctx.registrationsByAnnouncement.load(a._id)).length,
    resultNotice: (a) =>
      a.confidential || !a.resultNotice
        ? null
        : { announcementId: a._id, ...a.resultNotice },
    agentName: (a, _args, ctx) =>
      seesAgent(a, ctx.viewer) ? (a.agentName ?? null) : null,
    confirmedByAgentName: (a, _args, ctx) =>
      seesAgent(a, ctx.viewer)
        ? (a.selection?.confirmedByAgentName ?? null)
        : null,
  },
  Selection: {
    selectedAt: (s) => iso(s.selectedAt)!,
    confirmedAt: (s) => iso(s.confirmedAt),
  },
  ResultNotice: {
    publishedAt: (n) => iso(n.publishedAt)!,
  },
  AnnouncementRegistrant: {
    registeredAt: (r) => iso(r.registeredAt)!,
  },
  Bid: {
    submittedAt: (b) => iso(b.submittedAt)!,
  },
  Engagement: {
    id: (e) => e._id,
    announcement: async (e, _args, ctx) => {
      const announcement = await ctx.announcementById.load(e._id);
      if (!announcement) throw notFound('Announcement', e._id);
      return announcement;
    },
    clientId: (e) => e.clientPartyId,
    agencyId: (e) => e.agencyPartyId,
    contractUploadedAt: (e) => iso(e.contractUploadedAt),
    completedAt: (e) => iso(e.completedAt),
    completionAgentName: async (e, _args, ctx) => {
      // The agency also reads its engagements, but only the client and supervision see the agent.
      const announcement = await ctx.announcementById.load(e._id);
      return announcement && seesAgent(announcement, ctx.viewer)
        ? (e.completionAgentName ?? null)
        : null;
    },
  },
  EngagementEvaluation: {
    evaluatedAt: (e) => iso(e.evaluatedAt)!,
  },
  Complaint: {
    id: (c) => c._id,
    text: (c, _args, ctx) => ownFreeText(c.text, c.filedBy, ctx.viewer),
    filedAt: (c) => iso(c.filedAt)!,
  },
  IntermediaryNotification: {
    id: (n) => n._id,
    sentAt: (n) => iso(n.sentAt)!,
  },
};
