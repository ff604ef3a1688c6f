import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  DEPARTMENTS,
  ErrorCode,
  forbidden,
  hasRole,
  inJurisdiction,
  isAgentViewer,
  loaderBy,
  notFound,
  Role,
  type BaseResolverContext,
  type Viewer,
  offsetPageWindow,
} from '@ykb/common';
import type DataLoader from 'dataloader';
import { presentLicence, signatureFor, type LicenceView } from './access.js';
import {
  agentGrantCheck,
  agentHolderViewer,
  agentHoldsLicence,
} from './agentHolder.js';
import { effectiveStatus, licenceContent } from './content.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { issueLicence } from './issue.js';
import { JSONScalar } from './jsonScalar.js';
import { licenceVersionsLoader } from './licenceChange.js';
import type {
  LicenceDocument,
  LicenceEventDocument,
  LicenceModels,
  LicenceTypeDocument,
  LicenceUseDocument,
  SealDocument,
} from './model.js';
import type { CaseFacts, CaseLookup, CasesLookup } from './casesClient.js';
import {
  assertMayReadCaseEvents,
  caseFactsLoader,
  caseLicenceEventsLoader,
  licenceEventsLoader,
} from './caseEvents.js';
import { faceValues, printHtml, qrSvg, verificationUrl } from './printout.js';
import type { NationalLicenceHub } from './nationalHub.js';
import { revokeSeal } from './sealRevocation.js';
import {
  heldLicencesFilter,
  holderIdentityLoader,
  holdsByIdentity,
  mayHoldLicences,
  viewerHolderIdentity,
  type HolderIdentity,
  type HolderIdentityLookup,
} from './holderIdentity.js';
import { verifyClientKey, type VerifyRateLimiter } from './verifyRateLimit.js';
import type { RegisteredHolderLookup } from './registeredHolders.js';
import { contentDigest, sealStatusAt } from './signing.js';
import { verifyLicence, type VerificationReport } from './verify.js';
import { sharingResolvers } from './sharingResolvers.js';
import { workflowResolvers } from './workflowResolvers.js';
import { catalogueResolvers } from './catalogueResolvers.js';
import { licenceStatistics, licenceStatisticsResolvers } from './statistics.js';

export interface LicensesContext extends BaseResolverContext {
  models: LicenceModels;
  /** AES-256-GCM key that decrypts seal private keys; never logged or returned. */
  masterKey: Buffer;
  /** Reads a case from the cases subgraph for the purpose check of licence uses. */
  lookupCase: CaseLookup;
  /** Adapter of the national licence-sharing hub. */
  hub: NationalLicenceHub;
  /** Per-client limit of public verifications. */
  verifyLimiter: VerifyRateLimiter;
  /** Finds registered persons by identity number, so imports check holder names. */
  lookupRegisteredHolders: RegisteredHolderLookup;
  /** Identity numbers of users, fetched from identity in one call per request. */
  holderIdentityByUserId: DataLoader<string, HolderIdentity | null>;
  /** Checks an agent's grant once per request; see agentGrantCheck. */
  checkAgentGrant: ReturnType<typeof agentGrantCheck>;
  licenceById: DataLoader<string, LicenceDocument | null>;
  /** Cases read from the cases subgraph, one call per request. */
  caseFactsById: DataLoader<string, CaseFacts | null>;
  /** Events of licence versions by licence id, oldest first, batched per request. */
  eventsByLicenceId: DataLoader<string, LicenceEventDocument[]>;
  /** Licence events of cases, batched per request. */
  caseLicenceEvents: DataLoader<string, LicenceEventDocument[]>;
  /** Every version of a licence's chain, oldest first. */
  licenceVersions: DataLoader<LicenceDocument, LicenceDocument[], string>;
  licenceTypeByCode: DataLoader<string, LicenceTypeDocument | null>;
  sealById: DataLoader<string, SealDocument | null>;
}

export interface LicensesServices {
  models: LicenceModels;
  masterKey: Buffer;
  lookupCase: CaseLookup;
  hub: NationalLicenceHub;
  verifyLimiter: VerifyRateLimiter;
  lookupHolderIdentities: HolderIdentityLookup;
  lookupCases: CasesLookup;
  /** Finds registered persons by identity number, so imports check holder names. */
  lookupRegisteredHolders: RegisteredHolderLookup;
}

