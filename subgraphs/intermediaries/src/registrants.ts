import {
  ACCESS_POLICY,
  authorizeViewer,
  forbidden,
  hasRole,
  inJurisdiction,
  offsetPageWindow,
  Role,
  shanghaiDate,
  type Viewer,
} from '@ykb/common';
import { GraphQLError } from 'graphql';
import { checkEligibility, loadAnnouncement } from './announcements.js';
import { now } from './clock.js';
import type {
  AnnouncementDocument,
  AnnouncementRegistrationDocument,
  BidDocument,
  IntermediaryModels,
  PartyDocument,
} from './model.js';

/** A registered agency with its eligibility today and its bids of closed rounds. */
export interface Registrant {
  agencyId: string;
  agencyName: string;
  registeredAt: Date;
  eligible: boolean;
  ineligibleReason: string | null;
  bids: BidDocument[];
}

/** Reports whether the viewer owns the announcement or supervises it in jurisdiction. */
function mayReadRegistrants(
  viewer: Viewer,
  announcement: AnnouncementDocument,
): boolean {
  if (viewer.userId === announcement.ownerUserId) return true;
  return (
    hasRole(viewer, Role.Supervisor, Role.Admin) &&
    inJurisdiction(viewer, {
      divisionCode: announcement.divisionCode,
      departmentCode: announcement.departmentCode,
    })
  );
}

/**
 * States in which bidding can still resume: a refused withdrawal request
 * returns the announcement to PUBLISHED, so its open round stays sealed.
 */
const BIDDING_STATES = new Set(['PUBLISHED', 'WITHDRAWAL_REQUESTED']);

/**
 * Returns the last bid round whose bids may be shown: the rounds before the
 * open one while bidding can resume, and every round once selection or the
 * end of the announcement closed bidding.
 */
export function lastClosedRound(announcement: AnnouncementDocument): number {
  if (announcement.method !== 'LOWEST_BID') return 0;
  return BIDDING_STATES.has(announcement.state)
    ? announcement.bidRound - 1
    : announcement.bidRound;
}

/** Returns the ineligibility reason code of an agency for the announcement today, or null. */
function ineligibilityOf(
  agency: PartyDocument | null,
  announcement: AnnouncementDocument,
  today: string,
): string | null {
  try {
    checkEligibility(agency, announcement, today);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const reason = error.extensions.reason;
    if (typeof reason !== 'string') throw error;
    return reason;
  }
}

/**
 * Lists the agencies registered for an announcement, oldest registration
 * first. Only the announcement's client and SUPERVISOR or ADMIN in
 * jurisdiction may read them; other viewers get FORBIDDEN, because the list
 * names competitors and their bids.
 */
export async function announcementRegistrants(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  announcementId: string,
  page: { first?: number | null; offset?: number | null },
): Promise<Registrant[]> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Query.announcementRegistrants'],
  );
  const { skip, limit } = offsetPageWindow(page);
  const announcement = await loadAnnouncement(models, announcementId);
  if (!mayReadRegistrants(viewer, announcement))
    throw forbidden(
      'Only the announcement’s client and the supervisors in its jurisdiction may list the agencies registered for it.',
    );
  const registrations = await models.AnnouncementRegistration.find({
    announcementId,
  })
    .sort({ registeredAt: 1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<AnnouncementRegistrationDocument[]>();
  const agencyIds = registrations.map((r) => r.agencyId);
  const [agencies, bids] = await Promise.all([
    models.Party.find({ _id: { $in: agencyIds } }).lean<PartyDocument[]>(),
    models.Bid.find({
      announcementId,
      agencyId: { $in: agencyIds },
      round: { $lte: lastClosedRound(announcement) },
    })
      .sort({ round: 1, _id: 1 })
      .lean<BidDocument[]>(),
  ]);
  const today = shanghaiDate(now());
  return registrations.map((registration) => {
    const agency =
      agencies.find((a) => a._id === registration.agencyId) ?? null;
    const ineligibleReason = ineligibilityOf(agency, announcement, today);
    return {
      agencyId: registration.agencyId,
      agencyName: registration.agencyName,
      registeredAt: registration.registeredAt,
      eligible: ineligibleReason === null,
      ineligibleReason,
      bids: bids.filter((b) => b.agencyId === registration.agencyId),
    };
  });
}
