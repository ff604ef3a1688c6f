import {
  appError,
  badInput,
  buildLicenceIdentifier,
  ErrorCode,
  hashRequest,
  insertWithNextNumber,
  isDuplicateKeyError,
  type Logger,
} from '@ykb/common';
import type {
  LicenceDocument,
  LicenceEventDocument,
  LicenceEventKind,
  LicenceModels,
} from './model.js';

/**
 * Changes of licences (issuance, signature, new version, revocation,
 * expiry) as an insert-only feed. Each event names the local cases that had
 * used the licence, so their handlers see it, and is pushed to the national
 * hub. A licence ends at most once: REVOKED and CHANGED share one
 * deduplication key, so the first of two racing changes wins.
 */

const EVENT_ID_DIGITS = 12;

function dedupeKey(licenceId: string, kind: LicenceEventKind): string {
  return kind === 'REVOKED' || kind === 'CHANGED'
    ? `${licenceId}:END`
    : `${licenceId}:${kind}`;
}

/** Ids of the local cases that have used a licence. */
export async function consumerCaseIds(
  models: LicenceModels,
  licenceId: string,
): Promise<string[]> {
  const ids = (await models.LicenceUse.distinct('caseId', {
    licenceId,
    caseId: { $ne: null },
  })) as string[];
  return ids.sort();
}

/**
 * Records an event once per licence and kind (REVOKED and CHANGED count as
 * one kind) and returns it; a second call returns the first event, which may
 * be of the other ending kind.
 */
export async function recordLicenceEvent(
  models: LicenceModels,
  log: Logger,
  licence: Pick<LicenceDocument, '_id' | 'identifier'>,
  kind: LicenceEventKind,
  details: {
    newIdentifier?: string;
    reason?: string;
    changedElements?: string[];
    changeHash?: string;
  } = {},
  at = new Date(),
): Promise<LicenceEventDocument> {
  const key = dedupeKey(licence._id, kind);
  const findExisting = () =>
    models.LicenceEvent.findOne({ dedupeKey: key })
      .lean<LicenceEventDocument>()
      .exec();
  const caseIds = await consumerCaseIds(models, licence._id);
  const { record, replayed } = await insertWithNextNumber<LicenceEventDocument>(
    models.LicenceEvent.db,
    {
      sequence: 'licence-event',
      insert: async (number) => {
        const event: LicenceEventDocument = {
          _id: String(number).padStart(EVENT_ID_DIGITS, '0'),
          dedupeKey: key,
          kind,
          licenceId: licence._id,
          identifier: licence.identifier,
          newIdentifier: details.newIdentifier ?? null,
          reason: details.reason ?? null,
          changedElements: details.changedElements ?? [],
          ...(details.changeHash ? { changeHash: details.changeHash } : {}),
          caseIds,
          at,
          hubDelivered: false,
        };
        await models.LicenceEvent.create(event);
        return event;
      },
      highestTaken: async () => {
        const last = await models.LicenceEvent.findOne({}, { _id: 1 })
          .sort({ _id: -1 })
          .lean<{ _id: string }>();
        return last ? Number(last._id) : 0;
      },
      findExisting,
      maxNumber: 10 ** EVENT_ID_DIGITS - 1,
      description: 'licence event number',
      log,
    },
  );
  if (!replayed)
    log.info(
      {
        eventId: record._id,
        kind,
        licenceId: licence._id,
        consumers: caseIds.length,
      },
      'recorded licence event',
    );
  return record;
}

function checkReason(raw: string): string {
  const reason = raw.trim();
  if (
    reason.length === 0 ||
    Array.from(reason).length > 500 ||
    /\p{Cc}/u.test(reason)
  )
    throw badInput(
      'reason must have 1 to 500 characters and no control characters.',
      {
        field: 'reason',
      },
    );
  return reason;
}

/**
 * Revokes a licence. The REVOKED event is the claim: once it is stored the
 * status update follows, and a retry after a crash applies it again.
 * INVALID_STATE when the licence already ended another way.
 */
export async function revokeLicence(
  models: LicenceModels,
  log: Logger,
  licence: LicenceDocument,
  rawReason: string,
  now = new Date(),
): Promise<LicenceDocument> {
  const reason = checkReason(rawReason);
  if (licence.status === 'SUPERSEDED')
    throw appError(
      ErrorCode.InvalidState,
      `Licence ${licence.identifier} was replaced by ${licence.replacedBy}; revoke the current version.`,
      { licenceId: licence._id },
    );
  const event = await recordLicenceEvent(
    models,
    log,
    licence,
    'REVOKED',
    { reason },
    now,
  );
  if (event.kind !== 'REVOKED')
    throw appError(
      ErrorCode.InvalidState,
      `Licence ${licence.identifier} was already changed into ${event.newIdentifier}, so it cannot be revoked; revoke the new version.`,
      { licenceId: licence._id },
    );
  const updated = await models.Licence.findOneAndUpdate(
    { _id: licence._id },
    { $set: { status: 'REVOKED', statusReason: event.reason } },
    { returnDocument: 'after' },
  ).lean<LicenceDocument>();
  return updated!;
}

/** Key of the new version's issuance, unique, so a retried change inserts one version. */
export function changeIssuanceKey(licenceId: string): string {
  return `change:${licenceId}`;
}

