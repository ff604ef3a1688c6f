import { randomUUID } from 'node:crypto';
import {
  appError,
  authorizeViewer,
  ACCESS_POLICY,
  badInput,
  changeAtVersion,
  checkCreditCode,
  checkIdCard,
  checkMobile,
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
import { requireCertificateSession } from './certificates.js';
import { now } from './clock.js';
import {
  CHECK_WORKING_DAYS,
  checkIsoDate,
  isAfterDay,
  NOTICE_WORKING_DAYS,
  noticeDaysLeft,
  noticeEnd,
  workingDaysAfter,
} from './deadlines.js';
import { readFile, storeFiles, type FileInput } from './files.js';
import type {
  DocumentKind,
  IntermediaryModels,
  IntermediaryServiceDocument,
  ObjectionDocument,
  OfferRecord,
  PartyDocument,
  PartyKind,
  Profile,
  QualificationRecord,
  StaffRecord,
} from './model.js';
import { insertCompanion, removeCompanion } from './companion.js';
import { notify } from './notify.js';
import { changeRecord, stale, wrongState } from './stateChange.js';
import {
  checkCount,
  checkIdempotencyKey,
  checkText,
  replayOf,
} from './text.js';

/**
 * Registration of clients (委托人, A.1) and agencies (中介服务机构, A.2):
 * submission with scanned documents, the administration's consistency check
 * within 1 working day, one correction notice per check, resubmission that
 * restarts the check, an agency's 5-day public notice with objections
 * referred to the industry regulator, automatic admission when the notice
 * ends without objection, and changes that repeat the check (A.3, A.4).
 */

export interface RegistrationInput {
  name: string;
  creditCode: string;
  representative: string;
  contactName: string;
  contactMobile: string;
  address: string;
  qualifications?: QualificationRecord[] | null;
  staff?: StaffRecord[] | null;
  serviceIds?: string[] | null;
  commitment?: string | null;
  documents: { kind: DocumentKind; fileName: string; contentBase64: string }[];
}

const REQUIRED_DOCUMENTS: Record<PartyKind, DocumentKind[]> = {
  CLIENT: ['BUSINESS_LICENCE', 'REPRESENTATIVE_ID'],
  AGENCY: [
    'BUSINESS_LICENCE',
    'REPRESENTATIVE_ID',
    'QUALIFICATION',
    'COMMITMENT',
  ],
};

function checkPartyCreditCode(raw: string): string {
  const result = checkCreditCode(raw);
  if (!result.valid)
    throw appError(
      ErrorCode.InvalidCreditCode,
      `Credit code ${result.normalized} is invalid because ${
        result.problem === 'CHECK_DIGIT'
          ? 'its check character is wrong'
          : 'it is not 18 characters from 0-9 and A-Z without I, O, S, V, Z'
      }.`,
      { field: 'creditCode', problem: result.problem },
    );
  return result.normalized;
}

async function publishedServices(
  models: IntermediaryModels,
  ids: string[],
): Promise<Map<string, IntermediaryServiceDocument>> {
  const found = await models.IntermediaryService.find({
    _id: { $in: ids },
    status: 'PUBLISHED',
  }).lean<IntermediaryServiceDocument[]>();
  return new Map(found.map((s) => [s._id, s]));
}

function checkQualifications(
  raw: readonly QualificationRecord[],
  services: Map<string, IntermediaryServiceDocument>,
): QualificationRecord[] {
  return raw.map((q, i) => {
    if (!services.has(q.serviceId))
      throw badInput(
        `qualifications[${i}] names ${q.serviceId}, which is not a published intermediary service.`,
        { field: `qualifications[${i}].serviceId` },
      );
    const validFrom = checkIsoDate(
      q.validFrom,
      `qualifications[${i}].validFrom`,
    );
    const validUntil = checkIsoDate(
      q.validUntil,
      `qualifications[${i}].validUntil`,
    );
    if (validUntil < validFrom)
      throw badInput(`qualifications[${i}] ends before it starts.`, {
        field: `qualifications[${i}].validUntil`,
      });
    return {
      serviceId: q.serviceId,
      name: checkText(q.name, `qualifications[${i}].name`, 2, 100),
      certificateNo: checkText(
        q.certificateNo,
        `qualifications[${i}].certificateNo`,
        2,
        64,
      ),
      validFrom,
      validUntil,
    };
  });
}

function checkStaff(raw: readonly StaffRecord[]): StaffRecord[] {
  return raw.map((s, i) => {
    const card = checkIdCard(s.idCardNumber);
    if (!card.valid)
      throw appError(
        ErrorCode.InvalidIdCard,
        `staff[${i}] has an invalid identity card number (${card.problem}).`,
        { field: `staff[${i}].idCardNumber`, problem: card.problem },
      );
    return {
      name: checkText(s.name, `staff[${i}].name`, 2, 30),
      idCardNumber: card.normalized,
      qualification: checkText(
        s.qualification,
        `staff[${i}].qualification`,
        2,
        60,
      ),
      certificateNo: checkText(
        s.certificateNo,
        `staff[${i}].certificateNo`,
        2,
        64,
      ),
    };
  });
}

/**
 * Offers of the chosen service items (A.2 b): each must be covered by a
 * qualification valid today, and is valid as long as the latest-ending such
 * qualification.
 */
export function alignOffers(
  serviceIds: readonly string[],
  qualifications: readonly QualificationRecord[],
  today: string,
): OfferRecord[] {
  return [...new Set(serviceIds)].map((serviceId) => {
    const covering = qualifications.filter(
      (q) =>
        q.serviceId === serviceId &&
        q.validFrom <= today &&
        q.validUntil >= today,
    );
    if (covering.length === 0)
      throw appError(
        ErrorCode.QualificationNotCovered,
        `Service item ${serviceId} is not covered by a qualification valid today; add the qualification certificate or remove the item.`,
        { field: 'serviceIds', serviceId },
      );
    return {
      serviceId,
      validUntil: covering
        .map((q) => q.validUntil)
        .sort()
        .at(-1)!,
    };
  });
}

/** Checks a submission and reads its scans; the scans are stored by the caller. */
async function buildProfile(
  models: IntermediaryModels,
  kind: PartyKind,
  input: RegistrationInput,
  owner: string,
  fingerprint: string,
): Promise<{ profile: Profile; files: ReturnType<typeof readFile>[] }> {
  const base = {
    name: checkText(input.name, 'name', 2, 100),
    creditCode: checkPartyCreditCode(input.creditCode),
    representative: checkText(input.representative, 'representative', 2, 30),
    contactName: checkText(input.contactName, 'contactName', 2, 30),
    contactMobile: (() => {
      const mobile = checkMobile(input.contactMobile);
      if (!mobile.valid)
        throw appError(
          ErrorCode.InvalidMobile,
          'contactMobile is not a mainland mobile number.',
          {
            field: 'contactMobile',
          },
        );
      return mobile.normalized;
    })(),
    address: checkText(input.address, 'address', 2, 200),
  };
  let qualifications: QualificationRecord[] = [];
  let staff: StaffRecord[] = [];
  let offers: OfferRecord[] = [];
  let commitment: string | null = null;
  if (kind === 'AGENCY') {
    const rawQualifications = checkCount(
      input.qualifications,
      'qualifications',
      1,
      50,
    );
    const serviceIds = checkCount(input.serviceIds, 'serviceIds', 1, 20);
    const services = await publishedServices(models, [
      ...serviceIds,
      ...rawQualifications.map((q) => q.serviceId),
    ]);
    const unknown = serviceIds.filter((id) => !services.has(id));
    if (unknown.length > 0)
      throw badInput(
        `Unknown or unpublished intermediary services: ${unknown.join(', ')}.`,
        {
          field: 'serviceIds',
          unknown,
        },
      );
    qualifications = checkQualifications(rawQualifications, services);
    staff = checkStaff(checkCount(input.staff, 'staff', 1, 200));
    offers = alignOffers(serviceIds, qualifications, shanghaiDate(now()));
    commitment = checkText(input.commitment, 'commitment', 10, 2000);
  } else if (
    (input.qualifications?.length ?? 0) > 0 ||
    (input.staff?.length ?? 0) > 0 ||
    (input.serviceIds?.length ?? 0) > 0
  ) {
    throw badInput(
      'A client registers no qualifications, staff or service items.',
      {
        field: 'serviceIds',
      },
    );
  }
  const documents = checkCount(input.documents, 'documents', 1, 20);
  const missing = REQUIRED_DOCUMENTS[kind].filter(
    (k) => !documents.some((d) => d.kind === k),
  );
  if (missing.length > 0)
    throw appError(
      ErrorCode.MissingMaterial,
      `The registration lacks the scans ${missing.join(', ')}.`,
      { field: 'documents', missing },
    );
  const files = documents.map((d) => readFile(d as FileInput, owner));
  return {
    profile: {
      ...base,
      qualifications,
      staff,
      offers,
      commitment,
      documents: files.map((f) => ({
        kind: f.kind as DocumentKind,
        fileId: f._id,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.size,
        sha256: f.sha256,
      })),
      certificateFingerprint: fingerprint,
    },
    files,
  };
}

/** Fields of a party that start a check round. */
function roundStart(round: number) {
  const at = now();
  return {
    state: 'CHECKING' as const,
    round,
    submittedAt: at,
    checkDueDate: workingDaysAfter(at, CHECK_WORKING_DAYS),
    checkedAt: null,
    checkLate: false,
    noticeStartsAt: null,
    noticeEndsAt: null,
    openObjectionId: null,
  };
}

function regulatorOf(
  profile: Profile,
  services: Map<string, IntermediaryServiceDocument>,
) {
  const first = profile.offers[0];
  return first ? (services.get(first.serviceId)?.departmentCode ?? null) : null;
}

export async function registerParty(
  models: IntermediaryModels,
  kind: PartyKind,
  input: RegistrationInput,
  idempotencyKey: string,
  rawViewer: Viewer | undefined,
): Promise<PartyDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries[
      kind === 'CLIENT' ? 'Mutation.registerClient' : 'Mutation.registerAgency'
    ],
  );
  checkIdempotencyKey(idempotencyKey);
  const requestHash = hashRequest({ kind, input });
  const findReplay = () =>
    models.Party.findOne({ idempotencyKey }).lean<PartyDocument>();
  const replay = (party: PartyDocument) =>
    replayOf(
      party,
      party.ownerUserId === viewer.userId && party.kind === kind,
      idempotencyKey,
      requestHash,
    );
  const earlier = await findReplay();
  if (earlier) return replay(earlier);

  const fingerprint = await requireCertificateSession(models, viewer);
  const { profile, files } = await buildProfile(
    models,
    kind,
    input,
    viewer.userId,
    fingerprint,
  );
  const services = await publishedServices(
    models,
    profile.offers.map((o) => o.serviceId),
  );
  const party: PartyDocument = {
    _id: randomUUID(),
    kind,
    ownerUserId: viewer.userId,
    divisionCode: viewer.divisionCode ?? '50',
    creditCode: profile.creditCode,
    idempotencyKey,
    requestHash,
    version: 0,
    ...roundStart(1),
    admitted: false,
    admittedAt: null,
    regulatorDepartmentCode: regulatorOf(profile, services),
    submission: profile,
    current: null,
    offeredServiceIds: [],
  };
  await storeFiles(models, files);
  try {
    await models.Party.create(party);
    return party;
  } catch (error) {
    await models.StoredFile.deleteMany({
      _id: { $in: files.map((f) => f._id) },
    });
    if (!isDuplicateKeyError(error)) throw error;
    const again = await findReplay();
    if (again) return replay(again);
    throw appError(
      ErrorCode.Conflict,
      `The credit code ${profile.creditCode} is already registered as ${kind === 'CLIENT' ? 'a client' : 'an agency'}.`,
      { field: 'creditCode' },
    );
  }
}

