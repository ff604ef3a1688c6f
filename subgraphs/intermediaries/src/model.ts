import { Schema, type Connection, type Model } from 'mongoose';

export const SERVICE_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * Documents of this subgraph are typed by the interfaces below. The schemas
 * declare only indexed fields and are not strict, so a document is stored as
 * written. Every state change goes through changeAtVersion, so each document
 * that changes state carries a `version`.
 */

export interface IntermediaryServiceDocument {
  _id: string;
  code: string;
  name: string;
  description: string;
  departmentCode: string;
  status: ServiceStatus;
  /** Implementation codes of the approval items that need this service. */
  itemIds?: string[];
  version: number;
}

/** One published change of a service entry; `_id` is `<serviceId>:<version>`. */
export interface ServiceChangeDocument {
  _id: string;
  serviceId: string;
  version: number;
  kind: 'PUBLISHED' | 'CHANGED' | 'WITHDRAWN';
  reason: string;
  name: string;
  description: string;
  itemIds: string[];
  publishedAt: Date;
  by: string;
  /** When the record was inserted ahead of its change; see companion.ts. */
  claimedAt: Date;
}

export type KeyAlgorithm = 'ECDSA_P256' | 'ED25519';

/** The registered certificate key of one legal person; `_id` is the user id. */
export interface CertificateDocument {
  _id: string;
  publicKeyPem: string;
  algorithm: KeyAlgorithm;
  fingerprint: string;
  serialNumber: string;
  validUntil: string;
  registeredAt: Date;
}

/**
 * A revocation of a certificate key by the administration, for a holder who
 * lost a key that is still valid. `_id` is `<userId>:<fingerprint>`, so a key
 * is revoked once and a new key of the same holder is never affected.
 */
export interface CertificateRevocationDocument {
  _id: string;
  userId: string;
  /** Registration the administrator named. */
  registrationId: string;
  fingerprint: string;
  serialNumber: string;
  reason: string;
  revokedBy: string;
  revokedAt: Date;
  idempotencyKey: string;
  /** hashRequest of the revoking request, so reusing the key for another request is a CONFLICT. */
  requestHash: string;
}

export interface ChallengeDocument {
  _id: string;
  userId: string;
  fingerprint: string;
  nonce: string;
  expiresAt: Date;
}

/** A certificate sign-in bound to one platform session; `_id` is `<userId>:<sessionId>`. */
export interface CertificateSessionDocument {
  _id: string;
  fingerprint: string;
  expiresAt: Date;
}

export type PartyKind = 'CLIENT' | 'AGENCY';
export type RegistrationState =
  | 'CHECKING'
  | 'CORRECTION_REQUIRED'
  | 'PUBLIC_NOTICE'
  | 'OBJECTED'
  | 'ADMITTED'
  | 'REFUSED';
export type DocumentKind =
  | 'BUSINESS_LICENCE'
  | 'REPRESENTATIVE_ID'
  | 'QUALIFICATION'
  | 'COMMITMENT'
  | 'CONTRACT';

export interface QualificationRecord {
  serviceId: string;
  name: string;
  certificateNo: string;
  validFrom: string;
  validUntil: string;
}

export interface StaffRecord {
  name: string;
  idCardNumber: string;
  qualification: string;
  certificateNo: string;
}

export interface OfferRecord {
  serviceId: string;
  validUntil: string;
}

