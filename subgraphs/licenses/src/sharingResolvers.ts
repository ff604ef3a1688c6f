import { licenceStatisticsKeys } from './statistics.js';
import { randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  hasRole,
  Role,
  type Viewer,
  offsetPageWindow,
  pageRows,
} from '@ykb/common';
import { effectiveStatus } from './content.js';
import { viewerHolderIdentity } from './holderIdentity.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type {
  LicenceDocument,
  LicenceTypeDocument,
  LicenceUseDocument,
} from './model.js';
import type { HubLicence } from './nationalHub.js';
import { eventsAfter, eventsForCase } from './propagation.js';
import type { LicensesContext } from './resolvers.js';
import { fetchRemoteLicence } from './remoteUse.js';
import { checkCasePurpose, useLicence } from './sharing.js';
import { faceValues } from './printout.js';
import { verifyLicence } from './verify.js';

/** Licence uses, their log, change events and the exchange with the national hub. */
export const sharingResolvers: Pick<Resolvers, 'Query' | 'Mutation'> = {
  Query: {
    myLicenceUses: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.myLicenceUses'],
      );
      const identity = await viewerHolderIdentity(ctx, viewer);
      // Uses of a licence imported without a user id carry no holderUserId, so they are found by licence id.
      const unlinked = identity
        ? await ctx.models.Licence.find(
            {
              holderUserId: null,
              holderKind: identity.holderKind,
              holderIdNumber: identity.idNumber,
            },
            { _id: 1 },
          ).lean<{ _id: string }[]>()
        : [];
      const filter =
        unlinked.length === 0
          ? { holderUserId: viewer.userId }
          : {
              $or: [
                { holderUserId: viewer.userId },
                { licenceId: { $in: unlinked.map((l) => l._id) } },
              ],
            };
      return ctx.models.LicenceUse.find(filter)
        .sort({ usedAt: -1, _id: 1 })
        .limit(pageRows(args.first, 50))
        .lean<LicenceUseDocument[]>();
    },

    licenceEventsForCase: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.licenceEventsForCase'],
      );
      const page = offsetPageWindow(args);
      await checkCasePurposeUnlessSystem(ctx, viewer, args.caseId);
      return eventsForCase(ctx.models, args.caseId, page);
    },

    licenceEvents: async (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.licenceEvents'],
      );
      if (args.after != null && !/^\d{12}$/.test(args.after))
        throw badInput('`after` must be an event id of 12 digits.', {
          field: 'after',
        });
      return eventsAfter(ctx.models, args.after, pageRows(args.first, 100));
    },

    licencesByIdentifier: async (_parent, { identifiers }, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.licencesByIdentifier'],
      );
      if (identifiers.length < 1 || identifiers.length > 100)
        throw badInput('identifiers must list 1 to 100 licence identifiers.', {
          field: 'identifiers',
        });
      const licences = await ctx.models.Licence.find({
        identifier: { $in: identifiers },
      }).lean<LicenceDocument[]>();
      const byIdentifier = new Map(licences.map((l) => [l.identifier, l]));
      // Other service calls get licences masked (see licenceAccess). This
      // feed is the copy in the data catalogue, which classifies the holder
      // fields SENSITIVE and desensitises them for every reader without the right.
      return identifiers.map((identifier) => {
        const licence = byIdentifier.get(identifier);
        return licence ? { ...licence, masked: false } : null;
      });
    },

    hubVerifyLicence: async (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.hubVerifyLicence'],
      );
      return answerHubVerification(ctx, args.identifier, args.regionCode);
    },
  },
  Mutation: {
    useLicence: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.useLicence'],
      );
      const result = await useLicence(
        {
          models: ctx.models,
          log: ctx.log,
          lookupCase: ctx.lookupCase,
          loadLicenceType: (code) => ctx.licenceTypeByCode.load(code),
          requestId: ctx.requestId,
        },
        viewer,
        args.input,
      );
      // Staff handling a case see the applicant's licence in full, because
      // that is the purpose of the use. The logged purpose decides, so a
      // replay returns what the first call returned.
      const purpose = result.use.purpose;
      const copy =
        purpose === 'MATERIAL_EXEMPTION'
          ? { ...result.licence, masked: false }
          : null;
      const values = faceValues(result.licence, result.type).filter((v) =>
        result.elements.includes(v.key),
      );
      return {
        use: result.use,
        status: effectiveStatus(result.licence),
        copy,
        elements: purpose === 'FACE_ELEMENT_QUERY' ? values : [],
        checks: result.checks,
      };
    },

    fetchRemoteLicence: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.fetchRemoteLicence'],
      );
      return fetchRemoteLicence(ctx, viewer, args);
    },

    publishLicenceCatalogue: async (_parent, _args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.publishLicenceCatalogue'],
      );
      const types = await ctx.models.LicenceType.find()
        .sort({ _id: 1 })
        .lean<LicenceTypeDocument[]>();
      return ctx.hub.publishCatalogue(
        types.map((t) => ({
          code: t._id,
          name: t.name,
          departmentCode: t.departmentCode,
          faceElements: t.faceElements.map((f) => f.key),
        })),
      );
    },
  },
};

/** Runs the purpose check for staff; SYSTEM callers read any case's events. */
async function checkCasePurposeUnlessSystem(
  ctx: LicensesContext,
  viewer: Viewer,
  caseId: string,
) {
  if (hasRole(viewer, Role.System)) return;
  await checkCasePurpose(viewer, caseId, ctx.lookupCase, ctx.requestId);
}

/**
 * Verifies one of this city's licences for another province and logs the
 * request as a use in the holder's log.
 */
export async function answerHubVerification(
  ctx: LicensesContext,
  identifier: string,
  regionCode: string,
) {
  if (!/^\d{2}$/.test(regionCode))
    throw badInput('regionCode must be a 2-digit province code.', {
      field: 'regionCode',
    });
  const report = await verifyLicence(
    {
      models: ctx.models,
      log: ctx.log,
      loadLicenceType: (code) => ctx.licenceTypeByCode.load(code),
      loadSeal: (id) => ctx.sealById.load(id),
    },
    identifier,
  );
  if (report.found) {
    const base = report.identifier.slice(0, report.identifier.lastIndexOf('.'));
    const licence = await ctx.models.Licence.findOne({
      identifierBase: base,
    }).lean<LicenceDocument>();
    if (licence)
      await ctx.models.LicenceUse.create({
        _id: randomUUID(),
        idempotencyKey: `hub:${regionCode}:${randomUUID()}`,
        licenceId: licence._id,
        identifier: licence.identifier,
        holderUserId: licence.holderUserId,
        purpose: 'INFORMATION_CHECK',
        userKind: 'OTHER_REGION',
        caseId: null,
        caseReference: `hub:${regionCode}`,
        userId: null,
        userName: `全国电子证照共享服务（${regionCode}）`,
        organisation: regionCode,
        elements: [],
        ...licenceStatisticsKeys(licence),
        usedAt: new Date(),
      } satisfies LicenceUseDocument);
  }
  return report;
}

/** Result of useLicence before the GraphQL type resolvers run. */
export interface LicenceUseResultView {
  use: LicenceUseDocument;
  status: ReturnType<typeof effectiveStatus>;
  copy: (LicenceDocument & { masked: boolean }) | null;
  elements: ReturnType<typeof faceValues>;
  checks: { key: string; matches: boolean }[];
}

/** Result of fetchRemoteLicence. */
export interface RemoteLicenceView extends HubLicence {
  signatureValid: boolean;
  use: LicenceUseDocument;
}