export async function loadParty(
  models: IntermediaryModels,
  id: string,
): Promise<PartyDocument> {
  const party = await models.Party.findById(id).lean<PartyDocument>();
  if (!party) throw notFound('Registration', id);
  return party;
}

function requireVersion(
  party: { version: number; _id: string },
  expected: number,
  what: string,
) {
  if (party.version !== expected) throw stale(what, party._id);
}

function applyParty(
  models: IntermediaryModels,
  party: PartyDocument,
  set: Record<string, unknown>,
  log?: Logger,
): Promise<PartyDocument> {
  return changeRecord(models.Party, 'Registration', party, set, log);
}

/** Fields that admit a party with its submission. */
function admission(party: PartyDocument) {
  return {
    state: 'ADMITTED',
    admitted: true,
    admittedAt: party.admittedAt ?? now(),
    current: party.submission,
    offeredServiceIds: party.submission.offers.map((o) => o.serviceId),
    openObjectionId: null,
  };
}

export interface CorrectionInput {
  field: string;
  problem: string;
}

/**
 * The administration's consistency check. Without corrections a client is
 * admitted and an agency goes on public notice; with corrections one notice
 * lists them all and the registration waits for the resubmission.
 */
export async function checkRegistration(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  rawCorrections: CorrectionInput[],
  log: Logger,
): Promise<PartyDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.checkRegistration'],
  );
  const party = await loadParty(models, id);
  if (!inJurisdiction(viewer, { divisionCode: party.divisionCode }))
    throw forbidden('This registration lies outside your division.');
  if (party.state !== 'CHECKING')
    throw wrongState('registration', party.state, 'CHECKING');
  requireVersion(party, expectedVersion, 'Registration');
  const corrections = checkCount(rawCorrections, 'corrections', 0, 50).map(
    (c, i) => ({
      field: checkText(c.field, `corrections[${i}].field`, 1, 100),
      problem: checkText(c.problem, `corrections[${i}].problem`, 2, 500),
    }),
  );
  const at = now();
  const checked = {
    checkedAt: at,
    checkLate: isAfterDay(at, party.checkDueDate),
  };

  if (corrections.length > 0) {
    const noticeId = `${party._id}:${party.round}`;
    const notice = {
      _id: noticeId,
      partyId: party._id,
      round: party.round,
      corrections,
      issuedAt: at,
      by: viewer.userId,
      claimedAt: new Date(),
    };
    await insertCompanion(models.CorrectionNotice, notice);
    let updated: PartyDocument;
    try {
      updated = await applyParty(
        models,
        party,
        { ...checked, state: 'CORRECTION_REQUIRED' },
        log,
      );
    } catch (error) {
      await removeCompanion(models.CorrectionNotice, notice);
      throw error;
    }
    await notify(
      models,
      `correction:${noticeId}`,
      party.ownerUserId,
      party._id,
      `入驻登记比对发现 ${corrections.length} 处需补正：${corrections.map((c) => `${c.field}：${c.problem}`).join('；')}。请一次性补正后重新提交。`,
    );
    return updated;
  }

  // A notice of this round left by a check that stopped before its state change does not apply.
  await models.CorrectionNotice.deleteOne({
    _id: `${party._id}:${party.round}`,
  });
  if (party.kind === 'CLIENT') {
    const updated = await applyParty(
      models,
      party,
      { ...checked, ...admission(party) },
      log,
    );
    await notify(
      models,
      `admitted:${party._id}:${party.round}`,
      party.ownerUserId,
      party._id,
      '入驻登记比对一致，已入驻中介服务系统。',
    );
    return updated;
  }
  const updated = await applyParty(
    models,
    party,
    {
      ...checked,
      state: 'PUBLIC_NOTICE',
      noticeStartsAt: at,
      noticeEndsAt: noticeEnd(at, NOTICE_WORKING_DAYS),
    },
    log,
  );
  await notify(
    models,
    `notice:${party._id}:${party.round}`,
    party.ownerUserId,
    party._id,
    `入驻信息比对一致，现公示 ${NOTICE_WORKING_DAYS} 个工作日；公示无异议的自动入驻。`,
  );
  return updated;
}