export function createContext(
  services: LicensesServices,
  base: BaseResolverContext,
): LicensesContext {
  const { models } = services;
  return {
    ...base,
    ...services,
    holderIdentityByUserId: holderIdentityLoader(
      services.lookupHolderIdentities,
      base.requestId,
    ),
    checkAgentGrant: agentGrantCheck(base.requestId),
    licenceById: loaderBy<LicenceDocument>(models.Licence),
    licenceVersions: licenceVersionsLoader(models),
    caseFactsById: caseFactsLoader(services.lookupCases, base.requestId),
    caseLicenceEvents: caseLicenceEventsLoader(models),
    eventsByLicenceId: licenceEventsLoader(models),
    licenceTypeByCode: loaderBy<LicenceTypeDocument>(models.LicenceType),
    sealById: loaderBy<SealDocument>(models.Seal),
  };
}

/** Signer of a verified licence; the GraphQL VerificationSigner type resolves from it. */
export type VerificationSignerView = NonNullable<VerificationReport['signer']>;

/** Reports whether a case issued the licence, so its caseId is a real case id rather than an import or change key. */
function isCaseIssued(licence: LicenceDocument): boolean {
  return (licence.origin ?? 'ISSUED') === 'ISSUED';
}

function iso(date: Date): string;
function iso(date: Date | null | undefined): string | null;
function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** Loads the type a licence names; licence types are seeded and never deleted, so a missing one is a server fault. */
async function loadNamedLicenceType(
  ctx: LicensesContext,
  code: string,
): Promise<LicenceTypeDocument> {
  const type = await ctx.licenceTypeByCode.load(code);
  if (!type) throw new Error(`Licence type ${code} was not found.`);
  return type;
}

/**
 * Loads a licence and masks it for the viewer: null when it does not exist,
 * UNAUTHENTICATED for an anonymous caller and FORBIDDEN when the viewer may
 * not see it. An agent acting for a legal person reads that legal person's
 * licences unmasked, as in its wallet, once its grant is checked, and no
 * other licence.
 */
async function loadVisibleLicence(
  id: string,
  ctx: LicensesContext,
): Promise<LicenceView | null> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.licenses['Query.licence'],
  );
  const licence = await ctx.licenceById.load(id);
  if (!licence) return null;
  if (isAgentViewer(viewer)) {
    if (!(await agentHoldsLicence(ctx, viewer, licence, 'readLicence')))
      throw forbidden(
        `You may not read licence ${id}: it is not a licence of the legal person you act for.`,
      );
    return { ...licence, masked: false };
  }
  const view =
    presentLicence(licence, viewer) ??
    (await presentToIdentityHolder(ctx, licence, viewer));
  if (!view)
    throw forbidden(
      `You may not read licence ${id}: you are not its holder, and it lies outside your role, division or department.`,
    );
  return view;
}

/**
 * Returns the licence unmasked to a citizen or legal person whose identity
 * number it carries, when it has no holder user id because it was imported
 * without holderUserId. Returns null for anyone else.
 */
export async function presentToIdentityHolder(
  ctx: LicensesContext,
  licence: LicenceDocument,
  viewer: Viewer,
): Promise<LicenceView | null> {
  if (licence.holderUserId || !mayHoldLicences(viewer)) return null;
  const identity = await ctx.holderIdentityByUserId.load(viewer.userId);
  return holdsByIdentity(licence, identity)
    ? { ...licence, masked: false }
    : null;
}

/**
 * Throws FORBIDDEN unless the viewer is the holder of the licence, an agent
 * whose grant lets it act for the holder, or a licence officer or
 * administrator of its issuing department.
 */
