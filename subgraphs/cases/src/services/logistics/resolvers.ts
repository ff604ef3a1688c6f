import { randomBytes } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  checkMobile,
  ErrorCode,
  forbidden,
  hasRole,
  insertOnce,
  maskMobile,
  maskName,
  notFound,
  Role,
  type Viewer,
} from '@ykb/common';
import { canSeePersonalData } from '../../caseAccess.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { actingUserId, caseOf, requireCase } from '../shared/caseOf.js';
import {
  iso,
  listSize,
  requireIdempotencyKey,
  requireText,
} from '../shared/input.js';
import type {
  DeliveryChoiceDocument,
  MailAddressDocument,
  ShipmentDocument,
} from './model.js';

const HALL_ID = /^hall-50\d{4}(\d{3}(\d{3})?)?$/;
const DIVISION = /^50\d{4}(\d{3}(\d{3})?)?$/;
const CLOSED = new Set(['COMPLETED', 'REJECTED', 'NOT_ACCEPTED']);

function readAddress(input: {
  recipient: string;
  mobile: string;
  street: string;
  divisionCode: string;
}): MailAddressDocument {
  const mobile = checkMobile(input.mobile);
  if (!mobile.valid)
    throw appError(
      ErrorCode.InvalidMobile,
      'address.mobile is not a mainland mobile number.',
      { field: 'address.mobile' },
    );
  if (!DIVISION.test(input.divisionCode))
    throw badInput(
      'address.divisionCode must be a Chongqing division code of 6, 9 or 12 digits.',
      { field: 'address.divisionCode' },
    );
  const street = requireText(input.street, 'address.street', 200);
  if (Array.from(street).length < 5)
    throw badInput('address.street must be at least 5 characters.', {
      field: 'address.street',
    });
  return {
    recipient: requireText(input.recipient, 'address.recipient', 50),
    mobile: mobile.normalized,
    street,
    divisionCode: input.divisionCode,
  };
}

/** Reports whether a staff viewer works at the hall or, as hall manager, above it. */
function worksAtHall(viewer: Viewer, hallId: string): boolean {
  if (viewer.hallId === hallId) return true;
  return (
    hasRole(viewer, Role.HallManager) &&
    !!viewer.divisionCode &&
    hallId.slice('hall-'.length).startsWith(viewer.divisionCode)
  );
}

function mayReadShipment(viewer: Viewer, shipment: ShipmentDocument): boolean {
  return (
    actingUserId(viewer) === shipment.applicantUserId ||
    worksAtHall(viewer, shipment.hallId) ||
    hasRole(viewer, Role.System)
  );
}