async function ownedParty(
  models: IntermediaryModels,
  viewer: Viewer,
  id: string,
): Promise<PartyDocument> {
  const party = await loadParty(models, id);
  if (party.ownerUserId !== viewer.userId) throw notFound('Registration', id);
  return party;
}

/** Reports whether a new profile changes what the check compares: licence, qualifications, staff, offers, scans or key. */
export function changesCheckedData(before: Profile, after: Profile): boolean {
  const checked = (p: Profile) =>
    JSON.stringify([
      p.name,
      p.creditCode,
      p.representative,
      p.address,
      p.qualifications,
      p.staff,
      p.offers,
      p.documents.map((d) => [d.kind, d.sha256]),
      p.certificateFingerprint,
    ]);
  return checked(before) !== checked(after);
}

/**
 * Resubmits a registration: after a correction notice (the check restarts
 * from the resubmission), or as a change of an admitted party (A.4). A
 * change of licence, qualifications, staff or service items repeats the
 * check, and other changes apply at once.
 */
export async function resubmitRegistration(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  input: RegistrationInput,
  from: 'CORRECTION_REQUIRED' | 'ADMITTED',
  log: Logger,
): Promise<PartyDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries[
      from === 'ADMITTED'
        ? 'Mutation.changeRegistration'
        : 'Mutation.correctRegistration'
    ],
  );
  const party = await ownedParty(models, viewer, id);
  if (
    party.state !== from &&
    !(from === 'ADMITTED' && party.state === 'REFUSED' && party.admitted)
  )
    throw wrongState('registration', party.state, from);
  requireVersion(party, expectedVersion, 'Registration');
  const fingerprint = await requireCertificateSession(models, viewer);
  const { profile, files } = await buildProfile(
    models,
    party.kind,
    input,
    viewer.userId,
    fingerprint,
  );
  if (profile.creditCode !== party.creditCode)
    throw badInput(
      'The credit code of a registration cannot change; register the new legal person separately.',
      {
        field: 'creditCode',
      },
    );
  const services = await publishedServices(
    models,
    profile.offers.map((o) => o.serviceId),
  );
  // A.4: only a change of licence, qualifications or staff (and what follows from them) repeats
  // the check; contact details and the commitment text of an admitted party change at once.
  const direct =
    from === 'ADMITTED' &&
    party.state === 'ADMITTED' &&
    party.current !== null &&
    !changesCheckedData(party.current, profile);
  await storeFiles(models, files);
  try {
    if (direct)
      return await applyParty(
        models,
        party,
        { submission: profile, current: profile },
        log,
      );
    return await applyParty(
      models,
      party,
      {
        ...roundStart(party.round + 1),
        submission: profile,
        regulatorDepartmentCode: regulatorOf(profile, services),
      },
      log,
    );
  } catch (error) {
    await models.StoredFile.deleteMany({
      _id: { $in: files.map((f) => f._id) },
    });
    throw error;
  }
}

