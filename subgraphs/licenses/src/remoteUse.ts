import { randomUUID } from 'node:crypto';
import {
  appError,
  DEPARTMENTS,
  ErrorCode,
  hashRequest,
  insertOnce,
  reusedIdempotencyKey,
  type Viewer,
} from '@ykb/common';
import type { CaseFacts } from './casesClient.js';
import type { LicenceUseDocument, LicenceUsePurpose } from './model.js';
import {
  regionOfIdentifier,
  verifyHubCopy,
  type HubLicenceCopy,
} from './nationalHub.js';
import type { LicensesContext } from './resolvers.js';
import { checkCasePurpose, requireIdempotencyKey } from './sharing.js';

export interface FetchRemoteLicenceArgs {
  identifier: string;
  caseId: string;
  purpose: LicenceUsePurpose;
  idempotencyKey: string;
}

/** Reports whether the case's applicant holds a licence of another province, by identity number. */
function applicantHoldsRemote(facts: CaseFacts, copy: HubLicenceCopy): boolean {
  return (
    !!facts.applicantIdNumber &&
    !!copy.holderIdNumber &&
    facts.applicantIdNumber.trim().toUpperCase() ===
      copy.holderIdNumber.trim().toUpperCase()
  );
}

/**
 * Fetches a licence of another province through the national hub for a
 * case the viewer handles, and logs the use once per idempotency key. The
 * copy is returned only when the case's applicant holds the licence. A key
 * reused with a different identifier, case or purpose raises CONFLICT before
 * the hub is asked.
 */
export async function fetchRemoteLicence(
  ctx: LicensesContext,
  viewer: Viewer,
  args: FetchRemoteLicenceArgs,
): Promise<
  HubLicenceCopy & { signatureValid: boolean; use: LicenceUseDocument }
> {
  requireIdempotencyKey(args.idempotencyKey);
  const facts = await checkCasePurpose(
    viewer,
    args.caseId,
    ctx.lookupCase,
    ctx.requestId,
  );
  const identifier = args.identifier.normalize('NFKC').trim().toUpperCase();
  const key = `local:${viewer.userId}:${args.idempotencyKey}`;
  const requestHash = hashRequest({
    operation: 'fetchRemoteLicence',
    identifier,
    caseId: facts.id,
    purpose: args.purpose,
  });
  const findEarlier = () =>
    ctx.models.LicenceUse.findOne({ idempotencyKey: key })
      .lean<LicenceUseDocument>()
      .exec();
  const assertSameRequest = (earlier: LicenceUseDocument) => {
    const same = earlier.requestHash
      ? earlier.requestHash === requestHash
      : earlier.identifier === identifier &&
        earlier.caseId === facts.id &&
        earlier.purpose === args.purpose;
    if (!same) throw reusedIdempotencyKey(args.idempotencyKey);
  };
  const earlier = await findEarlier();
  if (earlier) assertSameRequest(earlier);

  const copy = await ctx.hub.fetchLicence({
    identifier,
    purpose: args.purpose,
    caseReference: facts.caseNumber,
  });
  if (!applicantHoldsRemote(facts, copy)) {
    ctx.log.warn(
      { identifier, caseId: facts.id, viewerId: viewer.userId },
      'rejected remote licence fetch: the applicant does not hold the licence',
    );
    throw appError(
      ErrorCode.NotFound,
      `No licence ${identifier} is held by the applicant of case ${facts.caseNumber}.`,
      { field: 'identifier' },
    );
  }
  const signatureValid = verifyHubCopy(copy, ctx.hub.publicKeyPem());
  const department = DEPARTMENTS.find((d) => d.code === viewer.departmentCode);
  const { record: use, replayed } = await insertOnce<LicenceUseDocument>(
    async () => {
      const record: LicenceUseDocument = {
        _id: randomUUID(),
        idempotencyKey: key,
        licenceId: null,
        identifier: copy.identifier,
        holderUserId: null,
        purpose: args.purpose,
        userKind: 'LOCAL_STAFF',
        caseId: facts.id,
        caseReference: facts.caseNumber,
        userId: viewer.userId,
        userName: viewer.name,
        organisation: `${department?.name ?? ''} → ${regionOfIdentifier(copy.identifier) ?? ''}`,
        elements: [],
        usedAt: new Date(),
        requestHash,
      };
      await ctx.models.LicenceUse.create(record);
      return record;
    },
    findEarlier,
  );
  // A concurrent call with the same key and another request may have won the insert.
  if (replayed) assertSameRequest(use);
  else
    ctx.log.info(
      {
        identifier: copy.identifier,
        caseId: facts.id,
        signatureValid,
        viewerId: viewer.userId,
      },
      'fetched licence from national hub',
    );
  return { ...copy, signatureValid, use };
}