/** Identifier of the next version of a licence: same type, issuer and serial, version plus one. */
export function nextVersionIdentifier(licence: LicenceDocument): string {
  return buildLicenceIdentifier(
    licence.typeCode,
    licence.issuerCreditCode,
    licence.serial,
    licence.version + 1,
  );
}

/**
 * Replaces a licence by a new version made by `insertNewVersion`. The
 * CHANGED event is claimed first with the new identifier and the hash of the
 * new data, so a concurrent revocation raises INVALID_STATE and a concurrent
 * change with other data raises CONFLICT. A retry of the same change, such
 * as one after a crash between the claim and the insert, completes it.
 * `issuanceKey` is the new version's unique issuance key: the change key,
 * or the case id when a change item's case makes the version.
 */
export async function changeLicence(
  models: LicenceModels,
  log: Logger,
  licence: LicenceDocument,
  rawReason: string,
  insertNewVersion: (reason: string) => Promise<LicenceDocument>,
  now = new Date(),
  change: { changedElements: string[]; data: Record<string, unknown> },
  issuanceKey = changeIssuanceKey(licence._id),
): Promise<LicenceDocument> {
  const reason = checkReason(rawReason);
  const { changedElements } = change;
  const changeHash = hashRequest({ issuanceKey, data: change.data, reason });
  if (licence.status !== 'VALID')
    throw appError(
      ErrorCode.InvalidState,
      `Licence ${licence.identifier} is ${licence.status}, so it cannot be changed.`,
      { licenceId: licence._id },
    );
  const newIdentifier = nextVersionIdentifier(licence);
  const event = await recordLicenceEvent(
    models,
    log,
    licence,
    'CHANGED',
    { newIdentifier, reason, changedElements, changeHash },
    now,
  );
  if (event.kind !== 'CHANGED' || event.newIdentifier !== newIdentifier)
    throw appError(
      ErrorCode.InvalidState,
      `Licence ${licence.identifier} was revoked meanwhile, so it cannot be changed.`,
      { licenceId: licence._id },
    );
  if (event.changeHash && event.changeHash !== changeHash) {
    log.info(
      { licenceId: licence._id, newIdentifier, eventId: event._id },
      'rejected licence change: another change of the licence won',
    );
    throw appError(
      ErrorCode.Conflict,
      `Licence ${licence.identifier} was changed by another request into ${newIdentifier} meanwhile; reload the licence and change the new version.`,
      { licenceId: licence._id },
    );
  }
  let created: LicenceDocument;
  try {
    created = await insertNewVersion(event.reason!);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // Only a request with the same change hash gets here, so the stored version contains this request's data.
    const existing = await models.Licence.findOne({
      caseId: issuanceKey,
    }).lean<LicenceDocument>();
    if (!existing) throw error;
    created = existing;
  }
  await models.Licence.updateOne(
    { _id: licence._id },
    {
      $set: {
        status: 'SUPERSEDED',
        replacedBy: created.identifier,
        statusReason: event.reason,
      },
    },
  );
  await recordLicenceEvent(models, log, created, 'ISSUED', {}, now);
  return created;
}

/** Licences handled per expiry sweep. */
const EXPIRY_BATCH = 200;

/**
 * Records EXPIRED events for valid licences past their validUntil instant
 * and marks them, so each licence expires once. Returns how many it recorded.
 */
export async function sweepExpiredLicences(
  models: LicenceModels,
  log: Logger,
  now = new Date(),
): Promise<number> {
  const expired = await models.Licence.find(
    {
      status: 'VALID',
      validUntil: { $lte: now },
      expiryRecorded: { $ne: true },
    },
    { _id: 1, identifier: 1, validUntil: 1 },
  )
    .limit(EXPIRY_BATCH)
    .lean<Pick<LicenceDocument, '_id' | 'identifier' | 'validUntil'>[]>();
  for (const licence of expired) {
    await recordLicenceEvent(
      models,
      log,
      licence,
      'EXPIRED',
      {},
      licence.validUntil!,
    );
    await models.Licence.updateOne(
      { _id: licence._id },
      { $set: { expiryRecorded: true } },
    );
  }
  return expired.length;
}

/** Events after `after` in recording order, at most `first`. */
export async function eventsAfter(
  models: LicenceModels,
  after: string | null | undefined,
  first: number,
): Promise<LicenceEventDocument[]> {
  return models.LicenceEvent.find(after ? { _id: { $gt: after } } : {})
    .sort({ _id: 1 })
    .limit(first)
    .lean<LicenceEventDocument[]>();
}

/**
 * Reads one page of the events of every licence a case has used, oldest
 * first: those recorded after the use name the case, and the licence's
 * ending is shown even when it came before the first use.
 */
export async function eventsForCase(
  models: LicenceModels,
  caseId: string,
  page: { skip: number; limit: number },
): Promise<LicenceEventDocument[]> {
  const licenceIds = (await models.LicenceUse.distinct('licenceId', {
    caseId,
    licenceId: { $ne: null },
  })) as string[];
  if (licenceIds.length === 0) return [];
  return models.LicenceEvent.find({
    licenceId: { $in: licenceIds },
    kind: { $in: ['CHANGED', 'REVOKED', 'EXPIRED'] },
  })
    .sort({ _id: 1 })
    .skip(page.skip)
    .limit(page.limit)
    .lean<LicenceEventDocument[]>();
}
