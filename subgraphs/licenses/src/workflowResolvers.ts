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
  pageRows,
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
import { validateFaceData } from './faceData.js';
import { mergeFaceChange } from './licenceChange.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { buildLicence, requireActiveSeal } from './issue.js';
import { buildVerificationKeySet } from './keySet.js';
import { exportLicences, importLicences } from './legacyImport.js';
import type { LicenceDocument, SealDocument } from './model.js';
import {
  changeIssuanceKey,
  changeLicence,
  recordLicenceEvent,
  revokeLicence,
} from './propagation.js';
import type { LicensesContext } from './resolvers.js';
import { generateSealKeys, SEAL_ALGORITHMS } from './sealCrypto.js';
import { contentDigest, sealSignature } from './signing.js';

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

/** Seal administration, signing confirmation, licence changes, import and export, and the catalogue. */
export const workflowResolvers: Pick<Resolvers, 'Query' | 'Mutation'> = {
  Query: {
    licencesAwaitingSignature: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Query.licencesAwaitingSignature'],
      );
      const first = pageRows(args.first, 50);
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
      const { data: merged, changedElements } = mergeFaceChange(
        type,
        licence.data,
        args.data,
      );
      const data = validateFaceData(merged);
      const now = new Date();
      // A change keeps the licence's validity unless it changes the element that contains the expiry date.
      const validUntil =
        type.validUntilElement &&
        changedElements.includes(type.validUntilElement)
          ? validUntilFor(type, data, licence.issuedAt)
          : licence.validUntil;
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
              validUntil,
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
          const stored = { ...next, changedElements, changeReason: reason };
          await ctx.models.Licence.create(stored);
          return stored;
        },
        now,
        { changedElements, data },
      );
      ctx.log.info(
        {
          licenceId: licence._id,
          newLicenceId: created._id,
          changedElements,
          viewerId: viewer.userId,
        },
        'changed licence',
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
      const type = await ctx.licenceTypeByCode.load(args.input.licenceTypeCode);
      if (type && type.departmentCode !== args.input.departmentCode)
        throw forbidden(
          `Licence type ${type._id} is issued by ${type.departmentCode}; department ${args.input.departmentCode} cannot import it.`,
        );
      return importLicences(
        {
          models: ctx.models,
          masterKey: ctx.masterKey,
          log: ctx.log,
          loadLicenceType: (code) => ctx.licenceTypeByCode.load(code),
          lookupRegisteredHolders: (idNumbers) =>
            ctx.lookupRegisteredHolders(idNumbers, ctx.requestId),
        },
        viewer,
        args.input,
      );
    },

    updateLicenceType: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.updateLicenceType'],
      );
      const current = await loadTypeForChange(ctx.models, args.input.code);
      actsForDepartment(viewer, current.departmentCode);
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
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.linkLicenceTypeItem'],
      );
      const type = await loadTypeForChange(ctx.models, args.licenceTypeCode);
      actsForDepartment(viewer, type.departmentCode);
      return linkItem(
        ctx.models,
        args.licenceTypeCode,
        args.itemId,
        args.relation,
        args.materialCode,
      );
    },

    unlinkLicenceTypeItem: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.licenses['Mutation.unlinkLicenceTypeItem'],
      );
      const type = await loadTypeForChange(ctx.models, args.licenceTypeCode);
      actsForDepartment(viewer, type.departmentCode);
      return unlinkItem(
        ctx.models,
        args.licenceTypeCode,
        args.itemId,
        args.relation,
      );
    },
  },
};