/**
 * Records the first certificate key of a user in its profiles that have no
 * key, without repeating the check. Only the demo seed stores such profiles,
 * because every registration needs a certificate sign-in. Returns the number
 * of registrations changed.
 */
export async function adoptFirstCertificate(
  models: IntermediaryModels,
  userId: string,
  fingerprint: string,
  log: Logger,
): Promise<number> {
  const parties = await models.Party.find({
    ownerUserId: userId,
    'current.certificateFingerprint': '',
  }).lean<PartyDocument[]>();
  for (const party of parties)
    await applyParty(
      models,
      party,
      {
        'current.certificateFingerprint': fingerprint,
        ...(party.submission.certificateFingerprint === ''
          ? { 'submission.certificateFingerprint': fingerprint }
          : {}),
      },
      log,
    );
  return parties.length;
}

/**
 * A.3: a new certificate key of an admitted party repeats the check of the
 * admitted profile under the new key. Returns the registrations sent back.
 */
export async function recheckAfterCertificateChange(
  models: IntermediaryModels,
  userId: string,
  fingerprint: string,
  log: Logger,
): Promise<number> {
  const parties = await models.Party.find({
    ownerUserId: userId,
    state: 'ADMITTED',
  }).lean<PartyDocument[]>();
  let count = 0;
  for (const party of parties) {
    await applyParty(
      models,
      party,
      {
        ...roundStart(party.round + 1),
        submission: {
          ...party.submission,
          certificateFingerprint: fingerprint,
        },
      },
      log,
    );
    count++;
  }
  return count;
}