async function assertMayReadLicenceLog(
  ctx: LicensesContext,
  licence: LicenceDocument,
  what: 'uses' | 'events',
): Promise<void> {
  const viewer = ctx.viewer;
  if (isAgentViewer(viewer)) {
    if (await agentHoldsLicence(ctx, viewer, licence, `readLicence.${what}`))
      return;
    throw forbidden(
      `Only the holder, its agents, and licence officers and administrators of the issuing department, read the ${what} of a licence.`,
    );
  }
  const mayRead =
    !!viewer &&
    (viewer.userId === licence.holderUserId ||
      holdsByIdentity(licence, await viewerHolderIdentity(ctx, viewer)) ||
      (hasRole(viewer, Role.LicenceOfficer, Role.Admin) &&
        inJurisdiction(viewer, {
          divisionCode: licence.divisionCode,
          departmentCode: licence.departmentCode,
        })));
  if (!mayRead)
    throw forbidden(
      `Only the holder, and licence officers and administrators of the issuing department, read the ${what} of a licence.`,
    );
}

function sealInJurisdiction(viewer: Viewer, seal: SealDocument): boolean {
  const department = DEPARTMENTS.find((d) => d.code === seal.departmentCode);
  return !!department && departmentInJurisdiction(viewer, department);
}

function departmentInJurisdiction(
  viewer: Viewer,
  department: { code: string; divisionCode: string },
): boolean {
  return inJurisdiction(viewer, {
    divisionCode: department.divisionCode,
    departmentCode: department.code,
  });
}

function present(licence: LicenceDocument, viewer: Viewer): LicenceView {
  const view = presentLicence(licence, viewer);
  if (!view)
    throw new Error(
      `Licence ${licence._id} matched the holder filter but is not visible to its holder.`,
    );
  return view;
}

