import { randomBytes, randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  DEPARTMENTS,
  ErrorCode,
  escapeRegExp,
  forbidden,
  hasRole,
  inJurisdiction,
  notFound,
  Role,
  type Viewer,
} from '@ykb/common';
import { presentLicence } from './access.js';
import {
  assertRequiredFaceElements,
  linkItem,
  loadTypeForChange,
  unlinkItem,
  validateTypeUpdate,
  validUntilFor,
} from './catalogue.js';
import { effectiveStatus } from './content.js';
import { validateFaceData } from './faceData.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { buildLicence, requireActiveSeal } from './issue.js';
import { buildVerificationKeySet } from './keySet.js';
import { exportLicences, importLicences } from './legacyImport.js';
import type {
  LicenceDocument,
  LicenceTypeDocument,
  LicenceUseDocument,
  SealDocument,
} from './model.js';
import {
  regionOfIdentifier,
  verifyHubCopy,
  type HubLicence,
} from './nationalHub.js';
import {
  changeIssuanceKey,
  changeLicence,
  eventsAfter,
  eventsForCase,
  recordLicenceEvent,
  revokeLicence,
} from './propagation.js';
import type { LicensesContext } from './resolvers.js';
import { generateSealKeys, SEAL_ALGORITHMS } from './sealCrypto.js';
import {
  checkCasePurpose,
  requireIdempotencyKey,
  useLicence,
} from './sharing.js';
import { faceValues } from './printout.js';
import { contentDigest, sealSignature } from './signing.js';
import { verifyLicence } from './verify.js';

/** Throws FORBIDDEN unless the department lies in the viewer's jurisdiction; returns it. */
export function departmentInJurisdiction(
  viewer: Viewer,
  departmentCode: string,
) {
  const department = DEPARTMENTS.find((d) => d.code === departmentCode);
  if (!department)
    throw badInput(
      `departmentCode ${JSON.stringify(departmentCode.slice(0, 40))} is not a known department.`,
      {
        field: 'departmentCode',
      },
    );
  if (
    !inJurisdiction(viewer, {
      divisionCode: department.divisionCode,
      departmentCode: department.code,
    })
  )
    throw forbidden(
      `Department ${department.code} lies outside your division or department.`,
    );
  return department;
}

/**
 * Throws FORBIDDEN unless the viewer works for the department (or is an
 * administrator or service without one); returns the department. Rows and
 * licences are then limited to the viewer's division subtree.
 */
export function actsForDepartment(viewer: Viewer, departmentCode: string) {
  const department = DEPARTMENTS.find((d) => d.code === departmentCode);
  if (!department)
    throw badInput(
      `departmentCode ${JSON.stringify(departmentCode.slice(0, 40))} is not a known department.`,
      { field: 'departmentCode' },
    );
  const allowed = viewer.departmentCode
    ? viewer.departmentCode === department.code
    : hasRole(viewer, Role.Admin, Role.System);
  if (!allowed || (!viewer.divisionCode && !hasRole(viewer, Role.System)))
    throw forbidden(`You do not act for department ${department.code}.`);
  return department;
}

/** Loads a licence that the viewer manages as licence officer or administrator; NOT_FOUND otherwise. */
async function loadManagedLicence(
  ctx: LicensesContext,
  viewer: Viewer,
  id: string,
): Promise<LicenceDocument> {
  const licence = await ctx.licenceById.load(id);
  if (
    !licence ||
    !inJurisdiction(viewer, {
      divisionCode: licence.divisionCode,
      departmentCode: licence.departmentCode,
    })
  )
    throw notFound('Licence', id);
  return licence;
}

function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > 100)
    throw badInput('`first` must be between 1 and 100.', { field: 'first' });
  return size;
}

function parseInstant(value: string, field: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime()))
    throw badInput(
      `${field} must be an ISO 8601 instant such as 2026-01-01T00:00:00Z.`,
      { field },
    );
  return date;
}

/** Maximum validity of a seal made by createSeal, in years. */
const MAX_SEAL_YEARS = 10;