/** Maximum objections one user raises on one Asia/Shanghai day, over all registrations. */
const MAX_OBJECTIONS_PER_DAY = 5;

function objectionExists(partyId: string) {
  return appError(
    ErrorCode.ObjectionExists,
    `You already objected to registration ${partyId} during this public notice; the regulator decides on that objection.`,
    { partyId },
  );
}

function groundsOf(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * Rejects an objection that would let one user pause a notice again. Each
 * user objects once per notice (OBJECTION_EXISTS, which a unique index also
 * enforces). A user does not repeat the grounds of a dismissed objection to
 * the same registration (OBJECTION_EXISTS). The daily maximum is enforced
 * by claimObjectionSlot.
 */
async function checkObjectionAllowed(
  models: IntermediaryModels,
  userId: string,
  party: PartyDocument,
  text: string,
): Promise<void> {
  const [inNotice, dismissed] = await Promise.all([
    models.Objection.exists({
      partyId: party._id,
      round: party.round,
      raisedBy: userId,
    }),
    models.Objection.find({
      partyId: party._id,
      raisedBy: userId,
      state: 'DISMISSED',
    })
      .select({ text: 1 })
      .lean<{ text: string }[]>(),
  ]);
  if (inNotice) throw objectionExists(party._id);
  if (dismissed.some((d) => groundsOf(d.text) === groundsOf(text)))
    throw appError(
      ErrorCode.ObjectionExists,
      'The regulator already dismissed an objection of yours on these grounds; object only with new grounds.',
      { partyId: party._id },
    );
}

/** Age after which a slot whose objection was never stored is taken again: its request stopped. */
const STALE_SLOT_MS = 5 * 60_000;

/**
 * Claims one of the user's MAX_OBJECTIONS_PER_DAY slots of the Asia/Shanghai
 * day by inserting it under its unique `_id`, so concurrent requests never
 * claim more than the maximum. A slot claimed under the same idempotency key
 * is reused, so a retry that races its first request takes no second slot.
 * A slot claimed over STALE_SLOT_MS ago whose objection was never stored
 * belongs to a request that stopped midway and is taken over. Each user's
 * first claim of a day removes that user's slots of earlier days.
 * Returns the slot id; OBJECTION_RATE_LIMITED when every slot is taken.
 */
async function claimObjectionSlot(
  models: IntermediaryModels,
  userId: string,
  idempotencyKey: string,
  at: Date,
): Promise<string> {
  const day = shanghaiDate(at);
  const prefix = `${userId}:`;
  for (let slot = 1; slot <= MAX_OBJECTIONS_PER_DAY; slot++) {
    const _id = `${prefix}${day}:${slot}`;
    if (await takeSlot(models, _id, idempotencyKey, at)) {
      if (slot === 1)
        await models.ObjectionSlot.deleteMany({
          _id: { $gte: prefix, $lt: `${prefix}${day}` },
        });
      return _id;
    }
  }
  throw appError(
    ErrorCode.ObjectionRateLimited,
    `You raised ${MAX_OBJECTIONS_PER_DAY} objections today (Asia/Shanghai), the maximum; object again tomorrow.`,
    { limit: MAX_OBJECTIONS_PER_DAY, day },
  );
}

/** Inserts slot `_id` for `idempotencyKey`, or takes it over from a stopped request; false when it is in use. */
async function takeSlot(
  models: IntermediaryModels,
  _id: string,
  idempotencyKey: string,
  at: Date,
): Promise<boolean> {
  const insert = async () => {
    try {
      await models.ObjectionSlot.create({ _id, idempotencyKey, claimedAt: at });
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return false;
    }
  };
  if (await insert()) return true;
  const holder = await models.ObjectionSlot.findById(_id).lean<{
    idempotencyKey: string;
    claimedAt: Date;
  }>();
  if (!holder) return insert();
  if (holder.idempotencyKey === idempotencyKey) return true;
  const stale =
    at.getTime() - new Date(holder.claimedAt).getTime() > STALE_SLOT_MS &&
    !(await models.Objection.exists({ idempotencyKey: holder.idempotencyKey }));
  if (!stale) return false;
  await models.ObjectionSlot.deleteOne({
    _id,
    idempotencyKey: holder.idempotencyKey,
  });
  return insert();
}

/** Frees a slot whose objection was not stored, so a failed request does not count. */
async function releaseObjectionSlot(
  models: IntermediaryModels,
  slotId: string,
  idempotencyKey: string,
): Promise<void> {
  await models.ObjectionSlot.deleteOne({ _id: slotId, idempotencyKey });
}

/** An objection during public notice: admission pauses, the applicant is informed and the objection is referred to the regulator. */
export async function objectToRegistration(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  rawText: string,
  idempotencyKey: string,
  log: Logger,
): Promise<ObjectionDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.objectToRegistration'],
  );
  checkIdempotencyKey(idempotencyKey);
  const requestHash = hashRequest({ id, text: rawText });
  const findReplay = () =>
    models.Objection.findOne({ idempotencyKey }).lean<ObjectionDocument>();
  const replay = (objection: ObjectionDocument) =>
    replayOf(
      objection,
      objection.raisedBy === viewer.userId,
      idempotencyKey,
      requestHash,
    );
  const earlier = await findReplay();
  if (earlier) return replay(earlier);

  const text = checkText(rawText, 'text', 10, 2000);
  const party = await loadParty(models, id);
  const at = now();
  if (
    party.state !== 'PUBLIC_NOTICE' ||
    !party.noticeEndsAt ||
    party.noticeEndsAt.getTime() <= at.getTime()
  )
    throw wrongState('registration', party.state, 'a running public notice');
  await checkObjectionAllowed(models, viewer.userId, party, text);
  const slotId = await claimObjectionSlot(
    models,
    viewer.userId,
    idempotencyKey,
    at,
  );
  const objection: ObjectionDocument = {
    _id: randomUUID(),
    partyId: party._id,
    round: party.round,
    text,
    raisedBy: viewer.userId,
    state: 'OPEN',
    regulatorDepartmentCode: party.regulatorDepartmentCode ?? 'CQ-ZWB',
    divisionCode: party.divisionCode,
    raisedAt: at,
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    idempotencyKey,
    requestHash,
    version: 0,
  };
  // The objection is stored first, so a paused registration always finds its objection. When the
  // job admitted the agency in the meantime, the version change fails and the objection is removed.
  let inserted: { record: ObjectionDocument; replayed: boolean };
  try {
    inserted = await insertOnce(async () => {
      await models.Objection.create(objection);
      return objection;
    }, findReplay);
  } catch (error) {
    await releaseObjectionSlot(models, slotId, idempotencyKey);
    // insertOnce rethrows a duplicate key that is not this idempotencyKey: the
    // viewer's objection in this notice, stored by a concurrent request.
    if (!isDuplicateKeyError(error)) throw error;
    throw objectionExists(party._id);
  }
  if (inserted.replayed) return replay(inserted.record);
  try {
    await applyParty(
      models,
      party,
      {
        state: 'OBJECTED',
        openObjectionId: objection._id,
        noticeWorkingDaysLeft: noticeDaysLeft(party.noticeEndsAt, at),
      },
      log,
    );
  } catch (error) {
    await models.Objection.deleteOne({ _id: objection._id });
    await releaseObjectionSlot(models, slotId, idempotencyKey);
    throw error;
  }
  await notify(
    models,
    `objection:${objection._id}`,
    party.ownerUserId,
    party._id,
    '公示期间收到异议，入驻流程已暂停，并已提请行业管理部门核查。',
  );
  log.info(
    { partyId: party._id, objectionId: objection._id },
    'registration objected to',
  );
  return objection;
}

