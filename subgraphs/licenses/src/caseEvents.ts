import DataLoader from 'dataloader';
import {
  forbidden,
  hasRole,
  inJurisdiction,
  RECORD_READER_ROLES,
  Role,
  type Viewer,
} from '@ykb/common';
import type { CaseFacts, CasesLookup } from './casesClient.js';
import type {
  LicenceDocument,
  LicenceEventDocument,
  LicenceEventKind,
  LicenceModels,
} from './model.js';

/** A case reference in the licences subgraph: only its id. */
export interface CaseReference {
  id: string;
}

/** Event kinds a case page shows: what changes a licence after it was issued. */
const CASE_EVENT_KINDS: LicenceEventKind[] = ['CHANGED', 'REVOKED', 'EXPIRED'];

type ChainMember = Pick<
  LicenceDocument,
  '_id' | 'typeCode' | 'issuerCreditCode' | 'serial' | 'version'
>;

function chainOf(licence: ChainMember): string {
  return `${licence.typeCode}|${licence.issuerCreditCode}|${licence.serial}`;
}

/**
 * Adds to each case's licences every later version of the same chain (type,
 * issuer and serial), so a change or revocation of version 2 also reaches
 * the case that issued or used version 1. Two queries for all cases.
 */
async function addLaterVersions(
  models: LicenceModels,
  licencesByCase: Map<string, Set<string>>,
): Promise<void> {
  const linkedIds = [
    ...new Set([...licencesByCase.values()].flatMap((set) => [...set])),
  ];
  if (linkedIds.length === 0) return;
  const projection = {
    _id: 1,
    typeCode: 1,
    issuerCreditCode: 1,
    serial: 1,
    version: 1,
  };
  const linked = await models.Licence.find(
    { _id: { $in: linkedIds } },
    projection,
  ).lean<ChainMember[]>();
  if (linked.length === 0) return;
  const versions = await models.Licence.find(
    {
      $or: linked.map((l) => ({
        typeCode: l.typeCode,
        issuerCreditCode: l.issuerCreditCode,
        serial: l.serial,
      })),
    },
    projection,
  ).lean<ChainMember[]>();
  const byId = new Map(linked.map((l) => [l._id, l]));
  for (const set of licencesByCase.values()) {
    for (const id of [...set]) {
      const licence = byId.get(id);
      if (!licence) continue;
      for (const version of versions)
        if (
          chainOf(version) === chainOf(licence) &&
          version.version > licence.version
        )
          set.add(version._id);
    }
  }
}

/**
 * Loads the licence events of many cases in five queries per tick: the
 * licences the cases used, the licences they issued, the later versions of
 * those licences, and the events of all of them.
 */
export function caseLicenceEventsLoader(
  models: LicenceModels,
): DataLoader<string, LicenceEventDocument[]> {
  return new DataLoader(async (caseIds) => {
    const ids = [...caseIds];
    const uses = await models.LicenceUse.find(
      { caseId: { $in: ids }, licenceId: { $ne: null } },
      { caseId: 1, licenceId: 1 },
    ).lean<{ caseId: string; licenceId: string }[]>();
    // A licence issued by a case stores the case id as its issuance key.
    const issued = await models.Licence.find(
      { caseId: { $in: ids } },
      { _id: 1, caseId: 1, origin: 1 },
    ).lean<Pick<LicenceDocument, '_id' | 'caseId' | 'origin'>[]>();
    const licencesByCase = new Map<string, Set<string>>(
      ids.map((id) => [id, new Set<string>()]),
    );
    for (const use of uses) licencesByCase.get(use.caseId)?.add(use.licenceId);
    for (const licence of issued)
      if ((licence.origin ?? 'ISSUED') === 'ISSUED')
        licencesByCase.get(licence.caseId)?.add(licence._id);
    await addLaterVersions(models, licencesByCase);
    const licenceIds = [
      ...new Set([...licencesByCase.values()].flatMap((set) => [...set])),
    ];
    const events =
      licenceIds.length === 0
        ? []
        : await models.LicenceEvent.find({
            licenceId: { $in: licenceIds },
            kind: { $in: CASE_EVENT_KINDS },
          })
            .sort({ _id: 1 })
            .lean<LicenceEventDocument[]>();
    return ids.map((id) => {
      const linked = licencesByCase.get(id)!;
      return events.filter((event) => linked.has(event.licenceId));
    });
  });
}

/** Batches the case lookups of one request into one call to the cases subgraph. */
export function caseFactsLoader(
  lookup: CasesLookup,
  requestId: string,
): DataLoader<string, CaseFacts | null> {
  return new DataLoader(async (caseIds) => {
    const facts = await lookup(caseIds, requestId);
    return caseIds.map((id) => facts.get(id) ?? null);
  });
}

/**
 * Throws FORBIDDEN unless the viewer may read the case's licence events: a
 * SYSTEM caller, the case's applicant or an agent acting for it, or staff who read cases whose
 * jurisdiction covers the case. A case that does not exist is FORBIDDEN too,
 * so the error does not reveal which case ids exist.
 */
export function assertMayReadCaseEvents(
  viewer: Viewer | undefined,
  caseId: string,
  facts: CaseFacts | null,
): void {
  if (viewer && hasRole(viewer, Role.System)) return;
  const allowed =
    !!viewer &&
    !!facts &&
    (facts.applicantUserId === viewer.userId ||
      // NOTE: an agent passes for any case of the legal person it acts for, because the grant's item scope lives in cases.
      (!!viewer.onBehalfOf && facts.applicantUserId === viewer.onBehalfOf) ||
      (hasRole(viewer, ...RECORD_READER_ROLES) &&
        inJurisdiction(viewer, facts)));
  if (!allowed)
    throw forbidden(
      `You may not read the licence events of case ${caseId}: you are not its applicant, and it lies outside your role, division or department.`,
    );
}

/** Batches the events of licence versions by licence id, oldest first. */
export function licenceEventsLoader(
  models: LicenceModels,
): DataLoader<string, LicenceEventDocument[]> {
  return new DataLoader(async (licenceIds) => {
    const events = await models.LicenceEvent.find({
      licenceId: { $in: [...licenceIds] },
    })
      .sort({ _id: 1 })
      .lean<LicenceEventDocument[]>();
    return licenceIds.map((id) => events.filter((e) => e.licenceId === id));
  });
}