function present(licence: LicenceDocument, viewer: Viewer) {
  const view = presentLicence(licence, viewer);
  if (!view)
    throw new Error(
      `Licence ${licence._id} is not visible to the viewer that changed it.`,
    );
  return view;
}

/** Seal administration, signing confirmation, licence changes, import and export, sharing and exchange. */
export const workflowResolvers: Pick<Resolvers, 'Query' | 'Mutation'> = {
  Query: {
    licencesAwaitingSignature: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.licencesAwaitingSignature'],
      );
      const first = pageSize(args.first, 50);
      // The filter narrows to the viewer's subtree and department; inJurisdiction then checks each licence exactly.
      const pending = await ctx.models.Licence.find({
        status: 'PENDING_SIGNATURE',
        divisionCode: {
          $regex: `^${escapeRegExp(viewer.divisionCode ?? '')}`,
        },
        ...(viewer.departmentCode
          ? { departmentCode: viewer.departmentCode }
          : {}),
      })
        .sort({ issuedAt: 1, _id: 1 })
        .limit(first)
        .lean<LicenceDocument[]>();
      return pending
        .filter((l) =>
          inJurisdiction(viewer, {
            divisionCode: l.divisionCode,
            departmentCode: l.departmentCode,
          }),
        )
        .map((l) => present(l, viewer));
    },

    myLicenceUses: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.myLicenceUses'],
      );
      return ctx.models.LicenceUse.find({ holderUserId: viewer.userId })
        .sort({ usedAt: -1, _id: 1 })
        .limit(pageSize(args.first, 50))
        .lean<LicenceUseDocument[]>();
    },

    licenceEventsForCase: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.licenceEventsForCase'],
      );
      await checkCasePurposeUnlessSystem(ctx, viewer, args.caseId);
      return eventsForCase(ctx.models, args.caseId);
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
      return eventsAfter(ctx.models, args.after, pageSize(args.first, 100));
    },

    exportLicences: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.exportLicences'],
      );
      const department = actsForDepartment(viewer, args.departmentCode);
      const type = await ctx.licenceTypeByCode.load(args.licenceTypeCode);
      if (!type) throw notFound('LicenceType', args.licenceTypeCode);
      const file = await exportLicences(
        ctx.models,
        type,
        department.code,
        viewer.divisionCode ?? '',
      );
      ctx.log.info(
        {
          typeCode: type._id,
          departmentCode: department.code,
          rows: file.rows,
          viewerId: viewer.userId,
        },
        'exported licences',
      );
      return file;
    },

    verificationKeySet: (_parent, _args, ctx) =>
      buildVerificationKeySet(ctx.models, ctx.masterKey),

    hubVerifyLicence: async (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.hubVerifyLicence'],
      );
      return answerHubVerification(ctx, args.identifier, args.regionCode);
    },
  },

  Mutation: {
    createSeal: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.createSeal'],
      );
      const { input } = args;
      const department = departmentInJurisdiction(viewer, input.departmentCode);
      const name = input.name.trim();
      if (
        Array.from(name).length < 2 ||
        Array.from(name).length > 60 ||
        /\p{Cc}/u.test(name)
      )
        throw badInput(
          'name must have 2 to 60 characters and no control characters.',
          { field: 'name' },
        );
      const validFrom = parseInstant(input.validFrom, 'validFrom');
      const validTo = parseInstant(input.validTo, 'validTo');
      if (validTo.getTime() <= validFrom.getTime())
        throw badInput('validTo must be after validFrom.', {
          field: 'validTo',
        });
      if (validTo.getTime() <= Date.now())
        throw badInput('validTo must lie in the future.', { field: 'validTo' });
      const maxTo = new Date(validFrom);
      maxTo.setUTCFullYear(maxTo.getUTCFullYear() + MAX_SEAL_YEARS);
      if (validTo.getTime() > maxTo.getTime())
        throw badInput(`A seal is valid for at most ${MAX_SEAL_YEARS} years.`, {
          field: 'validTo',
        });
      const algorithm =
        input.algorithm === 'ED25519' ? SEAL_ALGORITHMS[0] : SEAL_ALGORITHMS[1];
      const sealId = `seal-${department.code}-${randomUUID()}`;
      const keys = generateSealKeys(sealId, ctx.masterKey, algorithm);
      const seal: SealDocument = {
        _id: sealId,
        departmentCode: department.code,
        name,
        certificateSerial: randomBytes(16).toString('hex').toUpperCase(),
        algorithm,
        publicKeyPem: keys.publicKeyPem,
        publicKeyFingerprint: keys.publicKeyFingerprint,
        encryptedPrivateKey: keys.encryptedPrivateKey,
        validFrom,
        validTo,
        status: 'ACTIVE',
        revokedAt: null,
        revocationReason: null,
        createdBy: viewer.userId,
      };
      await ctx.models.Seal.create(seal);
      ctx.log.info(
        {
          sealId,
          departmentCode: department.code,
          algorithm,
          viewerId: viewer.userId,
        },
        'made seal',
      );
      return seal;
    },

    confirmLicenceSignature: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.confirmLicenceSignature'],
      );
      const licence = await loadManagedLicence(ctx, viewer, args.id);
      if (licence.status !== 'PENDING_SIGNATURE')
        throw appError(
          ErrorCode.InvalidState,
          `Licence ${licence.identifier} is ${licence.status}, not waiting for a signature.`,
          { licenceId: licence._id },
        );
      if (args.contentDigest.toLowerCase() !== contentDigest(licence))
        throw appError(
          ErrorCode.Conflict,
          'The licence content changed since you reviewed it; review it again before signing.',
          { field: 'contentDigest' },
        );
      const now = new Date();
      const seal = await requireActiveSeal(
        ctx.models,
        licence.departmentCode,
        now,
      );
      const signature = sealSignature(
        licence,
        seal,
        ctx.masterKey,
        { method: 'STAFF_CONFIRMED', userId: viewer.userId, name: viewer.name },
        now,
      );
      const event = await recordLicenceEvent(
        ctx.models,
        ctx.log,
        licence,
        'SIGNED',
        {},
        now,
      );
      // The SIGNED event is the claim: a concurrent confirmation that lost it returns the winner's signature.
      const signed = await ctx.models.Licence.findOneAndUpdate(
        { _id: licence._id, status: 'PENDING_SIGNATURE' },
        { $set: { status: 'VALID', signature } },
        { returnDocument: 'after' },
      ).lean<LicenceDocument>();
      const result =
        signed ??
        (await ctx.models.Licence.findById(
          licence._id,
        ).lean<LicenceDocument>())!;
      ctx.log.info(
        {
          licenceId: licence._id,
          sealId: seal._id,
          viewerId: viewer.userId,
          eventId: event._id,
        },
        'confirmed licence signature',
      );
      return present(result, viewer);
    },

    revokeLicence: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.revokeLicence'],
      );
      const licence = await loadManagedLicence(ctx, viewer, args.id);
      const revoked = await revokeLicence(
        ctx.models,
        ctx.log,
        licence,
        args.reason,
      );
      ctx.licenceById.clear(licence._id);
      return present(revoked, viewer);
    },

    changeLicence: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.changeLicence'],
      );
      const licence = await loadManagedLicence(ctx, viewer, args.id);
      const type = await ctx.licenceTypeByCode.load(licence.typeCode);
      if (!type)
        throw new Error(`Licence type ${licence.typeCode} was not found.`);
      const data = validateFaceData(args.data);
      assertRequiredFaceElements(type, data);
      const now = new Date();
      const seal = await requireActiveSeal(
        ctx.models,
        licence.departmentCode,
        now,
      );
      const created = await changeLicence(
        ctx.models,
        ctx.log,
        licence,
        args.reason,
        async (reason) => {
          const next = buildLicence(
            {
              type,
              departmentCode: licence.departmentCode,
              holderUserId: licence.holderUserId,
              holderKind: licence.holderKind,
              holderName: licence.holderName,
              holderIdNumber: licence.holderIdNumber,
              divisionCode: licence.divisionCode,
              data,
              issuedAt: now,
              validUntil: validUntilFor(type, data, now),
              origin: 'CHANGED',
              issuanceKey: changeIssuanceKey(licence._id),
              itemId: licence.itemId,
              legacyNumber: licence.legacyNumber ?? null,
              replaces: licence.identifier,
              statusReason: reason,
            },
            licence.serial,
            licence.version + 1,
            {
              kind: 'SIGN',
              seal,
              masterKey: ctx.masterKey,
              signer: {
                method: 'STAFF_CONFIRMED',
                userId: viewer.userId,
                name: viewer.name,
              },
            },
          );
          await ctx.models.Licence.create(next);
          return next;
        },
        now,
      );
      ctx.licenceById.clear(licence._id);
      return present(created, viewer);
    },

    importLicences: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.importLicences'],
      );
      actsForDepartment(viewer, args.input.departmentCode);
      return importLicences(
        {
          models: ctx.models,
          masterKey: ctx.masterKey,
          log: ctx.log,
          loadLicenceType: (code) => ctx.licenceTypeByCode.load(code),
        },
        viewer,
        args.input,
      );
    },

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
      // Staff handling a case see the applicant's licence in full: that is the purpose of the use.
      const copy =
        args.input.purpose === 'MATERIAL_EXEMPTION'
          ? { ...result.licence, masked: false }
          : null;
      const values = faceValues(result.licence, result.type).filter((v) =>
        result.elements.includes(v.key),
      );
      return {
        use: result.use,
        status: effectiveStatus(result.licence),
        copy,
        elements: args.input.purpose === 'FACE_ELEMENT_QUERY' ? values : [],
        checks: result.checks,
      };
    },

    fetchRemoteLicence: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.fetchRemoteLicence'],
      );
      requireIdempotencyKey(args.idempotencyKey);
      const facts = await checkCasePurpose(
        viewer,
        args.caseId,
        ctx.lookupCase,
        ctx.requestId,
      );
      const identifier = args.identifier.normalize('NFKC').trim().toUpperCase();
      const copy = await ctx.hub.fetchLicence({
        identifier,
        purpose: args.purpose,
        caseReference: facts.caseNumber,
      });
      const signatureValid = verifyHubCopy(copy, ctx.hub.publicKeyPem());
      const key = `local:${viewer.userId}:${args.idempotencyKey}`;
      let use = await ctx.models.LicenceUse.findOne({
        idempotencyKey: key,
      }).lean<LicenceUseDocument>();
      if (!use) {
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
          organisation: `${DEPARTMENTS.find((d) => d.code === viewer.departmentCode)?.name ?? ''} → ${regionOfIdentifier(copy.identifier) ?? ''}`,
          elements: [],
          usedAt: new Date(),
        };
        try {
          await ctx.models.LicenceUse.create(record);
          use = record;
        } catch (error) {
          use = await ctx.models.LicenceUse.findOne({
            idempotencyKey: key,
          }).lean<LicenceUseDocument>();
          if (!use) throw error;
        }
      }
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
    },

    updateLicenceType: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.updateLicenceType'],
      );
      await loadTypeForChange(ctx.models, args.input.code);
      const fields = validateTypeUpdate(args.input);
      await ctx.models.LicenceType.updateOne(
        { _id: args.input.code },
        { $set: fields },
      );
      ctx.licenceTypeByCode.clear(args.input.code);
      ctx.log.info(
        { typeCode: args.input.code, viewerId: viewer.userId },
        'changed licence type',
      );
      return loadTypeForChange(ctx.models, args.input.code);
    },

    linkLicenceTypeItem: async (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.linkLicenceTypeItem'],
      );
      return linkItem(
        ctx.models,
        args.licenceTypeCode,
        args.itemId,
        args.relation,
        args.materialCode,
      );
    },

    unlinkLicenceTypeItem: async (_parent, args, ctx) => {
      authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.unlinkLicenceTypeItem'],
      );
      return unlinkItem(
        ctx.models,
        args.licenceTypeCode,
        args.itemId,
        args.relation,
      );
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