/** Electronic licence and seal resolvers; every path that returns a licence masks it for the viewer. */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    ...workflowResolvers.Query,
    ...sharingResolvers.Query,
    ...catalogueResolvers.Query,
    licenceStatistics: (_parent, args, ctx) =>
      licenceStatistics(ctx, args.filter),
    licenceTypes: (_parent, _args, ctx) =>
      ctx.models.LicenceType.find()
        .sort({ _id: 1 })
        .lean<LicenceTypeDocument[]>()
        .exec(),

    myLicences: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.myLicences'],
      );
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > 100)
        throw badInput('`first` must be between 1 and 100.', {
          field: 'first',
        });
      // An agent acting for a legal person gets the legal person's wallet, once its grant is checked.
      const holder = isAgentViewer(viewer)
        ? await agentHolderViewer(ctx, viewer, 'myLicences')
        : viewer;
      const identity = isAgentViewer(viewer)
        ? await ctx.holderIdentityByUserId.load(holder.userId)
        : await viewerHolderIdentity(ctx, viewer);
      const licences = await ctx.models.Licence.find(
        heldLicencesFilter(holder.userId, identity),
      )
        .sort({ issuedAt: -1, _id: 1 })
        .limit(first)
        .lean<LicenceDocument[]>();
      return licences.map((licence) =>
        holdsByIdentity(licence, identity)
          ? { ...licence, masked: false }
          : present(licence, holder),
      );
    },

    licence: (_parent, args, ctx) => loadVisibleLicence(args.id, ctx),

    verifyLicence: (_parent, args, ctx) => {
      ctx.verifyLimiter.take(verifyClientKey(ctx.viewer, ctx.clientAddress));
      return verifyLicence(
        {
          models: ctx.models,
          log: ctx.log,
          loadLicenceType: (code) => ctx.licenceTypeByCode.load(code),
          loadSeal: (id) => ctx.sealById.load(id),
        },
        args.identifier,
      );
    },

    seals: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.seals'],
      );
      const { skip, limit } = offsetPageWindow(args);
      // The departments are reference data, so the jurisdiction becomes a list of department codes in the query.
      const departmentCodes = DEPARTMENTS.filter((department) =>
        departmentInJurisdiction(viewer, department),
      ).map((department) => department.code);
      return ctx.models.Seal.find({ departmentCode: { $in: departmentCodes } })
        .sort({ departmentCode: 1, validFrom: 1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<SealDocument[]>();
    },
  },

  Mutation: {
    ...workflowResolvers.Mutation,
    ...sharingResolvers.Mutation,
    ...catalogueResolvers.Mutation,
    issueLicence: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.issueLicence'],
      );
      const { licence } = await issueLicence(
        {
          models: ctx.models,
          masterKey: ctx.masterKey,
          log: ctx.log,
          loadLicenceType: (code) => ctx.licenceTypeByCode.load(code),
        },
        args.input,
      );
      const view = presentLicence(licence, viewer);
      // presentLicence shows a SYSTEM viewer at least the masked licence, so view is never null here.
      if (!view)
        throw new Error(
          `Licence ${licence._id} is not visible to the SYSTEM caller that issued it.`,
        );
      return view;
    },

    revokeSeal: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.revokeSeal'],
      );
      const seal = await ctx.sealById.load(args.id);
      if (!seal || !sealInJurisdiction(viewer, seal))
        throw notFound('Seal', args.id);
      const revoked = await revokeSeal(ctx.models, ctx.log, viewer, seal, {
        reason: args.reason,
        reasonCode: args.reasonCode ?? 'UNSPECIFIED',
        compromisedAt: args.compromisedAt ?? null,
      });
      ctx.sealById.clear(seal._id);
      return revoked;
    },
  },

  Case: {
    // Only the id: the fields check their own access.
    __resolveReference: (ref) => ({ id: ref.id }),
    licenceEvents: async (theCase, _args, ctx) => {
      const viewer = ctx.viewer;
      const facts =
        viewer && !hasRole(viewer, Role.System)
          ? await ctx.caseFactsById.load(theCase.id)
          : null;
      assertMayReadCaseEvents(viewer, theCase.id, facts);
      return ctx.caseLicenceEvents.load(theCase.id);
    },
  },

  LicenceFaceElement: {
    valueType: (face) => face.valueType ?? 'TEXT',
  },

  LicenceStatistics: licenceStatisticsResolvers,
  LicenceType: {
    __resolveReference: (ref, ctx) => ctx.licenceTypeByCode.load(ref.code),
    code: (type) => type._id,
    department: (type) => ({ code: type.departmentCode }),
    validUntilElement: (type) => type.validUntilElement ?? null,
    holderRule: (type) => type.holderRule ?? 'ANY',
    signingMode: (type) => type.signingMode ?? 'AUTOMATIC',
    faceElements: (type) => type.faceElements ?? [],
    printLayout: (type) =>
      type.printLayout ?? {
        title: type.name,
        orientation: 'LANDSCAPE',
        elementOrder: [],
      },
    itemLinks: (type) => type.itemLinks ?? [],
  },

  LicenceItemLink: {
    item: (link) => ({ id: link.itemId }),
  },

  Seal: {
    // Public, like the key set: a seal certificate contains no secret.
    __resolveReference: (ref, ctx) => ctx.sealById.load(ref.id),
    id: (seal) => seal._id,
    department: (seal) => ({ code: seal.departmentCode }),
    validFrom: (seal) => iso(seal.validFrom),
    validTo: (seal) => iso(seal.validTo),
    revokedAt: (seal) => iso(seal.revokedAt),
    revocationReasonCode: (seal) =>
      seal.status === 'REVOKED'
        ? (seal.revocationReasonCode ?? 'UNSPECIFIED')
        : null,
    compromisedAt: (seal) => iso(seal.compromisedAt),
    status: (seal) => sealStatusAt(seal),
    createdBy: (seal) => (seal.createdBy ? { id: seal.createdBy } : null),
  },

  Licence: {
    __resolveReference: async (ref, ctx) => {
      // Licence's only key is id, but a representation sent straight to this
      // subgraph may carry another field, such as identifier, instead. The
      // error is a rejected promise, so it nulls only this representation.
      const id: unknown = (ref as { id?: unknown }).id;
      if (typeof id !== 'string' || id === '')
        throw badInput(
          'A Licence representation needs its key field `id` as a non-empty string.',
          { field: 'id' },
        );
      return loadVisibleLicence(id, ctx);
    },
    id: (licence) => licence._id,
    type: (licence, _args, ctx) => loadNamedLicenceType(ctx, licence.typeCode),
    holder: (licence) =>
      licence.holderUserId ? { id: licence.holderUserId } : null,
    holderLegalPerson: (licence) =>
      licence.holderKind === 'LEGAL_PERSON' && licence.holderUserId
        ? { id: licence.holderUserId }
        : null,
    issuer: (licence) => ({ code: licence.departmentCode }),
    issuerDepartmentCode: (licence) => licence.departmentCode,
    caseId: (licence) => (isCaseIssued(licence) ? licence.caseId : null),
    case: (licence) => (isCaseIssued(licence) ? { id: licence.caseId } : null),
    item: (licence) => (licence.itemId ? { id: licence.itemId } : null),
    origin: (licence) => licence.origin ?? 'ISSUED',
    legacyNumber: (licence) => licence.legacyNumber ?? null,
    replaces: (licence) => licence.replaces ?? null,
    replacedBy: (licence) => licence.replacedBy ?? null,
    statusReason: (licence) => licence.statusReason ?? null,
    changedElements: (licence) => licence.changedElements ?? [],
    versions: async (licence, _args, ctx) => {
      const versions = await ctx.licenceVersions.load(licence);
      return versions.map((version) => ({
        identifier: version.identifier,
        version: version.version,
        issuedAt: version.issuedAt.toISOString(),
        status: effectiveStatus(version),
        reason: version.changeReason ?? null,
        changedElements: version.changedElements ?? [],
      }));
    },
    events: async (licence, _args, ctx) => {
      await assertMayReadLicenceLog(ctx, licence, 'events');
      return ctx.eventsByLicenceId.load(licence._id);
    },
    issuedAt: (licence) => iso(licence.issuedAt),
    validUntil: (licence) => iso(licence.validUntil),
    status: (licence) => effectiveStatus(licence),
    contentDigest: (licence) => contentDigest(licence),
    signedContent: (licence) => licenceContent(licence),
    signature: (licence) => signatureFor(licence),
    faceElements: async (licence, _args, ctx) =>
      faceValues(licence, await loadNamedLicenceType(ctx, licence.typeCode)),
    verificationUrl: (licence) => verificationUrl(licence),
    verificationQrSvg: (licence) => qrSvg(verificationUrl(licence)),
    printHtml: async (licence, _args, ctx) =>
      printHtml(
        licence,
        await loadNamedLicenceType(ctx, licence.typeCode),
        DEPARTMENTS.find((d) => d.code === licence.departmentCode)?.name ??
          licence.departmentCode,
      ),
    uses: async (licence, args, ctx) => {
      await assertMayReadLicenceLog(ctx, licence, 'uses');
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > 100)
        throw badInput('`first` must be between 1 and 100.', {
          field: 'first',
        });
      return ctx.models.LicenceUse.find({ licenceId: licence._id })
        .sort({ usedAt: -1, _id: 1 })
        .limit(first)
        .lean<LicenceUseDocument[]>();
    },
  },

  LicenceSignature: {
    seal: (signature, _args, ctx) => ctx.sealById.load(signature.sealId),
    signedAt: (signature) => iso(signature.signedAt),
    method: (signature) => signature.method ?? 'AUTOMATIC',
    signedBy: (signature) =>
      signature.signedBy ? { id: signature.signedBy } : null,
    signedByName: (signature) => signature.signedByName ?? null,
    statementValue: (signature) => signature.statementValue ?? null,
  },

  LicenceUse: {
    id: (use) => use._id,
    case: (use) => (use.caseId ? { id: use.caseId } : null),
    user: (use) => (use.userId ? { id: use.userId } : null),
    usedAt: (use) => iso(use.usedAt),
  },

  LicenceEvent: {
    id: (event) => event._id,
    changedElements: (event) => event.changedElements ?? [],
    at: (event) => iso(event.at),
  },

  LicenceImportReport: {
    id: (report) => report._id,
    importedAt: (report) => iso(report.importedAt),
  },

  RemoteLicence: {
    status: (remote) => remote.status,
  },

  VerificationKeySet: {
    issuedAt: (set) => iso(set.issuedAt),
  },

  LicenceVerification: {
    signedAt: (report) => iso(report.signedAt),
    issuedAt: (report) => iso(report.issuedAt),
    validUntil: (report) => iso(report.validUntil),
    checkedAt: (report) => iso(report.checkedAt),
    licenceType: (report, _args, ctx) =>
      report.licenceTypeCode
        ? ctx.licenceTypeByCode.load(report.licenceTypeCode)
        : null,
  },

  VerificationSigner: {
    department: (signer) => ({ code: signer.departmentCode }),
  },
  LicenceUseResult: {
    copy: (result) => result.copy,
  },
};