export const logisticsResolvers: Resolvers = {
  Query: {
    myShipments: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.myShipments'],
      );
      return ctx.services.models.Shipment.find({
        applicantUserId: actingUserId(viewer),
      })
        .sort({ createdAt: -1, _id: -1 })
        .limit(listSize(args.first))
        .lean<ShipmentDocument[]>();
    },
    hallShipments: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.hallShipments'],
      );
      if (!HALL_ID.test(args.hallId))
        throw badInput(
          'hallId must be `hall-` and a Chongqing division code.',
          { field: 'hallId' },
        );
      if (!worksAtHall(viewer, args.hallId))
        throw forbidden(`You do not work at hall ${args.hallId}.`);
      const filter: Record<string, unknown> = { hallId: args.hallId };
      if (args.direction) filter.direction = args.direction;
      return ctx.services.models.Shipment.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .limit(listSize(args.first))
        .lean<ShipmentDocument[]>();
    },
  },
  Mutation: {
    chooseDelivery: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.chooseDelivery'],
      );
      const key = requireIdempotencyKey(args.idempotencyKey);
      const record = await requireCase(ctx, args.input.caseId);
      if (record.applicantUserId !== actingUserId(viewer))
        throw forbidden(`Case ${record._id} is not your case.`);
      if (CLOSED.has(record.status))
        throw appError(
          ErrorCode.InvalidState,
          `Case ${record._id} is ${record.status}; mail can no longer be chosen.`,
          { status: record.status },
        );
      const { mailMaterials, mailResults } = args.input;
      if (mailResults && !args.input.address)
        throw badInput('address is required when results are mailed.', {
          field: 'address',
        });
      const address =
        mailResults && args.input.address
          ? readAddress(args.input.address)
          : null;
      const { DeliveryChoice, Shipment } = ctx.services.models;
      const existing = await DeliveryChoice.findById(
        record._id,
      ).lean<DeliveryChoiceDocument>();
      if (existing?.idempotencyKey === key) return existing;
      if (await Shipment.exists({ caseId: record._id }))
        throw appError(
          ErrorCode.InvalidState,
          `Case ${record._id} already has a shipment, so its mail choice is fixed.`,
        );
      const choice: DeliveryChoiceDocument = {
        _id: record._id,
        applicantUserId: record.applicantUserId,
        divisionCode: record.divisionCode,
        departmentCode: record.departmentCode,
        mailMaterials,
        mailResults,
        address,
        idempotencyKey: key,
        updatedAt: new Date(),
      };
      // The case id is the document id, so concurrent choices write one document and the last one stays.
      await DeliveryChoice.replaceOne({ _id: record._id }, choice, {
        upsert: true,
      });
      ctx.log.info(
        { caseId: record._id, mailMaterials, mailResults },
        'delivery chosen',
      );
      return choice;
    },
    createShipment: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.createShipment'],
      );
      const key = requireIdempotencyKey(args.input.idempotencyKey);
      const record = await requireCase(ctx, args.input.caseId);
      const { DeliveryChoice, Shipment } = ctx.services.models;
      const choice = await DeliveryChoice.findById(
        record._id,
      ).lean<DeliveryChoiceDocument>();
      const direction = args.input.direction;
      const hallId = args.input.hallId ?? record.hallId;
      if (!hallId)
        throw badInput(
          'hallId is required: the case was not accepted at a hall yet.',
          { field: 'hallId' },
        );
      if (!HALL_ID.test(hallId))
        throw badInput(
          'hallId must be `hall-` and a Chongqing division code.',
          { field: 'hallId' },
        );
      if (direction === 'MATERIALS_TO_HALL') {
        if (record.applicantUserId !== actingUserId(viewer))
          throw forbidden('Only the applicant mails the materials of a case.');
        if (!choice?.mailMaterials)
          throw appError(
            ErrorCode.InvalidState,
            `The applicant of case ${record._id} did not choose to mail the materials.`,
          );
      } else {
        if (
          !worksAtHall(viewer, hallId) ||
          !record.divisionCode.startsWith(viewer.divisionCode ?? '\u0000')
        )
          throw forbidden(
            `You do not work at hall ${hallId}, or case ${record._id} lies outside your division.`,
          );
        if (!choice?.mailResults)
          throw appError(
            ErrorCode.InvalidState,
            `The applicant of case ${record._id} did not choose to have results mailed.`,
          );
        if (
          record.status !== 'COMPLETED' &&
          record.status !== 'REJECTED' &&
          record.status !== 'NOT_ACCEPTED'
        )
          throw appError(
            ErrorCode.InvalidState,
            `Case ${record._id} is ${record.status}; results are mailed once it is closed.`,
            { status: record.status },
          );
      }
      const { record: shipment } = await insertOnce<ShipmentDocument>(
        async () =>
          (
            await Shipment.create({
              _id: `sh-${randomBytes(10).toString('hex')}`,
              caseId: record._id,
              caseNumber: record.caseNumber,
              applicantUserId: record.applicantUserId,
              divisionCode: record.divisionCode,
              departmentCode: record.departmentCode,
              direction,
              hallId,
              waybillNumber: null,
              status: 'CREATED',
              tracking: [],
              createdBy: viewer.userId,
              idempotencyKey: key,
              createdAt: new Date(),
              version: 1,
            })
          ).toObject() as ShipmentDocument,
        () =>
          Shipment.findOne({
            createdBy: viewer.userId,
            idempotencyKey: key,
          }).lean<ShipmentDocument>(),
      ).catch(async (error: unknown) => {
        const other = await Shipment.findOne({
          caseId: record._id,
          direction,
        }).lean<ShipmentDocument>();
        if (other)
          throw appError(
            ErrorCode.Conflict,
            `Case ${record._id} already has a ${direction} shipment ${other._id}.`,
            { shipmentId: other._id },
          );
        throw error;
      });
      ctx.log.info(
        { shipmentId: shipment._id, caseId: record._id, direction },
        'shipment created',
      );
      // A courier outage leaves the shipment without a waybill; refreshShipmentTracking orders it again.
      return ctx.services.courier
        .orderWaybill(shipment)
        .catch((error: unknown) => {
          ctx.log.warn(
            { err: error, shipmentId: shipment._id },
            'waybill order failed',
          );
          return shipment;
        });
    },
    refreshShipmentTracking: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.refreshShipmentTracking'],
      );
      const shipment = await ctx.services.models.Shipment.findById(
        args.id,
      ).lean<ShipmentDocument>();
      if (!shipment) throw notFound('Shipment', args.id);
      if (!mayReadShipment(viewer, shipment))
        throw forbidden(`You may not read shipment ${args.id}.`);
      return ctx.services.courier.refresh(shipment);
    },
  },
  Shipment: {
    id: (shipment) => shipment._id,
    case: (shipment, _args, ctx) => caseOf(ctx, shipment.caseId),
    hall: (shipment) => ({ id: shipment.hallId }),
    tracking: (shipment) =>
      shipment.tracking.map((event) => ({
        status: event.status,
        description: event.description,
        at: iso(event.at),
      })),
    createdAt: (shipment) => iso(shipment.createdAt),
  },
  DeliveryChoice: {
    case: (choice, _args, ctx) => caseOf(ctx, choice._id),
    address: (choice, _args, ctx) => {
      if (!choice.address) return null;
      const personal = canSeePersonalData(ctx.viewer, {
        _id: choice._id,
        applicantUserId: choice.applicantUserId,
        divisionCode: choice.divisionCode,
        departmentCode: choice.departmentCode,
      });
      if (personal) return choice.address;
      return {
        recipient: maskName(choice.address.recipient),
        mobile: maskMobile(choice.address.mobile),
        street: '***',
        divisionCode: choice.address.divisionCode,
      };
    },
  },
};