/** Moves an objected registration on after its objection was decided; repeated calls change nothing. */
export async function applyObjectionDecision(
  models: IntermediaryModels,
  objection: ObjectionDocument,
  log?: Logger,
): Promise<void> {
  const party = await models.Party.findById(
    objection.partyId,
  ).lean<PartyDocument>();
  if (
    !party ||
    party.state !== 'OBJECTED' ||
    party.openObjectionId !== objection._id
  )
    return;
  if (objection.state === 'UPHELD') {
    await changeAtVersion(
      models.Party,
      party._id,
      party.version,
      {
        set: { state: 'REFUSED', openObjectionId: null },
      },
      { log },
    );
    await notify(
      models,
      `objection-upheld:${objection._id}`,
      party.ownerUserId,
      party._id,
      `行业管理部门核查异议成立，本次入驻申请未通过：${objection.decisionNote ?? ''}`,
    );
  } else if (objection.state === 'DISMISSED') {
    // The notice resumes from the decision and serves the working days the
    // objection interrupted, so the agency is on notice for the whole period
    // without an open objection.
    const left = party.noticeWorkingDaysLeft ?? NOTICE_WORKING_DAYS;
    const noticeEndsAt = noticeEnd(objection.decidedAt ?? now(), left);
    await changeAtVersion(
      models.Party,
      party._id,
      party.version,
      {
        set: {
          state: 'PUBLIC_NOTICE',
          openObjectionId: null,
          noticeWorkingDaysLeft: null,
          noticeEndsAt,
        },
      },
      { log },
    );
    await notify(
      models,
      `objection-dismissed:${objection._id}`,
      party.ownerUserId,
      party._id,
      `行业管理部门核查异议不成立，公示继续 ${left} 个工作日，至 ${shanghaiDate(new Date(noticeEndsAt.getTime() - 1))} 期满；期满无异议即自动入驻。`,
    );
  }
}