export interface DocumentRecord {
  kind: DocumentKind;
  fileId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** A party's registered information: checked as a whole, shown once admitted. */
export interface Profile {
  name: string;
  creditCode: string;
  representative: string;
  contactName: string;
  contactMobile: string;
  address: string;
  qualifications: QualificationRecord[];
  staff: StaffRecord[];
  offers: OfferRecord[];
  commitment: string | null;
  documents: DocumentRecord[];
  /** Fingerprint of the certificate key when the profile was submitted. */
  certificateFingerprint: string;
}

export interface PartyDocument {
  _id: string;
  kind: PartyKind;
  ownerUserId: string;
  divisionCode: string;
  creditCode: string;
  idempotencyKey: string;
  /** hashRequest of the registering request, so reusing the key for another request is a CONFLICT. */
  requestHash?: string | null;
  version: number;
  state: RegistrationState;
  round: number;
  submittedAt: Date;
  /** Last day of the check of this round, Asia/Shanghai date. */
  checkDueDate: string;
  checkedAt: Date | null;
  checkLate: boolean;
  noticeStartsAt: Date | null;
  noticeEndsAt: Date | null;
  admitted: boolean;
  admittedAt: Date | null;
  /** Department of the industry regulator: the authority of the first service item offered. */
  regulatorDepartmentCode: string | null;
  /** The profile under check, or the admitted one when nothing is under check. */
  submission: Profile;
  /** The admitted profile shown in the showcase; null until first admission. */
  current: Profile | null;
  /** Service ids of the admitted profile, for the showcase search. */
  offeredServiceIds: string[];
  /** The objection that paused the public notice, while it is open. */
  openObjectionId?: string | null;
  /** Working days of the notice still to serve when an objection paused it. */
  noticeWorkingDaysLeft?: number | null;
}

export interface StoredFileDocument {
  _id: string;
  ownerUserId: string;
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Buffer;
  uploadedAt: Date;
}

/** `_id` is `<partyId>:<round>`, so one check round has at most one notice. */
export interface CorrectionNoticeDocument {
  _id: string;
  partyId: string;
  round: number;
  corrections: { field: string; problem: string }[];
  issuedAt: Date;
  by: string;
  /** When the notice was inserted ahead of its state change; see companion.ts. */
  claimedAt: Date;
}

export interface ObjectionDocument {
  _id: string;
  partyId: string;
  round: number;
  text: string;
  raisedBy: string;
  state: 'OPEN' | 'UPHELD' | 'DISMISSED';
  regulatorDepartmentCode: string;
  divisionCode: string;
  raisedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionNote: string | null;
  idempotencyKey: string;
  /** hashRequest of the objecting request, so reusing the key for another request is a CONFLICT. */
  requestHash: string;
  version: number;
}

/**
 * One of a user's daily objection slots. `_id` is `<userId>:<day>:<n>`, with
 * the Asia/Shanghai day and n from 1 to the daily maximum. The unique `_id`
 * thus caps the objections of a day, also under concurrent requests.
 */
export interface ObjectionSlotDocument {
  _id: string;
  /** Idempotency key of the objection that claimed the slot. */
  idempotencyKey: string;
  claimedAt: Date;
}

export type SelectionMethod = 'RANDOM' | 'LOWEST_BID' | 'DIRECT';
export type AnnouncementState =
  | 'UNDER_REVIEW'
  | 'PUBLISHED'
  | 'WITHDRAWAL_REQUESTED'
  | 'WITHDRAWN'
  | 'REFUSED'
  | 'SELECTED'
  | 'CONFIRMED'
  | 'FAILED';

export interface WithdrawalRecord {
  reasonCode: string;
  reason: string;
  state: 'REQUESTED' | 'APPROVED' | 'REFUSED';
  decisionNote: string | null;
}

export interface SelectionRecord {
  agencyId: string;
  agencyName: string;
  priceFen: number;
  method: SelectionMethod;
  drawCandidates: string[];
  selectedAt: Date;
  confirmedAt: Date | null;
  /** Name of the agent who confirmed for the client; null when the client's own account did. */
  confirmedByAgentName?: string | null;
}

export interface AnnouncementDocument {
  _id: string;
  clientPartyId: string;
  ownerUserId: string;
  clientName: string;
  divisionCode: string;
  departmentCode: string;
  projectName: string;
  serviceId: string;
  content: string;
  registrationDeadline: Date;
  selectionTime: Date;
  method: SelectionMethod;
  feeFen: number;
  conditions: string[];
  flags: { index: number; clause: string; reason: string }[];
  confidential: boolean;
  state: AnnouncementState;
  version: number;
  publishedAt: Date | null;
  /** The draw seed (hex); secret until revealedSeed is set. */
  seed: string;
  seedCommitment: string;
  revealedSeed: string | null;
  bidRound: number;
  /** Agencies tied at the lowest bid when the open round after round 1 was opened: the only ones that bid in it. */
  bidRoundAgencyIds?: string[];
  selection: SelectionRecord | null;
  resultNotice: { text: string; publishedAt: Date } | null;
  withdrawal: WithdrawalRecord | null;
  reviewNote: string | null;
  replaces: string | null;
  idempotencyKey: string;
  /** hashRequest of the publishing request, so reusing the key for another request is a CONFLICT. */
  requestHash?: string | null;
  /** The citizen who published as agent for the client; null when the client's own account did. */
  agentUserId?: string | null;
  agentName?: string | null;
  createdAt: Date;
}

/** `_id` is `<announcementId>:<agencyId>`: an agency registers once. */
export interface AnnouncementRegistrationDocument {
  _id: string;
  announcementId: string;
  agencyId: string;
  agencyName: string;
  registeredAt: Date;
}

/** `_id` is `<announcementId>:<round>:<agencyId>`: one bid per agency and round. */
export interface BidDocument {
  _id: string;
  announcementId: string;
  round: number;
  agencyId: string;
  amountFen: number;
  submittedAt: Date;
  submittedBy: string;
  idempotencyKey: string;
  /** hashRequest of the bidding request, so reusing the key for another request is a CONFLICT. */
  requestHash: string;
}

export interface EvaluationRecord {
  quality: number;
  timeliness: number;
  attitude: number;
  fees: number;
  conduct: number;
  comment: string | null;
  evaluatedAt: Date;
}

export type EngagementState = 'AWAITING_CONTRACT' | 'CONTRACTED' | 'COMPLETED';

/** `_id` is the announcement id: one engagement per announcement. */
export interface EngagementDocument {
  _id: string;
  clientPartyId: string;
  clientOwnerUserId: string;
  clientName: string;
  agencyPartyId: string;
  agencyOwnerUserId: string;
  agencyName: string;
  priceFen: number;
  divisionCode: string;
  state: EngagementState;
  version: number;
  confirmedAt: Date;
  signedOn: string | null;
  contractDueDate: string | null;
  contractUploadedAt: Date | null;
  contractLate: boolean;
  contractLateReason: string | null;
  contractFileId: string | null;
  deliverableReceivedOn: string | null;
  completionDueDate: string | null;
  completedAt: Date | null;
  completionLate: boolean;
  completionLateReason: string | null;
  evaluation: EvaluationRecord | null;
  /** The citizen who registered completion as agent for the client; null when the client's own account did. */
  completionAgentUserId?: string | null;
  completionAgentName?: string | null;
}

export interface ComplaintDocument {
  _id: string;
  agencyId: string | null;
  announcementId: string | null;
  text: string;
  filedBy: string;
  divisionCode: string;
  state: 'OPEN' | 'UPHELD' | 'DISMISSED';
  reply: string | null;
  filedAt: Date;
  idempotencyKey: string;
  /** hashRequest of the complaint request, so reusing the key for another request is a CONFLICT. */
  requestHash: string;
  version: number;
}

/** `_id` names the event, so a notification sent by a retried step is stored once. */
export interface NotificationDocument {
  _id: string;
  recipientUserId: string;
  recordId: string;
  text: string;
  sentAt: Date;
}

const loose = { strict: false, versionKey: false } as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are typed by the interfaces above, not inferred from the schema
type LooseSchema = Schema<any>;

function schema(
  fields: Record<string, unknown>,
  indexes: [Record<string, 1 | -1>, { unique?: boolean }?][] = [],
  options: { timestamps?: boolean } = {},
): LooseSchema {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see LooseSchema
  const s: LooseSchema = new Schema<any>(
    { _id: { type: String, required: true }, ...fields },
    { ...loose, ...options },
  );
  for (const [fields_, options] of indexes) s.index(fields_, options ?? {});
  return s;
}

export function registerModels(connection: Connection) {
  // Queries are typed loosely and results cast with lean<T>(): mongoose's
  // type-level dotted paths of deeply nested documents such as PartyDocument
  // exhaust the type checker.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- see above
  const model = <T>(
    name: string,
    s: LooseSchema,
    collection: string,
  ): Model<any> =>
    connection.model(name, s, collection) as unknown as Model<any>;
  return {
    IntermediaryService: model<IntermediaryServiceDocument>(
      'IntermediaryService',
      schema(
        {
          code: String,
          status: String,
          itemIds: [String],
          version: { type: Number, default: 0 },
        },
        [
          [{ code: 1 }, { unique: true }],
          [{ itemIds: 1 }],
          [{ status: 1, code: 1 }],
        ],
      ),
      'intermediary_services',
    ),
    ServiceChange: model<ServiceChangeDocument>(
      'ServiceChange',
      schema({ serviceId: String }, [[{ serviceId: 1, version: 1 }]]),
      'service_changes',
    ),
    Certificate: model<CertificateDocument>(
      'Certificate',
      schema({}),
      'certificates',
    ),
    CertificateRevocation: model<CertificateRevocationDocument>(
      'CertificateRevocation',
      schema({ userId: String }, [
        [{ userId: 1 }],
        [{ idempotencyKey: 1 }, { unique: true }],
      ]),
      'certificate_revocations',
    ),
    Challenge: model<ChallengeDocument>('Challenge', schema({}), 'challenges'),
    ChallengeUse: model<{ _id: string; at: Date }>(
      'ChallengeUse',
      schema({}),
      'challenge_uses',
    ),
    CertificateSession: model<CertificateSessionDocument>(
      'CertificateSession',
      schema({}),
      'certificate_sessions',
    ),
    Party: model<PartyDocument>(
      'Party',
      schema(
        { kind: String, creditCode: String, state: String },
        [
          [{ kind: 1, creditCode: 1 }, { unique: true }],
          [{ idempotencyKey: 1 }, { unique: true }],
          [{ ownerUserId: 1 }],
          [{ state: 1, submittedAt: 1 }],
          [{ kind: 1, admitted: 1, offeredServiceIds: 1 }],
          // The data catalogue's change feed reads parties in this order.
          [{ updatedAt: 1, _id: 1 }],
        ],
        { timestamps: true },
      ),
      'parties',
    ),
    StoredFile: model<StoredFileDocument>(
      'StoredFile',
      schema({ data: Buffer }),
      'stored_files',
    ),
    CorrectionNotice: model<CorrectionNoticeDocument>(
      'CorrectionNotice',
      schema({ partyId: String }, [[{ partyId: 1 }]]),
      'correction_notices',
    ),
    Objection: model<ObjectionDocument>(
      'Objection',
      schema({ partyId: String, state: String }, [
        [{ partyId: 1 }],
        [{ state: 1 }],
        [{ idempotencyKey: 1 }, { unique: true }],
        // One objection per user and public notice: a notice is one check round of the registration.
        [{ partyId: 1, round: 1, raisedBy: 1 }, { unique: true }],
        [{ raisedBy: 1, raisedAt: 1 }],
      ]),
      'objections',
    ),
    ObjectionSlot: model<ObjectionSlotDocument>(
      'ObjectionSlot',
      schema({}),
      'objection_slots',
    ),
    Announcement: model<AnnouncementDocument>(
      'Announcement',
      schema({ state: String }, [
        [{ idempotencyKey: 1 }, { unique: true }],
        [{ state: 1, publishedAt: -1 }],
        [{ ownerUserId: 1 }],
      ]),
      'announcements',
    ),
    AnnouncementRegistration: model<AnnouncementRegistrationDocument>(
      'AnnouncementRegistration',
      schema({ announcementId: String }, [[{ announcementId: 1 }]]),
      'announcement_registrations',
    ),
    Bid: model<BidDocument>(
      'Bid',
      schema({ announcementId: String }, [
        [{ announcementId: 1, round: 1 }],
        [{ idempotencyKey: 1 }, { unique: true }],
      ]),
      'bids',
    ),
    Engagement: model<EngagementDocument>(
      'Engagement',
      schema({}, [
        [{ clientOwnerUserId: 1 }],
        [{ agencyOwnerUserId: 1 }],
        [{ agencyPartyId: 1 }],
        [{ confirmedAt: 1, divisionCode: 1 }],
      ]),
      'engagements',
    ),
    Complaint: model<ComplaintDocument>(
      'Complaint',
      schema({ state: String }, [
        [{ state: 1 }],
        [{ filedBy: 1 }],
        [{ agencyId: 1, state: 1 }],
        [{ idempotencyKey: 1 }, { unique: true }],
      ]),
      'complaints',
    ),
    Notification: model<NotificationDocument>(
      'Notification',
      schema({}, [[{ recipientUserId: 1, sentAt: -1 }]]),
      'notifications',
    ),
  };
}

export type IntermediaryModels = ReturnType<typeof registerModels>;