export async function decideObjection(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  upheld: boolean,
  rawNote: string,
  log: Logger,
): Promise<ObjectionDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.decideObjection'],
  );
  const note = checkText(rawNote, 'note', 2, 1000);
  const objection =
    await models.Objection.findById(id).lean<ObjectionDocument>();
  if (!objection) throw notFound('Objection', id);
  if (
    !inJurisdiction(viewer, {
      divisionCode: objection.divisionCode,
      departmentCode: objection.regulatorDepartmentCode,
    })
  )
    throw forbidden('This objection was referred to another regulator.');
  if (objection.state !== 'OPEN')
    throw wrongState('objection', objection.state, 'OPEN');
  const decided = await changeAtVersion<ObjectionDocument>(
    models.Objection,
    objection._id,
    objection.version,
    {
      set: {
        state: upheld ? 'UPHELD' : 'DISMISSED',
        decidedAt: now(),
        decidedBy: viewer.userId,
        decisionNote: note,
      },
    },
    { log },
  );
  if (!decided) throw stale('Objection', id);
  await applyObjectionDecision(models, decided, log);
  return decided;
}

/**
 * Admits every agency whose public notice ended without an open objection,
 * and finishes objection decisions whose registration was not moved on
 * because a process stopped in between. Each change claims the
 * registration's version, so concurrent runs and reruns after a restart
 * admit an agency once.
 */
export async function admitDueRegistrations(
  models: IntermediaryModels,
  log: Logger,
): Promise<number> {
  const at = now();
  const due = await models.Party.find({
    state: 'PUBLIC_NOTICE',
    noticeEndsAt: { $lte: at },
  }).lean<PartyDocument[]>();
  let admitted = 0;
  for (const party of due) {
    const updated = await changeAtVersion<PartyDocument>(
      models.Party,
      party._id,
      party.version,
      {
        set: admission(party),
      },
      { log },
    );
    if (!updated) continue;
    admitted++;
    await notify(
      models,
      `admitted:${party._id}:${party.round}`,
      party.ownerUserId,
      party._id,
      '公示期满无异议，已自动入驻中介服务系统。',
    );
    log.info(
      { partyId: party._id, round: party.round },
      'agency admitted after public notice',
    );
  }
  const paused = await models.Party.find({ state: 'OBJECTED' }).lean<
    PartyDocument[]
  >();
  if (paused.length > 0) {
    const decided = await models.Objection.find({
      _id: { $in: paused.map((p) => p.openObjectionId).filter(Boolean) },
      state: { $ne: 'OPEN' },
    }).lean<ObjectionDocument[]>();
    for (const objection of decided)
      await applyObjectionDecision(models, objection, log);
  }
  return admitted;
}
